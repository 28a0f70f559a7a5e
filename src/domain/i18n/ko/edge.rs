//! 페이지 가장자리의 문구: 주소 알림, 데이터·불러오기 오류, 상태, 퍼가기 제목 (the page's edges).
//! 상태와 오류 메시지는 합니다체로 씁니다(용어집 §0, §8). 조사는 가변 값 뒤에 붙이지 않고
//! 고정된 말(값, 수치, 보기, 년, 테마) 뒤에만 붙입니다(§9).

use super::super::common::Common;
use super::super::edge::EdgeText;
use super::super::page::PageText;
use super::super::{Ko, Lang};
use crate::domain::figures::{HoCount, Source, YearRange};
use crate::domain::notices::Fallback;
use crate::domain::params::Theme;

/// 출처의 짧은 이름(용어집 §1).
fn source_name(source: Source) -> &'static str {
    match source {
        Source::Unhcr => "유엔난민기구",
        Source::HomeOffice => "영국 내무부",
    }
}

/// 데이터 파일의 출처 id(`unhcr`, `homeoffice`)를 이름으로; 모르는 id는 그대로 씁니다.
fn source_of(id: &str) -> &str {
    Source::from_id(id).map_or(id, |s| source_name(s))
}

impl EdgeText for Ko {
    fn bad_value(&self, setting: Fallback) -> String {
        let (what, showing, accepted) = match setting {
            Fallback::Source(source) => (
                "출처 값",
                format!("{} 수치를 표시합니다", source_name(source)),
                "source=unhcr 또는 source=homeoffice",
            ),
            Fallback::View(view) => (
                "보기 값",
                format!("{} 보기를 표시합니다", self.view_name(view)),
                "view=chart, compare, why 또는 table",
            ),
            Fallback::From(year) => (
                "시작 연도 값",
                format!("{year}년부터 표시합니다"),
                "from=네 자리 연도(예: from=2003)",
            ),
            Fallback::To(year) => (
                "끝 연도 값",
                format!("{year}년까지 표시합니다"),
                "to=네 자리 연도(예: to=2015)",
            ),
            Fallback::Count(count) => (
                "집계 기준 값",
                format!(
                    "영국 내무부 수치를 {} 기준으로 표시합니다",
                    match count {
                        HoCount::MainApplicants => "주 신청자",
                        HoCount::Persons => "전체 인원",
                    }
                ),
                "count=main 또는 count=persons",
            ),
            Fallback::Theme(theme) => (
                "색상 테마 값",
                format!(
                    "{} 테마로 표시합니다",
                    match theme {
                        Theme::Auto => "자동",
                        Theme::Light => "밝은",
                        Theme::Dark => "어두운",
                    }
                ),
                "theme=auto, light 또는 dark",
            ),
            Fallback::Embed(embed) => (
                "화면 배치 값",
                if embed {
                    "퍼가기 화면으로 표시합니다"
                } else {
                    "전체 페이지로 표시합니다"
                }
                .to_string(),
                "embed=1 또는 embed=0",
            ),
            Fallback::Title(title) => (
                "제목 표시 값",
                if title {
                    "제목을 표시합니다"
                } else {
                    "제목 없이 표시합니다"
                }
                .to_string(),
                "title=1 또는 title=0",
            ),
            Fallback::Lang(lang) => (
                "언어 값",
                format!(
                    "{}로 표시합니다",
                    match lang {
                        Lang::En => "영어",
                        Lang::Ko => "한국어",
                    }
                ),
                "lang=en 또는 lang=ko",
            ),
        };
        format!(
            "주소에 이 페이지에 없는 {what}이 지정되어 {showing}. 사용할 수 있는 값: {accepted}"
        )
    }
    fn bad_values(&self, keys: &[&str]) -> String {
        let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        format!(
            "주소의 {} 값을 사용할 수 없어 무시했습니다.",
            self.list(&keys)
        )
    }
    fn unknown_settings(&self, n: usize) -> String {
        format!("주소의 설정 {n}개를 인식하지 못해 무시했습니다.")
    }
    fn reversed_years(&self, range: YearRange) -> String {
        format!(
            "주소의 시작 연도와 끝 연도가 뒤바뀌어 {}을 표시합니다.",
            self.year_span(range.from(), range.to())
        )
    }

    fn malformed(&self, detail: &str) -> String {
        format!("데이터 파일이 올바르지 않습니다: {detail}")
    }
    fn too_large(&self, bytes: usize, limit: usize) -> String {
        format!("데이터 파일의 크기가 {bytes}바이트로, 이 페이지가 받는 한도인 {limit}바이트보다 큽니다")
    }
    fn too_deep(&self, limit: usize) -> String {
        format!("데이터 파일의 중첩이 {limit}단계보다 깊습니다. 이런 구조의 데이터셋은 없습니다")
    }
    fn schema_version(&self, found: u32, expected: u32) -> String {
        format!("데이터 파일 형식 버전은 {found}인데 이 페이지는 {expected} 버전을 읽습니다")
    }
    fn no_figures(&self, source: &str) -> String {
        format!("데이터 파일에 {} 수치가 없습니다", source_of(source))
    }
    fn bad_year(&self, source: &str, year: u16) -> String {
        format!(
            "{} 자료의 {year}년이 순서가 어긋났거나, 중복되었거나, 있을 수 없는 연도입니다",
            source_of(source)
        )
    }
    fn bad_masked_cell(&self, year: u16, field: &str) -> String {
        format!("유엔난민기구 {year}년 {field}: 5로 공표된 값은 범위가 1–5여야 합니다")
    }
    fn total_mismatch(&self, year: u16, sum: u32, total: u32) -> String {
        format!("유엔난민기구 {year}년 결정: 세부 항목을 더하면 {sum}명인데 합계는 {total}명입니다")
    }
    fn insecure_link(&self, field: &str) -> String {
        format!("{field}: 출처 링크는 https:// 주소여야 합니다")
    }
    fn bad_quarters(&self, year: u16, quarters: u8) -> String {
        format!("영국 내무부 {year}년: 분기 수는 1–4여야 하는데 {quarters}입니다")
    }

    fn timeout(&self, seconds: u32) -> String {
        format!("수치를 내려받는 데 너무 오래 걸렸습니다({seconds}초). 인터넷 연결을 확인하고 다시 시도하세요.")
    }
    fn network(&self, detail: &str) -> String {
        format!("수치를 내려받지 못했습니다({detail}). 인터넷 연결을 확인하고 다시 시도하세요.")
    }
    fn http_status(&self, status: u16, text: &str) -> String {
        format!("데이터 파일을 불러오지 못했습니다. 서버 응답: {status} {text}")
            .trim_end()
            .to_string()
    }
    fn bad_data(&self, reason: &str) -> String {
        format!("데이터 파일이 손상되었거나 오래된 버전이어서 수치를 표시하지 않습니다. {reason}.")
    }

    fn loading(&self) -> &'static str {
        "수치를 불러오는 중…"
    }
    fn error_heading(&self) -> &'static str {
        "수치를 표시할 수 없습니다"
    }
    fn try_again(&self) -> &'static str {
        "다시 시도"
    }
    fn crash_heading(&self) -> &'static str {
        "문제가 생겼습니다"
    }
    fn crash_text(&self) -> &'static str {
        "페이지 오류로 인터랙티브가 멈췄습니다. 새로 고치면 대개 해결됩니다."
    }
    fn reload(&self) -> &'static str {
        "페이지 새로 고침"
    }

    fn embed_title(&self) -> &'static str {
        "영국의 북한 출신 난민 신청: 두 출처, 두 개의 집계"
    }
    fn fallback_heading(&self, range: YearRange) -> String {
        format!("{} 수치", self.year_span(range.from(), range.to()))
    }
    fn fallback_totals_caption(&self, range: YearRange) -> String {
        format!(
            "영국의 북한 출신 난민 신청자, {}: 출처별 합계",
            self.year_span(range.from(), range.to())
        )
    }
    fn fallback_measure(&self) -> &'static str {
        "항목"
    }
    fn fallback_yearly_caption(&self, range: YearRange) -> String {
        format!(
            "연도별 난민 신청, {}",
            self.year_span(range.from(), range.to())
        )
    }
    fn fallback_year(&self) -> &'static str {
        "연도"
    }
    fn fallback_sources(&self) -> &'static str {
        "출처"
    }
    fn fallback_licence(&self, licence: &str) -> String {
        format!("라이선스: {licence}.")
    }
    fn no_script_edition(&self) -> &'static str {
        "한국어판은 자바스크립트와 웹어셈블리가 있어야 볼 수 있습니다. 아래는 영어판의 수치입니다."
    }
}
