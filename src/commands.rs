//! One function per subcommand: resolve what the user typed, call the library, print.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use trilingua::index::{self, TriIndex};
use trilingua::query::{self, Glossary, SearchOptions};
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
        Command::Index { paths } => index_cmd(&args.index, paths),
        Command::Search {
            lang,
            limit,
            json,
            glossary,
            query,
        } => search_cmd(
            &args.index,
            lang.as_deref(),
            limit,
            json,
            &glossary,
            &query.join(" "),
        ),
        Command::Normalize { file, explain } => normalize_cmd(file.as_deref(), explain),
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

fn index_cmd(dir: &Path, mut paths: Vec<PathBuf>) -> Result<Outcome> {
    if paths.is_empty() {
        paths.push(PathBuf::from(DEFAULT_CORPUS));
    }
    let report =
        index::build(dir, &paths).with_context(|| format!("indexing into {}", dir.display()))?;
    for failure in &report.failures {
        eprintln!("trilingua: skipped {}", failure.error);
    }
    let mb = report.bytes as f64 / 1e6;
    let secs = report.seconds.max(1e-9);
    println!(
        "indexed {} documents, {} passages ({:.2} MB) in {:.2} s: {:.0} passages/s, {:.2} MB/s{}",
        report.documents,
        report.passages,
        mb,
        report.seconds,
        report.passages as f64 / secs,
        mb / secs,
        if report.failures.is_empty() {
            String::new()
        } else {
            format!("; {} files failed", report.failures.len())
        }
    );
    Ok(if report.failures.is_empty() {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    })
}

fn open_or_build(dir: &Path) -> Result<TriIndex> {
    if !index::exists(dir) {
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
        eprintln!(
            "trilingua: indexed {} documents, {} passages",
            report.documents, report.passages
        );
    }
    Ok(TriIndex::open(dir)?)
}

fn search_cmd(
    dir: &Path,
    lang: Option<&str>,
    limit: usize,
    json: bool,
    glossaries: &[PathBuf],
    q: &str,
) -> Result<Outcome> {
    let lang = lang.map(parse_lang).transpose()?;
    let mut glossary: Glossary;
    let glossary_ref = if glossaries.is_empty() {
        Glossary::shipped()
    } else {
        glossary = Glossary::shipped().clone();
        for path in glossaries {
            glossary.add_file(path)?;
        }
        &glossary
    };
    // Parse before touching the index, so a bad query is reported at once.
    let parsed = query::parse(q)?;
    let index = open_or_build(dir)?;
    let opts = SearchOptions {
        limit,
        lang,
        glossary: glossary_ref,
        ..SearchOptions::default()
    };
    let plan = query::expand(&parsed, opts.glossary);
    let results = query::run(&index, plan, &opts)?;
    let mut out = std::io::stdout().lock();
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

fn normalize_cmd(file: Option<&Path>, explain: bool) -> Result<Outcome> {
    let text = read_input(file)?;
    let mut out = std::io::stdout().lock();
    for span in ingest::split_passages(&text) {
        let source = &text[span.range.clone()];
        if explain {
            let (_, decisions) = normalize::normalize_explained(source);
            for d in decisions {
                let line = span.lines.0 as usize + source[..d.source.start].matches('\n').count();
                writeln!(
                    out,
                    "{line}\t{:?}\t{} | {}\t{}",
                    d.joint, d.left, d.right, d.reason
                )?;
            }
        } else {
            writeln!(out, "{}\n", normalize::normalize(source).text)?;
        }
    }
    Ok(Outcome::Success)
}

fn detect_cmd(file: Option<&Path>, json: bool) -> Result<Outcome> {
    let text = read_input(file)?;
    let mut out = std::io::stdout().lock();
    for span in ingest::split_passages(&text) {
        let repaired = normalize::normalize(&text[span.range.clone()]).text;
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
