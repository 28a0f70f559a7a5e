//! The browser edge of embedding: telling the page around the frame how tall the story is,
//! the "Embed" button with its code, and the link from an embed to the full page. The message
//! formats, the embed code and every check live in `crate::domain::embed`.

use super::embed_preview::EmbedPreview;
use super::url_state;
use crate::domain::i18n::Catalogue;
use crate::domain::{
    embed::{self, AppAddress, ChildId, Hosting, WidthReplies},
    params::ViewState,
};
use leptos::{html::Textarea, prelude::*};
use serde::Serialize;
use std::{cell::Cell, rc::Rc};
use wasm_bindgen::{prelude::Closure, JsCast};

/// The page around this document, when it is in a frame.
fn parent_window(window: &web_sys::Window) -> Option<web_sys::Window> {
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, window)).then_some(parent)
}

/// Posts one height in every format the page around us may speak.
fn post(parent: &web_sys::Window, child: Option<&ChildId>, height: u32) {
    // The host's origin is unknown (and opaque in a sandbox), so the target is "*": the messages
    // carry the height and nothing else.
    let to_js = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(amp) = embed::amp_message(height).serialize(&to_js) {
        let _ = parent.post_message(&amp, "*");
    }
    if let Ok(own) = embed::own_message(height).serialize(&to_js) {
        let _ = parent.post_message(&own, "*");
    }
    if let Some(child) = child {
        let _ = parent.post_message(&embed::pym_height(child, height).into(), "*");
    }
}

/// In a frame, with `embed=1` or pym.js's `childId` in the URL, sends the content height to the
/// parent page now and whenever it changes (a ResizeObserver on the root element: no polling).
/// The only message listened to is pym's `width` from the parent, which makes it send again when
/// the width changed, at most once per animation frame. Does nothing on a page of its own.
pub fn report_height(embed_mode: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let child = embed::child_id(&window.location().search().unwrap_or_default());
    if !embed_mode && child.is_none() {
        return;
    }
    let Some(parent) = parent_window(&window) else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };

    let last = Cell::new(None::<u32>);
    let send = {
        let (root, parent, child) = (root.clone(), parent.clone(), child.clone());
        // The root element's box, unlike its scrollHeight, can shrink below the frame's height.
        Rc::new(move |again: bool| {
            let Some(height) = embed::whole_px(root.get_bounding_client_rect().height()) else {
                return;
            };
            if again || last.get() != Some(height) {
                last.set(Some(height));
                post(&parent, child.as_ref(), height);
            }
        })
    };

    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut()>::new(move || send(false))
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        std::mem::forget(observer); // observes for the page's lifetime
    }
    on_resize.forget();

    let Some(child) = child else {
        return;
    };
    let mut replies = WidthReplies::default();
    let queued = Rc::new(Cell::new(false));
    let frame_window = window.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = event
                .source()
                .is_some_and(|source| js_sys::Object::is(&source, &parent));
            let width = event
                .data()
                .as_string()
                .and_then(|m| embed::pym_width(&m, &child));
            let Some(width) = width.filter(|_| from_parent) else {
                return;
            };
            if !replies.changed(width) || queued.replace(true) {
                return;
            }
            // One answer per frame, measured after the frame's layout: a burst of width messages
            // costs one layout read and three messages.
            let (send, done) = (send.clone(), queued.clone());
            let answer = Closure::once_into_js(move || {
                done.set(false);
                send(true);
            });
            if frame_window
                .request_animation_frame(answer.unchecked_ref())
                .is_err()
            {
                queued.set(false);
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget(); // one listener for the page's lifetime
}

/// Copies `code` to the clipboard and says how it went; when writing is refused or unsupported
/// the code is left selected, ready for Ctrl+C.
fn copy_code(
    code: String,
    area: NodeRef<Textarea>,
    status: RwSignal<String>,
    t: &'static dyn Catalogue,
) {
    if let Some(area) = area.get_untracked() {
        area.select();
    }
    super::clipboard::copy(code, move |copied| {
        status.try_set(
            if copied {
                t.code_copied()
            } else {
                t.code_selected()
            }
            .into(),
        );
    });
}

/// Ids, heading and explanation of each embed code in the panel.
fn describe(
    hosting: Hosting,
    t: &'static dyn Catalogue,
) -> (&'static str, &'static str, &'static str, &'static str) {
    match hosting {
        Hosting::OwnOrigin => (
            "embed-code",
            "embed-copy",
            t.own_origin(),
            t.own_origin_help(),
        ),
        Hosting::ArticleOrigin => (
            "embed-code-same-origin",
            "embed-copy-same-origin",
            t.article_origin(),
            t.article_origin_help(),
        ),
    }
}

/// One embed code with its explanation and Copy button.
#[component]
fn EmbedCode(
    /// Where the app is served from, relative to the article; decides the sandbox.
    hosting: Hosting,
    /// The code to show and copy.
    #[prop(into)]
    code: Signal<String>,
    /// Where the Copy button says how it went (shared by the panel's codes).
    status: RwSignal<String>,
) -> impl IntoView {
    let area = NodeRef::<Textarea>::new();
    let t = super::lang::text();
    let part = move |i: usize| {
        let (_, _, heading, help) = describe(hosting, t());
        [heading, help][i]
    };
    let (code_id, copy_id, ..) = describe(hosting, t());
    let copy = move |_| copy_code(code.get_untracked(), area, status, t());
    view! {
        <h3>{move || part(0)}</h3>
        <p>{move || part(1)}</p>
        <label for=code_id>{move || t().embed_code_label(part(0))}</label>
        <textarea
            id=code_id
            class="embed-code"
            readonly
            rows="6"
            spellcheck="false"
            node_ref=area
            prop:value=move || code.get()
        ></textarea>
        <button type="button" class="button" id=copy_id on:click=copy>
            {move || t().copy_code()}
        </button>
    }
}

/// "Embed": a panel with the embed codes for the view on screen (the story on its own origin,
/// or on the article's) and their Copy buttons. Not shown when the page is itself embedded.
#[component]
pub fn EmbedButton(
    /// The reader's choices; the code embeds exactly this view.
    #[prop(into)]
    state: Signal<ViewState>,
) -> impl IntoView {
    let t = super::lang::text();
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let src = Memo::new(move |_| {
        AppAddress::from_href(&url_state::current_url()).embed_src(&state.get())
    });
    // The phone-width preview's measured height for the frame it loaded; for any other state
    // (until its preview has reported), the height measured for the view when the app was built.
    let measured = RwSignal::new(None::<(String, u32)>);
    let height = Memo::new(move |_| {
        measured
            .with(|m| {
                m.as_ref()
                    .filter(|(of, _)| *of == src.get())
                    .map(|(_, h)| *h)
            })
            .unwrap_or_else(|| embed::initial_height(state.get().view))
    });
    let codes = Memo::new(move |_| {
        let href = url_state::current_url();
        let state = state.get();
        let title = embed::title(state.lang);
        Hosting::ALL.map(|hosting| embed::snippet(&href, &state, title, hosting, height.get()))
    });
    let on_phone_height = Callback::new(move |h: u32| measured.set(Some((src.get_untracked(), h))));
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        status.set(String::new());
    };
    let code_views = move || {
        Hosting::ALL
            .into_iter()
            .enumerate()
            .map(|(i, hosting)| {
                let code = Signal::derive(move || codes.with(|c| c[i].clone()));
                view! { <EmbedCode hosting=hosting code=code status=status/> }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !state.get().embed>
            <div class="embed">
                <button
                    type="button"
                    class="link-button embed-open"
                    id="embed-open"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="embed-panel"
                    on:click=toggle
                >
                    {move || t().embed()}
                </button>
                <section
                    id="embed-panel"
                    class="embed-panel"
                    aria-labelledby="embed-heading"
                    hidden=move || !open.get()
                >
                    <h2 id="embed-heading">{move || t().embed_heading()}</h2>
                    <p>{move || t().embed_intro(height.get())}</p>
                    <Show when=move || open.get()>
                        <EmbedPreview src=src on_phone_height=on_phone_height/>
                    </Show>
                    {code_views()}
                    // Nothing at all when empty (`:empty` hides it; an empty text would render as a space).
            <p class="embed-status" role="status">{move || Some(status.get()).filter(|s| !s.is_empty())}</p>
                </section>
            </div>
        </Show>
    }
}

/// A link to the same view as a page of its own (every view, note and source, and room).
#[component]
pub fn FullPageLink(
    /// The state shown; the link opens it, without the embed and without keys that are not ours.
    #[prop(into)]
    state: Signal<ViewState>,
) -> impl IntoView {
    let href = move || AppAddress::from_href(&url_state::current_url()).full_page(&state.get());
    let t = super::lang::text();
    view! {
        <span class="full-page">
            <a href=href target="_blank" rel="noopener">{move || t().open_full_story()}</a>
        </span>
    }
}
