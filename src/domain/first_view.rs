//! The first view, rendered when the app is built (`examples/prerender.rs` and
//! `scripts/post-build/first-view.mjs`): the default state's story, standalone and embedded,
//! with its chart drawn by ECharts' server-side renderer from the same option, so that the
//! chart and the headline figures are on screen before the wasm, the data and ECharts arrive.
//!
//! This module holds what that build needs to know and the page then relies on: which
//! addresses show the default state (the page's inline script compares the query with
//! [`addresses`]; any other address starts the app at once instead), and the sizes the chart is
//! drawn at, which follow the stylesheet's (`public/style.css`; a browser test checks that the
//! picture is drawn at its own size).

use super::params::{self, Theme, ViewState, FOREIGN_KEYS, FOREIGN_PREFIX, OWN_KEYS};
use serde::Serialize;

/// The two first views: the page, and the embed code's frame (`embed=1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    Page,
    Embed,
}

impl Layout {
    /// Both.
    pub const ALL: [Layout; 2] = [Layout::Page, Layout::Embed];

    /// Its name in the page (`<template id="first-view-{id}">`).
    pub fn id(self) -> &'static str {
        match self {
            Layout::Page => "page",
            Layout::Embed => "embed",
        }
    }

    /// The state it shows.
    pub fn state(self) -> ViewState {
        ViewState {
            embed: self == Layout::Embed,
            ..ViewState::default()
        }
    }

    /// The chart's drawing sizes, widest first: each is used from its viewport width up.
    pub fn sizes(self) -> Vec<Size> {
        let viewports: &[u16] = match self {
            Layout::Page => &[
                800, 768, 700, 640, 600, 540, 480, 430, 414, 412, 390, 375, 360, 320,
            ],
            Layout::Embed => &[
                960, 840, 768, 700, 640, 600, 540, 480, 430, 414, 412, 390, 375, 360, 320, 300,
            ],
        };
        viewports.iter().map(|&v| self.size_at(v)).collect()
    }

    /// The chart's size at a viewport width, as style.css lays it out (1 rem = 16 px): the page
    /// is at most 50 rem wide with 1 rem of padding each side (2 rem from 40 rem up), the embed
    /// has .25 rem; the chart is 22 rem tall on the page (26 rem from 40 rem up) and 13 rem in
    /// the embed (15 rem).
    pub fn size_at(self, viewport: u16) -> Size {
        let wide = viewport >= 640;
        let (width, height) = match self {
            Layout::Page => {
                let padding = if wide { 32 } else { 16 };
                (
                    viewport.min(800) - 2 * padding,
                    if wide { 416 } else { 352 },
                )
            }
            Layout::Embed => (viewport - 8, if wide { 240 } else { 208 }),
        };
        Size {
            viewport,
            width,
            height,
        }
    }
}

/// One drawing of the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Size {
    /// The narrowest viewport that uses it.
    pub viewport: u16,
    /// The chart's width and height in CSS pixels.
    pub width: u16,
    pub height: u16,
}

/// The addresses that show the default state: for each key of ours, the values that mean its
/// default (and for `embed`, which layout). Any other value, an unknown key (which would bring a
/// notice) or a repeated key means another state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Addresses {
    /// `key=value` pairs that leave the page's state as it is.
    pub neutral: Vec<String>,
    /// `embed=…` pairs that choose the embed layout.
    pub embed: Vec<String>,
    /// Keys that are not ours and ignored quietly, and the prefix of such keys.
    pub foreign: Vec<&'static str>,
    pub foreign_prefix: &'static str,
    /// `[pair, attribute, value]`: a `theme`, `title` or `embed` pair read without a notice, and
    /// the mark it puts on the root (`ViewState::root_marks`), which the inline script sets
    /// before the first paint: a page without its headline, dark or embedded is so from its
    /// first frame.
    pub root: Vec<[String; 3]>,
}

/// Values worth trying for each key: each is kept only if [`params::parse`] reads it as the
/// default state (or the embed's) without a notice.
fn candidates(key: &str) -> Vec<String> {
    let d = ViewState::default();
    match key {
        "source" => vec![d.source.id().to_string()],
        "view" => vec![d.view.id().to_string()],
        "from" => vec![d.range.from().to_string()],
        "to" => vec![d.range.to().to_string()],
        "count" => vec![d.count.id().to_string()],
        "theme" => vec![d.theme.id().to_string()],
        _ => ["1", "true", "0", "false"].map(String::from).to_vec(),
    }
}

/// The addresses of the two first views, checked against the parser.
pub fn addresses() -> Addresses {
    let mut neutral = Vec::new();
    let mut embed = Vec::new();
    for key in OWN_KEYS {
        for value in candidates(key) {
            let pair = format!("{key}={value}");
            let (state, notices) = params::parse(&pair);
            if !notices.is_empty() {
                continue;
            }
            if state == Layout::Page.state() {
                neutral.push(pair);
            } else if state == Layout::Embed.state() {
                embed.push(pair);
            }
        }
    }
    let mut root = Vec::new();
    let themes = [Theme::Auto, Theme::Light, Theme::Dark].map(|t| t.id().to_string());
    for (key, values) in [
        ("theme", themes.to_vec()),
        ("title", candidates("title")),
        ("embed", candidates("embed")),
    ] {
        let attribute = format!("data-{key}");
        for value in values {
            let pair = format!("{key}={value}");
            let (state, notices) = params::parse(&pair);
            let mark = state
                .root_marks()
                .into_iter()
                .find(|(n, _)| *n == attribute);
            if let (true, Some((name, mark))) = (notices.is_empty(), mark) {
                root.push([pair, name.to_string(), mark.to_string()]);
            }
        }
    }
    Addresses {
        neutral,
        embed,
        foreign: FOREIGN_KEYS.to_vec(),
        foreign_prefix: FOREIGN_PREFIX,
        root,
    }
}

/// Which first view a query shows, if any: the same decision as the page's inline script
/// (`scripts/post-build/first-view.mjs`), for the native tests.
pub fn layout_for(query: &str, a: &Addresses) -> Option<Layout> {
    let mut layout = Layout::Page;
    let mut seen = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let key = pair.split_once('=').map_or(pair, |(k, _)| k);
        if a.foreign.contains(&key) || key.starts_with(a.foreign_prefix) {
            continue;
        }
        if seen.contains(&key) {
            return None;
        }
        seen.push(key);
        if a.embed.iter().any(|p| p == pair) {
            layout = Layout::Embed;
        } else if !a.neutral.iter().any(|p| p == pair) {
            return None;
        }
    }
    Some(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_marks_before_the_first_paint_are_the_apps() {
        let root = addresses().root;
        let mark = |pair: &str| {
            root.iter()
                .find(|r| r[0] == pair)
                .map(|r| (r[1].as_str(), r[2].as_str()))
        };
        assert_eq!(mark("title=0"), Some(("data-title", "0")));
        assert_eq!(mark("title=false"), Some(("data-title", "0")));
        assert_eq!(mark("title=1"), Some(("data-title", "1")));
        assert_eq!(mark("theme=dark"), Some(("data-theme", "dark")));
        assert_eq!(mark("theme=light"), Some(("data-theme", "light")));
        assert_eq!(mark("embed=true"), Some(("data-embed", "1")));
        assert_eq!(mark("embed=0"), Some(("data-embed", "0")));
        // What the parser refuses, the page leaves to the app (which says why).
        assert_eq!(mark("theme=blue"), None);
        assert_eq!(mark("title=no"), None);
    }

    #[test]
    fn every_neutral_address_parses_to_the_default_and_every_other_value_does_not() {
        let a = addresses();
        assert!(a.neutral.contains(&"source=unhcr".to_string()));
        assert!(a.neutral.contains(&"embed=0".to_string()));
        assert_eq!(a.embed, ["embed=1", "embed=true"]);
        for query in [
            "",
            "?",
            "embed=0&view=chart",
            "utm_source=x&from=2003",
            "childId=a",
        ] {
            assert_eq!(layout_for(query, &a), Some(Layout::Page), "{query}");
            assert_eq!(
                params::parse(query),
                (ViewState::default(), vec![]),
                "{query}"
            );
        }
        for query in ["embed=1", "?embed=true&initialWidth=320&childId=x"] {
            assert_eq!(layout_for(query, &a), Some(Layout::Embed), "{query}");
            assert_eq!(params::parse(query).0, Layout::Embed.state(), "{query}");
        }
        for query in [
            "source=homeoffice",
            "from=2007&to=2008",
            "theme=dark",
            "title=0",
            "view=compare",
            "count=persons",
            "lang=ko",
            "nonsense=1",
            "source=unhcr&source=homeoffice",
            "from=2003&from=2003",
        ] {
            assert_eq!(layout_for(query, &a), None, "{query}");
        }
    }

    #[test]
    fn sizes_follow_the_stylesheet_and_go_widest_first() {
        assert_eq!(
            Layout::Page.size_at(320),
            Size {
                viewport: 320,
                width: 288,
                height: 352
            }
        );
        assert_eq!(Layout::Page.size_at(1280).width, 736);
        assert_eq!(Layout::Embed.size_at(640).height, 240);
        for layout in Layout::ALL {
            let sizes = layout.sizes();
            assert!(sizes.windows(2).all(|w| w[0].viewport > w[1].viewport));
            assert!(sizes.last().unwrap().viewport <= 320);
        }
    }
}
