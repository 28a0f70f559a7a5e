//! The chart colours: 3:1 contrast against the page in light and dark themes (WCAG 1.4.11),
//! and still distinguishable from each other under simulated protanopia, deuteranopia and
//! tritanopia (Machado, Oliveira and Fernandes 2009, severity 1.0; distance in CIELAB).

use nk_asylum::domain::palette::{Palette, Tone};

const LIGHT_PAGE: &str = Palette::LIGHT.background;
const DARK_PAGE: &str = Palette::DARK.background;
/// Smallest CIELAB distance (ΔE*ab) between two series colours under any simulation.
const MIN_DELTA_E: f64 = 10.0;

fn rgb(hex: &str) -> [f64; 3] {
    let h = hex.trim_start_matches('#');
    let c = |i: usize| f64::from(u8::from_str_radix(&h[i..i + 2], 16).unwrap()) / 255.0;
    [c(0), c(2), c(4)].map(|v| {
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    })
}

fn luminance(c: [f64; 3]) -> f64 {
    0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(rgb(a)), luminance(rgb(b)));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

const PROTAN: [[f64; 3]; 3] = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTAN: [[f64; 3]; 3] = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const TRITAN: [[f64; 3]; 3] = [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.303900],
];
const NORMAL: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

fn simulate(c: [f64; 3], m: &[[f64; 3]; 3]) -> [f64; 3] {
    [0, 1, 2].map(|i| (m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2]).clamp(0.0, 1.0))
}

fn lab(c: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
    let y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    let z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

fn delta_e(a: &str, b: &str, m: &[[f64; 3]; 3]) -> f64 {
    let (p, q) = (lab(simulate(rgb(a), m)), lab(simulate(rgb(b), m)));
    ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt()
}

fn groups(p: &Palette) -> [Vec<(&'static str, &'static str)>; 2] {
    [
        vec![
            ("applications", p.applications),
            ("granted", p.granted),
            ("complementary", p.complementary),
            ("refused", p.refused),
            ("closed", p.closed),
        ],
        vec![("unhcr", p.unhcr), ("homeoffice", p.homeoffice)],
    ]
}

#[test]
fn every_series_colour_has_3_to_1_contrast_with_the_page() {
    for (palette, page) in [(Palette::LIGHT, LIGHT_PAGE), (Palette::DARK, DARK_PAGE)] {
        for (name, colour) in groups(&palette).concat() {
            let ratio = contrast(colour, page);
            assert!(ratio >= 3.0, "{name} {colour} on {page}: {ratio:.2}:1");
        }
        assert!(contrast(palette.text, page) >= 4.5, "axis text on {page}");
    }
}

#[test]
fn series_stay_distinguishable_under_colour_blindness() {
    for palette in [Palette::LIGHT, Palette::DARK] {
        for group in groups(&palette) {
            for (i, (a, ca)) in group.iter().enumerate() {
                for (b, cb) in &group[i + 1..] {
                    for (vision, m) in [
                        ("normal", NORMAL),
                        ("protanopia", PROTAN),
                        ("deuteranopia", DEUTAN),
                        ("tritanopia", TRITAN),
                    ] {
                        let d = delta_e(ca, cb, &m);
                        assert!(
                            d >= MIN_DELTA_E,
                            "{a} {ca} vs {b} {cb} under {vision}: ΔE {d:.1}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_checks_can_fail() {
    // Red and green collapse under deuteranopia; light grey on white fails contrast.
    assert!(delta_e("#d62728", "#2ca02c", &DEUTAN) < MIN_DELTA_E);
    assert!(contrast("#cccccc", LIGHT_PAGE) < 3.0);
}

/// The stylesheet's blocks that set the series' colours: the light one (`:root`), then each dark
/// one (`theme=dark`, and the system setting's).
fn tone_blocks(css: &str) -> Vec<&str> {
    css.split('}')
        .filter(|block| block.contains("--tone-applications:"))
        .collect()
}

#[test]
fn the_stylesheet_gives_every_tone_the_palette_colour_in_both_themes() {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/style.css"),
    )
    .unwrap();
    let blocks = tone_blocks(&css);
    assert_eq!(blocks.len(), 3, "one light and two dark blocks of --tone-*");
    for (i, block) in blocks.iter().enumerate() {
        let palette = if i == 0 {
            &Palette::LIGHT
        } else {
            &Palette::DARK
        };
        for tone in Tone::ALL {
            let rule = format!("--tone-{}: {};", tone.id(), palette.tone(tone));
            assert!(block.contains(&rule), "block {i} lacks {rule}");
            let pick = format!(
                "[data-tone=\"{0}\"] {{ --tone: var(--tone-{0}); }}",
                tone.id()
            );
            assert!(css.contains(&pick), "style.css lacks {pick}");
        }
    }
}
