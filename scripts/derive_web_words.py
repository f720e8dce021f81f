#!/usr/bin/env python3
"""Derives data/tessdata/kk.words.txt and ru.words.txt (the web word lists the text repair weighs
joined words by) from Tesseract's tessdata_fast models for Kazakh and Russian, at development time.

Each model holds a word list (a DAWG) built from web text. The script unpacks it with Tesseract's
own tools, lowercases every word, keeps words of three letters or more written in the language's
alphabet only, and writes them sorted, one per line. Needs Debian's packages tesseract-ocr (for
combine_tessdata and dawg2wordlist) and tesseract-ocr-kaz and tesseract-ocr-rus (for the models;
`apt-get download` and `dpkg-deb -x` will do without installing them).

Run from the repository root:
    python3 scripts/derive_web_words.py [KAZ_TRAINEDDATA RUS_TRAINEDDATA]
"""
import glob
import os
import subprocess
import sys
import tempfile

RU = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
KK = RU | set("әөүұқғңһі")


def find(name):
    hits = sorted(glob.glob(f"/usr/share/tesseract-ocr/*/tessdata/{name}.traineddata"))
    if not hits:
        sys.exit(f"no {name}.traineddata: install tesseract-ocr-{name} or give its path")
    return hits[-1]


def words(traineddata, code):
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, code + ".")
        subprocess.run(
            ["combine_tessdata", "-u", traineddata, prefix], check=True, capture_output=True
        )
        out = os.path.join(tmp, "words.txt")
        subprocess.run(
            ["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
            check=True,
            capture_output=True,
        )
        with open(out, encoding="utf-8") as f:
            return [w.strip() for w in f]


def main():
    paths = sys.argv[1:3] if len(sys.argv) >= 3 else [find("kaz"), find("rus")]
    for (lang, code, alphabet), path in zip(
        [("kk", "kaz", KK), ("ru", "rus", RU)], paths
    ):
        kept = sorted(
            {
                w.lower()
                for w in words(path, code)
                if len(w) >= 3 and all(c in alphabet for c in w.lower())
            }
        )
        with open(f"data/tessdata/{lang}.words.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(kept) + "\n")
        print(f"{lang}: {len(kept)} words from {path}")


if __name__ == "__main__":
    main()
