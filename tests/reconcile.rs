//! "Compare" and "Why they differ" reproduce SOURCES.md's reconciliation from the data, and the
//! tables/CSV carry the same numbers.

mod common;

use common::dataset;
use nk_asylum::domain::i18n::Lang;
use nk_asylum::domain::{
    compare::{applications_by_year, equal_years, total_difference, totals},
    figures::{yearly, HoCount, Measure, Source, YearRange},
    reconcile::reasons,
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
    let r = reasons(&ds, YearRange::ARTICLE);
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
    let r = reasons(&ds, YearRange::new(2007, 2008));
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
