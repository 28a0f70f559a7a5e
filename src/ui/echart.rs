//! The one place that talks to ECharts: initialise once, update in place with `setOption`,
//! resize when the container changes size, dispose on unmount.
//!
//! charming builds the option values (`crate::domain::charts`); the calls into ECharts are
//! declared here with `catch` instead of going through charming's `WasmRenderer`, whose
//! `render`/`update` neither catch a JavaScript exception nor let us pass `replaceMerge`. A
//! failed render therefore becomes a message beside the chart, not a dead page.

use super::image::{framed_png, Frame};
use crate::domain::{charts::ChartOption, tooltip::TooltipTable};
use leptos::{html::Div, prelude::*};
use serde::Serialize;
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{prelude::*, JsCast};

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one element.
    type EchartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    fn set_option(
        this: &EchartsInstance,
        option: &JsValue,
        settings: &JsValue,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn resize(this: &EchartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);

    #[wasm_bindgen(method, catch, js_name = dispatchAction)]
    fn dispatch_action(this: &EchartsInstance, action: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = getDataURL)]
    fn get_data_url(this: &EchartsInstance, options: &JsValue) -> Result<String, JsValue>;
}

/// What the reader sees when drawing fails.
const RENDER_FAILED: &str =
    "The chart could not be drawn in this browser. The figures above are not affected.";

/// What the reader sees when the charting library never arrived.
const LIBRARY_MISSING: &str =
    "The chart could not be drawn because the charting library did not load. \
     The figures above are not affected; reloading the page may help.";

/// The `<script>` that the app's loader (`start-<hash>.js`, written by
/// scripts/post-build/csp.mjs) adds for ECharts towards the end of the wasm's download, so that
/// the two do not share the network. When it has loaded or failed, the loader sets its
/// `data-state` and then, in a task of its own, fires [`LIBRARY_EVENT`] on `window`.
const LIBRARY_SCRIPT: &str = "nk-echarts";
const LIBRARY_EVENT: &str = "nk:echarts";

/// Whether the ECharts script has run yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Library {
    Pending,
    Ready,
    Missing,
}

fn library_state() -> Library {
    let Some(window) = web_sys::window() else {
        return Library::Missing;
    };
    if js_sys::Reflect::has(&window, &"echarts".into()).unwrap_or(false) {
        return Library::Ready;
    }
    let Some(document) = window.document() else {
        return Library::Missing;
    };
    match document.get_element_by_id(LIBRARY_SCRIPT) {
        Some(script) if script.get_attribute("data-state").as_deref() == Some("failed") => {
            Library::Missing
        }
        Some(_) => Library::Pending,
        // The loader adds the script before the wasm has started (at the latest, right after):
        // without it, ECharts is not coming.
        None => Library::Missing,
    }
}

/// A chart that follows `chart`, sized by its container (CSS sets the height).
#[component]
pub fn EChart(
    /// Element id; unique per chart on the page.
    id: &'static str,
    /// The option to show; each change is applied in place.
    #[prop(into)]
    chart: Signal<ChartOption>,
    /// A text alternative for readers who cannot see the canvas.
    #[prop(into)]
    label: Signal<String>,
    /// What the tooltip says at each year, formatted by the domain code.
    #[prop(into)]
    tooltip: Signal<TooltipTable>,
    /// Title, source line and file name for "Download image".
    #[prop(into)]
    image: Signal<ImageText>,
    /// Whether dark colours are in effect (the image's background follows).
    #[prop(into)]
    dark: Signal<bool>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let instance = StoredValue::new_local(None::<EchartsInstance>);
    let failure = RwSignal::new(None::<String>);
    // One formatter for the chart's lifetime, reading the latest texts: ECharts may call the
    // formatter of a tooltip that is open while the option changes.
    let tooltip_texts = Rc::new(RefCell::new(TooltipTable::default()));
    let formatter = {
        let texts = tooltip_texts.clone();
        Closure::<dyn Fn(JsValue) -> String>::new(move |params: JsValue| {
            tooltip_html(&texts.borrow(), &params)
        })
    };
    let formatter = StoredValue::new_local((formatter, tooltip_texts));

    // ECharts may arrive after the app has started: wait for it rather than fail. Even when it is
    // already here, the first draw waits until the page around the chart has been painted: on a
    // slow phone drawing is a long task, and the figures should not wait for it.
    let library = RwSignal::new(Library::Pending);
    // Only a change redraws: the script's event and the first check can find the same state.
    let check = move || {
        let state = library_state();
        if library
            .try_get_untracked()
            .is_some_and(|known| known != state)
        {
            library.set(state);
        }
    };
    let loaded = window_event_listener_untyped(LIBRARY_EVENT, move |_| check());
    on_cleanup(move || loaded.remove());
    request_animation_frame(move || set_timeout(check, std::time::Duration::ZERO));

    Effect::new(move |_| {
        chart.track();
        match library.get() {
            Library::Pending => return,
            Library::Missing => return failure.set(Some(LIBRARY_MISSING.to_string())),
            Library::Ready => {}
        }
        let Some(element) = node.get() else { return };
        let texts = tooltip.get();
        let result = formatter
            .try_with_value(|(f, current)| {
                *current.borrow_mut() = texts;
                // Read the option in place: cloning a charming Chart on every update costs time
                // and wasm size.
                chart.with_untracked(|option| {
                    instance.try_update_value(|slot| {
                        draw(slot, &element, option, f.as_ref().unchecked_ref())
                    })
                })
            })
            .flatten()
            .unwrap_or(Ok(()));
        if let Err(error) = result {
            web_sys::console::error_2(&"chart render failed:".into(), &error);
            failure.set(Some(RENDER_FAILED.to_string()));
        }
    });

    // Follow the container's width (and height) without polling.
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        instance.try_with_value(|slot| slot.as_ref().map(|ec| ec.resize()));
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    let observer = StoredValue::new_local((observer, on_resize));
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            observer.with_value(|(o, _)| o.as_ref().map(|o| o.observe(&element)));
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|(o, _)| o.as_ref().map(|o| o.disconnect()));
        instance.try_update_value(|slot| slot.take().map(|ec| ec.dispose()));
    });

    let download = move |_| {
        let Some(Ok(png)) = instance.try_with_value(|slot| {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"pixelRatio".into(), &2.into());
            let background = if dark.get_untracked() {
                "#151515"
            } else {
                "#ffffff"
            };
            let _ = js_sys::Reflect::set(&options, &"backgroundColor".into(), &background.into());
            slot.as_ref()
                .map(|ec| ec.get_data_url(&options))
                .unwrap_or(Err(JsValue::NULL))
        }) else {
            failure.set(Some(IMAGE_FAILED.to_string()));
            return;
        };
        let text = image.get_untracked();
        let is_dark = dark.get_untracked();
        leptos::task::spawn_local(async move {
            let frame = Frame {
                title: &text.title,
                credit: &text.credit,
                background: if is_dark { "#151515" } else { "#ffffff" },
                ink: if is_dark { "#ececec" } else { "#1a1a1a" },
            };
            let saved = match framed_png(&png, &frame, 2.0).await {
                Ok(url) => super::download::save_url(&format!("{}.png", text.file_stem), &url),
                Err(e) => Err(e),
            };
            if saved.is_err() {
                failure.try_set(Some(IMAGE_FAILED.to_string()));
            }
        });
    };

    // Keyboard: arrows show each year's tooltip (and say it through a live region), Escape
    // hides it. The same figures are in the table view for every reader.
    let year_index = RwSignal::new(None::<usize>);
    let spoken = RwSignal::new(String::new());
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let years = tooltip.with_untracked(|t| t.categories.len());
        if years == 0 {
            return;
        }
        let current = year_index.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" => Some(current.map_or(0, |i| (i + 1).min(years - 1))),
            "ArrowLeft" => Some(current.map_or(years - 1, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(years - 1),
            "Escape" => None,
            _ => return,
        };
        ev.prevent_default();
        year_index.set(next);
        let action = js_sys::Object::new();
        let _ = match next {
            Some(i) => js_sys::Reflect::set(&action, &"type".into(), &"showTip".into())
                .and_then(|_| js_sys::Reflect::set(&action, &"seriesIndex".into(), &0.into()))
                .and_then(|_| {
                    js_sys::Reflect::set(&action, &"dataIndex".into(), &(i as u32).into())
                }),
            None => js_sys::Reflect::set(&action, &"type".into(), &"hideTip".into()),
        };
        instance.try_with_value(|slot| slot.as_ref().map(|ec| ec.dispatch_action(&action)));
        spoken.set(
            next.map(|i| tooltip.with_untracked(|t| t.text(i)))
                .unwrap_or_default(),
        );
    };
    let on_blur = move |_| {
        if year_index.get_untracked().is_some() {
            year_index.set(None);
            let action = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&action, &"type".into(), &"hideTip".into());
            instance.try_with_value(|slot| slot.as_ref().map(|ec| ec.dispatch_action(&action)));
        }
    };
    let hint_id = format!("{id}-hint");

    view! {
        <div class="chart-frame">
            // role="img" with our description; its children (ECharts' canvas and its own
            // aria-label) are presentational, so a screen reader hears only ours.
            <div
                class="chart-a11y"
                role="img"
                tabindex="0"
                aria-label=move || label.get()
                aria-describedby=hint_id.clone()
                on:keydown=on_key
                on:blur=on_blur
            >
                <div id=id class="chart" node_ref=node></div>
            </div>
            <p id=hint_id class="sr-only">"Use the left and right arrow keys to hear each year's figures."</p>
            <p class="sr-only" aria-live="polite">{move || spoken.get()}</p>
            {move || failure.get().map(|message| view! { <p class="chart-error" role="alert">{message}</p> })}
            <button type="button" class="link-button" data-action="download-image" on:click=download>
                "Download image (PNG)"
            </button>
        </div>
    }
}

/// Text drawn around a downloaded chart image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageText {
    /// The chart's headline.
    pub title: String,
    /// Source and licence line.
    pub credit: String,
    /// File name without extension.
    pub file_stem: String,
}

const IMAGE_FAILED: &str =
    "The image could not be made in this browser. The table view has every figure.";

/// Builds the tooltip HTML from ECharts' params (an array for an axis tooltip).
fn tooltip_html(texts: &TooltipTable, params: &JsValue) -> String {
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

/// Initialises the instance on first use, then applies the option in place.
fn draw(
    slot: &mut Option<EchartsInstance>,
    element: &web_sys::HtmlElement,
    chart: &ChartOption,
    formatter: &js_sys::Function,
) -> Result<(), JsValue> {
    let option = chart
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)?;
    // charming cannot carry a function; our formatter writes "1–5" and "no data" itself.
    let tooltip = js_sys::Reflect::get(&option, &"tooltip".into())?;
    if tooltip.is_object() {
        js_sys::Reflect::set(&tooltip, &"formatter".into(), formatter)?;
    }
    if slot.is_none() {
        let ec = echarts_init(element, &JsValue::NULL, &JsValue::UNDEFINED)?;
        // The benchmark's "first chart drawn": ECharts' own signal that rendering finished.
        let finished =
            Closure::<dyn FnMut()>::new(|| super::perf::mark_once(super::perf::CHART_DRAWN));
        ec.on("finished", finished.as_ref().unchecked_ref());
        finished.forget(); // lives as long as the instance; one per chart
        *slot = Some(ec);
    }
    // Readers who ask for less motion get no chart animation.
    let reduce_motion = web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches());
    if reduce_motion {
        js_sys::Reflect::set(&option, &"animation".into(), &false.into())?;
    }
    let settings = js_sys::Object::new();
    // Series missing from the new option are removed instead of merged into stale ones.
    js_sys::Reflect::set(
        &settings,
        &"replaceMerge".into(),
        &js_sys::Array::of1(&"series".into()),
    )?;
    match slot {
        Some(ec) => ec.set_option(&option, &settings),
        None => Ok(()),
    }
}
