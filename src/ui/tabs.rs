//! The view switcher: an ARIA tab list (arrow keys, Home and End move between tabs).

use crate::domain::params::View;
use leptos::{ev::KeyboardEvent, prelude::*};

/// The id of the tab button for a view (its panel is labelled by it).
pub fn tab_id(view: View) -> String {
    format!("tab-{}", view.id())
}

/// The id of the panel a tab controls.
pub fn panel_id(view: View) -> String {
    format!("panel-{}", view.id())
}

/// Lets the reader choose the chart, the comparison, the explanation or the table.
#[component]
pub fn ViewTabs(
    /// The open view.
    #[prop(into)]
    value: Signal<View>,
    /// Called with the view the reader chose.
    on_change: Callback<View>,
) -> impl IntoView {
    let on_key = move |ev: KeyboardEvent| {
        let all = View::ALL;
        let i = all
            .iter()
            .position(|v| *v == value.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => all[(i + 1) % all.len()],
            "ArrowLeft" | "ArrowUp" => all[(i + all.len() - 1) % all.len()],
            "Home" => all[0],
            "End" => all[all.len() - 1],
            _ => return,
        };
        ev.prevent_default();
        on_change.run(next);
        // Move focus with the selection (roving tabindex).
        if let Some(el) = document().get_element_by_id(&tab_id(next)) {
            use wasm_bindgen::JsCast;
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let t = super::lang::text();
    let tabs = View::ALL
        .into_iter()
        .map(|view| {
            let selected = move || value.get() == view;
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    id=tab_id(view)
                    aria-controls=panel_id(view)
                    aria-selected=move || selected().to_string()
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| on_change.run(view)
                >
                    {move || t().view_name(view)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="tabs" role="tablist" aria-label=move || t().views_label() on:keydown=on_key>
            {tabs}
        </div>
    }
}
