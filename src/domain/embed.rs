//! Embedding the story in someone else's article: the embed code a newsroom pastes (with a
//! height measured for the view it embeds) and the addresses it points to. The messages the
//! frame and the page exchange are `embed_messages`. Everything here is text and numbers; the
//! browser edge that posts, listens and previews is `crate::ui::embed`.

pub use super::embed_messages::*;
use super::html::escape;
use super::i18n::{text, Lang};
use super::params::{self, View, ViewState};

/// The embed code's iframe `title` in an edition (what a screen reader announces for the
/// frame): the story's name, from the catalogue.
pub fn title(lang: Lang) -> &'static str {
    text(lang).embed_title()
}

/// The height the embed code's iframe starts at, in CSS px, for each view: the compact embed's
/// height at 320 px wide (the tallest width that matters), measured in the browser
/// (tests/e2e/embed.test.mjs checks each against the real frame) and rounded up. The host
/// script then fits the frame to its content at any width; where no script runs (AMP, CMSs that
/// strip scripts) the frame has room for the story on a phone, and a little to spare wider.
pub fn initial_height(view: View) -> u32 {
    match view {
        View::Chart => 620,
        View::Compare => 1440,
        View::Why => 3800,
        View::Table => 890,
    }
}

/// The widths the embed generator previews the frame at: a phone, and an article column.
pub const PREVIEW_WIDTHS: [u32; 2] = [320, 640];

/// The host script's file name, next to the app's `index.html`.
pub const HOST_SCRIPT: &str = "embed.js";

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
                "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"
            }
            Hosting::ArticleOrigin => {
                "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"
            }
        }
    }
}

/// The embed code for `state`, for the app at `href` (the current `location.href`), hosted as
/// `hosting` says: an iframe (title, lazy loading, `height` (see [`initial_height`]), the sandbox of
/// [`Hosting::sandbox`]) and the host script that keeps its height equal to its content. Every
/// attribute is escaped.
pub fn snippet(
    href: &str,
    state: &ViewState,
    title: &str,
    hosting: Hosting,
    height: u32,
) -> String {
    let at = AppAddress::from_href(href);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" \
         height=\"{height}\" frameborder=\"0\" sandbox=\"{sandbox}\" \
         data-nk-asylum-embed></iframe>\n\
         <script src=\"{script}\" defer></script>",
        src = escape(&at.embed_src(state)),
        title = escape(title),
        sandbox = hosting.sandbox(),
        script = escape(&at.host_script()),
    )
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
        let code = snippet(HREF, &homeoffice_2007(), TITLE, Hosting::OwnOrigin, 700);
        assert!(code.starts_with("<iframe "), "{code}");
        assert_eq!(attr(&code, "title"), Some(TITLE));
        assert_eq!(attr(&code, "loading"), Some("lazy"));
        assert_eq!(attr(&code, "height"), Some("700"));
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
    fn the_korean_code_has_a_korean_title_and_keeps_lang() {
        assert_eq!(title(Lang::En), TITLE);
        let korean = ViewState {
            lang: Lang::Ko,
            ..homeoffice_2007()
        };
        let code = snippet(
            HREF,
            &korean,
            title(korean.lang),
            Hosting::ArticleOrigin,
            700,
        );
        assert_eq!(
            attr(&code, "title"),
            Some("영국의 북한 출신 난민 신청: 두 출처, 두 개의 집계")
        );
        crate::domain::i18n::check::korean(title(Lang::Ko), title(Lang::En), &[]);
        let src = attr(&code, "src").unwrap().replace("&amp;", "&");
        assert!(src.ends_with("&embed=1&lang=ko"), "{src}");
        let (state, notices) = params::parse(src.split_once('?').unwrap().1);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            state,
            ViewState {
                embed: true,
                ..korean
            }
        );
        // "Open the full story" keeps the edition too.
        let full = AppAddress::from_href(HREF).full_page(&state);
        assert!(
            full.ends_with("&lang=ko") && !full.contains("embed"),
            "{full}"
        );
        // The English code says nothing of a language.
        let code = snippet(
            HREF,
            &homeoffice_2007(),
            title(Lang::En),
            Hosting::OwnOrigin,
            700,
        );
        assert!(!code.contains("lang="), "{code}");
    }

    #[test]
    fn only_the_own_origin_snippet_allows_same_origin() {
        let tokens = |hosting| {
            let code = snippet(HREF, &ViewState::default(), TITLE, hosting, 700);
            let sandbox = attr(&code, "sandbox").unwrap().to_string();
            sandbox.split(' ').map(str::to_string).collect::<Vec<_>>()
        };
        let own = tokens(Hosting::OwnOrigin);
        let article = tokens(Hosting::ArticleOrigin);
        for needed in [
            "allow-scripts",
            "allow-popups",
            "allow-popups-to-escape-sandbox",
            // "Get the data", Download CSV and Download image save files: a sandbox without
            // it blocks them silently.
            "allow-downloads",
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
        let [a, b] = Hosting::ALL.map(|h| snippet(HREF, &ViewState::default(), TITLE, h, 700));
        assert_eq!(attr(&a, "src"), attr(&b, "src"));
        assert_eq!(a.lines().last(), b.lines().last());
    }

    #[test]
    fn snippet_escapes_attributes() {
        let code = snippet(
            "https://x.example/a\"b<c>/index.html?q=1",
            &ViewState::default(),
            "Asylum \"UK\" <b>&</b> it's",
            Hosting::ArticleOrigin,
            700,
        );
        assert!(code.contains("title=\"Asylum &quot;UK&quot; &lt;b&gt;&amp;&lt;/b&gt; it&#39;s\""));
        assert!(code.contains("src=\"https://x.example/a&quot;b&lt;c&gt;/index.html?source="));
        assert!(code.contains("&amp;embed=1\""));
        assert!(code.contains("src=\"https://x.example/a&quot;b&lt;c&gt;/embed.js\""));
        // Exactly the tags we wrote: nothing in the input opened another one.
        assert_eq!(code.matches('<').count(), 4, "{code}");
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
}
