//! Sharing and reuse: copy the link to this view, download its figures as CSV, download the
//! whole dataset.

use crate::domain::story::Download;
use crate::load::DATA_URL;
use leptos::prelude::*;

/// Buttons under the views.
#[component]
pub fn Toolbar(
    /// The open view's figures, CSV and file name, from the story model.
    #[prop(into)]
    download: Signal<Download>,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let manual_copy = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        let url = super::url_state::current_url();
        super::clipboard::copy(url.clone(), move |copied| {
            if copied {
                status.try_set(Some("Link copied.".into()));
                manual_copy.try_set(None);
            } else {
                // Clipboard refused (e.g. inside a sandboxed iframe): show the link to copy by hand.
                status.try_set(Some("Copy the link below.".into()));
                manual_copy.try_set(Some(url));
            }
        });
    };
    let download_csv = move |_| {
        let result = download.with_untracked(super::download::save_csv);
        status.set(Some(match result {
            Ok(name) => format!("Downloaded {name}."),
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
