//! The story model over every class of year range: what the reader is told when both sources
//! cover the years, when one of them has gaps, when only masked values exist, for one year and
//! for the whole span. Each test reads the model as the page renders it.

mod common;

use common::dataset;
use nk_asylum::domain::{
    figures::{HoCount, Measure, Source, YearRange},
    params::{View, ViewState},
    story::{build, StoryModel},
};

fn model(source: Source, from: u16, to: u16) -> StoryModel {
    let state = ViewState {
        source,
        range: YearRange::new(from, to),
        ..ViewState::default()
    };
    build(&dataset(), &state, false)
}

fn card(m: &StoryModel, measure: Measure) -> &nk_asylum::domain::story::Card {
    m.summary
        .cards
        .iter()
        .find(|c| c.measure == measure)
        .unwrap_or_else(|| panic!("{measure:?} card"))
}

fn reason<'a>(m: &'a StoryModel, id: &str) -> &'a str {
    &m.why
        .reasons
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("reason {id}"))
        .text
}

/// Every sentence, label and figure of the model, for "never says" checks.
fn all_text(m: &StoryModel) -> String {
    format!("{m:?}")
}

#[test]
fn both_sources_complete_2003_2015_reproduce_the_article() {
    let m = model(Source::HomeOffice, 2003, 2015);
    let figures: Vec<(&str, &str)> = m
        .summary
        .cards
        .iter()
        .map(|c| (c.measure.id(), c.value.text.as_str()))
        .collect();
    assert_eq!(
        figures,
        [
            ("applications", "902"),
            ("granted", "408"),
            ("refused", "413"),
            ("closed", "77")
        ]
    );
    assert!(m.summary.notes.is_empty(), "{:?}", m.summary.notes);
    assert!(
        m.lede.starts_with("2003–2015: UNHCR counts 1,328")
            && m.lede.contains("902 main applicants, or 1,331 people"),
        "{}",
        m.lede
    );
    let u = model(Source::Unhcr, 2003, 2015);
    assert_eq!(card(&u, Measure::Granted).value.text, "537–553");
    assert!(card(&u, Measure::Granted).value.masked);
    assert!(!card(&u, Measure::Refused).value.masked);
    assert_eq!(card(&u, Measure::Refused).value.text, "504");
    // The downloads are the open view's figures, with provenance that says what is inferred.
    assert!(u.download.csv.contains("\r\n2004,27,1-5,12,36,13\r\n"));
    assert!(u.download.csv.contains("inferred from the figures"));
    assert_eq!(u.download.file_stem, "nk-asylum-unhcr-chart-2003-2015");
}

#[test]
fn a_unhcr_gap_2021_2024_says_no_data_never_zero() {
    let m = model(Source::Unhcr, 2021, 2024);
    let apps = card(&m, Measure::Applications);
    assert_eq!(apps.value.text, "no data");
    assert_eq!(
        apps.detail,
        "UNHCR publishes no application figures for 2021–2024"
    );
    assert!(m.lede.contains("UNHCR publishes no figures"), "{}", m.lede);
    assert!(
        m.summary.announcement.contains("applications no data"),
        "{}",
        m.summary.announcement
    );
    let text = all_text(&m);
    for never in [
        "UNHCR counts 0",
        "UNHCR's 0",
        "is 0 as published",
        "(0 people",
    ] {
        assert!(!text.contains(never), "says {never:?}");
    }
    let persons = reason(&m, "persons");
    assert!(
        persons.contains("No year in 2021–2024 has application figures from both")
            && persons.contains("the Home Office has them for every year"),
        "{persons}"
    );
    // Decisions exist for 2021–2023 only: the totals say which year they leave out.
    assert!(
        m.summary
            .notes
            .iter()
            .any(|n| n.contains("no decision figures for 2024, so the totals leave that year out")),
        "{:?}",
        m.summary.notes
    );
    let stock = reason(&m, "stock");
    assert!(
        stock.contains("UNHCR publishes no application figures for 2021–2024"),
        "{stock}"
    );
    let masking = reason(&m, "masking");
    assert!(
        masking.contains("rejected, for example, is 21 as published but 13–21 in truth"),
        "{masking}"
    );
}

#[test]
fn home_office_missing_2025_is_not_covered_and_the_common_years_are_offered() {
    let state = ViewState {
        source: Source::HomeOffice,
        view: View::Compare,
        range: YearRange::new(2016, 2025),
        ..ViewState::default()
    };
    let m = build(&dataset(), &state, false);
    assert!(
        m.summary.notes.iter().any(|n| n
            == "The Home Office publishes no figures for 2025, so the totals leave that year out."),
        "{:?}",
        m.summary.notes
    );
    let cov = m.compare.coverage.as_ref().expect("a coverage note");
    assert!(
        cov.text
            .contains("UNHCR publishes no application figures for 2021–2024"),
        "{}",
        cov.text
    );
    assert!(
        cov.text
            .contains("The Home Office publishes no figures for 2025"),
        "{}",
        cov.text
    );
    assert!(
        cov.text.contains("cover different years for each source"),
        "{}",
        cov.text
    );
    let (years, label) = cov.offer.clone().expect("an offer");
    assert_eq!(years, YearRange::new(2016, 2020));
    assert_eq!(label, "Compare 2016–2020 only, the years both cover");
    assert!(m.lede.contains("(none yet for 2025)"), "{}", m.lede);
    assert!(
        m.chart
            .notes
            .iter()
            .any(|n| n == "The Home Office publishes no figures for 2025: a gap, not a zero."),
        "{:?}",
        m.chart.notes
    );
}

#[test]
fn a_year_without_unhcr_decisions_2003_does_not_say_zero() {
    let m = model(Source::Unhcr, 2003, 2003);
    for measure in [Measure::Granted, Measure::Refused, Measure::Closed] {
        let c = card(&m, measure);
        assert_eq!(c.value.text, "no data", "{measure:?}");
        assert_eq!(c.detail, "UNHCR publishes no decision figures for 2003");
    }
    assert_eq!(card(&m, Measure::Applications).value.text, "15");
    let refused = reason(&m, "refused");
    assert!(!refused.contains("\"rejected\" is 0"), "{refused}");
    assert!(
        refused.contains("No year in 2003 has decision figures from both"),
        "{refused}"
    );
    // A true zero stays a zero: the Home Office granted nobody in 2003.
    let ho = model(Source::HomeOffice, 2003, 2003);
    assert_eq!(card(&ho, Measure::Granted).value.text, "0");
}

#[test]
fn masked_only_years_2019_2020_agree_within_rounding() {
    let m = model(Source::Unhcr, 2019, 2020);
    assert_eq!(card(&m, Measure::Applications).value.text, "2–10");
    let persons = reason(&m, "persons");
    assert!(
        persons.contains("In 2019–2020 the Home Office's figure lies within UNHCR's rounding"),
        "{persons}"
    );
    assert!(!persons.contains("differ in"), "{persons}");
    assert!(
        persons.contains("agree exactly in none of the 2 years"),
        "{persons}"
    );
    assert!(m
        .compare
        .chart
        .label
        .contains("consistent within UNHCR's rounding in 2 more"));
}

#[test]
fn a_single_year_2007() {
    let m = model(Source::Unhcr, 2007, 2007);
    assert_eq!(
        m.summary.caption,
        "UNHCR figures, persons, including dependants, 2007"
    );
    assert_eq!(card(&m, Measure::Applications).value.text, "602");
    assert!(
        reason(&m, "persons").contains("the two agree exactly in 2007."),
        "{}",
        reason(&m, "persons")
    );
    assert!(m.summary.notes.is_empty(), "{:?}", m.summary.notes);
}

#[test]
fn the_whole_span_2001_2025_names_every_gap() {
    let m = model(Source::Unhcr, 2001, 2025);
    let apps = &m.summary.notes;
    assert!(
        apps.iter()
            .any(|n| n.contains("no application figures for 2001–2002 and 2021–2024")),
        "{apps:?}"
    );
    let ho = model(Source::HomeOffice, 2001, 2025);
    assert!(ho.lede.contains("(none yet for 2025)"), "{}", ho.lede);
    assert!(
        ho.chart
            .notes
            .iter()
            .any(|n| n.contains("2024 covers only the first 3 quarters")),
        "{:?}",
        ho.chart.notes
    );
    // Over the years both cover the persons reason compares like with like.
    let persons = reason(&m, "persons");
    assert!(
        persons.contains("the years of 2001–2025 with application figures from both"),
        "{persons}"
    );
}

#[test]
fn the_inferred_mapping_is_said_to_be_inferred_with_its_agreement() {
    let m = model(Source::Unhcr, 2004, 2015);
    let refused = reason(&m, "refused");
    assert!(refused.contains("inferred from the figures"), "{refused}");
    // Computed from the raw files: outside UNHCR's range in 8 of 12 years (rejected) and 7 of
    // 12 (otherwise closed), so inside in 4 and 5.
    assert!(
        refused.contains("\"rejected\" in 4 of 12 years"),
        "{refused}"
    );
    assert!(
        refused.contains("\"otherwise closed\" in 5 of 12 years"),
        "{refused}"
    );
    let granted = reason(&m, "granted");
    assert!(granted.contains("in 6 of 12 years"), "{granted}");
    assert!(
        granted.contains("complementary protection in 7 of 12 years"),
        "{granted}"
    );
    assert!(m.why.note.contains("inferred"));
    let sources = format!("{:?}", m.sources.unhcr.notes);
    assert!(sources.contains("inferred from the figures"), "{sources}");
}

#[test]
fn the_compare_notes_count_the_refusals_filed_elsewhere() {
    let state = ViewState {
        view: View::Compare,
        count: HoCount::Persons,
        ..ViewState::default()
    };
    let m = build(&dataset(), &state, false);
    assert!(
        m.compare
            .notes
            .iter()
            .any(|n| n.contains("includes 95 non-compliance and third-country refusals")),
        "{:?}",
        m.compare.notes
    );
}

#[test]
fn the_page_colours_of_an_exported_image_come_from_the_palette_and_the_stylesheet_agrees() {
    let dark = build(&dataset(), &ViewState::default(), true);
    assert_eq!(dark.chart.chart.image.background, "#151515");
    let css = std::fs::read_to_string(common::root().join("public/style.css")).unwrap();
    for (palette, background, ink) in [
        (
            nk_asylum::domain::palette::Palette::LIGHT,
            "--paper: #fff;",
            "--ink: #1a1a1a;",
        ),
        (
            nk_asylum::domain::palette::Palette::DARK,
            "--paper: #151515;",
            "--ink: #ececec;",
        ),
    ] {
        assert!(css.contains(background) && css.contains(ink));
        assert!(background.contains(palette.background.trim_end_matches("fff")));
        assert!(ink.contains(palette.ink));
    }
}
