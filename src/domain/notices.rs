//! What the reader is told about an address whose settings were not all accepted: at most
//! [`MAX_NOTICES`] lines in the reader's words, never the address's own text (a link is a
//! stranger's text on the publisher's page), in the language the address asks for
//! (`lang=`; English when that value is not ours). `params::parse` counts what it ignored;
//! this module says what it amounts to, and the catalogue (`i18n::EdgeText`) words it.

use super::figures::{HoCount, Source};
use super::i18n::{text, Lang};
use super::params::{Theme, View, ViewState};

/// At most this many notices, whatever the address holds.
pub const MAX_NOTICES: usize = 3;

/// One of our keys, when its value was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Key {
    Source,
    View,
    From,
    To,
    Count,
    Theme,
    Embed,
    Title,
    Lang,
}

impl Key {
    /// The key as it is written in the URL.
    pub(super) fn id(self) -> &'static str {
        match self {
            Key::Source => "source",
            Key::View => "view",
            Key::From => "from",
            Key::To => "to",
            Key::Count => "count",
            Key::Theme => "theme",
            Key::Embed => "embed",
            Key::Title => "title",
            Key::Lang => "lang",
        }
    }

    /// What is shown instead of a value of this key that was not accepted, from the final
    /// state. Nothing in it comes from the address.
    fn fallback(self, state: &ViewState) -> Fallback {
        match self {
            Key::Source => Fallback::Source(state.source),
            Key::View => Fallback::View(state.view),
            Key::From => Fallback::From(state.range.from()),
            Key::To => Fallback::To(state.range.to()),
            Key::Count => Fallback::Count(state.count),
            Key::Theme => Fallback::Theme(state.theme),
            Key::Embed => Fallback::Embed(state.embed),
            Key::Title => Fallback::Title(state.title),
            Key::Lang => Fallback::Lang(state.lang),
        }
    }
}

/// One of our settings whose value was not accepted, with the value shown instead: what the
/// catalogue words (what the address asked for, what is shown, the accepted values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fallback {
    /// `source=`: the source shown.
    Source(Source),
    /// `view=`: the view shown.
    View(View),
    /// `from=`: the first year shown.
    From(u16),
    /// `to=`: the last year shown.
    To(u16),
    /// `count=`: whom the Home Office figures count.
    Count(HoCount),
    /// `theme=`: the colour scheme.
    Theme(Theme),
    /// `embed=`: whether the embed layout is shown.
    Embed(bool),
    /// `title=`: whether the headline is shown.
    Title(bool),
    /// `lang=`: the edition shown (English, since an unknown value falls back to it).
    Lang(Lang),
}

/// What parsing ignored, counted by kind; it holds nothing of the address's own text.
#[derive(Debug, Default)]
pub(super) struct Ignored {
    /// Our keys whose value was not accepted, each once, in order of first appearance.
    pub(super) bad: Vec<Key>,
    /// Keys that are neither ours nor known foreign ones.
    pub(super) unknown: usize,
    /// The years asked for were the wrong way round.
    pub(super) reversed: bool,
}

impl Ignored {
    pub(super) fn bad_value(&mut self, key: Key) {
        if !self.bad.contains(&key) {
            self.bad.push(key);
        }
    }

    /// The reader's sentences, at most [`MAX_NOTICES`]: one per bad value while they fit,
    /// otherwise one line naming the keys; then the count of unknown keys; then reversed years.
    pub(super) fn notices(&self, state: &ViewState) -> Vec<String> {
        let text = text(state.lang);
        let mut lines = Vec::new();
        let others = usize::from(self.unknown > 0) + usize::from(self.reversed);
        if self.bad.len() + others <= MAX_NOTICES {
            lines.extend(
                self.bad
                    .iter()
                    .map(|key| text.bad_value(key.fallback(state))),
            );
        } else {
            let keys: Vec<&str> = self.bad.iter().map(|k| k.id()).collect();
            lines.push(text.bad_values(&keys));
        }
        if self.unknown > 0 {
            lines.push(text.unknown_settings(self.unknown));
        }
        if self.reversed {
            lines.push(text.reversed_years(state.range));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::figures::{Source, YearRange};
    use crate::domain::params::{parse, ViewState, MAX_NOTICES};

    #[test]
    fn a_bad_value_names_its_key_and_the_accepted_values_not_the_value() {
        let (_, n) = parse("source=bbc");
        assert_eq!(
            n,
            vec!["The address asked for a source that this page does not have; showing UNHCR. Accepted: source=unhcr or source=homeoffice."]
        );
        // What is shown is what the final state holds.
        let (s, n) = parse("source=bbc&source=homeoffice&view=map");
        assert_eq!(s.source, Source::HomeOffice);
        assert_eq!(n.len(), 2, "{n:?}");
        assert!(n[0].contains("showing the Home Office"), "{n:?}");
        assert!(n[1].contains("showing Chart. Accepted: view=chart, compare, why or table."));
        let (_, n) = parse("from=1850&to=abc");
        assert!(
            n[0].contains("a first year") && n[0].contains("showing from 2003"),
            "{n:?}"
        );
        assert!(
            n[1].contains("a last year") && n[1].contains("showing to 2015"),
            "{n:?}"
        );
        // A key repeated with bad values is said once.
        assert_eq!(parse("theme=x&theme=y&theme=z").1.len(), 1);
    }

    #[test]
    fn unknown_keys_are_counted_not_repeated() {
        let (_, n) = parse("Call%200800%20123%20456=1&colour=red&x");
        assert_eq!(
            n,
            vec!["3 settings in the address were not recognised and were ignored."]
        );
        let many: String = (0..300).map(|i| format!("key{i}=v{i}&")).collect();
        let (s, n) = parse(&many);
        assert_eq!(s, ViewState::default());
        assert_eq!(
            n,
            vec!["300 settings in the address were not recognised and were ignored."]
        );
        // Foreign keys that hosts add are not ours and not unknown.
        assert!(parse("childId=g&initialWidth=375&utm_campaign=x&fbclid=y")
            .1
            .is_empty());
    }

    #[test]
    fn never_more_than_three_lines() {
        let every =
            "source=a&view=b&from=c&to=d&count=e&theme=f&embed=g&title=h&zzz=1&from=2015&to=2003";
        let (s, n) = parse(every);
        assert_eq!(n.len(), MAX_NOTICES, "{n:?}");
        assert_eq!(
            n[0],
            "The values given for source, view, from, to, count, theme, embed and title in the address were not accepted and were ignored."
        );
        assert_eq!(
            n[1],
            "1 setting in the address was not recognised and was ignored."
        );
        assert_eq!(
            n[2],
            "The years in the address were the wrong way round; showing 2003–2015."
        );
        assert_eq!(s.range, YearRange::ARTICLE);
        // Three bad values and nothing else still get a line each.
        let (_, n) = parse("view=map&theme=pink&embed=yes");
        assert_eq!(n.len(), 3, "{n:?}");
        assert!(n.iter().all(|l| l.starts_with("The address asked for ")));
    }

    #[test]
    fn crafted_text_is_never_echoed() {
        for query in [
            "source=%3Cscript%3Ealert(1)%3C%2Fscript%3E%E2%82%AC%ZZ%",
            "view=Call%200800%20000%20000",
            "%3Cimg%20src%3Dx%3E=1",
            "theme=%E2%80%AE%F0%9F%98%80",
            "source=%E2%82",
        ] {
            let (_, n) = parse(query);
            assert_eq!(n.len(), 1, "{query}: {n:?}");
            for fragment in ["<", "script", "alert", "0800", "img", "\u{202e}", "😀", "%"] {
                assert!(!n[0].contains(fragment), "{query}: {n:?}");
            }
        }
        let long = "x".repeat(500);
        let (_, n) = parse(&format!("{long}=1&source={long}"));
        assert!(n
            .iter()
            .all(|l| !l.contains("xxx") && l.chars().count() < 160));
    }
}
