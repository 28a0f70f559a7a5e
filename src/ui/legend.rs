//! The chart's legend in HTML: it wraps on a phone and is read as a list.

use crate::domain::chart_text::{LegendEntry, Mark};
use leptos::prelude::*;

/// Swatches and labels for a chart's series.
#[component]
pub fn ChartLegend(
    /// Entries in drawing order.
    #[prop(into)]
    entries: Signal<Vec<LegendEntry>>,
) -> impl IntoView {
    let items = move || {
        entries
            .get()
            .into_iter()
            .map(|e| {
                let class = match e.mark {
                    Mark::Bar => "swatch swatch-bar",
                    Mark::Line => "swatch swatch-line",
                    Mark::Masked => "swatch swatch-masked",
                };
                // The colour comes from style.css by tone: no style attribute in the markup.
                view! {
                    <li>
                        <span class=class aria-hidden="true" data-tone=e.tone.id()></span>
                        {e.label}
                    </li>
                }
            })
            .collect_view()
    };
    let t = super::lang::text();
    view! { <ul class="legend" aria-label=move || t().legend_label()>{items}</ul> }
}
