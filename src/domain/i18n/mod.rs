//! The catalogue: every word the story shows or says, in English and in Korean. Each part of the
//! page has its own trait of messages (`Common`, `PageText`, `StoryText`, `ChartText`, `WhyText`,
//! `CompareText`, `EdgeText`, each in the file of its name), and each language
//! implements every trait in its own folder (`en/`, `ko/`), so that a Korean-speaking editor can
//! read the whole Korean edition in `ko/` in one sitting (`docs/glossary-ko.md` explains its
//! terms).
//!
//! The design makes the compiler check the catalogue: the traits are crate-private, so
//! - a message missing in one language does not compile (a trait method without a body);
//! - a message no page uses is dead code, and a placeholder one language forgets is an unused
//!   parameter: both are warnings, which `cargo clippy -- -D warnings` (CI) refuses.
//!
//! Messages take typed values (counts, years, ranges) and format them themselves, so word order,
//! counters (명, 개) and year suffixes (년) belong to the language.

mod chart;
mod common;
mod compare;
mod edge;
mod en;
mod ko;
mod page;
mod sources;
mod story;
mod why;

pub(crate) use chart::ChartText;
pub(crate) use common::Common;
pub(crate) use compare::{CompareText, Lacks};
#[cfg(test)]
pub(crate) use edge::check;
pub(crate) use edge::EdgeText;
pub(crate) use page::PageText;
pub use sources::{source_text, SourceText};
pub(crate) use story::StoryText;
pub(crate) use why::WhyText;

/// The language of the edition; `lang=en|ko` in the URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (British), the default.
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// Both editions.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The id used in URLs and in `hreflang`.
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The `lang` attribute of the page in this edition.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Ko => "ko",
        }
    }

    /// The language for a URL value, if it is one of ours.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The other edition (what the language switch offers).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        }
    }

    /// Its own name, as the switch to it reads in any edition: "English", "한국어".
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }
}

/// The static page's words in one edition: what `index.html` shows before (and without) the
/// app. The build writes the Korean edition's beside the English one, which `index.html` holds
/// (a test checks the two agree), and the page shows the one its `lang` asks for.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Shell {
    /// `lang` attribute: "en-GB", "ko".
    pub lang: &'static str,
    /// The document's title.
    pub title: &'static str,
    /// The line above the headline.
    pub kicker: &'static str,
    /// The headline.
    pub headline: &'static str,
    /// The paragraph under it.
    pub standfirst: &'static str,
    /// The first link, to the figures.
    pub skip_to_figures: &'static str,
    /// The line shown until the app has started.
    pub loading: &'static str,
    /// What the loader (`boot-*.js`, scripts/post-build/csp.mjs) says when the app cannot start
    /// or stops.
    pub boot: BootText,
}

/// The loader's messages in one edition; `start_failed` holds `{reason}` where the loader puts
/// the browser's own reason.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BootText {
    /// Heading when the app stopped after it started.
    pub stopped_heading: &'static str,
    /// What that means.
    pub stopped_text: &'static str,
    /// The button that reloads.
    pub try_again: &'static str,
    /// Heading when the app could not start.
    pub start_failed_heading: &'static str,
    /// Why, with `{reason}`.
    pub start_failed: String,
    /// Heading when a sandbox refuses the app its files.
    pub sandbox_heading: &'static str,
    /// What the host must change.
    pub sandbox_text: &'static str,
    /// The link to the story's own page.
    pub open_own_page: &'static str,
}

/// The static page of an edition.
pub fn shell(lang: Lang) -> Shell {
    let t = text(lang);
    Shell {
        lang: lang.html_lang(),
        title: t.page_title(),
        kicker: t.kicker(),
        headline: t.headline(),
        standfirst: t.standfirst(),
        skip_to_figures: t.skip_to_figures(),
        loading: t.loading_interactive(),
        boot: BootText {
            stopped_heading: t.stopped_heading(),
            stopped_text: t.stopped_text(),
            try_again: t.try_again(),
            start_failed_heading: t.start_failed_heading(),
            start_failed: t.start_failed("{reason}"),
            sandbox_heading: t.sandbox_heading(),
            sandbox_text: t.sandbox_text(),
            open_own_page: t.open_own_page(),
        },
    }
}

/// The English catalogue.
pub(crate) struct En;
/// The Korean catalogue.
pub(crate) struct Ko;

/// Every message of the story, in one language.
pub(crate) trait Catalogue:
    Common + ChartText + CompareText + EdgeText + PageText + StoryText + WhyText + Sync
{
}
impl<T: Common + ChartText + CompareText + EdgeText + PageText + StoryText + WhyText + Sync>
    Catalogue for T
{
}

/// The catalogue of an edition.
pub(crate) fn text(lang: Lang) -> &'static dyn Catalogue {
    match lang {
        Lang::En => &En,
        Lang::Ko => &Ko,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_id(lang.id()), Some(lang));
            assert_ne!(lang.other(), lang);
        }
        assert_eq!(Lang::from_id("kr"), None);
    }

    #[test]
    fn years_read_as_each_language_writes_them() {
        let (en, ko) = (text(Lang::En), text(Lang::Ko));
        assert_eq!(en.year_span(2003, 2015), "2003–2015");
        assert_eq!(ko.year_span(2003, 2015), "2003–2015년");
        assert_eq!(ko.year_span(2010, 2010), "2010년");
        assert_eq!(en.years(&[2001, 2002, 2025]), "2001–2002 and 2025");
        assert_eq!(ko.years(&[2001, 2002, 2025]), "2001–2002년과 2025년");
        assert_eq!(ko.years(&[2003, 2020, 2024]), "2003년, 2020년과 2024년");
        assert_eq!(ko.years(&[]), "");
        assert_eq!(en.list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(
            ko.list(&["가".into(), "나".into(), "다".into()]),
            "가, 나, 다"
        );
    }
}
