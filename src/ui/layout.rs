//! The two layouts of the story, built from the same components and the same model slices:
//! the full page (lede, controls, headline cards, the views, sharing, sources), and the embed,
//! designed for a frame in someone else's article: the chart first under a one-line title, the
//! headline figures as a strip, the years behind one control, and a footer line whose "Notes"
//! open the notes and the sources in place.

use super::{
    chart_panel::ChartPanel,
    compare_panel::ComparePanel,
    count_switch::CountSwitch,
    data_table::DataTable,
    embed::{EmbedButton, FullPageLink},
    lang::LanguageSwitch,
    notes::Notes,
    source_toggle::SourceToggle,
    sources::SourceNotes,
    summary::Summary,
    tabs::{panel_id, tab_id, ViewTabs},
    toolbar::Toolbar,
    why_panel::WhyPanel,
    year_range::YearRangePicker,
};
use crate::domain::{
    figures::{HoCount, Source, YearRange},
    format::year_span,
    params::{View, ViewState},
    story::StoryModel,
};
use leptos::prelude::*;

/// A read-only slice of the model (a memo: `super::part`).
fn slice<T: Clone + PartialEq + Send + Sync + 'static>(
    model: Memo<StoryModel>,
    part: fn(&StoryModel) -> &T,
) -> Signal<T> {
    super::part(model.into(), part)
}

/// The open view's panel as a memo, mounted with it; `None` when the model does not hold it.
/// When the reader opens another view the model changes first, and an effect inside this panel
/// (the chart's, in the reader's input event) may hear of it before the panel unmounts: the memo
/// then keeps the panel it had.
fn open<T: Clone + PartialEq + Send + Sync + 'static>(
    model: Memo<StoryModel>,
    pick: fn(&StoryModel) -> Option<&T>,
) -> Option<Signal<T>> {
    let first = model.with_untracked(|m| pick(m).cloned())?;
    let panel = Memo::new(move |last: Option<&T>| {
        model.with(|m| pick(m).or(last).unwrap_or(&first).clone())
    });
    Some(panel.into())
}

/// What both layouts are made from.
#[derive(Clone, Copy)]
pub struct Parts {
    /// The story model: the one memo.
    pub model: Memo<StoryModel>,
    /// The open view (decides which panel is mounted).
    pub view: Memo<View>,
    /// The reader's choices.
    pub state: RwSignal<ViewState>,
    /// The dataset's first and last year.
    pub span: (u16, u16),
    /// Choose a source.
    pub set_source: Callback<Source>,
    /// Choose the years.
    pub set_range: Callback<YearRange>,
    /// Choose whom the Home Office figures count.
    pub set_count: Callback<HoCount>,
    /// Open a view.
    pub set_view: Callback<View>,
}

impl Parts {
    fn shown(&self) -> Signal<ViewState> {
        slice(self.model, |m| &m.state)
    }

    fn source_toggle(&self) -> impl IntoView {
        let shown = self.shown();
        let choices = slice(self.model, |m| &m.choices);
        view! {
            <SourceToggle value=Signal::derive(move || shown.get().source) on_change=self.set_source choices=choices/>
        }
    }

    fn years(&self) -> impl IntoView {
        let shown = self.shown();
        view! {
            <YearRangePicker value=Signal::derive(move || shown.get().range) span=self.span on_change=self.set_range/>
        }
    }

    /// The count switch, wherever Home Office figures are on screen.
    fn count_switch(&self) -> impl IntoView {
        let shown = self.shown();
        let matters =
            move || shown.with(|s| s.source == Source::HomeOffice || s.view == View::Compare);
        let count = Signal::derive(move || shown.get().count);
        let set_count = self.set_count;
        view! {
            <Show when=matters>
                <CountSwitch value=count on_change=set_count/>
            </Show>
        }
    }

    /// The tabs and the open view's panel.
    fn views(&self) -> impl IntoView {
        let (model, view, set_range) = (self.model, self.view, self.set_range);
        let panel = move || match view.get() {
            View::Chart => open(model, StoryModel::chart)
                .map(|panel| view! { <ChartPanel panel=panel/> })
                .into_any(),
            View::Compare => open(model, StoryModel::compare)
                .map(|panel| view! { <ComparePanel panel=panel on_range=set_range/> })
                .into_any(),
            View::Why => open(model, StoryModel::why)
                .map(|panel| view! { <WhyPanel panel=panel/> })
                .into_any(),
            View::Table => view! {
                <h2 class="panel-heading">{move || model.with(|m| m.download.heading)}</h2>
                <DataTable table=slice(model, |m| &m.download.table)/>
            }
            .into_any(),
        };
        view! {
            <div id="views" class="views">
                <ViewTabs value=view on_change=self.set_view/>
                <section
                    class="panel"
                    role="tabpanel"
                    id=move || panel_id(view.get())
                    aria-labelledby=move || tab_id(view.get())
                >
                    {panel}
                </section>
            </div>
        }
    }
}

/// The full page.
pub fn full(parts: Parts) -> impl IntoView {
    let model = parts.model;
    let t = super::lang::text();
    view! {
        <LanguageSwitch state=parts.state/>
        <p class="lede">{move || model.with(|m| m.lede.clone())}</p>
        <section class="controls" aria-label=move || t().choose_figures()>
            {parts.source_toggle()}
            {parts.years()}
            {parts.count_switch()}
        </section>
        // On a phone the cards fill a screen: one tap takes the reader past them to the chart.
        <a class="jump-link" href="#views">{move || t().skip_to_chart()}</a>
        <Summary summary=slice(model, |m| &m.summary)/>
        {parts.views()}
        <Toolbar download=slice(model, |m| &m.download)/>
        <SourceNotes sources=model.with_untracked(|m| m.sources.clone())/>
        <EmbedButton state=parts.state/>
    }
}

/// The compact embed.
pub fn embedded(parts: Parts) -> impl IntoView {
    let model = parts.model;
    let t = super::lang::text();
    let years = move || model.with(|m| year_span(m.state.range.from(), m.state.range.to()));
    let summary = slice(model, |m| &m.summary);
    let explained = super::part(summary, |s| &s.explained);
    let card_notes = super::part(summary, |s| &s.notes);
    let view_notes = Signal::from(Memo::new(move |_| model.with(StoryModel::view_notes)));
    let status = RwSignal::new(String::new());
    let get_data = move |_| {
        let saved = model.with_untracked(|m| super::download::save_csv(&m.download));
        status.set(match saved {
            Ok(_) => String::new(),
            Err(_) => t().download_blocked_here().into(),
        });
    };

    view! {
        <section class="controls embed-controls" aria-label=move || t().choose_figures()>
            {parts.source_toggle()}
            <details class="embed-years">
                <summary>
                    <span class="embed-years-span">{years}</span>
                    <span class="sr-only">{move || t().change_the_years()}</span>
                    <span class="embed-years-mark" aria-hidden="true">"▾"</span>
                </summary>
                {parts.years()}
            </details>
            {parts.count_switch()}
        </section>
        <Summary summary=summary/>
        {parts.views()}
        // One line of small print (it wraps on a phone); "Notes and sources" opens in place.
        <footer class="embed-footer">
            <span class="embed-credit">{move || model.with(|m| m.credit_line.clone())}</span>
            <button type="button" class="link-button" data-action="get-data" on:click=get_data>
                {move || t().get_the_data()}
            </button>
            <FullPageLink state=slice(model, |m| &m.state)/>
            <LanguageSwitch state=parts.state/>
            // Nothing at all when empty (`:empty` hides it; an empty text would render as a space).
            <p class="embed-status" role="status">{move || Some(status.get()).filter(|s| !s.is_empty())}</p>
            <details class="embed-notes">
                <summary>{move || t().notes_and_sources()}</summary>
                <p class="lede">{move || model.with(|m| m.lede.clone())}</p>
                <Notes class="figure-notes" notes=card_notes/>
                <Notes class="chart-notes" notes=view_notes/>
                <Notes class="chart-notes" notes=explained/>
                <Toolbar download=slice(model, |m| &m.download)/>
                <SourceNotes sources=model.with_untracked(|m| m.sources.clone())/>
            </details>
        </footer>
    }
}
