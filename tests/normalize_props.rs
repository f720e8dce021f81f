//! Properties of normalize on arbitrary and on clean text: it never panics, it is idempotent on clean
//! text, and every repaired word maps back to a valid source range in order.

use proptest::prelude::*;
use trilingua::normalize::normalize;

const CLEAN_KK: &str = include_str!("../corpus/udhr-1948.kk.txt");
const CLEAN_RU: &str = include_str!("../corpus/udhr-1948.ru.txt");

fn check_offsets(src: &str) {
    let r = normalize(src);
    let mut last_end = 0;
    let mut at = 0;
    for word in r.text.split(' ') {
        let range = at..at + word.len();
        at += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let s = r.map.source_range(range);
        assert!(s.end <= src.len(), "{s:?} beyond {}", src.len());
        assert!(src.is_char_boundary(s.start) && src.is_char_boundary(s.end));
        assert!(s.start >= last_end, "out of order: {s:?} after {last_end}");
        last_end = s.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_and_maps_back(s in "\\PC{0,80}") {
        check_offsets(&s);
    }

    #[test]
    fn never_panics_on_damage_like_text(
        s in "([а-яәғқңөұүһі]{1,4}|НАТО|ter-\n|-\n|[ \n]|[,.«»]){0,40}"
    ) {
        check_offsets(&s);
    }

    #[test]
    fn idempotent_on_clean_text(start in 0usize..150, len in 1usize..4, ru in any::<bool>()) {
        let text = if ru { CLEAN_RU } else { CLEAN_KK };
        let paras: Vec<&str> = text.split("\n\n").collect();
        let from = start % paras.len();
        let passage = paras[from..(from + len).min(paras.len())].join(" ");
        let once = normalize(&passage).text;
        prop_assert_eq!(normalize(&once).text, once.clone());
        check_offsets(&passage);
    }
}
