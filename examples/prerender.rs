//! The first view, for `scripts/post-build/first-view.mjs`: renders the story's own components
//! (`nk_asylum::ui::story::Story`) to HTML for the default state, standalone and embedded, and
//! prints them as JSON with each chart's option (light and dark), its text alternative and the
//! sizes to draw it at, and the addresses that show the default state
//! (`nk_asylum::domain::first_view`). Effects do not run here, as in any server rendering: what
//! is printed is what the components show before the browser has done anything.
//!
//! Usage: `cargo run --example prerender -- public/data/nk-asylum.json` (JSON on stdout).

use leptos::prelude::*;
use nk_asylum::domain::{dataset::Dataset, first_view, i18n, story};
use nk_asylum::ui::story::Story;
use serde::Serialize;
use std::{process::ExitCode, sync::Arc};

/// A spawner that drops every task: effects never run.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// What a picture of the chart says around it (its title and source line, and their colours).
#[derive(Serialize)]
struct Image {
    title: String,
    credit: String,
    background: &'static str,
    ink: &'static str,
}

#[derive(Serialize)]
struct Chart {
    id: &'static str,
    alt: String,
    image: Image,
    light: String,
    dark: String,
    sizes: Vec<first_view::Size>,
}

#[derive(Serialize)]
struct View {
    layout: first_view::Layout,
    id: &'static str,
    html: String,
    chart: Chart,
}

#[derive(Serialize)]
struct Output {
    views: Vec<View>,
    addresses: first_view::Addresses,
    /// The static page's words in each edition (`index.html` holds the English).
    shells: Vec<i18n::Shell>,
}

/// The layout's first view; an error if its state does not open the chart.
fn render(dataset: &Arc<Dataset>, layout: first_view::Layout) -> Result<View, String> {
    let state = layout.state();
    let [light, dark] = [false, true].map(|dark| story::build(dataset, &state, dark));
    let (Some(light), Some(dark)) = (light.chart(), dark.chart()) else {
        return Err(format!(
            "the {} first view does not show the chart",
            layout.id()
        ));
    };
    let dataset = dataset.clone();
    let html = Owner::new().with(|| {
        let state = RwSignal::new(state);
        // Read once, as a server renders: no tracking (and no warning that nothing tracks).
        untrack(|| {
            view! { <Story dataset=dataset state=state dark=Signal::stored(false)/> }.to_html()
        })
    });
    Ok(View {
        layout,
        id: layout.id(),
        html,
        chart: Chart {
            id: light.chart.id,
            alt: light.chart.label.clone(),
            image: Image {
                title: light.chart.image.title.clone(),
                credit: light.chart.image.credit.clone(),
                background: light.chart.image.background,
                ink: light.chart.image.ink,
            },
            light: light.chart.option.clone(),
            dark: dark.chart.option.clone(),
            sizes: layout.sizes(),
        },
    })
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dataset.json>");
        return ExitCode::FAILURE;
    };
    let dataset = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| Dataset::from_json(&text).map_err(|e| e.to_string()))
    {
        Ok(d) => Arc::new(d),
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if any_spawner::Executor::init_local_custom_executor(NoEffects).is_err() {
        eprintln!("prerender: an executor was already set");
        return ExitCode::FAILURE;
    }
    let views = first_view::Layout::ALL.map(|layout| render(&dataset, layout));
    let views = match views.into_iter().collect::<Result<Vec<_>, _>>() {
        Ok(views) => views,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let output = Output {
        views,
        addresses: first_view::addresses(),
        shells: i18n::Lang::ALL.map(i18n::shell).into(),
    };
    match serde_json::to_string(&output) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
