#!/usr/bin/env python3
"""Validate a Sekutu data folder with an independent JSON Schema validator.

Usage: validate_data.py DATA_DIR
       validate_data.py PUBLISHED.json

Each collection file is checked against its definition in schema/sekutu.schema.json
(Debian's python3-jsonschema, Draft 7). The app's own loader (valijson) checks the same
schema plus cross-references; this script exists so that the schema, not one
implementation of it, is the contract.

Given a file instead of a folder, checks a published dataset (sekutu --export-data) against
the definition publishedDataset of this repository's schema.

Beyond the schema, a source's address must not be a known proxy or mirror that re-serves
another site (docs/DATA.md, "source and as_of"); tests/tst_bundleddata.cpp checks the same.
"""
import json
import pathlib
import sys
import urllib.parse

import jsonschema

FILES = {
    "countries.json": "countriesFile",
    "organizations.json": "organizationsFile",
    "relations.json": "relationsFile",
    "articles.json": "articlesFile",
}


# Hosts that re-serve other sites: never a source.
PROXY_HOSTS = ("fanyv88.com", "movatter.jp", "amansaja.com", "wikimili.com", "wikipedia-on-ipfs.org", "iiab.me",
               "blogen.wiki", "ruwikiorg.ru", "en-academic.com", "liquisearch.com", "howlingpixel.com", "bloat.cat")


def proxy_sources(value, path=()):
    """(path, url) of every source object below value whose address is a proxy or mirror."""
    if isinstance(value, dict):
        url = value.get("url") if "publisher" in value else None
        if isinstance(url, str):
            host = urllib.parse.urlsplit(url).hostname or ""
            if any(host == p or host.endswith("." + p) or p in url for p in PROXY_HOSTS):
                yield path + ("url",), url
        for key, child in value.items():
            yield from proxy_sources(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from proxy_sources(child, path + (i,))


def pointer(path):
    return "/" + "/".join(str(p) for p in path) if path else "/"


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    if root.is_file():
        schema_file = pathlib.Path(__file__).resolve().parent.parent / "resources" / "data" / "schema" / "sekutu.schema.json"
        files = {root.name: "publishedDataset"}
        root = root.parent
    else:
        schema_file = root / "schema" / "sekutu.schema.json"
        files = FILES
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    errors = 0
    for name, definition in files.items():
        document = json.loads((root / name).read_text(encoding="utf-8"))
        rooted = dict(schema, **{"$ref": "#/definitions/" + definition})
        for error in jsonschema.Draft7Validator(rooted).iter_errors(document):
            print(f"{name}: {pointer(error.absolute_path)}: {error.message}")
            errors += 1
        for path, url in proxy_sources(document):
            print(f"{name}: {pointer(path)}: {url!r} is a proxy or mirror, not the source itself")
            errors += 1
    print(f"{errors} error(s)" if errors else "valid")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
