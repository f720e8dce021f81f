#!/usr/bin/env python3
"""Derives data/langdata/kk.bigrams.txt (how often running Kazakh text uses each pair of words side
by side, by rank, which the text repair weighs two words kept apart by) from Tesseract's Kazakh
word bigram list, at development time.

Tesseract's `langdata` repository (https://github.com/tesseract-ocr/langdata, Apache-2.0) holds
`kaz/kaz.word.bigrams`: pairs of web text's tokens as written (capitals and punctuation attached,
digits written `?`), one pair per line, most frequent first. It gives ranks, not counts; as for
the word list (scripts/derive_kk_freq.py), a pair of rank r is read as used about 10^8 / r times
per billion tokens. The script lowercases both tokens of each pair, strips the punctuation around
them, keeps the pairs whose two tokens are written in the Kazakh alphabet (a hyphen between letters
allowed), adds up the uses of the pairs that become the same (`Әр түрлі`, `әр түрлі`), and writes
the pairs most frequent first, each bucket of a hundredth of a Zipf unit opened by a line `@Z` (Z
the Zipf value times 100), the format of data/langdata/kk.txt.

Run from the repository root, with the bigram list at hand:
    python3 scripts/derive_kk_bigrams.py kaz.word.bigrams
"""
import sys
from collections import defaultdict

from derive_kk_freq import fold, write_ranked


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().split("\n")
    uses = defaultdict(float)
    for rank, line in enumerate(lines, 1):
        tokens = line.split(" ")
        if len(tokens) != 2:
            continue
        words = [fold(t) for t in tokens]
        if all(words):
            uses[" ".join(words)] += 1e8 / rank
    write_ranked(uses, "data/langdata/kk.bigrams.txt")
    print(f"{len(lines)} lines, {len(uses)} pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
