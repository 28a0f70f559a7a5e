//! A list of computed notes (under the headline figures, a chart, the totals).

use leptos::prelude::*;

/// The notes as a list; an empty list renders as an empty `<ul>`.
#[component]
pub fn Notes(
    /// The sentences, in order.
    #[prop(into)]
    notes: Signal<Vec<String>>,
    /// The list's class, e.g. `chart-notes`.
    class: &'static str,
) -> impl IntoView {
    let items = move || {
        notes
            .get()
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view()
    };
    view! { <ul class=class>{items}</ul> }
}
