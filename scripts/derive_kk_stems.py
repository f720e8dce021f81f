#!/usr/bin/env python3
"""Derives data/kk/stems.txt (the Kazakh stem list trilingua's stemmer consults) from the hunspell
kk word list data/dicts/kk_KZ.dic, at development time: affix flags are dropped, and entries that
are plainly an inflected form of another entry (a known word followed by a plural, genitive,
dative, locative, ablative or instrumental ending, such as `халықтардың`) are left out, since the
stemmer reaches their stem anyway. Run from the repository root: python3 scripts/derive_kk_stems.py
"""
import re

ENDINGS = sorted(
    {
        s
        for pair in [
            "лар лер дар дер тар тер",
            "ның нің дың дің тың тің",
            "ға ге қа ке",
            "дан ден тан тен нан нен",
            "мен бен пен",
            "дағы дегі тағы тегі",
        ]
        for s in pair.split()
    },
    key=len,
    reverse=True,
)
CASE_AFTER_PLURAL = ["", "ы", "і", "ын", "ін", "ға", "ге", "да", "де", "дың", "дің", "ды", "ді", "ның", "нің"]


def main():
    words = []
    with open("data/dicts/kk_KZ.dic", encoding="utf-8-sig") as f:
        next(f)  # the entry count
        for line in f:
            w = line.strip().split("/")[0].lower()
            if w and re.fullmatch(r"[а-яёәғқңөұүһі]+", w):
                words.append(w)
    known = set(words)
    kept = []
    for w in sorted(known):
        inflected = False
        for end in ENDINGS:
            for tail in CASE_AFTER_PLURAL if end[-1] == "р" else [""]:
                suffix = end + tail
                stem = w[: -len(suffix)]
                if w.endswith(suffix) and len(stem) >= 2 and stem in known:
                    inflected = True
                    break
            if inflected:
                break
        if not inflected:
            kept.append(w)
    with open("data/kk/stems.txt", "w", encoding="utf-8") as out:
        out.write("\n".join(kept) + "\n")
    print(f"{len(known)} words, {len(kept)} stems kept")


main()
