//! The headline figures for the chosen source and years.

use super::notes::Notes;
use crate::domain::story::Summary as SummaryModel;
use leptos::prelude::*;

/// The caption, one card per headline figure (totals with masked cells show as ranges marked
/// `*`; a figure with no data says so), the notes below them, and a polite live region.
#[component]
pub fn Summary(
    /// The summary slice of the story model.
    #[prop(into)]
    summary: Signal<SummaryModel>,
) -> impl IntoView {
    let cards = move || {
        summary
            .get()
            .cards
            .into_iter()
            .map(|c| {
                view! {
                    <div class="figure" data-figure=c.measure.id() data-tone=c.tone.id()>
                        <dt class="figure-label">
                            <span class="label-full">{c.label}</span>
                            // The embed's strip shows one word; screen readers hear the full label.
                            <span class="label-short" aria-hidden="true">{c.short}</span>
                        </dt>
                        <dd class="figure-value">
                            {c.value.text}
                            {c.value.masked.then_some(view! { <span class="masked-mark">"*"</span> })}
                        </dd>
                        <dd class="figure-detail">{c.detail}</dd>
                    </div>
                }
            })
            .collect_view()
    };
    Effect::new(move |_| {
        summary.track();
        super::perf::mark_once(super::perf::FIGURES_VISIBLE);
    });
    view! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="caption">{move || summary.with(|s| s.caption.clone())}</h2>
            <dl class="figures">{cards}</dl>
            <Notes class="figure-notes" notes=super::part(summary, |p| &p.notes)/>
            <p class="sr-only" aria-live="polite">{move || summary.with(|s| s.announcement.clone())}</p>
        </section>
    }
}
