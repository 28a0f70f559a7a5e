//! Taking over from the first view. For the default state the page arrives with the story
//! already in it, rendered from these same components when the app was built
//! (`examples/prerender.rs`, stamped into `#app` by the page's inline script). The app then
//! builds its own story in a hidden root next to it and, once that has rendered, swaps the two
//! within one task, before the browser paints again: the same markup at the same size, so
//! nothing moves. The chart's build-time picture moves into the live chart and stays there
//! until ECharts has drawn the same option over it (`super::echart`). Focus stays on the same
//! control, and `nk:live` tells the loader (`boot-<hash>.js`) to replay a tap it held back.

use wasm_bindgen::JsCast;

/// The first view's root, `<div class="story-root" data-first-view="page|embed">`.
const FIRST_VIEW: &str = ".story-root[data-first-view]";
/// The live story's root while it is built.
const LIVE_ID: &str = "story-live";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Where to mount the app: a hidden root beside the first view when `app` holds one, so that
/// the first view stays on screen while the live story loads; `None` otherwise.
pub fn live_root(app: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    app.query_selector(FIRST_VIEW).ok().flatten()?;
    let live: web_sys::HtmlElement = document()?.create_element("div").ok()?.unchecked_into();
    live.set_id(LIVE_ID);
    live.set_class_name("story-root");
    live.set_hidden(true);
    app.append_child(&live).ok()?;
    Some(live)
}

/// Swaps the first view for the live story; does nothing when there is none (any other state,
/// or after the swap). Called once the live story (or its error message) has rendered.
pub fn take_over() {
    let Some(document) = document() else { return };
    let (Some(first), Some(live)) = (
        document.query_selector(FIRST_VIEW).ok().flatten(),
        document.get_element_by_id(LIVE_ID),
    ) else {
        return;
    };
    let live: web_sys::HtmlElement = live.unchecked_into();
    move_pictures(&first, &live);
    let focused = document
        .active_element()
        .filter(|e| first.contains(Some(e)))
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    // Everything else in #app goes, as when the app mounts without a first view.
    if let Some(app) = live.parent_element() {
        let others = app.children();
        for i in (0..others.length()).rev() {
            if let Some(other) = others.item(i).filter(|o| !o.is_same_node(Some(&live))) {
                other.remove();
            }
        }
    }
    first.remove();
    live.set_hidden(false);
    if let Some(element) = focused.and_then(|id| document.get_element_by_id(&id)) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element
            .unchecked_into::<web_sys::HtmlElement>()
            .focus_with_options(&options);
    }
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("nk:live")) {
        let _ = window.dispatch_event(&event);
    }
}

/// Moves each chart's picture from the first view into the same chart's slot in the live story,
/// unless ECharts has already drawn there (it waits for a frame, so it has not yet).
fn move_pictures(first: &web_sys::Element, live: &web_sys::HtmlElement) {
    let Ok(slots) = first.query_selector_all("[data-first-paint]") else {
        return;
    };
    for slot in
        (0..slots.length()).filter_map(|i| slots.get(i)?.dyn_into::<web_sys::Element>().ok())
    {
        let id = slot.get_attribute("data-first-paint").unwrap_or_default();
        let find = |selector: String| live.query_selector(&selector).ok().flatten();
        let drawn = find(format!("#{id}")).is_some_and(|chart| chart.child_element_count() > 0);
        let Some(target) = find(format!("[data-first-paint=\"{id}\"]")).filter(|_| !drawn) else {
            continue;
        };
        while let Some(child) = slot.first_child() {
            if let Err(e) = target.append_child(&child) {
                web_sys::console::error_2(&"first view: picture not moved".into(), &e);
                break;
            }
        }
    }
}
