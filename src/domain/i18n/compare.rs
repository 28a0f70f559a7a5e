//! Messages of the "Compare" view: its headings, the notes under the totals, the totals'
//! caption, columns and rows, and the note on the years each source covers with its button.

use crate::domain::figures::{HoCount, Measure, Source, YearRange};

/// Which figures a source lacks for some years, in a coverage note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lacks {
    /// Applications and decisions alike (a missing row).
    Figures,
    /// Applications only.
    Applications,
    /// Decisions only.
    Decisions,
}

/// The Compare view, as a language writes it.
pub(crate) trait CompareText {
    /// The view's heading: "Applications per year, both sources".
    fn compare_heading(&self) -> &'static str;
    /// The difference chart's heading: "UNHCR minus Home Office, per year".
    fn difference_heading(&self) -> &'static str;
    /// The difference chart's image title: the compare image's title, then "the difference".
    fn difference_title(&self, title: &str) -> String;
    /// The totals' note: UNHCR's granted adds refugee status and complementary protection.
    fn note_granted(&self) -> &'static str;
    /// The totals' note: the Home Office's refused includes `n` procedural refusals (in the
    /// chosen count) that UNHCR appears to file as otherwise closed.
    fn note_procedural(&self, n: u32, count: HoCount) -> String;
    /// The totals' note on `*`: a range includes values published as 5.
    fn note_range(&self) -> &'static str;
    /// The totals table's caption: "Totals over the selected years".
    fn totals_caption(&self) -> &'static str;
    /// The totals table's first column: "Measure".
    fn column_measure(&self) -> &'static str;
    /// A source's column in the totals table, in the chosen count: "Home Office (all people)".
    fn column_source(&self, source: Source, count: HoCount) -> &'static str;
    /// A row of the totals, naming both sources' terms: "Refused (UNHCR: rejected)".
    fn total_row(&self, measure: Measure) -> &'static str;
    /// One gap of a coverage note: "UNHCR publishes no application figures for 2021–2024".
    fn coverage_gap(&self, source: Source, lacks: Lacks, missing: &[u16]) -> String;
    /// The coverage note: its gaps, then that the totals cover different years.
    fn coverage_note(&self, gaps: &[String]) -> String;
    /// The button offering the years both cover: "Compare 2016–2020 only, the years both cover".
    fn compare_offer(&self, both: YearRange) -> String;
}
