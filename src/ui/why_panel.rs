//! The "Why they differ" view: each reason with the numbers it rests on.

use crate::domain::reconcile::Reason;
use leptos::prelude::*;

/// The reasons, each as a heading, a paragraph and its figures.
#[component]
pub fn WhyPanel(
    /// The reasons computed for the selected years.
    #[prop(into)]
    reasons: Signal<Vec<Reason>>,
) -> impl IntoView {
    let items = move || {
        reasons
            .get()
            .into_iter()
            .map(|r| {
                let figures = r
                    .figures
                    .into_iter()
                    .map(|(what, value)| view! { <div><dt>{what}</dt><dd>{value}</dd></div> })
                    .collect_view();
                view! {
                    <section class="reason" data-reason=r.id>
                        <h3>{r.title}</h3>
                        <p>{r.text}</p>
                        <dl class="reason-figures">{figures}</dl>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <h2 class="panel-heading">"Why the two sources differ"</h2>
        {items}
        <p class="chart-notes">
            "The matching of Home Office outcomes to UNHCR's categories is inferred from the figures; neither organisation publishes it."
        </p>
    }
}
