//! The shipped dataset: generated from its sources, valid, and reproducing the figures the
//! article quotes (see data/SOURCES.md, section 4).

mod common;

use common::{dataset as shipped, root, shipped_text};
use nk_asylum::domain::i18n::Lang;
use nk_asylum::domain::{
    count::Bounds,
    dataset::{DataError, Dataset},
    figures::{headlines, total, HoCount, Measure, Source, YearRange},
    ingest,
};

fn headline(ds: &Dataset, source: Source, count: HoCount, measure: Measure) -> Bounds {
    headlines(ds, source, count, YearRange::ARTICLE, Lang::En)
        .into_iter()
        .find(|h| h.measure == measure)
        .map(|h| h.value.bounds)
        .expect("headline present")
}

#[test]
fn committed_json_is_exactly_what_the_generator_produces() {
    let generated = ingest::generate_from_dir(&root().join("data")).expect("sources build");
    assert!(
        generated == shipped_text(),
        "public/data/nk-asylum.json is stale: run `cargo run --example build_dataset`"
    );
}

#[test]
fn home_office_reproduces_the_article_exactly() {
    let ds = shipped();
    let main = HoCount::MainApplicants;
    assert_eq!(
        headline(&ds, Source::HomeOffice, main, Measure::Applications),
        Bounds::exact(902)
    );
    assert_eq!(
        headline(&ds, Source::HomeOffice, main, Measure::Granted),
        Bounds::exact(408)
    );
    assert_eq!(
        headline(&ds, Source::HomeOffice, main, Measure::Refused),
        Bounds::exact(413)
    );
    assert_eq!(
        headline(&ds, Source::HomeOffice, main, Measure::Closed),
        Bounds::exact(77)
    );
    // Counting persons, as UNHCR does: 902 main applicants + 429 dependants.
    let persons = headline(
        &ds,
        Source::HomeOffice,
        HoCount::Persons,
        Measure::Applications,
    );
    assert_eq!(persons, Bounds::exact(1331));
}

#[test]
fn unhcr_first_instance_totals_match_sources_md() {
    let ds = shipped();
    let get = |m: Measure| total(&ds, Source::Unhcr, HoCount::Persons, YearRange::ARTICLE, m);
    assert_eq!(get(Measure::Applications).bounds, Bounds::exact(1328));
    assert_eq!(get(Measure::Refused).bounds, Bounds::exact(504));
    let recognised = get(Measure::Granted);
    assert_eq!(recognised.published, 553);
    assert_eq!(
        recognised.bounds,
        Bounds {
            low: 537,
            high: 553
        }
    );
    assert_eq!(recognised.masked_cells, 4);
    // No decision rows for 2003: a missing year, not a zero.
    assert_eq!(recognised.missing_years, vec![2003]);
    // Recognised + complementary, as published: 631; the true value lies in 603–631.
    let granted_any = recognised.bounds + get(Measure::Complementary).bounds;
    assert_eq!(
        granted_any,
        Bounds {
            low: 603,
            high: 631
        }
    );
}

#[test]
fn masked_cells_are_exactly_those_sources_md_lists() {
    let ds = shipped();
    let masked =
        |f: fn(&nk_asylum::domain::dataset::UnhcrDecisions) -> nk_asylum::domain::count::Count| {
            ds.unhcr
                .iter()
                .filter(|y| YearRange::ARTICLE.contains(y.year))
                .filter(|y| y.decisions.as_ref().is_some_and(|d| f(d).is_masked()))
                .map(|y| y.year)
                .collect::<Vec<_>>()
        };
    assert_eq!(masked(|d| d.recognized), [2004, 2005, 2009, 2014]);
    assert_eq!(masked(|d| d.complementary), [2010, 2011, 2014]);
    assert_eq!(masked(|d| d.otherwise_closed), [2005, 2006, 2011, 2012]);
    assert!(masked(|d| d.rejected).is_empty());
}

/// Reads a CSV with a header into rows keyed by column name (test helper; the files have no
/// quoted fields).
fn csv_rows(name: &str) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(root().join("data/raw").join(name)).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|l| {
            header
                .iter()
                .map(|h| h.to_string())
                .zip(l.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

#[test]
fn home_office_years_agree_with_the_curators_derived_table() {
    let ds = shipped();
    let rows = csv_rows("homeoffice_north_korea_by_year_DERIVED.csv");
    assert_eq!(rows.len(), ds.homeoffice.len());
    for row in rows {
        let n = |c: &str| row[c].parse::<u32>().unwrap();
        let y = ds.homeoffice_year(n("year") as u16).expect("year present");
        let (m, d) = (&y.main_applicants, &y.dependants);
        assert_eq!(
            m.applications,
            n("ho_applications_main_applicants"),
            "{}",
            y.year
        );
        assert_eq!(
            d.applications,
            n("ho_applications_dependants"),
            "{}",
            y.year
        );
        assert_eq!(
            m.decisions.grant_of_protection(),
            n("ho_main_grant_of_protection")
        );
        assert_eq!(
            m.decisions.grant_of_other_leave(),
            n("ho_main_grant_of_other_leave")
        );
        assert_eq!(m.decisions.refused(), n("ho_main_refused"), "{}", y.year);
        assert_eq!(m.decisions.withdrawn, n("ho_main_withdrawn"));
        assert_eq!(d.decisions.refused(), n("ho_dependants_refused"));
        assert_eq!(d.decisions.withdrawn, n("ho_dependants_withdrawn"));
        let persons = m.decisions + d.decisions;
        assert_eq!(
            persons.refugee_permission,
            n("ho_persons_outcome_refugee_permission")
        );
        assert_eq!(
            persons.certified_refusal,
            n("ho_persons_outcome_certified_refusal")
        );
        assert_eq!(
            persons.non_compliance_refusal,
            n("ho_persons_outcome_noncompliance_refusal")
        );
    }
}

#[test]
fn unhcr_years_agree_with_the_curators_crosswalk() {
    let ds = shipped();
    for row in csv_rows("crosswalk_homeoffice_persons_vs_unhcr_FI_by_year_DERIVED.csv") {
        let year: u16 = row["year"].parse().unwrap();
        let cell = |c: &str| {
            row.get(c)
                .filter(|v| !v.is_empty())
                .map(|v| v.parse::<u32>().unwrap())
        };
        let y = ds.unhcr_year(year);
        let applied = y.and_then(|y| y.applied).map(|c| c.published());
        assert_eq!(applied, cell("unhcr_FI_applied"), "{year} applied");
        let d = y.and_then(|y| y.decisions);
        assert_eq!(
            d.map(|d| d.recognized.published()),
            cell("unhcr_FI_dec_recognized"),
            "{year}"
        );
        assert_eq!(
            d.map(|d| d.rejected.published()),
            cell("unhcr_FI_dec_rejected"),
            "{year}"
        );
        assert_eq!(d.map(|d| d.total), cell("unhcr_FI_dec_total"), "{year}");
    }
}

/// Applies `edit` to the shipped JSON and returns the error the parser gives.
fn error_after(edit: impl FnOnce(&mut serde_json::Value)) -> DataError {
    let mut value: serde_json::Value = serde_json::from_str(&shipped_text()).unwrap();
    edit(&mut value);
    Dataset::from_json(&value.to_string()).expect_err("the edited file must be refused")
}

#[test]
fn broken_files_are_refused_with_a_specific_reason() {
    assert!(matches!(
        Dataset::from_json("<html>Not found</html>"),
        Err(DataError::Malformed(_))
    ));
    let text = shipped_text();
    assert!(matches!(
        Dataset::from_json(&text[..text.len() / 2]),
        Err(DataError::Malformed(_))
    ));
    assert_eq!(
        error_after(|v| v["schema_version"] = 0.into()),
        DataError::SchemaVersion {
            found: 0,
            expected: 1
        }
    );
    assert!(matches!(
        error_after(|v| v["unhcr"][5]["decisions"]["total"] = 1.into()),
        DataError::TotalMismatch {
            year: 2008,
            total: 1,
            ..
        }
    ));
    assert!(matches!(
        error_after(|v| v["unhcr"][1]["decisions"]["recognized"]["high"] = 50.into()),
        DataError::BadMaskedCell {
            year: 2004,
            field: "recognized"
        }
    ));
    assert!(matches!(
        error_after(|v| v["homeoffice"][3]["year"] = 2001.into()),
        DataError::BadYear {
            source_name: "homeoffice",
            year: 2001
        }
    ));
    assert!(matches!(
        error_after(|v| v["unhcr"] = serde_json::json!([])),
        DataError::Empty {
            source_name: "unhcr"
        }
    ));
    let negative =
        error_after(|v| v["homeoffice"][0]["main_applicants"]["applications"] = (-3).into());
    assert!(negative.to_string().contains("-3"), "{negative}");
    let unknown = error_after(|v| v["homeoffice"][0]["extra"] = 1.into());
    assert!(unknown.to_string().contains("extra"), "{unknown}");
}

#[test]
fn lede_and_headline_notes_state_the_computed_figures() {
    use nk_asylum::domain::narrative::{headline_notes, lede};
    let ds = shipped();
    let text = lede(&ds, YearRange::ARTICLE, Lang::En);
    assert!(text.starts_with("2003–2015: UNHCR counts 1,328"), "{text}");
    assert!(
        text.contains("902 main applicants, or 1,331 people"),
        "{text}"
    );
    let notes = headline_notes(
        Source::Unhcr,
        &headlines(
            &ds,
            Source::Unhcr,
            HoCount::MainApplicants,
            YearRange::ARTICLE,
            Lang::En,
        ),
        Lang::En,
    );
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].starts_with("* A range"));
    assert!(notes[1].contains("no decision figures for 2003"));
    let ho = headline_notes(
        Source::HomeOffice,
        &headlines(
            &ds,
            Source::HomeOffice,
            HoCount::MainApplicants,
            YearRange::ARTICLE,
            Lang::En,
        ),
        Lang::En,
    );
    assert!(ho.is_empty(), "{ho:?}");
}

#[test]
fn the_page_holds_the_fallback_figures_generated_from_the_shipped_data() {
    use nk_asylum::domain::fallback;
    let page = std::fs::read_to_string(root().join("index.html")).unwrap();
    let expected = fallback::splice(&page, &fallback::html(&shipped())).expect("markers present");
    assert!(
        page == expected,
        "index.html's fallback is stale: run `cargo run --example build_dataset`"
    );
    // And it states the figures the app computes.
    for figure in [
        "<td>1,328</td><td>902</td><td>1,331</td>",
        "<td>504</td><td>413</td><td>600</td>",
    ] {
        assert!(page.contains(figure), "{figure}");
    }
}

#[test]
fn the_fallback_says_in_korean_that_its_figures_are_english() {
    use nk_asylum::domain::fallback;
    let html = fallback::html(&shipped());
    let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    let (first, rest) = html.split_once("<h2 ").expect("a heading");
    // At the top of the section, before its heading: one Korean paragraph, marked as Korean.
    assert!(first.starts_with("<section class=\"fallback\""), "{first}");
    let line = first.lines().nth(1).expect("the Korean line");
    assert!(
        line.starts_with("<p class=\"fallback-edition\" lang=\"ko\">"),
        "{line}"
    );
    assert!(hangul(line) && line.contains("영어판"), "{line}");
    assert!(!line.chars().any(|c| c.is_ascii_digit()), "{line}");
    // The figures themselves are the English edition's.
    assert!(!hangul(rest), "{rest}");
    assert!(rest.starts_with("id=\"fallback-heading\">The figures, 2003–2015</h2>"));
}

#[test]
fn brackets_inside_strings_do_not_count_as_nesting() {
    let mut value: serde_json::Value = serde_json::from_str(&shipped_text()).unwrap();
    value["title"] = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{\\\"".into();
    assert!(Dataset::from_json(&value.to_string()).is_ok());
}

/// The Korean edition's description of each source (data/sources.json's `ko`): every caveat
/// translated, in Korean, and the published names and licences shown as published beside their
/// glosses.
#[test]
fn each_source_has_its_korean_description() {
    use nk_asylum::domain::i18n::{source_text, Lang};
    let ds = shipped();
    let hangul = |s: &str| s.chars().any(|c| ('가'..='힣').contains(&c));
    for meta in [&ds.sources.unhcr, &ds.sources.homeoffice] {
        let ko = meta.ko.as_ref().expect("a Korean description");
        assert_eq!(ko.notes.len(), meta.notes.len(), "{}", meta.short_name);
        for text in ko.notes.iter().chain([&ko.unit, &ko.short_name, &ko.name]) {
            assert!(hangul(text), "{text}");
        }
        let shown = source_text(meta, Lang::Ko);
        assert_eq!(shown.name, meta.name);
        for published in [&meta.publisher, &meta.edition, &meta.licence] {
            assert!(
                shown.details.contains(published.as_str()),
                "{}",
                shown.details
            );
        }
        assert!(shown.heading.contains(&meta.short_name));
        let english = source_text(meta, Lang::En);
        assert_eq!(
            (english.unit, english.notes),
            (meta.unit.clone(), meta.notes.clone())
        );
    }
}
