//! "Why they differ": each reason the two sources disagree, stated with the numbers it rests
//! on for the selected years, all computed from the dataset (nothing here is a pasted figure).

use super::compare::{applications_by_year, equal_years};
use super::count::Count;
use super::dataset::Dataset;
use super::figures::{homeoffice_totals, unhcr_totals, HoCount, Measure, Tally, YearRange};
use super::format::{bounds, thousands, year_span};

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

fn tally(ds: &Dataset, range: YearRange, m: Measure) -> Tally {
    unhcr_totals(ds, range)
        .into_iter()
        .find(|(k, _)| *k == m)
        .map(|(_, t)| t)
        .unwrap_or_default()
}

fn n(v: u32) -> String {
    thousands(v.into())
}

/// Every reason, in reading order, for the selected years.
pub fn reasons(ds: &Dataset, range: YearRange) -> Vec<Reason> {
    let span = year_span(range.from(), range.to());
    let (main_apps, main) = homeoffice_totals(ds, HoCount::MainApplicants, range);
    let (persons_apps, persons) = homeoffice_totals(ds, HoCount::Persons, range);
    let dependants = persons_apps - main_apps;
    let unhcr_apps = tally(ds, range, Measure::Applications);

    let rows = applications_by_year(ds, HoCount::Persons, range);
    let compared: Vec<_> = rows.iter().filter(|r| r.difference().is_some()).collect();
    let equal = equal_years(&rows);
    let unequal: Vec<String> = compared
        .iter()
        .filter(|r| !equal.contains(&r.year))
        .map(|r| {
            let u = r.unhcr.map(|c| bounds(c.bounds())).unwrap_or_default();
            format!(
                "{} ({} against UNHCR's {})",
                r.year,
                thousands(r.homeoffice.unwrap_or(0).into()),
                u
            )
        })
        .collect();
    let agreement = if compared.is_empty() {
        "No year in this range has figures from both sources.".to_string()
    } else if unequal.is_empty() {
        format!(
            "Counting people, the two agree exactly in all {} years with figures from both.",
            compared.len()
        )
    } else {
        format!(
            "Counting people, the two agree exactly in {} of the {} years with figures from both; they differ in {}.",
            equal.len(),
            compared.len(),
            unequal.join(", ")
        )
    };
    let persons_reason = Reason {
        id: "persons",
        title: "People or main applicants",
        text: format!(
            "UNHCR counts every person who applied, including family members (dependants) named on a claim. The Home Office figure quoted in the article counts main applicants only. In {span} the Home Office recorded {} main applicants and {} dependants: {} people, against UNHCR's {}. {agreement}",
            thousands(main_apps),
            thousands(dependants),
            thousands(persons_apps),
            bounds(unhcr_apps.bounds),
        ),
        figures: vec![
            ("Home Office, main applicants".into(), thousands(main_apps)),
            ("Home Office, dependants".into(), thousands(dependants)),
            ("Home Office, all people".into(), thousands(persons_apps)),
            ("UNHCR, all people".into(), bounds(unhcr_apps.bounds)),
        ],
    };

    let rejected = tally(ds, range, Measure::Refused);
    let closed = tally(ds, range, Measure::Closed);
    let on_substance = persons.other_refusals + persons.certified_refusal;
    let procedural = persons.non_compliance_refusal + persons.third_country_refusal;
    let refused_reason = Reason {
        id: "refused",
        title: "What counts as refused",
        text: format!(
            "The Home Office's \"refused\" includes claims refused because the applicant did not comply with the process (for example, missed an interview) and claims passed to a safe third country. UNHCR counts only refusals on the substance as \"rejected\", and files the others, with withdrawals, as \"otherwise closed\". In {span}, Home Office refusals on the substance (other and certified refusals, all people) come to {}; UNHCR's \"rejected\" is {}. The Home Office's \"refused\" for main applicants, as in the article, is {}.",
            n(on_substance),
            bounds(rejected.bounds),
            n(main.refused()),
        ),
        figures: vec![
            ("UNHCR, rejected".into(), bounds(rejected.bounds)),
            ("Home Office, refused on substance (all people)".into(), n(on_substance)),
            ("Home Office, non-compliance and third-country refusals (all people)".into(), n(procedural)),
            ("Home Office, withdrawn (all people)".into(), n(persons.withdrawn)),
            ("UNHCR, otherwise closed".into(), bounds(closed.bounds)),
            ("Home Office, refused (main applicants)".into(), n(main.refused())),
        ],
    };

    let recognised = tally(ds, range, Measure::Granted);
    let complementary = tally(ds, range, Measure::Complementary);
    let granted_reason = Reason {
        id: "granted",
        title: "What counts as accepted",
        text: format!(
            "UNHCR's \"recognised\" means refugee status only; humanitarian protection and other leave are counted separately as complementary protection. The Home Office's \"granted\" in the article adds those, but counts main applicants only. In {span}: UNHCR recognised {} people as refugees, and the Home Office granted refugee permission to {} people; the Home Office granted {} main applicants protection or leave of any kind.",
            bounds(recognised.bounds),
            n(persons.refugee_permission),
            n(main.grant_of_protection() + main.grant_of_other_leave()),
        ),
        figures: vec![
            ("UNHCR, recognised as refugees".into(), bounds(recognised.bounds)),
            ("Home Office, refugee permission (all people)".into(), n(persons.refugee_permission)),
            ("UNHCR, complementary protection".into(), bounds(complementary.bounds)),
            (
                "Home Office, humanitarian protection and other leave (all people)".into(),
                n(persons.humanitarian_protection + persons.grant_of_other_leave()),
            ),
            (
                "Home Office, granted (main applicants)".into(),
                n(main.grant_of_protection() + main.grant_of_other_leave()),
            ),
        ],
    };

    let cells: Vec<Count> = ds
        .unhcr
        .iter()
        .filter(|y| range.contains(y.year))
        .flat_map(|y| {
            let decisions = y.decisions.map(|d| d.components().map(|(_, c)| c));
            y.applied.into_iter().chain(decisions.into_iter().flatten())
        })
        .collect();
    let masked = cells.iter().filter(|c| c.is_masked()).count();
    let masking_reason = Reason {
        id: "masking",
        title: "Small numbers are blurred",
        text: if masked == 0 {
            format!("UNHCR publishes any count from 1 to 4 as 5 to protect privacy; none of its {} figures for {span} is affected.", cells.len())
        } else {
            format!(
                "UNHCR publishes any count from 1 to 4 as 5 to protect privacy, so a 5 means \"somewhere from 1 to 5\". {masked} of its {} yearly figures for {span} are such 5s, which is why some UNHCR totals here are ranges: recognised as refugees, for example, is {} as published but {} in truth. The Home Office publishes small numbers as they are.",
                cells.len(),
                thousands(recognised.published),
                bounds(recognised.bounds),
            )
        },
        figures: vec![
            ("UNHCR figures published as 5".into(), masked.to_string()),
            (
                "UNHCR yearly figures in these years".into(),
                cells.len().to_string(),
            ),
        ],
    };

    let stock = ds
        .unhcr
        .iter()
        .filter(|y| range.contains(y.year))
        .filter_map(|y| y.refugees_end_year.map(|c| (y.year, c)))
        .next_back();
    let stock_reason = Reason {
        id: "stock",
        title: "Flows and stocks",
        text: match stock {
            Some((year, c)) => format!(
                "Applications and decisions are flows: what happened during each year. UNHCR also publishes a stock: {} North Korean refugees were living in the UK at the end of {year}. A stock includes people recognised in earlier years and falls as people move on or become citizens, so it is not comparable with either source's applications ({} people in {span} according to UNHCR).",
                bounds(c.bounds()),
                bounds(unhcr_apps.bounds),
            ),
            None => format!("UNHCR publishes no refugee population figure for {span}."),
        },
        figures: stock
            .map(|(year, c)| vec![(format!("UNHCR, refugees living in the UK, end of {year}"), bounds(c.bounds()))])
            .unwrap_or_default(),
    };

    vec![
        persons_reason,
        refused_reason,
        granted_reason,
        masking_reason,
        stock_reason,
    ]
}
