//! The story's sentences, labels and tables in English.

use super::super::story::StoryText;
use super::super::En;
use crate::domain::dataset::SourceMeta;
use crate::domain::figures::Measure;
use crate::domain::labels::{label, short, MeasureLabel};
use crate::domain::narrative::FigureKind;
use crate::domain::scope::{HoCount, Source};

impl StoryText for En {
    fn source_name(&self, source: Source) -> Option<&'static str> {
        match source {
            Source::Unhcr | Source::HomeOffice => None,
        }
    }
    fn subject(&self, source: Source) -> &'static str {
        match source {
            Source::Unhcr => "UNHCR",
            Source::HomeOffice => "The Home Office",
        }
    }
    fn gap(&self, subject: &str, kind: FigureKind, years: &str) -> String {
        let kind = match kind {
            FigureKind::All => "figures",
            FigureKind::Applications => "application figures",
            FigureKind::Decisions => "decision figures",
        };
        format!("{subject} publishes no {kind} for {years}")
    }
    fn gap_note(&self, gap: &str, years: usize, has_data: bool) -> String {
        match (has_data, years) {
            (false, _) => format!("{gap}."),
            (true, 1) => format!("{gap}, so the totals leave that year out."),
            (true, _) => format!("{gap}, so the totals leave those years out."),
        }
    }
    fn gap_chart_note(&self, gap: &str, single: bool) -> String {
        let gaps = if single {
            "a gap, not a zero"
        } else {
            "gaps, not zeros"
        };
        format!("{gap}: {gaps}.")
    }
    fn lede(&self, span: &str, unhcr: &str, homeoffice: &str) -> String {
        format!("{span}: {unhcr}; {homeoffice}.")
    }
    fn lede_unhcr_none(&self, name: &str) -> String {
        format!("{name} publishes no figures for North Koreans applying for asylum in the UK in these years")
    }
    fn lede_unhcr(&self, name: &str, total: &str, missing: &str) -> String {
        let gap = if missing.is_empty() {
            String::new()
        } else {
            format!(" (and publishes none for {missing})")
        };
        format!("{name} counts {total} asylum applications by North Koreans in the UK{gap}")
    }
    fn lede_ho_none(&self, name: &str, missing: &str) -> String {
        format!("the {name} publishes no figures for {missing}")
    }
    fn lede_ho(&self, name: &str, main: &str, persons: &str, missing: &str) -> String {
        let gap = if missing.is_empty() {
            String::new()
        } else {
            format!(" (none yet for {missing})")
        };
        format!("the {name} counts {main} main applicants, or {persons} people once their dependants are included{gap}")
    }
    fn range_note(&self) -> &'static str {
        "* A range: the total includes values UNHCR publishes as 5, which stand for any number from 1 to 5."
    }
    fn announcement(&self, caption: &str, figures: &[String]) -> String {
        format!("{caption}: {}.", figures.join("; "))
    }
    fn announce_figure(&self, label: &str, value: &str) -> String {
        format!("{} {value}", label.to_ascii_lowercase())
    }
    fn people(&self, n: &str) -> String {
        n.to_string()
    }
    fn announce_range(&self, low: &str, high: &str) -> String {
        format!("from {low} to {high}")
    }
    fn caption(&self, source_name: &str, unit: &str, span: &str) -> String {
        format!("{source_name} figures, {unit}, {span}")
    }
    fn masked_note(&self, masked: usize) -> String {
        format!("Faded bars and points with dashed outlines ({masked} in these years) are values UNHCR publishes as 5: the true number is between 1 and 5.")
    }
    fn admin_void_note(&self, admin: u32) -> String {
        format!("Not shown: {admin} administrative outcome(s) (cases made void), which fall in none of the four groups.")
    }
    fn partial_year_note(&self, year: u16, quarters: u8) -> String {
        format!("{year} covers only the first {quarters} quarters of the year.")
    }
    fn image_title(&self, span: &str, source_name: &str) -> String {
        format!("North Korean asylum in the UK, {span}: {source_name} figures")
    }
    fn image_title_compare(&self, span: &str) -> String {
        format!("North Korean asylum applications in the UK, {span}: UNHCR and Home Office")
    }

    fn measure(&self, source: Source, measure: Measure, count: HoCount) -> MeasureLabel {
        use Measure::*;
        match (source, measure) {
            (Source::Unhcr, Applications) => {
                label("Applications", "Applications", self.unit(source, count))
            }
            (Source::Unhcr, Granted) => short(
                label(
                    "Recognised as refugees",
                    "Recognised as refugees",
                    "refugee status",
                ),
                "Recognised",
            ),
            (Source::Unhcr, Complementary) => short(
                label(
                    "Complementary protection",
                    "Complementary protection",
                    "e.g. humanitarian protection",
                ),
                "Complementary",
            ),
            (Source::Unhcr, Refused) => {
                label("Rejected", "Rejected", "on the substance of the claim")
            }
            (Source::Unhcr, Closed) => short(
                label(
                    "Otherwise closed",
                    "Otherwise closed",
                    "withdrawn, non-compliance, third country",
                ),
                "Closed",
            ),
            (Source::HomeOffice, Applications) => {
                label("Applications", "Applications", self.unit(source, count))
            }
            (Source::HomeOffice, Granted) => label("Granted", "Granted protection", ""),
            (Source::HomeOffice, Complementary) => {
                label("Granted other leave", "Granted other leave", "")
            }
            (Source::HomeOffice, Refused) => label(
                "Refused",
                "Refused",
                "including non-compliance and third-country refusals",
            ),
            (Source::HomeOffice, Closed) => label(
                "Withdrawn",
                "Withdrawn",
                "claims withdrawn before a decision",
            ),
        }
    }
    fn unit(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) => "persons, including dependants",
            (Source::HomeOffice, HoCount::MainApplicants) => "main applicants",
            (Source::HomeOffice, HoCount::Persons) => "persons (main applicants and dependants)",
        }
    }
    fn short_unit(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) | (Source::HomeOffice, HoCount::Persons) => "persons",
            (Source::HomeOffice, HoCount::MainApplicants) => "main applicants",
        }
    }
    fn compare_series(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) => "UNHCR (persons)",
            (Source::HomeOffice, HoCount::MainApplicants) => "Home Office (main applicants)",
            (Source::HomeOffice, HoCount::Persons) => "Home Office (all people)",
        }
    }
    fn difference(&self) -> &'static str {
        "UNHCR minus Home Office"
    }
    fn granted_detail(&self, protection: &str, other: &str) -> String {
        format!("{protection} protection + {other} other leave")
    }

    fn year_column(&self) -> &'static str {
        "Year"
    }
    fn count_column(&self, label: &str) -> String {
        label.to_string()
    }
    fn yearly_caption(&self, source_name: &str, unit: &str, span: &str) -> String {
        format!("{source_name}: asylum applications and decisions per year, {unit}, {span}")
    }
    fn compare_caption(&self, ho_unit: &str, span: &str) -> String {
        format!("Asylum applications per year: UNHCR (persons) and Home Office ({ho_unit}), {span}")
    }
    fn compare_unhcr_column(&self) -> String {
        "UNHCR, persons".to_string()
    }
    fn compare_ho_column(&self, ho_unit: &str) -> String {
        format!("Home Office, {ho_unit}")
    }
    fn compare_difference_column(&self) -> String {
        "Difference (UNHCR minus Home Office)".to_string()
    }
    fn no_difference(&self) -> &'static str {
        "–"
    }
    fn reasons_caption(&self, span: &str) -> String {
        format!("Why UNHCR and the Home Office differ: the figures, {span}")
    }
    fn reasons_columns(&self) -> [&'static str; 3] {
        ["Reason", "Figure", "Value"]
    }
    fn provenance_unhcr(&self, m: &SourceMeta) -> String {
        provenance(m)
    }
    fn provenance_homeoffice(&self, m: &SourceMeta) -> String {
        provenance(m)
    }
    fn provenance_masked(&self) -> &'static str {
        "Values written 1-5 were published by UNHCR as 5, which stands for any number from 1 to 5; empty cells mean the source has no figure (not zero)."
    }
    fn provenance_inferred(&self) -> &'static str {
        "Where Home Office outcomes are matched to UNHCR's categories, the matching is inferred from the figures: neither organisation publishes it."
    }
    fn csv_columns_label(&self) -> Option<&'static str> {
        None
    }
    fn credit(&self, u: &SourceMeta, h: &SourceMeta) -> String {
        format!(
            "Sources: {}, {} ({}); {}, {} ({})",
            u.publisher, u.edition, u.licence, h.publisher, h.edition, h.licence
        )
    }
    fn credit_line(&self, u: &SourceMeta, h: &SourceMeta) -> String {
        format!(
            "Sources: {} ({}); {} ({})",
            u.short_name, u.licence, h.short_name, h.licence
        )
    }

    fn chart_heading(&self) -> &'static str {
        "Applications and decisions, year by year"
    }
    fn table_heading(&self) -> &'static str {
        "Every figure, year by year"
    }
    fn explained(&self, label: &str, detail: &str) -> String {
        format!("{label}: {detail}")
    }
}

fn provenance(m: &SourceMeta) -> String {
    format!(
        "Source: {}, {}. {}. Licence: {}. {}",
        m.publisher, m.name, m.edition, m.licence, m.url
    )
}
