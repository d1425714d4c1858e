#!/usr/bin/env python3
"""Draws the folder graph of the sources from their #include "folder/file.h" lines and fails
on a cycle: each folder of app/ (data, models, ...) and ui/ is a node, and an edge a -> b says
that a file in a includes a header of b. The core stays layered only if the graph has no cycle.

Usage: tools/check_includes.py [ROOT]   (ROOT defaults to the repository holding this script)
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
SOURCE_SUFFIXES = ('.h', '.hpp', '.cpp')
# Folders scanned, relative to the root; a folder's name in an #include is its path under the
# first of these that holds it ("data/dataset.h" is app/data), or its own path ("ui/sidebar.h").
SCANNED = ('app', 'ui')


def folder_of(path, root):
    """The node name of a source file: its folder relative to app/, else relative to the root."""
    rel = os.path.relpath(os.path.dirname(path), root).replace(os.sep, '/')
    if rel == 'app' or rel.startswith('app/'):
        rel = rel[4:] or 'app'
    return rel


def collect(root):
    edges = {}
    nodes = set()
    files = []
    for top in SCANNED:
        for directory, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                if name.endswith(SOURCE_SUFFIXES):
                    files.append(os.path.join(directory, name))
    for path in files:
        nodes.add(folder_of(path, root))
    for path in files:
        source = folder_of(path, root)
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for include in INCLUDE.findall(text):
            if '/' not in include:
                continue  # a header beside the file
            target = include.rsplit('/', 1)[0]
            if target not in nodes or target == source:
                continue  # another library's header, or the file's own folder
            edges.setdefault(source, {}).setdefault(target, []).append(
                '%s: "%s"' % (os.path.relpath(path, root), include))
    return nodes, edges


def cycles(nodes, edges):
    """Strongly connected components with more than one folder (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(edges.get(node, {})):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                succ = stack.pop()
                on_stack.discard(succ)
                component.append(succ)
                if succ == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(nodes):
        if node not in index:
            visit(node)
    return found


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
    nodes, edges = collect(root)
    print('Folder graph (a -> b: a includes b):')
    for node in sorted(nodes):
        targets = sorted(edges.get(node, {}))
        print('  %-12s -> %s' % (node, ', '.join(targets) if targets else '(nothing)'))
    found = cycles(nodes, edges)
    if not found:
        print('No cycle.')
        return 0
    for component in found:
        print('\nCycle between: %s' % ', '.join(component))
        for source in component:
            for target in sorted(edges.get(source, {})):
                if target in component:
                    for where in edges[source][target]:
                        print('  %s -> %s  (%s)' % (source, target, where))
    return 1


if __name__ == '__main__':
    sys.exit(main())
