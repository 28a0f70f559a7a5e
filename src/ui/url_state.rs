//! Keeps the reader's choices in the address bar, so a link reproduces the view and Back and
//! Forward step through the reader's choices. Parsing and formatting are pure
//! (`domain::params`); this module only talks to `location` and `history`.

use crate::domain::params::{self, ViewState};
use leptos::prelude::*;
use std::{cell::RefCell, time::Duration};

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
///
/// A change's entry is pushed after the page has painted it, not before: `pushState` costs
/// about a millisecond, and the reader is waiting for the chart, not for the address bar
/// (bench/README.md, the toggle). Changes within one frame make one entry. "Copy link" reads the
/// address through `view_url`, which writes a pending entry first.
pub fn sync(state: RwSignal<ViewState>) {
    Effect::new(move |previous: Option<()>| {
        let query = params::rewrite(&current_query(), &state.get());
        if previous.is_none() {
            write(&query, Entry::Replace);
        } else if PENDING.with(|p| p.replace(Some(query)).is_none()) {
            // After the next frame; and in any case soon, for a page that draws no frames.
            request_animation_frame(|| set_timeout(flush, Duration::ZERO));
            set_timeout(flush, Duration::from_millis(100));
        }
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        // Back or Forward: what the reader returns to wins over a write not yet made.
        PENDING.with(|p| p.take());
        state.set(read())
    });
    on_cleanup(move || handle.remove());
}

thread_local! {
    /// The query of a change not yet in the address bar.
    static PENDING: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// How a query reaches the address bar.
#[derive(Clone, Copy)]
enum Entry {
    Replace,
    Push,
}

/// Writes the pending change, if any, as a new history entry.
fn flush() {
    if let Some(query) = PENDING.with(|p| p.take()) {
        write(&query, Entry::Push);
    }
}

/// Puts `query` in the address bar, keeping the fragment; nothing if it is there already.
fn write(query: &str, entry: Entry) {
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
    let _ = match entry {
        Entry::Replace => history.replace_state_with_url(&null, "", Some(&url)),
        Entry::Push => history.push_state_with_url(&null, "", Some(&url)),
    };
}

/// The page's address, for the embed codes (which take only its page part): its query may be a
/// frame behind the state. For the current view's own address, `view_url`.
pub fn current_url() -> String {
    // Outside a browser, the page's own directory: links in the first view stay relative.
    if !cfg!(target_arch = "wasm32") {
        return ".".to_string();
    }
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The address of the view on screen ("Copy link"): a change not yet in the address bar is
/// written first.
pub fn view_url() -> String {
    flush();
    current_url()
}

/// The document's title; empty outside a browser.
pub fn page_title() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    document().title()
}
