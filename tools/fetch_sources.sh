#!/bin/sh
# Refresh the vendored inputs of tools/generate_countries.py in tools/sources/.
#
#   tools/fetch_sources.sh
#
# * world-countries 5.1.0 (npm, ODbL-1.0): downloaded with `npm pack` into a
#   temporary directory, checked against the registry's pinned sha1, and trimmed to
#   tools/sources/world-countries-5.1.0.json (cca2, cca3, capital, area, region,
#   unMember; all 250 entries, sorted by cca2).
# * World Bank SP.POP.TOTL (ODC-PDDL-1.0): copied from the shared data package
#   (/work/shared/data, or $WORLDBANK_DIR) and trimmed to years >= 2015 as
#   tools/sources/worldbank-population.csv; its datapackage.json is copied alongside.
#
# The generator never touches the network; only this script does (npm registry).
# Running it again with the same pinned inputs rewrites byte-identical files.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out="$here/sources"
py=/usr/bin/python3
[ -x "$py" ] || py=python3

WC_VERSION=5.1.0
WC_SHA1=ea6b6156d9ef80c9ae6ff1e238d11b7ebd90351f
WORLDBANK_DIR=${WORLDBANK_DIR:-/work/shared/data}
WB_MIN_YEAR=2015

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

mkdir -p "$out"

# --- world-countries ------------------------------------------------------------
(cd "$tmp" && npm pack --silent "world-countries@$WC_VERSION" >/dev/null)
tgz="$tmp/world-countries-$WC_VERSION.tgz"
[ -f "$tgz" ] || { echo "fetch_sources: npm pack did not produce $tgz" >&2; exit 1; }
got=$(sha1sum "$tgz" | cut -d' ' -f1)
if [ "$got" != "$WC_SHA1" ]; then
    echo "fetch_sources: world-countries-$WC_VERSION.tgz sha1 $got, expected $WC_SHA1" >&2
    exit 1
fi
tar -xzf "$tgz" -C "$tmp"

"$py" - "$tmp/package/countries.json" "$out/world-countries-$WC_VERSION.json" "$WC_VERSION" "$WC_SHA1" <<'PY'
import json, sys
src, dst, version, sha1 = sys.argv[1:5]
with open(src, encoding="utf-8") as f:
    data = json.load(f)
fields = ("cca2", "cca3", "capital", "area", "region", "unMember")
rows = [{k: c[k] for k in fields} for c in data]
rows.sort(key=lambda c: c["cca2"])
doc = {
    "package": "world-countries",
    "version": version,
    "tarball_sha1": sha1,
    "license": "ODbL-1.0",
    "repository": "https://github.com/mledoze/countries",
    "note": "Trimmed extract of countries.json written by tools/fetch_sources.sh; do not edit by hand.",
    "fields": list(fields),
    "countries": rows,
}
# One entry per line keeps diffs between package versions readable.
head = {k: v for k, v in doc.items() if k != "countries"}
lines = ["{"]
lines += [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
lines.append('  "countries": [')
lines.append(",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in rows))
lines += ["  ]", "}"]
with open(dst, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
json.loads(open(dst, encoding="utf-8").read())  # sanity: still valid JSON
print(f"wrote {dst} ({len(rows)} entries)")
PY

# --- World Bank population -------------------------------------------------------
wb_csv="$WORLDBANK_DIR/worldbank-population.csv"
wb_pkg="$WORLDBANK_DIR/worldbank-population.datapackage.json"
for f in "$wb_csv" "$wb_pkg"; do
    [ -f "$f" ] || { echo "fetch_sources: missing $f" >&2; exit 1; }
done
"$py" - "$wb_csv" "$out/worldbank-population.csv" "$WB_MIN_YEAR" <<'PY'
import csv, sys
src, dst, min_year = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src, encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    if header != ["Country Name", "Country Code", "Year", "Value"]:
        sys.exit(f"unexpected header {header!r} in {src}")
    rows = [r for r in reader if int(r[2]) >= min_year]
rows.sort(key=lambda r: (r[1], int(r[2])))
with open(dst, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
print(f"wrote {dst} ({len(rows)} rows, years >= {min_year})")
PY
install -m 0644 "$wb_pkg" "$out/worldbank-population.datapackage.json"
echo "copied $out/worldbank-population.datapackage.json"
