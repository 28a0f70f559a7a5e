//! Hostile input never panics and always gets a specific reason: the corpus of broken
//! datasets in tests/corpus, and property tests over the URL parser and the dataset parser.

use nk_asylum::domain::{
    dataset::{DataError, Dataset, MAX_BYTES},
    figures::{HoCount, Source, YearRange},
    i18n::Lang,
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

/// The minimal valid file with one source link replaced.
fn with_link(source: &str, url: &str) -> Result<Dataset, DataError> {
    let text = std::fs::read_to_string(corpus().join("valid-minimal.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["sources"][source]["url"] = url.into();
    Dataset::from_json(&json.to_string())
}

#[test]
fn a_source_link_must_be_https() {
    for bad in [
        "http://www.unhcr.org/refugee-statistics/",
        "javascript:alert(1)",
        "JavaScript:alert(1)//https://x.example/",
        "data:text/html,<script>alert(1)</script>",
        "//www.unhcr.org/",
        "/refugee-statistics/",
        "",
        "https://",
        "https:///path",
        "HTTPS://www.unhcr.org/",
        "https://www.unhcr.org/a b",
        "https://www.unhcr.org/\nx",
        " https://www.unhcr.org/",
    ] {
        for source in ["unhcr", "homeoffice"] {
            let error = with_link(source, bad).expect_err(bad);
            assert_eq!(
                error,
                DataError::InsecureLink {
                    field: if source == "unhcr" {
                        "sources.unhcr.url"
                    } else {
                        "sources.homeoffice.url"
                    }
                },
                "{bad:?}"
            );
            assert_eq!(
                error.to_string(),
                format!("sources.{source}.url: a source link must be an https:// address")
            );
        }
    }
    for good in [
        "https://www.unhcr.org/refugee-statistics/",
        "https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables?x=1#y",
    ] {
        assert!(with_link("unhcr", good).is_ok(), "{good}");
        assert!(with_link("homeoffice", good).is_ok(), "{good}");
    }
}

#[test]
fn the_shipped_dataset_links_are_https() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/nk-asylum.json"
    ))
    .unwrap();
    let ds = Dataset::from_json(&text).unwrap();
    for meta in [&ds.sources.unhcr, &ds.sources.homeoffice] {
        assert!(meta.url.starts_with("https://"), "{}", meta.url);
    }
}

/// Notices for a query, checked against the two rules that hold for every address: at most
/// three lines, and none of them repeats text of the address.
fn notices_without_echo(query: &str, markers: &[&str]) -> Vec<String> {
    let (_, notices) = params::parse(query);
    assert!(notices.len() <= params::MAX_NOTICES, "{query}: {notices:?}");
    for marker in markers {
        assert!(
            notices.iter().all(|n| !n.contains(marker)),
            "{marker:?} echoed: {notices:?}"
        );
    }
    notices
}

#[test]
fn three_hundred_unknown_keys_make_one_line_and_no_echo() {
    let query: String = (0..300).map(|i| format!("qqmark{i}=qqval{i}&")).collect();
    let notices = notices_without_echo(&query, &["qqmark", "qqval"]);
    assert_eq!(
        notices,
        ["300 settings in the address were not recognised and were ignored."]
    );
}

#[test]
fn crafted_values_for_our_keys_are_never_echoed() {
    let crafted = "qq%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    let query = params::OWN_KEYS
        .iter()
        .map(|k| format!("{k}={crafted}"))
        .collect::<Vec<_>>()
        .join("&");
    let notices = notices_without_echo(&query, &["qq", "<script>", "alert"]);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("source, view, from, to, count, theme, embed, title and lang"));
    let notices = notices_without_echo(&format!("source={crafted}"), &["qq", "<", "alert"]);
    assert_eq!(
        notices,
        ["The address asked for a source that this page does not have; showing UNHCR. Accepted: source=unhcr or source=homeoffice."]
    );
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
        prop_oneof![Just(Lang::En), Just(Lang::Ko)],
    )
        .prop_map(
            |(source, view, a, b, count, theme, embed, title, lang)| ViewState {
                source,
                view,
                range: YearRange::new(a, b),
                count,
                theme,
                embed,
                title,
                lang,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_query_string_parses_without_panicking(query in ".{0,300}") {
        let (state, notices) = params::parse(&query);
        prop_assert!(state.range.from() <= state.range.to());
        prop_assert!(notices.len() <= params::MAX_NOTICES);
        prop_assert!(notices.iter().all(|n| n.chars().count() < 160));
    }

    #[test]
    fn no_notice_repeats_the_address(
        pairs in prop::collection::vec(
            (prop_oneof![
                prop::sample::select(params::OWN_KEYS.to_vec()).prop_map(str::to_string),
                "qz[a-z0-9]{1,10}",
            ], "qz[a-zA-Z0-9%<>\"]{0,12}"),
            0..40,
        )
    ) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (_, notices) = params::parse(&query.join("&"));
        prop_assert!(notices.len() <= params::MAX_NOTICES);
        prop_assert!(notices.iter().all(|n| !n.contains("qz")), "{:?}", notices);
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

#[test]
fn korean_notices_never_echo_crafted_values_either() {
    let crafted = "qq%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    let query = params::OWN_KEYS
        .iter()
        .filter(|k| **k != "lang")
        .map(|k| format!("{k}={crafted}"))
        .collect::<Vec<_>>()
        .join("&");
    let notices = notices_without_echo(&format!("lang=ko&{query}"), &["qq", "<script>", "alert"]);
    assert_eq!(
        notices,
        ["주소의 source, view, from, to, count, theme, embed, title 값을 사용할 수 없어 무시했습니다."]
    );
    let notices = notices_without_echo(&format!("source={crafted}&lang=ko"), &["qq", "<", "alert"]);
    assert_eq!(
        notices,
        ["주소에 이 페이지에 없는 출처 값이 지정되어 유엔난민기구 수치를 표시합니다. 사용할 수 있는 값: source=unhcr 또는 source=homeoffice"]
    );
    let query: String = (0..300).map(|i| format!("qqmark{i}=qqval{i}&")).collect();
    let notices = notices_without_echo(&format!("{query}lang=ko"), &["qqmark", "qqval"]);
    assert_eq!(notices, ["주소의 설정 300개를 인식하지 못해 무시했습니다."]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_korean_notice_repeats_the_address(
        pairs in prop::collection::vec(
            (prop_oneof![
                prop::sample::select(params::OWN_KEYS.to_vec()).prop_map(str::to_string),
                "qz[a-z0-9]{1,10}",
            ], "qz[a-zA-Z0-9%<>\"가-힣]{0,12}"),
            0..40,
        )
    ) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (state, notices) = params::parse(&format!("lang=ko&{}", query.join("&")));
        prop_assert_eq!(state.lang, Lang::Ko);
        prop_assert!(notices.len() <= params::MAX_NOTICES);
        prop_assert!(notices.iter().all(|n| !n.contains("qz")), "{:?}", notices);
        prop_assert!(notices.iter().all(|n| n.chars().count() < 160), "{:?}", notices);
    }
}
