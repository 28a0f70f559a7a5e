//! Messages of the story's sentences, labels, tables and charts (`narrative`, `labels`,
//! `chart_text`, `table`, `charts`, `story`).

use crate::domain::dataset::SourceMeta;
use crate::domain::figures::Measure;
use crate::domain::labels::MeasureLabel;
use crate::domain::narrative::FigureKind;
use crate::domain::scope::{HoCount, Source};

/// The story's words: its sentences, the labels of its figures, and what its charts and tables
/// say.
pub(crate) trait StoryText {
    /// The edition's own short name for a source (toggle, sentences, captions); `None`: the
    /// dataset's published short name.
    fn source_name(&self, source: Source) -> Option<&'static str>;
    /// A source as the subject of a gap sentence: "UNHCR", "The Home Office".
    fn subject(&self, source: Source) -> &'static str;
    /// A gap sentence without its full stop: "UNHCR publishes no application figures for
    /// 2021–2024" (`years` as `Common::years` writes them); headline notes, chart notes, cards.
    fn gap(&self, subject: &str, kind: FigureKind, years: &str) -> String;
    /// A headline note from a gap sentence: whether the totals leave one or more years out, or
    /// the source has no figures at all.
    fn gap_note(&self, gap: &str, years: usize, has_data: bool) -> String;
    /// A chart note from a gap sentence: "…: a gap, not a zero." (`single`) or "gaps, not zeros".
    fn gap_chart_note(&self, gap: &str, single: bool) -> String;
    /// The lede: the range, UNHCR's part and the Home Office's part.
    fn lede(&self, span: &str, unhcr: &str, homeoffice: &str) -> String;
    /// The lede's UNHCR part when UNHCR has no application figure in the range.
    fn lede_unhcr_none(&self, name: &str) -> String;
    /// The lede's UNHCR part: its total (`missing`: the years it lacks, or empty).
    fn lede_unhcr(&self, name: &str, total: &str, missing: &str) -> String;
    /// The lede's Home Office part when it has no row in the range.
    fn lede_ho_none(&self, name: &str, missing: &str) -> String;
    /// The lede's Home Office part: main applicants and all people (`missing`: the years it
    /// lacks, or empty).
    fn lede_ho(&self, name: &str, main: &str, persons: &str, missing: &str) -> String;
    /// The note under the headline figures explaining a `*` range.
    fn range_note(&self) -> &'static str;
    /// The live announcement: the caption and every headline figure.
    fn announcement(&self, caption: &str, figures: &[String]) -> String;
    /// One figure of the announcement: its label and its value.
    fn announce_figure(&self, label: &str, value: &str) -> String;
    /// A count of people with its counter: "1,328", "537–553명" (`n` formatted by `format`).
    fn people(&self, n: &str) -> String;
    /// A range as a screen reader hears it: "from 537 to 553".
    fn announce_range(&self, low: &str, high: &str) -> String;
    /// The line above the headline figures: source, unit, years.
    fn caption(&self, source_name: &str, unit: &str, span: &str) -> String;
    /// The yearly chart's note on masked cells (`masked`: how many in the range).
    fn masked_note(&self, masked: usize) -> String;
    /// The yearly chart's note on administrative outcomes left out.
    fn admin_void_note(&self, admin: u32) -> String;
    /// The yearly chart's note on a year the Home Office covers only in part.
    fn partial_year_note(&self, year: u16, quarters: u8) -> String;
    /// A downloaded chart image's title for one source.
    fn image_title(&self, span: &str, source_name: &str) -> String;
    /// A downloaded compare chart image's title.
    fn image_title_compare(&self, span: &str) -> String;

    /// A measure's labels in a source's own terms (cards, series, tables, CSV headers).
    fn measure(&self, source: Source, measure: Measure, count: HoCount) -> MeasureLabel;
    /// Whom a source's figures count, in words.
    fn unit(&self, source: Source, count: HoCount) -> &'static str;
    /// The same in a word or two (axis, toggle).
    fn short_unit(&self, source: Source, count: HoCount) -> &'static str;
    /// A source's series in the compare view.
    fn compare_series(&self, source: Source, count: HoCount) -> &'static str;
    /// The difference series of the compare view.
    fn difference(&self) -> &'static str;
    /// The Home Office granted card's detail: protection plus other leave.
    fn granted_detail(&self, protection: &str, other: &str) -> String;

    /// The year column of every table.
    fn year_column(&self) -> &'static str;
    /// A table column of counts (Korean adds the counter "(명)").
    fn count_column(&self, label: &str) -> String;
    /// The yearly table's caption.
    fn yearly_caption(&self, source_name: &str, unit: &str, span: &str) -> String;
    /// The compare table's caption.
    fn compare_caption(&self, ho_unit: &str, span: &str) -> String;
    /// The compare table's UNHCR column.
    fn compare_unhcr_column(&self) -> String;
    /// The compare table's Home Office column.
    fn compare_ho_column(&self, ho_unit: &str) -> String;
    /// The compare table's difference column.
    fn compare_difference_column(&self) -> String;
    /// A difference cell that cannot be computed (one side has no figure).
    fn no_difference(&self) -> &'static str;
    /// The reasons table's caption.
    fn reasons_caption(&self, span: &str) -> String;
    /// The reasons table's columns: reason, figure, value.
    fn reasons_columns(&self) -> [&'static str; 3];
    /// The CSV provenance line of UNHCR's source.
    fn provenance_unhcr(&self, m: &SourceMeta) -> String;
    /// The CSV provenance line of the Home Office's source.
    fn provenance_homeoffice(&self, m: &SourceMeta) -> String;
    /// The CSV provenance line on masked cells and empty cells.
    fn provenance_masked(&self) -> &'static str;
    /// The CSV provenance line on the inferred matching.
    fn provenance_inferred(&self) -> &'static str;
    /// The label of the CSV line listing the English edition's header cells; `None` in the
    /// English edition, whose header is that line.
    fn csv_columns_label(&self) -> Option<&'static str>;
    /// The image's source line: publishers, editions, licences.
    fn credit(&self, unhcr: &SourceMeta, homeoffice: &SourceMeta) -> String;
    /// The one-line credit: short names and licences.
    fn credit_line(&self, unhcr: &SourceMeta, homeoffice: &SourceMeta) -> String;

    /// The Chart view's heading.
    fn chart_heading(&self) -> &'static str;
    /// The Table view's heading.
    fn table_heading(&self) -> &'static str;
    /// A card explained for the embed's strip: "Applications: persons, including dependants".
    fn explained(&self, label: &str, detail: &str) -> String;
}
