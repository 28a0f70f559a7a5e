//! Keeps the reader's choices in the address bar, so a link reproduces the view.
//! Parsing and formatting are pure (`domain::params`); this module only talks to `location`
//! and `history`.

use crate::domain::params::{self, ViewState};
use leptos::prelude::*;

/// The state in the current URL, and notices for anything ignored.
pub fn read() -> (ViewState, Vec<String>) {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    params::parse(&query)
}

/// Rewrites the query string whenever the state changes (no new history entry).
pub fn write_on_change(state: RwSignal<ViewState>) {
    Effect::new(move |_| {
        let query = params::to_query(&state.get());
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            // A sandboxed iframe may refuse history access; the page still works without it.
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("?{query}{hash}")),
            );
        }
    });
}
