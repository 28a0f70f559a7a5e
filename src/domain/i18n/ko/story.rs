//! 스토리의 문장, 라벨, 표 (the story's sentences, labels and tables). 계산한 문장은 한다체,
//! 라벨은 명사형으로 쓴다(`docs/glossary-ko.md` §0). 숫자는 영어판과 같은 함수로 만들고
//! 단위(명, 개, 년)는 숫자에 붙여 쓴다(§9).

use super::super::story::StoryText;
use super::super::Ko;
use crate::domain::dataset::SourceMeta;
use crate::domain::figures::Measure;
use crate::domain::labels::{label, short, MeasureLabel};
use crate::domain::narrative::FigureKind;
use crate::domain::scope::{HoCount, Source};

impl StoryText for Ko {
    fn source_name(&self, source: Source) -> Option<&'static str> {
        Some(self.subject(source))
    }
    fn subject(&self, source: Source) -> &'static str {
        match source {
            Source::Unhcr => "유엔난민기구",
            Source::HomeOffice => "영국 내무부",
        }
    }
    // Both subjects end in a vowel (구, 부), hence 가.
    fn gap(&self, subject: &str, kind: FigureKind, years: &str) -> String {
        let kind = match kind {
            FigureKind::All => "자료",
            FigureKind::Applications => "신청 자료",
            FigureKind::Decisions => "결정 자료",
        };
        format!("{subject}가 공표한 {years} {kind}는 없다")
    }
    fn gap_note(&self, gap: &str, years: usize, has_data: bool) -> String {
        match (has_data, years) {
            (false, _) => format!("{gap}."),
            (true, 1) => format!("{gap}. 따라서 합계에서 그 해를 뺐다."),
            (true, _) => format!("{gap}. 따라서 합계에서 그 해들을 뺐다."),
        }
    }
    fn gap_chart_note(&self, gap: &str, single: bool) -> String {
        let those = if single {
            "그 해는"
        } else {
            "그 해들은"
        };
        format!("{gap}. {those} 0이 아니라 자료가 없는 해다.")
    }
    fn lede(&self, span: &str, unhcr: &str, homeoffice: &str) -> String {
        format!("{span} {unhcr}. {homeoffice}.")
    }
    fn lede_unhcr_none(&self, name: &str) -> String {
        format!("{name}가 공표한 영국 내 북한 출신자의 난민 신청 자료는 없다")
    }
    fn lede_unhcr(&self, name: &str, total: &str, missing: &str) -> String {
        let gap = if missing.is_empty() {
            String::new()
        } else {
            format!("({missing} 자료는 없다)")
        };
        format!("{name}는 영국 내 북한 출신자의 난민 신청을 {total}명으로 집계했다{gap}")
    }
    fn lede_ho_none(&self, name: &str, missing: &str) -> String {
        format!("{name}가 공표한 {missing} 자료는 없다")
    }
    fn lede_ho(&self, name: &str, main: &str, persons: &str, missing: &str) -> String {
        let gap = if missing.is_empty() {
            String::new()
        } else {
            format!("({missing} 자료는 아직 없다)")
        };
        format!("{name}는 주 신청자 {main}명, 동반 가족을 포함하면 {persons}명으로 집계했다{gap}")
    }
    fn range_note(&self) -> &'static str {
        "* 범위: 유엔난민기구가 5로 공표한 값(실제 값 1–5)이 합계에 포함되어 있어 실제 합계는 이 범위 안에 있다."
    }
    fn announcement(&self, caption: &str, figures: &[String]) -> String {
        format!("{caption}. {}.", figures.join(", "))
    }
    fn announce_figure(&self, label: &str, value: &str) -> String {
        format!("{label} {value}")
    }
    fn people(&self, n: &str) -> String {
        format!("{n}명")
    }
    fn announce_range(&self, low: &str, high: &str) -> String {
        format!("{low}명에서 {high}명 사이")
    }
    fn caption(&self, source_name: &str, unit: &str, span: &str) -> String {
        format!("{source_name} 수치, {unit}, {span}")
    }
    fn masked_note(&self, masked: usize) -> String {
        format!("흐린 막대와 점선 테두리 점(이 기간 {masked}개)은 유엔난민기구가 5로 공표한 값으로, 실제 값은 1–5이다.")
    }
    fn admin_void_note(&self, admin: u32) -> String {
        format!(
            "표시하지 않음: 행정 처리로 무효가 된 {admin}명(네 가지 결과 어디에도 속하지 않는다)."
        )
    }
    fn partial_year_note(&self, year: u16, quarters: u8) -> String {
        format!("{year}년 수치는 {quarters}분기까지만 포함한다.")
    }
    fn image_title(&self, span: &str, source_name: &str) -> String {
        format!("영국의 북한 출신 난민 신청, {span}: {source_name} 수치")
    }
    fn image_title_compare(&self, span: &str) -> String {
        format!("영국의 북한 출신 난민 신청, {span}: 유엔난민기구와 영국 내무부")
    }

    fn measure(&self, source: Source, measure: Measure, count: HoCount) -> MeasureLabel {
        use Measure::*;
        match (source, measure) {
            (Source::Unhcr, Applications) | (Source::HomeOffice, Applications) => {
                label("신청", "신청", self.unit(source, count))
            }
            (Source::Unhcr, Granted) => short(label("난민 인정", "난민 인정", "난민 지위"), "인정"),
            (Source::Unhcr, Complementary) => short(
                label("보충적 보호", "보충적 보호", "예: 인도적 보호"),
                "보충 보호",
            ),
            (Source::Unhcr, Refused) => label("불인정", "불인정", "신청 사유를 심사한 결과"),
            (Source::Unhcr, Closed) => short(
                label("기타 종결", "기타 종결", "취하, 절차 불이행, 제3국"),
                "종결",
            ),
            // The card adds protection and other leave; the series is protection alone.
            (Source::HomeOffice, Granted) => label("허가", "보호 허가", ""),
            (Source::HomeOffice, Complementary) => label("기타 체류 허가", "기타 체류 허가", ""),
            (Source::HomeOffice, Refused) => {
                label("거부", "거부", "절차 불이행·제3국 사유 거부 포함")
            }
            (Source::HomeOffice, Closed) => label("취하", "취하", "결정 전에 취하된 신청"),
        }
    }
    fn unit(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) => "동반 가족을 포함한 전체 인원",
            (Source::HomeOffice, HoCount::MainApplicants) => "주 신청자",
            (Source::HomeOffice, HoCount::Persons) => "전체 인원(주 신청자와 동반 가족)",
        }
    }
    fn short_unit(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) | (Source::HomeOffice, HoCount::Persons) => "전체 인원",
            (Source::HomeOffice, HoCount::MainApplicants) => "주 신청자",
        }
    }
    fn compare_series(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) => "유엔난민기구(전체 인원)",
            (Source::HomeOffice, HoCount::MainApplicants) => "영국 내무부(주 신청자)",
            (Source::HomeOffice, HoCount::Persons) => "영국 내무부(전체 인원)",
        }
    }
    fn difference(&self) -> &'static str {
        "유엔난민기구 − 영국 내무부"
    }
    fn granted_detail(&self, protection: &str, other: &str) -> String {
        format!("보호 허가 {protection}명 + 기타 체류 허가 {other}명")
    }

    fn year_column(&self) -> &'static str {
        "연도"
    }
    fn count_column(&self, label: &str) -> String {
        format!("{label}(명)")
    }
    fn yearly_caption(&self, source_name: &str, unit: &str, span: &str) -> String {
        format!("{source_name}: 연도별 난민 신청과 결정, {unit}, {span}")
    }
    fn compare_caption(&self, ho_unit: &str, span: &str) -> String {
        format!("연도별 난민 신청: 유엔난민기구(전체 인원), 영국 내무부({ho_unit}), {span}")
    }
    fn compare_unhcr_column(&self) -> String {
        "유엔난민기구 전체 인원(명)".to_string()
    }
    fn compare_ho_column(&self, ho_unit: &str) -> String {
        format!("영국 내무부 {ho_unit}(명)")
    }
    fn compare_difference_column(&self) -> String {
        "차이(명): 유엔난민기구 − 영국 내무부".to_string()
    }
    fn no_difference(&self) -> &'static str {
        "자료 없음"
    }
    fn reasons_caption(&self, span: &str) -> String {
        format!("두 출처의 수치가 다른 이유: 관련 수치, {span}")
    }
    fn reasons_columns(&self) -> [&'static str; 3] {
        ["이유", "항목", "값"]
    }
    // Published names and licences as published, each with the glossary's gloss (§1).
    fn provenance_unhcr(&self, m: &SourceMeta) -> String {
        format!(
            "출처: {} (유엔난민기구), {} (유엔난민기구 난민 인구 통계 데이터베이스: 난민 신청, 결정, 인구). {}. 라이선스: {} (크리에이티브 커먼즈 저작자표시 4.0 국제). {}",
            m.publisher, m.name, m.edition, m.licence, m.url
        )
    }
    fn provenance_homeoffice(&self, m: &SourceMeta) -> String {
        format!(
            "출처: {} (영국 내무부), {} (이민 제도 통계: 난민 신청(Asy_D01), 1차 결정(Asy_D02)). {}. 라이선스: {} (영국 정부 공공 저작물 이용 허락 3.0판). {}",
            m.publisher, m.name, m.edition, m.licence, m.url
        )
    }
    fn provenance_masked(&self) -> &'static str {
        "1-5로 적은 값은 유엔난민기구가 5로 공표한 값으로, 1에서 5 사이의 어떤 수라는 뜻이다. 빈칸은 0이 아니라 그 출처의 수치가 없다는 뜻이다."
    }
    fn provenance_inferred(&self) -> &'static str {
        "영국 내무부 결과를 유엔난민기구 범주에 짝지은 것은 수치에서 추론한 것이다. 어느 기관도 이 대응표를 공표하지 않는다."
    }
    // A machine-stable key, so that a script finds the English column ids.
    fn csv_columns_label(&self) -> Option<&'static str> {
        Some("columns")
    }
    fn credit(&self, u: &SourceMeta, h: &SourceMeta) -> String {
        format!(
            "출처: {} (유엔난민기구), {} ({}); {} (영국 내무부), {} ({})",
            u.publisher, u.edition, u.licence, h.publisher, h.edition, h.licence
        )
    }
    fn credit_line(&self, u: &SourceMeta, h: &SourceMeta) -> String {
        format!(
            "출처: 유엔난민기구({}, {}); 영국 내무부({}, {})",
            u.short_name, u.licence, h.short_name, h.licence
        )
    }

    fn chart_heading(&self) -> &'static str {
        "연도별 신청과 결정"
    }
    fn table_heading(&self) -> &'static str {
        "연도별 전체 수치"
    }
    fn explained(&self, label: &str, detail: &str) -> String {
        format!("{label}: {detail}")
    }
}
