//! The build-time first view (issue 12), natively: what `examples/prerender.rs` prints for
//! scripts/post-build/first-view.mjs is the story model of the default state, rendered by the
//! app's own components, for the page and the embed.

mod common;

use nk_asylum::domain::{first_view::Layout, story};
use serde_json::Value;
use std::process::Command;

/// Runs the example as the build does.
fn prerender() -> Value {
    let data = common::root().join("public/data/nk-asylum.json");
    let out = Command::new(env!("CARGO"))
        .args([
            "run",
            "--offline",
            "--quiet",
            "--example",
            "prerender",
            "--",
        ])
        .arg(&data)
        .current_dir(common::root())
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "prerender failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("prerender prints JSON")
}

/// Whether any tag in `html` has an `on…=` attribute.
fn has_handler(html: &str) -> bool {
    html.split('<').any(|tag| {
        let tag = tag.split('>').next().unwrap_or_default();
        tag.split_whitespace().skip(1).any(|attr| {
            let name = attr.split('=').next().unwrap_or_default();
            attr.contains('=')
                && name.len() > 2
                && name.starts_with("on")
                && name[2..].chars().all(|c| c.is_ascii_lowercase())
        })
    })
}

#[test]
fn the_first_views_are_the_default_state_rendered_from_the_story_model() {
    assert!(has_handler("<button type=\"button\" onclick=\"x()\">"));
    assert!(!has_handler("<p class=\"once\">once on=2</p>"));
    let out = prerender();
    let views = out["views"].as_array().unwrap();
    assert_eq!(views.len(), 2);
    let dataset = common::dataset();
    for (view, layout) in views.iter().zip(Layout::ALL) {
        assert_eq!(view["id"], layout.id());
        let html = view["html"].as_str().unwrap();
        let light = story::build(&dataset, &layout.state(), false);
        let dark = story::build(&dataset, &layout.state(), true);
        let (Some(light_chart), Some(dark_chart)) = (light.chart(), dark.chart()) else {
            panic!("{}: the first view shows the chart", layout.id());
        };
        // Every headline figure as the model prints it, and the lede.
        for card in &light.summary.cards {
            assert!(
                html.contains(&format!("<dd class=\"figure-value\">{}", card.value.text)),
                "{}: {} missing",
                layout.id(),
                card.value.text
            );
        }
        assert!(html.contains("1,328"));
        assert!(html.contains(&light.lede) || layout == Layout::Embed);
        // The chart: its slot for the picture, its option in both themes, its text alternative.
        let chart = &view["chart"];
        assert_eq!(chart["id"], light_chart.chart.id);
        assert!(html.contains(&format!("data-first-paint=\"{}\"", light_chart.chart.id)));
        assert_eq!(chart["light"], light_chart.chart.option.as_str());
        assert_eq!(chart["dark"], dark_chart.chart.option.as_str());
        assert_eq!(chart["alt"], light_chart.chart.label.as_str());
        assert_eq!(
            chart["sizes"].as_array().unwrap().len(),
            layout.sizes().len()
        );
        // Markup the page's strict CSP would refuse, or a year select showing the wrong year.
        assert!(
            !html.contains(" style="),
            "{}: an inline style",
            layout.id()
        );
        assert!(!has_handler(html), "{}: an inline handler", layout.id());
        assert!(html.contains("<option value=\"2003\" selected"));
        assert!(html.contains("<option value=\"2015\" selected"));
        // Links stay relative to wherever the story is published.
        assert!(
            !html.contains("href=\"/"),
            "{}: a root-relative link",
            layout.id()
        );
    }
    assert_eq!(out["addresses"]["embed"][0], "embed=1");
}
