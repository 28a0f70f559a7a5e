//! A chart as a PNG a newsroom can reuse: the chart's pixels with its title above and the
//! source line below, drawn onto one canvas in the palette's colours (`ImageText`).

use super::{to_js, Instance};
use crate::domain::story::ImageText;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

const IMAGE_FAILED: &str =
    "The image could not be made in this browser. The table view has every figure.";

/// Pixels per CSS pixel in the exported image.
const SCALE: f64 = 2.0;

/// ECharts' `getDataURL` options.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DataUrlOptions {
    pixel_ratio: f64,
    background_color: &'static str,
}

/// Saves the chart drawn in `instance` as a PNG framed with `text`; says so in `failure` when
/// the browser will not make or save it.
pub fn download_png(instance: Instance, text: ImageText, failure: RwSignal<Option<String>>) {
    let options = to_js(&DataUrlOptions {
        pixel_ratio: SCALE,
        background_color: text.background,
    });
    let png = options.and_then(|options| {
        instance
            .try_with_value(|slot| slot.as_ref().map(|ec| ec.get_data_url(&options)))
            .flatten()
            .unwrap_or(Err(JsValue::NULL))
    });
    let Ok(png) = png else {
        failure.set(Some(IMAGE_FAILED.to_string()));
        return;
    };
    leptos::task::spawn_local(async move {
        let saved = match framed_png(&png, &text, SCALE).await {
            Ok(url) => crate::ui::download::save_url(&format!("{}.png", text.file_stem), &url),
            Err(e) => Err(e),
        };
        if saved.is_err() {
            failure.try_set(Some(IMAGE_FAILED.to_string()));
        }
    });
}

/// Draws `chart_png` (a data: URL from ECharts at `scale`× resolution) inside a frame and
/// returns the result as a PNG data: URL.
async fn framed_png(chart_png: &str, frame: &ImageText, scale: f64) -> Result<String, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(chart_png);
    wasm_bindgen_futures::JsFuture::from(image.decode()).await?;

    let pad = 16.0 * scale;
    let title_size = 20.0 * scale;
    let credit_size = 12.0 * scale;
    let width = f64::from(image.natural_width());
    let height =
        f64::from(image.natural_height()) + 2.0 * pad + title_size * 1.6 + credit_size * 2.0;

    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .unchecked_into();
    ctx.set_fill_style_str(frame.background);
    ctx.fill_rect(0.0, 0.0, width, height);
    ctx.set_fill_style_str(frame.ink);
    ctx.set_text_baseline("top");
    ctx.set_font(&format!("bold {title_size}px system-ui, sans-serif"));
    ctx.fill_text_with_max_width(&frame.title, pad, pad, width - 2.0 * pad)?;
    let chart_top = pad + title_size * 1.6;
    ctx.draw_image_with_html_image_element(&image, 0.0, chart_top)?;
    ctx.set_font(&format!("{credit_size}px system-ui, sans-serif"));
    let credit_top = chart_top + f64::from(image.natural_height()) + credit_size * 0.5;
    ctx.fill_text_with_max_width(&frame.credit, pad, credit_top, width - 2.0 * pad)?;
    canvas.to_data_url_with_type("image/png")
}
