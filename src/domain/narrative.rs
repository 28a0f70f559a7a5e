//! Sentences computed from the figures: the lede, the notes under the headline figures and the
//! chart, and what a screen reader announces. Nothing here is pasted text with numbers in it.

use super::count::Count;
use super::dataset::Dataset;
use super::figures::{
    ho_admin_outcomes, unhcr_totals, yearly, Headline, HoCount, Measure, Source, YearRange,
};
use super::params::View;

/// Footnotes the yearly chart needs for the chosen source and range, computed from the data:
/// masked cells, years without rows, outcomes left out, partial years.
pub fn chart_notes(ds: &Dataset, source: Source, count: HoCount, range: YearRange) -> Vec<String> {
    let mut notes = Vec::new();
    let y = yearly(ds, source, count, range);
    let cells = || {
        y.applications
            .iter()
            .chain(y.outcomes.iter().flat_map(|o| o.values.iter()))
    };
    let masked = cells().filter(|c| c.is_some_and(Count::is_masked)).count();
    if masked > 0 {
        notes.push(format!(
            "Faded bars and points with dashed outlines ({masked} in these years) are values UNHCR publishes as 5: the true number is between 1 and 5."
        ));
    }
    let no_row = |f: &dyn Fn(u16) -> bool| -> Vec<String> {
        y.years
            .iter()
            .filter(|&&yr| f(yr))
            .map(u16::to_string)
            .collect()
    };
    match source {
        Source::Unhcr => {
            let no_apps = no_row(&|yr| ds.unhcr_year(yr).and_then(|r| r.applied).is_none());
            let no_decisions = no_row(&|yr| ds.unhcr_year(yr).and_then(|r| r.decisions).is_none());
            if !no_apps.is_empty() {
                notes.push(format!(
                    "No UNHCR application figures for {}.",
                    no_apps.join(", ")
                ));
            }
            if !no_decisions.is_empty() {
                notes.push(format!(
                    "No UNHCR decision figures for {}.",
                    no_decisions.join(", ")
                ));
            }
        }
        Source::HomeOffice => {
            let admin = ho_admin_outcomes(ds, count, range);
            if admin > 0 {
                notes.push(format!(
                    "Not shown: {admin} administrative outcome(s) (cases made void), which fall in none of the four groups."
                ));
            }
            for partial in ds
                .homeoffice
                .iter()
                .filter(|r| range.contains(r.year) && r.quarters < 4)
            {
                notes.push(format!(
                    "{} covers only the first {} quarters of the year.",
                    partial.year, partial.quarters
                ));
            }
        }
    }
    notes
}

/// Sentences under the headline figures: what a `*` range means and which years a total
/// leaves out because the source has no row for them.
pub fn headline_notes(headlines: &[Headline]) -> Vec<String> {
    let mut notes = Vec::new();
    if headlines.iter().any(|h| h.value.masked_cells > 0) {
        notes.push(
            "* A range: the total includes values UNHCR publishes as 5, which stand for any number from 1 to 5."
                .to_string(),
        );
    }
    for h in headlines
        .iter()
        .filter(|h| !h.value.missing_years.is_empty())
    {
        let kind = match h.measure {
            Measure::Applications => "application",
            _ => "decision",
        };
        let years: Vec<String> = h.value.missing_years.iter().map(u16::to_string).collect();
        let note = format!(
            "The source has no {kind} figures for {}, so the totals leave {} out.",
            years.join(", "),
            if years.len() == 1 {
                "that year"
            } else {
                "those years"
            }
        );
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    notes
}

/// One sentence comparing both sources' application counts over the range, for the top of
/// the story.
pub fn lede(ds: &Dataset, range: YearRange) -> String {
    let span = super::format::year_span(range.from(), range.to());
    let unhcr = &unhcr_totals(ds, range)[0].1;
    let (main, _) = super::figures::homeoffice_totals(ds, HoCount::MainApplicants, range);
    let (persons, _) = super::figures::homeoffice_totals(ds, HoCount::Persons, range);
    let f = super::format::thousands;
    format!(
        "{span}: UNHCR counts {} asylum applications by North Koreans in the UK; the Home Office counts {} main applicants, or {} people once their dependants are included.",
        super::format::bounds(unhcr.bounds),
        f(main),
        f(persons)
    )
}

/// What a screen reader announces when the figures change: the caption and every headline
/// figure, ranges read as "from … to …".
pub fn announcement(caption: &str, headlines: &[Headline]) -> String {
    let figures: Vec<String> = headlines
        .iter()
        .map(|h| {
            let b = h.value.bounds;
            let value = if b.is_exact() {
                super::format::thousands(b.low)
            } else {
                format!(
                    "from {} to {}",
                    super::format::thousands(b.low),
                    super::format::thousands(b.high)
                )
            };
            format!("{} {value}", h.label.to_ascii_lowercase())
        })
        .collect();
    format!("{caption}: {}.", figures.join("; "))
}

/// The line above the headline figures, e.g. "UNHCR figures, persons, including dependants,
/// 2003–2015"; also the start of the live announcement.
pub fn caption(source_name: &str, source: Source, count: HoCount, range: YearRange) -> String {
    let unit = match source {
        Source::Unhcr => "persons, including dependants",
        Source::HomeOffice => count.unit(),
    };
    format!(
        "{source_name} figures, {unit}, {}",
        super::format::year_span(range.from(), range.to())
    )
}

/// The headline drawn above a downloaded chart image for the open view.
pub fn image_title(view: View, source_name: &str, range: YearRange) -> String {
    let years = super::format::year_span(range.from(), range.to());
    match view {
        View::Compare => {
            format!("North Korean asylum applications in the UK, {years}: UNHCR and Home Office")
        }
        _ => format!("North Korean asylum in the UK, {years}: {source_name} figures"),
    }
}
