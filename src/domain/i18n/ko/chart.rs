//! 차트의 글 (what the charts say): 계열과 축 이름, 범례, 대체 텍스트, 이미지의 글꼴.

use super::super::chart::ChartText;
use super::super::Ko;

impl ChartText for Ko {
    fn applications(&self) -> &'static str {
        "신청"
    }
    fn masked_legend(&self) -> &'static str {
        "5로 공표: 실제 1–5"
    }
    fn axis_applications(&self) -> &'static str {
        "신청(명)"
    }
    fn axis_difference(&self) -> &'static str {
        "차이(명)"
    }
    fn describe_yearly_empty(&self, name: &str) -> String {
        format!("{name} 수치 차트: 선택한 연도가 없다.")
    }
    fn describe_yearly(&self, name: &str, unit: &str, first: u16, last: u16) -> String {
        format!("{first}–{last}년 {name}의 연도별 난민 신청({unit})과 결과별로 쌓은 연도별 결정을 보여 주는 차트다.")
    }
    // `total` and `peak` carry their counter (명), which takes 이며 / 으로.
    fn describe_peak(&self, total: &str, year: u16, peak: &str) -> String {
        format!(" 신청은 모두 {total}이며, {year}년에 {peak}으로 가장 많았다.")
    }
    fn describe_change(&self, from: &str, first: u16, to: &str, last: u16) -> String {
        format!(" {first}년 {from}에서 {last}년 {to}으로 바뀌었다.")
    }
    fn describe_outcome(&self, label: &str, total: &str) -> String {
        format!("{label} {total}")
    }
    fn describe_decisions(&self, outcomes: &[String]) -> String {
        format!(" 결정 합계: {}.", outcomes.join(", "))
    }
    fn describe_gap(&self, gap: &str) -> String {
        format!(" {gap}.")
    }
    fn agreement_none(&self) -> &'static str {
        "두 출처 모두 수치가 있는 해는 없다."
    }
    fn agreement(&self, equal: usize, compared: usize) -> String {
        format!("두 출처가 모두 다루는 {compared}년 중 수치가 일치하는 해는 {equal}년이다")
    }
    fn agreement_rounding(&self, rounding: usize) -> String {
        format!(". 다른 {rounding}년은 유엔난민기구 공표 범위 안에서 일치한다")
    }
    fn agreement_unhcr_missing(&self, years: &str) -> String {
        format!(" 유엔난민기구는 {years} 수치가 없다.")
    }
    fn agreement_ho_missing(&self, years: &str) -> String {
        format!(" 영국 내무부는 {years} 수치가 없다.")
    }
    fn signed_range(&self, low: &str, high: &str) -> String {
        format!("{low}명에서 {high}명 사이")
    }
    fn describe_compare_empty(&self) -> &'static str {
        "비교 차트: 선택한 연도가 없다."
    }
    fn describe_compare(
        &self,
        span: (u16, u16),
        unhcr: &str,
        homeoffice: &str,
        difference: &str,
        agreement: &str,
    ) -> String {
        format!(
            "{}–{}년 연도별 난민 신청을 비교하는 막대 차트다. 비교 대상: {unhcr}, {homeoffice}. 두 출처가 모두 다루는 해의 합계 차이(유엔난민기구 − 영국 내무부)는 {difference}이다. {agreement}",
            span.0, span.1
        )
    }
    fn describe_difference(&self, ho_label: &str, difference: &str) -> String {
        format!("두 출처가 모두 다루는 해에 대해 유엔난민기구 신청에서 {ho_label} 신청을 뺀 값을 연도별로 보여 주는 막대 차트다. 합계는 {difference}이다.")
    }
    fn font_family(&self) -> &'static str {
        "system-ui, -apple-system, 'Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', 'Malgun Gothic', 'Segoe UI', Roboto, Arial, sans-serif"
    }
}
