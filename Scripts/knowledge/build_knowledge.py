#!/usr/bin/env python3
"""Build NewsGraph's knowledge base (Sources/NewsGraph/Knowledge/Data/*.tsv).

Inputs
  * Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (249 ISO 3166-1 entries)
  * Phoenix/PETRARCH dictionaries (MIT) in ../shared/knowledge-sources/
      Phoenix.Countries.actors.txt   country aliases, office-holders up to 2014
  * hand-curated fact files in Scripts/knowledge/curated/ (same record format as the output)

Output: deterministic, sorted TSV files (format: Sources/NewsGraph/Knowledge/README.md).

Usage:
  python3 Scripts/knowledge/build_knowledge.py            # build + self-check
  python3 Scripts/knowledge/build_knowledge.py --check    # self-check the existing Data files only
  options: --iso PATH --phoenix DIR --out DIR --review FILE

Only the Python standard library is used.
"""

import argparse
import datetime
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CURATED = os.path.join(HERE, "curated")
DEFAULT_OUT = os.path.join(REPO, "Sources", "NewsGraph", "Knowledge", "Data")
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_PHOENIX_CANDIDATES = [
    os.path.join(REPO, "..", "shared", "knowledge-sources"),
    "/work/shared/knowledge-sources",
]

# Keys written per kind, in this order. Keys that only steer the build (phoenix-keep,
# phoenix-drop) are never written.
KEY_ORDER = {
    "country": ["alpha2", "official", "alias", "demonym", "capital", "metonym", "article", "leader"],
    "organization": ["type", "acronym", "alias", "country"],
    "person": ["alias", "surname", "country", "gender", "office"],
    "title": ["word", "honorific", "generic", "leader"],
    "ministry": ["word", "title", "spokesperson"],
    "nonentity": [],
}
SURFACE_KEYS = {
    "country": ["official", "alias", "demonym", "capital", "metonym"],
    "organization": ["acronym", "alias"],
    "person": ["alias"],
}
FILES = OrderedDict([
    ("countries.tsv", "country"),
    ("organizations.tsv", "organization"),
    ("people.tsv", "person"),
    ("titles.tsv", "title"),
    ("ministries.tsv", "ministry"),
    ("nonentities.tsv", "nonentity"),
])
ORG_TYPES = {"igo", "seat-of-power", "government-body", "party", "media", "armed-group", "company", "ngo"}


# ----------------------------------------------------------------------------------------
# Record model and TSV reading/writing

class Record:
    def __init__(self, kind, ident, name, origin):
        self.kind = kind
        self.id = ident
        self.name = name
        self.keys = OrderedDict()  # key -> list of values (insertion order, deduplicated)
        self.origin = origin

    def add(self, key, value):
        value = value.strip()
        if not value:
            return
        values = self.keys.setdefault(key, [])
        if value not in values:
            values.append(value)

    def get(self, key):
        return self.keys.get(key, [])

    def remove(self, key, value):
        if key in self.keys and value in self.keys[key]:
            self.keys[key].remove(value)
            if not self.keys[key]:
                del self.keys[key]


class BuildError(Exception):
    pass


def read_tsv(path, expect_kind=None):
    """Read records in the knowledge format. Returns a list of Record."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            origin = "%s:%d" % (os.path.relpath(path, REPO), number)
            if len(fields) < 3:
                raise BuildError("%s: a record needs KIND, ID and NAME" % origin)
            kind, ident, name = fields[0].strip(), fields[1].strip(), fields[2].strip()
            if expect_kind and kind != expect_kind:
                raise BuildError("%s: kind %r, expected %r" % (origin, kind, expect_kind))
            record = Record(kind, ident, name, origin)
            for field in fields[3:]:
                if not field.strip():
                    continue
                if "=" not in field:
                    raise BuildError("%s: field %r is not key=value" % (origin, field))
                key, value = field.split("=", 1)
                key = key.strip()
                for item in value.split("|"):
                    record.add(key, item)
            records.append(record)
    return records


def read_list(path):
    """One surface form per line; '#' comments and blank lines ignored."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if line and not line.startswith("#"):
                items.append(line)
    return items


def format_record(record):
    fields = [record.kind, record.id, record.name]
    order = KEY_ORDER[record.kind]
    for key in order:
        values = record.get(key)
        if values:
            fields.append("%s=%s" % (key, "|".join(values)))
    return "\t".join(fields)


SLUG_LETTERS = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "ł": "l",
                              "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "œ": "oe", "þ": "th"})


def slug(text):
    text = unicodedata.normalize("NFKD", text.translate(SLUG_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("'", "").replace("\u2019", "")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text


def surface_key(form, key="alias"):
    """Key under which the loader would match a surface form: acronym= values and all-caps
    forms of up to 4 letters match case-sensitively, everything else case-insensitively; a
    leading "the " is optional. (The loader is stricter still: a capitalised word must be
    capitalised in the text; this check casefolds, so it errs on the side of reporting.)"""
    form = " ".join(form.split())
    if re.match(r"(?i)^the\s+", form):
        form = re.sub(r"(?i)^the\s+", "", form)
    if key == "acronym" or is_case_sensitive_acronym(form):
        return form
    return form.casefold()


def is_case_sensitive_acronym(form):
    """All-capital forms of 2 to 5 letters ("US", "U.S.", "NATO", "BRICS") match only in
    capitals (the brief asks for up to 4; the loader's PhraseLexicon.CaseRule uses 2-5)."""
    letters = [ch for ch in form if ch.isalpha()]
    return 2 <= len(letters) <= 5 and all(ch.isupper() for ch in letters) and " " not in form


# ----------------------------------------------------------------------------------------
# Phoenix dictionaries

PHOENIX_CODE = re.compile(r"\[([^\]]*)\]")


def phoenix_name(token):
    """UPPER_CASE_WITH_UNDERSCORES -> plain spaced upper text (case fixed later)."""
    token = token.split("#", 1)[0].strip()
    token = token.strip().rstrip("_").strip()
    token = token.replace("_", " ")
    return " ".join(token.split())


def parse_phoenix_date(text, is_end):
    text = text.strip()
    if not text:
        return None
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        year = 2000 + yy if yy <= 14 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8 and text.isdigit():
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_phoenix_codes(text):
    """'[RUSGOV 991231-080507] [ELI]' -> [(code, start, end)]"""
    result = []
    for inner in PHOENIX_CODE.findall(text):
        parts = inner.split()
        if not parts:
            continue
        code = parts[0]
        start = end = None
        if len(parts) > 1:
            spec = parts[1]
            if spec.startswith(">"):
                start = parse_phoenix_date(spec[1:], False)
            elif spec.startswith("<"):
                end = parse_phoenix_date(spec[1:], True)
            elif "-" in spec:
                a, b = spec.split("-", 1)
                start, end = parse_phoenix_date(a, False), parse_phoenix_date(b, True)
        result.append((code, start, end))
    return result


def parse_phoenix_actors(path):
    """Entries: dict(name, aliases, codes, line)."""
    entries = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if line.startswith("+"):
                if current is not None:
                    alias = phoenix_name(line[1:])
                    if alias:
                        current["aliases"].append(alias)
                    current["codes"].extend(parse_phoenix_codes(line.split("#", 1)[0]))
                continue
            if line[0] in " \t" or stripped.startswith("["):
                if current is not None:
                    current["codes"].extend(parse_phoenix_codes(stripped.split("#", 1)[0]))
                continue
            head = line.split("#", 1)[0]
            name_part = PHOENIX_CODE.split(head)[0]
            current = {
                "name": phoenix_name(name_part),
                "aliases": [],
                "codes": parse_phoenix_codes(head),
                "line": number,
            }
            entries.append(current)
    return entries


SMALL_WORDS = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "al", "el", "bin", "bint",
               "ibn", "van", "von", "der", "den", "da", "di", "do", "dos", "das", "y", "in", "on", "to"}


def proper_case(upper):
    """'ISLAMIC REPUBLIC OF IRAN' -> 'Islamic Republic of Iran'; keeps dotted acronyms."""
    words = []
    for index, word in enumerate(upper.split(" ")):
        low = word.lower()
        if index > 0 and low in SMALL_WORDS:
            words.append(low)
        elif re.fullmatch(r"([A-Z]\.)+[A-Z]?\.?", word) or re.fullmatch(r"[IVX]+", word):
            words.append(word)  # dotted initials, regnal numbers
        else:
            parts = re.split(r"([-'])", low)
            words.append("".join(p[:1].upper() + p[1:] if p not in "-'" else p for p in parts))
    return " ".join(words)


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^A-Za-z0-9]+", " ", text).strip().lower()
    return re.sub(r"^the ", "", text)


# ----------------------------------------------------------------------------------------
# Countries

OFFICIAL_PATTERN = re.compile(
    r"^(the )?((islamic|democratic|federal|federative|people s|popular|united|socialist|arab|"
    r"kingdom|state|republic|commonwealth|principality|grand duchy|sultanate|emirate|"
    r"federation|union|hashemite|plurinational|bolivarian|oriental|independent|cooperative|"
    r"argentine|italian|french|portuguese|hellenic|lebanese|syrian|swiss|togolese|gabonese|"
    r"lao|co operative|great socialist|libyan|sahrawi|eastern)\b[a-z ]*\b)?(of )?(the )?")


def build_countries(iso_path, phoenix_dir, review):
    with open(iso_path, encoding="utf-8") as handle:
        iso = json.load(handle)["3166-1"]
    curated = read_tsv(os.path.join(CURATED, "countries.tsv"), "country")
    by_id = OrderedDict()
    for entry in iso:
        code = entry["alpha_3"]
        name = entry.get("common_name") or entry["name"]
        record = Record("country", code, name, "iso_3166-1.json")
        record.add("alpha2", entry["alpha_2"])
        official = entry.get("official_name")
        for form in (entry["name"], entry.get("common_name")):
            if form and "," not in form and "(" not in form and form != name:
                record.add("alias", form)
        if official and official != name and "," not in official:
            record.add("official", official)
        by_id[code] = record

    steering = {}
    for cur in curated:
        record = by_id.get(cur.id)
        if record is None:
            record = Record("country", cur.id, cur.name, cur.origin)
            by_id[cur.id] = record
        elif cur.name and cur.name != record.name:
            # the ISO name becomes an alias when we prefer a news name
            old = record.name
            record.name = cur.name
            if "," not in old and "(" not in old:
                record.add("alias", old)
        record.origin = cur.origin
        for key, values in cur.keys.items():
            if key in ("phoenix-keep", "phoenix-drop", "drop-alias"):
                continue
            for value in values:
                record.add(key, value)
        for value in cur.get("drop-alias"):
            record.remove("alias", value)
        steering[cur.id] = cur
        if record.name in record.get("alias"):
            record.remove("alias", record.name)

    phoenix_stats = import_phoenix_countries(by_id, steering, phoenix_dir, review)
    for record in by_id.values():
        for official in list(record.get("official")):
            record.remove("official", official)
            official = re.sub(r"^the ", "", official)
            if official != record.name:
                record.add("official", official)
        dedupe_surfaces(record, ["official", "alias"])
    return by_id, phoenix_stats


def dedupe_surfaces(record, keys):
    """Drops values of `keys` that the loader would match exactly like the name or an earlier
    value (a case variant, or the same form with a leading "the")."""
    seen = {surface_key(record.name)}
    for key in keys:
        for value in list(record.get(key)):
            k = surface_key(value, key)
            if k in seen:
                record.remove(key, value)
            seen.add(k)


PHOENIX_CODE_MAP = {"KSV": "XKX"}


def import_phoenix_countries(by_id, steering, phoenix_dir, review):
    """Take Phoenix country-level aliases that are genuinely the country.

    Phoenix lists, for event location coding, cities, regions, rivers and misspellings
    under each country. We keep (a) forms already known from ISO/curated data
    (confirmations), (b) official-style long forms ("Islamic Republic of Afghanistan"),
    (c) forms explicitly allowed in curated/countries.tsv (phoenix-keep=). Everything
    else is written to the review file, not to the knowledge base.
    """
    path = os.path.join(phoenix_dir, "Phoenix.Countries.actors.txt")
    entries = parse_phoenix_actors(path)
    stats = defaultdict(int)
    review.append("# Phoenix country-level aliases NOT taken (cities, regions, misspellings, "
                  "foreign-language forms, epithets). Review aid only; not shipped.")
    first_seen = set()
    for entry in entries:
        bare = [c for c, s, e in entry["codes"] if re.fullmatch(r"[A-Z]{3}", c)]
        if not bare:
            continue
        code = PHOENIX_CODE_MAP.get(bare[0], bare[0])
        record = by_id.get(code)
        if record is None:
            stats["blocks with unknown code"] += 1
            continue
        known = {norm(x) for key in ("alias", "official") for x in record.get(key)}
        known.add(norm(record.name))
        head = norm(proper_case(entry["name"]))
        first = code not in first_seen
        first_seen.add(code)
        # Phoenix lists the country block first; later blocks with the same bare code are
        # regions or territories (Iraqi Kurdistan, Mayotte) unless named like the country.
        if head not in known and not first:
            stats["sub-national blocks skipped"] += 1
            review.append("%s\t(block skipped)\t%s" % (code, proper_case(entry["name"])))
            continue
        stats["country blocks"] += 1
        cur = steering.get(code)
        keep = {norm(x): x for x in (cur.get("phoenix-keep") if cur else [])}
        drop = {norm(x) for x in (cur.get("phoenix-drop") if cur else [])}
        surfaces = {}
        for key in SURFACE_KEYS["country"]:
            for value in record.get(key):
                surfaces[norm(value)] = key
        surfaces[norm(record.name)] = "name"
        short = norm(record.name)
        for alias in entry["aliases"]:
            stats["aliases seen"] += 1
            n = norm(alias)
            if not n:
                continue
            if n in drop:
                stats["dropped (curated phoenix-drop)"] += 1
                review.append("%s\tdrop\t%s" % (code, proper_case(alias)))
                continue
            if n in surfaces:
                stats["confirmed (already known)"] += 1
                continue
            if n in keep:
                record.add("alias", keep[n])
                surfaces[n] = "alias"
                stats["taken (curated phoenix-keep)"] += 1
                continue
            m = OFFICIAL_PATTERN.match(n)
            rest = n[m.end():] if m else n
            if m and m.group(2) and rest == short and "(" not in alias:
                form = proper_case(alias)
                record.add("alias", form)
                surfaces[n] = "alias"
                stats["taken (official-style long form)"] += 1
                continue
            stats["rejected"] += 1
            review.append("%s\treject\t%s" % (code, proper_case(alias)))
    # curated phoenix-keep entries never seen in Phoenix are an error in curation
    seen = set()
    for entry in entries:
        for alias in entry["aliases"] + [entry["name"]]:
            seen.add(norm(alias))
    for code, cur in steering.items():
        for value in cur.get("phoenix-keep"):
            if norm(value) not in seen:
                raise BuildError("%s: phoenix-keep=%s is not in Phoenix" % (cur.origin, value))
    return stats


# ----------------------------------------------------------------------------------------
# People: cross-check with Phoenix office-holders, take spelling variants

TITLE_PREFIXES = re.compile(
    r"^(PRESIDENT|PRIME MINISTER|PREMIER|MINISTER|FOREIGN MINISTER|KING|QUEEN|PRINCE|"
    r"CROWN PRINCE|SHEIKH|SHEIK|SHAIKH|EMIR|AMIR|AYATOLLAH|HOJATOLISLAM|GENERAL|GEN|"
    r"MARSHAL|DR|MR|MRS|MS|SIR|LORD|CHANCELLOR|SECRETARY|SECRETARY GENERAL|SULTAN|"
    r"CHAIRMAN|LEADER|SEN|SENATOR|COLONEL|COL|ADMIRAL|BARON|DAME|FIELD MARSHAL)\b")


# Words that mark a Phoenix form as a role description rather than a name variant
# ("US President George Bush", "Kanzler Merkel", "Ambassador Lavrov", "Pm Maliki").
ROLE_WORDS = {
    "president", "presient", "prime", "minister", "secretary", "vice", "kanzler", "bundeskanzler",
    "ambassador", "director", "governor", "gov", "former", "senator", "representative", "advisor",
    "adviser", "defense", "defence", "pm", "chancellor", "lady", "baroness", "lord", "sir", "us",
    "u s", "american", "israeli", "russian", "german", "united", "states", "national", "security",
    "general", "cia", "c i a", "un", "nations", "deputy", "state", "foreign", "king", "queen",
    "prince", "sheikh", "dr", "mr", "mrs", "ms", "chairman", "leader", "commander", "premier",
    "emir", "sultan", "ayatollah", "hojatolislam", "mullah", "colonel", "marshal", "admiral",
}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "la", "le", "abu"}


def read_people_drops():
    """curated/phoenix_people_drop.tsv: PERSON-ID<TAB>alias — Phoenix forms reviewed and refused."""
    drops = set()
    path = os.path.join(CURATED, "phoenix_people_drop.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for raw in handle:
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                ident, _, form = line.partition("\t")
                drops.add((ident.strip(), norm(form)))
    return drops


def phoenix_people_index(phoenix_dir):
    entries = parse_phoenix_actors(os.path.join(phoenix_dir, "Phoenix.Countries.actors.txt"))
    entries += parse_phoenix_actors(os.path.join(phoenix_dir, "Phoenix.International.actors.txt"))
    index = defaultdict(list)
    for entry in entries:
        if not entry["codes"] or any(re.fullmatch(r"[A-Z]{3}", c) for c, s, e in entry["codes"]):
            continue
        for form in [entry["name"]] + entry["aliases"]:
            index[norm(form)].append(entry)
    return index


def crosscheck_people(people, phoenix_dir, report):
    """Add Phoenix spelling variants of curated people's full names; compare dates."""
    index = phoenix_people_index(phoenix_dir)
    drops = read_people_drops()
    used_drops = set()
    stats = defaultdict(int)
    for person in people.values():
        matches = []
        for form in [person.name] + person.get("alias"):
            for entry in index.get(norm(form), []):
                if entry not in matches:
                    matches.append(entry)
        if not matches:
            continue
        stats["people found in Phoenix"] += 1
        countries = set(person.get("country"))
        for office in person.get("office"):
            countries.add(office.split(":")[0])
        surname = norm(person.name).split()[-1]
        known = {norm(x) for x in [person.name] + person.get("alias")}
        for entry in matches:
            codes = [c for c, s, e in entry["codes"]]
            if countries and not any(c[:3] in countries or c.startswith("IGO") for c in codes):
                stats["homonyms ignored"] += 1
                continue
            for form in [entry["name"]] + entry["aliases"]:
                n = norm(form)
                words = n.split()
                if n in known or len(words) < 2 or TITLE_PREFIXES.match(form.upper()):
                    continue
                if "(" in form or '"' in form or any(ch.isdigit() for ch in form):
                    continue
                if set(words) & ROLE_WORDS or words[0] in NAME_PARTICLES:
                    stats["Phoenix forms refused (role words / bare surname)"] += 1
                    continue
                if (person.id, n) in drops:
                    used_drops.add((person.id, n))
                    stats["Phoenix forms refused (curated drop list)"] += 1
                    continue
                # a spelling variant of the same full name: shares the surname or is close
                ratio = difflib.SequenceMatcher(None, n, norm(person.name)).ratio()
                if words[-1] != surname and ratio < 0.75:
                    continue
                person.add("alias", proper_case(form))
                known.add(n)
                stats["aliases taken from Phoenix"] += 1
            # date cross-check: a curated office of that country should overlap Phoenix GOV ranges
            for code, start, end in entry["codes"]:
                if not code.endswith("GOV") or start is None or end is None:
                    continue
                for office in person.get("office"):
                    parts = office.split(":")
                    if parts[0] != code[:3]:
                        continue
                    o_start = parse_date(parts[2], False)
                    o_end = parse_date(parts[3], True) if parts[3] else datetime.date(2100, 1, 1)
                    if o_start and o_start <= end and o_end >= start:
                        stats["office dates overlapping a Phoenix range"] += 1
                        break
                else:
                    if start.year >= 2000 and any(o.split(":")[0] == code[:3] for o in person.get("office")):
                        stats["Phoenix government ranges (2000+) matching no curated office "
                              "(other posts; see --review)"] += 1
                        report.append("%s\tPhoenix [%s %s-%s] overlaps no curated office"
                                      % (person.id, code, start, end))
    for ident, form in sorted(drops - used_drops):
        raise BuildError("phoenix_people_drop.tsv: %s %r is no longer offered by Phoenix" % (ident, form))
    return stats


# ----------------------------------------------------------------------------------------
# Validation

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_date(text, is_end):
    if not DATE_RE.match(text):
        return None
    parts = [int(p) for p in text.split("-")]
    try:
        if len(parts) == 1:
            return datetime.date(parts[0], 12, 31) if is_end else datetime.date(parts[0], 1, 1)
        if len(parts) == 2:
            if is_end:
                nxt = datetime.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
                return nxt - datetime.timedelta(days=1)
            return datetime.date(parts[0], parts[1], 1)
        return datetime.date(*parts)
    except ValueError:
        return None


def validate(files, ambiguous, words):
    """files: name -> list of Record. Returns (errors, warnings)."""
    errors, warnings = [], []
    ids = {}
    for fname, records in files.items():
        seen = set()
        for r in records:
            if r.id in seen:
                errors.append("%s: duplicate id %s" % (fname, r.id))
            seen.add(r.id)
            for field in [r.kind, r.id, r.name] + [v for vs in r.keys.values() for v in vs]:
                if "\t" in field or "|" in field or "\n" in field:
                    errors.append("%s: %s: TAB or | inside a value: %r" % (fname, r.id, field))
            if not r.name:
                errors.append("%s: %s: empty name" % (fname, r.id))
            unknown = set(r.keys) - set(KEY_ORDER[r.kind])
            if unknown:
                errors.append("%s: %s: unknown keys %s" % (fname, r.id, sorted(unknown)))
            if r.id in ids and ids[r.id] != fname:
                warnings.append("id %s used in %s and %s" % (r.id, ids[r.id], fname))
            ids.setdefault(r.id, fname)

    countries = {r.id: r for r in files["countries.tsv"]}
    orgs = {r.id: r for r in files["organizations.tsv"]}
    titles = {r.id: r for r in files["titles.tsv"]}
    for r in files["countries.tsv"]:
        if not re.fullmatch(r"[A-Z]{3}", r.id):
            errors.append("countries: bad id %s" % r.id)
        for value in r.get("leader"):
            if value not in titles:
                errors.append("countries: %s: leader=%s is not a title" % (r.id, value))
        if r.get("article") not in ([], ["the"]):
            errors.append("countries: %s: article must be 'the'" % r.id)
        if not r.get("demonym") and r.get("alpha2") and r.id not in NO_DEMONYM_OK:
            warnings.append("countries: %s (%s) has no demonym" % (r.id, r.name))
    for r in files["organizations.tsv"]:
        for value in r.get("country"):
            if value not in countries:
                errors.append("organizations: %s: country=%s unknown" % (r.id, value))
        types = r.get("type")
        if len(types) != 1 or types[0] not in ORG_TYPES:
            errors.append("organizations: %s: type must be one of %s" % (r.id, sorted(ORG_TYPES)))
        if r.id != slug(r.id):
            errors.append("organizations: %s: id is not a slug" % r.id)
    for r in files["people.tsv"]:
        if r.id != slug(r.name):
            errors.append("people: %s: id is not the slug of the name (%s)" % (r.id, slug(r.name)))
        for value in r.get("country"):
            if value not in countries:
                errors.append("people: %s: country=%s unknown" % (r.id, value))
        if r.get("gender") not in (["f"], ["m"]):
            errors.append("people: %s: gender must be f or m" % r.id)
        for office in r.get("office"):
            parts = office.split(":")
            if len(parts) != 4:
                errors.append("people: %s: office %r needs 4 ':'-parts" % (r.id, office))
                continue
            where, kind, start, end = parts
            if where not in countries and where not in orgs:
                errors.append("people: %s: office place %s is neither a country nor an organization" % (r.id, where))
            if kind not in titles:
                errors.append("people: %s: office type %s not in titles" % (r.id, kind))
            s = parse_date(start, False)
            e = parse_date(end, True) if end else None
            if s is None:
                errors.append("people: %s: bad start date %r" % (r.id, start))
            if end and e is None:
                errors.append("people: %s: bad end date %r" % (r.id, end))
            if s and e and e < s:
                errors.append("people: %s: office ends before it starts: %s" % (r.id, office))
            if s and s > datetime.date.today():
                errors.append("people: %s: office starts in the future: %s" % (r.id, office))
    for r in files["ministries.tsv"]:
        for key in ("title", "spokesperson"):
            for value in r.get(key):
                if value not in titles:
                    errors.append("ministries: %s: %s=%s not in titles" % (r.id, key, value))
    for r in files["titles.tsv"]:
        for key in ("honorific", "generic", "leader"):
            if r.get(key) not in ([], ["yes"]):
                errors.append("titles: %s: %s must be yes" % (r.id, key))

    # one surface form -> one entity (countries, organizations, people, nonentities)
    owners = defaultdict(set)
    for fname in ("countries.tsv", "organizations.tsv", "people.tsv"):
        for r in files[fname]:
            kind = r.kind
            forms = [(r.name, "name")] + [(v, key) for key in SURFACE_KEYS[kind] for v in r.get(key)]
            for form, key in forms:
                owners[surface_key(form, key)].add("%s:%s" % (kind, r.id))
    for r in files["nonentities.tsv"]:
        owners[surface_key(r.name)].add("nonentity:%s" % r.id)
    for r in files["ministries.tsv"]:
        for form in r.get("word"):
            owners[surface_key(form)].add("ministry:%s" % r.id)
    allowed = {surface_key(k): v for k, v in ambiguous.items()}
    for form, who in sorted(owners.items()):
        if len(who) > 1:
            if form in allowed:
                warnings.append("ambiguous (allowed): %r -> %s: %s" % (form, ", ".join(sorted(who)), allowed[form]))
            else:
                errors.append("surface form %r belongs to %s" % (form, ", ".join(sorted(who))))
    for form in allowed:
        if len(owners.get(form, ())) < 2 and form not in CONTAINMENT_NOTES:
            warnings.append("ambiguous allow-list entry %r is no longer ambiguous" % form)

    # aliases that are ordinary lower-case English words (optional: needs /usr/share/dict/words)
    if words is not None:
        for fname in ("countries.tsv", "organizations.tsv", "people.tsv"):
            for r in files[fname]:
                forms = [r.name] + [v for key in SURFACE_KEYS[r.kind] for v in r.get(key)
                                    if key != "acronym"]
                for form in forms:
                    bare = re.sub(r"(?i)^the ", "", form)
                    if is_case_sensitive_acronym(bare) or " " in bare:
                        continue
                    if bare.lower() in words and bare.lower() not in COMMON_WORD_OK:
                        errors.append("%s: %s: %r is also an ordinary English word; "
                                      "add it to COMMON_WORD_OK if intended" % (fname, r.id, form))
    return errors, warnings


# Countries (territories) for which no demonym is written, deliberately.
NO_DEMONYM_OK = {"ATF", "BVT", "HMD", "IOT", "UMI", "ATA", "SGS", "CCK", "CXR", "NFK", "PCN",
                 "BES", "SJM", "ALA", "MAF", "SXM", "VGB", "VIR", "TKL", "WLF", "SPM", "SHN",
                 "CUW", "BLM", "MNP", "GUM", "ASM", "FLK", "ESH", "MYT", "REU", "GLP", "MTQ",
                 "GUF", "PYF", "NCL", "TCA", "MSR", "AIA", "CYM", "BMU", "GIB", "IMN", "JEY",
                 "GGY", "FRO", "GRL", "ABW", "COK", "NIU", "PRI", "MAC", "HKG", "VAT", "XKX"}

# Ordinary English words that we knowingly keep as names (checked against the dict words list).
COMMON_WORD_OK = {
    "chad", "jordan", "turkey", "china", "guinea", "georgia", "niger", "cuba", "peru", "mali", "emirates",
    "togo", "panama", "jersey", "guernsey", "monaco", "malta", "japan", "america", "wales",
    "congress", "senate", "pentagon", "quad", "hamas", "taliban", "reuters", "politico",
    "interpol", "mossad", "likud", "labour", "tories", "tory", "fatah", "kremlin", "duma",
    "knesset", "bundestag", "reform", "sputnik", "commons", "democrats", "republicans",
    "republican", "democrat", "conservatives", "greenland", "iceland", "ireland", "holland",
    "india", "samoa", "tonga", "oman", "benin", "gabon", "kenya", "nepal", "laos", "fiji",
    "haiti", "chile", "brazil", "canada", "france", "germany", "italy", "spain", "sweden",
    "norway", "finland", "poland", "israel", "egypt", "iran", "iraq", "syria", "libya",
    "yemen", "qatar", "russia", "britain", "mexico", "sudan", "uganda", "angola", "zambia",
    "bolivia", "guam", "aruba", "nauru", "palau", "tuvalu", "dominica", "grenada", "jamaica",
    "barbados", "bermuda", "cyprus", "kosovo", "scotland", "paris", "london", "moscow",
    "havana", "china", "madrid", "cairo", "berlin", "rome", "lima", "washington", "bern",
    "tokyo", "kabul", "baghdad", "geneva", "dublin", "warsaw", "athens", "vienna",
    "afghan", "afghans", "french", "morocco", "wellington", "muscat", "polish", "guardian",
    "telegraph", "google",
}

# Surface forms that are part of a longer name (resolved by longest match), recorded as notes.
CONTAINMENT_NOTES = set()


def containment_notes(files):
    """Capitals and country names contained in organization names (longest match decides)."""
    notes = []
    org_forms = []
    for r in files["organizations.tsv"]:
        for form in [r.name] + r.get("alias"):
            org_forms.append((form, r.id))
    for r in files["countries.tsv"]:
        for cap in r.get("capital"):
            hits = sorted({oid for form, oid in org_forms
                           if re.search(r"\b%s\b" % re.escape(cap), form) and form != cap})
            if hits:
                notes.append("note: capital %r (%s) also occurs inside organization names: %s "
                             "(longest match wins)" % (cap, r.id, ", ".join(hits[:6]) + (" …" if len(hits) > 6 else "")))
    return notes


# ----------------------------------------------------------------------------------------
# Main

HEADERS = {
    "countries.tsv": "countries and dependent territories: ISO 3166-1 (Debian iso-codes) + Kosovo; "
                     "news names, aliases, demonyms, capitals used as metonymy, epithets",
    "organizations.tsv": "organizations: intergovernmental bodies, seats of power, national "
                         "government bodies, parties, media, armed groups, companies, NGOs",
    "people.tsv": "people: office-holders 2000-2026 with dated offices (COUNTRY-OR-ORG:OFFICE:START:END)",
    "titles.tsv": "titles and role words; office types used by people.tsv and countries.tsv leader=",
    "ministries.tsv": "ministry kinds: surface words, the office of their minister and spokesperson",
    "nonentities.tsv": "capitalised words and phrases that are never actors",
}


def write_file(path, fname, records, sources):
    lines = [
        "# NewsGraph knowledge base — %s" % HEADERS[fname],
        "# GENERATED by Scripts/knowledge/build_knowledge.py from %s. Do not edit by hand:" % sources,
        "# change Scripts/knowledge/curated/ and rerun the script. Format: ../README.md",
        "# KIND<TAB>ID<TAB>CANONICAL NAME<TAB>key=value|value…",
    ]
    for record in sorted(records, key=lambda r: r.id):
        lines.append(format_record(record))
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")


def load_words():
    path = "/usr/share/dict/words"
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as handle:
        # only words listed in lower case (proper nouns are capitalised in the list)
        return {w.strip() for w in handle if w.strip() and w.strip().islower() and "'" not in w}


def read_ambiguous():
    result = OrderedDict()
    path = os.path.join(CURATED, "ambiguous.tsv")
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            form, _, reason = line.partition("\t")
            result[form.strip()] = reason.strip()
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iso", default=DEFAULT_ISO)
    parser.add_argument("--phoenix", default=None)
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--review", default=None,
                        help="write Phoenix aliases that were not taken to this file (review aid)")
    parser.add_argument("--check", action="store_true", help="only validate the Data files in --out")
    parser.add_argument("--check-user", nargs="+", metavar="FILE",
                        help="validate user knowledge files (as passed to newsgraph --knowledge) "
                             "together with the built-in Data files")
    args = parser.parse_args()

    ambiguous = read_ambiguous()
    words = load_words()
    if args.check or args.check_user:
        files = OrderedDict((f, read_tsv(os.path.join(args.out, f), k)) for f, k in FILES.items())
        for path in args.check_user or []:
            merge_user_file(files, path)
        return report(files, ambiguous, words if not args.check_user else None, {}, [])

    phoenix = args.phoenix
    if phoenix is None:
        phoenix = next((p for p in DEFAULT_PHOENIX_CANDIDATES
                        if os.path.exists(os.path.join(p, "Phoenix.Countries.actors.txt"))), None)
        if phoenix is None:
            raise SystemExit("Phoenix dictionaries not found; pass --phoenix DIR")

    review = []
    notes = []
    countries, phoenix_country_stats = build_countries(args.iso, phoenix, review)

    def curated(name, kind):
        return read_tsv(os.path.join(CURATED, name), kind)

    orgs = curated("organizations.tsv", "organization")
    for record in orgs:
        dedupe_surfaces(record, ["alias"])
    people = OrderedDict((r.id, r) for r in curated("people.tsv", "person"))
    people_notes = []
    people_stats = crosscheck_people(people, phoenix, people_notes)
    review.append("# Phoenix office-holder ranges since 2000 that overlap no curated office "
                  "(usually other cabinet posts we do not list)")
    review.extend(people_notes)
    titles = curated("titles.tsv", "title")
    ministries = curated("ministries.tsv", "ministry")
    nonentities = []
    taken = set()
    for form in read_list(os.path.join(CURATED, "nonentities.txt")):
        ident, n = slug(form), 1
        while ident in taken:  # "What's next" and "What’s next" share a slug
            n += 1
            ident = "%s-%d" % (slug(form), n)
        taken.add(ident)
        nonentities.append(Record("nonentity", ident, form, "nonentities.txt"))

    files = OrderedDict([
        ("countries.tsv", list(countries.values())),
        ("organizations.tsv", orgs),
        ("people.tsv", list(people.values())),
        ("titles.tsv", titles),
        ("ministries.tsv", ministries),
        ("nonentities.tsv", nonentities),
    ])
    sources = {
        "countries.tsv": "Debian iso-codes (ISO 3166-1), Phoenix.Countries.actors.txt (MIT) and curated/countries.tsv",
        "organizations.tsv": "curated/organizations.tsv",
        "people.tsv": "curated/people.tsv, spelling variants cross-checked with Phoenix actors (MIT)",
        "titles.tsv": "curated/titles.tsv",
        "ministries.tsv": "curated/ministries.tsv",
        "nonentities.tsv": "curated/nonentities.txt",
    }
    stats = {"Phoenix countries": phoenix_country_stats, "Phoenix people": people_stats}
    if args.review:
        with open(args.review, "w", encoding="utf-8") as handle:
            handle.write("\n".join(review) + "\n")
    status = report(files, ambiguous, words, stats, notes)
    if status != 0:
        return status
    os.makedirs(args.out, exist_ok=True)
    for fname, records in files.items():
        write_file(os.path.join(args.out, fname), fname, records, sources[fname])
    # round trip: what we wrote reads back identically
    for fname, kind in FILES.items():
        back = read_tsv(os.path.join(args.out, fname), kind)
        if [format_record(r) for r in back] != [format_record(r) for r in sorted(files[fname], key=lambda r: r.id)]:
            print("error: %s does not read back identically" % fname, file=sys.stderr)
            return 1
    print("wrote %s" % os.path.relpath(args.out, os.getcwd()))
    return 0


def merge_user_file(files, path):
    """Adds a user file's records the way the loader does: a record whose kind and id exist
    extends the existing one, others are new. Kinds this build does not produce are skipped."""
    by_kind = {kind: fname for fname, kind in FILES.items()}
    for record in read_tsv(path):
        fname = by_kind.get(record.kind)
        if fname is None:
            print("note: %s: kind %r is not checked here" % (record.origin, record.kind))
            continue
        existing = next((r for r in files[fname] if r.id == record.id), None)
        if existing is None:
            files[fname].append(record)
            continue
        for key, values in record.keys.items():
            for value in values:
                existing.add(key, value)


def report(files, ambiguous, words, stats, notes):
    errors, warnings = validate(files, ambiguous, words)
    for group, values in stats.items():
        for key in sorted(values):
            print("%s: %s: %d" % (group, key, values[key]))
    for line in notes + containment_notes(files):
        print(line)
    for line in warnings:
        print("warning: " + line)
    for line in errors:
        print("error: " + line, file=sys.stderr)
    for fname, records in files.items():
        print("%-18s %5d records" % (fname, len(records)))
    if words is None:
        print("note: common-word check skipped (needs /usr/share/dict/words from the apt package "
              "wamerican; never run with --check-user)")
    if errors:
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("self-check passed (%d warnings)" % len(warnings))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BuildError as exc:
        print("error: %s" % exc, file=sys.stderr)
        sys.exit(1)
