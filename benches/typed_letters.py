#!/usr/bin/env python3
"""How many Kazakh words typed with Russian letters in place of Kazakh's own (`кұқығы`, `жылдын`,
`ушін`), as a keyboard or a font without them writes, `trilingua normalize` gives their letters
back, and how many other words it changes, on held-out NTREX-128 lines.

Run from the repository after `cargo build --release`:

    python3 benches/typed_letters.py [--share 0.05] [--seeds 1 2] [--lines 1001:1997]

In each line, a share of the words that hold a Kazakh letter get one of them (or, half the time,
two) typed as its Russian look-alike; the lines are repaired as one document (`normalize
--keep-lines`). A typed word counts as restored where it comes back as the line had it; the other
words are compared with the repair of the undamaged lines, so that a misspelling the repair mends
in the reference itself does not count as a change.
"""
import argparse
import pathlib
import random
import subprocess
import tempfile

RUSSIAN = {'қ': 'к', 'ң': 'н', 'ғ': 'г', 'ү': 'у', 'ұ': 'у', 'ө': 'о', 'ә': 'а', 'і': 'и', 'һ': 'х'}
RUSSIAN.update({k.upper(): v.upper() for k, v in list(RUSSIAN.items())})


def normalize(binary, lines):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
        f.write('\n'.join(lines) + '\n')
    out = subprocess.run([binary, 'normalize', '--keep-lines', f.name],
                         capture_output=True, text=True, check=True).stdout
    pathlib.Path(f.name).unlink()
    return out.split('\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--share', type=float, nargs='+', default=[0.05, 0.2])
    ap.add_argument('--seeds', type=int, nargs='+', default=[1, 2])
    ap.add_argument('--lines', default='1001:1997')
    ap.add_argument('--binary', default='target/release/trilingua')
    args = ap.parse_args()
    first, last = (int(n) for n in args.lines.split(':'))
    text = pathlib.Path('data/ntrex/newstest2019-ref.kaz.txt').read_text().split('\n')
    lines = [l.strip() for l in text[first - 1:last]]
    from_clean = normalize(args.binary, lines)
    for share in args.share:
        for seed in args.seeds:
            rng = random.Random(seed)
            typed = []
            for line in lines:
                words = []
                for w in line.split(' '):
                    places = [i for i, c in enumerate(w) if c in RUSSIAN]
                    if places and rng.random() < share:
                        k = 2 if len(places) > 1 and rng.random() < 0.5 else 1
                        chosen = set(rng.sample(places, k))
                        w = ''.join(RUSSIAN[c] if i in chosen else c for i, c in enumerate(w))
                    words.append(w)
                typed.append(' '.join(words))
            got = normalize(args.binary, typed)
            damaged = restored = other = changed = apart = 0
            for ref, t, rc, rt in zip(lines, typed, from_clean, got):
                ref, t, rc, rt = ref.split(' '), t.split(' '), rc.split(' '), rt.split(' ')
                if not len(ref) == len(rc) == len(rt):
                    apart += 1
                    continue
                for r, d, c, g in zip(ref, t, rc, rt):
                    if r != d:
                        damaged += 1
                        restored += g == c
                    else:
                        other += 1
                        changed += g != c
            print(f'share {share} seed {seed}: {restored} of {damaged} typed words restored '
                  f'({100 * restored / damaged:.1f}%), {changed} of {other} other words changed '
                  f'({apart} lines left out: the repair parts or joins words of their own)')


if __name__ == '__main__':
    main()
