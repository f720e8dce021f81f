//! The librarian's commands on real files the tests create: incremental `index`, `add`, `remove`,
//! `list`; HTML, PDF and legacy-encoded text; bad input; metadata filters; the writer lock; and a
//! kill in the middle of a large run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use trilingua::index::TriIndex;

mod util;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs trilingua in `cwd` with `--index index`.
fn run(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trilingua"))
        .current_dir(cwd)
        .arg("--index")
        .arg("index")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("trilingua runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "status {:?}\nstdout: {}\nstderr: {}",
        o.status,
        stdout(&o),
        stderr(&o)
    );
    stdout(&o)
}

/// NTREX sentences of one language (CRLF line ends dropped).
fn ntrex(lang: &str) -> Vec<String> {
    let name = match lang {
        "en" => "newstest2019-src.eng.txt",
        "ru" => "newstest2019-ref.rus.txt",
        _ => "newstest2019-ref.kaz.txt",
    };
    std::fs::read_to_string(repo().join("data/ntrex").join(name))
        .unwrap()
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// A document of `n` NTREX sentences from `start`, four sentences to a paragraph.
fn doc_text(lang: &str, start: usize, n: usize) -> String {
    let lines = ntrex(lang);
    lines[start..start + n]
        .chunks(4)
        .map(|c| c.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n"
}

/// Search hits as (doc, lines) pairs, from `--json`.
fn hits(cwd: &Path, args: &[&str]) -> Vec<(String, Vec<u64>)> {
    let mut all = vec!["search", "--json", "--limit", "50"];
    all.extend_from_slice(args);
    let out = ok(run(cwd, &all));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let lines = h["lines"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_u64().unwrap())
                .collect();
            (h["doc"].as_str().unwrap().to_string(), lines)
        })
        .collect()
}

fn docs_of(hits: &[(String, Vec<u64>)]) -> Vec<String> {
    let mut d: Vec<String> = hits.iter().map(|h| h.0.clone()).collect();
    d.sort();
    d.dedup();
    d
}

/// Asserts that the run failed with a message holding every one of `says`.
/// The documents `list --json` prints, one JSON object each.
fn listed(cwd: &Path) -> Vec<serde_json::Value> {
    ok(run(cwd, &["list", "--json"]))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn refused(o: &Output, says: &[&str]) {
    assert!(!o.status.success(), "{}", stdout(o));
    for s in says {
        assert!(stderr(o).contains(s), "no {s:?} in: {}", stderr(o));
    }
}

fn summary_line(out: &str) -> String {
    out.lines()
        .find(|l| l.starts_with("added "))
        .unwrap_or("")
        .to_string()
}

#[test]
fn index_reindexes_only_what_changed_and_removes_deleted_files() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let lib = cwd.join("library");
    std::fs::create_dir_all(lib.join("news")).unwrap();
    std::fs::write(lib.join("a.en.txt"), doc_text("en", 0, 40)).unwrap();
    std::fs::write(lib.join("news/b.ru.txt"), doc_text("ru", 40, 40)).unwrap();
    std::fs::write(lib.join("c.kk.txt"), doc_text("kk", 80, 40)).unwrap();

    let out = ok(run(cwd, &["index", "library"]));
    assert!(
        summary_line(&out).starts_with("added 3, updated 0, removed 0, unchanged 0, failed 0"),
        "{out}"
    );

    // Nothing changed: nothing is read and nothing is committed.
    let meta = cwd.join("index/meta.json");
    let before = std::fs::read(&meta).unwrap();
    let out = ok(run(cwd, &["index", "library"]));
    assert!(
        summary_line(&out)
            .starts_with("added 0, updated 0, removed 0, unchanged 3, failed 0: 0 passages"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(&meta).unwrap(),
        before,
        "an unchanged corpus made a commit"
    );
    // Without paths, `index` re-scans the sources it was built from.
    let out = ok(run(cwd, &["index"]));
    assert!(
        summary_line(&out).starts_with("added 0, updated 0, removed 0, unchanged 3"),
        "{out}"
    );

    // One changed, one deleted, one new; a touched but identical file is unchanged.
    std::fs::write(lib.join("a.en.txt"), doc_text("en", 200, 40)).unwrap();
    std::fs::remove_file(lib.join("c.kk.txt")).unwrap();
    std::fs::write(lib.join("news/d.en.txt"), doc_text("en", 300, 20)).unwrap();
    let b = lib.join("news/b.ru.txt");
    std::fs::write(&b, std::fs::read(&b).unwrap()).unwrap();
    let out = ok(run(cwd, &["index", "library"]));
    assert!(
        summary_line(&out).starts_with("added 1, updated 1, removed 1, unchanged 1, failed 0"),
        "{out}"
    );

    let list = ok(run(cwd, &["list"]));
    let ids: Vec<&str> = list
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["a.en.txt", "news/b.ru.txt", "news/d.en.txt"],
        "{list}"
    );
    assert!(
        list.lines().any(|l| l.starts_with("news/b.ru.txt\tru:")),
        "{list}"
    );

    // The new text of a.en.txt is found; its old passages and all of c.kk.txt are gone: the index
    // holds exactly the passages the manifest records.
    let word: String = ntrex("en")[201]
        .split_whitespace()
        .max_by_key(|w| w.len())
        .unwrap()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    assert_eq!(
        docs_of(&hits(cwd, &["--doc", "a.en.txt", &word])),
        ["a.en.txt"]
    );
    let index = TriIndex::open(&cwd.join("index")).unwrap();
    let manifest = index.manifest().unwrap();
    let expected: std::collections::BTreeMap<String, u32> = manifest
        .docs
        .iter()
        .map(|(id, e)| (id.clone(), e.passages))
        .collect();
    assert_eq!(passages_per_doc(&index), expected);
    assert!(hits(cwd, &["--doc", "c.kk.txt", "Қазақстан"]).is_empty());
}

#[test]
fn a_file_keeps_its_identifier_however_it_is_reached() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::create_dir_all(cwd.join("lib/treaties")).unwrap();
    std::fs::write(cwd.join("lib/treaties/nat.txt"), doc_text("en", 0, 12)).unwrap();
    std::fs::write(cwd.join("lib/other.txt"), doc_text("ru", 12, 12)).unwrap();
    let out = ok(run(cwd, &["add", "lib/treaties/nat.txt"]));
    assert!(summary_line(&out).starts_with("added 1,"), "{out}");
    // The folder holds the same file under `treaties/nat.txt`: it is not indexed a second time.
    let out = ok(run(cwd, &["index", "lib"]));
    assert!(
        summary_line(&out).starts_with("added 1, updated 0, removed 0, unchanged 1"),
        "{out}"
    );
    let list = ok(run(cwd, &["list"]));
    let ids: Vec<&str> = list
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(ids, ["nat.txt", "other.txt"]);
    // A different file under a taken identifier replaces the document, and the run says so.
    std::fs::create_dir_all(cwd.join("inbox")).unwrap();
    std::fs::write(cwd.join("inbox/other.txt"), doc_text("kk", 30, 8)).unwrap();
    let o = run(cwd, &["add", "inbox/other.txt"]);
    assert!(
        summary_line(&stdout(&o)).starts_with("added 0, updated 1,"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o)
            .contains("inbox/other.txt: replaces document 'other.txt' indexed from lib/other.txt"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_file(cwd.join("inbox/other.txt")).unwrap();
    std::fs::write(cwd.join("lib/other.txt"), doc_text("ru", 14, 12)).unwrap();
    // Back to the folder's file (updated); and nat.txt now belongs to the folder: deleting its file
    // removes the document.
    std::fs::remove_file(cwd.join("lib/treaties/nat.txt")).unwrap();
    let out = ok(run(cwd, &["index", "lib"]));
    assert!(
        summary_line(&out).starts_with("added 0, updated 1, removed 1, unchanged 0"),
        "{out}"
    );
}

#[test]
fn add_list_and_remove_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::write(
        cwd.join("treaty.txt"),
        std::fs::read(repo().join("corpus/north-atlantic-treaty-1949.en.txt")).unwrap(),
    )
    .unwrap();
    std::fs::write(
        cwd.join("udhr.kk.txt"),
        std::fs::read(repo().join("corpus/udhr-1948.kk.txt")).unwrap(),
    )
    .unwrap();
    let out = ok(run(cwd, &["add", "treaty.txt", "udhr.kk.txt"]));
    assert!(summary_line(&out).starts_with("added 2,"), "{out}");

    let docs = listed(cwd);
    assert_eq!(docs.len(), 2);
    let kk = docs.iter().find(|d| d["doc"] == "udhr.kk.txt").unwrap();
    assert!(kk["langs"]["kk"].as_u64().unwrap() > 10, "{kk}");
    assert!(kk["passages"].as_u64().unwrap() >= kk["langs"]["kk"].as_u64().unwrap());
    assert!(kk["indexed"].as_str().unwrap().ends_with('Z'));
    assert_eq!(kk["encoding"], "UTF-8");

    assert!(!hits(cwd, &["--doc", "treaty.txt", "armed attack"]).is_empty());
    // Removal by identifier; by file path works too.
    let out = ok(run(cwd, &["remove", "treaty.txt"]));
    assert_eq!(out.trim(), "removed treaty.txt");
    assert!(hits(cwd, &["--doc", "treaty.txt", "armed attack"]).is_empty());
    let out = ok(run(cwd, &["remove", "./udhr.kk.txt"]));
    assert_eq!(out.trim(), "removed udhr.kk.txt");
    assert_eq!(
        ok(run(cwd, &["list"])).lines().count(),
        1,
        "only the header is left"
    );

    let o = run(cwd, &["remove", "no-such-doc.txt"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains("no document 'no-such-doc.txt'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn small_updates_do_not_pile_up_segments() {
    // Every segment costs each query its terms' lookups: documents added one at a time are merged
    // as they come, not left as one segment each.
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let langs = ["kk", "ru", "en", "kk", "ru"];
    for (n, lang) in langs.iter().enumerate() {
        let name = format!("doc{n}.{lang}.txt");
        std::fs::write(cwd.join(&name), doc_text(lang, 100 + 40 * n, 40)).unwrap();
        ok(run(cwd, &["add", &name]));
    }
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(cwd.join("index/meta.json")).unwrap())
            .unwrap();
    let segments = meta["segments"].as_array().unwrap();
    assert!(segments.len() <= 2, "{} segments", segments.len());
    let passages: u64 = segments
        .iter()
        .map(|s| s["max_doc"].as_u64().unwrap())
        .sum();
    assert!(passages >= 5 * 10, "{passages} passages");
    // Every document is still found.
    let list = ok(run(cwd, &["list"]));
    for n in 0..langs.len() {
        assert!(list.contains(&format!("doc{n}.")), "{list}");
    }
}

/// A one-page PDF with Helvetica text lines, built with lopdf.
fn make_pdf(lines: &[&str]) -> Vec<u8> {
    make_paged_pdf(&[(None, lines, None)])
}

/// A PDF of pages, each with an optional running head at its top, text lines, and an optional
/// page number at its foot.
fn make_paged_pdf(pages: &[(Option<&str>, &[&str], Option<&str>)]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut kids: Vec<Object> = Vec::new();
    for (head, lines, number) in pages {
        let mut ops = Vec::new();
        let mut text_at = |x: i64, y: i64, text: &str| {
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new("Tf", vec!["F1".into(), 12.into()]));
            ops.push(Operation::new("Td", vec![x.into(), y.into()]));
            ops.push(Operation::new("Tj", vec![Object::string_literal(text)]));
            ops.push(Operation::new("ET", vec![]));
        };
        if let Some(head) = head {
            text_at(200, 800, head);
        }
        for (n, line) in lines.iter().enumerate() {
            text_at(50, 750 - 16 * n as i64, line);
        }
        if let Some(number) = number {
            text_at(290, 40, number);
        }
        let content = Content { operations: ops };
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        });
        kids.push(page_id.into());
    }
    save_pdf(doc, pages_id, kids, resources_id)
}

/// Writes out `doc` with its A4 pages `kids` under `pages_id`, which share `resources`.
fn save_pdf(
    mut doc: lopdf::Document,
    pages_id: lopdf::ObjectId,
    kids: Vec<lopdf::Object>,
    resources: lopdf::ObjectId,
) -> Vec<u8> {
    use lopdf::{dictionary, Object};
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => count,
            "Resources" => resources, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A one-page PDF set as scholarly PDFs with Cyrillic text are: a composite font (Type0,
/// Identity-H: two bytes a glyph) whose `ToUnicode` map gives each glyph its letter, and lines
/// drawn as `TJ` arrays whose kerning gaps between pieces the extractor reads as spaces. Each line
/// is its pieces; a piece may hold spaces of its own (the font's space glyph).
fn make_cyrillic_pdf(lines: &[Vec<String>]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Document, Object, Stream, StringFormat};
    let mut letters: Vec<char> = lines.iter().flatten().flat_map(|p| p.chars()).collect();
    letters.sort_unstable();
    letters.dedup();
    let glyph = |c: char| letters.binary_search(&c).unwrap() as u16 + 1;
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut cmap = format!(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n{} beginbfchar\n",
        letters.len()
    );
    for &c in &letters {
        cmap += &format!("<{:04X}> <{:04X}>\n", glyph(c), c as u32);
    }
    cmap += "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.into_bytes()));
    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor", "FontName" => "TimesNewRomanPSMT", "Flags" => 32,
        "FontBBox" => vec![0.into(), (-200).into(), 1000.into(), 900.into()],
        "ItalicAngle" => 0, "Ascent" => 900, "Descent" => -200, "CapHeight" => 700, "StemV" => 80,
    });
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "TimesNewRomanPSMT",
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "DW" => 500, "CIDToGIDMap" => "Identity", "FontDescriptor" => descriptor,
    });
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "TimesNewRomanPSMT",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()],
        "ToUnicode" => to_unicode,
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
        Operation::new("TL", vec![14.into()]),
        Operation::new("Td", vec![60.into(), 780.into()]),
    ];
    for line in lines {
        let mut array = Vec::new();
        for (n, piece) in line.iter().enumerate() {
            if n > 0 {
                array.push(Object::Integer(-300));
            }
            let bytes = piece.chars().flat_map(|c| glyph(c).to_be_bytes()).collect();
            array.push(Object::String(bytes, StringFormat::Hexadecimal));
        }
        ops.push(Operation::new("TJ", vec![Object::Array(array)]));
        ops.push(Operation::new("T*", vec![]));
    }
    ops.push(Operation::new("ET", vec![]));
    let content = Content { operations: ops };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    save_pdf(doc, pages_id, vec![page_id.into()], resources_id)
}

/// Sets Cyrillic `text` as a PDF typesetter damages it: every word of five letters or more drawn
/// in syllables (cut before a consonant and the vowel after it), lines wrapped at `width`
/// letters, a word that overflows hyphenated at a syllable.
fn syllable_lines(text: &str, width: usize) -> Vec<Vec<String>> {
    let vowel = |c: char| "аеёиоуыэюяәөұүіАЕЁИОУЫЭЮЯӘӨҰҮІ".contains(c);
    let syllables = |w: &str| -> Vec<String> {
        let cs: Vec<char> = w.chars().collect();
        if cs.iter().filter(|c| c.is_alphabetic()).count() < 5 {
            return vec![w.to_string()];
        }
        let mut out = vec![String::new()];
        for (i, &c) in cs.iter().enumerate() {
            let cut = i > 1
                && !vowel(c)
                && c.is_alphabetic()
                && cs.get(i + 1).is_some_and(|&n| vowel(n))
                && cs[..i].iter().any(|&p| vowel(p))
                && cs[i + 1..].iter().filter(|c| c.is_alphabetic()).count() >= 2;
            if cut {
                out.push(String::new());
            }
            out.last_mut().unwrap().push(c);
        }
        out
    };
    let mut lines: Vec<Vec<String>> = vec![Vec::new()];
    let mut used = 0;
    for word in text.split_whitespace() {
        let parts = syllables(word);
        let mut first = true;
        for (n, part) in parts.iter().enumerate() {
            let len = part.chars().count() + 1;
            if used + len > width && used > 0 && n > 0 {
                // The rest goes to the next line, after a line-break hyphen.
                lines.last_mut().unwrap().last_mut().unwrap().push('-');
                lines.push(Vec::new());
                used = 0;
                first = false;
            } else if used + len > width && used > 0 {
                lines.push(Vec::new());
                used = 0;
            }
            let line = lines.last_mut().unwrap();
            if n == 0 && !line.is_empty() && first {
                // A word's first syllable goes with a space before it, in the piece before.
                line.last_mut().unwrap().push(' ');
                line.last_mut().unwrap().push_str(part);
            } else {
                line.push(part.clone());
            }
            first = false;
            used += len;
        }
    }
    lines
}

#[test]
fn a_cyrillic_pdf_in_a_composite_font_is_read_repaired_and_found() {
    // Article 1 of the UDHR in Kazakh and in Russian, each a paragraph of its own.
    let kk = std::fs::read_to_string(repo().join("corpus/udhr-1948.kk.txt")).unwrap();
    let ru = std::fs::read_to_string(repo().join("corpus/udhr-1948.ru.txt")).unwrap();
    let article = |text: &str, word: &str| {
        text.lines()
            .find(|l| l.contains(word))
            .unwrap()
            .replace('\u{2010}', "-")
    };
    let (kk, ru) = (article(&kk, "тумысынан"), article(&ru, "рождаются"));
    let mut lines = syllable_lines(&kk, 60);
    lines.push(Vec::new());
    lines.extend(syllable_lines(&ru, 60));
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::create_dir_all(cwd.join("inbox")).unwrap();
    let pdf = cwd.join("inbox/udhr-article-1.pdf");
    std::fs::write(&pdf, make_cyrillic_pdf(&lines)).unwrap();

    // As extracted, the long words are in pieces, which the repair joins (some forty joints);
    // repaired, nine words in ten or more are right. (In Kazakh, `қадір-қасиеті мен құқықтары`,
    // "dignity and rights", still comes out `қадір-қасиетімен`, "with dignity": `мен` is a
    // conjunction and an ending alike.)
    let explained = ok(run(
        cwd,
        &["normalize", "--explain", "inbox/udhr-article-1.pdf"],
    ));
    let joined = explained
        .lines()
        .filter(|l| l.contains("\tjoined\t"))
        .count();
    assert!(joined >= 30, "{explained}");
    let repaired = ok(run(cwd, &["normalize", "inbox/udhr-article-1.pdf"]));
    let (kk_out, ru_out) = repaired.split_once("\n\n").expect(&repaired);
    for (clean, out) in [(&kk, kk_out), (&ru, ru_out)] {
        let (right, total) = trilingua::normalize::damage::word_accuracy(clean, out);
        assert!(right * 10 >= total * 9, "{right}/{total}:\n{out}");
    }

    let out = ok(run(cwd, &["add", "inbox"]));
    assert!(summary_line(&out).starts_with("added 1,"), "{out}");
    let doc = listed(cwd)
        .into_iter()
        .find(|d| d["doc"] == "udhr-article-1.pdf")
        .unwrap();
    assert_eq!(doc["format"], "pdf");
    assert_eq!(
        (doc["langs"]["kk"].as_u64(), doc["langs"]["ru"].as_u64()),
        (Some(1), Some(1)),
        "{doc}"
    );
    // Each language's words are found, highlighted whole in the repaired passage, and cited by
    // the lines the extractor wrote.
    let mut cited = std::collections::BTreeMap::new();
    for (lang, query, word) in [
        ("kk", "тумысынан", "тумысынан"),
        ("kk", "бауырмалдық", "бауырмалдық"),
        ("ru", "правами", "правах"),
        ("ru", "достоинство", "достоинстве"),
    ] {
        let out = ok(run(cwd, &["search", "--json", "--lang", lang, query]));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let hit = &v["hits"][0];
        assert_eq!(hit["doc"], "udhr-article-1.pdf", "{query}: {out}");
        let marked = util::highlighted(hit);
        assert!(
            marked.iter().any(|m| m == word),
            "{query}: {marked:?} in {out}"
        );
        let span = [&hit["lines"][0], &hit["lines"][1]].map(|l| l.as_u64().unwrap());
        cited.insert(lang, span);
    }
    // The extractor writes the page's lines as drawn, a blank line between the paragraphs (after
    // a blank line or two of its own at the top of the page): each passage is cited by its lines.
    let kk_lines = lines.iter().position(Vec::is_empty).unwrap() as u64;
    let ru_lines = lines.len() as u64 - kk_lines - 1;
    let (kk_span, ru_span) = (cited["kk"], cited["ru"]);
    assert_eq!(kk_span[1] - kk_span[0] + 1, kk_lines, "{cited:?}");
    assert_eq!(ru_span[1] - ru_span[0] + 1, ru_lines, "{cited:?}");
    assert_eq!(ru_span[0], kk_span[1] + 2, "{cited:?}");
}

/// Kazakh text in KZ-1048: Windows-1251 bytes with the sixteen Kazakh letters in their KZ-1048 places.
fn kz1048(text: &str) -> Vec<u8> {
    const KZ: [(char, u8); 16] = [
        ('Қ', 0x8D),
        ('Һ', 0x8E),
        ('қ', 0x9D),
        ('һ', 0x9E),
        ('Ұ', 0xA1),
        ('ұ', 0xA2),
        ('Ә', 0xA3),
        ('Ө', 0xA5),
        ('Ғ', 0xAA),
        ('Ү', 0xAF),
        ('ө', 0xB4),
        ('ғ', 0xBA),
        ('ә', 0xBC),
        ('Ң', 0xBD),
        ('ң', 0xBE),
        ('ү', 0xBF),
    ];
    text.chars()
        .flat_map(|c| match KZ.iter().find(|(k, _)| *k == c) {
            Some(&(_, b)) => vec![b],
            None => encoding_rs::WINDOWS_1251
                .encode(&c.to_string())
                .0
                .into_owned(),
        })
        .collect()
}

#[test]
fn html_pdf_and_legacy_encodings_are_indexed_as_text() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let lib = cwd.join("inbox");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::write(
        lib.join("wales-2014.html"),
        "<!DOCTYPE html><html><head><title>Wales Summit Declaration</title>\n\
         <script>var hiddenscriptword = 1;</script><style>.x{color:red}</style></head>\n\
         <body><h1>Wales Summit Declaration</h1>\n\
         <p>We, the Heads of State and Government, reaffirm our commitment to the\n\
         Partnership for Peace with Kazakhstan.</p>\n\
         <ul><li>Interoperability</li><li>Defence reform</li></ul></body></html>\n",
    )
    .unwrap();
    std::fs::write(
        lib.join("chicago-2012.pdf"),
        make_pdf(&[
            "Chicago Summit Declaration",
            "The Alliance values its cooperation with Central Asian part-",
            "ners, notably Kazakhstan, in the Euro-Atlantic Partnership Council.",
        ]),
    )
    .unwrap();
    let ru = "Всеобщая декларация прав человека. Все люди рождаются свободными и равными в своем достоинстве и правах.\n";
    std::fs::write(
        lib.join("udhr.ru.txt"),
        encoding_rs::WINDOWS_1251.encode(ru).0,
    )
    .unwrap();
    let kk = "Адам құқықтарының жалпыға бірдей декларациясы. Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып дүниеге келеді.\n";
    std::fs::write(lib.join("udhr.kk.txt"), kz1048(kk)).unwrap();

    let page = "<html><head><meta charset=\"windows-1251\"><title>Саммит</title></head><body>\n\
        <p>Программа сотрудничества НАТО и Казахстана.</p></body></html>\n";
    std::fs::write(
        lib.join("page.htm"),
        encoding_rs::WINDOWS_1251.encode(page).0,
    )
    .unwrap();

    let out = ok(run(cwd, &["index", "inbox"]));
    assert!(
        summary_line(&out).starts_with("added 5, updated 0, removed 0, unchanged 0, failed 0"),
        "{out}"
    );

    let docs = listed(cwd);
    let by = |id: &str| docs.iter().find(|d| d["doc"] == id).unwrap().clone();
    assert_eq!(by("udhr.ru.txt")["encoding"], "windows-1251");
    assert_eq!(by("udhr.kk.txt")["encoding"], "KZ-1048");
    assert_eq!(by("udhr.kk.txt")["langs"]["kk"], 1, "{}", by("udhr.kk.txt"));
    assert_eq!(by("udhr.ru.txt")["langs"]["ru"], 1);
    assert_eq!(by("wales-2014.html")["title"], "Wales Summit Declaration");
    assert_eq!(by("chicago-2012.pdf")["format"], "pdf");

    // Decoded words are searchable, in their own language.
    assert_eq!(
        docs_of(&hits(cwd, &["--lang", "kk", "құқықтары"])),
        ["udhr.kk.txt"]
    );
    assert_eq!(
        docs_of(&hits(cwd, &["--lang", "ru", "достоинстве"])),
        ["udhr.ru.txt"]
    );
    assert_eq!(by("page.htm")["encoding"], "windows-1251");
    assert_eq!(by("page.htm")["title"], "Саммит");
    assert_eq!(
        docs_of(&hits(cwd, &["--lang", "ru", "сотрудничества"])),
        ["page.htm"]
    );
    // HTML: text found, cited by the lines of the extracted text; scripts are not text.
    let h = hits(cwd, &["--doc", "wales-2014.html", "commitment"]);
    assert_eq!(h.len(), 1);
    assert_eq!(
        h[0].1,
        [1, 3],
        "title paragraph joined to the first paragraph: {h:?}"
    );
    assert!(hits(cwd, &["hiddenscriptword"]).is_empty());
    // PDF: extracted, and the line-break hyphen repaired.
    assert_eq!(
        docs_of(&hits(cwd, &["\"Central Asian partners\""])),
        ["chicago-2012.pdf"]
    );
}

#[test]
fn kazakh_in_kz1048_stand_ins_and_a_damaged_first_line_are_repaired() {
    // A Kazakh file in KZ-1048 that another tool read as Windows-1251 and saved as UTF-8: `Ќ` for
    // `Қ`, `є` for `ғ`, `ј` for `ә`. Its letters come back, so its words are found and its
    // title, the first line, reads right; so does a damaged first line of another document.
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let lib = cwd.join("inbox");
    std::fs::create_dir_all(&lib).unwrap();
    // (Its hyphens written `-`: Windows-1251 has no `‐`.)
    let udhr = std::fs::read_to_string(repo().join("corpus/udhr-1948.kk.txt"))
        .unwrap()
        .replace('‐', "-");
    let stand_ins = encoding_rs::WINDOWS_1251
        .decode(&kz1048(&udhr))
        .0
        .into_owned();
    assert!(stand_ins.contains("ЌЎЌЫЌТАРЫНЫЅ") && !stand_ins.contains('қ'));
    std::fs::write(lib.join("udhr-read-as-1251.kk.txt"), &stand_ins).unwrap();
    let damaged = format!(
        "Бей біт ші лік жо лын да ғы әріп тес тік\n\n{}",
        doc_text("kk", 0, 10)
    );
    std::fs::write(lib.join("pfp.kk.txt"), damaged).unwrap();
    ok(run(cwd, &["index", "inbox"]));
    let docs = listed(cwd);
    let by = |id: &str| docs.iter().find(|d| d["doc"] == id).unwrap().clone();
    let doc = by("udhr-read-as-1251.kk.txt");
    assert_eq!(doc["title"], udhr.lines().next().unwrap().trim(), "{doc}");
    assert_eq!(doc["langs"]["kk"], doc["passages"], "{doc}");
    assert_eq!(
        by("pfp.kk.txt")["title"],
        "Бейбітшілік жолындағы әріптестік"
    );
    let found = docs_of(&hits(cwd, &["--lang", "kk", "бостандықтары"]));
    assert!(
        found.contains(&"udhr-read-as-1251.kk.txt".to_string()),
        "{found:?}"
    );
    // Its passages read in Kazakh's letters, none of the stand-ins left.
    let out = ok(run(
        cwd,
        &[
            "search",
            "--json",
            "--limit",
            "50",
            "--doc",
            "udhr-read-as-1251.kk.txt",
            "адам",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let texts: Vec<&str> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["text"].as_str().unwrap())
        .collect();
    assert!(texts.len() > 10, "{out}");
    for t in texts {
        assert!(t.split(' ').all(|w| udhr.contains(w)), "{t}");
        assert!(!t.contains(['Ќ', 'ќ', 'є', 'ј', 'ѕ', 'ў', 'ї', 'ґ']), "{t}");
    }
}

#[test]
fn bad_files_are_reported_one_by_one_and_the_rest_indexed() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let lib = cwd.join("inbox");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::write(lib.join("good.txt"), doc_text("en", 0, 12)).unwrap();
    let out = ok(run(cwd, &["index", "inbox"]));
    assert!(summary_line(&out).starts_with("added 1,"));

    std::fs::write(lib.join("other.txt"), doc_text("ru", 12, 12)).unwrap();
    std::fs::write(
        lib.join("image.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    std::fs::write(
        lib.join("latin1.txt"),
        b"Le d\xe9put\xe9 a r\xe9pondu \xe0 la question.\n",
    )
    .unwrap();
    std::fs::write(lib.join("empty.md"), b"  \n\n").unwrap();
    std::fs::write(lib.join("nul.txt"), b"Partnership for Peace\x00\x00 text").unwrap();
    let mut huge = vec![b'a'; 50 << 20];
    huge.extend_from_slice(b" end\n");
    std::fs::write(lib.join("oneline.txt"), huge).unwrap();
    std::fs::write(lib.join("broken.pdf"), &make_pdf(&["Some text"])[..200]).unwrap();
    std::fs::write(lib.join("scan.pdf"), make_pdf(&[])).unwrap();
    std::fs::write(lib.join("junk.html"), b"<html>\x00\x01\x02\x03</html>").unwrap();
    std::os::unix::fs::symlink(lib.join("missing-target.txt"), lib.join("dangling.txt")).unwrap();
    // Malformed HTML is read the way a browser reads it: its text is indexed.
    std::fs::write(
        lib.join("tagsoup.html"),
        b"<p>Unclosed <b>interoperability <i>exercise</p><div>second",
    )
    .unwrap();

    // The good file changes too: the bad ones must not stop its update.
    std::fs::write(lib.join("good.txt"), doc_text("en", 100, 12)).unwrap();
    let o = run(cwd, &["index", "inbox"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    for (file, reason) in [
        ("image.txt", "NUL byte at offset 8"),
        ("latin1.txt", "not valid UTF-8"),
        ("empty.md", "empty document"),
        ("nul.txt", "NUL byte at offset 21"),
        ("oneline.txt", "line 1 is 52.4 MB long"),
        ("broken.pdf", "malformed PDF"),
        ("scan.pdf", "no text layer"),
        ("junk.html", "NUL byte"),
        ("dangling.txt", "cannot read"),
    ] {
        let lines: Vec<&str> = err.lines().filter(|l| l.contains(file)).collect();
        assert_eq!(lines.len(), 1, "{file}: {err}");
        assert!(lines[0].contains(reason), "{file}: {}", lines[0]);
    }
    assert_eq!(err.lines().count(), 9, "{err}");
    let out = stdout(&o);
    assert!(
        summary_line(&out).starts_with("added 2, updated 1, removed 0, unchanged 0, failed 9"),
        "{out}"
    );
    assert_eq!(docs_of(&hits(cwd, &["interoperability"])), ["tagsoup.html"]);
    let list = ok(run(cwd, &["list"]));
    assert_eq!(list.lines().count(), 4, "{list}");

    // A file that goes bad keeps what the index held of it.
    std::fs::write(lib.join("other.txt"), b"\x00\x01binary now").unwrap();
    let o = run(cwd, &["index", "inbox"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(ok(run(cwd, &["list"])).contains("other.txt"));
}

#[test]
fn metadata_from_sidecar_and_catalogue_filters_search() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let lib = cwd.join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::write(lib.join("wales-2014.txt"), "Wales Summit Declaration.\n\nThe Alliance welcomes the partnership with Kazakhstan in interoperability.\n").unwrap();
    std::fs::write(
        lib.join("wales-2014.txt.meta.toml"),
        "title = \"Wales Summit Declaration\"\nyear = 2014\nkind = \"declaration\"\nauthor = \"NATO\"\nsource = \"nato.int\"\n",
    )
    .unwrap();
    std::fs::write(
        lib.join("chicago-2012.txt"),
        "Chicago Summit Declaration.\n\nThe Alliance values the partnership with Kazakhstan.\n",
    )
    .unwrap();
    std::fs::write(
        lib.join("catalog.toml"),
        "[[doc]]\nfile = \"chicago-2012.txt\"\ntitle = \"Chicago Summit Declaration\"\nyear = 2012\nkind = \"declaration\"\n\n[[doc]]\nfile = \"article.txt\"\ntitle = \"An article\"\nyear = 2014\nkind = \"article\"\n",
    )
    .unwrap();
    std::fs::write(
        lib.join("article.txt"),
        "Kazakhstan and the partnership: a study.\n",
    )
    .unwrap();
    ok(run(cwd, &["index", "lib"]));

    let all = docs_of(&hits(cwd, &["partnership"]));
    assert_eq!(all, ["article.txt", "chicago-2012.txt", "wales-2014.txt"]);
    assert_eq!(
        docs_of(&hits(cwd, &["--kind", "declaration", "partnership"])),
        ["chicago-2012.txt", "wales-2014.txt"]
    );
    assert_eq!(
        docs_of(&hits(cwd, &["--year", "2014", "partnership"])),
        ["article.txt", "wales-2014.txt"]
    );
    assert_eq!(
        docs_of(&hits(cwd, &["--year", "2010..2013", "partnership"])),
        ["chicago-2012.txt"]
    );
    assert_eq!(
        docs_of(&hits(
            cwd,
            &["--kind", "declaration", "--year", "2014", "partnership"]
        )),
        ["wales-2014.txt"]
    );
    assert_eq!(
        docs_of(&hits(
            cwd,
            &[
                "--doc",
                "article.txt",
                "--doc",
                "wales-2014.txt",
                "partnership"
            ]
        )),
        ["article.txt", "wales-2014.txt"]
    );
    let o = run(cwd, &["search", "--year", "soon", "partnership"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--year takes a year"), "{}", stderr(&o));

    let list = ok(run(cwd, &["list", "--json"]));
    let wales: serde_json::Value =
        serde_json::from_str(list.lines().find(|l| l.contains("wales")).unwrap()).unwrap();
    assert_eq!(
        (wales["author"].as_str(), wales["source"].as_str()),
        (Some("NATO"), Some("nato.int"))
    );

    // Changing only the sidecar re-indexes the document with its new metadata.
    std::fs::write(
        lib.join("wales-2014.txt.meta.toml"),
        "title = \"Wales Summit Declaration\"\nyear = 2014\nkind = \"communique\"\n",
    )
    .unwrap();
    let out = ok(run(cwd, &["index", "lib"]));
    assert!(
        summary_line(&out).starts_with("added 0, updated 1, removed 0, unchanged 2"),
        "{out}"
    );
    assert_eq!(
        docs_of(&hits(cwd, &["--kind", "communique", "partnership"])),
        ["wales-2014.txt"]
    );

    // A broken catalogue is reported once; the documents it described keep their metadata.
    std::fs::write(lib.join("catalog.toml"), "[[doc]\nfile = \"x.txt\"\n").unwrap();
    std::fs::write(
        lib.join("chicago-2012.txt"),
        "Chicago Summit Declaration.\n\nThe Alliance values the partnership with Kazakhstan and Central Asia.\n",
    )
    .unwrap();
    let o = run(cwd, &["index", "lib"]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(
        stderr(&o).matches("catalog.toml:1").count(),
        1,
        "{}",
        stderr(&o)
    );
    assert!(summary_line(&stdout(&o))
        .starts_with("added 0, updated 1, removed 0, unchanged 2, failed 1"));
    assert_eq!(
        docs_of(&hits(
            cwd,
            &["--year", "2012", "--kind", "declaration", "Central Asia"]
        )),
        ["chicago-2012.txt"]
    );
}

#[test]
fn a_second_writer_is_told_the_index_is_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::write(cwd.join("a.txt"), doc_text("en", 0, 8)).unwrap();
    ok(run(cwd, &["add", "a.txt"]));
    let index = TriIndex::open(&cwd.join("index")).unwrap();
    let writer: tantivy::IndexWriter = index.tantivy().writer(15_000_000).unwrap();
    std::fs::write(cwd.join("b.txt"), doc_text("en", 8, 8)).unwrap();
    let started = Instant::now();
    for args in [&["add", "b.txt"][..], &["index", "."], &["remove", "a.txt"]] {
        let o = run(cwd, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&o).contains("is locked: another trilingua is writing to it"),
            "{}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"));
    }
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "a locked index made the writer wait"
    );
    // Searching needs no lock.
    assert!(!hits(
        cwd,
        &[
            "--doc",
            "a.txt",
            ntrex("en")[0].split_whitespace().next().unwrap()
        ]
    )
    .is_empty());
    drop(writer);
    assert!(summary_line(&ok(run(cwd, &["add", "b.txt"]))).starts_with("added 1,"));
}

/// Passages in the index per document, counted from the index itself.
fn passages_per_doc(index: &TriIndex) -> std::collections::BTreeMap<String, u32> {
    use tantivy::schema::Value;
    index.reader().reload().unwrap();
    let searcher = index.reader().searcher();
    let mut out = std::collections::BTreeMap::new();
    for segment in searcher.segment_readers() {
        let store = segment.get_store_reader(1).unwrap();
        for id in segment.doc_ids_alive() {
            let doc: tantivy::TantivyDocument = store.get(id).unwrap();
            let name = doc
                .get_first(index.fields().doc)
                .and_then(|v| v.as_str())
                .unwrap()
                .to_string();
            *out.entry(name).or_default() += 1;
        }
    }
    out
}

#[test]
fn a_killed_run_leaves_the_last_commit_and_a_rerun_completes() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let lib = cwd.join("big");
    std::fs::create_dir_all(&lib).unwrap();
    let (en, ru, kk) = (ntrex("en"), ntrex("ru"), ntrex("kk"));
    const FILES: usize = 300;
    for i in 0..FILES {
        let (lines, lang) = match i % 3 {
            0 => (&en, "en"),
            1 => (&ru, "ru"),
            _ => (&kk, "kk"),
        };
        let start = (i * 37) % (lines.len() - 120);
        let text: String = lines[start..start + 120]
            .chunks(4)
            .map(|c| c.join(" ") + "\n\n")
            .collect();
        std::fs::write(lib.join(format!("doc-{i:03}.{lang}.txt")), text).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_trilingua"))
        .current_dir(cwd)
        .args(["--index", "index", "index", "--commit-mb", "0.25", "big"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for a first commit, search during the run, then kill the indexer.
    let dir = cwd.join("index");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the indexer finished before it could be killed"
        );
        assert!(Instant::now() < deadline, "no commit within two minutes");
        let committed = TriIndex::open(&dir)
            .ok()
            .map(|i| i.manifest().unwrap().docs.len())
            .unwrap_or(0);
        if committed > 0 {
            let o = run(cwd, &["search", "--json", "news"]);
            assert!(o.status.success(), "search during indexing: {}", stderr(&o));
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let index = TriIndex::open(&dir).unwrap();
    let manifest = index.manifest().unwrap();
    let committed = manifest.docs.len();
    assert!(
        committed > 0 && committed < FILES,
        "{committed} documents committed"
    );
    // Nothing lost, nothing half-done: every document the manifest names has all its passages.
    let counted = passages_per_doc(&index);
    let expected: std::collections::BTreeMap<String, u32> = manifest
        .docs
        .iter()
        .map(|(id, e)| (id.clone(), e.passages))
        .collect();
    assert_eq!(counted, expected);
    drop(index);

    let out = ok(run(cwd, &["index", "big"]));
    let line = summary_line(&out);
    assert!(
        line.starts_with(&format!(
            "added {}, updated 0, removed 0, unchanged {committed}, failed 0",
            FILES - committed
        )),
        "{line}"
    );
    let index = TriIndex::open(&dir).unwrap();
    let manifest = index.manifest().unwrap();
    assert_eq!(manifest.docs.len(), FILES);
    let expected: std::collections::BTreeMap<String, u32> = manifest
        .docs
        .iter()
        .map(|(id, e)| (id.clone(), e.passages))
        .collect();
    assert_eq!(passages_per_doc(&index), expected);
}

/// Hits that tie in score come in document order, however the documents reached the index (here
/// the first of them comes last, in its own segment).
#[test]
fn tied_hits_rank_by_document_whatever_the_indexing_order() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::create_dir_all(cwd.join("lib")).unwrap();
    let text = doc_text("en", 20, 4);
    for name in ["e", "c", "d", "b"] {
        std::fs::write(cwd.join(format!("lib/{name}.txt")), &text).unwrap();
    }
    ok(run(cwd, &["index", "lib"]));
    std::fs::write(cwd.join("lib/a.txt"), &text).unwrap();
    ok(run(cwd, &["add", "lib/a.txt"]));
    let word = text
        .split_whitespace()
        .find(|w| w.len() > 6 && w.chars().all(char::is_alphabetic))
        .expect("a long word");
    let found = hits(cwd, &[word]);
    let docs: Vec<&str> = found.iter().map(|h| h.0.as_str()).collect();
    assert_eq!(docs.len(), 5, "{found:?}");
    let mut sorted = docs.clone();
    sorted.sort();
    assert_eq!(docs, sorted);
}

#[test]
fn an_index_of_an_older_format_is_built_anew_from_its_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let lib = cwd.join("library");
    let extra = cwd.join("extra");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(&extra).unwrap();
    std::fs::write(lib.join("a.en.txt"), doc_text("en", 0, 20)).unwrap();
    std::fs::write(lib.join("b.ru.txt"), doc_text("ru", 20, 20)).unwrap();
    std::fs::write(extra.join("c.kk.txt"), doc_text("kk", 40, 20)).unwrap();
    ok(run(cwd, &["index", "library"]));
    ok(run(cwd, &["add", "extra"]));
    let listed = ok(run(cwd, &["list"]));
    let query = ntrex("en")[3]
        .split_whitespace()
        .nth(2)
        .unwrap()
        .to_string();
    let found = hits(cwd, &[&query]);
    assert!(!found.is_empty());

    // The same index as an older build left it: its marker names an older format. A file of the
    // user's in the folder is not the index's.
    let marker = cwd.join("index/trilingua.json");
    let older = || std::fs::write(&marker, "{\"format\": 1}\n").unwrap();
    older();
    std::fs::write(cwd.join("index/NOTES.txt"), "mine\n").unwrap();
    refused(
        &run(cwd, &["list"]),
        &["older than this build's", "trilingua index"],
    );

    // Not while another process writes to it.
    {
        let old = tantivy::Index::open_in_dir(cwd.join("index")).unwrap();
        let _writer: tantivy::IndexWriter = old.writer(15_000_000).unwrap();
        refused(&run(cwd, &["index"]), &["locked"]);
        assert!(cwd.join("index/meta.json").is_file());
    }

    // `index` without paths builds it anew from both folders it was built from, saying so; the
    // next run finds it current.
    let o = run(cwd, &["index"]);
    assert!(stderr(&o).contains("older format"), "{}", stderr(&o));
    let out = ok(o);
    assert!(
        summary_line(&out).starts_with("added 3, updated 0, removed 0"),
        "{out}"
    );
    let o = run(cwd, &["index"]);
    assert!(!stderr(&o).contains("older format"), "{}", stderr(&o));
    assert!(summary_line(&ok(o)).starts_with("added 0, updated 0, removed 0, unchanged 3"));
    let relisted = ok(run(cwd, &["list"]));
    let docs = |l: &str| -> Vec<String> {
        l.lines()
            .skip(1)
            .map(|r| r.split('\t').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(docs(&relisted), docs(&listed));
    assert_eq!(hits(cwd, &[&query]), found);
    assert_eq!(
        std::fs::read_to_string(cwd.join("index/NOTES.txt")).unwrap(),
        "mine\n"
    );

    // `search` does the same on its own, saying so.
    older();
    let o = run(cwd, &["search", &query]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("older format"), "{}", stderr(&o));
    assert_eq!(hits(cwd, &[&query]), found);

    // One whose sources are partly gone is not built anew: it would lose their documents.
    older();
    std::fs::rename(&extra, cwd.join("moved")).unwrap();
    let files = || std::fs::read_dir(cwd.join("index")).unwrap().count();
    let before = files();
    refused(&run(cwd, &["index"]), &["cannot be built anew", "extra"]);
    assert_eq!(files(), before);
    std::fs::rename(cwd.join("moved"), &extra).unwrap();

    // An index of a newer format is left alone.
    std::fs::write(&marker, "{\"format\": 99}\n").unwrap();
    let before = files();
    refused(&run(cwd, &["index"]), &["newer than this build's"]);
    assert_eq!(files(), before);
}

/// `text`'s paragraphs wrapped at `width` and laid out on pages of `lines` lines, as text from a
/// journal's PDF comes: between pages, a blank line, the page's number and a running head (the
/// journal's name on odd pages, the author's on even ones), wherever the page ended. Also how many
/// pages ended inside a paragraph but after a sentence's end, where no reader of the text alone
/// can tell that the paragraph goes on.
fn paged(text: &str, width: usize, lines: usize) -> (String, usize) {
    let mut unclear = 0;
    let mut out = String::new();
    let mut on_page = 0;
    let mut page: usize = 101;
    for para in text.split("\n\n") {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.len() + 1 + word.len() > width {
                out.push_str(&line);
                out.push('\n');
                on_page += 1;
                if on_page >= lines {
                    on_page = 0;
                    page += 1;
                    out.push_str(&format!("\n{page}\n\n{}\n", head(page)));
                    unclear += usize::from(line.trim_end_matches('"').ends_with(['.', '!', '?']));
                }
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(&line);
        out.push_str("\n\n");
        on_page += 1;
        // A page that ends with its paragraph.
        if on_page >= lines {
            on_page = 0;
            page += 1;
            out.push_str(&format!("{page}\n\n{}\n\n", head(page)));
        }
    }
    (out, unclear)
}

/// The running head of page `page`.
fn head(page: usize) -> &'static str {
    if page % 2 == 1 {
        "Bulletin of the Zanzibar Reading Society"
    } else {
        "A. B. Kuzembayeva"
    }
}

#[test]
fn page_numbers_and_running_heads_are_not_indexed() {
    // Fifteen pages and more of an English document made of NTREX sentences, four to a paragraph:
    // the pages' numbers and heads are no passage's text, and a paragraph a page cut is one
    // passage.
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::create_dir_all(cwd.join("lib")).unwrap();
    let plain = doc_text("en", 200, 120);
    let (text, unclear) = paged(&plain, 70, 10);
    assert!(text.contains("\n116\n"), "{text}");
    std::fs::write(cwd.join("lib/bulletin.txt"), &text).unwrap();
    std::fs::write(cwd.join("lib/plain.txt"), &plain).unwrap();
    ok(run(cwd, &["index", "lib"]));
    assert!(hits(cwd, &["Zanzibar"]).is_empty());
    assert!(hits(cwd, &["Kuzembayeva"]).is_empty());
    // As many passages as the same text unpaged, but where a page ended after a sentence inside
    // a paragraph; and the same words.
    let index = TriIndex::open(&cwd.join("index")).unwrap();
    let counts = passages_per_doc(&index);
    let (paged, plain) = (counts["bulletin.txt"], counts["plain.txt"]);
    assert!(
        paged >= plain && paged <= plain + unclear as u32,
        "{counts:?}, {unclear}"
    );
    let printed = |file: &str| {
        let out = ok(run(cwd, &["normalize", file]));
        out.split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(printed("lib/bulletin.txt"), printed("lib/plain.txt"));
}

#[test]
fn a_pdf_s_page_heads_and_numbers_are_not_indexed() {
    // Three pages of a journal's PDF: the journal's name at each page's top, the page's number at
    // its foot, and a paragraph that goes on from page to page, mid-sentence.
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::create_dir_all(cwd.join("lib")).unwrap();
    let sentences = ntrex("en");
    let text = sentences[400..424].join(" ");
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > 80 {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    let per_page = lines.len().div_ceil(3);
    let pages: Vec<Vec<&str>> = lines
        .chunks(per_page)
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    let numbers = ["17", "18", "19"];
    let layout: Vec<(Option<&str>, &[&str], Option<&str>)> = pages
        .iter()
        .zip(numbers)
        .map(|(p, n)| (Some("Zanzibar Review of Books"), &p[..], Some(n)))
        .collect();
    std::fs::write(cwd.join("lib/review.pdf"), make_paged_pdf(&layout)).unwrap();
    std::fs::write(cwd.join("plain.txt"), &text).unwrap();
    // The PDF's text is the paragraph's, page by page, without the heads and numbers (before, each
    // page's number and the next one's head were read as a heading of the text after them).
    let words = |file: &str| {
        let out = ok(run(cwd, &["normalize", file]));
        out.split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(words("lib/review.pdf"), words("plain.txt"));
    ok(run(cwd, &["index", "lib"]));
    assert!(hits(cwd, &["Zanzibar"]).is_empty());
    assert!(hits(cwd, &["Palu"]).len() >= 2);
}
