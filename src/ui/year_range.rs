//! Two selects, "From" and "To", over the years the data covers.

use crate::domain::figures::YearRange;
use leptos::prelude::*;

/// Lets the reader choose the years every figure covers.
#[component]
pub fn YearRangePicker(
    /// The range shown now.
    #[prop(into)]
    value: Signal<YearRange>,
    /// First and last year the data covers.
    span: (u16, u16),
    /// Called with the new range.
    on_change: Callback<YearRange>,
) -> impl IntoView {
    // `prop:selected` so the shown option follows the state even after the reader has used the
    // select; the attribute as well, for the build-time first view (HTML has no properties).
    let options = move |end: fn(YearRange) -> u16| {
        (span.0..=span.1)
            .map(|y| {
                view! {
                    <option
                        value=y.to_string()
                        selected=move || end(value.get()) == y
                        prop:selected=move || end(value.get()) == y
                    >
                        {y}
                    </option>
                }
            })
            .collect_view()
    };
    let year_of = |ev: leptos::ev::Event| event_target_value(&ev).parse::<u16>().ok();
    let set_from = move |ev| {
        if let Some(y) = year_of(ev) {
            on_change.run(YearRange::new(y, value.get_untracked().to().max(y)));
        }
    };
    let set_to = move |ev| {
        if let Some(y) = year_of(ev) {
            on_change.run(YearRange::new(value.get_untracked().from().min(y), y));
        }
    };
    let t = super::lang::text();
    view! {
        <fieldset class="years">
            <legend>{move || t().years_legend()}</legend>
            <label>
                {move || t().year_from()}
                <select id="year-from" on:change=set_from>
                    {options(YearRange::from)}
                </select>
            </label>
            <label>
                {move || t().year_to()}
                <select id="year-to" on:change=set_to>
                    {options(YearRange::to)}
                </select>
            </label>
        </fieldset>
    }
}
