//! A domain `Table` as an HTML table with caption, column headers and row headers.

use crate::domain::table::Table;
use leptos::prelude::*;

/// Every figure of a table, readable by screen readers and scrollable on a phone.
#[component]
pub fn DataTable(
    /// The table to show.
    #[prop(into)]
    table: Signal<Table>,
) -> impl IntoView {
    let text = super::lang::text();
    let body = move || {
        let t = table.get();
        let head = t
            .columns
            .iter()
            .map(|c| view! { <th scope="col">{c.clone()}</th> })
            .collect_view();
        let rows = t
            .rows
            .iter()
            .map(|row| {
                let mut cells = row.iter();
                let first = cells.next().map(|c| c.display(t.lang)).unwrap_or_default();
                let rest = cells
                    .map(|c| view! { <td>{c.display(t.lang)}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{first}</th>{rest}</tr> }
            })
            .collect_view();
        view! {
            <caption>{t.caption.clone()}</caption>
            <thead><tr>{head}</tr></thead>
            <tbody>{rows}</tbody>
        }
    };
    // The wrapper scrolls sideways on a narrow screen instead of the page.
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || text().table_scrolls()>
            <table class="data-table">{body}</table>
        </div>
    }
}
