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
mod model;

pub use model::{
    Card, ChartPanel, ChartView, ComparePanel, CoverageNote, Download, ImageText, Panel,
    SourceChoice, StoryModel, Summary, TotalRow, TotalsTable, WhyPanel,
};

use super::chart_text::{describe_yearly, legend};
use super::charts::yearly_chart;
use super::compare::applications_by_year;
use super::dataset::Dataset;
use super::figures::{self, Source, Yearly};
use super::i18n::{text, Lang};
use super::labels;
use super::narrative;
use super::palette::{Palette, Tone};
use super::params::{View, ViewState};
use super::reconcile;
use super::table;
use super::tooltip::yearly_tooltip;

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
