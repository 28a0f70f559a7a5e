//! The "Why they differ" view: each reason with the numbers it rests on.

use crate::domain::story::WhyPanel as WhyModel;
use leptos::prelude::*;

/// The reasons, each as a heading, a paragraph and its figures.
#[component]
pub fn WhyPanel(
    /// The "Why they differ" slice of the story model.
    #[prop(into)]
    panel: Signal<WhyModel>,
) -> impl IntoView {
    let items = move || {
        panel
            .get()
            .reasons
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
        <h2 class="panel-heading">{move || panel.with(|p| p.heading)}</h2>
        {items}
        <p class="chart-notes">{move || panel.with(|p| p.note)}</p>
    }
}
