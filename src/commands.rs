//! One function per subcommand: resolve what the user typed, call the library, print.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use trilingua::index::{self, TriIndex, UpdateOptions};
use trilingua::query::{self, Filters, Glossary, SearchOptions};
use trilingua::{analyze, corpusgen, detect, ingest, normalize, present, Lang};

use crate::cli::{Args, Command};

/// How a run ended, as the exit status says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// An error stopped the command.
    Failed,
    /// The command finished but some inputs failed (each was reported).
    SomeFailed,
}

impl Outcome {
    pub fn exit_code(self) -> std::process::ExitCode {
        std::process::ExitCode::from(match self {
            Outcome::Success => 0,
            Outcome::Failed => 1,
            Outcome::SomeFailed => 3,
        })
    }
}

/// The corpus folder indexed when no path is given.
const DEFAULT_CORPUS: &str = "corpus";

pub fn run(args: Args) -> Result<Outcome> {
    match args.command {
        Command::Index {
            paths,
            force,
            commit_mb,
        } => index_cmd(&args.index, paths, force, commit_mb),
        Command::Add { paths } => add_cmd(&args.index, &paths),
        Command::Remove { docs } => remove_cmd(&args.index, &docs),
        Command::List { json } => list_cmd(&args.index, json),
        Command::Search {
            lang,
            limit,
            per_lang,
            explain,
            json,
            doc,
            kind,
            year,
            glossary,
            query,
        } => {
            let filters = Filters {
                docs: doc,
                kinds: kind,
                years: year.as_deref().map(Filters::parse_years).transpose()?,
            };
            search_cmd(
                &args.index,
                lang.as_deref(),
                (limit, per_lang),
                (json, explain),
                filters,
                &glossary,
                &query.join(" "),
            )
        }
        Command::Expand {
            json,
            glossary,
            query,
        } => expand_cmd(&args.index, json, &glossary, &query.join(" ")),
        Command::EvalRelevance {
            file,
            no_expand,
            k,
            misses,
        } => eval_cmd(&args.index, &file, no_expand, k, misses),
        Command::Normalize {
            file,
            explain,
            keep_lines,
        } => normalize_cmd(file.as_deref(), explain, keep_lines),
        Command::Damage {
            file,
            seed,
            every_syllable,
            at_letters,
            look_alikes,
        } => damage_cmd(
            file.as_deref(),
            seed,
            every_syllable,
            at_letters,
            look_alikes,
        ),
        Command::Detect { file, json } => detect_cmd(file.as_deref(), json),
        Command::Stem { lang, words } => stem_cmd(&lang, &words),
        Command::Stats => stats_cmd(&args.index),
        Command::BenchCorpus {
            size,
            seed,
            from,
            out,
        } => bench_corpus_cmd(size, seed, &from, &out),
    }
}

fn parse_lang(lang: &str) -> Result<Lang> {
    match lang.parse::<Lang>()? {
        Lang::Und => bail!("--lang takes kk, ru or en"),
        l => Ok(l),
    }
}

fn index_cmd(dir: &Path, mut paths: Vec<PathBuf>, force: bool, commit_mb: f64) -> Result<Outcome> {
    if commit_mb.is_nan() || commit_mb <= 0.0 {
        bail!("--commit-mb takes a positive number of megabytes");
    }
    // A new index is built from corpus/; an existing one re-scans the sources it was built from.
    if paths.is_empty() && (!index::exists(dir) || index::sources(dir)?.is_empty()) {
        paths.push(PathBuf::from(DEFAULT_CORPUS));
    }
    let opts = UpdateOptions {
        remove_missing: true,
        force,
        commit_bytes: (commit_mb * 1e6) as u64,
        ..UpdateOptions::default()
    };
    update_with_progress(dir, &paths, opts)
}

fn add_cmd(dir: &Path, paths: &[PathBuf]) -> Result<Outcome> {
    update_with_progress(dir, paths, UpdateOptions::default())
}

/// Runs an index update with a progress bar on a terminal, then prints the failures and a summary.
fn update_with_progress(dir: &Path, paths: &[PathBuf], opts: UpdateOptions) -> Result<Outcome> {
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} indexing [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}, {eta} left",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let progress = |p: index::Progress| {
        bar.set_length(p.total_bytes);
        bar.set_position(p.done_bytes);
    };
    let opts = UpdateOptions {
        progress: Some(&progress),
        ..opts
    };
    let report = index::update(dir, paths, &opts)
        .with_context(|| format!("indexing into {}", dir.display()))?;
    bar.finish_and_clear();
    for note in &report.notes {
        eprintln!("trilingua: note: {note}");
    }
    for failure in &report.failures {
        eprintln!("trilingua: skipped {}", failure.error);
    }
    println!("{}", summary(&report));
    Ok(if report.failures.is_empty() {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    })
}

/// The one-line summary of an indexing run.
fn summary(report: &index::BuildReport) -> String {
    let mb = report.bytes as f64 / 1e6;
    let secs = report.seconds.max(1e-9);
    format!(
        "added {}, updated {}, removed {}, unchanged {}, failed {}: {} passages ({:.2} MB) in {:.2} s, {:.0} passages/s, {:.2} MB/s",
        report.added.len(),
        report.updated.len(),
        report.removed.len(),
        report.unchanged,
        report.failures.len(),
        report.passages,
        mb,
        report.seconds,
        report.passages as f64 / secs,
        mb / secs,
    )
}

fn remove_cmd(dir: &Path, docs: &[String]) -> Result<Outcome> {
    let report =
        index::remove(dir, docs).with_context(|| format!("removing from {}", dir.display()))?;
    for id in &report.removed {
        println!("removed {id}");
    }
    for name in &report.unknown {
        eprintln!(
            "trilingua: no document '{name}' in {} (see `trilingua list`)",
            dir.display()
        );
    }
    Ok(if report.unknown.is_empty() {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    })
}

fn list_cmd(dir: &Path, json: bool) -> Result<Outcome> {
    let manifest = TriIndex::open(dir)?.manifest()?;
    let mut out = std::io::stdout().lock();
    if !json {
        writeln!(out, "DOC\tLANGS\tPASSAGES\tINDEXED\tTITLE")?;
    }
    for (id, e) in &manifest.docs {
        let when = humantime::format_rfc3339_seconds(
            std::time::UNIX_EPOCH + std::time::Duration::from_secs(e.indexed_at),
        );
        if json {
            let line = serde_json::json!({
                "doc": id, "path": e.path, "format": e.format, "encoding": e.encoding,
                "langs": e.langs, "passages": e.passages, "indexed": when.to_string(),
                "hash": e.hash, "title": e.title, "author": e.meta.author, "year": e.meta.year,
                "kind": e.meta.kind, "source": e.meta.source,
            });
            writeln!(out, "{line}")?;
        } else {
            let langs = e
                .langs
                .iter()
                .map(|(l, n)| format!("{l}:{n}"))
                .collect::<Vec<_>>()
                .join(",");
            writeln!(out, "{id}\t{langs}\t{}\t{when}\t{}", e.passages, e.title)?;
        }
    }
    Ok(Outcome::Success)
}

fn open_or_build(dir: &Path) -> Result<TriIndex> {
    if index::outdated(dir)? {
        eprintln!(
            "trilingua: the index in {} is of an older format: building it anew from its sources …",
            dir.display()
        );
        let report = index::update(dir, &[], &index::UpdateOptions::default())?;
        for failure in &report.failures {
            eprintln!("trilingua: skipped {}", failure.error);
        }
        eprintln!("trilingua: {}", summary(&report));
    } else if !index::exists(dir) {
        let corpus = PathBuf::from(DEFAULT_CORPUS);
        if !corpus.is_dir() {
            bail!(
                "no index in {} and no {DEFAULT_CORPUS}/ folder here to build one from: run `trilingua index PATH` first",
                dir.display()
            );
        }
        eprintln!(
            "trilingua: no index in {} yet: building it from {DEFAULT_CORPUS}/ …",
            dir.display()
        );
        let report = index::build(dir, &[corpus])?;
        for failure in &report.failures {
            eprintln!("trilingua: skipped {}", failure.error);
        }
        eprintln!("trilingua: {}", summary(&report));
    }
    let index = TriIndex::open(dir)?;
    let stale = index.manifest()?.stale();
    if stale > 0 {
        eprintln!(
            "trilingua: {stale} document(s) in {} were indexed by another build of trilingua, whose \
             repair or analysis may differ: run `trilingua index` to index them again",
            dir.display()
        );
    }
    Ok(index)
}

/// The shipped term base (analyzed, or read as kept analyzed in the index folder `dir`), plus the
/// user's files when there are any.
fn load_glossary(
    dir: &Path,
    glossaries: &[PathBuf],
) -> Result<std::borrow::Cow<'static, Glossary>> {
    let shipped = Glossary::shipped_cached(dir);
    if glossaries.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(shipped));
    }
    let mut glossary = shipped.clone();
    for path in glossaries {
        glossary.add_file(path)?;
    }
    Ok(std::borrow::Cow::Owned(glossary))
}

fn search_cmd(
    dir: &Path,
    lang: Option<&str>,
    (limit, per_lang): (usize, Option<usize>),
    (json, explain): (bool, bool),
    filters: Filters,
    glossaries: &[PathBuf],
    q: &str,
) -> Result<Outcome> {
    let lang = lang.map(parse_lang).transpose()?;
    let glossary = load_glossary(dir, glossaries)?;
    // Parse before touching the index, so a bad query is reported at once.
    let parsed = query::parse(q)?;
    let index = open_or_build(dir)?;
    let opts = SearchOptions {
        limit,
        lang,
        per_lang,
        glossary: &glossary,
        filters,
        ..SearchOptions::default()
    };
    let plan = query::expand_for(&index, &parsed, opts.glossary)?;
    let results = query::run(&index, plan, &opts)?;
    let mut out = std::io::stdout().lock();
    if explain && !json {
        write!(out, "{}", present::render_plan(&results.plan))?;
        write!(out, "{}", present::render_weights(&results))?;
    }
    if json {
        writeln!(out, "{}", present::json::to_json(q, &results))?;
    } else {
        let color = std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let style = if color {
            present::Style::Color
        } else {
            present::Style::Plain
        };
        write!(out, "{}", present::render(&results, style))?;
    }
    Ok(Outcome::Success)
}

fn expand_cmd(dir: &Path, json: bool, glossaries: &[PathBuf], q: &str) -> Result<Outcome> {
    let glossary = load_glossary(dir, glossaries)?;
    let parsed = query::parse(q)?;
    // The index's own spellings refine transliteration; without an index, the standards alone.
    let plan = if index::exists(dir) {
        query::expand_for(&TriIndex::open(dir)?, &parsed, &glossary)?
    } else {
        query::expand(&parsed, &glossary)
    };
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&plan)?)?;
    } else {
        write!(out, "{}", present::render_plan(&plan))?;
    }
    Ok(Outcome::Success)
}

fn eval_cmd(dir: &Path, file: &Path, no_expand: bool, k: usize, misses: bool) -> Result<Outcome> {
    use trilingua::query::eval;
    let queries = eval::load(file)?;
    let index = open_or_build(dir)?;
    let glossary = Glossary::shipped();
    let plain = eval::evaluate(&index, &queries, glossary, false, k, file)?;
    let expanded = if no_expand {
        None
    } else {
        Some(eval::evaluate(&index, &queries, glossary, true, k, file)?)
    };
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} queries from {}; recall@{k} and MRR per language pair (query → passages), each target language searched with --lang",
        queries.len(),
        file.display()
    )?;
    write!(out, "pair	queries	judged")?;
    if expanded.is_some() {
        write!(out, "	recall@{k}	MRR")?;
    }
    writeln!(out, "	recall@{k} (no expansion)	MRR (no expansion)")?;
    for (i, p) in plain.pairs.iter().enumerate() {
        write!(out, "{}→{}	{}	{}", p.from, p.to, p.queries, p.judgments)?;
        if let Some(e) = &expanded {
            let e = &e.pairs[i];
            write!(out, "	{:.3}	{:.3}", e.recall, e.mrr)?;
        }
        writeln!(out, "	{:.3}	{:.3}", p.recall, p.mrr)?;
    }
    if misses {
        let shown = expanded.as_ref().unwrap_or(&plain);
        for m in &shown.misses {
            writeln!(
                out,
                "miss	{}	{}	→{}	{}::{}",
                m.id, m.query, m.lang, m.judgment.doc, m.judgment.anchor
            )?;
        }
    }
    Ok(Outcome::Success)
}

fn read_input(file: Option<&Path>) -> Result<String> {
    match file {
        None => read_stdin(),
        Some(p) if p == Path::new("-") => read_stdin(),
        Some(p) => Ok(ingest::read_text(p)?),
    }
}

fn read_stdin() -> Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .context("reading standard input")?;
    String::from_utf8(bytes).context("standard input is not valid UTF-8")
}

fn normalize_cmd(file: Option<&Path>, explain: bool, keep_lines: bool) -> Result<Outcome> {
    let text = read_input(file)?;
    // The whole file's unsplit words are evidence for every passage.
    let vocab = normalize::Vocabulary::from_text(&text);
    let mut out = std::io::stdout().lock();
    if explain {
        writeln!(out, "# line\tdecision\tleft | right\tresult\twhy")?;
    }
    if keep_lines {
        let lines: Vec<&str> = text.lines().collect();
        if explain {
            let explained = normalize::normalize_explained_all_with(&lines, &vocab);
            for (n, (_, decisions)) in explained.iter().enumerate() {
                for d in decisions {
                    writeln!(out, "{}\t{}", n + 1, decision_row(d))?;
                }
            }
        } else {
            for (line, repaired) in lines
                .iter()
                .zip(normalize::normalize_all_with(&lines, &vocab))
            {
                writeln!(out, "{}", repaired.as_written(line))?;
            }
        }
        return Ok(Outcome::Success);
    }
    // Passages are search units (a heading joins the paragraph after it, a long paragraph is cut
    // at sentence ends); the printed text keeps the file's own paragraphs.
    // Repaired on every core, written in the file's order.
    let spans = ingest::split_passages(&text);
    let texts: Vec<_> = spans.iter().map(|span| span.text(&text)).collect();
    let sources: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
    let mut last_end = None;
    if explain {
        // Every row in line order: a footnote lifted out of a paragraph is a passage after it,
        // and page numbers and running heads are in no passage. (Rows of one line keep their
        // order: the sort is stable.)
        let mut rows: Vec<(usize, String)> = Vec::new();
        let (mut line, mut at) = (1, 0);
        for f in ingest::furniture(&text) {
            line += text[at..f.range.start].matches('\n').count();
            at = f.range.start;
            let why = match f.kind {
                ingest::FurnitureKind::PageNumber => "a page number".to_string(),
                ingest::FurnitureKind::RunningHead { pages } => {
                    format!("a running head, on {pages} pages")
                }
            };
            rows.push((line, format!("left out\t{}\t\t{why}", &text[f.range])));
        }
        let explained = normalize::normalize_explained_all_with(&sources, &vocab);
        for ((span, source), (_, decisions)) in spans.iter().zip(&sources).zip(explained) {
            for d in decisions {
                let line = span.lines.0 as usize + source[..d.source.start].matches('\n').count();
                rows.push((line, decision_row(&d)));
            }
        }
        rows.sort_by_key(|(line, _)| *line);
        for (line, row) in rows {
            writeln!(out, "{line}\t{row}")?;
        }
    } else {
        let repaired = normalize::normalize_all_with(&sources, &vocab);
        for ((span, source), repaired) in spans.iter().zip(&sources).zip(repaired) {
            if let Some(end) = last_end {
                // A footnote lifted out of the paragraph around it comes after that paragraph;
                // passages parted by a page's break (a form feed, the page's number and head left
                // out between them) are paragraphs of their own.
                let gap = text.get(end..span.range.start).unwrap_or("\n\n");
                let sep = if normalize::has_blank_line(gap) || !gap.trim().is_empty() {
                    "\n\n"
                } else {
                    " "
                };
                write!(out, "{sep}")?;
            }
            last_end = last_end.max(Some(span.range.end));
            write!(out, "{}", repaired.as_written(source))?;
        }
    }
    if last_end.is_some() {
        writeln!(out)?;
    }
    Ok(Outcome::Success)
}

/// One row of `normalize --explain` after its line: what became of the gap, the two pieces, the
/// word, why.
fn decision_row(d: &normalize::Decision) -> String {
    let what = match d.joint {
        normalize::Joint::Space => "apart",
        normalize::Joint::Join => "joined",
        normalize::Joint::JoinDropHyphen => "joined, hyphen dropped",
        normalize::Joint::KeepHyphen => "hyphen kept",
    };
    format!("{what}\t{} | {}\t{}\t{}", d.left, d.right, d.word, d.reason)
}

fn damage_cmd(
    file: Option<&Path>,
    seed: u64,
    every_syllable: bool,
    at_letters: bool,
    look_alikes: f64,
) -> Result<Outcome> {
    use normalize::damage::{damage_with, DamageOptions};
    let text = read_input(file)?;
    let mut opts = if every_syllable {
        DamageOptions::every_syllable(seed)
    } else if at_letters {
        DamageOptions::at_letters(seed)
    } else {
        DamageOptions {
            seed,
            ..DamageOptions::default()
        }
    };
    opts.look_alikes = look_alikes;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", damage_with(&text, &opts))?;
    Ok(Outcome::Success)
}

fn detect_cmd(file: Option<&Path>, json: bool) -> Result<Outcome> {
    let text = read_input(file)?;
    let mut out = std::io::stdout().lock();
    for span in ingest::split_passages(&text) {
        let repaired = normalize::normalize(&span.text(&text)).text;
        let d = detect::detect(&repaired);
        let head: String = repaired.split(' ').take(8).collect::<Vec<_>>().join(" ");
        if json {
            let line = serde_json::json!({
                "lang": d.lang, "confidence": d.confidence, "lines": [span.lines.0, span.lines.1], "text": head,
            });
            writeln!(out, "{line}")?;
        } else {
            writeln!(out, "{}\t{head}", d.lang)?;
        }
    }
    Ok(Outcome::Success)
}

fn stem_cmd(lang: &str, words: &[String]) -> Result<Outcome> {
    let lang = parse_lang(lang)?;
    let mut out = std::io::stdout().lock();
    for word in words {
        writeln!(out, "{word}\t{}", analyze::stem(lang, word))?;
    }
    Ok(Outcome::Success)
}

fn stats_cmd(dir: &Path) -> Result<Outcome> {
    let index = TriIndex::open(dir)?;
    let stats = index.stats()?;
    println!("documents\t{}", stats.documents);
    for (lang, n) in &stats.passages {
        println!("passages {lang}\t{n}");
    }
    for (lang, n) in &stats.terms {
        println!("terms {lang}\t{n}");
    }
    Ok(Outcome::Success)
}

fn bench_corpus_cmd(size: u64, seed: u64, from: &Path, out: &Path) -> Result<Outcome> {
    let training = corpusgen::Training::from_repo(from).with_context(|| {
        format!(
            "learning from {} (run from the trilingua repository or pass --from)",
            from.display()
        )
    })?;
    let spec = corpusgen::Spec {
        size,
        seed,
        ..corpusgen::Spec::default()
    };
    let s = corpusgen::generate(&training, &spec, out)?;
    let [kk, ru, en] = s.bytes_per_lang.map(|b| b as f64 / 1e6);
    println!(
        "wrote {} files, {:.2} MB ({kk:.1} kk, {ru:.1} ru, {en:.1} en), {} paragraphs ({} damaged), \
         {} distinct words ({} kk, {} ru, {} en), {} queries in {}",
        s.files,
        s.bytes as f64 / 1e6,
        s.paragraphs,
        s.damaged,
        s.distinct_words[3],
        s.distinct_words[0],
        s.distinct_words[1],
        s.distinct_words[2],
        s.queries,
        out.join("queries.tsv").display()
    );
    Ok(Outcome::Success)
}
