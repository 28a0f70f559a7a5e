//! A chart as an image a newsroom can reuse, with its title above and the source line below in
//! the palette's colours (`ImageText`): a PNG of the chart's pixels drawn onto one canvas, or
//! an SVG of the same option drawn by ECharts' SVG renderer (framed by `domain::svg_image`).

use super::{
    draw::{echarts_init_detached, to_js},
    Failure, Instance,
};
use crate::domain::{story::ImageText, svg_image};
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

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
pub fn download_png(instance: Instance, text: ImageText, failure: RwSignal<Option<Failure>>) {
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
        failure.set(Some(Failure::Image));
        return;
    };
    leptos::task::spawn_local(async move {
        let saved = match framed_png(&png, &text, SCALE).await {
            Ok(url) => crate::ui::download::save_url(&format!("{}.png", text.file_stem), &url),
            Err(e) => Err(e),
        };
        if saved.is_err() {
            failure.try_set(Some(Failure::Image));
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

/// `echarts.init` options for a chart drawn without an element.
#[derive(Serialize)]
struct Detached {
    renderer: &'static str,
    ssr: bool,
    width: i32,
    height: i32,
}

/// Saves the chart as an SVG file: `option` (the chart's JSON) drawn again by ECharts' SVG
/// renderer at the size of `element` (the chart on screen), framed by `text`.
pub fn download_svg(
    element: Option<web_sys::HtmlDivElement>,
    option: &str,
    text: ImageText,
    failure: RwSignal<Option<Failure>>,
) {
    let drawn = element
        .ok_or_else(|| JsValue::from_str("no chart"))
        .and_then(|element| {
            let (width, height) = (element.client_width(), element.client_height());
            let options = to_js(&Detached {
                renderer: "svg",
                ssr: true,
                width,
                height,
            })?;
            let chart = echarts_init_detached(&JsValue::NULL, &JsValue::NULL, &options)?;
            let option = js_sys::JSON::parse(option)?;
            js_sys::Reflect::set(&option, &"animation".into(), &false.into())?;
            let svg = chart
                .set_option(&option, &JsValue::UNDEFINED)
                .and_then(|()| chart.render_to_svg_string());
            chart.dispose();
            Ok((svg?, width, height))
        });
    let saved = drawn.and_then(|(svg, width, height)| {
        let (w, h) = (width.max(0) as u32, height.max(0) as u32);
        let file = svg_image::framed(&svg, w, h, &text);
        crate::ui::download::save_text(&format!("{}.svg", text.file_stem), "image/svg+xml", &file)
    });
    if saved.is_err() {
        failure.set(Some(Failure::Image));
    }
}
