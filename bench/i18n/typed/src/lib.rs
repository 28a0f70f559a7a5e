//! The Korean edition's design: a typed compile-time table. One trait method per message with
//! typed parameters, one impl per language, the impl chosen at run time as `&'static dyn`.
use nk_i18n_common::{thousands, year_span, Figures};
use wasm_bindgen::prelude::*;

#[derive(Clone, Copy)]
pub(crate) enum Lang {
    En,
    Ko,
}

pub(crate) trait Catalogue {
    fn summary(&self, from: u16, to: u16, unhcr: u64, main: u64, persons: u64) -> String;
    fn unhcr_none(&self, from: u16, to: u16) -> String;
    fn unknown_settings(&self, n: usize) -> String;
    fn admin_outcomes(&self, n: u64) -> String;
    fn caption(&self, from: u16, to: u16) -> String;
    fn grant_rate(&self, pct: u32) -> String;
    fn tooltip(&self, year: u16, value: u64) -> String;
    fn reversed(&self, from: u16, to: u16) -> String;
    fn range_note(&self) -> &'static str;
    fn announce_range(&self, low: u64, high: u64) -> String;
    fn gap(&self, from: u16, to: u16, years: u16) -> String;
    fn downloaded(&self, file: &str) -> String;
}

struct En;
struct Ko;

impl Catalogue for En {
    fn summary(&self, from: u16, to: u16, unhcr: u64, main: u64, persons: u64) -> String {
        format!(
            "{}: UNHCR counts {} asylum applications by North Koreans in the UK; the Home Office counts {} main applicants, or {} people once their dependants are included.",
            year_span(from, to),
            thousands(unhcr),
            thousands(main),
            thousands(persons)
        )
    }
    fn unhcr_none(&self, from: u16, to: u16) -> String {
        format!("UNHCR publishes no figures for {}", year_span(from, to))
    }
    fn unknown_settings(&self, n: usize) -> String {
        match n {
            1 => "1 setting in the address was not recognised and was ignored.".to_string(),
            n => format!("{n} settings in the address were not recognised and were ignored."),
        }
    }
    fn admin_outcomes(&self, n: u64) -> String {
        match n {
            1 => "Not shown: 1 administrative outcome (cases made void), which falls in none of the four groups.".to_string(),
            n => format!("Not shown: {n} administrative outcomes (cases made void), which fall in none of the four groups."),
        }
    }
    fn caption(&self, from: u16, to: u16) -> String {
        format!("UNHCR figures, persons, including dependants, {}", year_span(from, to))
    }
    fn grant_rate(&self, pct: u32) -> String {
        format!("{pct}% of decisions were grants")
    }
    fn tooltip(&self, year: u16, value: u64) -> String {
        format!("{year}. Applications: {}.", thousands(value))
    }
    fn reversed(&self, from: u16, to: u16) -> String {
        format!("The years in the address were the wrong way round; showing {from}–{to}.")
    }
    fn range_note(&self) -> &'static str {
        "* A range: the total includes values UNHCR publishes as 5, which stand for any number from 1 to 5."
    }
    fn announce_range(&self, low: u64, high: u64) -> String {
        format!("applications from {} to {}", thousands(low), thousands(high))
    }
    fn gap(&self, from: u16, to: u16, years: u16) -> String {
        let span = year_span(from, to);
        match years {
            1 => format!("The Home Office publishes no figures for {span}, so the totals leave that year out."),
            _ => format!("The Home Office publishes no figures for {span}, so the totals leave those years out."),
        }
    }
    fn downloaded(&self, file: &str) -> String {
        format!("Downloaded {file}.")
    }
}

// Korean has no grammatical plural (CLDR: "other" only), so the counts need no selector.
impl Catalogue for Ko {
    fn summary(&self, from: u16, to: u16, unhcr: u64, main: u64, persons: u64) -> String {
        format!(
            "{}년: 유엔난민기구(UNHCR)는 북한 국적자의 영국 망명 신청을 {}명으로 집계합니다. 영국 내무부(Home Office)는 주 신청자 {}명, 부양가족을 포함하면 {}명으로 집계합니다.",
            year_span(from, to),
            thousands(unhcr),
            thousands(main),
            thousands(persons)
        )
    }
    fn unhcr_none(&self, from: u16, to: u16) -> String {
        format!("유엔난민기구(UNHCR)는 {}년 수치를 발표하지 않습니다", year_span(from, to))
    }
    fn unknown_settings(&self, n: usize) -> String {
        format!("주소의 설정 {n}개를 인식하지 못해 무시했습니다.")
    }
    fn admin_outcomes(&self, n: u64) -> String {
        format!("표시하지 않음: 행정 처리 결과 {n}건(무효 처리된 사건)은 네 가지 분류 어디에도 속하지 않습니다.")
    }
    fn caption(&self, from: u16, to: u16) -> String {
        format!("유엔난민기구(UNHCR) 수치, 부양가족을 포함한 인원, {}년", year_span(from, to))
    }
    fn grant_rate(&self, pct: u32) -> String {
        format!("결정의 {pct}%가 승인이었습니다")
    }
    fn tooltip(&self, year: u16, value: u64) -> String {
        format!("{year}년. 신청: {}건.", thousands(value))
    }
    fn reversed(&self, from: u16, to: u16) -> String {
        format!("주소의 연도 순서가 거꾸로 되어 있었습니다. {from}–{to}년을 표시합니다.")
    }
    fn range_note(&self) -> &'static str {
        "* 범위: 합계에는 유엔난민기구가 5로 발표한 값이 포함되며, 이는 1부터 5까지의 어떤 수일 수도 있습니다."
    }
    fn announce_range(&self, low: u64, high: u64) -> String {
        format!("신청 {}건에서 {}건 사이", thousands(low), thousands(high))
    }
    fn gap(&self, from: u16, to: u16, _years: u16) -> String {
        format!("영국 내무부는 {}년 수치를 발표하지 않으므로 합계에서 해당 연도는 제외됩니다.", year_span(from, to))
    }
    fn downloaded(&self, file: &str) -> String {
        format!("{file} 파일을 내려받았습니다.")
    }
}

pub(crate) fn text(lang: Lang) -> &'static dyn Catalogue {
    match lang {
        Lang::En => &En,
        Lang::Ko => &Ko,
    }
}

#[wasm_bindgen]
pub fn render(lang: u8, a: u32, b: u32, from: u16, to: u16) -> String {
    let t = text(if lang == 1 { Lang::Ko } else { Lang::En });
    let f = Figures::new(a, b, from, to);
    let lines = [
        t.summary(f.from, f.to, f.unhcr, f.main, f.persons),
        t.unhcr_none(f.from, f.to),
        t.unknown_settings(f.settings),
        t.admin_outcomes(f.outcomes),
        t.caption(f.from, f.to),
        t.grant_rate(f.pct),
        t.tooltip(f.to, f.unhcr),
        t.reversed(f.from, f.to),
        t.range_note().to_string(),
        t.announce_range(f.main, f.unhcr),
        t.gap(f.from, f.to, f.gap_years),
        t.downloaded(&f.file),
    ];
    lines.join("\n")
}
