//! Saving text or an image the page built as a file.

use crate::domain::story::Download;
use wasm_bindgen::{JsCast, JsValue};

/// Saves the open view's CSV under its file name; returns the name.
pub fn save_csv(download: &Download) -> Result<String, JsValue> {
    let name = format!("{}.csv", download.file_stem);
    save_text(&name, "text/csv;charset=utf-8", &download.csv).map(|()| name)
}

/// Offers `contents` as a download named `file_name`.
pub fn save_text(file_name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = save_url(file_name, &url);
    web_sys::Url::revoke_object_url(&url)?;
    result
}

/// Offers the resource at `url` (a data: or blob: URL) as a download named `file_name`.
pub fn save_url(file_name: &str, url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(url);
    a.set_download(file_name);
    a.set_rel("noopener");
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    Ok(())
}
