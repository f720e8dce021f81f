#!/usr/bin/env python3
"""Derives data/langdata/kk.txt (how often running Kazakh text uses each word, by rank, which the
text repair weighs joined words by) from Tesseract's Kazakh training word list, at development time.

Tesseract's `langdata` repository (https://github.com/tesseract-ocr/langdata, Apache-2.0) holds
`kaz/kaz.wordlist`: web text's tokens as written (capitals and punctuation attached), one per line,
most frequent first. It gives ranks, not counts; by Zipf's law a token of rank r is used about
10^8 / r times per billion tokens, so its Zipf value (log10 of uses per billion) is 8 - log10(r).
The script reads the first MAX_RANK lines, lowercases each token, strips the punctuation around it,
keeps those written in the Kazakh alphabet (a hyphen between letters allowed), adds up the uses of
the tokens that become the same word (`Бірақ`, `бірақ`, `бірақ,`), and writes the words most
frequent first, each bucket of a hundredth of a Zipf unit opened by a line `@Z` (Z the Zipf value
times 100), as data/wordfreq/ru.txt is written.

Run from the repository root, with the word list (or its first MAX_RANK lines or more) at hand:
    python3 scripts/derive_kk_freq.py kaz.wordlist
"""
import math
import re
import sys
from collections import defaultdict

MAX_RANK = 55_000
KAZAKH = re.compile(r"^[а-яёәғқңөұүһі]+(-[а-яёәғқңөұүһі]+)*$")
PUNCTUATION = "\"'«»“”„()[]{}.,:;!?…—–-/|*+=<>#%&_~`^@$\\"


def fold(token):
    """The Kazakh word a token of the list stands for (lowercased, stripped of the punctuation
    around it), or None where it is no word written in the Kazakh alphabet."""
    word = token.strip().strip(PUNCTUATION).lower()
    return word if KAZAKH.match(word) else None


def write_ranked(uses, path):
    """Writes `uses` (uses per billion by entry) to `path`, most frequent first, each bucket of a
    hundredth of a Zipf unit opened by a line `@Z`."""
    buckets = defaultdict(list)
    for entry, n in uses.items():
        buckets[round(100 * math.log10(n))].append(entry)
    lines = []
    for zipf100 in sorted(buckets, reverse=True):
        lines.append(f"@{zipf100}")
        lines.extend(sorted(buckets[zipf100]))
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        tokens = f.read().split("\n")[:MAX_RANK]
    if len(tokens) < MAX_RANK:
        sys.exit(f"{sys.argv[1]}: {len(tokens)} lines, {MAX_RANK} needed")
    uses = defaultdict(float)
    for rank, token in enumerate(tokens, 1):
        word = fold(token)
        if word:
            uses[word] += 1e8 / rank
    write_ranked(uses, "data/langdata/kk.txt")
    print(f"{len(uses)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
