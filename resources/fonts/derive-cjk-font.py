#!/usr/bin/python3
"""Derives the font Linli prints with from a Noto CJK collection's Simplified Chinese face.

Noto CJK maps the Kangxi and CJK radicals, the compatibility ideographs and a few variants
(戶 beside 户) to the very glyphs of the ideographs. A PDF writer that maps a glyph back to a
character takes the lowest code point of that glyph, so the text of a PDF read 人民 as ⼈⺠.
Here every code point below the one Chinese text uses for a shared glyph leaves the character
map: a GB 2312 character where the glyph has one, else the lowest that is neither a radical nor
a compatibility ideograph. The family is renamed (Noto → Linli), as the font's licence (SIL OFL
1.1) asks of a changed font, and so that it never stands in for the system's Noto.

    derive-cjk-font.py COLLECTION.ttc OUT.otf
"""
import sys
from collections import defaultdict

from fontTools.ttLib import TTCollection

RADICALS = range(0x2E80, 0x2FE0)
COMPATIBILITY = range(0xF900, 0xFB00)
# Name records that carry the family's name (not its copyright or licence).
NAMING = {1, 3, 4, 6, 16, 17, 18, 20, 21, 22}


def is_gb2312(code):
    if code < 0x80:
        return False
    try:
        chr(code).encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def preferred(codes):
    chinese = [c for c in codes if is_gb2312(c)]
    if chinese:
        return min(chinese)
    plain = [c for c in codes if c not in RADICALS and c not in COMPATIBILITY]
    return min(plain) if plain else None


def derive(collection, out):
    face = next(f for f in TTCollection(collection).fonts
                if f["name"].getDebugName(1).startswith("Noto") and
                "CJK SC" in f["name"].getDebugName(1))
    codes_of = defaultdict(list)
    for code, glyph in face.getBestCmap().items():
        codes_of[glyph].append(code)
    dropped = set()
    for codes in codes_of.values():
        keep = preferred(codes) if len(codes) > 1 else None
        if keep is not None:
            dropped.update(c for c in codes if c < keep)
    for table in face["cmap"].tables:
        if table.format != 14 and table.isUnicode():
            for code in dropped:
                table.cmap.pop(code, None)
    for record in face["name"].names:
        if record.nameID in NAMING:
            record.string = record.toUnicode().replace("Noto", "Linli")
    if "CFF " in face:
        cff = face["CFF "].cff
        cff.fontNames = [name.replace("Noto", "Linli") for name in cff.fontNames]
        for top in cff.topDictIndex:
            for key in ("FamilyName", "FullName"):
                if hasattr(top, key):
                    setattr(top, key, getattr(top, key).replace("Noto", "Linli"))
    face.save(out)
    print(f"{out}: {len(dropped)} code points left out of the character map")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    derive(sys.argv[1], sys.argv[2])
