//! Kazakh: its letters and stopwords. The stemmer lives in `analyze::kk`.

/// Letters of the Kazakh Cyrillic alphabet that Russian does not use.
pub const SPECIFIC_LETTERS: &[char] = &[
    'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І',
];

/// Whether `c` is one of the letters only Kazakh uses (ә ғ қ ң ө ұ ү һ і, either case).
pub fn is_specific_letter(c: char) -> bool {
    SPECIFIC_LETTERS.contains(&c)
}

/// Sorted Kazakh stopwords.
pub const STOPWORDS: &[&str] = &[
    "ал",
    "арқылы",
    "ба",
    "бар",
    "барлық",
    "бе",
    "бен",
    "бойынша",
    "бола",
    "болып",
    "біз",
    "бірақ",
    "бұл",
    "да",
    "де",
    "дейін",
    "егер",
    "емес",
    "жоқ",
    "және",
    "кез",
    "кейін",
    "ма",
    "ме",
    "мен",
    "мұнда",
    "не",
    "неге",
    "немесе",
    "одан",
    "ол",
    "олар",
    "олардың",
    "онда",
    "оның",
    "осы",
    "осындай",
    "оған",
    "па",
    "пе",
    "пен",
    "себебі",
    "секілді",
    "сен",
    "сияқты",
    "сол",
    "сондай",
    "сондықтан",
    "сіз",
    "та",
    "те",
    "тек",
    "туралы",
    "яғни",
    "ғана",
    "ғой",
    "қалай",
    "қана",
    "қандай",
    "қой",
    "үшін",
    "әр",
    "әрі",
];

/// Case endings, possessives and plurals tried longest first (a first version; lowercased input).
const SUFFIXES: &[&str] = &[
    "ларының",
    "лерінің",
    "дарының",
    "дерінің",
    "тарының",
    "терінің",
    "ларына",
    "леріне",
    "дарына",
    "деріне",
    "тарына",
    "теріне",
    "ларында",
    "лерінде",
    "дарында",
    "дерінде",
    "тарында",
    "терінде",
    "ларын",
    "лерін",
    "дарын",
    "дерін",
    "тарын",
    "терін",
    "лары",
    "лері",
    "дары",
    "дері",
    "тары",
    "тері",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "ды",
    "ді",
    "ты",
    "ті",
    "ны",
    "ні",
    "да",
    "де",
    "та",
    "те",
    "нда",
    "нде",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "мен",
    "бен",
    "пен",
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    "ы",
    "і",
    "сы",
    "сі",
];

/// Minimum characters left after stripping a suffix.
const MIN_STEM_CHARS: usize = 3;

/// The stem of a lowercased Kazakh word form: suffixes stripped right to left.
pub fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    let mut end = word.len();
    'outer: loop {
        for suffix in SUFFIXES {
            if word[..end].ends_with(suffix)
                && word[..end - suffix.len()].chars().count() >= MIN_STEM_CHARS
            {
                end -= suffix.len();
                continue 'outer;
            }
        }
        break;
    }
    if end == word.len() {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word[..end].to_string())
    }
}
