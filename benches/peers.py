#!/usr/bin/env python3
"""Peers for benches/compare.sh: Xapian (Snowball stemmers) and SQLite FTS5 (porter unicode61).

    peers.py xapian CORPUS QUERIES INDEX_DIR
    peers.py fts5   CORPUS QUERIES INDEX_FILE
    peers.py table  RESULTS.jsonl          (prints compare.sh's table)

Both peers read the corpus files and split paragraphs at blank lines in Python, send Cyrillic paragraphs
to the Russian stemmer (neither has a Kazakh one) and the others to the English one, and answer every
query in its own language for its top 10 hits; one warm-up pass, then three timed passes. Each prints a
line `RESULT {json}`.
"""

import glob
import json
import os
import re
import shutil
import sys
import time

PASSES = 3
TOP = 10
CYRILLIC = re.compile("[\u0400-\u052f]")
PARAGRAPH = re.compile(r"\n\s*\n")


def read_queries(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            kind, lang, text = line.split("\t", 2)
            out.append((kind, lang, text))
    return out


def passages(corpus):
    for path in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        yield path, len(text.encode("utf-8")), [p.strip() for p in PARAGRAPH.split(text) if p.strip()]


def percentile(sorted_ms, p):
    return sorted_ms[round((len(sorted_ms) - 1) * p)] if sorted_ms else float("nan")


def time_queries(queries, run):
    for q in queries:
        run(q)
    classes = {"single": ([], [0]), "concept": ([], [0])}
    for _ in range(PASSES):
        for q in queries:
            started = time.perf_counter()
            ok = run(q)
            ms = (time.perf_counter() - started) * 1e3
            ms_list, failed = classes["concept" if q[0] == "concept" else "single"]
            ms_list.append(ms)
            failed[0] += 0 if ok else 1
    out = {}
    for name, (ms, failed) in classes.items():
        ms.sort()
        total = sum(ms)
        out[name] = {
            "queries": len(ms) // PASSES,
            "qps": len(ms) / (total / 1e3) if total else float("nan"),
            "p50_ms": percentile(ms, 0.5),
            "p99_ms": percentile(ms, 0.99),
            "failed": failed[0] // PASSES,
        }
    return out


def xapian_peer(corpus, queries_path, dbdir):
    import xapian

    queries = read_queries(queries_path)
    shutil.rmtree(dbdir, ignore_errors=True)
    started = time.perf_counter()
    db = xapian.WritableDatabase(dbdir, xapian.DB_CREATE_OR_OVERWRITE)
    gens = {}
    for lang in ("english", "russian"):
        tg = xapian.TermGenerator()
        tg.set_stemmer(xapian.Stem(lang))
        gens[lang] = tg
    nbytes = npass = 0
    for path, size, paras in passages(corpus):
        nbytes += size
        for para in paras:
            tg = gens["russian" if CYRILLIC.search(para) else "english"]
            doc = xapian.Document()
            tg.set_document(doc)
            tg.index_text(para)
            doc.set_data(para)
            db.add_document(doc)
            npass += 1
    db.commit()
    seconds = time.perf_counter() - started
    db.close()
    db = xapian.Database(dbdir)
    enquire = xapian.Enquire(db)
    parsers = {}
    for lang, stem in (("en", "english"), ("ru", "russian"), ("kk", "russian")):
        qp = xapian.QueryParser()
        qp.set_stemmer(xapian.Stem(stem))
        qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
        qp.set_database(db)
        qp.set_default_op(xapian.Query.OP_AND)
        parsers[lang] = qp

    def run(q):
        try:
            query = parsers[q[1]].parse_query(q[2], xapian.QueryParser.FLAG_PHRASE | xapian.QueryParser.FLAG_DEFAULT)
        except xapian.QueryParserError:
            return False
        enquire.set_query(query)
        mset = enquire.get_mset(0, TOP)
        [m.docid for m in mset]
        return True

    return {
        "engine": "xapian",
        "bytes": nbytes,
        "passages": npass,
        "index_s": seconds,
        "index_mb_s": nbytes / 1e6 / seconds,
        "queries": time_queries(queries, run),
    }


def fts5_quote(text):
    """FTS5 syntax for a query: a quoted phrase stays a phrase, bare words become quoted tokens (AND)."""
    text = text.strip()
    if text.startswith('"') and text.endswith('"') and len(text) > 1:
        return '"' + text[1:-1].replace('"', '""') + '"'
    return " ".join('"' + w.replace('"', '""') + '"' for w in text.split())


def fts5_peer(corpus, queries_path, dbfile):
    import sqlite3

    queries = read_queries(queries_path)
    for suffix in ("", "-journal", "-wal"):
        if os.path.exists(dbfile + suffix):
            os.remove(dbfile + suffix)
    started = time.perf_counter()
    con = sqlite3.connect(dbfile)
    con.execute("CREATE VIRTUAL TABLE p USING fts5(file UNINDEXED, body, tokenize='porter unicode61')")
    nbytes = npass = 0
    with con:
        for path, size, paras in passages(corpus):
            nbytes += size
            npass += len(paras)
            con.executemany("INSERT INTO p(file, body) VALUES (?, ?)", ((path, para) for para in paras))
    seconds = time.perf_counter() - started
    cur = con.cursor()

    def run(q):
        try:
            cur.execute("SELECT rowid FROM p WHERE p MATCH ? ORDER BY rank LIMIT ?", (fts5_quote(q[2]), TOP))
            cur.fetchall()
            return True
        except sqlite3.Error:
            return False

    return {
        "engine": "fts5",
        "bytes": nbytes,
        "passages": npass,
        "index_s": seconds,
        "index_mb_s": nbytes / 1e6 / seconds,
        "queries": time_queries(queries, run),
    }


def fmt(x, digits=2):
    if x is None or (isinstance(x, float) and x != x):
        return "-"
    return f"{x:.{digits}f}"


def ratio(a, b):
    if a is None or b is None or b == 0 or a != a or b != b:
        return "-"
    return f"{a / b:.2f}x"


def table(path):
    results = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            results.setdefault(r["engine"], {}).update(r)
    tri = results.get("trilingua", {})
    peers = [e for e in ("tantivy-stock", "xapian", "fts5") if e in results]
    print()
    print("Indexing (same corpus; MB/s of source text, wall time from reading files to commit)")
    print(f"  {'engine':<15}{'MB':>8}{'passages':>10}{'seconds':>9}{'MB/s':>8}{'peak RSS MB':>13}   trilingua is")
    for e in ["trilingua"] + peers:
        r = results.get(e, {})
        if "index_mb_s" not in r:
            continue
        rel = "" if e == "trilingua" else f"{ratio(tri.get('index_mb_s'), r['index_mb_s'])} as fast"
        print(
            f"  {e:<15}{fmt(r['bytes'] / 1e6, 1):>8}{r.get('passages', 0):>10}{fmt(r['index_s']):>9}"
            f"{fmt(r['index_mb_s']):>8}{fmt(r.get('rss_mb'), 0):>13}   {rel}"
        )
    for cls, title in (
        ("single", "single-language queries (words, two-word phrases)"),
        ("concept", "cross-lingual queries (term-base forms; peers search their own language only)"),
    ):
        print()
        print(f"Queries, {title}; top {TOP}, in-process, {PASSES} passes after a warm-up")
        print(f"  {'engine':<26}{'queries':>8}{'qps':>10}{'p50 ms':>9}{'p99 ms':>9}   trilingua qps is")
        rows = [
            ("trilingua (match)", tri.get("queries", {}).get(cls)),
            ("trilingua (+count)", tri.get("queries_count", {}).get(cls)),
            ("trilingua (+refresh)", tri.get("queries_reload", {}).get(cls)),
            ("trilingua (full+snippets)", tri.get("queries_full", {}).get(cls)),
        ]
        rows += [(e, results[e].get("queries", {}).get(cls)) for e in peers]
        tri_qps = (rows[0][1] or {}).get("qps")
        for name, q in rows:
            if not q:
                continue
            rel = "" if name.startswith("trilingua") else f"{ratio(tri_qps, q['qps'])} theirs"
            fail = f"  ({q['failed']} failed)" if q.get("failed") else ""
            print(f"  {name:<26}{q['queries']:>8}{fmt(q['qps'], 0):>10}{fmt(q['p50_ms'], 3):>9}{fmt(q['p99_ms'], 3):>9}   {rel}{fail}")
    changed = [r for e, r in results.items() if e.startswith("reindex-")]
    if changed:
        print()
        print("Re-indexing one changed document in this index, whole process (`trilingua add`; goal <= 0.2 s)")
        for r in changed:
            print(
                f"  {r['doc']:<32}{fmt(r['bytes'] / 1e3, 0):>6} KB   median {fmt(r['median_ms'], 0)} ms,"
                f" max {fmt(r['max_ms'], 0)} ms of {r['runs']}"
            )
    cli = results.get("cli")
    if cli:
        print()
        print(f"`trilingua search {cli['query']}` on the shipped corpus, whole process ({cli['tool']}, {cli['runs']} runs):")
        print(f"  mean {fmt(cli['mean_ms'], 1)} ms, median {fmt(cli['median_ms'], 1)} ms, min {fmt(cli['min_ms'], 1)} ms   (goal <= 30 ms)")
    gl, kept = results.get("glossary"), results.get("glossary-kept")
    if kept:
        print(
            f"  of which reading the analyzed term base the index folder keeps ({kept['concepts']} concepts):"
            f" {fmt(kept['load_ms'], 1)} ms (best of {kept.get('runs', 1)} processes)"
        )
    if gl:
        print(
            f"  (analyzing the compiled-in term base, as the first search of an index does: {fmt(gl['load_ms'], 1)} ms,"
            f" best of {gl.get('runs', 1)} processes)"
        )
    skipped = [r for r in results.values() if r.get("skipped")]
    for r in skipped:
        print(f"\nskipped {r['engine']}: {r['skipped']}")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "table":
        table(sys.argv[2])
        return
    if len(sys.argv) != 5 or sys.argv[1] not in ("xapian", "fts5"):
        sys.exit(__doc__)
    peer = xapian_peer if sys.argv[1] == "xapian" else fts5_peer
    print("RESULT " + json.dumps(peer(*sys.argv[2:])))


if __name__ == "__main__":
    main()
