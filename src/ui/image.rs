//! A chart as a PNG a newsroom can reuse: the chart's pixels with its title above and the
//! source line below, drawn onto one canvas.

use wasm_bindgen::{JsCast, JsValue};

/// Text and colours around the chart image.
pub struct Frame<'a> {
    /// Headline above the chart.
    pub title: &'a str,
    /// Source and licence line below it.
    pub credit: &'a str,
    /// Background colour.
    pub background: &'a str,
    /// Text colour.
    pub ink: &'a str,
}

/// Draws `chart_png` (a data: URL from ECharts at `scale`× resolution) inside a frame and
/// returns the result as a PNG data: URL.
pub async fn framed_png(chart_png: &str, frame: &Frame<'_>, scale: f64) -> Result<String, JsValue> {
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
    ctx.fill_text_with_max_width(frame.title, pad, pad, width - 2.0 * pad)?;
    let chart_top = pad + title_size * 1.6;
    ctx.draw_image_with_html_image_element(&image, 0.0, chart_top)?;
    ctx.set_font(&format!("{credit_size}px system-ui, sans-serif"));
    let credit_top = chart_top + f64::from(image.natural_height()) + credit_size * 0.5;
    ctx.fill_text_with_max_width(frame.credit, pad, credit_top, width - 2.0 * pad)?;
    canvas.to_data_url_with_type("image/png")
}
