#!/usr/bin/env python3
"""Derives data/wordfreq/ru.txt (how often running Russian text uses each word, which the text
repair weighs joined words by) from the word frequencies the `wordfreq` package ships, at
development time.

wordfreq (PyPI, version 3.1.1) holds, per language, lists of words bucketed by frequency in steps
of a hundredth of a Zipf unit (Zipf = log10 of the uses per billion words). The script reads its
large Russian list, keeps lowercase words written in the Russian alphabet (a hyphen between letters
allowed) used at least MIN_ZIPF, and writes them most frequent first, each bucket opened by a line
`@Z` (Z the Zipf value times 100). Needs the `msgpack` package and wordfreq's wheel (`pip download
wordfreq==3.1.1 --no-deps` will do; it need not be installed).

Run from the repository root:
    python3 scripts/derive_word_freq.py WORDFREQ_WHEEL
"""
import gzip
import io
import re
import sys
import zipfile

import msgpack

MIN_ZIPF = 2.0
RUSSIAN = re.compile(r"^[а-яё]+(-[а-яё]+)*$")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with zipfile.ZipFile(sys.argv[1]) as wheel:
        packed = wheel.read("wordfreq/data/large_ru.msgpack.gz")
    header, *buckets = msgpack.unpack(io.BytesIO(gzip.decompress(packed)), raw=False)
    if header.get("format") != "cB":
        sys.exit(f"unexpected wordfreq format: {header}")
    lines = []
    for centibels, words in enumerate(buckets):
        zipf100 = 900 - centibels
        if zipf100 < MIN_ZIPF * 100:
            break
        kept = sorted(w for w in words if RUSSIAN.match(w))
        if kept:
            lines.append(f"@{zipf100}")
            lines.extend(kept)
    with open("data/wordfreq/ru.txt", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{sum(not l.startswith('@') for l in lines)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
