//! The reader's choices as a URL query string, both ways. Parsing never fails: a missing value
//! takes its default, an invalid one takes its default and yields a notice the page can show.
//!
//! The query is a public contract (embed codes and shared links depend on it):
//! `source=unhcr|homeoffice`, `view=chart|compare|why|table`, `from=YYYY`, `to=YYYY`,
//! `count=main|persons`, `theme=auto|light|dark`, `embed=1`, `title=0`, `lang=en|ko`.

use super::dataset::PLAUSIBLE_YEARS;
use super::figures::{HoCount, Source, YearRange};
use super::i18n::Lang;

/// The panel the reader is looking at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// One source's applications and decisions per year.
    #[default]
    Chart,
    /// Both sources side by side.
    Compare,
    /// Why the two sources differ, computed from the data.
    Why,
    /// Every figure of the chosen source in a table.
    Table,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [View; 4] = [View::Chart, View::Compare, View::Why, View::Table];

    /// The id used in URLs and element ids.
    pub fn id(self) -> &'static str {
        match self {
            View::Chart => "chart",
            View::Compare => "compare",
            View::Why => "why",
            View::Table => "table",
        }
    }
}

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The id used in URLs and on the root element.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything a reader (or an embedding page) can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ViewState {
    /// Whose figures are shown.
    pub source: Source,
    /// Which panel is open.
    pub view: View,
    /// Years included in every figure (clamped to the data when shown).
    pub range: YearRange,
    /// Whom the Home Office figures count.
    pub count: HoCount,
    /// Colour scheme.
    pub theme: Theme,
    /// Compact layout for an iframe in someone else's article.
    pub embed: bool,
    /// Whether the page shows its own headline (a host article may already have one).
    pub title: bool,
    /// The edition: English or Korean.
    pub lang: Lang,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            source: Source::default(),
            view: View::default(),
            range: YearRange::ARTICLE,
            count: HoCount::default(),
            theme: Theme::default(),
            embed: false,
            title: true,
            lang: Lang::En,
        }
    }
}

impl ViewState {
    /// The attributes on the page's root element that its stylesheet reads for this state, and
    /// their values: set by the app (`ui::theme`), and before the first paint by the page's
    /// inline script (`first_view::Addresses::root`), so that the two never disagree.
    pub fn root_marks(&self) -> [(&'static str, &'static str); 3] {
        let flag = |on: bool| if on { "1" } else { "0" };
        [
            ("data-theme", self.theme.id()),
            ("data-embed", flag(self.embed)),
            ("data-title", flag(self.title)),
        ]
    }
}

/// The keys this module owns; any other key in a URL is left as it is when the URL is rewritten.
pub const OWN_KEYS: [&str; 9] = [
    "source", "view", "from", "to", "count", "theme", "embed", "title", "lang",
];

/// Query keys that hosts and embedding scripts add; they are not ours and are ignored quietly.
pub const FOREIGN_KEYS: [&str; 6] = [
    "childId",
    "initialWidth",
    "parentTitle",
    "parentUrl",
    "fbclid",
    "gclid",
];

/// Campaign keys (`utm_source`, …), ignored quietly like [`FOREIGN_KEYS`].
pub const FOREIGN_PREFIX: &str = "utm_";

pub use super::notices::MAX_NOTICES;
use super::notices::{Ignored, Key};

/// Parses a query string (with or without the leading `?`). Returns the state and at most
/// [`MAX_NOTICES`] plain-language notices about what was ignored, in the language the address
/// asks for (`lang=`, wherever it stands; English when its value is not ours). A notice never
/// repeats the address's text (a link is a stranger's text on the publisher's page): unknown
/// keys are only counted, and a bad value of ours is described by its key and the accepted
/// values.
pub fn parse(query: &str) -> (ViewState, Vec<String>) {
    let (state, ignored) = read(query);
    let notices = ignored.notices(&state);
    (state, notices)
}

/// The notices of [`parse`] for `query`, worded in `lang` whatever the address asks for: what the
/// page says about its address after the reader has switched language.
pub fn notices_in(query: &str, lang: Lang) -> Vec<String> {
    let (state, ignored) = read(query);
    ignored.notices(&ViewState { lang, ..state })
}

/// The state `query` asks for, and what was ignored in it.
fn read(query: &str) -> (ViewState, Ignored) {
    let mut state = ViewState::default();
    let mut ignored = Ignored::default();
    let (mut from, mut to) = (None, None);
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        let flag = |value: &str| match value {
            "1" | "true" => Some(true),
            "0" | "false" => Some(false),
            _ => None,
        };
        let accepted = match key.as_str() {
            "source" => Source::from_id(&value)
                .map(|s| state.source = s)
                .ok_or(Key::Source),
            "count" => HoCount::from_id(&value)
                .map(|c| state.count = c)
                .ok_or(Key::Count),
            "view" => View::ALL
                .into_iter()
                .find(|v| v.id() == value)
                .map(|v| state.view = v)
                .ok_or(Key::View),
            "theme" => [Theme::Auto, Theme::Light, Theme::Dark]
                .into_iter()
                .find(|t| t.id() == value)
                .map(|t| state.theme = t)
                .ok_or(Key::Theme),
            "title" => flag(&value).map(|f| state.title = f).ok_or(Key::Title),
            "embed" => flag(&value).map(|f| state.embed = f).ok_or(Key::Embed),
            "lang" => Lang::from_id(&value)
                .map(|l| state.lang = l)
                .ok_or(Key::Lang),
            "from" => parse_year(&value).map(|y| from = Some(y)).ok_or(Key::From),
            "to" => parse_year(&value).map(|y| to = Some(y)).ok_or(Key::To),
            k if FOREIGN_KEYS.contains(&k) || k.starts_with(FOREIGN_PREFIX) => Ok(()),
            _ => {
                ignored.unknown += 1;
                Ok(())
            }
        };
        if let Err(key) = accepted {
            ignored.bad_value(key);
        }
    }
    let from = from.unwrap_or(YearRange::ARTICLE.from());
    let to = to.unwrap_or(YearRange::ARTICLE.to());
    ignored.reversed = from > to;
    state.range = YearRange::new(from, to);
    (state, ignored)
}

/// The query string for a state, without the leading `?`; [`parse`] reads it back unchanged.
/// `theme`, `embed`, `title` and `lang` appear only when they differ from their defaults.
pub fn to_query(state: &ViewState) -> String {
    let mut query = format!(
        "source={}&view={}&from={}&to={}&count={}",
        state.source.id(),
        state.view.id(),
        state.range.from(),
        state.range.to(),
        state.count.id()
    );
    if state.theme != Theme::Auto {
        query.push_str(&format!("&theme={}", state.theme.id()));
    }
    if state.embed {
        query.push_str("&embed=1");
    }
    if !state.title {
        query.push_str("&title=0");
    }
    if state.lang != Lang::En {
        query.push_str(&format!("&lang={}", state.lang.id()));
    }
    query
}

/// Rewrites `original` (a query string) for `state`: our keys are replaced, every other pair
/// (an embedding page's `childId`, tracking tags) is kept as it was, before ours.
pub fn rewrite(original: &str, state: &ViewState) -> String {
    let foreign = original
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = decode(p.split_once('=').map_or(*p, |(k, _)| k));
            !OWN_KEYS.contains(&key.as_str())
        });
    foreign
        .map(str::to_string)
        .chain(std::iter::once(to_query(state)))
        .collect::<Vec<_>>()
        .join("&")
}

fn parse_year(value: &str) -> Option<u16> {
    let year: u16 = value.parse().ok()?;
    (value.len() == 4 && PLAUSIBLE_YEARS.contains(&year)).then_some(year)
}

/// Percent-decoding for query components (`+` is a space); invalid escapes are kept as text.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    char::from(b).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_take_defaults() {
        assert_eq!(parse(""), (ViewState::default(), vec![]));
        assert_eq!(parse("?").0, ViewState::default());
    }

    #[test]
    fn valid_values_are_read() {
        let (s, n) = parse("?source=homeoffice&from=2007&to=2008&count=persons");
        assert!(n.is_empty());
        assert_eq!(s.source, Source::HomeOffice);
        assert_eq!(s.range, YearRange::new(2007, 2008));
        assert_eq!(s.count, HoCount::Persons);
    }

    #[test]
    fn invalid_values_fall_back_with_a_notice() {
        let (s, n) =
            parse("source=bbc&from=20x3&to=99999&count=&colour=red&utm_source=x&childId=c1");
        assert_eq!(s, ViewState::default());
        // Four bad values and an unknown key: too many for a line each, so the values share one.
        assert_eq!(
            n,
            vec![
                "The values given for source, from, to and count in the address were not accepted and were ignored.",
                "1 setting in the address was not recognised and was ignored.",
            ],
        );
    }

    #[test]
    fn reversed_years_are_swapped_and_said() {
        let (s, n) = parse("from=2015&to=2003");
        assert_eq!(s.range, YearRange::ARTICLE);
        assert_eq!(
            n,
            vec!["The years in the address were the wrong way round; showing 2003–2015."]
        );
    }

    #[test]
    fn format_then_parse_is_identity() {
        let state = ViewState {
            source: Source::HomeOffice,
            view: View::Why,
            range: YearRange::new(2001, 2024),
            count: HoCount::Persons,
            theme: Theme::Dark,
            embed: true,
            title: false,
            lang: Lang::Ko,
        };
        assert_eq!(parse(&to_query(&state)), (state, vec![]));
        assert_eq!(
            parse(&to_query(&ViewState::default())).0,
            ViewState::default()
        );
        for view in View::ALL {
            let s = ViewState {
                view,
                ..ViewState::default()
            };
            assert_eq!(parse(&to_query(&s)).0, s);
        }
    }

    #[test]
    fn view_theme_and_embed_are_read_and_checked() {
        let (s, n) = parse("view=table&theme=light&embed=1");
        assert!(n.is_empty());
        assert_eq!(
            (s.view, s.theme, s.embed),
            (View::Table, Theme::Light, true)
        );
        let (s, n) = parse("view=map&theme=pink&embed=yes");
        assert_eq!(n.len(), 3, "{n:?}");
        assert_eq!(
            (s.view, s.theme, s.embed),
            (View::Chart, Theme::Auto, false)
        );
    }

    #[test]
    fn rewriting_keeps_foreign_keys_and_replaces_ours() {
        let state = ViewState {
            source: Source::HomeOffice,
            ..ViewState::default()
        };
        let q = rewrite("?childId=nk1&source=unhcr&utm_source=x&from=1999", &state);
        assert_eq!(q, format!("childId=nk1&utm_source=x&{}", to_query(&state)));
        assert_eq!(parse(&q).0, state);
    }
}
