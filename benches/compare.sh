#!/usr/bin/env bash
# trilingua against the engines a user would pick instead, side by side, in one run on the same corpus
# and query set:
#   - trilingua: `trilingua index` (MB/s, peak RSS), queries in-process (benches/engines.rs), and
#     `trilingua search` as a whole process on the shipped corpus (hyperfine, or a timed loop);
#   - tantivy with its stock analyzers (en_stem, Snowball Russian) on the same passages (benches/engines.rs);
#   - Xapian (Debian's python3-xapian, Snowball) and SQLite FTS5 (porter unicode61) (benches/peers.py).
# A peer that cannot run is skipped with the reason. Everything goes to bench-out/ (git-ignored).
#
# usage: benches/compare.sh [SIZE]      SIZE of the generated corpus, default 50MB (e.g. 5MB, 500MB)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=${1:-50MB}
OUT=bench-out
CORPUS=$OUT/corpus-$SIZE
QUERIES=$CORPUS/queries.tsv
RESULTS=$OUT/results-$SIZE.jsonl
SEED=1
mkdir -p "$OUT"
: >"$RESULTS"

say() { printf '== %s\n' "$*" >&2; }

# Debian's python3 is the one python3-xapian installs for; any python3 does for FTS5 and the table.
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3

if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null; then
  say "installing GNU time (peak RSS)"
  apt-get install -y time >/dev/null 2>&1 || true
fi
TIME=()
[ -x /usr/bin/time ] && TIME=(/usr/bin/time -v)

# Peak RSS in MB from a `time -v` log (empty when time is missing).
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$1" 2>/dev/null; }
# Adds {"engine": $1, "rss_mb": ...} to the results when known.
record_rss() {
  local rss
  rss=$(rss_mb "$2")
  [ -n "$rss" ] && printf '{"engine": "%s", "rss_mb": %s}\n' "$1" "$rss" >>"$RESULTS"
  return 0
}
skip() { printf '{"engine": "%s", "skipped": "%s"}\n' "$1" "$2" >>"$RESULTS"; say "skipping $1: $2"; }

say "building (release)"
cargo build --release --quiet --bin trilingua
ENGINES=$(cargo bench --bench engines --no-run 2>&1 | sed -n 's/.*(\(target\/[^)]*engines-[0-9a-f]*\)).*/\1/p' | tail -1)
[ -x "$ENGINES" ] || { echo "compare.sh: could not build benches/engines.rs" >&2; exit 1; }
TRI=target/release/trilingua

if [ ! -f "$QUERIES" ]; then
  say "generating the $SIZE corpus in $CORPUS (seed $SEED)"
  "$TRI" bench-corpus --size "$SIZE" --seed "$SEED" "$CORPUS" >&2
fi
say "corpus: $(ls "$CORPUS"/*.txt | wc -l) files, $(cat "$CORPUS"/*.txt | wc -c) bytes; $(grep -vc '^#' "$QUERIES") queries"

say "trilingua: indexing"
rm -rf "$OUT/index-trilingua"
"${TIME[@]}" "$TRI" --index "$OUT/index-trilingua" index "$CORPUS" >"$OUT/trilingua-index.log" 2>"$OUT/trilingua-index.time"
cat "$OUT/trilingua-index.log" >&2
# "added A, updated U, removed R, unchanged N, failed F: P passages (M MB) in S s, X passages/s, Y MB/s"
INDEX_LINE=$(sed -n 's/.*: \([0-9]*\) passages (\([0-9.]*\) MB) in \([0-9.]*\) s, [0-9]* passages\/s, \([0-9.]*\) MB\/s.*/{"engine": "trilingua", "passages": \1, "bytes": \2e6, "index_s": \3, "index_mb_s": \4}/p' \
  "$OUT/trilingua-index.log")
[ -n "$INDEX_LINE" ] || { echo "compare.sh: no summary line in $OUT/trilingua-index.log" >&2; exit 1; }
echo "$INDEX_LINE" >>"$RESULTS"
record_rss trilingua "$OUT/trilingua-index.time"

say "trilingua: queries in-process"
"$ENGINES" trilingua "$OUT/index-trilingua" "$QUERIES" | sed -n 's/^RESULT //p' >>"$RESULTS"

say "trilingua: re-indexing one changed document in the $SIZE index, as a whole process"
# A document of the shipped corpus per language (tens of KB), and the seed article (English with
# Kazakh and Russian abstracts split into syllables: every lexicon the repair has), is added once,
# then changed (its first line appended as a paragraph, so the text stays in its language) and
# brought up to date with `trilingua add`, five times: process start, reading the dictionaries the
# repair needs, repair, analysis and commit all count.
mkdir -p "$OUT/changed"
for doc in corpus/udhr-1948.kk.txt corpus/udhr-1948.ru.txt corpus/udhr-1948.en.txt \
  corpus/nato-kazakhstan-pfp-article.txt; do
  copy="$OUT/changed/$(basename "$doc")"
  cp "$doc" "$copy"
  "$TRI" --index "$OUT/index-trilingua" add "$copy" >/dev/null
  times=()
  for i in $(seq 5); do
    printf '\n\n%s %s\n' "$(grep -m1 . "$doc")" "$i" >>"$copy"
    s=$(date +%s%N); "$TRI" --index "$OUT/index-trilingua" add "$copy" >/dev/null; e=$(date +%s%N)
    times+=($(((e - s) / 1000)))
  done
  printf '%s\n' "${times[@]}" | $PY -c '
import json, statistics, sys
t = [int(x) / 1e3 for x in sys.stdin]
print(json.dumps({"engine": "reindex-" + sys.argv[1], "doc": sys.argv[1], "bytes": int(sys.argv[2]),
                  "runs": len(t), "median_ms": statistics.median(t), "max_ms": max(t)}))' \
    "$(basename "$doc")" "$(wc -c <"$copy")" >>"$RESULTS"
done

say "tantivy with stock analyzers: indexing and queries"
"${TIME[@]}" "$ENGINES" tantivy-stock "$CORPUS" "$QUERIES" "$OUT/index-tantivy" >"$OUT/tantivy.log" 2>"$OUT/tantivy.time"
sed -n 's/^RESULT //p' "$OUT/tantivy.log" >>"$RESULTS"
record_rss tantivy-stock "$OUT/tantivy.time"

if ! $PY -c 'import xapian' 2>/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  say "installing python3-xapian"
  apt-get install -y python3-xapian >/dev/null 2>&1 || true
fi
if $PY -c 'import xapian' 2>/dev/null; then
  say "Xapian: indexing and queries"
  "${TIME[@]}" $PY benches/peers.py xapian "$CORPUS" "$QUERIES" "$OUT/index-xapian" >"$OUT/xapian.log" 2>"$OUT/xapian.time"
  sed -n 's/^RESULT //p' "$OUT/xapian.log" >>"$RESULTS"
  record_rss xapian "$OUT/xapian.time"
else
  skip xapian "no python3-xapian for $PY (apt-get install python3-xapian)"
fi

if $PY -c 'import sqlite3; sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")' 2>/dev/null; then
  say "SQLite FTS5: indexing and queries"
  "${TIME[@]}" $PY benches/peers.py fts5 "$CORPUS" "$QUERIES" "$OUT/index-fts5.sqlite" >"$OUT/fts5.log" 2>"$OUT/fts5.time"
  sed -n 's/^RESULT //p' "$OUT/fts5.log" >>"$RESULTS"
  record_rss fts5 "$OUT/fts5.time"
else
  skip fts5 "$PY's sqlite3 has no FTS5"
fi

say "trilingua search as a whole process, shipped corpus"
rm -rf "$OUT/index-shipped"
"$TRI" --index "$OUT/index-shipped" index corpus >/dev/null
CLI_QUERY=partnership
CLI=("$TRI" --index "$OUT/index-shipped" search "$CLI_QUERY")
"${CLI[@]}" >/dev/null
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs 50 --export-json "$OUT/cli.json" "${CLI[*]}" >/dev/null 2>&1
  $PY - "$OUT/cli.json" "$CLI_QUERY" >>"$RESULTS" <<'EOF'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"][0]
t = r["times"]
print(json.dumps({"engine": "cli", "tool": "hyperfine", "query": sys.argv[2], "runs": len(t),
                  "mean_ms": r["mean"] * 1e3, "median_ms": statistics.median(t) * 1e3, "min_ms": min(t) * 1e3}))
EOF
else
  times=()
  for _ in $(seq 30); do
    s=$(date +%s%N); "${CLI[@]}" >/dev/null; e=$(date +%s%N)
    times+=($(((e - s) / 1000)))
  done
  printf '%s\n' "${times[@]}" | $PY -c '
import json, statistics, sys
t = [int(x) / 1e3 for x in sys.stdin]
print(json.dumps({"engine": "cli", "tool": "date loop", "query": sys.argv[1], "runs": len(t),
                  "mean_ms": statistics.mean(t), "median_ms": statistics.median(t), "min_ms": min(t)}))' "$CLI_QUERY" >>"$RESULTS"
fi

# The term base loads once per process, analyzed or read from the copy the index folder keeps: best
# of 10 processes each (one run is at the scheduler's mercy).
for how in "" "$OUT/index-shipped"; do
  for _ in $(seq 10); do "$ENGINES" glossary $how | sed -n 's/^RESULT //p'; done | $PY -c '
import json, sys
runs = [json.loads(line) for line in sys.stdin]
best = min(runs, key=lambda r: r["load_ms"])
best["runs"] = len(runs)
print(json.dumps(best))' >>"$RESULTS"
done

$PY benches/peers.py table "$RESULTS"
