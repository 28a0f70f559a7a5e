//! Chart options checked through the JSON ECharts receives: key paths, not snapshots.

mod common;

use common::{dataset, has_hangul, numbers, RANGES};
use nk_asylum::domain::i18n::Lang;
use nk_asylum::domain::{
    chart_text::describe_yearly,
    charts::yearly_chart,
    figures::{yearly, HoCount, Source, YearRange},
    labels::compare_series,
    narrative::chart_notes,
    palette::Palette,
};
use serde_json::Value;

fn chart_json(source: Source, range: YearRange) -> Value {
    let y = yearly(&dataset(), source, HoCount::MainApplicants, range, Lang::En);
    serde_json::from_str(&yearly_chart(&y, &Palette::LIGHT, Lang::En).to_string()).unwrap()
}

fn series<'a>(chart: &'a Value, id: &str) -> &'a Value {
    chart["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap()
}

#[test]
fn both_sources_have_the_same_series_ids_so_updates_replace_in_place() {
    let ids = |c: &Value| -> Vec<String> {
        c["series"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    let u = chart_json(Source::Unhcr, YearRange::ARTICLE);
    let h = chart_json(Source::HomeOffice, YearRange::ARTICLE);
    assert_eq!(ids(&u), ids(&h));
    assert_eq!(
        ids(&u),
        [
            "granted",
            "complementary",
            "refused",
            "closed",
            "applications"
        ]
    );
}

#[test]
fn years_are_categories_and_values_follow_the_source() {
    let c = chart_json(Source::HomeOffice, YearRange::ARTICLE);
    assert_eq!(c["xAxis"]["type"], "category");
    assert_eq!(c["xAxis"]["data"][4], "2007");
    assert_eq!(c["xAxis"]["data"].as_array().unwrap().len(), 13);
    assert_eq!(series(&c, "applications")["type"], "line");
    assert_eq!(series(&c, "applications")["data"][4], 412);
    assert_eq!(series(&c, "refused")["stack"], "decisions");
    assert_eq!(series(&c, "refused")["name"], "Refused");
    let u = chart_json(Source::Unhcr, YearRange::ARTICLE);
    assert_eq!(series(&u, "applications")["data"][4], 602);
    assert_eq!(series(&u, "refused")["name"], "Rejected");
}

#[test]
fn missing_rows_are_gaps_and_masked_cells_are_marked() {
    let c = chart_json(Source::Unhcr, YearRange::ARTICLE);
    // 2003 has no UNHCR decision row: null, not 0.
    assert!(series(&c, "granted")["data"][0].is_null());
    // 2004 recognised was published as 5 (true value 1–5): a styled item.
    let masked = &series(&c, "granted")["data"][1];
    assert_eq!(masked["value"], 5);
    assert_eq!(masked["itemStyle"]["borderType"], "dashed");
    // 2007 recognised is exact.
    assert_eq!(series(&c, "granted")["data"][4], 204);
}

#[test]
fn description_and_notes_are_computed_from_the_figures() {
    let ds = dataset();
    let y = yearly(
        &ds,
        Source::HomeOffice,
        HoCount::MainApplicants,
        YearRange::ARTICLE,
        Lang::En,
    );
    let text = describe_yearly(&y, "Home Office", Lang::En);
    assert!(text.contains("2003 to 2015"), "{text}");
    assert!(text.contains("peaked in 2007 at 412"), "{text}");

    let notes_for = |source, range| {
        let y = yearly(&ds, source, HoCount::MainApplicants, range, Lang::En);
        chart_notes(&ds, &y, HoCount::MainApplicants, range, Lang::En)
    };
    let notes = notes_for(Source::Unhcr, YearRange::ARTICLE);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("UNHCR publishes no decision figures for 2003")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("between 1 and 5")),
        "{notes:?}"
    );
    let later = YearRange::new(2020, 2024);
    let ho = notes_for(Source::HomeOffice, later);
    assert!(
        ho.iter()
            .any(|n| n.contains("2024 covers only the first 3 quarters")),
        "{ho:?}"
    );
    assert!(
        ho.iter().any(|n| n.contains("1 administrative outcome")),
        "{ho:?}"
    );
    let un = notes_for(Source::Unhcr, later);
    assert!(
        un.iter()
            .any(|n| n.contains("UNHCR publishes no application figures for 2021–2024")),
        "{un:?}"
    );
}

/// What each part the app's ECharts build registers (`echarts.use([...])` in
/// `js/echarts-entry.js`) makes ECharts read: top-level option keys, or a series type.
const PARTS: &[(&str, &[&str])] = &[
    ("BarChart", &["series:bar"]),
    ("LineChart", &["series:line"]),
    ("GridComponent", &["grid", "xAxis", "yAxis"]),
    ("TooltipComponent", &["tooltip", "axisPointer"]),
    ("AriaComponent", &["aria"]),
    ("CanvasRenderer", &[]),
    ("SVGRenderer", &[]),
];
/// Options ECharts' core reads without any registered part.
const CORE_KEYS: &[&str] = &[
    "animation",
    "animationDuration",
    "animationDurationUpdate",
    "backgroundColor",
    "color",
    "series",
    "textStyle",
];

/// ECharts silently ignores an option whose component or series type is not registered, so a
/// chart could lose its tooltip or a series without any error. Every key and series type of
/// every chart must be registered in the app's build, and nothing registered may go unused
/// (each part costs the reader bytes).
#[test]
fn every_chart_option_is_registered_in_the_echarts_build_and_nothing_more() {
    use nk_asylum::domain::{
        charts::{compare_chart, difference_chart},
        compare::applications_by_year,
    };
    let entry =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/js/echarts-entry.js"))
            .unwrap();
    let list = entry.split("echarts.use([").nth(1).unwrap();
    let list = &list[..list.find("])").unwrap()];
    let registered: Vec<&str> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let provided = |part: &str| -> &[&str] {
        PARTS
            .iter()
            .find(|(name, _)| *name == part)
            .unwrap_or_else(|| panic!("{part}: say in PARTS what it provides"))
            .1
    };
    let available: Vec<&str> = registered
        .iter()
        .flat_map(|p| provided(p))
        .copied()
        .collect();

    let ds = dataset();
    let r = YearRange::ARTICLE;
    let mut options = Vec::new();
    for source in Source::ALL {
        options.push(yearly_chart(
            &yearly(&ds, source, HoCount::MainApplicants, r, Lang::En),
            &Palette::LIGHT,
            Lang::En,
        ));
    }
    for count in [HoCount::MainApplicants, HoCount::Persons] {
        let rows = applications_by_year(&ds, count, r);
        options.push(compare_chart(
            &rows,
            compare_series(Source::Unhcr, count, Lang::En),
            compare_series(Source::HomeOffice, count, Lang::En),
            &Palette::DARK,
            Lang::En,
        ));
        options.push(difference_chart(&rows, &Palette::DARK, Lang::En));
    }
    let mut used = Vec::new();
    for option in &options {
        let json: Value = serde_json::from_str(&option.to_string()).unwrap();
        for key in json.as_object().unwrap().keys() {
            assert!(
                CORE_KEYS.contains(&key.as_str()) || available.contains(&key.as_str()),
                "option key `{key}` needs a part that js/echarts-entry.js does not register"
            );
            used.push(key.clone());
        }
        for s in json["series"].as_array().unwrap() {
            let ty = format!("series:{}", s["type"].as_str().unwrap());
            assert!(available.contains(&ty.as_str()), "{ty} is not registered");
            used.push(ty);
        }
    }
    // The renderers draw every option (canvas on screen, SVG for "Download image (SVG)").
    for part in registered.iter().filter(|p| !p.ends_with("Renderer")) {
        assert!(
            provided(part).iter().any(|k| used.iter().any(|u| u == k)),
            "{part} is registered but no chart uses it"
        );
    }
}

#[test]
fn the_text_alternative_states_totals_peak_and_trend() {
    let ds = dataset();
    let y = yearly(
        &ds,
        Source::Unhcr,
        HoCount::MainApplicants,
        YearRange::ARTICLE,
        Lang::En,
    );
    let text = describe_yearly(&y, "UNHCR", Lang::En);
    assert!(
        text.contains("Applications total 1,328; they peaked in 2007 at 602."),
        "{text}"
    );
    assert!(
        text.contains("They went from 15 in 2003 to 49 in 2015."),
        "{text}"
    );
    assert!(text.contains("recognised as refugees 537–553"), "{text}");
    assert!(text.contains("rejected 504"), "{text}");
}

#[test]
fn the_announcement_reads_every_headline_figure() {
    use nk_asylum::domain::{figures::headlines, narrative::announcement};
    let ds = dataset();
    let h = headlines(
        &ds,
        Source::Unhcr,
        HoCount::MainApplicants,
        YearRange::ARTICLE,
        Lang::En,
    );
    let text = announcement("UNHCR figures, 2003–2015", &h, Lang::En);
    assert!(
        text.starts_with(
            "UNHCR figures, 2003–2015: applications 1,328; recognised as refugees from 537 to 553;"
        ),
        "{text}"
    );
    let h = headlines(
        &ds,
        Source::HomeOffice,
        HoCount::MainApplicants,
        YearRange::ARTICLE,
        Lang::En,
    );
    assert!(announcement("x", &h, Lang::En).contains("refused 413; withdrawn 77."));
}

#[test]
fn bars_carry_decal_patterns_so_colour_is_not_the_only_cue() {
    let c = chart_json(Source::Unhcr, YearRange::ARTICLE);
    assert_eq!(c["aria"]["enabled"], true);
    assert_eq!(c["aria"]["decal"]["show"], true);
    // ECharts' own description is English in every edition; the text alternative is ours.
    assert_eq!(c["aria"]["label"]["enabled"], false);
    // One pattern per bar series: an empty list makes ECharts throw.
    assert_eq!(c["aria"]["decal"]["decals"].as_array().unwrap().len(), 4);
}

#[test]
fn tooltip_text_is_formatted_and_escaped() {
    use nk_asylum::domain::tooltip::yearly_tooltip;
    let ds = dataset();
    let y = yearly(
        &ds,
        Source::Unhcr,
        HoCount::MainApplicants,
        YearRange::ARTICLE,
        Lang::En,
    );
    let t = yearly_tooltip(&y, Lang::En);
    let shown = [
        ("granted".to_string(), "#006b4f\"><script>".to_string()),
        ("applications".to_string(), "#1a1a1a".to_string()),
    ];
    let html = t.html(1, &shown);
    assert!(html.starts_with("2004<br><svg class=\"tip-key\""), "{html}");
    assert!(
        html.contains(
            "fill=\"#006b4f&quot;&gt;&lt;script&gt;\"/></svg> Recognised as refugees: <b>1–5</b>"
        ),
        "{html}"
    );
    assert!(html.ends_with("Applications: <b>27</b>"), "{html}");
    assert!(
        !html.contains("style="),
        "a style attribute would break under a strict CSP"
    );
    assert!(t.text(0).contains("Recognised as refugees: no data"));
}

#[test]
fn captions_titles_and_labels_follow_the_choices() {
    use nk_asylum::domain::{
        chart_text::describe_difference,
        compare::applications_by_year,
        narrative::{caption, image_title},
        params::View,
    };
    let r = YearRange::ARTICLE;
    assert_eq!(
        caption("UNHCR", Source::Unhcr, HoCount::Persons, r, Lang::En),
        "UNHCR figures, persons, including dependants, 2003–2015"
    );
    assert_eq!(
        caption(
            "Home Office",
            Source::HomeOffice,
            HoCount::MainApplicants,
            r,
            Lang::En
        ),
        "Home Office figures, main applicants, 2003–2015"
    );
    assert!(image_title(View::Compare, "UNHCR", r, Lang::En)
        .ends_with("2003–2015: UNHCR and Home Office"));
    assert!(image_title(
        View::Chart,
        "Home Office",
        YearRange::new(2007, 2007),
        Lang::En
    )
    .ends_with("2007: Home Office figures"));
    assert_eq!(
        compare_series(Source::HomeOffice, HoCount::Persons, Lang::En),
        "Home Office (all people)"
    );
    let rows = applications_by_year(&dataset(), HoCount::MainApplicants, r);
    let text = describe_difference(
        &rows,
        compare_series(Source::HomeOffice, HoCount::MainApplicants, Lang::En),
        Lang::En,
    );
    assert!(text.ends_with("in total +426."), "{text}");
}

// ---- 한국어판 (the Korean edition) ----

fn no_english(text: &str) -> bool {
    !text.chars().any(|c| c.is_ascii_alphabetic())
}

#[test]
fn the_korean_chart_options_name_axes_and_series_in_korean() {
    use nk_asylum::domain::{
        charts::{compare_chart, difference_chart},
        compare::applications_by_year,
    };
    let ds = dataset();
    let r = YearRange::ARTICLE;
    let parse = |s: String| -> Value { serde_json::from_str(&s).unwrap() };
    let y = yearly(&ds, Source::Unhcr, HoCount::Persons, r, Lang::Ko);
    let c = parse(yearly_chart(&y, &Palette::LIGHT, Lang::Ko).to_string());
    assert_eq!(c["yAxis"]["name"], "전체 인원");
    assert_eq!(series(&c, "applications")["name"], "신청");
    assert_eq!(series(&c, "granted")["name"], "난민 인정");
    assert_eq!(series(&c, "refused")["name"], "불인정");
    let en = parse(
        yearly_chart(
            &yearly(&ds, Source::Unhcr, HoCount::Persons, r, Lang::En),
            &Palette::LIGHT,
            Lang::En,
        )
        .to_string(),
    );
    // The same data, only the words differ.
    assert_eq!(
        series(&c, "granted")["data"],
        series(&en, "granted")["data"]
    );
    assert_eq!(c["xAxis"]["data"], en["xAxis"]["data"]);
    let ho = yearly(
        &ds,
        Source::HomeOffice,
        HoCount::MainApplicants,
        r,
        Lang::Ko,
    );
    let c = parse(yearly_chart(&ho, &Palette::LIGHT, Lang::Ko).to_string());
    assert_eq!(c["yAxis"]["name"], "주 신청자");
    assert_eq!(series(&c, "refused")["name"], "거부");
    assert_eq!(series(&c, "closed")["name"], "취하");

    let rows = applications_by_year(&ds, HoCount::MainApplicants, r);
    let c = parse(
        compare_chart(
            &rows,
            compare_series(Source::Unhcr, HoCount::MainApplicants, Lang::Ko),
            compare_series(Source::HomeOffice, HoCount::MainApplicants, Lang::Ko),
            &Palette::LIGHT,
            Lang::Ko,
        )
        .to_string(),
    );
    assert_eq!(c["yAxis"]["name"], "신청(명)");
    assert_eq!(series(&c, "unhcr")["name"], "유엔난민기구(전체 인원)");
    assert_eq!(series(&c, "homeoffice")["name"], "영국 내무부(주 신청자)");
    let d = parse(difference_chart(&rows, &Palette::LIGHT, Lang::Ko).to_string());
    assert_eq!(d["yAxis"]["name"], "차이(명)");
    assert_eq!(
        series(&d, "difference")["name"],
        "유엔난민기구 − 영국 내무부"
    );
}

#[test]
fn the_korean_notes_text_alternatives_and_titles_carry_the_english_figures() {
    use nk_asylum::domain::{
        chart_text::{describe_compare, describe_difference, legend},
        compare::applications_by_year,
        figures::headlines,
        narrative::{announcement, caption, image_title},
        params::View,
    };
    let ds = dataset();
    for (from, to) in RANGES {
        let r = YearRange::new(from, to);
        for source in Source::ALL {
            let count = HoCount::MainApplicants;
            let texts = |lang: Lang| -> Vec<String> {
                let y = yearly(&ds, source, count, r, lang);
                let h = headlines(&ds, source, count, r, lang);
                let cap = caption("X", source, count, r, lang);
                let rows = applications_by_year(&ds, count, r);
                let u = compare_series(Source::Unhcr, count, lang);
                let ho = compare_series(Source::HomeOffice, count, lang);
                let mut out = chart_notes(&ds, &y, count, r, lang);
                out.push(describe_yearly(&y, "X", lang));
                out.push(announcement(&cap, &h, lang));
                out.push(cap);
                out.push(describe_compare(&rows, u, ho, lang));
                out.push(describe_difference(&rows, ho, lang));
                out.push(image_title(View::Chart, "X", r, lang));
                out.push(image_title(View::Compare, "X", r, lang));
                out.extend(legend(&y, lang).iter().map(|e| e.label.to_string()));
                out
            };
            let (en, ko) = (texts(Lang::En), texts(Lang::Ko));
            assert_eq!(en.len(), ko.len());
            for (e, k) in en.iter().zip(&ko) {
                let k_names = k.replace('X', "");
                assert!(has_hangul(k) && no_english(&k_names), "{from}–{to}: {k}");
                let zero = |s: &str| s.replace("zeros", "0").replace("zero", "0");
                assert_eq!(numbers(&zero(e)), numbers(k), "{from}–{to}:\n{e}\n{k}");
            }
        }
    }
}

#[test]
fn the_korean_tooltip_table_says_no_data_in_korean() {
    use nk_asylum::domain::{
        compare::applications_by_year,
        tooltip::{compare_tooltip, yearly_tooltip},
    };
    let ds = dataset();
    let y = yearly(
        &ds,
        Source::Unhcr,
        HoCount::MainApplicants,
        YearRange::ARTICLE,
        Lang::Ko,
    );
    let t = yearly_tooltip(&y, Lang::Ko);
    assert_eq!(
        t.text(1),
        "2004. 신청: 27. 난민 인정: 1–5. 보충적 보호: 12. 불인정: 36. 기타 종결: 13."
    );
    assert!(t.text(0).contains("난민 인정: 자료 없음"), "{}", t.text(0));
    let html = t.html(1, &[("granted".to_string(), "#006b4f".to_string())]);
    assert!(html.ends_with("난민 인정: <b>1–5</b>"), "{html}");
    let en = yearly_tooltip(
        &yearly(
            &ds,
            Source::Unhcr,
            HoCount::MainApplicants,
            YearRange::ARTICLE,
            Lang::En,
        ),
        Lang::En,
    );
    for i in 0..t.categories.len() {
        assert_eq!(numbers(&t.text(i)), numbers(&en.text(i)));
    }
    let rows = applications_by_year(&ds, HoCount::MainApplicants, YearRange::new(2016, 2025));
    let c = compare_tooltip(
        &rows,
        "유엔난민기구(전체 인원)",
        "영국 내무부(주 신청자)",
        Lang::Ko,
    );
    let last = c.text(c.categories.len() - 1);
    assert_eq!(last, "2025. 유엔난민기구(전체 인원): 1–5. 영국 내무부(주 신청자): 자료 없음. 유엔난민기구 − 영국 내무부: 자료 없음.");
}
