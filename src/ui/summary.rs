//! The headline figures for the chosen source and years.

use crate::domain::figures::Headline;
use crate::domain::format;
use crate::domain::narrative;
use crate::domain::palette::Palette;
use leptos::prelude::*;

/// One card per headline figure; totals with masked cells show as ranges marked `*`, and the
/// notes below say what the marks and any missing years mean.
#[component]
pub fn Summary(
    /// The figures to show, in order.
    #[prop(into)]
    headlines: Signal<Vec<Headline>>,
    /// The chart colours, so each card is keyed like its series.
    #[prop(into)]
    palette: Signal<&'static Palette>,
) -> impl IntoView {
    let cards = move || {
        headlines
            .get()
            .into_iter()
            .map(|h| {
                let masked = h.value.masked_cells > 0;
                view! {
                    <div
                        class="figure"
                        data-figure=h.measure.id()
                        style:border-top-color=move || palette.get().outcome(h.measure)
                    >
                        <dt class="figure-label">{h.label}</dt>
                        <dd class="figure-value">
                            {format::bounds(h.value.bounds)}
                            {masked.then_some(view! { <span class="masked-mark">"*"</span> })}
                        </dd>
                        <dd class="figure-detail">{h.detail}</dd>
                    </div>
                }
            })
            .collect_view()
    };
    let notes = move || {
        narrative::headline_notes(&headlines.get())
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view()
    };
    Effect::new(move |_| {
        headlines.track();
        super::perf::mark_once(super::perf::FIGURES_VISIBLE);
    });
    view! {
        <dl class="figures">{cards}</dl>
        <ul class="figure-notes">{notes}</ul>
    }
}
