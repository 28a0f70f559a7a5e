//! North Korean asylum in the UK: two sources, two counts.
//!
//! `domain` is the pure, natively tested core; `load` and `ui` are the browser edge.

// The build-time first view renders the components to HTML (tachys `ssr`), whose view types nest deeply.
#![recursion_limit = "256"]

pub mod domain;
pub mod load;
pub mod ui;

use leptos::prelude::*;
use ui::status::{ErrorPanel, Loading, Notices};
use ui::{story::Story, url_state};

/// The whole app: URL state, the dataset resource, and the layout around them.
#[component]
pub fn App(
    /// Dataset location; defaults to the bundled file next to the page.
    #[prop(optional, into)]
    data_url: Option<String>,
) -> impl IntoView {
    let data_url = data_url.unwrap_or_else(|| load::DATA_URL.to_string());
    let query = url_state::query();
    let state = RwSignal::new(url_state::read());
    url_state::sync(state);
    ui::lang::provide(state);
    let dark = ui::theme::apply(state);
    ui::embed::report_height(state.get_untracked().embed);
    let attempt = RwSignal::new(0u32);
    let data = LocalResource::new(move || {
        attempt.track();
        let url = data_url.clone();
        async move { load::dataset(&url).await }
    });
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    view! {
        <Notices query=query/>
        {move || match data.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <ErrorPanel error=error on_retry=retry/> }.into_any(),
            Some(Ok(dataset)) => view! { <Story dataset=dataset state=state dark=dark/> }.into_any(),
        }}
    }
}

/// Mounts the app into `#app` (the static page shell), or the body when there is none. Where
/// `#app` holds the build-time first view, the app is built beside it and takes over once it
/// has rendered (`ui::first_view`).
pub fn mount() {
    use wasm_bindgen::JsCast;
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    let Some(el) = target else {
        return leptos::mount::mount_to_body(|| view! { <App/> });
    };
    let root = ui::first_view::live_root(&el).unwrap_or_else(|| {
        el.set_inner_html("");
        el.unchecked_into()
    });
    leptos::mount::mount_to(root, || view! { <App/> }).forget();
}
