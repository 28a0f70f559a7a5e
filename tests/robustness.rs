//! Hostile input never panics and always gets a specific reason: the corpus of broken
//! datasets in tests/corpus, and property tests over the URL parser and the dataset parser.

use nk_asylum::domain::{
    dataset::{DataError, Dataset, MAX_BYTES},
    figures::{HoCount, Source, YearRange},
    params::{self, Theme, View, ViewState},
};
use proptest::prelude::*;
use std::path::Path;

fn corpus() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"))
}

#[test]
fn every_broken_file_in_the_corpus_is_refused_with_its_reason() {
    let expected = std::fs::read_to_string(corpus().join("expected.tsv")).unwrap();
    let mut checked = 0;
    for line in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (name, message) = line.split_once('\t').expect("name<TAB>message");
        let text = std::fs::read_to_string(corpus().join(format!("{name}.json"))).unwrap();
        let error = Dataset::from_json(&text).expect_err(name).to_string();
        assert!(
            error.contains(message),
            "{name}: expected {message:?} in {error:?}"
        );
        checked += 1;
    }
    // Every .json in the folder but the valid one has an expectation.
    let files = std::fs::read_dir(corpus()).unwrap().filter(|e| {
        e.as_ref()
            .unwrap()
            .path()
            .extension()
            .is_some_and(|x| x == "json")
    });
    assert_eq!(files.count(), checked + 1);
}

#[test]
fn the_minimal_valid_file_parses() {
    let text = std::fs::read_to_string(corpus().join("valid-minimal.json")).unwrap();
    let ds = Dataset::from_json(&text).unwrap();
    assert_eq!(ds.year_span(), (2004, 2005));
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let text = format!(
        "{{\"schema_version\": 1, \"pad\": \"{}\"}}",
        "x".repeat(MAX_BYTES)
    );
    assert!(matches!(
        Dataset::from_json(&text),
        Err(DataError::TooLarge { .. })
    ));
}

fn any_state() -> impl Strategy<Value = ViewState> {
    (
        prop_oneof![Just(Source::Unhcr), Just(Source::HomeOffice)],
        prop::sample::select(View::ALL.to_vec()),
        1990u16..=2100,
        1990u16..=2100,
        prop_oneof![Just(HoCount::MainApplicants), Just(HoCount::Persons)],
        prop_oneof![Just(Theme::Auto), Just(Theme::Light), Just(Theme::Dark)],
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(source, view, a, b, count, theme, embed, title)| ViewState {
                source,
                view,
                range: YearRange::new(a, b),
                count,
                theme,
                embed,
                title,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_query_string_parses_without_panicking(query in ".{0,300}") {
        let (state, notices) = params::parse(&query);
        prop_assert!(state.range.from() <= state.range.to());
        prop_assert!(notices.iter().all(|n| n.chars().count() < 120));
    }

    #[test]
    fn crafted_queries_with_our_keys_never_panic(
        pairs in prop::collection::vec(
            (prop::sample::select(vec!["source", "view", "from", "to", "count", "theme", "embed", "x"]), "[^&=]{0,12}"),
            0..12,
        )
    ) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (state, _) = params::parse(&query.join("&"));
        prop_assert!(state.range.from() <= state.range.to());
    }

    #[test]
    fn format_then_parse_is_the_identity(state in any_state()) {
        prop_assert_eq!(params::parse(&params::to_query(&state)), (state, vec![]));
    }

    #[test]
    fn rewriting_keeps_the_state(state in any_state(), foreign in "[a-z]{1,8}=[a-z0-9]{0,8}") {
        let q = params::rewrite(&format!("?{foreign}&source=unhcr"), &state);
        prop_assert_eq!(params::parse(&q).0, state);
    }

    #[test]
    fn any_text_is_parsed_or_refused_without_panicking(text in ".{0,2000}") {
        let _ = Dataset::from_json(&text);
    }

    #[test]
    fn a_corrupted_real_file_is_parsed_or_refused_without_panicking(
        cut in 0usize..4000,
        flip in 0usize..4000,
        byte in any::<u8>(),
    ) {
        let text = std::fs::read_to_string(corpus().join("valid-minimal.json")).unwrap();
        let mut bytes = text.into_bytes();
        let at = flip % bytes.len();
        bytes[at] = byte;
        bytes.truncate(bytes.len() - cut % bytes.len());
        let _ = Dataset::from_json(&String::from_utf8_lossy(&bytes));
    }
}
