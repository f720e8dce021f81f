#!/usr/bin/env python3
"""Derives data/kk/stems.txt (the Kazakh stem list trilingua's stemmer consults) from the hunspell
kk word list data/dicts/kk_KZ.dic, at development time: affix flags are dropped, and entries that
are plainly an inflected form of another entry (a known word followed by a plural, genitive,
dative, accusative, locative, ablative, instrumental, first person plural or third person ending, such as `халықтардың`) are left out, since the
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
            "ны ні ды ді ты ті",
            "да де та те",
            "сы сі",
            "ғы гі қы кі",
            "ымыз іміз мыз міз",
        ]
        for s in pair.split()
    },
    key=len,
    reverse=True,
)
VOWELS = set("аәеёиоөуұүыіэюя")
# Two-letter stems ending in a vowel that are words (as in src/lang/kk.rs).
SHORT_VOWEL_STEMS = {"ми", "ру", "су", "ту", "ұя"}


def short_stem_ok(stem):
    """Whether a stem is long enough to count (two letters only if it ends in a consonant)."""
    return len(stem) >= 3 or (len(stem) == 2 and (stem[-1] not in VOWELS or stem in SHORT_VOWEL_STEMS))


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
    third_person = set()  # entries left out as a stem + `-ы/-і`
    for w in sorted(known):
        inflected = False
        for end in ENDINGS:
            for tail in CASE_AFTER_PLURAL if end[-1] == "р" else [""]:
                suffix = end + tail
                stem = w[: -len(suffix)]
                if w.endswith(suffix) and short_stem_ok(stem) and stem in known:
                    inflected = True
                    break
            if inflected:
                break
        # Third person `-ы/-і` after a consonant, with the stem-final alternations undone
        # (`кітабы` ← `кітап`, `халқы` ← `халық`).
        if not inflected and len(w) >= 3 and w[-1] in "ыі" and (w[-2] not in VOWELS or w[-2] in "уи"):
            s = w[:-1]
            high = w[-1]
            devoiced = s[:-1] + {"б": "п", "г": "к", "ғ": "қ"}.get(s[-1], s[-1])
            cands = {s, devoiced, s[:-1] + high + s[-1], devoiced[:-1] + high + devoiced[-1]}
            if any(c in known and short_stem_ok(c) for c in cands):
                inflected = True
                third_person.add(w)
        # A doubled final consonant is an artefact of affix expansion (`мемлекетт`).
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in VOWELS and w[:-1] in known:
            inflected = True
        if not inflected:
            kept.append(w)
    # Accusative `-н` on such a third person form (`саясатын` ← `саясаты` ← `саясат`); only for
    # stems of three letters or more, so that `ойын` (game) is not taken for `ой-ы-н`.
    third_person = {w for w in third_person if len(w) >= 4}
    kept = [w for w in kept if not (w[-1] == "н" and w[:-1] in third_person)]
    with open("data/kk/stems.txt", "w", encoding="utf-8") as out:
        out.write("\n".join(kept) + "\n")
    print(f"{len(known)} words, {len(kept)} stems kept")


main()
