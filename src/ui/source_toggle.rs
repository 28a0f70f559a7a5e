//! The "UNHCR | Home Office" switch: two buttons with `aria-pressed` in a labelled group.

use crate::domain::figures::Source;
use crate::domain::story::SourceChoice;
use leptos::prelude::*;

/// Lets the reader choose whose figures are shown.
#[component]
pub fn SourceToggle(
    /// The source shown now.
    #[prop(into)]
    value: Signal<Source>,
    /// Called with the source the reader picked.
    on_change: Callback<Source>,
    /// The two sources, with their names and units (the Home Office's follows the count), in
    /// toggle order.
    #[prop(into)]
    choices: Signal<[SourceChoice; 2]>,
) -> impl IntoView {
    let buttons = choices
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(i, SourceChoice { source, .. })| {
            let name = move || choices.with(|c| c[i].name.clone());
            let unit = move || choices.with(|c| c[i].unit);
            let pressed = move || value.get() == source;
            let pick = move |_| on_change.run(source);
            view! {
                <button
                    type="button"
                    class="toggle-button"
                    id=format!("source-{}", source.id())
                    aria-pressed=move || pressed().to_string()
                    on:click=pick
                >
                    <span class="toggle-name">{name}</span>
                    <span class="toggle-unit">{unit}</span>
                </button>
            }
        })
        .collect_view();
    let t = super::lang::text();
    view! {
        <div class="toggle" role="group" aria-label=move || t().source_of_figures()>
            {buttons}
        </div>
    }
}
