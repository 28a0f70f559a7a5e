//! "Compare" and "Why they differ" reproduce SOURCES.md's reconciliation from the data, and the
//! tables/CSV carry the same numbers.

mod common;

use common::{dataset, numbers};
use nk_asylum::domain::{
    compare::{applications_by_year, equal_years, total_difference, totals},
    figures::{yearly, HoCount, Measure, Source, YearRange},
    i18n::Lang,
    params::{View, ViewState},
    reconcile::{reasons, Reason},
    story::{build, ComparePanel},
    table::{compare_table, to_csv, yearly_table},
};

fn figure<'a>(r: &'a nk_asylum::domain::reconcile::Reason, what: &str) -> &'a str {
    &r.figures
        .iter()
        .find(|(w, _)| w.starts_with(what))
        .unwrap_or_else(|| panic!("{what} in {:?}", r.figures))
        .1
}

#[test]
fn counting_people_the_sources_agree_in_all_but_one_year() {
    let ds = dataset();
    let rows = applications_by_year(&ds, HoCount::Persons, YearRange::ARTICLE);
    assert_eq!(equal_years(&rows).len(), 12);
    // 2003–2015: UNHCR 1,328 vs Home Office 1,331; all of it in 2014 (38 vs 41).
    assert_eq!(total_difference(&rows), (-3, -3));
    let main = applications_by_year(&ds, HoCount::MainApplicants, YearRange::ARTICLE);
    assert_eq!(total_difference(&main), (426, 426));
}

#[test]
fn compare_totals_switch_with_the_count() {
    let ds = dataset();
    let t = totals(&ds, HoCount::MainApplicants, YearRange::ARTICLE, Lang::En);
    let apps = t
        .iter()
        .find(|r| r.measure == Measure::Applications)
        .unwrap();
    assert_eq!(
        (apps.unhcr.bounds.low, apps.homeoffice.bounds.low),
        (1328, 902)
    );
    let t = totals(&ds, HoCount::Persons, YearRange::ARTICLE, Lang::En);
    let apps = t
        .iter()
        .find(|r| r.measure == Measure::Applications)
        .unwrap();
    assert_eq!(apps.homeoffice.bounds.low, 1331);
    let refused = t.iter().find(|r| r.measure == Measure::Refused).unwrap();
    assert_eq!(
        (refused.unhcr.bounds.low, refused.homeoffice.bounds.low),
        (504, 600)
    );
}

#[test]
fn each_reason_states_the_numbers_from_sources_md() {
    let ds = dataset();
    let r = reasons(&ds, YearRange::ARTICLE, Lang::En);
    let ids: Vec<&str> = r.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["persons", "refused", "granted", "masking", "stock"]);

    assert_eq!(figure(&r[0], "Home Office, main applicants"), "902");
    assert_eq!(figure(&r[0], "Home Office, dependants"), "429");
    assert_eq!(figure(&r[0], "Home Office, all people"), "1,331");
    assert_eq!(figure(&r[0], "UNHCR, all people"), "1,328");
    assert!(r[0].text.contains("12 of the 13 years"), "{}", r[0].text);
    assert!(
        r[0].text.contains("2014 (41 against UNHCR's 38)"),
        "{}",
        r[0].text
    );

    assert_eq!(figure(&r[1], "Home Office, refused on substance"), "505");
    assert_eq!(figure(&r[1], "UNHCR, rejected"), "504");
    assert_eq!(
        figure(&r[1], "Home Office, refused (main applicants)"),
        "413"
    );

    assert_eq!(figure(&r[2], "Home Office, refugee permission"), "548");
    assert_eq!(figure(&r[2], "UNHCR, recognised"), "537–553");
    assert_eq!(
        figure(&r[2], "Home Office, granted (main applicants)"),
        "408"
    );

    assert_eq!(figure(&r[3], "UNHCR figures published as 5"), "11");
    assert!(
        r[4].text
            .contains("608 North Korean refugees were living in the UK at the end of 2015"),
        "{}",
        r[4].text
    );
}

#[test]
fn reasons_follow_the_selected_years() {
    let ds = dataset();
    let r = reasons(&ds, YearRange::new(2007, 2008), Lang::En);
    assert_eq!(figure(&r[0], "Home Office, main applicants"), "597");
    assert!(
        r[0].text.contains("agree exactly in all 2 years"),
        "{}",
        r[0].text
    );
}

#[test]
fn csv_round_trips_the_yearly_figures() {
    let ds = dataset();
    let y = yearly(
        &ds,
        Source::Unhcr,
        HoCount::MainApplicants,
        YearRange::ARTICLE,
        Lang::En,
    );
    let csv = to_csv(
        &yearly_table(&y, "UNHCR", Lang::En),
        &["Source: UNHCR (CC BY 4.0)".into()],
    );
    let lines: Vec<&str> = csv
        .split("\r\n")
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert_eq!(lines[0], "Year,Applications,Recognised as refugees,Complementary protection,Rejected,Otherwise closed");
    assert_eq!(lines.len(), 14);
    assert_eq!(
        lines[1], "2003,15,,,,",
        "2003 has no decision row: empty, not 0"
    );
    assert_eq!(lines[2], "2004,27,1-5,12,36,13");
    let rows = applications_by_year(&ds, HoCount::Persons, YearRange::ARTICLE);
    let compare = to_csv(&compare_table(&rows, "persons", Lang::En), &[]);
    assert!(compare.contains("\r\n2014,38,41,-3\r\n"), "{compare}");
}

// The Korean edition. Each text exists, is Korean, names nothing in English but the sources'
// acronym, and carries exactly the English text's numbers (years included).

/// Checks that a Korean text exists, is Korean and names nothing in English but UNHCR.
fn korean_words(ko: &str) {
    assert!(!ko.is_empty(), "empty Korean");
    assert!(
        ko.chars().any(|c| ('가'..='힣').contains(&c)),
        "no Hangul in {ko:?}"
    );
    let latin: Vec<&str> = ko
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty() && *w != "UNHCR")
        .collect();
    assert!(latin.is_empty(), "English words {latin:?} in {ko:?}");
}

/// Checks a Korean text against its English one: Korean, with the same numbers.
fn korean(ko: &str, en: &str) {
    korean_words(ko);
    assert_eq!(numbers(ko), numbers(en), "numbers differ:\n{ko}\n{en}");
}

/// The range classes of the English tests: the article's years, a source lacking some years,
/// a source with no data at all (both ways), a single year (with and without decisions), masked
/// values only, the whole span.
const RANGES: [(u16, u16); 8] = [
    (2003, 2015),
    (2016, 2025),
    (2001, 2002),
    (2025, 2025),
    (2003, 2003),
    (2007, 2007),
    (2019, 2020),
    (2001, 2025),
];

fn reason_pair(ko: &Reason, en: &Reason) {
    assert_eq!(ko.id, en.id);
    // A fixed heading: the glossary's "작은 수는 5로 공표된다" names the rule's 5.
    korean_words(ko.title);
    korean(&ko.text, &en.text);
    assert_eq!(ko.figures.len(), en.figures.len(), "{}", ko.id);
    for ((kw, kv), (ew, ev)) in ko.figures.iter().zip(&en.figures) {
        korean(kw, ew);
        if ev == "no data" {
            assert_eq!(kv, "자료 없음");
        } else {
            assert_eq!(numbers(kv), numbers(ev), "{kw}: {kv} / {ev}");
        }
    }
}

#[test]
fn korean_reasons_say_the_english_numbers_in_every_range_class() {
    let ds = dataset();
    for (from, to) in RANGES {
        let range = YearRange::new(from, to);
        let (ko, en) = (reasons(&ds, range, Lang::Ko), reasons(&ds, range, Lang::En));
        assert_eq!(ko.len(), en.len());
        for (k, e) in ko.iter().zip(&en) {
            reason_pair(k, e);
        }
    }
}

fn ko_text<'a>(r: &'a [Reason], id: &str) -> &'a str {
    &r.iter().find(|r| r.id == id).expect("a reason").text
}

#[test]
fn korean_reasons_keep_the_two_sources_words_apart() {
    let ds = dataset();
    let r = reasons(&ds, YearRange::ARTICLE, Lang::Ko);
    let titles: Vec<&str> = r.iter().map(|r| r.title).collect();
    assert_eq!(
        titles,
        [
            "전체 인원인가, 주 신청자인가",
            "\"불인정\"과 \"거부\"는 다르다",
            "\"인정\"과 \"허가\"는 다르다",
            "작은 수는 5로 공표된다",
            "연간 흐름과 연말 규모",
        ]
    );
    let persons = ko_text(&r, "persons");
    assert!(
        persons.contains("주 신청자 902명과 동반 가족 429명, 모두 1,331명")
            && persons.contains("유엔난민기구는 1,328명을 집계했다")
            && persons.contains("13년 중 12년")
            && persons.contains("2014년(영국 내무부 41명, 유엔난민기구 38명)"),
        "{persons}"
    );
    // UNHCR rejects (불인정); the Home Office refuses (거부).
    let refused = ko_text(&r, "refused");
    assert!(
        refused.contains("유엔난민기구의 \"불인정\"은 504명")
            && refused.contains("영국 내무부의 \"거부\"는 413명")
            && refused.contains("\"불인정\"의 범위 안에 드는 해는 12년 중 4년")
            && refused.contains("\"기타 종결\"의 범위 안에 드는 해는 12년 중 5년")
            && refused.contains("추론한")
            && !refused.contains("유엔난민기구의 \"거부\""),
        "{refused}"
    );
    // UNHCR recognises (인정); the Home Office grants (허가).
    let granted = ko_text(&r, "granted");
    assert!(
        granted.contains("유엔난민기구는 537–553명을 난민으로 인정했고")
            && granted.contains("영국 내무부의 \"허가\"")
            && granted.contains("주 신청자는 408명")
            && granted.contains("12년 중 6년")
            && granted.contains("12년 중 7년"),
        "{granted}"
    );
    let masking = ko_text(&r, "masking");
    assert!(
        masking.contains("1–4를 모두 5로 공표한다") && masking.contains("61개 가운데 11개"),
        "{masking}"
    );
    assert!(
        ko_text(&r, "stock").contains("2015년 말 영국에 사는 북한 출신 난민은 608명"),
        "{}",
        ko_text(&r, "stock")
    );
}

#[test]
fn korean_reasons_for_a_single_year_and_for_years_without_figures() {
    let ds = dataset();
    let one = reasons(&ds, YearRange::new(2007, 2007), Lang::Ko);
    assert!(
        ko_text(&one, "persons").contains("2007년에는 두 출처의 수치가 정확히 일치한다"),
        "{}",
        ko_text(&one, "persons")
    );
    assert!(ko_text(&one, "refused").contains("1년 중 1년"));
    // 2003: no UNHCR decisions, which is no data, never 0.
    let none = reasons(&ds, YearRange::new(2003, 2003), Lang::Ko);
    assert!(
        ko_text(&none, "refused").contains("2003년에는 두 출처 모두 결정 수치가 있는 해가 없어"),
        "{}",
        ko_text(&none, "refused")
    );
    // 2025: the Home Office has no row at all.
    let ho = reasons(&ds, YearRange::new(2025, 2025), Lang::Ko);
    assert!(
        ko_text(&ho, "persons").contains("영국 내무부의 2025년 신청 자료는 없다")
            && ko_text(&ho, "refused").contains("\"거부\" 자료는 없다"),
        "{:?}",
        ho
    );
    let masked = reasons(&ds, YearRange::new(2021, 2024), Lang::Ko);
    assert!(
        ko_text(&masked, "masking")
            .contains("불인정 합계는 공표된 값으로는 21명이지만 실제로는 13–21명"),
        "{}",
        ko_text(&masked, "masking")
    );
    assert!(
        ko_text(&masked, "stock").contains("유엔난민기구의 2021–2024년 신청 자료는 없다"),
        "{}",
        ko_text(&masked, "stock")
    );
}

fn compare_panel(from: u16, to: u16, count: HoCount, lang: Lang) -> ComparePanel {
    let state = ViewState {
        view: View::Compare,
        count,
        range: YearRange::new(from, to),
        lang,
        ..ViewState::default()
    };
    build(&dataset(), &state, false)
        .compare()
        .cloned()
        .expect("the compare view")
}

#[test]
fn the_korean_compare_panel_says_the_english_numbers() {
    for (from, to) in RANGES {
        for count in HoCount::ALL {
            let (ko, en) = (
                compare_panel(from, to, count, Lang::Ko),
                compare_panel(from, to, count, Lang::En),
            );
            korean(ko.heading, en.heading);
            korean(ko.difference_heading, en.difference_heading);
            assert!(ko.difference.image.title.ends_with(": 차이"));
            korean(&ko.totals.caption, &en.totals.caption);
            for (k, e) in ko.totals.columns.iter().zip(&en.totals.columns) {
                korean(k, e);
            }
            for (k, e) in ko.totals.rows.iter().zip(&en.totals.rows) {
                korean(k.label, e.label);
                for (k, e) in [(&k.unhcr, &e.unhcr), (&k.homeoffice, &e.homeoffice)] {
                    let expected = if e.text == "no data" {
                        "자료 없음"
                    } else {
                        &e.text
                    };
                    assert_eq!((k.text.as_str(), k.masked), (expected, e.masked));
                }
            }
            assert_eq!(ko.notes.len(), en.notes.len());
            for (k, e) in ko.notes.iter().zip(&en.notes) {
                korean(k, e);
            }
            assert_eq!(ko.coverage.is_some(), en.coverage.is_some(), "{from}–{to}");
            if let (Some(k), Some(e)) = (&ko.coverage, &en.coverage) {
                korean(&k.text, &e.text);
                assert_eq!(k.offer.is_some(), e.offer.is_some());
                if let (Some((ky, kl)), Some((ey, el))) = (&k.offer, &e.offer) {
                    assert_eq!(ky, ey);
                    korean(kl, el);
                }
            }
            assert_eq!(ko.rows, en.rows);
        }
    }
}

#[test]
fn the_korean_coverage_note_names_each_gap_and_offers_the_common_years() {
    // The Home Office lacks 2025 and UNHCR lacks applications for 2021–2024.
    let m = compare_panel(2016, 2025, HoCount::Persons, Lang::Ko);
    let cov = m.coverage.expect("a coverage note");
    assert!(
        cov.text
            .contains("유엔난민기구의 2021–2024년 신청 자료는 없다")
            && cov.text.contains("영국 내무부의 2025년 자료는 없다")
            && cov
                .text
                .ends_with("따라서 두 출처의 합계가 다루는 해가 서로 다르다."),
        "{}",
        cov.text
    );
    let (years, label) = cov.offer.expect("an offer");
    assert_eq!(years, YearRange::new(2016, 2020));
    assert_eq!(label, "두 출처가 모두 다루는 2016–2020년만 비교");
    // No year both cover: a note, and nothing to offer.
    for (from, to) in [(2025, 2025), (2001, 2002)] {
        let cov = compare_panel(from, to, HoCount::MainApplicants, Lang::Ko)
            .coverage
            .expect("a coverage note");
        assert!(cov.offer.is_none(), "{from}–{to}: {cov:?}");
    }
    // The article's years: both cover every year of applications.
    let article = compare_panel(2003, 2015, HoCount::MainApplicants, Lang::Ko);
    assert_eq!(
        article.totals.columns,
        ["항목", "유엔난민기구(전체 인원)", "영국 내무부(주 신청자)"]
    );
    let labels: Vec<&str> = article.totals.rows.iter().map(|r| r.label).collect();
    assert_eq!(
        labels,
        [
            "신청",
            "보호 또는 체류 허가(모든 유형)",
            "거부(유엔난민기구: 불인정)",
            "취하(유엔난민기구: 기타 종결)"
        ]
    );
    assert!(
        article
            .coverage
            .as_ref()
            .is_some_and(|c| c.text == "유엔난민기구의 2003년 결정 자료는 없다. 따라서 두 출처의 합계가 다루는 해가 서로 다르다."),
        "{:?}",
        article.coverage
    );
    // A single year both cover completely: no note.
    assert!(compare_panel(2007, 2007, HoCount::Persons, Lang::Ko)
        .coverage
        .is_none());
}

#[test]
fn the_korean_why_panel_says_the_mapping_is_inferred() {
    let state = ViewState {
        view: View::Why,
        lang: Lang::Ko,
        ..ViewState::default()
    };
    let model = build(&dataset(), &state, false);
    let why = model.why().expect("the why view");
    korean_words(why.heading);
    korean_words(why.note);
    assert_eq!(why.heading, "두 출처의 수치가 다른 이유");
    assert!(why.note.contains("수치에서 추론한 것이다"), "{}", why.note);
    let ids: Vec<&str> = why.reasons.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["persons", "refused", "granted", "masking", "stock"]);
}
