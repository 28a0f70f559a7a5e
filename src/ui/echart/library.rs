//! Waiting for the ECharts script, which may arrive after the app has started, and asking for
//! it where the loader waits to be asked (behind the first view's picture, `want`).

use leptos::prelude::*;

/// The `<script>` that the app's loader (`start-<hash>.js`, written by
/// scripts/post-build/csp.mjs) adds for ECharts towards the end of the wasm's download, so that
/// the two do not share the network. When it has loaded or failed, the loader sets its
/// `data-state` and then, in a task of its own, fires [`LIBRARY_EVENT`] on `window`.
const LIBRARY_SCRIPT: &str = "nk-echarts";
const LIBRARY_EVENT: &str = "nk:echarts";
/// Where the app started behind the first view's picture with nobody waiting for it, the loader
/// adds the script only when asked by this event ([`want`]), and until then marks the page with
/// [`LATER_ATTRIBUTE`]`="later"`.
const WANTED_EVENT: &str = "nk:echarts-wanted";
const LATER_ATTRIBUTE: &str = "data-nk-echarts";

/// Asks the loader for ECharts, for a chart the first view's picture cannot stand in for (a
/// pointer or focus on it, another option, a download). Harmless once it is loading or loaded.
pub fn want() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(WANTED_EVENT)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Whether the ECharts script has run yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Library {
    Pending,
    Ready,
    Missing,
}

fn library_state() -> Library {
    let Some(window) = web_sys::window() else {
        return Library::Missing;
    };
    if js_sys::Reflect::has(&window, &"echarts".into()).unwrap_or(false) {
        return Library::Ready;
    }
    let Some(document) = window.document() else {
        return Library::Missing;
    };
    match document.get_element_by_id(LIBRARY_SCRIPT) {
        Some(script) if script.get_attribute("data-state").as_deref() == Some("failed") => {
            Library::Missing
        }
        Some(_) => Library::Pending,
        None if document.document_element().is_some_and(|root| {
            root.get_attribute(LATER_ATTRIBUTE).as_deref() == Some("later")
        }) =>
        {
            Library::Pending
        }
        // Otherwise the loader adds the script before the wasm has started (at the latest,
        // right after): without it, ECharts is not coming.
        None => Library::Missing,
    }
}

/// The library's state, as a signal that changes once. Even when ECharts is already here, the
/// first draw waits until the page around the chart has been painted: on a slow phone drawing
/// is a long task, and the figures should not wait for it.
pub fn watch() -> RwSignal<Library> {
    let library = RwSignal::new(Library::Pending);
    if !super::super::in_browser() {
        return library; // the build-time first view: ECharts is a picture there
    }
    // Only a change redraws: the script's event and the first check can find the same state.
    let check = move || {
        let state = library_state();
        if library
            .try_get_untracked()
            .is_some_and(|known| known != state)
        {
            library.set(state);
        }
    };
    let loaded = window_event_listener_untyped(LIBRARY_EVENT, move |_| check());
    on_cleanup(move || loaded.remove());
    request_animation_frame(move || set_timeout(check, std::time::Duration::ZERO));
    library
}
