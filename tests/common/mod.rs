//! What the native tests share: the shipped dataset, loaded one way.
#![allow(dead_code)] // each test file uses its own part

use nk_asylum::domain::dataset::Dataset;
use std::path::PathBuf;

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped dataset file's text.
pub fn shipped_text() -> String {
    std::fs::read_to_string(root().join("public/data/nk-asylum.json")).expect("shipped dataset")
}

/// The shipped dataset, parsed and validated.
pub fn dataset() -> Dataset {
    Dataset::from_json(&shipped_text()).expect("the shipped dataset is valid")
}

/// Whether a text has Hangul syllables in it.
pub fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// The runs of digits of a text, sorted: two editions of a sentence carry the same numbers
/// (years included) when these agree, whatever their word order. "1,328명 (2003–2015년)" → 1,
/// 2003, 2015, 328. English number words a Korean sentence writes as digits ("not a zero" /
/// "0이 아니라") count as digits; the 3 of 제3국 ("third country", glossary §4) is part of a
/// word, not a figure.
pub fn numbers(text: &str) -> Vec<String> {
    let text = text
        .replace("zeros", "0")
        .replace("zero", "0")
        .replace("제3국", "제삼국");
    let mut runs: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .map(String::from)
        .collect();
    runs.sort();
    runs
}

/// The range classes the English tests cover: the article's years, a source lacking some
/// years (UNHCR 2021–2024 has no applications; the Home Office has no 2025), a source with no
/// figures at all, single years (2007; 2003 without UNHCR decisions), masked values only
/// (2019–2020) and the whole span.
pub const RANGES: [(u16, u16); 7] = [
    (2003, 2015),
    (2021, 2024),
    (2016, 2025),
    (2007, 2007),
    (2003, 2003),
    (2019, 2020),
    (2001, 2025),
];
