#!/usr/bin/env python3
"""Seed corpus for fuzz_datasetloader: parts of the bundled data, the tests' fixture and known-bad cases.

    make_seeds.py DATA_DIR FIXTURE_DIR OUT_DIR

FIXTURE_DIR is tests/support/fixturedata: the files the fuzzer keeps fixed while it varies one.

Each seed is one byte that picks the input kind (0 countries.json, 1 organizations.json,
2 relations.json, 3 articles.json, 4 a published single-file dataset), then the bytes.
Seeds are kept small (a few records each) so that the fuzzer runs many inputs a second.
"""
import json
import os
import sys

KINDS = ["countries", "organizations", "relations", "articles"]


def main():
    data_dir, fixture_dir, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, name))
    bundled = {k: json.load(open(os.path.join(data_dir, k + ".json"), encoding="utf-8"))[k] for k in KINDS}

    # What the fuzzer's fixed files hold (RU, AM, csto), so that the seeds also pass the cross-checks.
    ru_am = [c for c in bundled["countries"] if c["code"] in ("RU", "AM")]
    csto = [o for o in bundled["organizations"] if o["id"] == "csto"]
    article = dict(bundled["articles"][0])
    article["paragraphs"] = article["paragraphs"][:3]
    small = {
        "countries": bundled["countries"][:3] + ru_am,
        "organizations": [dict(o, history=o["history"][:3], members=o["members"][:6]) for o in bundled["organizations"][:2] + csto],
        "relations": bundled["relations"][:3],
        "articles": [article],
    }

    seeds = {}

    def add(name, kind, payload):
        raw = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        seeds[name] = bytes([kind]) + raw

    fixture = {}
    for i, k in enumerate(KINDS):
        with open(os.path.join(fixture_dir, k + ".json"), "rb") as f:
            raw = f.read()
        add(f"{k}-fixture", i, raw)
        fixture.update(json.loads(raw))
    add("published-fixture", 4, dict({"format": "sekutu-dataset", "version": "1", "date": "2026-11-25"}, **fixture))
    for i, k in enumerate(KINDS):
        add(f"{k}-bundled-part", i, {k: small[k]})
        add(f"{k}-empty-list", i, {k: []})
    published = {"format": "sekutu-dataset", "version": "2026.11.25", "date": "2026-11-25"}
    published.update(small)
    add("published", 4, published)

    # Known-bad cases, each a small edit of a good record.
    def edited(kind, path, value):
        doc = json.loads(json.dumps({kind: small[kind]}))
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        return doc

    add("bad-month", 1, edited("organizations", ["organizations", 0, "members", 0, "joined"], "1993-13-01"))
    add("bad-day", 1, edited("organizations", ["organizations", 0, "members", 0, "joined"], "2023-02-30"))
    add("left-before-joined", 1, edited("organizations", ["organizations", 0, "members", 0, "left"], "1900"))
    add("unknown-field", 0, edited("countries", ["countries", 0, "capitol"], "x"))
    add("wrong-type", 0, edited("countries", ["countries", 0, "area_km2"], "big"))
    add("code-newline", 0, edited("countries", ["countries", 0, "code"], "RU\n"))
    add("url-javascript", 3, edited("articles", ["articles", 0, "url"], "javascript:alert(1)"))
    add("url-long", 3, edited("articles", ["articles", 0, "url"], "https://" + "a" * 1990))
    add("mention-elsewhere", 3, edited("articles", ["articles", 0, "paragraphs", 0, "mentions"],
                                       [{"text": {"id": "Zzz", "en": "Zzz"}, "target": "country/RU"}]))
    add("treaty-unknown", 2, edited("relations", ["relations", 0, "treaties"], ["nope"]))
    add("duplicate-country", 0, {"countries": ru_am + ru_am})
    add("truncated", 0, json.dumps({"countries": small["countries"]}).encode("utf-8")[:200])
    add("nested", 0, b'{"countries": [' + b'[' * 200 + b']' * 200 + b']}')
    add("published-bad-format", 4, dict(published, format="other"))
    add("published-bad-version", 4, dict(published, version="../../x"))

    for name, raw in seeds.items():
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(raw)


if __name__ == "__main__":
    main()
