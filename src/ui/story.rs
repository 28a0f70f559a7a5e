//! The story once the data is in: controls, headline figures, the yearly chart, notes and
//! sources. Every figure comes from `crate::domain` through memos of the view state.

use super::{
    echart::EChart, legend::ChartLegend, source_toggle::SourceToggle, sources::SourceNotes,
    summary::Summary, year_range::YearRangePicker,
};
use crate::domain::{
    charts::{self, Palette},
    dataset::Dataset,
    figures::{self, HoCount, Source, YearRange},
    format,
    params::ViewState,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything below the page's static header, for a loaded dataset.
#[component]
pub fn Story(
    /// The validated dataset.
    dataset: Arc<Dataset>,
    /// The reader's choices (mirrored in the URL).
    state: RwSignal<ViewState>,
    /// Whether dark colours are in effect.
    #[prop(into)]
    dark: Signal<bool>,
) -> impl IntoView {
    let span = dataset.year_span();
    let range = Memo::new(move |_| state.get().range.clamp_to(span));
    let source = Memo::new(move |_| state.get().source);
    let count = Memo::new(move |_| state.get().count);

    let ds = dataset.clone();
    let headlines =
        Memo::new(move |_| figures::headlines(&ds, source.get(), count.get(), range.get()));
    let ds = dataset.clone();
    let yearly = Memo::new(move |_| figures::yearly(&ds, source.get(), count.get(), range.get()));
    let chart =
        Memo::new(move |_| charts::yearly_chart(&yearly.get(), Palette::for_dark(dark.get())));
    let legend = Memo::new(move |_| charts::legend(&yearly.get(), Palette::for_dark(dark.get())));
    let ds = dataset.clone();
    let lede = Memo::new(move |_| figures::lede(&ds, range.get()));
    let ds = dataset.clone();
    let notes =
        Memo::new(move |_| figures::chart_notes(&ds, source.get(), count.get(), range.get()));

    let names = {
        let s = &dataset.sources;
        move |src: Source| match src {
            Source::Unhcr => s.unhcr.short_name.clone(),
            Source::HomeOffice => s.homeoffice.short_name.clone(),
        }
    };
    let source_name = {
        let (u, h) = (names(Source::Unhcr), names(Source::HomeOffice));
        move || match source.get() {
            Source::Unhcr => u.clone(),
            Source::HomeOffice => h.clone(),
        }
    };
    let label = {
        let source_name = source_name.clone();
        Signal::derive(move || charts::describe_yearly(&yearly.get(), &source_name()))
    };
    let caption = {
        let source_name = source_name.clone();
        move || {
            let unit = match source.get() {
                Source::Unhcr => "persons, including dependants",
                Source::HomeOffice => count.get().unit(),
            };
            let r = range.get();
            format!(
                "{} figures, {}, {}",
                source_name(),
                unit,
                format::year_span(r.from(), r.to())
            )
        }
    };

    let toggle_labels = [
        (names(Source::Unhcr), "persons"),
        (names(Source::HomeOffice), HoCount::MainApplicants.unit()),
    ];
    let set_source = Callback::new(move |s: Source| state.update(|st| st.source = s));
    let set_range = Callback::new(move |r: YearRange| state.update(|st| st.range = r));

    view! {
        <p class="lede">{lede}</p>
        <section class="controls" aria-label="Choose the figures">
            <SourceToggle value=source on_change=set_source labels=toggle_labels/>
            <YearRangePicker value=range span=span on_change=set_range/>
        </section>
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="caption">{caption}</h2>
            <Summary headlines=headlines/>
        </section>
        <section class="chart-section" aria-labelledby="chart-heading">
            <h2 id="chart-heading">"Applications and decisions, year by year"</h2>
            <ChartLegend entries=legend/>
            <EChart id="chart-yearly" chart=chart label=label/>
            <ul class="chart-notes">
                {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
        </section>
        <SourceNotes sources=dataset.sources.clone()/>
    }
}
