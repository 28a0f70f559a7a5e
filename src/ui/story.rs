//! The story once the data is in: controls, headline figures, the four views, sharing and
//! sources. Every figure comes from `crate::domain` through memos of the view state.

use super::{
    chart_panel::ChartPanel,
    compare_panel::ComparePanel,
    count_switch::CountSwitch,
    data_table::DataTable,
    echart::ImageText,
    source_toggle::SourceToggle,
    sources::SourceNotes,
    summary::Summary,
    tabs::{panel_id, tab_id, ViewTabs},
    toolbar::Toolbar,
    why_panel::WhyPanel,
    year_range::YearRangePicker,
};
use crate::domain::{
    compare,
    dataset::Dataset,
    figures::{self, HoCount, Source, YearRange},
    narrative,
    palette::Palette,
    params::{View, ViewState},
    reconcile, table,
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
    let view = Memo::new(move |_| state.get().view);
    // The state with the range as shown (clamped to the data), for tables and file names.
    let shown = Memo::new(move |_| ViewState {
        range: range.get(),
        ..state.get()
    });

    let ds = dataset.clone();
    let headlines =
        Memo::new(move |_| figures::headlines(&ds, source.get(), count.get(), range.get()));
    let ds = dataset.clone();
    let yearly = Memo::new(move |_| figures::yearly(&ds, source.get(), count.get(), range.get()));
    let ds = dataset.clone();
    let notes =
        Memo::new(move |_| narrative::chart_notes(&ds, source.get(), count.get(), range.get()));
    let ds = dataset.clone();
    let lede = Memo::new(move |_| narrative::lede(&ds, range.get()));
    let ds = dataset.clone();
    let compare_rows =
        Memo::new(move |_| compare::applications_by_year(&ds, count.get(), range.get()));
    let ds = dataset.clone();
    let compare_totals = Memo::new(move |_| compare::totals(&ds, count.get(), range.get()));
    let ds = dataset.clone();
    let reasons = Memo::new(move |_| reconcile::reasons(&ds, range.get()));
    let ds = dataset.clone();
    let view_table = Memo::new(move |_| table::for_view(&ds, &shown.get(), range.get()));
    let file_stem = Memo::new(move |_| table::file_stem(&shown.get(), range.get()));

    let source_names = (
        dataset.sources.unhcr.short_name.clone(),
        dataset.sources.homeoffice.short_name.clone(),
    );
    let source_name = {
        let (u, h) = source_names.clone();
        Signal::derive(move || match source.get() {
            Source::Unhcr => u.clone(),
            Source::HomeOffice => h.clone(),
        })
    };
    let caption =
        move || narrative::caption(&source_name.get(), source.get(), count.get(), range.get());
    let palette = Signal::derive(move || Palette::for_dark(dark.get()));
    // Said by screen readers whenever the figures change (source, years, count).
    let announcement = move || narrative::announcement(&caption(), &headlines.get());
    let ho_label = Signal::derive(move || count.get().series_label());
    let credit = table::credit(&dataset);
    let image = Signal::derive(move || {
        let title = narrative::image_title(view.get(), &source_name.get(), range.get());
        ImageText {
            title,
            credit: credit.clone(),
            file_stem: file_stem.get(),
        }
    });

    let toggle_labels = [
        (source_names.0, "persons"),
        (source_names.1, HoCount::MainApplicants.unit()),
    ];
    let set_source = Callback::new(move |s: Source| state.update(|st| st.source = s));
    let set_range = Callback::new(move |r: YearRange| state.update(|st| st.range = r));
    let set_count = Callback::new(move |c: HoCount| state.update(|st| st.count = c));
    let set_view = Callback::new(move |v: View| state.update(|st| st.view = v));
    // The count matters wherever Home Office figures are on screen.
    let count_matters =
        move || source.get() == Source::HomeOffice || matches!(view.get(), View::Compare);

    let panel = move || {
        match view.get() {
        View::Chart => view! {
            <ChartPanel yearly=yearly source_name=source_name notes=notes dark=dark image=image/>
        }
        .into_any(),
        View::Compare => view! {
            <ComparePanel rows=compare_rows totals=compare_totals ho_label=ho_label dark=dark image=image/>
        }
        .into_any(),
        View::Why => view! { <WhyPanel reasons=reasons/> }.into_any(),
        View::Table => view! {
            <h2 class="panel-heading">"Every figure, year by year"</h2>
            <DataTable table=view_table/>
        }
        .into_any(),
    }
    };

    view! {
        <p class="lede">{lede}</p>
        <section class="controls" aria-label="Choose the figures">
            <SourceToggle value=source on_change=set_source labels=toggle_labels/>
            <YearRangePicker value=range span=span on_change=set_range/>
            <Show when=count_matters>
                <CountSwitch value=count on_change=set_count/>
            </Show>
        </section>
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="caption">{caption}</h2>
            <Summary headlines=headlines palette=palette/>
            <p class="sr-only" aria-live="polite">{announcement}</p>
        </section>
        <ViewTabs value=view on_change=set_view/>
        <section
            class="panel"
            role="tabpanel"
            id=move || panel_id(view.get())
            aria-labelledby=move || tab_id(view.get())
        >
            {panel}
        </section>
        <Toolbar table=view_table provenance=table::provenance(&dataset) file_stem=file_stem/>
        <SourceNotes sources=dataset.sources.clone()/>
        <super::embed::EmbedButton state=state/> <super::embed::FullPageLink state=state/>
    }
}
