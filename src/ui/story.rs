//! The story once the data is in: one memo of the story model (`crate::domain::story`) and the
//! layout that renders its slices. Components get typed slices of the model, never the dataset.

use super::{
    chart_panel::ChartPanel,
    compare_panel::ComparePanel,
    count_switch::CountSwitch,
    data_table::DataTable,
    embed::{EmbedButton, FullPageLink},
    source_toggle::SourceToggle,
    sources::SourceNotes,
    summary::Summary,
    tabs::{panel_id, tab_id, ViewTabs},
    toolbar::Toolbar,
    why_panel::WhyPanel,
    year_range::YearRangePicker,
};
use crate::domain::{
    dataset::Dataset,
    figures::{HoCount, Source, YearRange},
    params::{View, ViewState},
    story::{self, StoryModel},
};
use leptos::prelude::*;
use std::sync::Arc;

/// A read-only slice of the model.
fn slice<T: Clone + Send + Sync + 'static>(
    model: Memo<StoryModel>,
    part: fn(&StoryModel) -> &T,
) -> Signal<T> {
    Signal::derive(move || model.with(|m| part(m).clone()))
}

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
    let model = Memo::new(move |_| story::build(&dataset, &state.get(), dark.get()));
    // Which panel is mounted; a change of anything else updates the panel in place.
    let view = Memo::new(move |_| model.with(|m| m.state.view));
    let shown = slice(model, |m| &m.state);

    let set_source = Callback::new(move |s: Source| state.update(|st| st.source = s));
    let set_range = Callback::new(move |r: YearRange| state.update(|st| st.range = r));
    let set_count = Callback::new(move |c: HoCount| state.update(|st| st.count = c));
    let set_view = Callback::new(move |v: View| state.update(|st| st.view = v));
    let source = Signal::derive(move || shown.get().source);
    let range = Signal::derive(move || shown.get().range);
    let count = Signal::derive(move || shown.get().count);
    // The count matters wherever Home Office figures are on screen.
    let count_matters =
        move || shown.with(|s| s.source == Source::HomeOffice || s.view == View::Compare);

    let panel = move || match view.get() {
        View::Chart => view! { <ChartPanel panel=slice(model, |m| &m.chart)/> }.into_any(),
        View::Compare => view! {
            <ComparePanel panel=slice(model, |m| &m.compare) on_range=set_range/>
        }
        .into_any(),
        View::Why => view! { <WhyPanel panel=slice(model, |m| &m.why)/> }.into_any(),
        View::Table => view! {
            <h2 class="panel-heading">{move || model.with(|m| m.download.heading)}</h2>
            <DataTable table=slice(model, |m| &m.download.table)/>
        }
        .into_any(),
    };

    view! {
        <p class="lede">{move || model.with(|m| m.lede.clone())}</p>
        <section class="controls" aria-label="Choose the figures">
            <SourceToggle value=source on_change=set_source choices=model.with_untracked(|m| m.choices.clone())/>
            <YearRangePicker value=range span=span on_change=set_range/>
            <Show when=count_matters>
                <CountSwitch value=count on_change=set_count/>
            </Show>
        </section>
        <Summary summary=slice(model, |m| &m.summary)/>
        <ViewTabs value=view on_change=set_view/>
        <section
            class="panel"
            role="tabpanel"
            id=move || panel_id(view.get())
            aria-labelledby=move || tab_id(view.get())
        >
            {panel}
        </section>
        <Toolbar download=slice(model, |m| &m.download)/>
        <SourceNotes sources=model.with_untracked(|m| m.sources.clone())/>
        <EmbedButton state=state/> <FullPageLink state=state/>
    }
}
