#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what a Linux desktop expects:
# the binary, a valid .desktop entry, the icon, and valid AppStream metainfo.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/sekutu"
test -f "$prefix/share/icons/hicolor/scalable/apps/io.github.sekutu.Sekutu.svg"
desktop-file-validate "$prefix/share/applications/io.github.sekutu.Sekutu.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/io.github.sekutu.Sekutu.metainfo.xml"
"$prefix/bin/sekutu" --version
