//! "비교" (Compare). Series and rows name both sources' own terms (glossary §3–§4).

use super::super::common::Common;
use super::super::compare::{CompareText, Lacks};
use super::super::Ko;
use crate::domain::figures::{HoCount, Measure, Source, YearRange};
use crate::domain::format::thousands;

impl CompareText for Ko {
    fn compare_heading(&self) -> &'static str {
        "연도별 신청: 두 출처 비교"
    }
    fn difference_heading(&self) -> &'static str {
        "연도별 차이(유엔난민기구 − 영국 내무부)"
    }
    fn difference_title(&self, title: &str) -> String {
        format!("{title}: 차이")
    }
    fn note_granted(&self) -> &'static str {
        "유엔난민기구의 \"보호 또는 체류 허가\" 수치는 난민 인정과 보충적 보호를 더한 값이다."
    }
    fn note_procedural(&self, n: u32, count: HoCount) -> String {
        let unit = match count {
            HoCount::MainApplicants => "주 신청자",
            HoCount::Persons => "전체 인원",
        };
        format!(
            "영국 내무부의 \"거부\"에는 절차 불이행 거부와 제3국 사유 거부 {}명({unit})이 들어 있다. 유엔난민기구는 이들을 \"불인정\"이 아니라 \"기타 종결\"로 세는 것으로 보인다(수치에서 추론한 것이다. \"차이의 이유\" 참고).",
            thousands(n.into())
        )
    }
    fn note_range(&self) -> &'static str {
        "* 범위: 합계에 유엔난민기구가 5로 공표한 값(실제 1–5)이 들어 있다."
    }
    fn totals_caption(&self) -> &'static str {
        "선택한 기간의 합계"
    }
    fn column_measure(&self) -> &'static str {
        "항목"
    }
    fn column_source(&self, source: Source, count: HoCount) -> &'static str {
        match (source, count) {
            (Source::Unhcr, _) => "유엔난민기구(전체 인원)",
            (Source::HomeOffice, HoCount::MainApplicants) => "영국 내무부(주 신청자)",
            (Source::HomeOffice, HoCount::Persons) => "영국 내무부(전체 인원)",
        }
    }
    fn total_row(&self, measure: Measure) -> &'static str {
        match measure {
            Measure::Applications => "신청",
            Measure::Granted | Measure::Complementary => "보호 또는 체류 허가(모든 유형)",
            Measure::Refused => "거부(유엔난민기구: 불인정)",
            Measure::Closed => "취하(유엔난민기구: 기타 종결)",
        }
    }
    // "자료가 없다", not "공표하지 않는다": the glossary (§5) avoids saying it was withheld.
    fn coverage_gap(&self, source: Source, lacks: Lacks, missing: &[u16]) -> String {
        let subject = match source {
            Source::Unhcr => "유엔난민기구",
            Source::HomeOffice => "영국 내무부",
        };
        let kind = match lacks {
            Lacks::Figures => "",
            Lacks::Applications => " 신청",
            Lacks::Decisions => " 결정",
        };
        format!("{subject}의 {}{kind} 자료는 없다", self.years(missing))
    }
    fn coverage_note(&self, gaps: &[String]) -> String {
        format!(
            "{}. 따라서 두 출처의 합계가 다루는 해가 서로 다르다.",
            gaps.join(". ")
        )
    }
    fn compare_offer(&self, both: YearRange) -> String {
        format!(
            "두 출처가 모두 다루는 {}만 비교",
            self.year_span(both.from(), both.to())
        )
    }
}
