#!/bin/sh
# Copy the bundled flag images for exactly the countries in resources/data/countries.json.
#
#   tools/copy_flags.sh [FLAG_DIR]
#
# Source: Debian package iso-flags-svg (public domain, see
# /usr/share/doc/iso-flags-svg/copyright), 4:3 variant:
#   /usr/share/iso-flags-svg/country-4x3/<code lowercase>.svg
# Target: resources/flags/<code lowercase>.svg. Files are copied unmodified. SVGs in
# the target directory that do not belong to a listed country are reported, not
# deleted. Exits 1 if any flag is missing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
src=${1:-/usr/share/iso-flags-svg/country-4x3}
countries="$root/resources/data/countries.json"
dst="$root/resources/flags"
py=/usr/bin/python3
[ -x "$py" ] || py=python3

[ -d "$src" ] || { echo "copy_flags: $src not found (apt-get install iso-flags-svg)" >&2; exit 1; }
[ -f "$countries" ] || { echo "copy_flags: $countries not found (run tools/generate_countries.py)" >&2; exit 1; }

codes=$("$py" -c 'import json,sys; print(" ".join(c["code"].lower() for c in json.load(open(sys.argv[1], encoding="utf-8"))["countries"]))' "$countries")

mkdir -p "$dst"
copied=0
missing=""
for code in $codes; do
    if [ -f "$here/sources/flags/$code.svg" ]; then
        # A reviewed replacement where the package is out of date (see sources/README.md).
        cp "$here/sources/flags/$code.svg" "$dst/$code.svg"
        copied=$((copied + 1))
    elif [ -f "$src/$code.svg" ]; then
        cp -L "$src/$code.svg" "$dst/$code.svg"
        chmod 0644 "$dst/$code.svg"
        copied=$((copied + 1))
    else
        missing="$missing $code"
    fi
done

for f in "$dst"/*.svg; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .svg)
    case " $codes " in
        *" $name "*) ;;
        *) echo "copy_flags: note: $f is not a listed country" >&2 ;;
    esac
done

echo "copied $copied flag(s) from $src to $dst"
if [ -n "$missing" ]; then
    echo "copy_flags: missing flag(s):$missing" >&2
    exit 1
fi
