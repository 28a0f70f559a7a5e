//! Sentences computed from the figures: the lede, the notes under the headline figures and the
//! chart, what a screen reader announces, captions and image titles. Nothing here is pasted
//! text with numbers in it, and no sentence counts a year without a source row as zero: it says
//! which years the source does not cover. The words are the edition's catalogue's
//! (`i18n::StoryText`); the figures are formatted here, the same in every language.

use super::count::Count;
use super::dataset::Dataset;
use super::figures::{
    homeoffice_totals, total, Headline, HoCount, Measure, Source, Tally, YearRange, Yearly,
};
use super::format::thousands;
use super::i18n::{text, Catalogue, Lang};
use super::labels;
use super::params::View;

/// Which figures a gap sentence says a source lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureKind {
    /// Applications and decisions alike (the source has no row).
    All,
    /// Application figures.
    Applications,
    /// Decision figures.
    Decisions,
}

impl FigureKind {
    fn of(measure: Measure) -> FigureKind {
        match measure {
            Measure::Applications => FigureKind::Applications,
            _ => FigureKind::Decisions,
        }
    }
}

/// A source as the subject of a sentence: "UNHCR", "The Home Office".
pub fn subject(source: Source, lang: Lang) -> &'static str {
    text(lang).subject(source)
}

/// Says which years a total leaves out: "UNHCR publishes no application figures for
/// 2021–2024". `None` when the total covers every year.
pub fn coverage_gap(source: Source, measure: Measure, tally: &Tally, lang: Lang) -> Option<String> {
    gap_sentence(source, FigureKind::of(measure), &tally.missing_years, lang)
}

/// "UNHCR publishes no {kind} for {years}", when any year is missing.
pub fn gap_sentence(
    source: Source,
    kind: FigureKind,
    missing: &[u16],
    lang: Lang,
) -> Option<String> {
    let t = text(lang);
    (!missing.is_empty()).then(|| t.gap(t.subject(source), kind, &t.years(missing)))
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
    lang: Lang,
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
            gap_sentence(source, FigureKind::All, &a.missing_years, lang)
                .map(|g| gap(g, a))
                .into_iter()
                .collect()
        }
        (a, d) => [(Measure::Applications, a), (Measure::Refused, d)]
            .into_iter()
            .filter_map(|(m, t)| {
                let t = t?;
                coverage_gap(source, m, t, lang).map(|g| gap(g, t))
            })
            .collect(),
    }
}

/// A source's name in the edition: the catalogue's own, or the dataset's short name.
pub fn source_name(ds: &Dataset, source: Source, lang: Lang) -> &str {
    text(lang)
        .source_name(source)
        .unwrap_or_else(|| match source {
            Source::Unhcr => &ds.sources.unhcr.short_name,
            Source::HomeOffice => &ds.sources.homeoffice.short_name,
        })
}

/// One sentence comparing both sources' application counts over the range, for the top of
/// the story; a source with no figures for some of the years says so.
pub fn lede(ds: &Dataset, range: YearRange, lang: Lang) -> String {
    let t = text(lang);
    let span = t.year_span(range.from(), range.to());
    let unhcr = total(
        ds,
        Source::Unhcr,
        HoCount::MainApplicants,
        range,
        Measure::Applications,
    );
    let main = homeoffice_totals(ds, HoCount::MainApplicants, range);
    let persons = homeoffice_totals(ds, HoCount::Persons, range);
    let u = source_name(ds, Source::Unhcr, lang);
    let h = source_name(ds, Source::HomeOffice, lang);
    let unhcr_part = if unhcr.has_data() {
        t.lede_unhcr(
            u,
            &unhcr.shown_in(lang).text,
            &t.years(&unhcr.missing_years),
        )
    } else {
        t.lede_unhcr_none(u)
    };
    let ho_part = if main.covered.is_empty() {
        t.lede_ho_none(h, &t.years(&main.missing_years))
    } else {
        t.lede_ho(
            h,
            &thousands(main.group.applications.into()),
            &thousands(persons.group.applications.into()),
            &t.years(&main.missing_years),
        )
    };
    t.lede(&span, &unhcr_part, &ho_part)
}

/// Sentences under the headline figures: what a `*` range means and which years a total
/// leaves out because the source has no row for them.
pub fn headline_notes(source: Source, headlines: &[Headline], lang: Lang) -> Vec<String> {
    let t = text(lang);
    let mut notes = Vec::new();
    if headlines.iter().any(|h| h.value.is_range()) {
        notes.push(t.range_note().to_string());
    }
    let gaps = coverage_gaps(
        source,
        headlines.iter().map(|h| (h.measure, &h.value)),
        lang,
    );
    for gap in gaps {
        notes.push(t.gap_note(&gap.sentence, gap.years, gap.has_data));
    }
    notes
}

/// What a screen reader announces when the figures change: the caption and every headline
/// figure, ranges read as "from … to …", a figure with no data as "no data".
pub fn announcement(caption: &str, headlines: &[Headline], lang: Lang) -> String {
    let t: &dyn Catalogue = text(lang);
    let figures: Vec<String> = headlines
        .iter()
        .map(|h| {
            let b = h.value.bounds;
            let value = if !h.value.has_data() {
                t.no_data().to_string()
            } else if b.is_exact() {
                t.people(&thousands(b.low))
            } else {
                t.announce_range(&thousands(b.low), &thousands(b.high))
            };
            t.announce_figure(h.label, &value)
        })
        .collect();
    t.announcement(caption, &figures)
}

/// The line above the headline figures, e.g. "UNHCR figures, persons, including dependants,
/// 2003–2015"; also the start of the live announcement.
pub fn caption(
    source_name: &str,
    source: Source,
    count: HoCount,
    range: YearRange,
    lang: Lang,
) -> String {
    let t = text(lang);
    t.caption(
        source_name,
        labels::unit(source, count, lang),
        &t.year_span(range.from(), range.to()),
    )
}

/// Footnotes the yearly chart needs for the chosen source and range, computed from the rows:
/// masked cells, years without rows, outcomes left out, partial years.
pub fn chart_notes(
    ds: &Dataset,
    y: &Yearly,
    count: HoCount,
    range: YearRange,
    lang: Lang,
) -> Vec<String> {
    let t = text(lang);
    let mut notes = Vec::new();
    let masked = y
        .cells()
        .filter(|c| c.is_some_and(Count::is_masked))
        .count();
    if masked > 0 {
        notes.push(t.masked_note(masked));
    }
    let (no_apps, no_decisions) = (y.application_gaps(), y.decision_gaps());
    if no_apps == no_decisions {
        notes.extend(
            gap_sentence(y.source, FigureKind::All, &no_apps, lang)
                .map(|g| t.gap_chart_note(&g, no_apps.len() == 1)),
        );
    } else {
        for (kind, missing) in [
            (FigureKind::Applications, &no_apps),
            (FigureKind::Decisions, &no_decisions),
        ] {
            notes.extend(
                gap_sentence(y.source, kind, missing, lang).map(|g| t.gap_chart_note(&g, true)),
            );
        }
    }
    if y.source == Source::HomeOffice {
        let admin = homeoffice_totals(ds, count, range).decisions().admin_void;
        if admin > 0 {
            notes.push(t.admin_void_note(admin));
        }
        for partial in ds
            .homeoffice
            .iter()
            .filter(|r| range.contains(r.year) && r.quarters < 4)
        {
            notes.push(t.partial_year_note(partial.year, partial.quarters));
        }
    }
    notes
}

/// The headline drawn above a downloaded chart image for the open view.
pub fn image_title(view: View, source_name: &str, range: YearRange, lang: Lang) -> String {
    let t = text(lang);
    let span = t.year_span(range.from(), range.to());
    match view {
        View::Compare => t.image_title_compare(&span),
        _ => t.image_title(&span, source_name),
    }
}
