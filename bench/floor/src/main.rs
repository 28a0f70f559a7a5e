//! The smallest app of this stack: fetch the JSON, show one total, draw one charming bar chart.
use charming::{component::Axis, element::AxisType, series::Bar, Chart};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    type Instance;
    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &web_sys::HtmlElement) -> Instance;
    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &Instance, option: &JsValue);
}

#[derive(serde::Deserialize, Clone)]
struct Row {
    year: u16,
    applied: Option<i64>,
}

#[derive(serde::Deserialize, Clone)]
struct Data {
    unhcr: Vec<Row>,
}

fn chart(data: &Data) -> Chart {
    Chart::new()
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(data.unhcr.iter().map(|r| r.year.to_string()).collect()),
        )
        .y_axis(Axis::new().type_(AxisType::Value))
        .series(Bar::new().data(data.unhcr.iter().map(|r| r.applied.unwrap_or(0)).collect()))
}

async fn load() -> Option<Data> {
    let response = gloo_net::http::Request::get("data/nk-asylum.json")
        .send()
        .await
        .ok()?;
    serde_json::from_str(&response.text().await.ok()?).ok()
}

fn main() {
    let data = LocalResource::new(load);
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let (Some(Some(data)), Some(element)) = (data.get(), node.get()) else {
            return;
        };
        if let Ok(option) = js_sys::JSON::parse(&chart(&data).to_string()) {
            echarts_init(&element).set_option(&option);
        }
    });
    let total = move || {
        data.get()
            .flatten()
            .map(|d| d.unhcr.iter().filter_map(|r| r.applied).sum::<i64>().to_string())
    };
    mount_to_body(move || view! { <p>{total}</p><div node_ref=node></div> });
}
