//! The updates a drawn chart receives (`option_update`), over the story's real charts: merged
//! into the option ECharts holds, as ECharts merges, each gives the next option exactly, and
//! carries nothing that did not change but the series.

mod common;

use common::dataset;
use nk_asylum::domain::{
    figures::{HoCount, Source, YearRange},
    i18n::Lang,
    option_update::option_update,
    params::{Theme, View, ViewState},
    story::build,
};
use serde_json::{Map, Value};

/// The options of the page's three charts (yearly, compare, difference) in `state`, each in
/// the view that shows it.
fn options(state: &ViewState, dark: bool) -> [String; 3] {
    let open = |view| build(&dataset(), &ViewState { view, ..*state }, dark);
    let yearly = open(View::Chart);
    let compare = open(View::Compare);
    let (Some(yearly), Some(compare)) = (yearly.chart(), compare.compare()) else {
        panic!("each view holds its panel");
    };
    [
        yearly.chart.option.clone(),
        compare.chart.option.clone(),
        compare.difference.option.clone(),
    ]
}

fn object(json: &str) -> Map<String, Value> {
    match serde_json::from_str(json).unwrap() {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

/// ECharts' merge of an option into the one it holds: objects member by member, anything else
/// replaced; the series (`replaceMerge`) matched by id, each merged, the others dropped.
fn merge(held: &mut Value, update: &Value) {
    match (held, update) {
        (Value::Object(held), Value::Object(update)) => {
            for (key, value) in update {
                match held.get_mut(key) {
                    Some(old) if key == "series" => {
                        let before = std::mem::take(old);
                        *old = replace_merge(before, value);
                    }
                    Some(old) => merge(old, value),
                    None => {
                        held.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (held, update) => *held = update.clone(),
    }
}

fn replace_merge(held: Value, update: &Value) -> Value {
    let held = held.as_array().cloned().unwrap_or_default();
    let series = update.as_array().unwrap().iter().map(|new| {
        let mut s = held
            .iter()
            .find(|old| old["id"] == new["id"])
            .cloned()
            .unwrap_or(Value::Null);
        merge(&mut s, new);
        s
    });
    Value::Array(series.collect())
}

/// Every change a reader can make, one at a time, from the default state.
fn changes() -> Vec<(&'static str, ViewState, bool)> {
    let base = ViewState::default();
    vec![
        (
            "source",
            ViewState {
                source: Source::HomeOffice,
                ..base
            },
            false,
        ),
        (
            "years",
            ViewState {
                range: YearRange::new(2007, 2010),
                ..base
            },
            false,
        ),
        (
            "count",
            ViewState {
                source: Source::HomeOffice,
                count: HoCount::Persons,
                ..base
            },
            false,
        ),
        (
            "dark",
            ViewState {
                theme: Theme::Dark,
                ..base
            },
            true,
        ),
        (
            "language",
            ViewState {
                lang: Lang::Ko,
                ..base
            },
            false,
        ),
    ]
}

#[test]
fn each_update_merged_into_the_drawn_option_gives_the_next_one() {
    let base = ViewState::default();
    for (what, state, dark) in changes() {
        for (before, after) in [
            (options(&base, false), options(&state, dark)),
            (options(&state, dark), options(&base, false)),
        ] {
            for (previous, next) in before.iter().zip(&after) {
                let update = object(&option_update(previous, next));
                let mut merged = Value::Object(object(previous));
                merge(&mut merged, &Value::Object(update.clone()));
                assert_eq!(merged, Value::Object(object(next)), "{what}");
                assert!(
                    update.contains_key("series"),
                    "{what}: the series, for replaceMerge"
                );
                let (old, new) = (object(previous), object(next));
                for key in update.keys().filter(|k| *k != "series") {
                    assert_ne!(
                        old[key], new[key],
                        "{what}: {key} is sent but did not change"
                    );
                }
            }
        }
    }
}

#[test]
fn a_source_toggle_sends_the_axis_name_and_the_series_not_the_frame() {
    let [previous, ..] = options(&ViewState::default(), false);
    let [next, ..] = options(
        &ViewState {
            source: Source::HomeOffice,
            ..ViewState::default()
        },
        false,
    );
    let update = object(&option_update(&previous, &next));
    let mut keys: Vec<&str> = update.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["series", "yAxis"]);
}
