//! Provenance of both sources, always visible below the story.

use crate::domain::dataset::{SourceMeta, Sources};
use leptos::prelude::*;

/// Publisher, edition, link, licence, unit and caveats of each source.
#[component]
pub fn SourceNotes(
    /// Both sources' descriptions, from the dataset file.
    sources: Sources,
) -> impl IntoView {
    let entry = |meta: SourceMeta| {
        view! {
            <section class="source">
                <h3>{meta.short_name.clone()}</h3>
                <p>
                    <a href=meta.url.clone() target="_blank" rel="noopener noreferrer">{meta.name}</a>
                    ", " {meta.publisher} ". " {meta.edition} ". Licence: " {meta.licence} "."
                </p>
                <p class="source-unit">"Counts: " {meta.unit} "."</p>
                <ul>{meta.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </section>
        }
    };
    view! {
        <footer class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources and notes"</h2>
            {entry(sources.unhcr)}
            {entry(sources.homeoffice)}
        </footer>
    }
}
