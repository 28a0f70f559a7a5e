//! The "Chart" view: one source's applications and decisions per year.

use super::echart::EChart;
use super::legend::ChartLegend;
use super::notes::Notes;
use crate::domain::story::ChartPanel as ChartModel;
use leptos::prelude::*;

/// The yearly chart with its legend and footnotes.
#[component]
pub fn ChartPanel(
    /// The chart slice of the story model.
    #[prop(into)]
    panel: Signal<ChartModel>,
) -> impl IntoView {
    let chart = super::part(panel, |p| &p.chart);
    view! {
        <h2 class="panel-heading">{move || panel.with(|p| p.heading)}</h2>
        <ChartLegend entries=super::part(chart, |c| &c.legend)/>
        <EChart chart=chart/>
        <Notes class="chart-notes" notes=super::part(panel, |p| &p.notes)/>
    }
}
