//! Main applicants or all people: whom the Home Office figures count.

use crate::domain::figures::HoCount;
use leptos::prelude::*;

/// Two buttons with `aria-pressed`, like the source toggle.
#[component]
pub fn CountSwitch(
    /// The count in use.
    #[prop(into)]
    value: Signal<HoCount>,
    /// Called with the count the reader picked.
    on_change: Callback<HoCount>,
) -> impl IntoView {
    let button = move |count: HoCount, text: &'static str| {
        view! {
            <button
                type="button"
                class="chip"
                id=format!("count-{}", count.id())
                aria-pressed=move || (value.get() == count).to_string()
                on:click=move |_| on_change.run(count)
            >
                {text}
            </button>
        }
    };
    view! {
        <div class="count-switch" role="group" aria-labelledby="count-label">
            <span id="count-label" class="control-label">"Home Office counts"</span>
            {button(HoCount::MainApplicants, "Main applicants")}
            {button(HoCount::Persons, "All people")}
        </div>
    }
}
