//! The one place that talks to ECharts: initialise once, update in place with `setOption`,
//! resize when the container changes size, dispose on unmount.
//!
//! charming builds the option values (`crate::domain::charts`); the calls into ECharts are
//! declared here with `catch` instead of going through charming's `WasmRenderer`, whose
//! `render`/`update` neither catch a JavaScript exception nor let us pass `replaceMerge`. A
//! failed render therefore becomes a message beside the chart, not a dead page.

use charming::Chart;
use leptos::{html::Div, prelude::*};
use serde::Serialize;
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
}

/// What the reader sees when drawing fails.
const RENDER_FAILED: &str =
    "The chart could not be drawn in this browser. The figures above are not affected.";

/// What the reader sees when the charting library never arrived.
const LIBRARY_MISSING: &str =
    "The chart could not be drawn because the charting library did not load. \
     The figures above are not affected; reloading the page may help.";

/// Whether the ECharts script (a deferred classic script) has run yet.
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
        Library::Ready
    } else if window
        .document()
        .is_some_and(|d| d.ready_state() == "complete")
    {
        Library::Missing
    } else {
        Library::Pending
    }
}

/// A chart that follows `chart`, sized by its container (CSS sets the height).
#[component]
pub fn EChart(
    /// Element id; unique per chart on the page.
    id: &'static str,
    /// The option to show; each change is applied in place.
    #[prop(into)]
    chart: Signal<Chart>,
    /// A text alternative for readers who cannot see the canvas.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let instance = StoredValue::new_local(None::<EchartsInstance>);
    let failure = RwSignal::new(None::<String>);

    // The wasm can start before the deferred ECharts script has run: wait for the page's load
    // event rather than fail.
    let library = RwSignal::new(library_state());
    if library.get_untracked() == Library::Pending {
        let handle = window_event_listener(leptos::ev::load, move |_| library.set(library_state()));
        on_cleanup(move || handle.remove());
    }

    Effect::new(move |_| {
        let option = chart.get();
        match library.get() {
            Library::Pending => return,
            Library::Missing => return failure.set(Some(LIBRARY_MISSING.to_string())),
            Library::Ready => {}
        }
        let Some(element) = node.get() else { return };
        let result = instance
            .try_update_value(|slot| draw(slot, &element, &option))
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

    view! {
        <div class="chart-frame">
            <div id=id class="chart" node_ref=node role="img" aria-label=move || label.get()></div>
            {move || failure.get().map(|message| view! { <p class="chart-error" role="alert">{message}</p> })}
        </div>
    }
}

/// Initialises the instance on first use, then applies the option in place.
fn draw(
    slot: &mut Option<EchartsInstance>,
    element: &web_sys::HtmlElement,
    chart: &Chart,
) -> Result<(), JsValue> {
    let option = chart
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)?;
    if slot.is_none() {
        let ec = echarts_init(element, &JsValue::NULL, &JsValue::UNDEFINED)?;
        // The benchmark's "first chart drawn": ECharts' own signal that rendering finished.
        let finished =
            Closure::<dyn FnMut()>::new(|| super::perf::mark_once(super::perf::CHART_DRAWN));
        ec.on("finished", finished.as_ref().unchecked_ref());
        finished.forget(); // lives as long as the instance; one per chart
        *slot = Some(ec);
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
