//! "Compare" in English.

use super::super::common::Common;
use super::super::compare::{CompareText, Lacks};
use super::super::En;
use crate::domain::figures::{HoCount, Measure, Source, YearRange};
use crate::domain::format::thousands;

impl CompareText for En {
    fn compare_heading(&self) -> &'static str {
        "Applications per year, both sources"
    }
    fn difference_heading(&self) -> &'static str {
        "UNHCR minus Home Office, per year"
    }
    fn difference_title(&self, title: &str) -> String {
        format!("{title}: the difference")
    }
    fn note_granted(&self) -> &'static str {
        "UNHCR's granted figure adds refugee status and complementary protection."
    }
    fn note_procedural(&self, n: u32, count: HoCount) -> String {
        let unit = match count {
            HoCount::MainApplicants => "main applicants",
            HoCount::Persons => "persons",
        };
        format!(
            "The Home Office's \"refused\" includes {} non-compliance and third-country refusals ({unit}) that UNHCR appears to count as \"otherwise closed\", not \"rejected\" (inferred from the figures; see Why they differ).",
            thousands(n.into())
        )
    }
    fn note_range(&self) -> &'static str {
        "* A range: it includes values UNHCR publishes as 5 (1 to 5)."
    }
    fn totals_caption(&self) -> &'static str {
        "Totals over the selected years"
    }
    fn column_measure(&self) -> &'static str {
        "Measure"
    }
    fn column_source(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) => "UNHCR (persons)",
            (Source::HomeOffice, HoCount::MainApplicants) => "Home Office (main applicants)",
            (Source::HomeOffice, HoCount::Persons) => "Home Office (all people)",
        }
    }
    fn total_row(&self, measure: Measure) -> &'static str {
        match measure {
            Measure::Applications => "Applications",
            Measure::Granted | Measure::Complementary => "Granted any protection or leave",
            Measure::Refused => "Refused (UNHCR: rejected)",
            Measure::Closed => "Withdrawn (UNHCR: otherwise closed)",
        }
    }
    fn coverage_gap(&self, source: Source, lacks: Lacks, missing: &[u16]) -> String {
        let subject = match source {
            Source::Unhcr => "UNHCR",
            Source::HomeOffice => "The Home Office",
        };
        let kind = match lacks {
            Lacks::Figures => "figures",
            Lacks::Applications => "application figures",
            Lacks::Decisions => "decision figures",
        };
        format!("{subject} publishes no {kind} for {}", self.years(missing))
    }
    fn coverage_note(&self, gaps: &[String]) -> String {
        format!(
            "{}. The totals therefore cover different years for each source.",
            gaps.join(". ")
        )
    }
    fn compare_offer(&self, both: YearRange) -> String {
        format!(
            "Compare {} only, the years both cover",
            self.year_span(both.from(), both.to())
        )
    }
}
