//! The story model over every class of year range: what the reader is told when both sources
//! cover the years, when one of them has gaps, when only masked values exist, for one year and
//! for the whole span. Each test reads the model as the page renders it.

mod common;

use common::{dataset, has_hangul, numbers, RANGES};
use nk_asylum::domain::{
    figures::{HoCount, Measure, Source, YearRange},
    params::{View, ViewState},
    story::{build, ChartPanel, ComparePanel, StoryModel, WhyPanel},
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

/// The model of `m`'s state with `view` open instead (in light colours).
fn opened(m: &StoryModel, view: View) -> StoryModel {
    build(&dataset(), &ViewState { view, ..m.state }, false)
}

/// The Chart view of `m`'s state.
fn chart(m: &StoryModel) -> ChartPanel {
    opened(m, View::Chart)
        .chart()
        .cloned()
        .expect("the chart view")
}

/// The Compare view of `m`'s state.
fn compare(m: &StoryModel) -> ComparePanel {
    opened(m, View::Compare)
        .compare()
        .cloned()
        .expect("the compare view")
}

/// The "Why they differ" view of `m`'s state.
fn why(m: &StoryModel) -> WhyPanel {
    opened(m, View::Why).why().cloned().expect("the why view")
}

fn reason(m: &StoryModel, id: &str) -> String {
    why(m)
        .reasons
        .into_iter()
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
    let cov = compare(&m).coverage.expect("a coverage note");
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
        chart(&m)
            .notes
            .iter()
            .any(|n| n == "The Home Office publishes no figures for 2025: a gap, not a zero."),
        "{:?}",
        chart(&m).notes
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
    assert!(compare(&m)
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
        chart(&ho)
            .notes
            .iter()
            .any(|n| n.contains("2024 covers only the first 3 quarters")),
        "{:?}",
        chart(&ho).notes
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
    assert!(why(&m).note.contains("inferred"));
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
        compare(&m)
            .notes
            .iter()
            .any(|n| n.contains("includes 95 non-compliance and third-country refusals")),
        "{:?}",
        compare(&m).notes
    );
}

#[test]
fn the_page_colours_of_an_exported_image_come_from_the_palette_and_the_stylesheet_agrees() {
    let dark = build(&dataset(), &ViewState::default(), true);
    let dark_chart = dark.chart().expect("the chart view");
    assert_eq!(dark_chart.chart.image.background, "#151515");
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

// ---- 한국어판 (the Korean edition): the same model, every range class, the same figures. ----

use nk_asylum::domain::i18n::Lang;

fn model_in(lang: Lang, source: Source, view: View, from: u16, to: u16) -> StoryModel {
    let state = ViewState {
        source,
        view,
        lang,
        range: YearRange::new(from, to),
        ..ViewState::default()
    };
    build(&dataset(), &state, false)
}

/// Latin words in a Korean text that are not names or file types.
fn english_words(text: &str) -> Vec<String> {
    const NAMES: [&str; 9] = [
        "UNHCR", "Home", "Office", "CC", "BY", "CSV", "PNG", "SVG", "JSON",
    ];
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty() && !NAMES.contains(w))
        .map(String::from)
        .collect()
}

/// How many fields a CSV line has (commas inside quotes do not count).
fn fields(line: &str) -> usize {
    let mut quoted = false;
    1 + line
        .chars()
        .filter(|&c| {
            if c == '"' {
                quoted = !quoted;
            }
            c == ',' && !quoted
        })
        .count()
}

/// Asserts a Korean text is Korean and says the same numbers as its English original.
fn same_figures(what: &str, en: &str, ko: &str) {
    assert!(!ko.is_empty() && has_hangul(ko), "{what}: {ko:?}");
    assert!(english_words(ko).is_empty(), "{what}: {ko:?}");
    assert_eq!(numbers(en), numbers(ko), "{what}:\n{en}\n{ko}");
}

/// Every computed sentence of this area, in one edition: name and text.
fn sentences(m: &StoryModel) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("lede", m.lede.clone()),
        ("caption", m.summary.caption.clone()),
        ("announcement", m.summary.announcement.clone()),
        ("chart label", chart(m).chart.label.clone()),
        ("compare label", compare(m).chart.label.clone()),
        ("difference label", compare(m).difference.label.clone()),
        ("image title", chart(m).chart.image.title.clone()),
        ("compare image title", compare(m).chart.image.title.clone()),
        ("table caption", m.download.table.caption.clone()),
    ];
    out.extend(m.summary.notes.iter().map(|n| ("headline note", n.clone())));
    out.extend(chart(m).notes.iter().map(|n| ("chart note", n.clone())));
    out.extend(
        m.summary
            .cards
            .iter()
            .filter(|c| !c.value.masked && c.value.text.chars().any(char::is_alphabetic))
            .map(|c| ("card without figures", c.detail.clone())),
    );
    out
}

#[test]
fn every_korean_sentence_is_korean_with_the_english_figures() {
    for (from, to) in RANGES {
        for source in Source::ALL {
            let en = model_in(Lang::En, source, View::Chart, from, to);
            let ko = model_in(Lang::Ko, source, View::Chart, from, to);
            let (en_s, ko_s) = (sentences(&en), sentences(&ko));
            assert_eq!(en_s.len(), ko_s.len(), "{source:?} {from}–{to}");
            for ((what, e), (_, k)) in en_s.iter().zip(&ko_s) {
                same_figures(&format!("{source:?} {from}–{to} {what}"), e, k);
            }
            let cards = |m: &StoryModel| -> Vec<String> {
                m.summary
                    .cards
                    .iter()
                    .map(|c| c.value.text.clone())
                    .collect()
            };
            let ko_cards = cards(&ko);
            let en_cards: Vec<String> = cards(&en)
                .into_iter()
                .map(|t| t.replace("no data", "자료 없음"))
                .collect();
            assert_eq!(en_cards, ko_cards, "{source:?} {from}–{to}");
        }
    }
}

#[test]
fn the_korean_lede_of_the_article_reads_as_the_glossary_writes_it() {
    let m = model_in(Lang::Ko, Source::Unhcr, View::Chart, 2003, 2015);
    assert_eq!(
        m.lede,
        "2003–2015년 유엔난민기구는 영국 내 북한 출신자의 난민 신청을 1,328명으로 집계했다. \
         영국 내무부는 주 신청자 902명, 동반 가족을 포함하면 1,331명으로 집계했다."
    );
    assert_eq!(
        m.summary.caption,
        "유엔난민기구 수치, 동반 가족을 포함한 전체 인원, 2003–2015년"
    );
    assert_eq!(card(&m, Measure::Granted).value.text, "537–553");
    assert_eq!(card(&m, Measure::Granted).label, "난민 인정");
    assert!(
        m.summary
            .announcement
            .contains("난민 인정 537명에서 553명 사이"),
        "{}",
        m.summary.announcement
    );
    assert_eq!(
        m.summary.notes[0],
        "* 범위: 유엔난민기구가 5로 공표한 값(실제 값 1–5)이 합계에 포함되어 있어 실제 합계는 이 범위 안에 있다."
    );
    assert_eq!(
        m.credit_line,
        "출처: 유엔난민기구(UNHCR, CC BY 4.0); 영국 내무부(Home Office, Open Government Licence v3.0)"
    );
    assert_eq!(
        m.choices.clone().map(|c| c.name),
        ["유엔난민기구", "영국 내무부"]
    );
    assert_eq!(chart(&m).heading, "연도별 신청과 결정");
    assert!(chart(&m)
        .chart
        .image
        .font_family
        .contains("Apple SD Gothic Neo"));
}

#[test]
fn korean_gaps_say_no_data_and_never_zero() {
    let m = model_in(Lang::Ko, Source::Unhcr, View::Chart, 2021, 2024);
    let apps = card(&m, Measure::Applications);
    assert_eq!(apps.value.text, "자료 없음");
    assert_eq!(
        apps.detail,
        "유엔난민기구가 공표한 2021–2024년 신청 자료는 없다"
    );
    assert!(
        m.lede.starts_with(
            "2021–2024년 유엔난민기구가 공표한 영국 내 북한 출신자의 난민 신청 자료는 없다."
        ),
        "{}",
        m.lede
    );
    assert!(
        m.summary
            .notes
            .iter()
            .any(|n| n
                == "유엔난민기구가 공표한 2024년 결정 자료는 없다. 따라서 합계에서 그 해를 뺐다."),
        "{:?}",
        m.summary.notes
    );
    assert!(m.summary.announcement.contains("신청 자료 없음"));
    let ho = model_in(Lang::Ko, Source::HomeOffice, View::Chart, 2016, 2025);
    assert!(ho.lede.contains("(2025년 자료는 아직 없다)"), "{}", ho.lede);
    assert!(
        chart(&ho).notes.iter().any(|n| n
            == "영국 내무부가 공표한 2025년 자료는 없다. 그 해는 0이 아니라 자료가 없는 해다."),
        "{:?}",
        chart(&ho).notes
    );
    let whole = model_in(Lang::Ko, Source::HomeOffice, View::Chart, 2001, 2025);
    assert!(
        chart(&whole)
            .notes
            .iter()
            .any(|n| n == "2024년 수치는 3분기까지만 포함한다."),
        "{:?}",
        chart(&whole).notes
    );
}

#[test]
fn the_korean_csv_keeps_the_english_columns_and_cells() {
    for view in [View::Chart, View::Compare] {
        for (from, to) in RANGES {
            let en = model_in(Lang::En, Source::Unhcr, view, from, to);
            let ko = model_in(Lang::Ko, Source::Unhcr, view, from, to);
            assert_eq!(en.download.file_stem, ko.download.file_stem);
            let lines =
                |csv: &str| -> Vec<String> { csv.split("\r\n").map(String::from).collect() };
            let (en_lines, ko_lines) = (lines(&en.download.csv), lines(&ko.download.csv));
            let body = |l: &[String]| -> Vec<String> {
                l.iter().filter(|l| !l.starts_with('#')).cloned().collect()
            };
            let (en_body, ko_body) = (body(&en_lines), body(&ko_lines));
            // The header is Korean, with as many cells; every other row is the English one.
            assert_eq!(en_body[1..], ko_body[1..], "{view:?} {from}–{to}");
            let ko_header = &ko_body[0];
            assert_eq!(fields(&en_body[0]), fields(ko_header), "{ko_header}");
            assert!(english_words(ko_header).is_empty(), "{ko_header}");
            // One more provenance line than the English CSV: the English columns.
            let comments = |l: &[String]| l.iter().filter(|l| l.starts_with("# ")).count();
            assert_eq!(comments(&ko_lines), comments(&en_lines) + 1);
            assert!(
                ko_lines.contains(&format!("# columns: {}", en_body[0])),
                "{:?}",
                ko_lines
            );
            // Caption and the lines on masking and inference are Korean.
            for line in ko_lines.iter().filter(|l| l.starts_with("# ")).take(1) {
                same_figures("csv caption", &en_lines[0], line);
            }
            assert!(ko_lines[3..5]
                .iter()
                .all(|l| has_hangul(l) && english_words(l).is_empty()));
        }
    }
    let ko = model_in(Lang::Ko, Source::Unhcr, View::Chart, 2003, 2015);
    let csv = &ko.download.csv;
    assert!(csv.starts_with(
        "# 유엔난민기구: 연도별 난민 신청과 결정, 전체 인원, 2003–2015년\r\n# 출처: UNHCR, the UN Refugee Agency (유엔난민기구), "
    ));
    assert!(csv.contains("\r\n연도,신청(명),난민 인정(명),보충적 보호(명),불인정(명),기타 종결(명)\r\n2003,15,,,,\r\n2004,27,1-5,12,36,13\r\n"), "{csv}");
    assert!(csv.contains("# columns: Year,Applications,Recognised as refugees,Complementary protection,Rejected,Otherwise closed\r\n"));
    assert!(csv.contains("Open Government Licence v3.0 (영국 정부 공공 저작물 이용 허락 3.0판)"));
}

#[test]
fn each_view_holds_its_own_panel_and_its_notes() {
    for view in [View::Chart, View::Table, View::Compare, View::Why] {
        let state = ViewState {
            view,
            ..ViewState::default()
        };
        let m = build(&dataset(), &state, false);
        let notes = match view {
            View::Chart | View::Table => m.chart().map(|p| p.notes.clone()),
            View::Compare => m.compare().map(|p| p.notes.clone()),
            View::Why => m.why().map(|p| vec![p.note.to_string()]),
        };
        assert_eq!(notes.as_ref(), Some(&m.view_notes()), "{view:?}");
        // Only the open view is built.
        let held = [
            m.chart().is_some(),
            m.compare().is_some(),
            m.why().is_some(),
        ];
        assert_eq!(held.iter().filter(|h| **h).count(), 1, "{view:?}");
    }
    // "Table" is the chart's figures: the same table as the Chart view downloads.
    let open = |view| {
        build(
            &dataset(),
            &ViewState {
                view,
                ..ViewState::default()
            },
            false,
        )
    };
    assert_eq!(
        open(View::Table).download.table,
        open(View::Chart).download.table
    );
}
