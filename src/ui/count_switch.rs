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
    let t = super::lang::text();
    let button = move |count: HoCount| {
        view! {
            <button
                type="button"
                class="chip"
                id=format!("count-{}", count.id())
                aria-pressed=move || (value.get() == count).to_string()
                on:click=move |_| on_change.run(count)
            >
                {move || t().count_name(count)}
            </button>
        }
    };
    view! {
        <div class="count-switch" role="group" aria-labelledby="count-label">
            <span id="count-label" class="control-label">{move || t().home_office_counts()}</span>
            {button(HoCount::MainApplicants)}
            {button(HoCount::Persons)}
        </div>
    }
}
