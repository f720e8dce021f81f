//! Cross-lingual search on real text: the relevance goal on the shipped corpus, names across scripts
//! on NTREX news sentences, and the `expand` / `search --explain --per-lang` command line.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use trilingua::index::{self, TriIndex};
use trilingua::query::{self, eval, Glossary, Origin, SearchOptions};
use trilingua::Lang;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One index of the shipped corpus for all tests of this file.
fn corpus_index() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        index::build(dir.path(), &[root().join("corpus")]).unwrap();
        dir
    })
    .path()
}

/// Recall@10 and MRR per language pair, with expansion and without (typed words only).
fn evaluation() -> &'static (eval::Evaluation, eval::Evaluation) {
    static EVAL: OnceLock<(eval::Evaluation, eval::Evaluation)> = OnceLock::new();
    EVAL.get_or_init(|| {
        let file = root().join("tests/relevance/queries.tsv");
        let queries = eval::load(&file).unwrap();
        for lang in Lang::ALL {
            let n = queries.iter().filter(|q| q.lang == lang).count();
            assert!(n >= 20, "only {n} {lang} queries");
        }
        let index = TriIndex::open(corpus_index()).unwrap();
        let glossary = Glossary::shipped();
        (
            eval::evaluate(&index, &queries, glossary, true, 10, &file).unwrap(),
            eval::evaluate(&index, &queries, glossary, false, 10, &file).unwrap(),
        )
    })
}

fn assert_recall(to: &[Lang], goal: f64) {
    let (expanded, plain) = evaluation();
    assert_eq!(expanded.pairs.len(), 6, "{:?}", expanded.pairs);
    for (e, p) in expanded.pairs.iter().zip(&plain.pairs) {
        if !to.contains(&e.to) {
            continue;
        }
        let misses: Vec<_> = expanded
            .misses
            .iter()
            .filter(|m| m.lang == e.to)
            .map(|m| (&m.id, &m.query))
            .collect();
        assert!(
            e.recall >= goal,
            "{}→{}: recall@10 {:.3} < {goal} (misses: {misses:?})",
            e.from,
            e.to,
            e.recall
        );
        assert!(
            e.recall > p.recall,
            "{}→{}: expansion does not help",
            e.from,
            e.to
        );
    }
}

#[test]
fn every_language_pair_reaches_the_recall_goal() {
    assert_recall(&Lang::ALL, 0.9);
}

#[test]
fn own_words_rank_first() {
    let index = TriIndex::open(corpus_index()).unwrap();
    for (q, lang) in [
        ("права человека", Lang::Ru),
        ("адам құқықтары", Lang::Kk),
        ("human rights", Lang::En),
    ] {
        let r = query::search(&index, q, &SearchOptions::default()).unwrap();
        let langs: Vec<Lang> = r.hits.iter().take(3).map(|h| h.lang).collect();
        assert!(langs.iter().all(|&l| l == lang), "{q}: {langs:?}");
        let all = query::search(
            &index,
            q,
            &SearchOptions {
                per_lang: Some(3),
                ..SearchOptions::default()
            },
        )
        .unwrap();
        for l in Lang::ALL {
            assert_eq!(
                all.hits.iter().filter(|h| h.lang == l).count(),
                3,
                "{q} {l}"
            );
        }
    }
}

#[test]
fn highlights_land_on_inflected_words_and_phrases() {
    let index = TriIndex::open(corpus_index()).unwrap();
    let r = query::search(
        &index,
        "human rights",
        &SearchOptions {
            per_lang: Some(5),
            ..SearchOptions::default()
        },
    )
    .unwrap();
    for hit in &r.hits {
        let marked: Vec<String> = hit
            .snippet
            .highlights
            .iter()
            .map(|h| {
                hit.snippet
                    .text
                    .chars()
                    .skip(h.start)
                    .take(h.len())
                    .collect()
            })
            .collect();
        assert!(!marked.is_empty(), "{}: nothing marked", hit.snippet.text);
        let lower = marked.join(" ").to_lowercase();
        let expected: &[&str] = match hit.lang {
            Lang::Kk => &["адам", "құқ"],
            Lang::Ru => &["человек", "прав"],
            _ => &["human", "right"],
        };
        assert!(
            expected.iter().all(|w| lower.contains(w)),
            "{}: {marked:?}",
            hit.lang
        );
    }
}

/// One line of NTREX-128 (CC BY-SA 4.0) in each language: names that the term base does not know.
fn ntrex_index() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let docs = dir.path().join("docs");
        std::fs::create_dir(&docs).unwrap();
        for (file, out) in [
            ("newstest2019-src.eng.txt", "news.en.txt"),
            ("newstest2019-ref.rus.txt", "news.ru.txt"),
            ("newstest2019-ref.kaz.txt", "news.kk.txt"),
        ] {
            let text = std::fs::read_to_string(root().join("data/ntrex").join(file)).unwrap();
            let line = text.lines().nth(1004).unwrap().trim_end_matches('\r');
            std::fs::write(docs.join(out), line).unwrap();
        }
        index::build(&dir.path().join("index"), &[docs]).unwrap();
        dir
    })
    .path()
}

#[test]
fn names_match_across_scripts_by_transliteration() {
    let index = TriIndex::open(&ntrex_index().join("index")).unwrap();
    for name in [
        "Putin",
        "Путин",
        "Путина",
        "Kempf",
        "Кемпф",
        "Merkel",
        "Меркель",
    ] {
        assert!(
            Glossary::shipped()
                .concepts()
                .iter()
                .all(|c| !c.forms(Lang::En).iter().any(|f| f.text.contains(name))),
            "{name} is in the term base: the test would not test transliteration"
        );
        let r = query::search(&index, name, &SearchOptions::default()).unwrap();
        let mut langs: Vec<Lang> = r.hits.iter().map(|h| h.lang).collect();
        langs.sort();
        assert_eq!(langs, [Lang::Kk, Lang::Ru, Lang::En], "{name}");
        let origins: Vec<&Origin> = r.plan.required[0]
            .alternatives
            .iter()
            .map(|a| &a.origin)
            .collect();
        assert!(
            origins.iter().any(|o| matches!(o, Origin::Translit(_))),
            "{name}: {origins:?}"
        );
    }
}

#[test]
fn a_hyphenated_word_is_not_found_by_its_first_part_alone() {
    let index = TriIndex::open(corpus_index()).unwrap();
    // `peace` alone is in the UDHR (`peaceful assembly`), `сондай` alone in the article.
    for (query, part, second) in [
        ("peace-keeping", "peac", "keep"),
        ("сондай-ақ", "сондай", "ақ"),
    ] {
        let r = query::search(&index, query, &SearchOptions::default()).unwrap();
        for a in &r.plan.required[0].alternatives {
            assert!(
                a.terms != [part],
                "{query}: {part} alone searched as {:?}",
                a.origin
            );
        }
        for hit in &r.hits {
            assert!(
                hit.text.to_lowercase().contains(second),
                "{query} matched a passage without its second part: {}",
                hit.text
            );
        }
    }
}

#[test]
fn a_language_holding_only_some_of_the_words_ranks_below_one_holding_all() {
    let index = TriIndex::open(corpus_index()).unwrap();
    // The article's English body names the Wales summit; its Kazakh and Russian abstracts name
    // NATO but not Wales: their passages match one word in three.
    let r = query::search(&index, "NATO summit Wales", &SearchOptions::default()).unwrap();
    assert_eq!(
        r.hits.first().map(|h| h.lang),
        Some(Lang::En),
        "{:?}",
        r.hits
    );
    let partial: Vec<_> = r.hits.iter().filter(|h| h.lang != Lang::En).collect();
    assert!(
        !partial.is_empty(),
        "no partial matches to rank: {:?}",
        r.hits
    );
    for hit in partial {
        assert!(
            !hit.text.contains("Уэльс"),
            "the test assumes no {:?} passage names Wales: {}",
            hit.lang,
            hit.text
        );
        assert!(
            hit.score <= 0.34,
            "a {:?} passage matching one word in three scores {}",
            hit.lang,
            hit.score
        );
    }
}

#[test]
fn the_query_language_shows_its_best_hits_first_then_the_languages_interleave() {
    let index = TriIndex::open(corpus_index()).unwrap();
    // Each matches dozens of UDHR passages in every language.
    for (query, lang) in [
        ("құқықтарын", Lang::Kk),
        ("правами", Lang::Ru),
        ("freedom", Lang::En),
    ] {
        let r = query::search(&index, query, &SearchOptions::default()).unwrap();
        let langs: Vec<Lang> = r.hits.iter().map(|h| h.lang).collect();
        assert_eq!(langs.len(), 10, "{query}: {langs:?}");
        assert!(langs[..3].iter().all(|&l| l == lang), "{query}: {langs:?}");
        for other in Lang::ALL {
            assert!(langs.contains(&other), "{query}: no {other:?} in {langs:?}");
        }
    }
}

#[test]
fn a_query_pasted_with_a_soft_hyphen_or_look_alikes_finds_what_the_clean_one_does() {
    let index = TriIndex::open(corpus_index()).unwrap();
    for (pasted, clean) in [
        ("партнер\u{ad}ство", "партнерство"),
        ("Бейбiтшiлiк", "Бейбітшілік"),
        ("ter\u{ad}rorism", "terrorism"),
    ] {
        let found = |q: &str| {
            let r = query::search(&index, q, &SearchOptions::default()).unwrap();
            (
                r.total,
                r.hits.iter().map(|h| h.passage).collect::<Vec<_>>(),
            )
        };
        let want = found(clean);
        assert!(want.0 > 0, "{clean} finds nothing");
        assert_eq!(found(pasted), want, "{pasted:?}");
    }
}

fn trilingua(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_trilingua"))
        .current_dir(root())
        .arg("--index")
        .arg(corpus_index())
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

#[test]
fn expand_shows_each_language_and_origin() {
    let (out, err, ok) = trilingua(&["expand", "human rights", "Qazaqstan"]);
    assert!(ok, "{err}");
    for needle in [
        "kk:",
        "ru:",
        "en:",
        "адам құқықтары",
        "права человека",
        "term base: human-rights",
        "original",
        "transliteration: Kazakh Latin 2021",
    ] {
        assert!(out.contains(needle), "no {needle:?} in\n{out}");
    }
    let (json, _, ok) = trilingua(&["expand", "--json", "partnership"]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["required"][0]["alternatives"].as_array().unwrap().len() > 3);
}

#[test]
fn search_explains_and_shows_each_language() {
    let (out, err, ok) = trilingua(&["search", "--explain", "--per-lang", "2", "права человека"]);
    assert!(ok, "{err}");
    assert!(out.contains("term base: human-rights"), "{out}");
    for tag in ["[kk]", "[ru]", "[en]"] {
        assert_eq!(out.matches(tag).count(), 2, "{tag} in\n{out}");
    }
    let (out, _, ok) = trilingua(&["search", "--lang", "kk", "human rights"]);
    assert!(ok);
    assert!(
        !out.contains("[en]") && !out.contains("[ru]") && out.contains("[kk]"),
        "{out}"
    );
}

#[test]
fn eval_relevance_prints_every_pair() {
    let (out, err, ok) = trilingua(&["eval-relevance"]);
    assert!(ok, "{err}");
    for pair in ["kk→en", "kk→ru", "ru→en", "ru→kk", "en→ru", "en→kk"] {
        assert!(out.contains(pair), "{pair} missing in\n{out}");
    }
}

/// The UDHR's articles, each as one text per language (kk, ru, en), split at the article headings.
fn udhr_articles() -> Vec<[String; 3]> {
    let split = |file: &str, heading: &dyn Fn(&str) -> Option<usize>| {
        let text = std::fs::read_to_string(root().join("corpus").join(file)).unwrap();
        let mut articles = vec![String::new(); 31];
        let mut current = 0;
        for line in text.lines() {
            match heading(line.trim()) {
                Some(n) => current = n,
                None => {
                    articles[current].push_str(line);
                    articles[current].push('\n');
                }
            }
        }
        articles
    };
    let kk = split("udhr-1948.kk.txt", &|l| {
        l.trim_end_matches('.').strip_suffix(" бап")?.parse().ok()
    });
    let ru = split("udhr-1948.ru.txt", &|l| {
        l.strip_prefix("Статья ")?.parse().ok()
    });
    let en = split("udhr-1948.en.txt", &|l| {
        l.strip_prefix("Article ")?.parse().ok()
    });
    (1..=30)
        .map(|n| [kk[n].clone(), ru[n].clone(), en[n].clone()])
        .collect()
}

#[test]
fn every_udhr_article_has_key_terms_in_all_three_languages() {
    use trilingua::present::snippet::{matched_words, Marks, PhraseMark};
    let glossary = Glossary::shipped();
    let mut bare = Vec::new();
    for (n, texts) in udhr_articles().iter().enumerate() {
        assert!(texts.iter().all(|t| t.len() > 20), "article {}", n + 1);
        let shared = glossary
            .concepts()
            .iter()
            .filter(|c| {
                Lang::ALL.iter().zip(texts).all(|(&lang, text)| {
                    c.forms(lang).iter().any(|f| {
                        let marks = Marks {
                            terms: Default::default(),
                            phrases: vec![PhraseMark {
                                terms: f.terms.clone(),
                                slop: query::TERM_BASE_SLOP,
                            }],
                        };
                        !matched_words(text, lang, &marks).is_empty()
                    })
                })
            })
            .count();
        if shared < 2 {
            bare.push((n + 1, shared));
        }
    }
    assert!(
        bare.is_empty(),
        "articles with fewer than 2 concepts found in all three languages: {bare:?}"
    );
}

#[test]
fn search_explains_how_each_language_was_weighed() {
    let (out, err, ok) = trilingua(&["search", "--explain", "NATO summit Wales"]);
    assert!(ok, "{err}");
    assert!(out.contains("merged by rank"), "{out}");
    assert!(
        out.contains("en: ×1.00 (the query's own words; expresses 100%"),
        "{out}"
    );
    let (json, err, ok) = trilingua(&["search", "--json", "NATO summit Wales"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let langs = v["languages"].as_array().unwrap();
    assert_eq!(langs.len(), 3, "{langs:?}");
    for l in langs {
        let (coverage, weight) = (
            l["coverage"].as_f64().unwrap(),
            l["weight"].as_f64().unwrap(),
        );
        match l["lang"].as_str().unwrap() {
            "en" => assert_eq!((coverage, weight), (1.0, 1.0)),
            // The Kazakh and Russian abstracts name NATO, not the Wales summit.
            _ => assert!(coverage < 0.5 && weight <= coverage, "{l}"),
        }
    }
}
