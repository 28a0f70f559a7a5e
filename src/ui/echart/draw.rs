//! How an option reaches ECharts: the calls into it, the settings of `setOption`, the first
//! drawing over the build-time picture, and the tooltip's text.
//!
//! The calls are declared here with `catch` instead of going through charming's
//! `WasmRenderer`, whose `render`/`update` neither catch a JavaScript exception nor let us pass
//! `replaceMerge`. A failed render therefore becomes a message beside the chart, not a dead page.

use crate::{domain::tooltip::TooltipTable, ui::perf};
use serde::Serialize;
use wasm_bindgen::{prelude::*, JsCast};

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one element.
    pub(super) type EchartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub(super) fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    pub(super) fn set_option(
        this: &EchartsInstance,
        option: &JsValue,
        settings: &JsValue,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    pub(super) fn resize(this: &EchartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub(super) fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    pub(super) fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);

    #[wasm_bindgen(method, catch, js_name = dispatchAction)]
    pub(super) fn dispatch_action(this: &EchartsInstance, action: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = getDataURL)]
    pub(super) fn get_data_url(
        this: &EchartsInstance,
        options: &JsValue,
    ) -> Result<String, JsValue>;

    /// `echarts.init(null, null, { renderer: 'svg', ssr: true, … })`: a chart with no element,
    /// drawn as an SVG string (the "Download image (SVG)" button).
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub(super) fn echarts_init_detached(
        element: &JsValue,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = renderToSVGString)]
    pub(super) fn render_to_svg_string(this: &EchartsInstance) -> Result<String, JsValue>;
}

/// Serialises a small value for ECharts (an action, export options).
pub(super) fn to_js(value: &impl Serialize) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)
}

/// Builds the tooltip HTML from ECharts' params (an array for an axis tooltip).
pub(super) fn tooltip_html(texts: &TooltipTable, params: &JsValue) -> String {
    let get = |v: &JsValue, key: &str| js_sys::Reflect::get(v, &key.into()).ok();
    let list: Vec<JsValue> = if js_sys::Array::is_array(params) {
        js_sys::Array::from(params).iter().collect()
    } else {
        vec![params.clone()]
    };
    let index = list
        .first()
        .and_then(|p| get(p, "dataIndex"))
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0) as usize;
    let shown: Vec<(String, String)> = list
        .iter()
        .filter_map(|p| {
            Some((
                get(p, "seriesId")?.as_string()?,
                get(p, "color")?.as_string().unwrap_or_default(),
            ))
        })
        .collect();
    texts.html(index, &shown)
}

/// How `setOption` merges: series missing from the new option are removed instead of merged
/// into stale ones.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Settings {
    replace_merge: [&'static str; 1],
}

thread_local! {
    /// `setOption`'s settings, made once: a source toggle draws inside the reader's click, and
    /// what runs before ECharts there is on the toggle's time (bench/README.md, the toggle).
    static SETTINGS: Result<JsValue, JsValue> = to_js(&Settings {
        replace_merge: ["series"],
    });
    /// The reader's motion setting, asked for once and read at every draw (so a change of it
    /// applies to the next one).
    static REDUCED_MOTION: Option<web_sys::MediaQueryList> = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten());
}

/// Initialises the instance on first use, then applies the option (JSON: the whole of it, or
/// the part that changed) in place. Over the build-time `picture` of the same chart, the first
/// drawing is not animated (it would grow bars that are already on screen) and the picture goes
/// once ECharts has finished it.
pub(super) fn draw(
    slot: &mut Option<EchartsInstance>,
    element: &web_sys::HtmlElement,
    option: &str,
    formatter: &js_sys::Function,
    picture: Option<web_sys::HtmlDivElement>,
) -> Result<(), JsValue> {
    let option = js_sys::JSON::parse(option)?;
    // The option cannot carry a function; our formatter writes "1–5" and "no data" itself.
    let tooltip = js_sys::Reflect::get(&option, &"tooltip".into())?;
    if tooltip.is_object() {
        js_sys::Reflect::set(&tooltip, &"formatter".into(), formatter)?;
    }
    if slot.is_none() {
        let ec = echarts_init(element, &JsValue::NULL, &JsValue::UNDEFINED)?;
        // The benchmark's "first chart drawn": ECharts' own signal that rendering finished.
        let finished = Closure::<dyn FnMut()>::new(|| perf::mark_once(perf::CHART_DRAWN));
        ec.on("finished", finished.as_ref().unchecked_ref());
        finished.forget(); // lives as long as the instance; one per chart
        if let Some(picture) = picture.clone() {
            let reveal =
                Closure::<dyn FnMut()>::new(move || picture.replace_children_with_node_0());
            ec.on("finished", reveal.as_ref().unchecked_ref());
            reveal.forget(); // as above; emptying an empty slot again is harmless
        }
        *slot = Some(ec);
    }
    // Readers who ask for less motion get no chart animation.
    let reduce_motion = REDUCED_MOTION.with(|q| q.as_ref().is_some_and(|q| q.matches()));
    // Set every time: a merged option keeps the last value it was given.
    let animate = !reduce_motion && picture.is_none();
    js_sys::Reflect::set(&option, &"animation".into(), &animate.into())?;
    let settings = SETTINGS.with(Clone::clone)?;
    match slot {
        Some(ec) => ec.set_option(&option, &settings),
        None => Ok(()),
    }
}
