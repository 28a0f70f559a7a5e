//! The app today: English only, `format!` strings, no catalogue. `lang` is ignored.
use nk_i18n_common::{thousands, year_span, Figures};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn render(lang: u8, a: u32, b: u32, from: u16, to: u16) -> String {
    let _ = lang;
    let f = Figures::new(a, b, from, to);
    let span = year_span(f.from, f.to);
    let lines = [
        format!(
            "{span}: UNHCR counts {} asylum applications by North Koreans in the UK; the Home Office counts {} main applicants, or {} people once their dependants are included.",
            thousands(f.unhcr),
            thousands(f.main),
            thousands(f.persons)
        ),
        format!("UNHCR publishes no figures for {span}"),
        match f.settings {
            1 => "1 setting in the address was not recognised and was ignored.".to_string(),
            n => format!("{n} settings in the address were not recognised and were ignored."),
        },
        match f.outcomes {
            1 => "Not shown: 1 administrative outcome (cases made void), which falls in none of the four groups.".to_string(),
            n => format!("Not shown: {n} administrative outcomes (cases made void), which fall in none of the four groups."),
        },
        format!("UNHCR figures, persons, including dependants, {span}"),
        format!("{}% of decisions were grants", f.pct),
        format!("{}. Applications: {}.", f.to, thousands(f.unhcr)),
        format!("The years in the address were the wrong way round; showing {}–{}.", f.from, f.to),
        "* A range: the total includes values UNHCR publishes as 5, which stand for any number from 1 to 5.".to_string(),
        format!("applications from {} to {}", thousands(f.main), thousands(f.unhcr)),
        match f.gap_years {
            1 => format!("The Home Office publishes no figures for {span}, so the totals leave that year out."),
            _ => format!("The Home Office publishes no figures for {span}, so the totals leave those years out."),
        },
        format!("Downloaded {}.", f.file),
    ];
    lines.join("\n")
}
