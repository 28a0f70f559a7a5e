//! The story model's types: one plain, immutable value per part of the page, as [`super::build`]
//! returns them. Units and invariants are on each field; the builders are in `story/mod.rs`.

use crate::domain::chart_text::LegendEntry;
use crate::domain::compare::CompareYear;
use crate::domain::dataset::Sources;
use crate::domain::figures::{Measure, Shown, Source, YearRange};
use crate::domain::palette::Tone;
use crate::domain::params::ViewState;
use crate::domain::reconcile::Reason;
use crate::domain::table::Table;
use crate::domain::tooltip::TooltipTable;

/// The whole page for one state.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryModel {
    /// The state as shown: its years clamped to the data.
    pub state: ViewState,
    /// The sentence at the top, comparing both sources' applications.
    pub lede: String,
    /// The two sources, in toggle order.
    pub choices: [SourceChoice; 2],
    /// The headline figures of the chosen source.
    pub summary: Summary,
    /// The open view.
    pub panel: Panel,
    /// What "Table" shows and "Download CSV" saves: the open view's figures.
    pub download: Download,
    /// Both sources' provenance, as the dataset gives it.
    pub sources: Sources,
    /// The embed's one-line footer: "Sources: UNHCR (CC BY 4.0); Home Office (…)".
    pub credit_line: String,
}

/// The open view: the one panel the model holds (the chart panels boxed, so that the enum is
/// the size of a pointer or of the small "Why" panel, whichever view is open).
#[derive(Clone, Debug, PartialEq)]
pub enum Panel {
    /// "Chart", and "Table", which shows the chart's figures (its notes with them).
    Chart(Box<ChartPanel>),
    /// "Compare".
    Compare(Box<ComparePanel>),
    /// "Why they differ".
    Why(WhyPanel),
}

impl StoryModel {
    /// The notes of the open view (under its chart, its totals or its reasons): what the embed's
    /// "Notes" disclosure shows for it.
    pub fn view_notes(&self) -> Vec<String> {
        match &self.panel {
            Panel::Chart(p) => p.notes.clone(),
            Panel::Compare(p) => p.notes.clone(),
            Panel::Why(p) => vec![p.note.to_string()],
        }
    }

    /// The "Chart" view, when it (or "Table") is open.
    pub fn chart(&self) -> Option<&ChartPanel> {
        match &self.panel {
            Panel::Chart(p) => Some(p.as_ref()),
            _ => None,
        }
    }

    /// The "Compare" view, when it is open.
    pub fn compare(&self) -> Option<&ComparePanel> {
        match &self.panel {
            Panel::Compare(p) => Some(p.as_ref()),
            _ => None,
        }
    }

    /// The "Why they differ" view, when it is open.
    pub fn why(&self) -> Option<&WhyPanel> {
        match &self.panel {
            Panel::Why(p) => Some(p),
            _ => None,
        }
    }
}

/// One button of the source toggle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceChoice {
    /// Which source.
    pub source: Source,
    /// Its short name, e.g. "UNHCR".
    pub name: String,
    /// Whom it counts, in a word or two.
    pub unit: &'static str,
}

/// The headline figures with their caption, notes and live announcement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// "UNHCR figures, persons, including dependants, 2003–2015".
    pub caption: String,
    /// One card per headline figure.
    pub cards: Vec<Card>,
    /// What a `*` means and which years the totals leave out.
    pub notes: Vec<String>,
    /// What a screen reader hears when the figures change.
    pub announcement: String,
    /// What each card counts, "Applications: persons, including dependants", for the compact
    /// strip of the embed, which shows the figures without their details.
    pub explained: Vec<String>,
}

/// One headline figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    /// What it measures (also its `data-figure` id).
    pub measure: Measure,
    /// In the source's own terms.
    pub label: &'static str,
    /// The same in a word, for the embed's strip.
    pub short: &'static str,
    /// The total as printed.
    pub value: Shown,
    /// What is included, or which years have no figures.
    pub detail: String,
    /// Its series' colour.
    pub tone: Tone,
}

/// One chart: its option, and everything said about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartView {
    /// Element id, unique on the page.
    pub id: &'static str,
    /// The ECharts option as JSON.
    pub option: String,
    /// Its HTML legend.
    pub legend: Vec<LegendEntry>,
    /// What its tooltip says at each year.
    pub tooltip: TooltipTable,
    /// Its text alternative.
    pub label: String,
    /// What a downloaded image of it carries.
    pub image: ImageText,
}

/// Text and colours drawn around a downloaded chart image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageText {
    /// The chart's headline.
    pub title: String,
    /// Source and licence line.
    pub credit: String,
    /// File name without extension.
    pub file_stem: String,
    /// Background colour (the page's).
    pub background: &'static str,
    /// Text colour.
    pub ink: &'static str,
    /// The font stack of the title and source line (one that finds the edition's script).
    pub font_family: &'static str,
}

/// The "Chart" view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartPanel {
    /// The view's heading.
    pub heading: &'static str,
    /// The yearly chart.
    pub chart: ChartView,
    /// Its footnotes.
    pub notes: Vec<String>,
}

/// The "Compare" view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparePanel {
    /// The view's heading.
    pub heading: &'static str,
    /// Both sources' applications per year.
    pub chart: ChartView,
    /// The heading of the difference chart.
    pub difference_heading: &'static str,
    /// UNHCR minus the Home Office per year.
    pub difference: ChartView,
    /// Which years each side covers, when that is not every year, with the years both cover.
    pub coverage: Option<CoverageNote>,
    /// Totals of both sources.
    pub totals: TotalsTable,
    /// Footnotes to the totals.
    pub notes: Vec<String>,
    /// Applications per year from both sources (also the Compare CSV).
    pub rows: Vec<CompareYear>,
}

/// Says a comparison covers different years on each side and offers the years both cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageNote {
    /// Which years each side lacks.
    pub text: String,
    /// The longest run of years both cover, and the button's label; `None` when there is none.
    pub offer: Option<(YearRange, String)>,
}

/// The totals of both sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TotalsTable {
    /// The table's caption.
    pub caption: String,
    /// Measure, UNHCR, Home Office.
    pub columns: [String; 3],
    /// One row per measure.
    pub rows: Vec<TotalRow>,
}

/// One measure's totals from both sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TotalRow {
    /// What is compared (also its `data-measure` id).
    pub measure: Measure,
    /// Both sources' terms.
    pub label: &'static str,
    /// UNHCR's total.
    pub unhcr: Shown,
    /// The Home Office's total.
    pub homeoffice: Shown,
}

/// The "Why they differ" view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhyPanel {
    /// The view's heading.
    pub heading: &'static str,
    /// The reasons, computed for the years.
    pub reasons: Vec<Reason>,
    /// The caveat under them.
    pub note: &'static str,
}

/// The open view's figures as a table, as CSV and as a file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    /// The "Table" view's heading.
    pub heading: &'static str,
    /// The figures.
    pub table: Table,
    /// The same as CSV, with its provenance lines.
    pub csv: String,
    /// File name without extension, e.g. `nk-asylum-unhcr-chart-2003-2015`.
    pub file_stem: String,
}
