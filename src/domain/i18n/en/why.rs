//! "Why they differ" in English.

use super::super::common::Common;
use super::super::why::WhyText;
use super::super::En;
use crate::domain::figures::{Measure, YearRange};
use crate::domain::format::thousands;

fn span(range: YearRange) -> String {
    En.year_span(range.from(), range.to())
}

const MASKING: &str = "UNHCR publishes any count from 1 to 4 as 5 to protect privacy";

impl WhyText for En {
    fn why_heading(&self) -> &'static str {
        "Why the two sources differ"
    }
    fn why_note(&self) -> &'static str {
        "The matching of Home Office outcomes to UNHCR's categories is inferred from the figures; neither organisation publishes it. Each reason says in how many years it holds."
    }

    fn in_years(&self, inside: usize, compared: usize) -> String {
        match compared {
            0 => "no year with figures from both".to_string(),
            1 => format!("{inside} of 1 year"),
            c => format!("{inside} of {c} years"),
        }
    }
    fn decision_scope(&self, range: YearRange, both: &[u16]) -> String {
        let span = span(range);
        if both.len() == range.len() {
            format!("In {span}")
        } else {
            format!(
                "In {span} ({}, the years both sources have decision figures for)",
                self.years(both)
            )
        }
    }

    fn persons_title(&self) -> &'static str {
        "People or main applicants"
    }
    fn persons_none_compared(&self, range: YearRange, unhcr: &[u16], homeoffice: &[u16]) -> String {
        let span = span(range);
        let side = |name: &str, covered: &[u16]| {
            if covered.is_empty() {
                format!("{name} has no application figures for {span}")
            } else if covered.len() == range.len() {
                format!("{name} has them for every year")
            } else {
                format!("{name} has them only for {}", self.years(covered))
            }
        };
        format!(
            "{PERSONS} No year in {span} has application figures from both sources: {}; {}.",
            side("UNHCR", unhcr),
            side("the Home Office", homeoffice)
        )
    }
    fn persons_counts(
        &self,
        range: YearRange,
        both: &[u16],
        uncovered: &[u16],
        counts: [u64; 3],
        unhcr: &str,
    ) -> String {
        let span = span(range);
        let scope = if uncovered.is_empty() {
            format!("In {span}")
        } else {
            format!(
                "Over {}, the years of {span} with application figures from both (not {}),",
                self.years(both),
                self.years(uncovered)
            )
        };
        let [main, dependants, persons] = counts.map(thousands);
        format!("{PERSONS} {scope} the Home Office recorded {main} main applicants and {dependants} dependants: {persons} people, against UNHCR's {unhcr}.")
    }
    fn persons_agreement(&self, equal: &[u16], compared: usize) -> String {
        match (equal.len(), compared) {
            (1, 1) => format!(
                "Counting people, the two agree exactly in {}.",
                self.years(equal)
            ),
            (e, n) if e == n => format!(
                "Counting people, the two agree exactly in all {n} years with figures from both."
            ),
            (0, n) => format!(
                "Counting people, the two agree exactly in none of the {n} years with figures from both."
            ),
            (e, n) => format!(
                "Counting people, the two agree exactly in {e} of the {n} years with figures from both."
            ),
        }
    }
    fn persons_within_rounding(&self, years: &[u16]) -> String {
        format!(
            " In {} the Home Office's figure lies within UNHCR's rounding (UNHCR publishes 1 to 4 as 5), so the two are consistent.",
            self.years(years)
        )
    }
    fn persons_differ(&self, years: &[(u16, u64, String)]) -> String {
        let items: Vec<String> = years
            .iter()
            .map(|(year, ho, u)| format!("{year} ({} against UNHCR's {u})", thousands(*ho)))
            .collect();
        format!(" They differ in {}.", items.join(", "))
    }
    fn fig_unhcr_people(&self) -> &'static str {
        "UNHCR, all people"
    }
    fn fig_ho_people(&self) -> &'static str {
        "Home Office, all people"
    }
    fn fig_ho_main(&self) -> &'static str {
        "Home Office, main applicants"
    }
    fn fig_ho_dependants(&self) -> &'static str {
        "Home Office, dependants"
    }

    fn refused_title(&self) -> &'static str {
        "What counts as refused"
    }
    fn refused_explain(&self) -> &'static str {
        "The Home Office's \"refused\" includes claims refused because the applicant did not comply with the process (for example, missed an interview) and claims passed to a safe third country. UNHCR counts only refusals on the substance as \"rejected\", and appears to file the others, with withdrawals, as \"otherwise closed\" (inferred from the figures: neither organisation publishes the mapping)."
    }
    fn refused_none(&self, range: YearRange) -> String {
        format!(
            "No year in {} has decision figures from both sources, so the two cannot be set side by side here.",
            span(range)
        )
    }
    fn refused_compared(
        &self,
        scope: &str,
        substance: u64,
        rejected: &str,
        holds: [&str; 2],
    ) -> String {
        let [rejected_holds, closed_holds] = holds;
        format!(
            "{scope}, Home Office refusals on the substance (other and certified refusals, all people) come to {}; UNHCR's \"rejected\" is {rejected}. Year by year, the Home Office's refusals on the substance lie within UNHCR's published \"rejected\" in {rejected_holds}, and its non-compliance and third-country refusals with withdrawals within \"otherwise closed\" in {closed_holds}.",
            thousands(substance)
        )
    }
    fn refused_main(&self, main: Option<&str>) -> String {
        format!(
            "The Home Office's \"refused\" for main applicants, as in the article, is {}.",
            main.unwrap_or(self.no_data())
        )
    }
    fn fig_rejected(&self) -> &'static str {
        "UNHCR, rejected"
    }
    fn fig_refused_substance(&self) -> &'static str {
        "Home Office, refused on substance (all people)"
    }
    fn fig_procedural(&self) -> &'static str {
        "Home Office, non-compliance and third-country refusals (all people)"
    }
    fn fig_withdrawn(&self) -> &'static str {
        "Home Office, withdrawn (all people)"
    }
    fn fig_closed(&self) -> &'static str {
        "UNHCR, otherwise closed"
    }
    fn fig_refused_main(&self) -> &'static str {
        "Home Office, refused (main applicants)"
    }
    fn fig_holds_rejected(&self) -> &'static str {
        "Inferred mapping holds, rejected"
    }
    fn fig_holds_closed(&self) -> &'static str {
        "Inferred mapping holds, otherwise closed"
    }

    fn granted_title(&self) -> &'static str {
        "What counts as accepted"
    }
    fn granted_explain(&self) -> &'static str {
        "UNHCR's \"recognised\" means refugee status only; humanitarian protection and other leave are counted separately as complementary protection. The Home Office's \"granted\" in the article adds those, but counts main applicants only."
    }
    fn granted_none(&self, range: YearRange, main: Option<&str>) -> String {
        format!(
            "No year in {} has decision figures from both sources. The Home Office granted {} main applicants protection or leave of any kind.",
            span(range),
            main.unwrap_or(self.no_data())
        )
    }
    fn granted_compared(
        &self,
        scope: &str,
        recognised: &str,
        refugee_permission: u64,
        main: Option<&str>,
        holds: [&str; 2],
    ) -> String {
        let [recognised_holds, complementary_holds] = holds;
        format!(
            "{scope}: UNHCR recognised {recognised} people as refugees, and the Home Office granted refugee permission to {} people; the Home Office granted {} main applicants protection or leave of any kind. Matching refugee permission to \"recognised\" is inferred: year by year it lies within UNHCR's published figure in {recognised_holds}, and humanitarian protection with other leave within complementary protection in {complementary_holds}.",
            thousands(refugee_permission),
            main.unwrap_or(self.no_data())
        )
    }
    fn fig_recognised(&self) -> &'static str {
        "UNHCR, recognised as refugees"
    }
    fn fig_refugee_permission(&self) -> &'static str {
        "Home Office, refugee permission (all people)"
    }
    fn fig_complementary(&self) -> &'static str {
        "UNHCR, complementary protection"
    }
    fn fig_protection_other(&self) -> &'static str {
        "Home Office, humanitarian protection and other leave (all people)"
    }
    fn fig_granted_main(&self) -> &'static str {
        "Home Office, granted (main applicants)"
    }
    fn fig_holds_recognised(&self) -> &'static str {
        "Inferred mapping holds, recognised"
    }
    fn fig_holds_complementary(&self) -> &'static str {
        "Inferred mapping holds, complementary protection"
    }

    fn masking_title(&self) -> &'static str {
        "Small numbers are blurred"
    }
    fn masking_none(&self, range: YearRange) -> String {
        format!("{MASKING}; it publishes no figures for {}.", span(range))
    }
    fn masking_unaffected(&self, range: YearRange, cells: usize) -> String {
        format!(
            "{MASKING}; none of its {cells} figures for {} is affected.",
            span(range)
        )
    }
    fn masking_text(
        &self,
        range: YearRange,
        masked: usize,
        cells: usize,
        example: Option<(&str, u64, &str)>,
    ) -> String {
        let example = example.map_or(String::new(), |(name, published, truth)| {
            format!(
                ": {name}, for example, is {} as published but {truth} in truth",
                thousands(published)
            )
        });
        format!(
            "{MASKING}, so a 5 means \"somewhere from 1 to 5\". {masked} of its {cells} yearly figures for {} are such 5s, which is why some UNHCR totals here are ranges{example}. The Home Office publishes small numbers as they are.",
            span(range)
        )
    }
    fn masking_measure(&self, measure: Measure) -> &'static str {
        match measure {
            Measure::Applications => "applications",
            Measure::Granted => "recognised as refugees",
            Measure::Complementary => "complementary protection",
            Measure::Refused => "rejected",
            Measure::Closed => "otherwise closed",
        }
    }
    fn fig_masked(&self) -> &'static str {
        "UNHCR figures published as 5"
    }
    fn fig_cells(&self) -> &'static str {
        "UNHCR yearly figures in these years"
    }

    fn stock_title(&self) -> &'static str {
        "Flows and stocks"
    }
    fn stock_text(&self, year: u16, stock: &str, applications: &str) -> String {
        format!(
            "Applications and decisions are flows: what happened during each year. UNHCR also publishes a stock: {stock} North Korean refugees were living in the UK at the end of {year}. A stock includes people recognised in earlier years and falls as people move on or become citizens, so it is not comparable with either source's applications ({applications})."
        )
    }
    fn stock_applications(&self, range: YearRange, total: Option<&str>, missing: &[u16]) -> String {
        let gap = format!(
            "publishes no application figures for {}",
            self.years(missing)
        );
        let span = span(range);
        match (total, missing.is_empty()) {
            (Some(total), true) => format!("{total} people in {span} according to UNHCR"),
            (Some(total), false) => {
                format!("{total} people in {span} according to UNHCR, which {gap}")
            }
            (None, _) => format!("UNHCR {gap}"),
        }
    }
    fn stock_none(&self, range: YearRange) -> String {
        format!(
            "UNHCR publishes no refugee population figure for {}.",
            span(range)
        )
    }
    fn fig_stock(&self, year: u16) -> String {
        format!("UNHCR, refugees living in the UK, end of {year}")
    }
}

const PERSONS: &str = "UNHCR counts every person who applied, including family members (dependants) named on a claim. The Home Office figure quoted in the article counts main applicants only.";
