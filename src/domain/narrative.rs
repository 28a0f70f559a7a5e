//! Sentences computed from the figures: the lede, the notes under the headline figures and the
//! chart, what a screen reader announces, captions and image titles. Nothing here is pasted
//! text with numbers in it, and no sentence counts a year without a source row as zero: it says
//! which years the source does not cover.

use super::count::Count;
use super::dataset::Dataset;
use super::figures::{
    homeoffice_totals, total, Headline, HoCount, Measure, Source, Tally, YearRange, Yearly,
};
use super::format::{thousands, year_span, years};
use super::labels;
use super::params::View;

/// A source as the subject of a sentence: "UNHCR", "The Home Office".
pub fn subject(source: Source) -> &'static str {
    match source {
        Source::Unhcr => "UNHCR",
        Source::HomeOffice => "The Home Office",
    }
}

/// Says which years a total leaves out: "UNHCR publishes no application figures for
/// 2021–2024". `None` when the total covers every year.
pub fn coverage_gap(source: Source, measure: Measure, tally: &Tally) -> Option<String> {
    let kind = match measure {
        Measure::Applications => "application figures",
        _ => "decision figures",
    };
    gap_sentence(source, kind, &tally.missing_years)
}

/// "UNHCR publishes no {kind} for {years}", when any year is missing.
pub fn gap_sentence(source: Source, kind: &str, missing: &[u16]) -> Option<String> {
    (!missing.is_empty()).then(|| {
        format!(
            "{} publishes no {kind} for {}",
            subject(source),
            years(missing)
        )
    })
}

/// A gap in one source's totals, as said to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// "UNHCR publishes no application figures for 2021–2024".
    pub sentence: String,
    /// How many years it leaves out.
    pub years: usize,
    /// Whether the totals still have figures for other years.
    pub has_data: bool,
}

/// The gaps of a set of totals from one source, each said once: one sentence when
/// applications and decisions lack the same years (a missing row), one per kind otherwise.
pub fn coverage_gaps<'a>(
    source: Source,
    totals: impl IntoIterator<Item = (Measure, &'a Tally)>,
) -> Vec<Gap> {
    let gap = |sentence: String, t: &Tally| Gap {
        sentence,
        years: t.missing_years.len(),
        has_data: t.has_data(),
    };
    let (mut apps, mut decisions): (Option<&Tally>, Option<&Tally>) = (None, None);
    for (m, t) in totals {
        match m {
            Measure::Applications => apps = apps.or(Some(t)),
            _ => decisions = decisions.or(Some(t)),
        }
    }
    match (apps, decisions) {
        (Some(a), Some(d)) if a.missing_years == d.missing_years => {
            gap_sentence(source, "figures", &a.missing_years)
                .map(|g| gap(g, a))
                .into_iter()
                .collect()
        }
        (a, d) => [(Measure::Applications, a), (Measure::Refused, d)]
            .into_iter()
            .filter_map(|(m, t)| {
                let t = t?;
                coverage_gap(source, m, t).map(|g| gap(g, t))
            })
            .collect(),
    }
}

/// One sentence comparing both sources' application counts over the range, for the top of
/// the story; a source with no figures for some of the years says so.
pub fn lede(ds: &Dataset, range: YearRange) -> String {
    let span = year_span(range.from(), range.to());
    let unhcr = total(
        ds,
        Source::Unhcr,
        HoCount::MainApplicants,
        range,
        Measure::Applications,
    );
    let main = homeoffice_totals(ds, HoCount::MainApplicants, range);
    let persons = homeoffice_totals(ds, HoCount::Persons, range);
    let u = &ds.sources.unhcr.short_name;
    let h = &ds.sources.homeoffice.short_name;
    let unhcr_part = match (unhcr.has_data(), unhcr.missing_years.is_empty()) {
        (false, _) => format!("{u} publishes no figures for North Koreans applying for asylum in the UK in these years"),
        (true, true) => format!(
            "{u} counts {} asylum applications by North Koreans in the UK",
            unhcr.shown().text
        ),
        (true, false) => format!(
            "{u} counts {} asylum applications by North Koreans in the UK (and publishes none for {})",
            unhcr.shown().text,
            years(&unhcr.missing_years)
        ),
    };
    let ho_part = if main.covered.is_empty() {
        format!(
            "the {h} publishes no figures for {}",
            years(&main.missing_years)
        )
    } else {
        let gap = if main.missing_years.is_empty() {
            String::new()
        } else {
            format!(" (none yet for {})", years(&main.missing_years))
        };
        format!(
            "the {h} counts {} main applicants, or {} people once their dependants are included{gap}",
            thousands(main.group.applications.into()),
            thousands(persons.group.applications.into()),
        )
    };
    format!("{span}: {unhcr_part}; {ho_part}.")
}

/// Sentences under the headline figures: what a `*` range means and which years a total
/// leaves out because the source has no row for them.
pub fn headline_notes(source: Source, headlines: &[Headline]) -> Vec<String> {
    let mut notes = Vec::new();
    if headlines.iter().any(|h| h.value.is_range()) {
        notes.push(
            "* A range: the total includes values UNHCR publishes as 5, which stand for any number from 1 to 5."
                .to_string(),
        );
    }
    let gaps = coverage_gaps(source, headlines.iter().map(|h| (h.measure, &h.value)));
    for gap in gaps {
        notes.push(match (gap.has_data, gap.years) {
            (false, _) => format!("{}.", gap.sentence),
            (true, 1) => format!("{}, so the totals leave that year out.", gap.sentence),
            (true, _) => format!("{}, so the totals leave those years out.", gap.sentence),
        });
    }
    notes
}

/// What a screen reader announces when the figures change: the caption and every headline
/// figure, ranges read as "from … to …", a figure with no data as "no data".
pub fn announcement(caption: &str, headlines: &[Headline]) -> String {
    let figures: Vec<String> = headlines
        .iter()
        .map(|h| {
            let b = h.value.bounds;
            let value = if !h.value.has_data() {
                labels::NO_DATA.to_string()
            } else if b.is_exact() {
                thousands(b.low)
            } else {
                format!("from {} to {}", thousands(b.low), thousands(b.high))
            };
            format!("{} {value}", h.label.to_ascii_lowercase())
        })
        .collect();
    format!("{caption}: {}.", figures.join("; "))
}

/// The line above the headline figures, e.g. "UNHCR figures, persons, including dependants,
/// 2003–2015"; also the start of the live announcement.
pub fn caption(source_name: &str, source: Source, count: HoCount, range: YearRange) -> String {
    format!(
        "{source_name} figures, {}, {}",
        labels::unit(source, count),
        year_span(range.from(), range.to())
    )
}

/// Footnotes the yearly chart needs for the chosen source and range, computed from the rows:
/// masked cells, years without rows, outcomes left out, partial years.
pub fn chart_notes(ds: &Dataset, y: &Yearly, count: HoCount, range: YearRange) -> Vec<String> {
    let mut notes = Vec::new();
    let masked = y
        .cells()
        .filter(|c| c.is_some_and(Count::is_masked))
        .count();
    if masked > 0 {
        notes.push(format!(
            "Faded bars and points with dashed outlines ({masked} in these years) are values UNHCR publishes as 5: the true number is between 1 and 5."
        ));
    }
    let (no_apps, no_decisions) = (y.application_gaps(), y.decision_gaps());
    if no_apps == no_decisions {
        let gaps = if no_apps.len() == 1 {
            "a gap, not a zero"
        } else {
            "gaps, not zeros"
        };
        notes.extend(gap_sentence(y.source, "figures", &no_apps).map(|g| format!("{g}: {gaps}.")));
    } else {
        for (kind, missing) in [
            ("application figures", &no_apps),
            ("decision figures", &no_decisions),
        ] {
            notes.extend(
                gap_sentence(y.source, kind, missing).map(|g| format!("{g}: a gap, not a zero.")),
            );
        }
    }
    if y.source == Source::HomeOffice {
        let admin = homeoffice_totals(ds, count, range).decisions().admin_void;
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
    notes
}

/// The headline drawn above a downloaded chart image for the open view.
pub fn image_title(view: View, source_name: &str, range: YearRange) -> String {
    let span = year_span(range.from(), range.to());
    match view {
        View::Compare => {
            format!("North Korean asylum applications in the UK, {span}: UNHCR and Home Office")
        }
        _ => format!("North Korean asylum in the UK, {span}: {source_name} figures"),
    }
}
