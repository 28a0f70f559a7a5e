//! Every label a measure, a source's unit or a series carries, in one table keyed by source,
//! measure and count. Figures, cards, tables, CSV headers, legends and tooltips all read it, so
//! a term is written once.

use super::figures::Measure;
use super::scope::{HoCount, Source};

/// What one measure is called in one source's own terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeasureLabel {
    /// On a headline card and in the compare totals.
    pub name: &'static str,
    /// On a chart series, a table column and a CSV header.
    pub series: &'static str,
    /// What the headline total includes (the Home Office's granted detail is computed instead).
    pub detail: &'static str,
    /// One word for the embed's strip of figures (screen readers hear `name`).
    pub short: &'static str,
}

const fn label(name: &'static str, series: &'static str, detail: &'static str) -> MeasureLabel {
    MeasureLabel {
        name,
        series,
        detail,
        short: name,
    }
}

const fn short(l: MeasureLabel, short: &'static str) -> MeasureLabel {
    MeasureLabel { short, ..l }
}

/// The label table.
pub fn measure(source: Source, measure: Measure, count: HoCount) -> MeasureLabel {
    use Measure::*;
    match (source, measure) {
        (Source::Unhcr, Applications) => label("Applications", "Applications", unit(source, count)),
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
        (Source::Unhcr, Refused) => label("Rejected", "Rejected", "on the substance of the claim"),
        (Source::Unhcr, Closed) => short(
            label(
                "Otherwise closed",
                "Otherwise closed",
                "withdrawn, non-compliance, third country",
            ),
            "Closed",
        ),
        (Source::HomeOffice, Applications) => {
            label("Applications", "Applications", unit(source, count))
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

/// Whom a source's figures count, in words.
pub fn unit(source: Source, count: HoCount) -> &'static str {
    match (source, count) {
        (Source::Unhcr, _) => "persons, including dependants",
        (Source::HomeOffice, HoCount::MainApplicants) => "main applicants",
        (Source::HomeOffice, HoCount::Persons) => "persons (main applicants and dependants)",
    }
}

/// The same, in one word or two, for an axis or a toggle.
pub fn short_unit(source: Source, count: HoCount) -> &'static str {
    match (source, count) {
        (Source::Unhcr, _) | (Source::HomeOffice, HoCount::Persons) => "persons",
        (Source::HomeOffice, HoCount::MainApplicants) => "main applicants",
    }
}

/// A source's series when both are compared, e.g. "Home Office (main applicants)".
pub fn compare_series(source: Source, count: HoCount) -> &'static str {
    match (source, count) {
        (Source::Unhcr, _) => "UNHCR (persons)",
        (Source::HomeOffice, HoCount::MainApplicants) => "Home Office (main applicants)",
        (Source::HomeOffice, HoCount::Persons) => "Home Office (all people)",
    }
}

/// A row of the compare totals, naming both sources' terms.
pub fn compare_measure(measure: Measure) -> &'static str {
    match measure {
        Measure::Applications => "Applications",
        Measure::Granted | Measure::Complementary => "Granted any protection or leave",
        Measure::Refused => "Refused (UNHCR: rejected)",
        Measure::Closed => "Withdrawn (UNHCR: otherwise closed)",
    }
}

/// The difference series of the compare view.
pub const DIFFERENCE: &str = "UNHCR minus Home Office";

/// What a cell with no source row says, everywhere.
pub const NO_DATA: &str = "no data";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_label() {
        for source in Source::ALL {
            for count in HoCount::ALL {
                for m in Measure::ALL {
                    let l = measure(source, m, count);
                    assert!(
                        !l.name.is_empty() && !l.series.is_empty(),
                        "{source:?} {m:?}"
                    );
                }
            }
        }
        assert_eq!(
            measure(Source::HomeOffice, Measure::Applications, HoCount::Persons).detail,
            "persons (main applicants and dependants)"
        );
    }
}
