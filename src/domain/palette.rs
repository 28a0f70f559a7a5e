//! The chart colours, light and dark: chosen for 3:1 contrast against the background and for
//! readers with colour-vision deficiencies (tests/palette.rs checks both).

use super::figures::Measure;

/// A series' colour by name: the page's cards and legends carry it as `data-tone`, and
/// style.css gives each tone its light and dark colour (`--tone-<id>`, checked against the
/// palettes by tests/palette.rs), so that the markup holds no colour: it is the same for both
/// themes, prerendered or live, and needs no inline style under the strict CSP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Applications,
    Granted,
    Complementary,
    Refused,
    Closed,
    Unhcr,
    HomeOffice,
}

impl Tone {
    /// Every tone.
    pub const ALL: [Tone; 7] = [
        Tone::Applications,
        Tone::Granted,
        Tone::Complementary,
        Tone::Refused,
        Tone::Closed,
        Tone::Unhcr,
        Tone::HomeOffice,
    ];

    /// Its name in the markup and in style.css.
    pub fn id(self) -> &'static str {
        match self {
            Tone::Applications => "applications",
            Tone::Granted => "granted",
            Tone::Complementary => "complementary",
            Tone::Refused => "refused",
            Tone::Closed => "closed",
            Tone::Unhcr => "unhcr",
            Tone::HomeOffice => "homeoffice",
        }
    }

    /// The tone of an outcome series.
    pub fn outcome(measure: Measure) -> Tone {
        match measure {
            Measure::Applications => Tone::Applications,
            Measure::Granted => Tone::Granted,
            Measure::Complementary => Tone::Complementary,
            Measure::Refused => Tone::Refused,
            Measure::Closed => Tone::Closed,
        }
    }
}

/// Colours for the chart, chosen for contrast and colour-blind safety (Okabe–Ito hues).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The page behind the chart (`--paper` in style.css), also behind an exported image.
    pub background: &'static str,
    /// Body text (`--ink` in style.css), also an exported image's title and source line.
    pub ink: &'static str,
    /// Text and axis labels.
    pub text: &'static str,
    /// Grid lines.
    pub grid: &'static str,
    /// The applications line.
    pub applications: &'static str,
    /// Granted / recognised.
    pub granted: &'static str,
    /// Complementary protection / other leave.
    pub complementary: &'static str,
    /// Refused / rejected.
    pub refused: &'static str,
    /// Withdrawn / otherwise closed.
    pub closed: &'static str,
    /// UNHCR's series when the sources are compared.
    pub unhcr: &'static str,
    /// The Home Office's series when the sources are compared.
    pub homeoffice: &'static str,
    /// The translucent ink of the bars' patterns.
    pub decal: &'static str,
}

impl Palette {
    /// On a light background.
    pub const LIGHT: Palette = Palette {
        background: "#ffffff",
        ink: "#1a1a1a",
        text: "#333333",
        grid: "#e3e3e3",
        applications: "#1a1a1a",
        granted: "#006b4f",
        complementary: "#2b86c5",
        refused: "#c64f00",
        closed: "#8a8a8a",
        unhcr: "#0b5cab",
        homeoffice: "#c25400",
        decal: "rgba(0, 0, 0, 0.25)",
    };

    /// On a dark background: the same hues, lightened to keep 3:1 contrast.
    pub const DARK: Palette = Palette {
        background: "#151515",
        ink: "#ececec",
        text: "#d6d6d6",
        grid: "#3a3a3a",
        applications: "#f2f2f2",
        granted: "#2fbf8f",
        complementary: "#6cc0f0",
        refused: "#f08a3c",
        closed: "#a8a8a8",
        unhcr: "#7cb8f2",
        homeoffice: "#f29a4a",
        decal: "rgba(0, 0, 0, 0.35)",
    };

    /// The palette for dark or light colours.
    pub fn for_dark(dark: bool) -> &'static Palette {
        if dark {
            &Palette::DARK
        } else {
            &Palette::LIGHT
        }
    }

    /// The colour of an outcome series.
    pub fn outcome(&self, measure: Measure) -> &'static str {
        self.tone(Tone::outcome(measure))
    }

    /// The colour of a tone.
    pub fn tone(&self, tone: Tone) -> &'static str {
        match tone {
            Tone::Applications => self.applications,
            Tone::Granted => self.granted,
            Tone::Complementary => self.complementary,
            Tone::Refused => self.refused,
            Tone::Closed => self.closed,
            Tone::Unhcr => self.unhcr,
            Tone::HomeOffice => self.homeoffice,
        }
    }
}
