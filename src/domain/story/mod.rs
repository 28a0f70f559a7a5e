//! The story model: everything the page shows for one dataset and one view state, as one plain
//! value built by [`build`]. Every headline, note, sentence, reason, table, CSV, chart option,
//! tooltip text, text alternative, announcement, caption and file name is in it. The live page
//! keeps one memo of it and renders slices of it; the no-JavaScript figures (`fallback`) render
//! the same value at build time. Each part of the page has its own small builder below.
//!
//! Of the views behind the tabs, only the open one is in the model ([`Panel`]): a reader's
//! change rebuilds what is on screen, not the views they have not opened. On a source toggle
//! the model is built inside the click, before the chart is drawn (bench/README.md, the toggle).

mod compare;

use super::chart_text::{describe_yearly, legend, LegendEntry};
use super::charts::yearly_chart;
use super::compare::{applications_by_year, CompareYear};
use super::dataset::{Dataset, Sources};
use super::figures::{self, Measure, Shown, Source, YearRange, Yearly};
use super::i18n::{text, Lang};
use super::labels;
use super::narrative;
use super::palette::{Palette, Tone};
use super::params::{View, ViewState};
use super::reconcile::{self, Reason};
use super::table::{self, Table};
use super::tooltip::{yearly_tooltip, TooltipTable};

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

/// The story for `state` over `ds`, in dark or light colours.
pub fn build(ds: &Dataset, state: &ViewState, dark: bool) -> StoryModel {
    let state = shown(ds, state);
    let range = state.range;
    let lang = state.lang;
    let t = text(lang);
    let palette = Palette::for_dark(dark);
    let file_stem = table::file_stem(&state, range);
    let panel = match state.view {
        View::Chart | View::Table => Panel::Chart(Box::new(chart_panel(
            ds,
            &state,
            &figures::yearly(ds, state.source, state.count, range, lang),
            palette,
            image_text(ds, &state, palette, View::Chart),
        ))),
        View::Compare => Panel::Compare(Box::new(compare_view(ds, &state, dark))),
        View::Why => Panel::Why(WhyPanel {
            heading: t.why_heading(),
            reasons: reconcile::reasons(ds, range, lang),
            note: t.why_note(),
        }),
    };
    let table_in = |lang: Lang| match &panel {
        Panel::Chart(_) => table::yearly_table(
            &figures::yearly(ds, state.source, state.count, range, lang),
            source_name(ds, state.source, lang),
            lang,
        ),
        Panel::Compare(compare) => table::compare_table(
            &compare.rows,
            labels::short_unit(Source::HomeOffice, state.count, lang),
            lang,
        ),
        Panel::Why(why) => table::reasons_table(
            &why.reasons,
            &text(lang).year_span(range.from(), range.to()),
            lang,
        ),
    };
    let table = table_in(lang);
    // The CSV names the English edition's columns too, so a script can map either edition's.
    let english_columns = match lang {
        Lang::En => table.columns.clone(),
        _ => table_in(Lang::En).columns,
    };
    let download = Download {
        heading: t.table_heading(),
        csv: table::to_csv(&table, &table::provenance(ds, &english_columns, lang)),
        table,
        file_stem,
    };
    StoryModel {
        lede: narrative::lede(ds, range, lang),
        choices: Source::ALL.map(|source| SourceChoice {
            source,
            name: source_name(ds, source, lang).to_string(),
            unit: labels::short_unit(source, state.count, lang),
        }),
        summary: summary(ds, &state),
        panel,
        download,
        sources: ds.sources.clone(),
        credit_line: t.credit_line(&ds.sources.unhcr, &ds.sources.homeoffice),
        state,
    }
}

/// The "Compare" view for `state` over `ds` (its years clamped to the data): what the model
/// holds when that view is open. The no-JavaScript figures (`fallback`) render it on its own.
pub fn compare_view(ds: &Dataset, state: &ViewState, dark: bool) -> ComparePanel {
    let state = shown(ds, state);
    let palette = Palette::for_dark(dark);
    compare::panel(
        ds,
        &state,
        applications_by_year(ds, state.count, state.range),
        palette,
        image_text(ds, &state, palette, View::Compare),
    )
}

/// The state as shown: its years clamped to the data.
fn shown(ds: &Dataset, state: &ViewState) -> ViewState {
    ViewState {
        range: state.range.clamp_to(ds.year_span()),
        ..*state
    }
}

/// What a downloaded image of `view`'s chart carries, in the page's colours.
fn image_text(ds: &Dataset, state: &ViewState, palette: &Palette, view: View) -> ImageText {
    let lang = state.lang;
    let name = source_name(ds, state.source, lang);
    ImageText {
        title: narrative::image_title(view, name, state.range, lang),
        credit: table::credit(ds, lang),
        file_stem: table::file_stem(state, state.range),
        background: palette.background,
        ink: palette.ink,
        font_family: text(lang).font_family(),
    }
}

/// A source's short name in the edition: the dataset's in English ("UNHCR"), the catalogue's
/// in Korean ("유엔난민기구").
pub fn source_name(ds: &Dataset, source: Source, lang: Lang) -> &str {
    narrative::source_name(ds, source, lang)
}

fn summary(ds: &Dataset, state: &ViewState) -> Summary {
    let lang = state.lang;
    let name = source_name(ds, state.source, lang);
    let headlines = figures::headlines(ds, state.source, state.count, state.range, lang);
    let caption = narrative::caption(name, state.source, state.count, state.range, lang);
    let cards: Vec<Card> = headlines
        .iter()
        .map(|h| Card {
            measure: h.measure,
            label: h.label,
            short: h.short,
            value: h.value.shown_in(lang),
            detail: if h.value.has_data() {
                h.detail.clone()
            } else {
                narrative::coverage_gap(state.source, h.measure, &h.value, lang).unwrap_or_default()
            },
            tone: Tone::outcome(h.measure),
        })
        .collect();
    Summary {
        explained: cards
            .iter()
            .filter(|c| !c.detail.is_empty())
            .map(|c| text(lang).explained(c.label, &c.detail))
            .collect(),
        announcement: narrative::announcement(&caption, &headlines, lang),
        notes: narrative::headline_notes(state.source, &headlines, lang),
        caption,
        cards,
    }
}

fn chart_panel(
    ds: &Dataset,
    state: &ViewState,
    yearly: &Yearly,
    palette: &Palette,
    image: ImageText,
) -> ChartPanel {
    let lang = state.lang;
    let name = source_name(ds, state.source, lang);
    ChartPanel {
        heading: text(lang).chart_heading(),
        chart: ChartView {
            id: "chart-yearly",
            option: yearly_chart(yearly, palette, lang).to_string(),
            legend: legend(yearly, lang),
            tooltip: yearly_tooltip(yearly, lang),
            label: describe_yearly(yearly, name, lang),
            image,
        },
        notes: narrative::chart_notes(ds, yearly, state.count, state.range, lang),
    }
}
