//! Provenance of both sources, always visible below the story.

use crate::domain::dataset::{SourceMeta, Sources};
use crate::domain::i18n::source_text;
use leptos::prelude::*;

/// Publisher, edition, link, licence, unit and caveats of each source.
#[component]
pub fn SourceNotes(
    /// Both sources' descriptions, from the dataset file.
    sources: Sources,
) -> impl IntoView {
    let t = super::lang::text();
    let lang = super::lang::lang();
    let entry = move |meta: SourceMeta| {
        let url = meta.url.clone();
        let text = move || source_text(&meta, lang.get());
        view! {
            <section class="source">
                {move || {
                    let s = text();
                    view! {
                        <h3>{s.heading}</h3>
                        <p>
                            <a href=url.clone() target="_blank" rel="noopener noreferrer" lang="en">{s.name}</a>
                            {s.details}
                        </p>
                        <p class="source-unit">{t().counts()} {s.unit} "."</p>
                        <ul>{s.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    }
                }}
            </section>
        }
    };
    view! {
        <footer class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{move || t().sources_heading()}</h2>
            {entry(sources.unhcr)}
            {entry(sources.homeoffice)}
        </footer>
    }
}
