//! The one way the app writes to the clipboard: the asynchronous clipboard API, awaited in a
//! task of its own (no closures handed to JavaScript and left behind).

use wasm_bindgen::{JsCast, JsValue};

/// Copies `text` with the asynchronous clipboard API; fails where the page may not use it
/// (an insecure context or a sandboxed iframe).
async fn write(text: &str) -> Result<(), JsValue> {
    let navigator = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())?;
    if clipboard.is_undefined() {
        return Err("no clipboard".into());
    }
    let write: js_sys::Function =
        js_sys::Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
    let promise: js_sys::Promise = write
        .call1(&clipboard, &JsValue::from_str(text))?
        .dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// Copies `text`, then calls `done` with whether it worked.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    leptos::task::spawn_local(async move { done(write(&text).await.is_ok()) });
}
