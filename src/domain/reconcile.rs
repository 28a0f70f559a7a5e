//! "Why they differ": each reason the two sources disagree, stated with the numbers it rests
//! on for the selected years, all computed from the dataset (nothing here is a pasted figure).
//!
//! Every comparison is made over the years both sources cover, and says so when those are not
//! all the selected years. The matching of Home Office outcomes to UNHCR's categories is
//! inferred from the figures (neither organisation publishes it): each reason that uses it says
//! so and shows in how many years it holds (`crosswalk`).

use super::compare::{applications_by_year, years_where, Agreement};
use super::count::Count;
pub use super::crosswalk::{mapping_agreement, MappingAgreement};
use super::dataset::{Dataset, HoDecisions};
use super::figures::{
    homeoffice_group, homeoffice_totals, total, unhcr_cell, HoCount, Measure, Source, Tally,
    YearRange,
};
use super::format::{bounds, thousands};
use super::i18n::{text, Catalogue, Lang};

/// One reason, with its evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// Stable id for markup and tests.
    pub id: &'static str,
    /// A short heading.
    pub title: &'static str,
    /// The explanation, with the selected years' numbers in it.
    pub text: String,
    /// The numbers it rests on: (what, value).
    pub figures: Vec<(String, String)>,
}

fn n(v: u32) -> String {
    thousands(v.into())
}

/// A total as printed, or what the language says when it has no data.
fn shown(t: &dyn Catalogue, tally: &Tally) -> String {
    if tally.has_data() {
        tally.shown().text
    } else {
        t.no_data().to_string()
    }
}

/// The same in a sentence: `None` when it has no data.
fn said(tally: &Tally) -> Option<String> {
    tally.has_data().then(|| tally.shown().text)
}

/// The years of `range` in which both sources have decision figures.
fn decision_years(ds: &Dataset, range: YearRange) -> Vec<u16> {
    range
        .years()
        .filter(|&y| {
            unhcr_cell(ds, y, Measure::Refused).is_some() && ds.homeoffice_year(y).is_some()
        })
        .collect()
}

/// Home Office decisions (all people or main applicants) summed over some years.
fn ho_decisions(ds: &Dataset, count: HoCount, list: &[u16]) -> HoDecisions {
    list.iter()
        .filter_map(|&y| homeoffice_group(ds, count, y))
        .fold(HoDecisions::default(), |acc, g| acc + g.decisions)
}

/// A UNHCR total over some years.
fn unhcr_over(ds: &Dataset, list: &[u16], m: Measure) -> Tally {
    Tally::over(list.iter().map(|&y| (y, unhcr_cell(ds, y, m))))
}

/// Every reason, in reading order, for the selected years, in `lang`.
pub fn reasons(ds: &Dataset, range: YearRange, lang: Lang) -> Vec<Reason> {
    let t = text(lang);
    vec![
        persons_reason(t, ds, range),
        refused_reason(t, ds, range),
        granted_reason(t, ds, range),
        masking_reason(t, ds, range),
        stock_reason(t, ds, range),
    ]
}

fn persons_reason(t: &dyn Catalogue, ds: &Dataset, range: YearRange) -> Reason {
    let rows = applications_by_year(ds, HoCount::Persons, range);
    let both: Vec<u16> = rows
        .iter()
        .filter(|r| r.agreement() != Agreement::NotCompared)
        .map(|r| r.year)
        .collect();
    let main = applications_by_year(ds, HoCount::MainApplicants, range);
    let sum = |rows: &[super::compare::CompareYear]| -> u64 {
        rows.iter()
            .filter(|r| both.contains(&r.year))
            .filter_map(|r| r.homeoffice)
            .map(u64::from)
            .sum()
    };
    let (main_apps, persons_apps) = (sum(&main), sum(&rows));
    let dependants = persons_apps - main_apps;
    let unhcr_apps = unhcr_over(ds, &both, Measure::Applications);

    if both.is_empty() {
        let u = total(
            ds,
            Source::Unhcr,
            HoCount::Persons,
            range,
            Measure::Applications,
        );
        let h = homeoffice_totals(ds, HoCount::Persons, range);
        return Reason {
            id: "persons",
            title: t.persons_title(),
            text: t.persons_none_compared(range, &u.covered, &h.covered),
            figures: vec![
                (t.fig_unhcr_people().into(), shown(t, &u)),
                (
                    t.fig_ho_people().into(),
                    shown(t, &h.tally(h.group.applications)),
                ),
            ],
        };
    }

    let equal = years_where(&rows, Agreement::Equal);
    let rounding = years_where(&rows, Agreement::WithinRounding);
    let differ: Vec<(u16, u64, String)> = rows
        .iter()
        .filter(|r| r.agreement() == Agreement::Differ)
        .map(|r| {
            let u = r.unhcr.map(|c| bounds(c.bounds())).unwrap_or_default();
            (r.year, r.homeoffice.unwrap_or_default().into(), u)
        })
        .collect();
    let mut agreement = t.persons_agreement(&equal, both.len());
    if !rounding.is_empty() {
        agreement.push_str(&t.persons_within_rounding(&rounding));
    }
    if !differ.is_empty() {
        agreement.push_str(&t.persons_differ(&differ));
    }
    let uncovered: Vec<u16> = range.years().filter(|y| !both.contains(y)).collect();
    let counts = t.persons_counts(
        range,
        &both,
        &uncovered,
        [main_apps, dependants, persons_apps],
        &unhcr_apps.shown().text,
    );
    Reason {
        id: "persons",
        title: t.persons_title(),
        text: format!("{counts} {agreement}"),
        figures: vec![
            (t.fig_ho_main().into(), thousands(main_apps)),
            (t.fig_ho_dependants().into(), thousands(dependants)),
            (t.fig_ho_people().into(), thousands(persons_apps)),
            (t.fig_unhcr_people().into(), unhcr_apps.shown().text),
        ],
    }
}

fn refused_reason(t: &dyn Catalogue, ds: &Dataset, range: YearRange) -> Reason {
    let list = decision_years(ds, range);
    let persons = ho_decisions(ds, HoCount::Persons, &list);
    let main = homeoffice_totals(ds, HoCount::MainApplicants, range);
    let rejected = unhcr_over(ds, &list, Measure::Refused);
    let closed = unhcr_over(ds, &list, Measure::Closed);
    let on_substance = persons.other_refusals + persons.certified_refusal;
    let procedural = persons.non_compliance_refusal + persons.third_country_refusal;
    let explain = t.refused_explain();
    let main_refused = main.tally(main.decisions().refused());
    let main_sentence = t.refused_main(said(&main_refused).as_deref());
    let main_refused = shown(t, &main_refused);
    if list.is_empty() {
        return Reason {
            id: "refused",
            title: t.refused_title(),
            text: format!("{explain} {} {main_sentence}", t.refused_none(range)),
            figures: vec![(t.fig_refused_main().into(), main_refused)],
        };
    }
    let rej = mapping_agreement(ds, range, Measure::Refused).text(t);
    let clo = mapping_agreement(ds, range, Measure::Closed).text(t);
    let compared = t.refused_compared(
        &t.decision_scope(range, &list),
        on_substance.into(),
        &rejected.shown().text,
        [&rej, &clo],
    );
    Reason {
        id: "refused",
        title: t.refused_title(),
        text: format!("{explain} {compared} {main_sentence}"),
        figures: vec![
            (t.fig_rejected().into(), rejected.shown().text),
            (t.fig_refused_substance().into(), n(on_substance)),
            (t.fig_procedural().into(), n(procedural)),
            (t.fig_withdrawn().into(), n(persons.withdrawn)),
            (t.fig_closed().into(), closed.shown().text),
            (t.fig_refused_main().into(), main_refused),
            (t.fig_holds_rejected().into(), rej),
            (t.fig_holds_closed().into(), clo),
        ],
    }
}

fn granted_reason(t: &dyn Catalogue, ds: &Dataset, range: YearRange) -> Reason {
    let list = decision_years(ds, range);
    let persons = ho_decisions(ds, HoCount::Persons, &list);
    let main = homeoffice_totals(ds, HoCount::MainApplicants, range);
    let d = main.decisions();
    let main_granted = main.tally(d.grant_of_protection() + d.grant_of_other_leave());
    let main_said = said(&main_granted);
    let main_granted = shown(t, &main_granted);
    let explain = t.granted_explain();
    if list.is_empty() {
        return Reason {
            id: "granted",
            title: t.granted_title(),
            text: format!("{explain} {}", t.granted_none(range, main_said.as_deref())),
            figures: vec![(t.fig_granted_main().into(), main_granted)],
        };
    }
    let recognised = unhcr_over(ds, &list, Measure::Granted);
    let complementary = unhcr_over(ds, &list, Measure::Complementary);
    let rec = mapping_agreement(ds, range, Measure::Granted).text(t);
    let comp = mapping_agreement(ds, range, Measure::Complementary).text(t);
    let other = persons.humanitarian_protection + persons.grant_of_other_leave();
    let compared = t.granted_compared(
        &t.decision_scope(range, &list),
        &recognised.shown().text,
        persons.refugee_permission.into(),
        main_said.as_deref(),
        [&rec, &comp],
    );
    Reason {
        id: "granted",
        title: t.granted_title(),
        text: format!("{explain} {compared}"),
        figures: vec![
            (t.fig_recognised().into(), recognised.shown().text),
            (
                t.fig_refugee_permission().into(),
                n(persons.refugee_permission),
            ),
            (t.fig_complementary().into(), complementary.shown().text),
            (t.fig_protection_other().into(), n(other)),
            (t.fig_granted_main().into(), main_granted),
            (t.fig_holds_recognised().into(), rec),
            (t.fig_holds_complementary().into(), comp),
        ],
    }
}

fn masking_reason(t: &dyn Catalogue, ds: &Dataset, range: YearRange) -> Reason {
    let cells: Vec<(Measure, Count)> = range
        .years()
        .flat_map(|y| Measure::ALL.map(|m| unhcr_cell(ds, y, m).map(|c| (m, c))))
        .flatten()
        .collect();
    let masked = cells.iter().filter(|(_, c)| c.is_masked()).count();
    let text = if cells.is_empty() {
        t.masking_none(range)
    } else if masked == 0 {
        t.masking_unaffected(range, cells.len())
    } else {
        // The example is a measure whose total here really is a range.
        let example = Measure::ALL
            .into_iter()
            .map(|m| (m, total(ds, Source::Unhcr, HoCount::Persons, range, m)))
            .find(|(_, tally)| tally.is_range());
        let truth = example.as_ref().map(|(_, e)| bounds(e.bounds));
        let example = example
            .zip(truth.as_deref())
            .map(|((m, e), truth)| (t.masking_measure(m), e.published, truth));
        t.masking_text(range, masked, cells.len(), example)
    };
    Reason {
        id: "masking",
        title: t.masking_title(),
        text,
        figures: vec![
            (t.fig_masked().into(), masked.to_string()),
            (t.fig_cells().into(), cells.len().to_string()),
        ],
    }
}

fn stock_reason(t: &dyn Catalogue, ds: &Dataset, range: YearRange) -> Reason {
    let stock = ds
        .unhcr
        .iter()
        .filter(|y| range.contains(y.year))
        .filter_map(|y| y.refugees_end_year.map(|c| (y.year, c)))
        .next_back();
    let apps = total(
        ds,
        Source::Unhcr,
        HoCount::Persons,
        range,
        Measure::Applications,
    );
    let apps_text = t.stock_applications(range, said(&apps).as_deref(), &apps.missing_years);
    Reason {
        id: "stock",
        title: t.stock_title(),
        text: match stock {
            Some((year, c)) => t.stock_text(year, &bounds(c.bounds()), &apps_text),
            None => t.stock_none(range),
        },
        figures: stock
            .map(|(year, c)| vec![(t.fig_stock(year), bounds(c.bounds()))])
            .unwrap_or_default(),
    }
}
