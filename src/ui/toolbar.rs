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
    let t = super::lang::text();
    let status = RwSignal::new(None::<String>);
    let manual_copy = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        let url = super::url_state::view_url();
        super::clipboard::copy(url.clone(), move |copied| {
            if copied {
                status.try_set(Some(t().link_copied().into()));
                manual_copy.try_set(None);
            } else {
                // Clipboard refused (e.g. inside a sandboxed iframe): show the link to copy by hand.
                status.try_set(Some(t().copy_link_below().into()));
                manual_copy.try_set(Some(url));
            }
        });
    };
    let download_csv = move |_| {
        let result = download.with_untracked(super::download::save_csv);
        status.set(Some(match result {
            Ok(name) => t().downloaded(&name),
            Err(_) => t().download_blocked().into(),
        }));
    };
    view! {
        <div class="toolbar" role="group" aria-label=move || t().share_and_download()>
            <button type="button" class="link-button" data-action="copy-link" on:click=copy_link>
                {move || t().copy_link()}
            </button>
            <button type="button" class="link-button" data-action="download-csv" on:click=download_csv>
                {move || t().download_csv()}
            </button>
            <a class="link-button" data-action="download-json" href=DATA_URL download="nk-asylum.json">
                {move || t().download_dataset()}
            </a>
        </div>
        <p class="toolbar-status" role="status">{move || status.get()}</p>
        {move || manual_copy.get().map(|url| view! {
            <input class="manual-copy" type="text" readonly aria-label=move || t().link_to_view() prop:value=url/>
        })}
    }
}
