//! Keeps the reader's choices in the address bar, so a link reproduces the view and Back and
//! Forward step through the reader's choices. Parsing and formatting are pure
//! (`domain::params`); this module only talks to `location` and `history`.

use crate::domain::params::{self, ViewState};
use leptos::prelude::*;

/// The page's query string; empty outside a browser (the build-time first view,
/// `examples/prerender.rs`, renders the default state).
fn current_query() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The state in the current URL.
pub fn read() -> ViewState {
    params::parse(&current_query()).0
}

/// The current URL's query string, as the page was opened (what the notices are about).
pub fn query() -> String {
    current_query()
}

/// Mirrors the state into the URL: the first write replaces the entry (the URL is only made
/// canonical), later ones push a history entry. Back and Forward restore the state.
pub fn sync(state: RwSignal<ViewState>) {
    Effect::new(move |previous: Option<()>| {
        let query = params::rewrite(&current_query(), &state.get());
        let Some(window) = web_sys::window() else {
            return;
        };
        if current_query().trim_start_matches('?') == query {
            return;
        }
        let hash = window.location().hash().unwrap_or_default();
        let url = format!("?{query}{hash}");
        let Ok(history) = window.history() else {
            return;
        };
        let null = wasm_bindgen::JsValue::NULL;
        // A sandboxed iframe may refuse history access: the page still works without it.
        let _ = if previous.is_none() {
            history.replace_state_with_url(&null, "", Some(&url))
        } else {
            history.push_state_with_url(&null, "", Some(&url))
        };
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| state.set(read()));
    on_cleanup(move || handle.remove());
}

/// The address of the current view, for "Copy link" and embed codes.
pub fn current_url() -> String {
    // Outside a browser, the page's own directory: links in the first view stay relative.
    if !cfg!(target_arch = "wasm32") {
        return ".".to_string();
    }
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The document's title; empty outside a browser.
pub fn page_title() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    document().title()
}
