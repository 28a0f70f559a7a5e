//! The edition on screen: its catalogue for every component, the page's `lang` and title kept
//! in step with it, and the switch between the two editions, which changes language in place.

use crate::domain::i18n::{self, Catalogue, Lang};
use crate::domain::params::ViewState;
use leptos::prelude::*;

/// The edition, provided by `App` to every component below it.
#[derive(Clone, Copy)]
pub struct Edition(pub Signal<Lang>);

/// Provides the edition of `state` to the components below, and keeps the document's `lang`
/// and title in step with it (the static masthead follows `lang` in CSS: `public/style.css`).
pub fn provide(state: RwSignal<ViewState>) {
    // A memo, not a derived signal: every text on the page reads it, and a change of source or
    // years must not re-run them all, nor rewrite the root's `lang` (which restyles the page).
    let lang = Memo::new(move |_| state.with(|s| s.lang)).into();
    provide_context(Edition(lang));
    Effect::new(move |_| {
        let lang = lang.get();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.html_lang());
        }
        doc.set_title(i18n::text(lang).page_title());
    });
}

/// The edition on screen (English where no `App` provided one).
pub fn lang() -> Signal<Lang> {
    use_context::<Edition>()
        .map(|e| e.0)
        .unwrap_or_else(|| Signal::stored(Lang::En))
}

/// The catalogue of the edition on screen, read reactively: `let t = text();` then
/// `move || t().copy_link()` in a view.
pub(crate) fn text() -> impl Fn() -> &'static (dyn Catalogue) + Copy + Send + Sync + 'static {
    let lang = lang();
    move || i18n::text(lang.get())
}

/// "한국어" on the English page, "English" on the Korean one: a link to the other edition of
/// the same view, which the app follows in place (no reload; Back returns).
#[component]
pub fn LanguageSwitch(
    /// The reader's choices; the switch changes only the language.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let other = move || state.with(|s| s.lang.other());
    let href = move || {
        let target = ViewState {
            lang: other(),
            ..state.get()
        };
        format!("?{}", crate::domain::params::to_query(&target))
    };
    let switch = move |ev: leptos::ev::MouseEvent| {
        // A new tab or window keeps the browser's own behaviour.
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        state.update(|s| s.lang = s.lang.other());
    };
    view! {
        <a
            class="lang-switch"
            href=href
            hreflang=move || other().id()
            lang=move || other().html_lang()
            on:click=switch
        >
            {move || other().name()}
        </a>
    }
}
