//! 페이지 자체의 말: 제목, 조작, 버튼, 보조 기술용 라벨, 공유와 퍼가기, 차트 오류.

use super::super::page::PageText;
use super::super::Ko;
use crate::domain::figures::HoCount;
use crate::domain::params::View;

impl PageText for Ko {
    fn page_title(&self) -> &'static str {
        "영국의 북한 출신 난민 신청: 두 출처, 두 개의 집계"
    }
    fn kicker(&self) -> &'static str {
        "데이터 스토리 · 난민"
    }
    fn headline(&self) -> &'static str {
        "영국의 북한 출신 난민 신청: 두 출처, 두 개의 집계"
    }
    fn standfirst(&self) -> &'static str {
        "유엔난민기구(UNHCR)와 영국 내무부는 영국에 난민 신청을 한 북한 출신자의 수를 서로 다르게 \
         공표한다. 둘 다 맞다. 세는 사람이 다르고 결정을 묶는 방식이 다르기 때문이다. 두 출처를 \
         연도별로 바꿔 보며 차이가 어디서 생기는지 확인해 보자."
    }
    fn skip_to_figures(&self) -> &'static str {
        "수치로 건너뛰기"
    }
    fn loading_interactive(&self) -> &'static str {
        "한국어판 인터랙티브 차트를 불러오는 중…"
    }
    fn choose_figures(&self) -> &'static str {
        "수치 선택"
    }
    fn skip_to_chart(&self) -> &'static str {
        "차트로 건너뛰기"
    }
    fn change_the_years(&self) -> &'static str {
        ", 기간 바꾸기"
    }
    fn source_of_figures(&self) -> &'static str {
        "수치 출처"
    }
    fn home_office_counts(&self) -> &'static str {
        "영국 내무부 집계 기준"
    }
    fn count_name(&self, count: HoCount) -> &'static str {
        match count {
            HoCount::MainApplicants => "주 신청자",
            HoCount::Persons => "전체 인원",
        }
    }
    fn years_legend(&self) -> &'static str {
        "기간"
    }
    fn year_from(&self) -> &'static str {
        "시작 연도 "
    }
    fn year_to(&self) -> &'static str {
        "끝 연도 "
    }
    fn views_label(&self) -> &'static str {
        "보기"
    }
    fn view_name(&self, view: View) -> &'static str {
        match view {
            View::Chart => "차트",
            View::Compare => "비교",
            View::Why => "차이의 이유",
            View::Table => "표",
        }
    }
    fn legend_label(&self) -> &'static str {
        "범례"
    }
    fn table_scrolls(&self) -> &'static str {
        "표, 가로로 스크롤"
    }
    fn totals_scroll(&self) -> &'static str {
        "합계, 가로로 스크롤"
    }
    fn chart_keys_hint(&self) -> &'static str {
        "왼쪽·오른쪽 화살표 키로 연도별 수치를 들을 수 있습니다."
    }
    fn download_png(&self) -> &'static str {
        "이미지 내려받기(PNG)"
    }
    fn download_svg(&self) -> &'static str {
        "이미지 내려받기(SVG)"
    }
    fn chart_failed(&self) -> &'static str {
        "이 브라우저에서는 차트를 그릴 수 없습니다. 위의 수치는 영향을 받지 않습니다."
    }
    fn chart_library_missing(&self) -> &'static str {
        "차트 라이브러리를 불러오지 못해 차트를 그릴 수 없습니다. 위의 수치는 영향을 받지 \
         않습니다. 페이지를 새로 고치면 해결될 수 있습니다."
    }
    fn image_failed(&self) -> &'static str {
        "이 브라우저에서는 이미지를 만들 수 없습니다. 표 보기에 모든 수치가 있습니다."
    }
    fn share_and_download(&self) -> &'static str {
        "공유 및 내려받기"
    }
    fn copy_link(&self) -> &'static str {
        "링크 복사"
    }
    fn link_copied(&self) -> &'static str {
        "링크를 복사했습니다."
    }
    fn copy_link_below(&self) -> &'static str {
        "아래 링크를 복사하세요."
    }
    fn link_to_view(&self) -> &'static str {
        "이 화면 링크"
    }
    fn download_csv(&self) -> &'static str {
        "CSV 내려받기"
    }
    fn downloaded(&self, file: &str) -> String {
        format!("{file} 파일을 내려받았습니다.")
    }
    fn download_blocked(&self) -> &'static str {
        "이 페이지의 설정 때문에 내려받기가 차단되었습니다. 표 보기에 모든 수치가 있습니다."
    }
    fn download_blocked_here(&self) -> &'static str {
        "여기서는 내려받기가 차단되었습니다. 표 보기에 모든 수치가 있습니다."
    }
    fn download_dataset(&self) -> &'static str {
        "전체 데이터 내려받기(JSON)"
    }
    fn get_the_data(&self) -> &'static str {
        "데이터 받기"
    }
    fn notes_and_sources(&self) -> &'static str {
        "주석과 출처"
    }
    fn open_full_story(&self) -> &'static str {
        "원래 페이지에서 보기"
    }
    fn sources_heading(&self) -> &'static str {
        "출처와 주석"
    }
    fn counts(&self) -> &'static str {
        "집계 대상: "
    }
    fn embed(&self) -> &'static str {
        "퍼가기"
    }
    fn embed_heading(&self) -> &'static str {
        "이 화면을 내 페이지에 퍼가기"
    }
    fn embed_intro(&self, height: u32) -> String {
        format!(
            "아래 코드 중 하나를 기사 HTML에 붙여 넣으세요. 스크립트가 어떤 너비에서도 프레임 높이를 \
             스토리에 맞춥니다. 스크립트가 없으면 프레임은 이 화면의 휴대전화 높이인 {height}px로 \
             고정됩니다."
        )
    }
    fn own_origin(&self) -> &'static str {
        "스토리가 별도 오리진(도메인)에 있을 때"
    }
    fn own_origin_help(&self) -> &'static str {
        "스토리 주소의 호스트 이름이 기사와 다를 때 씁니다. 샌드박스가 same-origin을 허용하므로 \
         스토리는 별도 오리진에 있어야 합니다. 기사와 같은 오리진에 두면 프레임이 기사에 접근할 수 \
         있습니다."
    }
    fn article_origin(&self) -> &'static str {
        "스토리가 기사와 같은 오리진에 있을 때"
    }
    fn article_origin_help(&self) -> &'static str {
        "기사와 같은 사이트(예: /graphics/ 아래)에서 스토리를 제공할 때 씁니다. 프레임은 \
         allow-same-origin 없이 샌드박스되어 기사에 접근할 수 없습니다. 스토리 서버는 파일에 \
         Access-Control-Allow-Origin: * 헤더를 보내야 합니다."
    }
    fn embed_code_label(&self, heading: &str) -> String {
        format!("퍼가기 코드: {heading}")
    }
    fn copy_code(&self) -> &'static str {
        "코드 복사"
    }
    fn code_copied(&self) -> &'static str {
        "복사했습니다. 페이지 HTML에 붙여 넣으세요."
    }
    fn code_selected(&self) -> &'static str {
        "코드를 선택했습니다. Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요."
    }
    fn preview_caption(&self, phone: bool, width: u32, height: Option<u32>) -> String {
        let label = if phone {
            "휴대전화"
        } else {
            "기사 본문 폭"
        };
        match height {
            Some(h) => format!("{label}, 너비 {width}px: 높이 {h}px"),
            None => format!("{label}, 너비 {width}px: 불러오는 중…"),
        }
    }
    fn preview_title(&self, width: u32) -> String {
        format!("퍼가기 미리 보기, 너비 {width}px")
    }
    fn stopped_heading(&self) -> &'static str {
        "인터랙티브가 멈췄습니다"
    }
    fn stopped_text(&self) -> &'static str {
        "오류로 차트와 조작이 멈췄습니다. 화면의 수치는 그대로이지만 더는 바뀌지 않습니다. \
         다시 시도하면 새로 불러옵니다."
    }
    fn start_failed_heading(&self) -> &'static str {
        "인터랙티브를 시작하지 못했습니다"
    }
    fn start_failed(&self, reason: &str) -> String {
        format!(
            "이 인터랙티브는 자바스크립트 모듈과 웹어셈블리를 지원하는 브라우저, 그리고 같은 \
             서버의 파일이 있어야 합니다({reason}). 새로 고치면 해결될 수 있습니다."
        )
    }
    fn sandbox_heading(&self) -> &'static str {
        "이 차트에는 덜 엄격한 샌드박스가 필요합니다"
    }
    fn sandbox_text(&self) -> &'static str {
        "이 프레임을 둘러싼 페이지가 \"allow-same-origin\" 없이 샌드박스를 걸어 브라우저가 차트의 \
         프로그램 파일을 막았습니다. 프레임에 sandbox=\"allow-scripts allow-same-origin \
         allow-popups\"가 있어야 하거나(퍼가기 코드처럼), 서버가 이 파일들에 대한 교차 출처 \
         요청을 허용해야 합니다."
    }
    fn open_own_page(&self) -> &'static str {
        "차트를 별도 페이지에서 열기"
    }
}
