#!/usr/bin/env python3
"""Word accuracy of `trilingua normalize` on NTREX-128 sentences damaged by a generator written apart
from the repair's own (src/normalize/damage.rs), to see the repair hold on damage it was not built
against: syllables cut by another rule (a lone consonant goes with the next vowel, two consonants
split, and vowels side by side split too, so lone vowels stand at word edges), line-break hyphens at
any letter of a word, and each mode's extra damage.

Run from the repository after `cargo build --release`:

    python3 benches/other_damage.py kk plain [SEED] [--lines 1000:1997] [--show N]
    python3 benches/other_damage.py kk plain [SEED] --file corpus/udhr-1948.kk.txt

`--file` damages a whole document's paragraphs instead, and compares the repair with the file's
words as written (the UDHR is held out too). `--alone` repairs each line (or paragraph) as a
document of its own, as a user repairing one damaged sentence does: the repair then reads the
kind of damage from that sentence alone.

Modes: plain (nine words in ten of four letters or more split), light (two in five), lookalike
(plain, and one Cyrillic letter in twelve that has a Latin twin typed as it), soft (plain, and soft
hyphens inside words), nbsp (plain, and no-break spaces), crlf (plain, Windows line ends), caps
(plain on the lines put in capitals, as headings are: nothing tells names or acronyms), capsclean
(the lines in capitals, wrapped with line-break hyphens and not split), ruletters (Kazakh lines
written with Russian letters for Kazakh's own, as a keyboard without them types, wrapped and not
split; compared with the lines so written), mixed (a bilingual document: Kazakh and Russian lines in
turn, four to a paragraph with no blank line between, each damaged as plain; the words of each
language are counted apart, whichever LANG is given).
Lines 1001-1997 are held out (the default); 701-1000 are the ones the repair was tuned on.
"""
import argparse
import concurrent.futures
import difflib
import os
import pathlib
import random
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = {"kk": "newstest2019-ref.kaz.txt", "ru": "newstest2019-ref.rus.txt"}
VOWELS = set("аеёиоуыэюяәөұүіАЕЁИОУЫЭЮЯӘӨҰҮІ")
RUSSIAN_LETTERS = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
TWINS = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A",
         "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
         "Т": "T", "Х": "X", "і": "i", "І": "I"}


def cyrillic(word):
    return any("\u0400" <= c <= "\u04ff" for c in word)


def cuts(word):
    """Where `word` may be cut between syllables."""
    vowels = [i for i, c in enumerate(word) if c in VOWELS]
    out = []
    for a, b in zip(vowels, vowels[1:]):
        cluster = b - a - 1
        c = a + 1 if cluster == 0 else b - 1 if cluster <= 2 else a + 2
        while c < b and word[c] in "ьъйЬЪЙ":
            c += 1
        if 0 < c < len(word):
            out.append(c)
    return out


def damage(line, mode, rnd, twins):
    words = []
    for w in line.split(" "):
        if (mode not in ("capsclean", "ruletters") and cyrillic(w) and len(w) >= 4
                and rnd.random() < (0.4 if mode == "light" else 0.9)):
            pre, core, post = re.match(r"^(\W*)(.*?)(\W*)$", w).groups()
            if core and (mode == "caps" or not core.isupper()):
                last, parts = 0, []
                for c in cuts(core):
                    if rnd.random() < 0.85:
                        parts.append(core[last:c])
                        last = c
                parts.append(core[last:])
                parts[0] = pre + parts[0]
                parts[-1] += post
                w = " ".join(parts)
        if mode == "lookalike" and cyrillic(w):
            w = "".join(TWINS[c] if c in TWINS and twins.random() < 0.08 else c for c in w)
        if mode == "soft" and cyrillic(w) and len(w) > 5 and rnd.random() < 0.2:
            i = rnd.randrange(2, len(w) - 2)
            if w[i - 1].isalpha() and w[i].isalpha():
                w = w[:i] + "\u00ad" + w[i:]
        words.append(w)
    # Lines of about 55 characters; a piece crossing the end is cut at any letter with a hyphen
    # half the time.
    out, cur = [], ""
    for p in " ".join(words).split(" "):
        if cur and len(cur) + 1 + len(p) > 55:
            if len(p) >= 4 and p.isalpha() and rnd.random() < 0.5:
                k = rnd.randrange(2, len(p) - 1)
                out.append(cur + " " + p[:k] + "-")
                cur = p[k:]
            else:
                out.append(cur)
                cur = p
        else:
            cur = cur + " " + p if cur else p
    out.append(cur)
    if mode == "nbsp":
        out = [l.replace(" ", "\u00a0", 1) if rnd.random() < 0.3 else l for l in out]
    return ("\r\n" if mode == "crlf" else "\n").join(out)


def right_words(reference, repaired):
    a, b = reference.split(), repaired.split()
    blocks = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks), len(a)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lang", choices=SOURCES)
    ap.add_argument("mode", choices=["plain", "light", "lookalike", "soft", "nbsp", "crlf", "caps",
                                     "capsclean", "ruletters", "mixed"])
    ap.add_argument("seed", nargs="?", type=int, default=1)
    ap.add_argument("--lines", default="1000:1997", help="0-based FROM:TO of the NTREX lines")
    ap.add_argument("--show", type=int, default=0, help="print the missed words of N lines")
    ap.add_argument("--damaged", action="store_true", help="with --show, print each damaged line too")
    ap.add_argument("--bin", default=str(ROOT / "target/release/trilingua"))
    ap.add_argument("--file", help="damage this document's paragraphs rather than NTREX lines")
    ap.add_argument("--alone", action="store_true",
                    help="repair each line as a document of its own, not all of them as one")
    args = ap.parse_args()
    if args.mode == "mixed":
        return mixed(args)
    if args.file:
        text = pathlib.Path(args.file).read_text(encoding="utf-8")
        lines = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n")]
    else:
        start, end = (int(x) for x in args.lines.split(":"))
        text = (ROOT / "data/ntrex" / SOURCES[args.lang]).read_text(encoding="utf-8")
        lines = [" ".join(l.split()) for l in text.splitlines()[start:end]]
    lines = [l for l in lines if l]
    if args.mode.startswith("caps"):
        lines = [l.upper() for l in lines]
    if args.mode == "ruletters":
        lines = [l.translate(RUSSIAN_LETTERS) for l in lines]
    rnd, twins = random.Random(args.seed), random.Random(args.seed + 100)
    damaged = [damage(l, args.mode, rnd, twins) for l in lines]
    nl = "\r\n" if args.mode == "crlf" else "\n"
    source = (nl + nl).join(damaged) + nl

    def repair(text):
        return subprocess.run([args.bin, "normalize", "-"], input=text.encode(),
                              capture_output=True, check=True).stdout.decode()

    if args.alone:
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            outs = pool.map(repair, (d + nl for d in damaged))
            paragraphs = [o.replace("\r\n", "\n").strip("\n") for o in outs]
    else:
        paragraphs = repair(source).replace("\r\n", "\n").split("\n\n")
    if len(paragraphs) != len(lines):
        # The repair read some paragraphs as one (a paragraph opening in lowercase after a blank
        # line goes on the one before, as a page break cuts it: the UDHR's preamble in Russian):
        # the words are compared over the whole text.
        r, t = right_words(" ".join(lines), " ".join(paragraphs).replace("\n", " "))
        b = right_words(" ".join(lines), " ".join(damaged).replace("\n", " "))[0]
        print(f"{args.lang} {args.mode} seed {args.seed}: {r / t * 100:.2f}% of {t} words right "
              f"(damaged: {b / t * 100:.1f}%; {len(lines)} paragraphs came out as "
              f"{len(paragraphs)}, compared as one text)")
        return
    right = total = before = 0
    missed = []
    for ref, rep, dam in zip(lines, paragraphs, damaged):
        r, t = right_words(ref, rep.replace("\n", " "))
        right, total = right + r, total + t
        before += right_words(ref, dam.replace("\n", " "))[0]
        if r < t:
            missed.append((ref.split(), rep.split(), dam))
    alone = ", each line alone" if args.alone else ""
    print(f"{args.lang} {args.mode} seed {args.seed}{alone}: {right / total * 100:.2f}% of {total} words "
          f"right (damaged: {before / total * 100:.1f}%)")
    for want, got, dam in missed[: args.show]:
        print("  want", [w for w in want if w not in got], " got", [w for w in got if w not in want])
        if args.damaged:
            print("  from", repr(dam))


def mixed(args):
    """The `mixed` mode: Kazakh line i and Russian line i + 1 in turn, four lines a paragraph."""
    start, end = (int(x) for x in args.lines.split(":"))
    read = lambda lang: [" ".join(l.split()) for l in (ROOT / "data/ntrex" / SOURCES[lang])
                         .read_text(encoding="utf-8").splitlines()[start:end]]
    kk, ru = read("kk"), read("ru")
    sentences = []
    for i in range(0, len(kk) - 1, 2):
        sentences += [("kk", kk[i]), ("ru", ru[i + 1])]
    rnd, twins = random.Random(args.seed), random.Random(args.seed + 100)
    damaged = [(lang, line, damage(line, "plain", rnd, twins)) for lang, line in sentences]
    paragraphs = [damaged[i:i + 4] for i in range(0, len(damaged), 4)]
    source = "\n\n".join("\n".join(d for _, _, d in p) for p in paragraphs) + "\n"
    out = subprocess.run([args.bin, "normalize", "-"], input=source.encode(),
                         capture_output=True, check=True).stdout.decode().split("\n\n")
    assert len(out) == len(paragraphs), (len(out), len(paragraphs))
    right, total = {"kk": 0, "ru": 0}, {"kk": 0, "ru": 0}
    for p, o in zip(paragraphs, out):
        ref, langs = [], []
        for lang, line, _ in p:
            ref += line.split()
            langs += [lang] * len(line.split())
        blocks = difflib.SequenceMatcher(a=ref, b=o.split(), autojunk=False).get_matching_blocks()
        matched = {k for b in blocks for k in range(b.a, b.a + b.size)}
        for k, lang in enumerate(langs):
            total[lang] += 1
            right[lang] += k in matched
    print(f"mixed seed {args.seed}: " + ", ".join(
        f"{lang} {right[lang] / total[lang] * 100:.2f}% of {total[lang]} words right"
        for lang in ("kk", "ru")))


if __name__ == "__main__":
    main()
