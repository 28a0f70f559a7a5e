//! The ids of chart series: one typed value shared by the chart options (`charts`) and the
//! tooltip texts (`tooltip`), so the two always match.

use super::figures::Measure;

/// One series of one of the app's charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeriesId {
    /// The yearly chart's line, or one of its stacked outcome bars.
    Measure(Measure),
    /// Compare: UNHCR's applications.
    Unhcr,
    /// Compare: the Home Office's applications.
    HomeOffice,
    /// Compare: UNHCR minus the Home Office.
    Difference,
}

impl SeriesId {
    /// The id in the ECharts option, and as ECharts hands it back to the tooltip formatter.
    pub fn as_str(self) -> &'static str {
        match self {
            SeriesId::Measure(m) => m.id(),
            SeriesId::Unhcr => "unhcr",
            SeriesId::HomeOffice => "homeoffice",
            SeriesId::Difference => "difference",
        }
    }

    /// The series with this id, if any.
    pub fn parse(id: &str) -> Option<SeriesId> {
        Measure::ALL
            .into_iter()
            .map(SeriesId::Measure)
            .chain([SeriesId::Unhcr, SeriesId::HomeOffice, SeriesId::Difference])
            .find(|s| s.as_str() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_and_round_trip() {
        let all: Vec<SeriesId> = Measure::ALL
            .into_iter()
            .map(SeriesId::Measure)
            .chain([SeriesId::Unhcr, SeriesId::HomeOffice, SeriesId::Difference])
            .collect();
        for s in &all {
            assert_eq!(SeriesId::parse(s.as_str()), Some(*s));
        }
        let mut ids: Vec<&str> = all.iter().map(|s| s.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
    }
}
