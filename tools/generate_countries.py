#!/usr/bin/env python3
"""Generate resources/data/countries.json, Sekutu's bundled country list.

Usage:
    generate_countries.py [--out PATH]   write the file (default: resources/data/countries.json)
    generate_countries.py --check PATH   regenerate in memory; exit 0 if PATH is identical,
                                         1 (with a diff summary) if it differs

The list is every UN member state (193) plus the two non-member observer states
(Holy See VA, State of Palestine PS): 195 countries keyed by ISO 3166-1 alpha-2 code
and sorted by code. Each country follows the `country` definition of
resources/data/schema/sekutu.schema.json.

Inputs (read only from disk; this script never touches the network):

* Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (alpha-2, alpha-3, ISO
  short name) and the Indonesian catalogue
  /usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo  ->  `alpha3`, `iso_name`.
* Debian unicode-cldr-core: common/main/en.xml and id.xml, the <territory> entry
  without an `alt` attribute  ->  `name` (the common name news uses).
* tools/sources/world-countries-5.1.0.json (vendored extract of the npm package,
  ODbL-1.0; refreshed by tools/fetch_sources.sh)  ->  `capital` (English), `area_km2`,
  `region`, and which codes are UN members.
* tools/sources/worldbank-population.csv (World Bank SP.POP.TOTL, ODC-PDDL-1.0;
  trimmed by tools/fetch_sources.sh)  ->  `population`: the newest year with a value.
* iso-codes' official_name and its Indonesian translation  ->  `official_name`, corrected
  by tools/sources/official-names.json (obsolete names, Indonesian spelling; each with a
  reason); left out where it equals the common name in both languages.
* tools/sources/country-overrides.json: small hand-reviewed corrections, each with a
  reason: Indonesian capital exonyms, capitals world-countries gets wrong or lists
  several of, UN observer status, populations the World Bank lacks, names where
  CLDR's default is not what news writes, and reader notes.

`as_of` is the fixed constant AS_OF below, not the run date, so the output depends
on the inputs only. The script fails loudly (exit 2) if a source is missing or
malformed, a country lacks a field, the member/observer counts are off, or an
override is unknown or changes nothing. Standard library only (Python 3.11).
"""

import argparse
import csv
import difflib
import gettext
import json
import os
import pathlib
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "sources"
DEFAULT_OUT = ROOT / "resources" / "data" / "countries.json"

# Fixed "data current as of" date for every country; bump it when the inputs change.
AS_OF = "2026-11-25"

ISO_JSON = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_PC = pathlib.Path("/usr/share/pkgconfig/iso-codes.pc")
ISO_MO_ID = pathlib.Path("/usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo")
CLDR_MAIN = pathlib.Path("/usr/share/unicode/cldr/common/main")
CLDR_DTD = pathlib.Path("/usr/share/unicode/cldr/common/dtd/ldml.dtd")
WC_VERSION = "5.1.0"
WC_FILE = SOURCES / f"world-countries-{WC_VERSION}.json"
WB_FILE = SOURCES / "worldbank-population.csv"
OVERRIDES_FILE = SOURCES / "country-overrides.json"
OFFICIAL_NAMES_FILE = SOURCES / "official-names.json"

EXPECTED_MEMBERS = 193
EXPECTED_OBSERVERS = 2
REGIONS = {"africa", "americas", "asia", "europe", "oceania"}

WB_POPULATION_SOURCE = "World Bank SP.POP.TOTL (data package datasets/population)"
# How the pane and the charts credit a World Bank figure: as a reader would cite it.
WB_POPULATION_CITED = "World Bank, World Development Indicators"
ISO_CHANGELOG = pathlib.Path("/usr/share/doc/iso-codes/changelog.Debian.gz")
CLDR_CHANGELOG = pathlib.Path("/usr/share/doc/unicode-cldr-core/changelog.Debian.gz")
# The vendored extracts give no release date: they are dated by the day they were retrieved
# (tools/fetch_sources.sh); change this when they are refreshed.
EXTRACTS_RETRIEVED = "2026-11-25"


def source(publisher, title, date, url=None):
    """A citation as the schema's `source` definition has it."""
    s = {"publisher": publisher, "title": title, "date": date}
    if url:
        s["url"] = url
    return s


# Editorial corrections (names as news writes them, exonyms, notes); where a fact is
# cited, the override's own `source` is listed beside this one.
OVERRIDES_SOURCE = source("Sekutu", "Reviewed corrections: names as news writes them, capitals, notes", AS_OF)

# Allowed keys in country-overrides.json, per section; "required" must be present.
OVERRIDE_SCHEMA = {
    "name": {"allowed": {"en", "id", "reason"}, "required": {"reason"}},
    "capital": {"allowed": {"en", "id", "reason", "source"}, "required": {"reason"}},
    "un_status": {"allowed": {"value", "reason", "source"}, "required": {"value", "reason", "source"}},
    "population": {"allowed": {"value", "year", "source", "reason"}, "required": {"value", "year", "source", "reason"}},
    "note": {"allowed": {"en", "id", "source"}, "required": {"en", "id"}},
}


class GenerationError(Exception):
    """A source is missing or inconsistent; the message says which and why."""


def fail(message):
    raise GenerationError(message)


def require_file(path):
    if not path.is_file():
        fail(f"missing source {path}" + (
            " (apt-get install iso-codes unicode-cldr-core)" if str(path).startswith("/usr/") else
            " (run tools/fetch_sources.sh)"))
    return path


def read_json(path):
    try:
        with open(require_file(path), encoding="utf-8") as f:
            return json.load(f)
    except json.JSONDecodeError as e:
        fail(f"{path}: invalid JSON: {e}")


# --- sources ------------------------------------------------------------------------

def iso_codes_version():
    for line in require_file(ISO_PC).read_text(encoding="utf-8").splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
    fail(f"{ISO_PC}: no Version line")


def debian_date(changelog):
    """The date of the newest entry of a Debian changelog, YYYY-MM-DD."""
    import email.utils
    import gzip
    with gzip.open(require_file(changelog), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" -- ") and "  " in line[4:]:
                when = email.utils.parsedate_to_datetime(line.rsplit("  ", 1)[1].strip())
                return when.date().isoformat()
    fail(f"{changelog}: no dated entry")


def cldr_version():
    m = re.search(r'cldrVersion\s+CDATA\s+#FIXED\s+"([^"]+)"', require_file(CLDR_DTD).read_text(encoding="utf-8"))
    if not m:
        fail(f"{CLDR_DTD}: no cldrVersion")
    return m.group(1)


class _Untranslated(gettext.NullTranslations):
    def gettext(self, message):
        raise KeyError(message)


def load_official_names():
    """alpha-2 -> {en, id}: the official names of iso-codes and its Indonesian catalogue,
    without a leading "the" ("the State of Eritrea"); countries without one are left out."""
    entries = read_json(ISO_JSON).get("3166-1") or []
    with open(require_file(ISO_MO_ID), "rb") as f:
        catalogue = gettext.GNUTranslations(f)
    catalogue.add_fallback(_Untranslated())
    result = {}
    for e in entries:
        official = e.get("official_name")
        if not official:
            continue
        try:
            official_id = catalogue.gettext(official)
        except KeyError:
            official_id = None
        strip = lambda name: name[4:] if name and name.startswith("the ") else name
        result[e["alpha_2"]] = {"en": strip(official), "id": strip(official_id)}
    return result


def load_official_overrides():
    doc = read_json(OFFICIAL_NAMES_FILE)
    if set(doc) - {"about", "countries"} or not isinstance(doc.get("countries"), dict):
        fail(f"{OFFICIAL_NAMES_FILE}: expected {{about, countries}} with countries keyed by alpha-2 code")
    for code, entry in doc["countries"].items():
        where = f"{OFFICIAL_NAMES_FILE}: {code}"
        if not isinstance(entry, dict) or set(entry) - {"en", "id", "omit", "reason"} or "reason" not in entry:
            fail(f"{where}: keys are en, id, omit and reason (required)")
        if entry.get("omit", False) is not True and not ({"en", "id"} & set(entry)):
            fail(f"{where}: gives neither en, id nor omit: true")
    return doc["countries"]


def official_name(code, iso_official, override, name):
    """The official name in both languages, or None when there is none worth a line: none
    known, or one the same as the common name in both languages ("Hungary")."""
    official = dict(iso_official or {})
    if override.get("omit"):
        if not official:
            fail(f"{OFFICIAL_NAMES_FILE}: {code} omits an official name iso-codes does not give")
        return None
    for lang in ("en", "id"):
        if lang in override:
            if official.get(lang) == override[lang]:
                fail(f"{OFFICIAL_NAMES_FILE}: {code}.{lang} = {override[lang]!r} equals iso-codes; remove it")
            official[lang] = override[lang]
    if not official.get("en"):
        return None
    if not official.get("id"):
        if official["en"] != name["en"]:
            fail(f"{code} official_name: '{official['en']}' has no Indonesian translation in {ISO_MO_ID}; "
                 f"add one to {OFFICIAL_NAMES_FILE.name}")
        official["id"] = name["id"]
    if official == name:
        return None
    return {"en": official["en"], "id": official["id"]}


def load_iso():
    """alpha-2 -> (alpha-3, English ISO name, Indonesian ISO name)."""
    entries = read_json(ISO_JSON).get("3166-1")
    if not entries:
        fail(f"{ISO_JSON}: no '3166-1' list")
    with open(require_file(ISO_MO_ID), "rb") as f:
        catalogue = gettext.GNUTranslations(f)
    catalogue.add_fallback(_Untranslated())
    result = {}
    for e in entries:
        name = e["name"]
        try:
            name_id = catalogue.gettext(name)
        except KeyError:
            name_id = None  # only an error if the country is actually used
        result[e["alpha_2"]] = (e["alpha_3"], name, name_id)
    return result


def load_cldr(lang):
    """alpha-2 -> CLDR territory name (the entry without an alt attribute)."""
    path = require_file(CLDR_MAIN / f"{lang}.xml")
    root = ET.parse(path).getroot()
    names = {}
    for t in root.iter("territory"):
        if t.get("alt") is None and t.text:
            names[t.get("type")] = t.text.strip()
    if not names:
        fail(f"{path}: no <territory> names")
    return names


def load_world_countries():
    doc = read_json(WC_FILE)
    if doc.get("package") != "world-countries" or doc.get("version") != WC_VERSION:
        fail(f"{WC_FILE}: expected world-countries {WC_VERSION}, found "
             f"{doc.get('package')} {doc.get('version')}")
    result = {}
    for c in doc.get("countries", []):
        if c["cca2"] in result:
            fail(f"{WC_FILE}: duplicate cca2 {c['cca2']}")
        result[c["cca2"]] = c
    if not result:
        fail(f"{WC_FILE}: no countries")
    return result


def load_population():
    """alpha-3 -> (year, value) for the newest year with a value."""
    best = {}
    with open(require_file(WB_FILE), encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["Country Name", "Country Code", "Year", "Value"]:
            fail(f"{WB_FILE}: unexpected header {reader.fieldnames}")
        for line, row in enumerate(reader, start=2):
            if not row["Value"].strip():
                continue
            try:
                year = int(row["Year"])
                value = float(row["Value"])
            except ValueError:
                fail(f"{WB_FILE}:{line}: bad year or value {row}")
            if not value.is_integer() or value < 0:
                fail(f"{WB_FILE}:{line}: population is not a whole number: {row['Value']}")
            code = row["Country Code"]
            if code not in best or year > best[code][0]:
                best[code] = (year, int(value))
    return best


def check_source(s, where):
    if not isinstance(s, dict) or not {"publisher", "title", "date"} <= set(s) or \
            not set(s) <= {"publisher", "title", "date", "url"}:
        fail(f"{where}: a source must be {{publisher, title, date, url?}}, got {s!r}")


def load_overrides():
    doc = read_json(OVERRIDES_FILE)
    unknown = set(doc) - {"about", "countries"}
    if unknown:
        fail(f"{OVERRIDES_FILE}: unknown top-level keys {sorted(unknown)}")
    countries = doc.get("countries")
    if not isinstance(countries, dict):
        fail(f"{OVERRIDES_FILE}: 'countries' must be an object keyed by alpha-2 code")
    for code, entry in countries.items():
        where = f"{OVERRIDES_FILE}: {code}"
        if not re.fullmatch(r"[A-Z]{2}", code):
            fail(f"{where}: not an alpha-2 code")
        if not entry:
            fail(f"{where}: empty entry")
        for section, body in entry.items():
            spec = OVERRIDE_SCHEMA.get(section)
            if spec is None:
                fail(f"{where}: unknown key '{section}' (allowed: {sorted(OVERRIDE_SCHEMA)})")
            if not isinstance(body, dict):
                fail(f"{where}.{section}: must be an object")
            extra = set(body) - spec["allowed"]
            missing = spec["required"] - set(body)
            if extra or missing:
                fail(f"{where}.{section}: unknown keys {sorted(extra)}, missing keys {sorted(missing)}")
            if section in ("name", "capital") and not ({"en", "id"} & set(body)):
                fail(f"{where}.{section}: gives neither 'en' nor 'id'")
            for k, v in body.items():
                if k == "source":
                    for cited in (v if isinstance(v, list) and v else [v]):
                        check_source(cited, f"{where}.{section}.source")
                elif k not in ("value", "year") and (not isinstance(v, str) or not v.strip()):
                    fail(f"{where}.{section}.{k}: must be a non-empty string")
    return countries


# --- assembly -----------------------------------------------------------------------

def build():
    iso_version = iso_codes_version()
    cldr_ver = cldr_version()
    iso = load_iso()
    cldr_en = load_cldr("en")
    cldr_id = load_cldr("id")
    wc = load_world_countries()
    population = load_population()
    overrides = load_overrides()
    official_names = load_official_names()
    official_overrides = load_official_overrides()

    iso_src = source("Debian", f"iso-codes {iso_version}: ISO 3166-1 codes and names", debian_date(ISO_CHANGELOG),
                     "https://salsa.debian.org/iso-codes-team/iso-codes")
    cldr_src = source("Unicode Consortium", f"Unicode CLDR {cldr_ver}",
                      debian_date(CLDR_CHANGELOG), f"https://cldr.unicode.org/index/downloads/cldr-{cldr_ver}")
    wc_src = source("mledoze/countries", f"world-countries {WC_VERSION} (ODbL-1.0)", EXTRACTS_RETRIEVED,
                    f"https://www.npmjs.com/package/world-countries/v/{WC_VERSION}")
    wb_src = source("World Bank", "World Development Indicators: Population, total",
                    EXTRACTS_RETRIEVED, "https://data.worldbank.org/indicator/SP.POP.TOTL")

    observer_codes = {code for code, o in overrides.items() if "un_status" in o}
    codes = sorted({code for code, c in wc.items() if c.get("unMember") is True} | observer_codes)
    stray = sorted((set(overrides) | set(official_overrides)) - set(codes))
    if stray:
        fail(f"{OVERRIDES_FILE}: overrides for codes outside the UN member/observer list: {stray}")

    countries = []
    for code in codes:
        o = overrides.get(code, {})
        used_override = False
        extra_sources = []

        def where(field):
            return f"{code} {field}"

        def no_op(section, key, old, new):
            if old == new:
                fail(f"{OVERRIDES_FILE}: {code}.{section}.{key} = {new!r} equals the source value; remove it")

        # codes and ISO names
        if code not in iso:
            fail(f"{where('code')}: not in {ISO_JSON}")
        alpha3, iso_en, iso_id = iso[code]
        if not iso_id:
            fail(f"{where('iso_name.id')}: '{iso_en}' has no Indonesian translation in {ISO_MO_ID}")
        c = wc.get(code)
        if c is None:
            fail(f"{where('world-countries')}: not in {WC_FILE}")
        if c["cca3"] != alpha3:
            fail(f"{where('alpha3')}: iso-codes says {alpha3}, world-countries says {c['cca3']}")

        # common name (CLDR, then overrides)
        if code not in cldr_en or code not in cldr_id:
            fail(f"{where('name')}: missing from CLDR en.xml or id.xml")
        name = {"en": cldr_en[code], "id": cldr_id[code]}
        for lang, value in {k: v for k, v in o.get("name", {}).items() if k in ("en", "id")}.items():
            no_op("name", lang, name[lang], value)
            name[lang] = value
            used_override = True

        # capital (world-countries, then overrides); Indonesian defaults to the English
        cap = o.get("capital", {})
        wc_caps = [x for x in c.get("capital") or [] if x.strip()]
        if "en" in cap:
            if len(wc_caps) == 1:
                no_op("capital", "en", wc_caps[0], cap["en"])
            capital_en = cap["en"]
            used_override = True
        elif len(wc_caps) == 1:
            capital_en = wc_caps[0]
        else:
            fail(f"{where('capital')}: world-countries lists {wc_caps!r}; "
                 f"choose one in {OVERRIDES_FILE.name} (capital.en) with a reason")
        capital_id = capital_en
        if "id" in cap:
            no_op("capital", "id", capital_en, cap["id"])
            capital_id = cap["id"]
            used_override = True
        if cap:
            extra_sources.append(cap.get("source"))

        # region
        region = str(c.get("region", "")).lower()
        if region not in REGIONS:
            fail(f"{where('region')}: world-countries region {c.get('region')!r} is not one of {sorted(REGIONS)}")

        # UN status
        if "un_status" in o:
            status = o["un_status"]["value"]
            if status not in ("member", "observer"):
                fail(f"{OVERRIDES_FILE}: {code}.un_status.value must be 'member' or 'observer'")
            no_op("un_status", "value", "member" if c.get("unMember") is True else None, status)
            extra_sources.append(o["un_status"]["source"])
            used_override = True
        else:
            status = "member"

        # area
        area = c.get("area")
        if isinstance(area, bool) or not isinstance(area, (int, float)) or area <= 0:
            fail(f"{where('area_km2')}: world-countries area {area!r} is not a positive number")

        # population (World Bank, else overrides)
        pop_override = o.get("population")
        wb = population.get(alpha3)
        if wb and pop_override:
            fail(f"{OVERRIDES_FILE}: {code}.population given but the World Bank has {alpha3} "
                 f"{wb[0]}; remove the override")
        if wb:
            pop = {"value": wb[1], "year": wb[0], "source": WB_POPULATION_CITED}
        elif pop_override:
            value, year = pop_override["value"], pop_override["year"]
            if not isinstance(value, int) or isinstance(value, bool) or value < 0 or \
                    not isinstance(year, int) or isinstance(year, bool):
                fail(f"{OVERRIDES_FILE}: {code}.population value/year must be whole numbers")
            cited = pop_override["source"]
            check_source(cited, where("population"))
            pop = {"value": value, "year": year, "source": f"{cited['publisher']}: {cited['title']}"}
            extra_sources.append(cited)
            used_override = True
        else:
            fail(f"{where('population')}: {alpha3} is not in {WB_FILE.name}; "
                 f"add a population override with a cited source")

        country = {
            "code": code,
            "alpha3": alpha3,
            "name": name,
            "iso_name": {"en": iso_en, "id": iso_id},
            "capital": {"en": capital_en, "id": capital_id},
            "region": region,
            "un_status": status,
            "area_km2": area,
            "population": pop,
        }
        official = official_name(code, official_names.get(code), official_overrides.get(code, {}), name)
        if official:  # beside the other names
            country = {k: v for k, v in country.items() if k in ("code", "alpha3", "name")} | \
                {"official_name": official} | {k: v for k, v in country.items() if k not in ("code", "alpha3", "name")}
        if "note" in o:
            country["note"] = {"en": o["note"]["en"], "id": o["note"]["id"]}
            extra_sources.append(o["note"].get("source"))
            used_override = True

        sources = [iso_src, cldr_src, wc_src]
        if wb:
            sources.append(wb_src)
        for s in [x for e in extra_sources for x in (e if isinstance(e, list) else [e])]:
            if s and s not in sources:
                check_source(s, where("source"))
                sources.append(s)
        if used_override:  # Sekutu's own editing comes after the sources it rests on
            sources.append(OVERRIDES_SOURCE)
        country["source"] = sources
        country["as_of"] = AS_OF

        for field in ("code", "alpha3", "name", "iso_name", "capital", "region", "un_status",
                      "area_km2", "population", "source", "as_of"):
            value = country.get(field)
            if value in (None, "", [], {}) or (isinstance(value, dict) and any(
                    v in (None, "") for v in value.values())):
                fail(f"{where(field)}: empty")
        countries.append(country)

    members = sum(1 for c in countries if c["un_status"] == "member")
    observers = sum(1 for c in countries if c["un_status"] == "observer")
    if (members, observers) != (EXPECTED_MEMBERS, EXPECTED_OBSERVERS):
        fail(f"expected {EXPECTED_MEMBERS} UN members and {EXPECTED_OBSERVERS} observers, "
             f"got {members} and {observers}; check world-countries unMember and the overrides")

    return {
        "generated": {
            "by": "tools/generate_countries.py",
            "sources": [
                f"Debian iso-codes {iso_version}: /usr/share/iso-codes/json/iso_3166-1.json and the Indonesian "
                f"iso_3166-1 catalogue (LGPL-2.1+)",
                f"Unicode CLDR {cldr_ver} (Debian unicode-cldr-core): common/main/en.xml and id.xml territory names "
                f"(Unicode License)",
                f"world-countries {WC_VERSION} (npm, ODbL-1.0): capital, area, region, UN membership; extract "
                f"tools/sources/{WC_FILE.name}",
                f"{WB_POPULATION_SOURCE}, ODC-PDDL-1.0: extract tools/sources/{WB_FILE.name}",
                f"Sekutu hand overrides (tools/sources/{OVERRIDES_FILE.name}): reviewed corrections, each with a reason",
            ],
        },
        "countries": countries,
    }


def render(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_atomically(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def check(path, text):
    try:
        current = path.read_text(encoding="utf-8")
    except OSError as e:
        print(f"generate_countries: cannot read {path}: {e}", file=sys.stderr)
        return 1
    if current == text:
        print(f"{path}: up to date")
        return 0
    diff = list(difflib.unified_diff(current.splitlines(), text.splitlines(),
                                     fromfile=str(path), tofile="regenerated", lineterm="", n=2))
    changed = sum(1 for d in diff if d[:1] in "+-" and d[:3] not in ("+++", "---"))
    limit = 60
    print("\n".join(diff[:limit]))
    if len(diff) > limit:
        print(f"... ({len(diff) - limit} more diff lines)")
    print(f"{path}: differs from the generator output ({changed} changed lines); "
          f"run tools/generate_countries.py --out {path}", file=sys.stderr)
    return 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--out", type=pathlib.Path, default=None,
                       help=f"where to write (default {DEFAULT_OUT.relative_to(ROOT)})")
    group.add_argument("--check", type=pathlib.Path, metavar="PATH",
                       help="compare PATH with a fresh generation; exit 1 if it differs")
    args = parser.parse_args(argv)
    try:
        doc = build()
    except GenerationError as e:
        print(f"generate_countries: error: {e}", file=sys.stderr)
        return 2
    text = render(doc)
    if args.check:
        return check(args.check, text)
    out = args.out or DEFAULT_OUT
    write_atomically(out, text)
    n = len(doc["countries"])
    print(f"wrote {out} ({n} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
