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
    /// `lang=`: the edition shown (English, unless an earlier `lang=ko` was accepted).
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

    /// The reader's sentences in the final state's language, at most [`MAX_NOTICES`]: one per
    /// bad value while they fit, otherwise one line naming the keys; then the count of unknown
    /// keys; then reversed years.
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
    use crate::domain::i18n::{check, Lang};
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

    /// The notices for `query` in Korean (`lang=ko` ahead of it) and in English.
    fn both(query: &str) -> (Vec<String>, Vec<String>) {
        (parse(&format!("lang=ko&{query}")).1, parse(query).1)
    }

    #[test]
    fn each_bad_value_is_said_in_korean_with_the_english_numbers() {
        for key in [
            "source", "view", "from", "to", "count", "theme", "embed", "title",
        ] {
            let (ko, en) = both(&format!("{key}=zz"));
            assert_eq!((ko.len(), en.len()), (1, 1), "{key}: {ko:?}");
            check::korean(&ko[0], &en[0], &[]);
            assert!(ko[0].starts_with("주소에 이 페이지에 없는 "), "{ko:?}");
            assert!(ko[0].contains(&format!("{key}=")), "{ko:?}");
        }
        assert_eq!(
            both("source=bbc").0,
            ["주소에 이 페이지에 없는 출처 값이 지정되어 유엔난민기구 수치를 표시합니다. 사용할 수 있는 값: source=unhcr 또는 source=homeoffice"]
        );
        // What is shown is what the final state holds, wherever `lang` stands in the address.
        let (s, n) = parse("view=map&from=1850&source=homeoffice&count=all&lang=ko");
        assert_eq!((s.lang, s.source), (Lang::Ko, Source::HomeOffice));
        assert_eq!(
            n,
            [
                "주소에 이 페이지에 없는 보기 값이 지정되어 차트 보기를 표시합니다. 사용할 수 있는 값: view=chart, compare, why 또는 table",
                "주소에 이 페이지에 없는 시작 연도 값이 지정되어 2003년부터 표시합니다. 사용할 수 있는 값: from=네 자리 연도(예: from=2003)",
                "주소에 이 페이지에 없는 집계 기준 값이 지정되어 영국 내무부 수치를 주 신청자 기준으로 표시합니다. 사용할 수 있는 값: count=main 또는 count=persons",
            ]
        );
        let (_, n) = parse("lang=ko&embed=1&title=0&embed=x&title=y");
        assert!(
            n[0].contains("퍼가기 화면으로 표시합니다") && n[1].contains("제목 없이 표시합니다")
        );
    }

    #[test]
    fn an_unknown_language_falls_back_to_english_with_the_english_notice() {
        let (s, n) = parse("lang=kr&source=bbc");
        assert_eq!(s.lang, Lang::En);
        assert_eq!(
            n,
            [
                "The address asked for a language that this page does not have; showing English. Accepted: lang=en or lang=ko.",
                "The address asked for a source that this page does not have; showing UNHCR. Accepted: source=unhcr or source=homeoffice.",
            ]
        );
        // A bad value after a good one keeps Korean, and says so in Korean.
        let (s, n) = parse("lang=ko&lang=kr");
        assert_eq!(s.lang, Lang::Ko);
        assert_eq!(
            n,
            ["주소에 이 페이지에 없는 언어 값이 지정되어 한국어로 표시합니다. 사용할 수 있는 값: lang=en 또는 lang=ko"]
        );
    }

    #[test]
    fn korean_overflow_unknown_and_reversed_lines() {
        let every =
            "source=a&view=b&from=c&to=d&count=e&theme=f&embed=g&title=h&zzz=1&from=2015&to=2003";
        let (ko, en) = both(every);
        assert_eq!(
            ko,
            [
                "주소의 source, view, from, to, count, theme, embed, title 값을 사용할 수 없어 무시했습니다.",
                "주소의 설정 1개를 인식하지 못해 무시했습니다.",
                "주소의 시작 연도와 끝 연도가 뒤바뀌어 2003–2015년을 표시합니다.",
            ]
        );
        for (ko, en) in ko.iter().zip(&en) {
            check::korean(ko, en, &[]);
        }
        let many: String = (0..300).map(|i| format!("key{i}=v{i}&")).collect();
        let (ko, en) = both(&many);
        assert_eq!(ko, ["주소의 설정 300개를 인식하지 못해 무시했습니다."]);
        check::korean(&ko[0], &en[0], &[]);
        let (ko, en) = both("Call%200800%20123%20456=1&colour=red&x");
        assert_eq!(ko, ["주소의 설정 3개를 인식하지 못해 무시했습니다."]);
        check::korean(&ko[0], &en[0], &[]);
    }

    #[test]
    fn crafted_text_is_never_echoed_in_korean_either() {
        for query in [
            "source=%3Cscript%3Ealert(1)%3C%2Fscript%3E%E2%82%AC%ZZ%",
            "view=Call%200800%20000%20000",
            "%3Cimg%20src%3Dx%3E=1",
            "theme=%E2%80%AE%F0%9F%98%80",
            "source=%E2%82",
            "source=%ED%83%88%EB%B6%81", // 탈북, in Hangul
        ] {
            let (ko, _) = both(query);
            assert_eq!(ko.len(), 1, "{query}: {ko:?}");
            for fragment in [
                "<", "script", "alert", "0800", "img", "\u{202e}", "😀", "%", "탈북",
            ] {
                assert!(!ko[0].contains(fragment), "{query}: {ko:?}");
            }
        }
        let long = "가".repeat(500);
        let (_, n) = parse(&format!("lang=ko&{long}=1&source={long}"));
        assert!(n
            .iter()
            .all(|l| !l.contains("가가") && l.chars().count() < 160));
    }
}
