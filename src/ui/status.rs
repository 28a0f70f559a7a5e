//! Loading and error states, and notices about ignored URL settings, in the reader's language.

use crate::{
    domain::{
        html::escape,
        i18n::{text, Lang},
        params,
    },
    load::LoadError,
};
use leptos::prelude::*;

use super::lang::lang;

/// Shown while the dataset downloads; keeps the space the story will take.
#[component]
pub fn Loading() -> impl IntoView {
    let lang = lang();
    view! {
        <div class="status status-loading" role="status" aria-live="polite" aria-busy="true">
            <p>{move || text(lang.get()).loading()}</p>
        </div>
    }
}

/// A plain-language explanation of a failed load, with a way to try again.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let lang = lang();
    let retry = move |_| on_retry.run(());
    let message = move || error.message(lang.get());
    // The message replaces the build-time first view, whose figures could not be checked.
    Effect::new(|_| super::first_view::take_over());
    view! {
        <div class="status status-error" role="alert">
            <h2>{move || text(lang.get()).error_heading()}</h2>
            <p class="status-message">{message}</p>
            <button type="button" class="button" id="retry" on:click=retry>
                {move || text(lang.get()).try_again()}
            </button>
        </div>
    }
}

/// What was ignored in the address, in the reader's words: at most
/// [`params::MAX_NOTICES`] lines, none of them repeating the address's own text (see
/// [`params::parse`]).
#[component]
pub fn Notices(
    /// The address the page was opened at (its query string): what the notices are about, in
    /// the edition on screen.
    query: String,
) -> impl IntoView {
    let lang = lang();
    let notices = move || params::notices_in(&query, lang.get());
    move || {
        let notices = notices();
        (!notices.is_empty()).then(|| {
            let lines = notices
                .into_iter()
                .take(params::MAX_NOTICES)
                .map(|n| view! { <p>{n}</p> })
                .collect_view();
            view! { <div class="notices" role="note">{lines}</div> }
        })
    }
}

/// What the reader sees if the app crashes: the page must never freeze silently.
/// `data-nk-crash` tells the boot script's error handler (scripts/post-build/csp.mjs), which
/// sees the trap that follows the panic, that the reader has been told already.
fn crash_html(lang: Lang) -> String {
    let text = text(lang);
    format!(
        "<div class=\"status status-error\" role=\"alert\" data-nk-crash><h2>{}</h2>\
<p class=\"status-message\">{}</p>\
<p><a class=\"button\" href=\"\">{}</a></p></div>",
        escape(text.crash_heading()),
        escape(text.crash_text()),
        escape(text.reload())
    )
}

/// Logs a panic to the console (with its message and location) and replaces the app with a
/// message and a reload link. With `panic = "abort"` nothing runs after a panic, so this is the
/// last chance to tell the reader, in the language the address asks for.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let window = web_sys::window();
        let search = window.as_ref().and_then(|w| w.location().search().ok());
        let lang = params::parse(&search.unwrap_or_default()).0.lang;
        let app = window
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app"));
        if let Some(app) = app {
            app.set_inner_html(&crash_html(lang));
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crash_message_is_said_in_each_edition() {
        assert_eq!(
            crash_html(Lang::En),
            "<div class=\"status status-error\" role=\"alert\" data-nk-crash><h2>Something went wrong</h2>\
<p class=\"status-message\">The interactive stopped because of an error in this page. Reloading usually helps.</p>\
<p><a class=\"button\" href=\"\">Reload the page</a></p></div>"
        );
        let ko = crash_html(Lang::Ko);
        assert!(
            ko.contains("data-nk-crash><h2>문제가 생겼습니다</h2>"),
            "{ko}"
        );
        assert!(ko.contains(">페이지 새로 고침</a>"), "{ko}");
    }
}
