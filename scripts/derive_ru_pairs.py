#!/usr/bin/env python3
"""Derives data/gbooks/ru.pairs.txt (how often running Russian text writes two words side by side,
which the text repair weighs a pair kept apart by) from the cleaned Google Books n-gram lists of
orgtre/google-books-ngram-frequency, at development time.

That repository (CC BY 3.0) lists the 5,000 most frequent Russian 2-grams and the 10,000 most
frequent 1-grams of the Google Books Ngram corpus (version 20200217), books of 2010-2019, each with
its count. The script lowercases the pairs, keeps those whose two words are written in the Russian
alphabet (a hyphen between letters allowed), adds up the counts of pairs that fold together, and
puts each count on the Zipf scale of data/wordfreq/ru.txt: log10 of the count plus the offset that
takes the 1-grams' counts to wordfreq's Zipf values (the median over the words both lists hold).
The pairs are written most frequent first, each bucket of a hundredth of a Zipf unit opened by a
line `@Z` (Z the Zipf value times 100), the format of data/langdata/kk.bigrams.txt.

Run from the repository root, with the two CSV files (`ngrams/2grams_russian.csv`, and at least the
first few hundred lines of `ngrams/1grams_russian.csv`):
    python3 scripts/derive_ru_pairs.py 2GRAMS_CSV 1GRAMS_CSV
"""
import csv
import math
import re
import statistics
import sys
from collections import defaultdict

RUSSIAN = re.compile(r"^[а-яё]+(-[а-яё]+)*$")
# Words for the calibration: frequent enough that both lists count them well.
CALIBRATION_WORDS = 500


def wordfreq_zipf():
    zipf, table = 0, {}
    with open("data/wordfreq/ru.txt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("@"):
                zipf = int(line[1:]) / 100
            elif line:
                table[line] = zipf
    return table


def counts(path):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield row["ngram"], int(row["freq"])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    zipf = wordfreq_zipf()
    offsets = []
    for word, n in counts(sys.argv[2]):
        word = word.lower()
        if RUSSIAN.match(word) and word in zipf:
            offsets.append(zipf[word] - math.log10(n))
            if len(offsets) == CALIBRATION_WORDS:
                break
    offset = statistics.median(offsets)
    pairs = defaultdict(int)
    for ngram, n in counts(sys.argv[1]):
        words = ngram.lower().split(" ")
        if len(words) == 2 and all(RUSSIAN.match(w) for w in words):
            pairs[" ".join(words)] += n
    buckets = defaultdict(list)
    for pair, n in pairs.items():
        buckets[round(100 * (math.log10(n) + offset))].append(pair)
    lines = []
    for z in sorted(buckets, reverse=True):
        lines.append(f"@{z}")
        lines.extend(sorted(buckets[z]))
    with open("data/gbooks/ru.pairs.txt", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(
        f"{len(pairs)} pairs; Zipf offset {offset:.3f} from {len(offsets)} words; "
        f"{max(buckets) / 100:.2f} to {min(buckets) / 100:.2f}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
