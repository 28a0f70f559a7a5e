//! Embedding the story in someone else's article: the embed code a newsroom pastes, the height
//! messages the app sends to the page around it, and the only message it accepts (pym.js's
//! `width`, checked to the letter). Everything here is text and numbers; the browser edge that
//! posts and listens is `crate::ui::embed`.
//!
//! The messages are a public contract, read by pages we do not control:
//! - AMP's `amp-iframe`: `{sentinel: "amp", type: "embed-size", height}`;
//! - pym.js (`pym.Parent`): the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`;
//! - our own `embed.js`: `{type: "nk-asylum:embed-size", height}`.
//!
//! Each carries the height and nothing else: no URL, no state, no reader data.

use super::params::{self, ViewState};
use serde::Serialize;

/// Height of the iframe in the embed code, in CSS px, for pages that strip scripts (the host
/// script then never resizes it): the compact story in a 700 px article column (about
/// 1,320 px), rounded up. In a narrower column the reader scrolls inside the frame.
pub const DEFAULT_HEIGHT: u32 = 1400;

/// The host script's file name, next to the app's `index.html`.
pub const HOST_SCRIPT: &str = "embed.js";

/// The `type` of our own height message; namespaced so no other embed's message is taken for ours.
pub const OWN_MESSAGE_TYPE: &str = "nk-asylum:embed-size";

/// The largest height sent or accepted, in CSS px. No layout of the story comes near it (the
/// tallest, every year in the table at 320 px, is a few thousand px): a taller request is a bug
/// or an attack, so the app caps what it sends here and `embed.js` refuses anything above it.
pub const MAX_HEIGHT: u32 = 20_000;

/// The largest width accepted in pym's `width` message, in CSS px.
pub const MAX_WIDTH: u32 = 100_000;

/// pym.js's separator between the parts of a message.
const PYM_DELIMITER: &str = "xPYMx";

/// AMP's resize request (`amp-iframe` with the `resizable` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AmpSize {
    /// Always `"amp"`.
    pub sentinel: &'static str,
    /// Always `"embed-size"`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Content height in CSS px.
    pub height: u32,
}

/// Our own height message, read by `embed.js`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct OwnSize {
    /// Always [`OWN_MESSAGE_TYPE`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Content height in CSS px.
    pub height: u32,
}

/// The AMP message for a content height in CSS px.
pub fn amp_message(height: u32) -> AmpSize {
    AmpSize {
        sentinel: "amp",
        kind: "embed-size",
        height,
    }
}

/// Our own message for a content height in CSS px.
pub fn own_message(height: u32) -> OwnSize {
    OwnSize {
        kind: OWN_MESSAGE_TYPE,
        height,
    }
}

/// A measured content height (CSS px, possibly fractional) as the whole pixels to ask for:
/// rounded up, so the frame never cuts off the last fraction of a pixel and shows a scroll bar,
/// and at most [`MAX_HEIGHT`] (taller content scrolls inside the frame). `None` for a
/// measurement that is not a height at all (negative, NaN, infinite).
pub fn whole_px(measured: f64) -> Option<u32> {
    // A sub-pixel layout can report 400.0000001 for a 400 px box: don't turn it into 401.
    let rounded = (measured - 0.01).ceil();
    (rounded.is_finite() && rounded >= 0.0).then(|| rounded.min(f64::from(MAX_HEIGHT)) as u32)
}

/// Which of pym.js's `width` messages the app answers (with its height): only a width that
/// differs from the last one answered. pym sends the width on every resize of the host page,
/// so a host resizing continuously would otherwise get a layout read and three messages per
/// message. (At most one answer per frame is the browser edge's part.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WidthReplies {
    last: Option<u32>,
}

impl WidthReplies {
    /// Whether a `width` (CSS px) calls for an answer; remembers it when it does.
    pub fn changed(&mut self, width: u32) -> bool {
        let changed = self.last != Some(width);
        self.last = Some(width);
        changed
    }
}

/// The id pym.js gave this frame (`childId` in the URL), restricted to the characters an element
/// id in a CMS realistically has, so that it can never break pym's message format or regex.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildId(String);

impl ChildId {
    /// Accepts 1–64 ASCII letters, digits, `-`, `_`, `.` and `:`; anything else is `None`.
    pub fn parse(raw: &str) -> Option<ChildId> {
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-_.:".contains(c);
        (!raw.is_empty() && raw.len() <= 64 && raw.chars().all(allowed) && !raw.contains("xPYMx"))
            .then(|| ChildId(raw.to_string()))
    }

    /// The id as pym.js writes it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// pym's `childId` from a query string (with or without `?`), if present and valid.
pub fn child_id(query: &str) -> Option<ChildId> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .and_then(ChildId::parse)
}

/// pym.js's height message: `pymxPYMx<childId>xPYMxheightxPYMx<height>`.
pub fn pym_height(child: &ChildId, height: u32) -> String {
    ["pym", child.as_str(), "height", &height.to_string()].join(PYM_DELIMITER)
}

/// The width in CSS px from pym.js's `width` message for this frame, or `None` for anything
/// else: another frame's id, another message type, a width that is not 0–[`MAX_WIDTH`] written
/// in plain digits. The app's only use of it is to send its height again.
pub fn pym_width(message: &str, child: &ChildId) -> Option<u32> {
    let prefix = ["pym", child.as_str(), "width", ""].join(PYM_DELIMITER);
    let digits = message.strip_prefix(&prefix)?;
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|w| *w <= MAX_WIDTH)
}

/// Where the app lives, read from the address of the current page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppAddress {
    /// The page without query or fragment, e.g. `https://example.org/graphics/nk-asylum/`.
    pub page: String,
    /// The directory holding the page and its files (ends with `/`).
    pub dir: String,
}

impl AppAddress {
    /// Splits an absolute URL such as `location.href`.
    pub fn from_href(href: &str) -> AppAddress {
        let page = href.split(['#', '?']).next().unwrap_or_default();
        let path_start = page
            .find("://")
            .map(|i| i + 3)
            .and_then(|host| page[host..].find('/').map(|p| host + p));
        let page = match path_start {
            Some(_) => page.to_string(),
            None => format!("{page}/"),
        };
        let dir = match page.rfind('/') {
            Some(i) => page[..=i].to_string(),
            None => page.clone(),
        };
        AppAddress { page, dir }
    }

    /// The address of `state` in embed mode: what the iframe loads.
    pub fn embed_src(&self, state: &ViewState) -> String {
        let embedded = ViewState {
            embed: true,
            ..*state
        };
        format!("{}?{}", self.page, params::to_query(&embedded))
    }

    /// The address of `state` as a full page: where "Open the full story" goes. Keys that are not
    /// ours (pym's `childId`, tracking tags) are left behind.
    pub fn full_page(&self, state: &ViewState) -> String {
        let page = ViewState {
            embed: false,
            ..*state
        };
        format!("{}?{}", self.page, params::to_query(&page))
    }

    /// The host script's address.
    pub fn host_script(&self) -> String {
        format!("{}{HOST_SCRIPT}", self.dir)
    }
}

/// Where the app is served from, seen from the article that embeds it. It decides the sandbox:
/// a frame allowed `allow-same-origin` runs with the app's origin, so on the article's own origin
/// it could reach into the article (its DOM, cookies and storage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hosting {
    /// On an origin of its own (another host name than the article's, e.g.
    /// `graphics.example.org` for an article on `www.example.org`): the sandbox allows
    /// same-origin, and the app's files load as usual.
    OwnOrigin,
    /// On the article's own origin (e.g. under `/graphics/` of the news site): the sandbox does
    /// not allow same-origin, so the frame has an opaque origin and cannot reach the article. Its
    /// requests for the app's files are then cross-origin: the server must send
    /// `Access-Control-Allow-Origin: *` for them (as `_headers` does).
    ArticleOrigin,
}

impl Hosting {
    /// Both kinds, in the order the Embed panel offers them.
    pub const ALL: [Hosting; 2] = [Hosting::OwnOrigin, Hosting::ArticleOrigin];

    /// The iframe's `sandbox` tokens: scripts, and popups for the links to the sources and the
    /// full page, which open unsandboxed.
    pub fn sandbox(self) -> &'static str {
        match self {
            Hosting::OwnOrigin => {
                "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
            }
            Hosting::ArticleOrigin => "allow-scripts allow-popups allow-popups-to-escape-sandbox",
        }
    }
}

/// The embed code for `state`, for the app at `href` (the current `location.href`), hosted as
/// `hosting` says: an iframe (title, lazy loading, [`DEFAULT_HEIGHT`], the sandbox of
/// [`Hosting::sandbox`]) and the host script that keeps its height equal to its content. Every
/// attribute is escaped.
pub fn snippet(href: &str, state: &ViewState, title: &str, hosting: Hosting) -> String {
    let at = AppAddress::from_href(href);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" \
         height=\"{DEFAULT_HEIGHT}\" frameborder=\"0\" sandbox=\"{sandbox}\" \
         data-nk-asylum-embed></iframe>\n\
         <script src=\"{script}\" defer></script>",
        src = escape_attr(&at.embed_src(state)),
        title = escape_attr(title),
        sandbox = hosting.sandbox(),
        script = escape_attr(&at.host_script()),
    )
}

/// Escapes text for a double- or single-quoted HTML attribute value.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::{Source, YearRange};

    const HREF: &str = "https://news.example/graphics/nk-asylum/?childId=x&source=unhcr#top";
    const TITLE: &str = "North Korean asylum in the UK: two sources, two counts";

    fn homeoffice_2007() -> ViewState {
        ViewState {
            source: Source::HomeOffice,
            range: YearRange::new(2007, 2012),
            ..ViewState::default()
        }
    }

    /// The value of attribute `name` on the first tag of `html` that has it.
    fn attr<'a>(html: &'a str, name: &str) -> Option<&'a str> {
        let start = html.find(&format!(" {name}=\""))? + name.len() + 3;
        html[start..].split('"').next()
    }

    #[test]
    fn snippet_has_title_lazy_loading_default_height_and_state() {
        let code = snippet(HREF, &homeoffice_2007(), TITLE, Hosting::OwnOrigin);
        assert!(code.starts_with("<iframe "), "{code}");
        assert_eq!(attr(&code, "title"), Some(TITLE));
        assert_eq!(attr(&code, "loading"), Some("lazy"));
        assert_eq!(attr(&code, "height"), Some(&*DEFAULT_HEIGHT.to_string()));
        let src = attr(&code, "src").unwrap().replace("&amp;", "&");
        let (page, query) = src.split_once('?').unwrap();
        assert_eq!(page, "https://news.example/graphics/nk-asylum/");
        let (state, notices) = params::parse(query);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            state,
            ViewState {
                embed: true,
                ..homeoffice_2007()
            }
        );
        assert!(!src.contains("childId"), "pym's id is the host's, not ours");
        assert!(code.contains(
            "<script src=\"https://news.example/graphics/nk-asylum/embed.js\" defer></script>"
        ));
        assert!(attr(&code, "sandbox").unwrap().contains("allow-scripts"));
    }

    #[test]
    fn only_the_own_origin_snippet_allows_same_origin() {
        let tokens = |hosting| {
            let code = snippet(HREF, &ViewState::default(), TITLE, hosting);
            let sandbox = attr(&code, "sandbox").unwrap().to_string();
            sandbox.split(' ').map(str::to_string).collect::<Vec<_>>()
        };
        let own = tokens(Hosting::OwnOrigin);
        let article = tokens(Hosting::ArticleOrigin);
        for needed in [
            "allow-scripts",
            "allow-popups",
            "allow-popups-to-escape-sandbox",
        ] {
            assert!(own.iter().any(|t| t == needed), "{own:?}");
            assert!(article.iter().any(|t| t == needed), "{article:?}");
        }
        assert!(own.iter().any(|t| t == "allow-same-origin"));
        assert!(
            !article.iter().any(|t| t == "allow-same-origin"),
            "{article:?}"
        );
        // Both load the same view with the same host script.
        let [a, b] = Hosting::ALL.map(|h| snippet(HREF, &ViewState::default(), TITLE, h));
        assert_eq!(attr(&a, "src"), attr(&b, "src"));
        assert_eq!(a.lines().last(), b.lines().last());
    }

    #[test]
    fn pym_width_is_answered_only_when_it_changes() {
        let mut replies = WidthReplies::default();
        assert!(replies.changed(375));
        assert!(!replies.changed(375));
        assert!(!replies.changed(375));
        assert!(replies.changed(768));
        assert!(replies.changed(375));
    }

    #[test]
    fn snippet_escapes_attributes() {
        let code = snippet(
            "https://x.example/a\"b<c>/index.html?q=1",
            &ViewState::default(),
            "Asylum \"UK\" <b>&</b> it's",
            Hosting::ArticleOrigin,
        );
        assert!(code.contains("title=\"Asylum &quot;UK&quot; &lt;b&gt;&amp;&lt;/b&gt; it&#39;s\""));
        assert!(code.contains("src=\"https://x.example/a&quot;b&lt;c&gt;/index.html?source="));
        assert!(code.contains("&amp;embed=1\""));
        assert!(code.contains("src=\"https://x.example/a&quot;b&lt;c&gt;/embed.js\""));
        // Exactly the tags we wrote: nothing in the input opened another one.
        assert_eq!(code.matches('<').count(), 4, "{code}");
        assert_eq!(escape_attr("a\u{0}b\nc"), "abc");
    }

    #[test]
    fn addresses_work_from_any_path() {
        let at = AppAddress::from_href("http://127.0.0.1:8080/graphics/nk-asylum/index.html?x#y");
        assert_eq!(
            at.page,
            "http://127.0.0.1:8080/graphics/nk-asylum/index.html"
        );
        assert_eq!(at.dir, "http://127.0.0.1:8080/graphics/nk-asylum/");
        assert_eq!(
            at.host_script(),
            "http://127.0.0.1:8080/graphics/nk-asylum/embed.js"
        );
        let root = AppAddress::from_href("https://example.org");
        assert_eq!(
            (root.page.as_str(), root.dir.as_str()),
            ("https://example.org/", "https://example.org/")
        );
        let embedded = ViewState {
            embed: true,
            ..homeoffice_2007()
        };
        let full = AppAddress::from_href(HREF).full_page(&embedded);
        assert_eq!(
            full,
            format!(
                "https://news.example/graphics/nk-asylum/?{}",
                params::to_query(&homeoffice_2007())
            )
        );
        assert!(!full.contains("embed") && !full.contains("childId"));
    }

    #[test]
    fn height_messages_carry_only_the_height() {
        let amp = serde_json::to_value(amp_message(812)).unwrap();
        assert_eq!(
            amp,
            serde_json::json!({"sentinel": "amp", "type": "embed-size", "height": 812})
        );
        let own = serde_json::to_value(own_message(812)).unwrap();
        assert_eq!(
            own,
            serde_json::json!({"type": "nk-asylum:embed-size", "height": 812})
        );
        let child = ChildId::parse("nk-chart_1").unwrap();
        assert_eq!(
            pym_height(&child, 812),
            "pymxPYMxnk-chart_1xPYMxheightxPYMx812"
        );
    }

    #[test]
    fn heights_are_rounded_up_to_whole_pixels() {
        assert_eq!(whole_px(400.0), Some(400));
        assert_eq!(whole_px(400.000_001), Some(400));
        assert_eq!(whole_px(400.2), Some(401));
        assert_eq!(whole_px(0.0), Some(0));
        assert_eq!(whole_px(f64::NAN), None);
        assert_eq!(whole_px(f64::INFINITY), None);
        assert_eq!(whole_px(-3.0), None);
        // Taller content is capped: the frame scrolls instead of growing without end.
        assert_eq!(whole_px(20_000.0), Some(MAX_HEIGHT));
        assert_eq!(whole_px(99_999.0), Some(MAX_HEIGHT));
        assert_eq!(whole_px(1e9), Some(MAX_HEIGHT));
    }

    #[test]
    fn child_ids_are_read_and_checked() {
        assert_eq!(
            child_id("?initialWidth=375&childId=graphic&parentTitle=x").map(|c| c.0),
            Some("graphic".into())
        );
        assert_eq!(child_id("source=unhcr"), None);
        for bad in [
            "",
            "a b",
            "a%20b",
            "x\"y",
            "axPYMxb",
            "<script>",
            &"x".repeat(65),
        ] {
            assert_eq!(ChildId::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_a_well_formed_width_for_this_frame_is_accepted() {
        let child = ChildId::parse("graphic").unwrap();
        assert_eq!(
            pym_width("pymxPYMxgraphicxPYMxwidthxPYMx375", &child),
            Some(375)
        );
        assert_eq!(
            pym_width("pymxPYMxgraphicxPYMxwidthxPYMx0", &child),
            Some(0)
        );
        for bad in [
            "pymxPYMxotherxPYMxwidthxPYMx375",
            "pymxPYMxgraphicxPYMxheightxPYMx375",
            "pymxPYMxgraphicxPYMxwidthxPYMx",
            "pymxPYMxgraphicxPYMxwidthxPYMx-1",
            "pymxPYMxgraphicxPYMxwidthxPYMx37.5",
            "pymxPYMxgraphicxPYMxwidthxPYMx375 ",
            "pymxPYMxgraphicxPYMxwidthxPYMx+375",
            "pymxPYMxgraphicxPYMxwidthxPYMx100001",
            "pymxPYMxgraphicxPYMxwidthxPYMx99999999999999999999",
            "pymxPYMxgraphicxPYMxwidthxPYMx375xPYMx1",
            "xpymxPYMxgraphicxPYMxwidthxPYMx375",
        ] {
            assert_eq!(pym_width(bad, &child), None, "{bad}");
        }
    }
}
