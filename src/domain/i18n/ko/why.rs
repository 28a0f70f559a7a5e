//! "차이의 이유" (Why they differ). The point of reasons 2 and 3 is that the sources use
//! different words: 불인정 (UNHCR rejected) is not 거부 (Home Office refused), and 인정
//! (UNHCR recognised) is not 허가 (Home Office granted); glossary §4 and §6.

use super::super::common::Common;
use super::super::why::WhyText;
use super::super::Ko;
use crate::domain::figures::{Measure, YearRange};
use crate::domain::format::thousands;

fn span(range: YearRange) -> String {
    Ko.year_span(range.from(), range.to())
}

const MASKING: &str = "유엔난민기구는 개인 정보 보호를 위해 1–4를 모두 5로 공표한다.";
const PERSONS: &str = "유엔난민기구는 신청서에 함께 이름이 오른 가족(동반 가족)을 포함해 신청한 사람을 모두 센다. 기사에 인용된 영국 내무부 수치는 주 신청자만 센다.";

impl WhyText for Ko {
    fn why_heading(&self) -> &'static str {
        "두 출처의 수치가 다른 이유"
    }
    fn why_note(&self) -> &'static str {
        "영국 내무부 결과를 유엔난민기구 범주에 짝지은 것은 수치에서 추론한 것이다. 어느 기관도 이 대응표를 공표하지 않는다. 각 이유에 그 대응이 몇 년 동안 맞는지 적었다."
    }

    // "12년 중 6년" (glossary §5).
    fn in_years(&self, inside: usize, compared: usize) -> String {
        match compared {
            0 => "두 출처 모두 수치가 있는 해 없음".to_string(),
            c => format!("{c}년 중 {inside}년"),
        }
    }
    fn decision_scope(&self, range: YearRange, both: &[u16]) -> String {
        let span = span(range);
        if both.len() == range.len() {
            format!("{span}에")
        } else {
            format!(
                "{span} 가운데 두 출처 모두 결정 수치가 있는 {}에",
                self.years(both)
            )
        }
    }

    fn persons_title(&self) -> &'static str {
        "전체 인원인가, 주 신청자인가"
    }
    fn persons_none_compared(&self, range: YearRange, unhcr: &[u16], homeoffice: &[u16]) -> String {
        let span = span(range);
        let side = |name: &str, covered: &[u16]| {
            if covered.is_empty() {
                format!("{name}의 {span} 신청 자료는 없다.")
            } else if covered.len() == range.len() {
                format!("{name} 자료에는 모든 해의 신청 수치가 있다.")
            } else {
                format!(
                    "{name} 자료에는 {}에만 신청 수치가 있다.",
                    self.years(covered)
                )
            }
        };
        format!(
            "{PERSONS} {span}에는 두 출처 모두 신청 수치가 있는 해가 없다. {} {}",
            side("유엔난민기구", unhcr),
            side("영국 내무부", homeoffice)
        )
    }
    fn persons_counts(
        &self,
        range: YearRange,
        both: &[u16],
        uncovered: &[u16],
        counts: [u64; 3],
        unhcr: &str,
    ) -> String {
        let span = span(range);
        let scope = if uncovered.is_empty() {
            format!("{span}에")
        } else {
            format!(
                "{span} 가운데 두 출처 모두 신청 수치가 있는 {}에({} 제외)",
                self.years(both),
                self.years(uncovered)
            )
        };
        let [main, dependants, persons] = counts.map(thousands);
        format!("{PERSONS} {scope} 영국 내무부는 주 신청자 {main}명과 동반 가족 {dependants}명, 모두 {persons}명을 집계했고 유엔난민기구는 {unhcr}명을 집계했다.")
    }
    fn persons_agreement(&self, equal: &[u16], compared: usize) -> String {
        match (equal.len(), compared) {
            (1, 1) => format!(
                "전체 인원으로 세면 {}에는 두 출처의 수치가 정확히 일치한다.",
                self.years(equal)
            ),
            (e, n) if e == n => format!(
                "전체 인원으로 세면 두 출처 모두 수치가 있는 {n}년 모두 두 수치가 정확히 일치한다."
            ),
            (0, n) => format!(
                "전체 인원으로 세면 두 출처 모두 수치가 있는 {n}년 가운데 두 수치가 정확히 일치하는 해는 없다."
            ),
            (e, n) => format!(
                "전체 인원으로 세면 두 출처 모두 수치가 있는 {n}년 중 {e}년은 두 수치가 정확히 일치한다."
            ),
        }
    }
    fn persons_within_rounding(&self, years: &[u16]) -> String {
        format!(
            " {}에는 영국 내무부 수치가 유엔난민기구가 공표한 범위 안에 있어(유엔난민기구는 1–4를 5로 공표한다) 두 수치는 공표 범위 안에서 일치한다.",
            self.years(years)
        )
    }
    fn persons_differ(&self, years: &[(u16, u64, String)]) -> String {
        let items: Vec<String> = years
            .iter()
            .map(|(year, ho, u)| {
                format!(
                    "{year}년(영국 내무부 {}명, 유엔난민기구 {u}명)",
                    thousands(*ho)
                )
            })
            .collect();
        format!(" {}에는 두 수치가 다르다.", self.list(&items))
    }
    fn fig_unhcr_people(&self) -> &'static str {
        "유엔난민기구, 전체 인원(명)"
    }
    fn fig_ho_people(&self) -> &'static str {
        "영국 내무부, 전체 인원(명)"
    }
    fn fig_ho_main(&self) -> &'static str {
        "영국 내무부, 주 신청자(명)"
    }
    fn fig_ho_dependants(&self) -> &'static str {
        "영국 내무부, 동반 가족(명)"
    }

    fn refused_title(&self) -> &'static str {
        "\"불인정\"과 \"거부\"는 다르다"
    }
    fn refused_explain(&self) -> &'static str {
        "영국 내무부의 \"거부\"에는 신청자가 절차를 따르지 않아(예: 면접 불참) 내린 절차 불이행 거부와, 안전한 제3국으로 넘긴 제3국 사유 거부도 들어간다. 유엔난민기구는 신청 사유를 심사한 결과 내린 부정 결정만 \"불인정\"으로 세고, 나머지는 취하와 함께 \"기타 종결\"로 분류하는 것으로 보인다(수치에서 추론한 것으로, 어느 기관도 이 대응표를 공표하지 않는다)."
    }
    fn refused_none(&self, range: YearRange) -> String {
        format!(
            "{}에는 두 출처 모두 결정 수치가 있는 해가 없어 여기서는 두 수치를 나란히 놓을 수 없다.",
            span(range)
        )
    }
    fn refused_compared(
        &self,
        scope: &str,
        substance: u64,
        rejected: &str,
        holds: [&str; 2],
    ) -> String {
        let [rejected_holds, closed_holds] = holds;
        format!(
            "{scope} 영국 내무부의 실체 심사 후 거부(기타 거부와 인증 거부, 전체 인원)는 {}명이고, 유엔난민기구의 \"불인정\"은 {rejected}명이다. 연도별로 보면 영국 내무부의 실체 심사 후 거부가 유엔난민기구가 공표한 \"불인정\"의 범위 안에 드는 해는 {rejected_holds}이고, 절차 불이행 거부와 제3국 사유 거부에 취하를 더한 값이 \"기타 종결\"의 범위 안에 드는 해는 {closed_holds}이다.",
            thousands(substance)
        )
    }
    fn refused_main(&self, main: Option<&str>) -> String {
        match main {
            Some(main) => {
                format!("기사처럼 주 신청자로 세면 영국 내무부의 \"거부\"는 {main}명이다.")
            }
            None => "기사처럼 주 신청자로 센 영국 내무부의 \"거부\" 자료는 없다.".to_string(),
        }
    }
    fn fig_rejected(&self) -> &'static str {
        "유엔난민기구, 불인정(명)"
    }
    fn fig_refused_substance(&self) -> &'static str {
        "영국 내무부, 실체 심사 후 거부(전체 인원, 명)"
    }
    fn fig_procedural(&self) -> &'static str {
        "영국 내무부, 절차 불이행 거부와 제3국 사유 거부(전체 인원, 명)"
    }
    fn fig_withdrawn(&self) -> &'static str {
        "영국 내무부, 취하(전체 인원, 명)"
    }
    fn fig_closed(&self) -> &'static str {
        "유엔난민기구, 기타 종결(명)"
    }
    fn fig_refused_main(&self) -> &'static str {
        "영국 내무부, 거부(주 신청자, 명)"
    }
    fn fig_holds_rejected(&self) -> &'static str {
        "추론한 대응이 맞는 해: 불인정"
    }
    fn fig_holds_closed(&self) -> &'static str {
        "추론한 대응이 맞는 해: 기타 종결"
    }

    fn granted_title(&self) -> &'static str {
        "\"인정\"과 \"허가\"는 다르다"
    }
    fn granted_explain(&self) -> &'static str {
        "유엔난민기구의 \"인정\"은 난민 지위만 뜻한다. 인도적 보호와 기타 체류 허가는 보충적 보호로 따로 센다. 기사에 인용된 영국 내무부의 \"허가\"는 이들을 모두 더한 값이지만 주 신청자만 센다."
    }
    fn granted_none(&self, range: YearRange, main: Option<&str>) -> String {
        let main = match main {
            Some(main) => format!(
                "영국 내무부가 보호 또는 체류를 허가한(모든 유형) 주 신청자는 {main}명이다."
            ),
            None => "영국 내무부가 보호 또는 체류를 허가한(모든 유형) 주 신청자 자료는 없다."
                .to_string(),
        };
        format!(
            "{}에는 두 출처 모두 결정 수치가 있는 해가 없다. {main}",
            span(range)
        )
    }
    fn granted_compared(
        &self,
        scope: &str,
        recognised: &str,
        refugee_permission: u64,
        main: Option<&str>,
        holds: [&str; 2],
    ) -> String {
        let [recognised_holds, complementary_holds] = holds;
        let main = match main {
            Some(main) => format!("보호 또는 체류를 허가한(모든 유형) 주 신청자는 {main}명이다"),
            None => "보호 또는 체류를 허가한(모든 유형) 주 신청자 자료는 없다".to_string(),
        };
        format!(
            "{scope} 유엔난민기구는 {recognised}명을 난민으로 인정했고, 영국 내무부는 {}명에게 난민 지위를 부여했다. 영국 내무부가 {main}. 난민 지위 부여를 \"인정\"에 짝지은 것은 추론한 대응이다. 연도별로 보면 난민 지위 부여가 유엔난민기구가 공표한 수치의 범위 안에 드는 해는 {recognised_holds}이고, 인도적 보호와 기타 체류 허가를 더한 값이 보충적 보호의 범위 안에 드는 해는 {complementary_holds}이다.",
            thousands(refugee_permission)
        )
    }
    fn fig_recognised(&self) -> &'static str {
        "유엔난민기구, 난민 인정(명)"
    }
    fn fig_refugee_permission(&self) -> &'static str {
        "영국 내무부, 난민 지위 부여(전체 인원, 명)"
    }
    fn fig_complementary(&self) -> &'static str {
        "유엔난민기구, 보충적 보호(명)"
    }
    fn fig_protection_other(&self) -> &'static str {
        "영국 내무부, 인도적 보호와 기타 체류 허가(전체 인원, 명)"
    }
    fn fig_granted_main(&self) -> &'static str {
        "영국 내무부, 보호 또는 체류 허가(주 신청자, 명)"
    }
    fn fig_holds_recognised(&self) -> &'static str {
        "추론한 대응이 맞는 해: 난민 인정"
    }
    fn fig_holds_complementary(&self) -> &'static str {
        "추론한 대응이 맞는 해: 보충적 보호"
    }

    fn masking_title(&self) -> &'static str {
        "작은 수는 5로 공표된다"
    }
    fn masking_none(&self, range: YearRange) -> String {
        format!("{MASKING} {}의 유엔난민기구 자료는 없다.", span(range))
    }
    fn masking_unaffected(&self, range: YearRange, cells: usize) -> String {
        format!(
            "{MASKING} {}의 유엔난민기구 수치 {cells}개 가운데 여기에 해당하는 수치는 없다.",
            span(range)
        )
    }
    // The glossary's sentence (§5), then how many of the years' figures are such 5s.
    fn masking_text(
        &self,
        range: YearRange,
        masked: usize,
        cells: usize,
        example: Option<(&str, u64, &str)>,
    ) -> String {
        let example = example.map_or(String::new(), |(name, published, truth)| {
            format!(
                " 예를 들어 {name} 합계는 공표된 값으로는 {}명이지만 실제로는 {truth}명이다.",
                thousands(published)
            )
        });
        format!(
            "{MASKING} 따라서 5는 1–5 사이의 어떤 수라는 뜻이다. {}의 연도별 유엔난민기구 수치 {cells}개 가운데 {masked}개가 이런 5여서, 여기서 유엔난민기구 합계의 일부는 범위로 나타난다.{example} 영국 내무부는 작은 수도 그대로 공표한다.",
            span(range)
        )
    }
    fn masking_measure(&self, measure: Measure) -> &'static str {
        match measure {
            Measure::Applications => "신청",
            Measure::Granted => "난민 인정",
            Measure::Complementary => "보충적 보호",
            Measure::Refused => "불인정",
            Measure::Closed => "기타 종결",
        }
    }
    fn fig_masked(&self) -> &'static str {
        "5로 공표된 유엔난민기구 수치(개)"
    }
    fn fig_cells(&self) -> &'static str {
        "이 기간 유엔난민기구의 연도별 수치(개)"
    }

    fn stock_title(&self) -> &'static str {
        "연간 흐름과 연말 규모"
    }
    fn stock_text(&self, year: u16, stock: &str, applications: &str) -> String {
        format!(
            "신청과 결정은 연간 흐름, 곧 한 해 동안 일어난 일이다. 유엔난민기구는 연말 규모도 공표한다. {year}년 말 영국에 사는 북한 출신 난민은 {stock}명이었다. 연말 규모에는 앞선 해에 인정받은 사람도 들어가고, 사람들이 다른 나라로 옮기거나 시민권을 얻으면 줄어든다. 그래서 어느 출처의 신청 수치와도 견줄 수 없다({applications})."
        )
    }
    fn stock_applications(&self, range: YearRange, total: Option<&str>, missing: &[u16]) -> String {
        let span = span(range);
        let gap = format!("{} 신청 자료는 없다", self.years(missing));
        match (total, missing.is_empty()) {
            (Some(total), true) => format!("유엔난민기구 집계로 {span} 신청 {total}명"),
            (Some(total), false) => {
                format!("유엔난민기구 집계로 {span} 신청 {total}명이며, 그중 {gap}")
            }
            (None, _) => format!("유엔난민기구의 {gap}"),
        }
    }
    fn stock_none(&self, range: YearRange) -> String {
        format!(
            "{}의 유엔난민기구 연말 규모(영국에 사는 난민 수) 자료는 없다.",
            span(range)
        )
    }
    fn fig_stock(&self, year: u16) -> String {
        format!("유엔난민기구, {year}년 말 영국에 사는 난민(명)")
    }
}
