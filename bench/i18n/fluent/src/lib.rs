//! Project Fluent: one .ftl resource per language embedded with `include_str!`, parsed into a
//! `FluentBundle` at run time, placeholders passed as `FluentArgs`, English plurals chosen by
//! Fluent's plural selector (CLDR rules from intl_pluralrules). fluent-bundle formats numbers
//! without grouping, so grouped figures go in as strings made by the shared `thousands`; counts,
//! years and the percentage go in as Fluent numbers.
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use nk_i18n_common::{thousands, year_span, Figures};
use unic_langid::langid;
use wasm_bindgen::prelude::*;

fn bundle(lang: u8) -> FluentBundle<FluentResource> {
    let (id, ftl) = if lang == 1 {
        (langid!("ko"), include_str!("../ko.ftl"))
    } else {
        (langid!("en"), include_str!("../en.ftl"))
    };
    let resource = FluentResource::try_new(ftl.to_string()).expect("valid .ftl");
    let mut bundle = FluentBundle::new(vec![id]);
    // The other variants print no Unicode isolation marks around placeables; nor does this.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no duplicate messages");
    bundle
}

fn msg(bundle: &FluentBundle<FluentResource>, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let pattern = bundle.get_message(id).and_then(|m| m.value()).expect("message");
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        fluent_args.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

#[wasm_bindgen]
pub fn render(lang: u8, a: u32, b: u32, from: u16, to: u16) -> String {
    let t = bundle(lang);
    let f = Figures::new(a, b, from, to);
    let span = || FluentValue::from(year_span(f.from, f.to));
    let grouped = |n: u64| FluentValue::from(thousands(n));
    let lines = [
        msg(&t, "summary", &[("span", span()), ("unhcr", grouped(f.unhcr)), ("main", grouped(f.main)), ("persons", grouped(f.persons))]),
        msg(&t, "unhcr-none", &[("span", span())]),
        msg(&t, "unknown-settings", &[("n", FluentValue::from(f.settings))]),
        msg(&t, "admin-outcomes", &[("n", FluentValue::from(f.outcomes))]),
        msg(&t, "caption", &[("span", span())]),
        msg(&t, "grant-rate", &[("pct", FluentValue::from(f.pct))]),
        msg(&t, "tooltip", &[("year", FluentValue::from(f.to)), ("value", grouped(f.unhcr))]),
        msg(&t, "reversed", &[("from", FluentValue::from(f.from)), ("to", FluentValue::from(f.to))]),
        msg(&t, "range-note", &[]),
        msg(&t, "announce-range", &[("low", grouped(f.main)), ("high", grouped(f.unhcr))]),
        msg(&t, "gap", &[("span", span()), ("years", FluentValue::from(f.gap_years))]),
        msg(&t, "downloaded", &[("file", FluentValue::from(f.file.clone()))]),
    ];
    lines.join("\n")
}
