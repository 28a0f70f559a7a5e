//! Light and dark: the `theme` setting applied to the page, and the reader's system preference
//! followed live when the setting is `auto`.

use crate::domain::params::{Theme, ViewState};
use leptos::prelude::*;
use wasm_bindgen::{prelude::Closure, JsCast};

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// Whether the system asks for dark colours now; follows changes while the page is open.
fn system_prefers_dark() -> Signal<bool> {
    let media = web_sys::window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten());
    let dark = RwSignal::new(media.as_ref().is_some_and(|m| m.matches()));
    if let Some(media) = media {
        let on_change = Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| {
                dark.try_set(e.matches());
            },
        );
        let _ =
            media.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget(); // one listener for the page's lifetime
    }
    dark.into()
}

/// Marks the root element with the theme and embed settings (CSS does the rest) and returns
/// whether dark colours are in effect, for the charts.
pub fn apply(state: RwSignal<ViewState>) -> Signal<bool> {
    let system_dark = system_prefers_dark();
    // The three settings the root carries, as a memo: an attribute set on the root restyles the
    // whole page, even to the value it had, so a change of source or years must not touch them.
    let marks = Memo::new(move |_| state.with(ViewState::root_marks));
    Effect::new(move |_| {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        for (name, value) in marks.get() {
            let _ = root.set_attribute(name, value);
        }
    });
    let theme = Memo::new(move |_| state.with(|s| s.theme));
    Memo::new(move |_| match theme.get() {
        Theme::Auto => system_dark.get(),
        Theme::Light => false,
        Theme::Dark => true,
    })
    .into()
}
