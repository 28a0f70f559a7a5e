//! A chart as an SVG file a newsroom can reuse: the chart as ECharts' SVG renderer draws it, with
//! its title above and the source line below, on the page's background, as the PNG export
//! frames it (`crate::ui::echart::export`). Pure string work, tested natively; the browser edge
//! only asks ECharts for the chart's SVG.

use super::html::escape;
use super::story::ImageText;

/// Space around the chart, in CSS pixels.
const PAD: u32 = 16;
const TITLE_SIZE: u32 = 20;
const CREDIT_SIZE: u32 = 12;
/// The title's line: its size and a little more.
const TITLE_BLOCK: u32 = TITLE_SIZE * 8 / 5;
/// The source line's block below the chart.
const CREDIT_BLOCK: u32 = CREDIT_SIZE * 2;
/// A rough width of an average character, as a share of the font size (system sans fonts).
const CHAR_WIDTH: f64 = 0.55;

/// The framed image's size for a chart of `width` × `height`.
pub fn framed_size(width: u32, height: u32) -> (u32, u32) {
    (width, height + 2 * PAD + TITLE_BLOCK + CREDIT_BLOCK)
}

/// One line of text, squeezed to `room` pixels when it would not fit (as the PNG's
/// `fillText(…, maxWidth)` does).
fn line(
    text: &str,
    x: u32,
    y: u32,
    size: u32,
    weight: &str,
    frame: &ImageText,
    room: u32,
) -> String {
    let estimate = text.chars().count() as f64 * f64::from(size) * CHAR_WIDTH;
    let squeeze = if estimate > f64::from(room) {
        format!(" textLength=\"{room}\" lengthAdjust=\"spacingAndGlyphs\"")
    } else {
        String::new()
    };
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-family=\"{font}\" \
         font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{ink}\" dominant-baseline=\"hanging\"{squeeze}>{}</text>",
        escape(text),
        font = frame.font_family,
        ink = frame.ink
    )
}

/// `chart_svg` (an `<svg>` document of `width` × `height`, from ECharts) framed by `text`.
pub fn framed(chart_svg: &str, width: u32, height: u32, text: &ImageText) -> String {
    let (w, h) = framed_size(width, height);
    let chart_top = PAD + TITLE_BLOCK;
    let chart = chart_svg
        .trim()
        .trim_start_matches("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .trim_start()
        .replacen("<svg ", &format!("<svg x=\"0\" y=\"{chart_top}\" "), 1);
    let room = width.saturating_sub(2 * PAD);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <title>{title}</title>\
         <rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>{head}{chart}{credit}</svg>\n",
        title = escape(&text.title),
        bg = text.background,
        head = line(&text.title, PAD, PAD, TITLE_SIZE, "700", text, room),
        credit = line(
            &text.credit,
            PAD,
            chart_top + height + CREDIT_SIZE / 2,
            CREDIT_SIZE,
            "400",
            text,
            room
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(title: &str) -> ImageText {
        ImageText {
            title: title.to_string(),
            credit: "Sources: UNHCR (CC BY 4.0); Home Office (OGL v3.0)".to_string(),
            file_stem: "x".to_string(),
            background: "#ffffff",
            ink: "#1a1a1a",
            font_family: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
        }
    }

    const CHART: &str = r#"<svg width="300" height="200" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"><rect width="300" height="200"/></svg>"#;

    #[test]
    fn the_chart_sits_between_its_title_and_source_line() {
        let svg = framed(CHART, 300, 200, &text("Asylum <applications> & decisions"));
        let (w, h) = framed_size(300, 200);
        assert_eq!((w, h), (300, 200 + 32 + 32 + 24));
        assert!(svg.starts_with(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\""
        )));
        assert!(svg.contains("<svg x=\"0\" y=\"48\" width=\"300\" height=\"200\""));
        assert!(svg.contains("Asylum &lt;applications&gt; &amp; decisions"));
        assert!(!svg.contains("<applications>"));
        assert!(svg.contains("fill=\"#ffffff\""));
        // The source line starts just below the chart (48 + 200 + 6).
        assert!(svg.contains("y=\"254\""), "{svg}");
        assert_eq!(svg.matches("<svg").count(), 2);
        assert_eq!(svg.matches("</svg>").count(), 2);
    }

    #[test]
    fn a_title_too_long_for_the_width_is_squeezed_and_a_short_one_is_not() {
        let title_of = |svg: &str| svg.split("<text").nth(1).unwrap().to_string();
        let long = framed(CHART, 300, 200, &text(&"x".repeat(80)));
        assert!(title_of(&long).contains("textLength=\"268\""));
        let short = framed(CHART, 300, 200, &text("Short"));
        assert!(!title_of(&short).contains("textLength"));
    }
}
