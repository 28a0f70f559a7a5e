//! The "Chart" view: one source's applications and decisions per year.

use super::echart::{EChart, ImageText};
use super::legend::ChartLegend;
use crate::domain::figures::Yearly;
use crate::domain::tooltip;
use crate::domain::{charts, palette::Palette};
use leptos::prelude::*;

/// The yearly chart with its legend and footnotes.
#[component]
pub fn ChartPanel(
    /// The rows to draw.
    #[prop(into)]
    yearly: Signal<Yearly>,
    /// The chosen source's short name.
    #[prop(into)]
    source_name: Signal<String>,
    /// Footnotes computed for these rows.
    #[prop(into)]
    notes: Signal<Vec<String>>,
    /// Whether dark colours are in effect.
    #[prop(into)]
    dark: Signal<bool>,
    /// Text for the downloadable image.
    #[prop(into)]
    image: Signal<ImageText>,
) -> impl IntoView {
    let palette = move || Palette::for_dark(dark.get());
    let chart = Signal::derive(move || charts::yearly_chart(&yearly.get(), palette()));
    let legend = Signal::derive(move || charts::legend(&yearly.get(), palette()));
    let tooltip = Signal::derive(move || tooltip::yearly_tooltip(&yearly.get()));
    let label = Signal::derive(move || charts::describe_yearly(&yearly.get(), &source_name.get()));
    view! {
        <h2 class="panel-heading">"Applications and decisions, year by year"</h2>
        <ChartLegend entries=legend/>
        <EChart id="chart-yearly" chart=chart label=label tooltip=tooltip image=image dark=dark/>
        <ul class="chart-notes">
            {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
        </ul>
    }
}
