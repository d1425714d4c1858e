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
"""
import json
import pathlib
import sys

import jsonschema

FILES = {
    "countries.json": "countriesFile",
    "organizations.json": "organizationsFile",
    "relations.json": "relationsFile",
    "articles.json": "articlesFile",
}


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
    print(f"{errors} error(s)" if errors else "valid")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
