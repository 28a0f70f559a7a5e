//! Sharing and reuse: copy the link to this view, download its figures as CSV, download the
//! whole dataset.

use crate::domain::table::{to_csv, Table};
use crate::load::DATA_URL;
use leptos::prelude::*;

/// Buttons under the views.
#[component]
pub fn Toolbar(
    /// The current view's figures, as the CSV will hold them.
    #[prop(into)]
    table: Signal<Table>,
    /// Provenance lines written at the top of the CSV.
    provenance: Vec<String>,
    /// File name (without extension) for the CSV.
    #[prop(into)]
    file_stem: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let manual_copy = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        let url = super::url_state::current_url();
        leptos::task::spawn_local(async move {
            match super::download::copy_text(&url).await {
                Ok(()) => {
                    status.try_set(Some("Link copied.".into()));
                    manual_copy.try_set(None);
                }
                // Clipboard refused (e.g. inside a sandboxed iframe): show the link to copy by hand.
                Err(_) => {
                    status.try_set(Some("Copy the link below.".into()));
                    manual_copy.try_set(Some(url));
                }
            }
        });
    };
    let download_csv = move |_| {
        let csv = to_csv(&table.get_untracked(), &provenance);
        let name = format!("{}.csv", file_stem.get_untracked());
        let result = super::download::save_text(&name, "text/csv;charset=utf-8", &csv);
        status.set(Some(match result {
            Ok(()) => format!("Downloaded {name}."),
            Err(_) => {
                "The download was blocked by this page's settings. The Table view has every figure."
                    .into()
            }
        }));
    };
    view! {
        <div class="toolbar" role="group" aria-label="Share and download">
            <button type="button" class="link-button" data-action="copy-link" on:click=copy_link>
                "Copy link"
            </button>
            <button type="button" class="link-button" data-action="download-csv" on:click=download_csv>
                "Download CSV"
            </button>
            <a class="link-button" data-action="download-json" href=DATA_URL download="nk-asylum.json">
                "Download the full dataset (JSON)"
            </a>
        </div>
        <p class="toolbar-status" role="status">{move || status.get()}</p>
        {move || manual_copy.get().map(|url| view! {
            <input class="manual-copy" type="text" readonly aria-label="Link to this view" prop:value=url/>
        })}
    }
}
