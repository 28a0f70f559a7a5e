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
use super::format::{bounds, thousands, year_span, years};
use super::i18n::Lang;

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

/// " (2004–2015, the years both sources have decision figures for)" when that is not the whole
/// range; empty otherwise.
fn over_years(list: &[u16], range: YearRange, what: &str) -> String {
    if list.len() == range.len() {
        String::new()
    } else {
        format!(
            " ({}, the years both sources have {what} figures for)",
            years(list)
        )
    }
}

/// Every reason, in reading order, for the selected years.
pub fn reasons(ds: &Dataset, range: YearRange) -> Vec<Reason> {
    vec![
        persons_reason(ds, range),
        refused_reason(ds, range),
        granted_reason(ds, range),
        masking_reason(ds, range),
        stock_reason(ds, range),
    ]
}

fn persons_reason(ds: &Dataset, range: YearRange) -> Reason {
    let span = year_span(range.from(), range.to());
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

    let intro = "UNHCR counts every person who applied, including family members (dependants) named on a claim. The Home Office figure quoted in the article counts main applicants only.";
    if both.is_empty() {
        let u = total(
            ds,
            Source::Unhcr,
            HoCount::Persons,
            range,
            Measure::Applications,
        );
        let h = homeoffice_totals(ds, HoCount::Persons, range);
        let side = |name: &str, covered: &[u16]| {
            if covered.is_empty() {
                format!("{name} has no application figures for {span}")
            } else if covered.len() == range.len() {
                format!("{name} has them for every year")
            } else {
                format!("{name} has them only for {}", years(covered))
            }
        };
        return Reason {
            id: "persons",
            title: "People or main applicants",
            text: format!(
                "{intro} No year in {span} has application figures from both sources: {}; {}.",
                side("UNHCR", &u.covered),
                side("the Home Office", &h.covered)
            ),
            figures: vec![
                ("UNHCR, all people".into(), u.shown().text),
                (
                    "Home Office, all people".into(),
                    h.tally(h.group.applications).shown().text,
                ),
            ],
        };
    }

    let equal = years_where(&rows, Agreement::Equal);
    let rounding = years_where(&rows, Agreement::WithinRounding);
    let differ: Vec<String> = rows
        .iter()
        .filter(|r| r.agreement() == Agreement::Differ)
        .map(|r| {
            let u = r.unhcr.map(|c| bounds(c.bounds())).unwrap_or_default();
            format!(
                "{} ({} against UNHCR's {})",
                r.year,
                thousands(r.homeoffice.unwrap_or_default().into()),
                u
            )
        })
        .collect();
    let compared = both.len();
    let mut agreement = match (equal.len(), compared) {
        (1, 1) => format!("Counting people, the two agree exactly in {}.", years(&equal)),
        (e, n) if e == n => {
            format!("Counting people, the two agree exactly in all {n} years with figures from both.")
        }
        (0, n) => format!(
            "Counting people, the two agree exactly in none of the {n} years with figures from both."
        ),
        (e, n) => format!(
            "Counting people, the two agree exactly in {e} of the {n} years with figures from both."
        ),
    };
    if !rounding.is_empty() {
        agreement.push_str(&format!(
            " In {} the Home Office's figure lies within UNHCR's rounding (UNHCR publishes 1 to 4 as 5), so the two are consistent.",
            years(&rounding)
        ));
    }
    if !differ.is_empty() {
        agreement.push_str(&format!(" They differ in {}.", differ.join(", ")));
    }
    let uncovered: Vec<u16> = range.years().filter(|y| !both.contains(y)).collect();
    let scope = if uncovered.is_empty() {
        format!("In {span}")
    } else {
        format!(
            "Over {}, the years of {span} with application figures from both (not {}),",
            years(&both),
            years(&uncovered)
        )
    };
    Reason {
        id: "persons",
        title: "People or main applicants",
        text: format!(
            "{intro} {scope} the Home Office recorded {} main applicants and {} dependants: {} people, against UNHCR's {}. {agreement}",
            thousands(main_apps),
            thousands(dependants),
            thousands(persons_apps),
            unhcr_apps.shown().text,
        ),
        figures: vec![
            ("Home Office, main applicants".into(), thousands(main_apps)),
            ("Home Office, dependants".into(), thousands(dependants)),
            ("Home Office, all people".into(), thousands(persons_apps)),
            ("UNHCR, all people".into(), unhcr_apps.shown().text),
        ],
    }
}

fn refused_reason(ds: &Dataset, range: YearRange) -> Reason {
    let span = year_span(range.from(), range.to());
    let list = decision_years(ds, range);
    let persons = ho_decisions(ds, HoCount::Persons, &list);
    let main = homeoffice_totals(ds, HoCount::MainApplicants, range);
    let rejected = unhcr_over(ds, &list, Measure::Refused);
    let closed = unhcr_over(ds, &list, Measure::Closed);
    let on_substance = persons.other_refusals + persons.certified_refusal;
    let procedural = persons.non_compliance_refusal + persons.third_country_refusal;
    let explain = "The Home Office's \"refused\" includes claims refused because the applicant did not comply with the process (for example, missed an interview) and claims passed to a safe third country. UNHCR counts only refusals on the substance as \"rejected\", and appears to file the others, with withdrawals, as \"otherwise closed\" (inferred from the figures: neither organisation publishes the mapping).";
    let main_refused = main.tally(main.decisions().refused()).shown().text;
    if list.is_empty() {
        return Reason {
            id: "refused",
            title: "What counts as refused",
            text: format!(
                "{explain} No year in {span} has decision figures from both sources, so the two cannot be set side by side here. The Home Office's \"refused\" for main applicants, as in the article, is {main_refused}."
            ),
            figures: vec![("Home Office, refused (main applicants)".into(), main_refused)],
        };
    }
    let rej = mapping_agreement(ds, range, Measure::Refused);
    let clo = mapping_agreement(ds, range, Measure::Closed);
    Reason {
        id: "refused",
        title: "What counts as refused",
        text: format!(
            "{explain} In {span}{}, Home Office refusals on the substance (other and certified refusals, all people) come to {}; UNHCR's \"rejected\" is {}. Year by year, the Home Office's refusals on the substance lie within UNHCR's published \"rejected\" in {}, and its non-compliance and third-country refusals with withdrawals within \"otherwise closed\" in {}. The Home Office's \"refused\" for main applicants, as in the article, is {main_refused}.",
            over_years(&list, range, "decision"),
            n(on_substance),
            rejected.shown().text,
            rej.text(),
            clo.text(),
        ),
        figures: vec![
            ("UNHCR, rejected".into(), rejected.shown().text),
            ("Home Office, refused on substance (all people)".into(), n(on_substance)),
            ("Home Office, non-compliance and third-country refusals (all people)".into(), n(procedural)),
            ("Home Office, withdrawn (all people)".into(), n(persons.withdrawn)),
            ("UNHCR, otherwise closed".into(), closed.shown().text),
            ("Home Office, refused (main applicants)".into(), main_refused),
            ("Inferred mapping holds, rejected".into(), rej.text()),
            ("Inferred mapping holds, otherwise closed".into(), clo.text()),
        ],
    }
}

fn granted_reason(ds: &Dataset, range: YearRange) -> Reason {
    let span = year_span(range.from(), range.to());
    let list = decision_years(ds, range);
    let persons = ho_decisions(ds, HoCount::Persons, &list);
    let main = homeoffice_totals(ds, HoCount::MainApplicants, range);
    let d = main.decisions();
    let main_granted = main
        .tally(d.grant_of_protection() + d.grant_of_other_leave())
        .shown()
        .text;
    let explain = "UNHCR's \"recognised\" means refugee status only; humanitarian protection and other leave are counted separately as complementary protection. The Home Office's \"granted\" in the article adds those, but counts main applicants only.";
    if list.is_empty() {
        return Reason {
            id: "granted",
            title: "What counts as accepted",
            text: format!(
                "{explain} No year in {span} has decision figures from both sources. The Home Office granted {main_granted} main applicants protection or leave of any kind."
            ),
            figures: vec![("Home Office, granted (main applicants)".into(), main_granted)],
        };
    }
    let recognised = unhcr_over(ds, &list, Measure::Granted);
    let complementary = unhcr_over(ds, &list, Measure::Complementary);
    let rec = mapping_agreement(ds, range, Measure::Granted);
    let comp = mapping_agreement(ds, range, Measure::Complementary);
    let other = persons.humanitarian_protection + persons.grant_of_other_leave();
    Reason {
        id: "granted",
        title: "What counts as accepted",
        text: format!(
            "{explain} In {span}{}: UNHCR recognised {} people as refugees, and the Home Office granted refugee permission to {} people; the Home Office granted {main_granted} main applicants protection or leave of any kind. Matching refugee permission to \"recognised\" is inferred: year by year it lies within UNHCR's published figure in {}, and humanitarian protection with other leave within complementary protection in {}.",
            over_years(&list, range, "decision"),
            recognised.shown().text,
            n(persons.refugee_permission),
            rec.text(),
            comp.text(),
        ),
        figures: vec![
            ("UNHCR, recognised as refugees".into(), recognised.shown().text),
            ("Home Office, refugee permission (all people)".into(), n(persons.refugee_permission)),
            ("UNHCR, complementary protection".into(), complementary.shown().text),
            ("Home Office, humanitarian protection and other leave (all people)".into(), n(other)),
            ("Home Office, granted (main applicants)".into(), main_granted),
            ("Inferred mapping holds, recognised".into(), rec.text()),
            ("Inferred mapping holds, complementary protection".into(), comp.text()),
        ],
    }
}

fn masking_reason(ds: &Dataset, range: YearRange) -> Reason {
    let span = year_span(range.from(), range.to());
    let cells: Vec<(Measure, Count)> = range
        .years()
        .flat_map(|y| Measure::ALL.map(|m| unhcr_cell(ds, y, m).map(|c| (m, c))))
        .flatten()
        .collect();
    let masked = cells.iter().filter(|(_, c)| c.is_masked()).count();
    let text = if cells.is_empty() {
        format!("UNHCR publishes any count from 1 to 4 as 5 to protect privacy; it publishes no figures for {span}.")
    } else if masked == 0 {
        format!("UNHCR publishes any count from 1 to 4 as 5 to protect privacy; none of its {} figures for {span} is affected.", cells.len())
    } else {
        // The example is a measure whose total here really is a range.
        let example = Measure::ALL
            .into_iter()
            .map(|m| (m, total(ds, Source::Unhcr, HoCount::Persons, range, m)))
            .find(|(_, t)| t.is_range());
        let example = example.map_or(String::new(), |(m, t)| {
            format!(
                ": {}, for example, is {} as published but {} in truth",
                super::labels::measure(Source::Unhcr, m, HoCount::Persons, Lang::En)
                    .name
                    .to_ascii_lowercase(),
                thousands(t.published),
                bounds(t.bounds)
            )
        });
        format!(
            "UNHCR publishes any count from 1 to 4 as 5 to protect privacy, so a 5 means \"somewhere from 1 to 5\". {masked} of its {} yearly figures for {span} are such 5s, which is why some UNHCR totals here are ranges{example}. The Home Office publishes small numbers as they are.",
            cells.len(),
        )
    };
    Reason {
        id: "masking",
        title: "Small numbers are blurred",
        text,
        figures: vec![
            ("UNHCR figures published as 5".into(), masked.to_string()),
            (
                "UNHCR yearly figures in these years".into(),
                cells.len().to_string(),
            ),
        ],
    }
}

fn stock_reason(ds: &Dataset, range: YearRange) -> Reason {
    let span = year_span(range.from(), range.to());
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
    let apps_text =
        match super::narrative::coverage_gap(Source::Unhcr, Measure::Applications, &apps, Lang::En)
        {
            None => format!("{} people in {span} according to UNHCR", apps.shown().text),
            Some(gap) if apps.has_data() => format!(
                "{} people in {span} according to UNHCR, which {}",
                apps.shown().text,
                gap.trim_start_matches("UNHCR ")
            ),
            Some(gap) => gap,
        };
    Reason {
        id: "stock",
        title: "Flows and stocks",
        text: match stock {
            Some((year, c)) => format!(
                "Applications and decisions are flows: what happened during each year. UNHCR also publishes a stock: {} North Korean refugees were living in the UK at the end of {year}. A stock includes people recognised in earlier years and falls as people move on or become citizens, so it is not comparable with either source's applications ({apps_text}).",
                bounds(c.bounds()),
            ),
            None => format!("UNHCR publishes no refugee population figure for {span}."),
        },
        figures: stock
            .map(|(year, c)| vec![(format!("UNHCR, refugees living in the UK, end of {year}"), bounds(c.bounds()))])
            .unwrap_or_default(),
    }
}
