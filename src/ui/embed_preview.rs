//! The embed generator's live preview: the frame the embed code makes, at a phone's and an
//! article column's width, each as tall as the story in it measures when it sends its height
//! message, with that height shown.

use crate::domain::embed::{own_height, whole_px, PREVIEW_WIDTHS};
use leptos::{html::Iframe, prelude::*};

/// The height of `frame`'s story when one of our height messages comes from it once the story
/// has rendered (the frame is ours, on our origin): the loading message's height is not the
/// embed's. The height is the frame's root as it is now, not the message's: a message posted
/// while "Loading…" was on screen can arrive after the story replaced it.
fn height_from(frame: NodeRef<Iframe>, event: &web_sys::MessageEvent) -> Option<u32> {
    let frame = frame.get_untracked()?;
    let source = event.source()?;
    let window = frame.content_window()?;
    if !js_sys::Object::is(&source, &window) {
        return None;
    }
    let data = event.data();
    let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
    own_height(
        get("type").and_then(|v| v.as_string()).as_deref(),
        get("height").and_then(|v| v.as_f64()),
    )?;
    let document = frame.content_document()?;
    document.query_selector(".figures").ok()??;
    whole_px(
        document
            .document_element()?
            .get_bounding_client_rect()
            .height(),
    )
}

/// Two live frames of `src`; `on_phone_height` hears the phone-width frame's height, which the
/// embed code then starts at.
#[component]
pub fn EmbedPreview(
    /// What the embed code's iframe loads.
    #[prop(into)]
    src: Signal<String>,
    /// Called with the phone-width frame's measured height.
    on_phone_height: Callback<u32>,
) -> impl IntoView {
    let t = super::lang::text();
    let frames = PREVIEW_WIDTHS.map(|width| {
        let node = NodeRef::<Iframe>::new();
        let height = RwSignal::new(None::<u32>);
        (width, node, height)
    });
    let listener = window_event_listener(leptos::ev::message, move |event| {
        for (i, (_, node, height)) in frames.iter().enumerate() {
            if let Some(h) = height_from(*node, &event) {
                height.set(Some(h));
                if i == 0 {
                    on_phone_height.run(h);
                }
            }
        }
    });
    on_cleanup(move || listener.remove());
    let previews = frames
        .into_iter()
        .enumerate()
        .map(|(i, (width, node, height))| {
            let caption = move || t().preview_caption(i == 0, width, height.get());
            view! {
                <figure class="embed-preview">
                    <figcaption>{caption}</figcaption>
                    // Scrolls sideways when the frame is wider than the panel: focusable, so a
                    // keyboard can scroll it too.
                    <div class="embed-preview-scroll" tabindex="0" role="region" aria-label=move || t().preview_title(width)>
                        <iframe
                            node_ref=node
                            src=move || src.get()
                            title=move || t().preview_title(width)
                            sandbox="allow-scripts allow-same-origin"
                            // A picture of the frame: not a second copy of the story to tab
                            // through or to hear.
                            inert=true
                            aria-hidden="true"
                            tabindex="-1"
                            width=width
                            style:height=move || format!("{}px", height.get().unwrap_or(400))
                        ></iframe>
                    </div>
                </figure>
            }
        })
        .collect_view();
    view! { <div class="embed-previews">{previews}</div> }
}
