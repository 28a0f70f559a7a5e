//! The height messages the app sends to the page around its frame, and the only message it
//! accepts (pym.js's `width`, checked to the letter). They are a public contract, read by pages
//! we do not control:
//! - AMP's `amp-iframe`: `{sentinel: "amp", type: "embed-size", height}`;
//! - pym.js (`pym.Parent`): the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`;
//! - our own `embed.js`: `{type: "nk-asylum:embed-size", height}`.
//!
//! Each carries the height and nothing else: no URL, no state, no reader data.

use serde::Serialize;

/// The height in our own message, as a page reading it must check it: our `type`, a finite
/// height from 1 to [`MAX_HEIGHT`] px. `None` for any other message. (The embed generator's
/// preview reads its frames' heights this way; `embed.js` applies the same rules.)
pub fn own_height(kind: Option<&str>, height: Option<f64>) -> Option<u32> {
    let h = height?;
    (kind == Some(OWN_MESSAGE_TYPE) && h.is_finite() && h >= 1.0 && h <= f64::from(MAX_HEIGHT))
        .then(|| h.ceil() as u32)
}

/// The `type` of our own height message; namespaced so no other embed's message is taken for ours.
pub const OWN_MESSAGE_TYPE: &str = "nk-asylum:embed-size";

/// The largest height sent or accepted, in CSS px. No layout of the story comes near it (the
/// tallest, every year in the table at 320 px, is a few thousand px): a taller request is a bug
/// or an attack, so the app caps what it sends here and `embed.js` refuses anything above it.
pub const MAX_HEIGHT: u32 = 20_000;

/// The largest width accepted in pym's `width` message, in CSS px.
pub const MAX_WIDTH: u32 = 100_000;

/// pym.js's separator between the parts of a message.
const PYM_DELIMITER: &str = "xPYMx";

/// AMP's resize request (`amp-iframe` with the `resizable` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AmpSize {
    /// Always `"amp"`.
    pub sentinel: &'static str,
    /// Always `"embed-size"`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Content height in CSS px.
    pub height: u32,
}

/// Our own height message, read by `embed.js`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct OwnSize {
    /// Always [`OWN_MESSAGE_TYPE`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Content height in CSS px.
    pub height: u32,
}

/// The AMP message for a content height in CSS px.
pub fn amp_message(height: u32) -> AmpSize {
    AmpSize {
        sentinel: "amp",
        kind: "embed-size",
        height,
    }
}

/// Our own message for a content height in CSS px.
pub fn own_message(height: u32) -> OwnSize {
    OwnSize {
        kind: OWN_MESSAGE_TYPE,
        height,
    }
}

/// A measured content height (CSS px, possibly fractional) as the whole pixels to ask for:
/// rounded up, so the frame never cuts off the last fraction of a pixel and shows a scroll bar,
/// and at most [`MAX_HEIGHT`] (taller content scrolls inside the frame). `None` for a
/// measurement that is not a height at all (negative, NaN, infinite).
pub fn whole_px(measured: f64) -> Option<u32> {
    // A sub-pixel layout can report 400.0000001 for a 400 px box: don't turn it into 401.
    let rounded = (measured - 0.01).ceil();
    (rounded.is_finite() && rounded >= 0.0).then(|| rounded.min(f64::from(MAX_HEIGHT)) as u32)
}

/// Which of pym.js's `width` messages the app answers (with its height): only a width that
/// differs from the last one answered. pym sends the width on every resize of the host page,
/// so a host resizing continuously would otherwise get a layout read and three messages per
/// message. (At most one answer per frame is the browser edge's part.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WidthReplies {
    last: Option<u32>,
}

impl WidthReplies {
    /// Whether a `width` (CSS px) calls for an answer; remembers it when it does.
    pub fn changed(&mut self, width: u32) -> bool {
        let changed = self.last != Some(width);
        self.last = Some(width);
        changed
    }
}

/// The id pym.js gave this frame (`childId` in the URL), restricted to the characters an element
/// id in a CMS realistically has, so that it can never break pym's message format or regex.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildId(String);

impl ChildId {
    /// Accepts 1–64 ASCII letters, digits, `-`, `_`, `.` and `:`; anything else is `None`.
    pub fn parse(raw: &str) -> Option<ChildId> {
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-_.:".contains(c);
        (!raw.is_empty() && raw.len() <= 64 && raw.chars().all(allowed) && !raw.contains("xPYMx"))
            .then(|| ChildId(raw.to_string()))
    }

    /// The id as pym.js writes it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// pym's `childId` from a query string (with or without `?`), if present and valid.
pub fn child_id(query: &str) -> Option<ChildId> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .and_then(ChildId::parse)
}

/// pym.js's height message: `pymxPYMx<childId>xPYMxheightxPYMx<height>`.
pub fn pym_height(child: &ChildId, height: u32) -> String {
    ["pym", child.as_str(), "height", &height.to_string()].join(PYM_DELIMITER)
}

/// The width in CSS px from pym.js's `width` message for this frame, or `None` for anything
/// else: another frame's id, another message type, a width that is not 0–[`MAX_WIDTH`] written
/// in plain digits. The app's only use of it is to send its height again.
pub fn pym_width(message: &str, child: &ChildId) -> Option<u32> {
    let prefix = ["pym", child.as_str(), "width", ""].join(PYM_DELIMITER);
    let digits = message.strip_prefix(&prefix)?;
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|w| *w <= MAX_WIDTH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_plausible_height_is_read() {
        assert_eq!(own_height(Some(OWN_MESSAGE_TYPE), Some(689.5)), Some(690));
        assert_eq!(own_height(Some("embed-size"), Some(600.0)), None);
        assert_eq!(own_height(Some(OWN_MESSAGE_TYPE), Some(99_999.0)), None);
        assert_eq!(own_height(Some(OWN_MESSAGE_TYPE), Some(f64::NAN)), None);
        assert_eq!(own_height(Some(OWN_MESSAGE_TYPE), None), None);
    }

    #[test]
    fn pym_width_is_answered_only_when_it_changes() {
        let mut replies = WidthReplies::default();
        assert!(replies.changed(375));
        assert!(!replies.changed(375));
        assert!(!replies.changed(375));
        assert!(replies.changed(768));
        assert!(replies.changed(375));
    }

    #[test]
    fn height_messages_carry_only_the_height() {
        let amp = serde_json::to_value(amp_message(812)).unwrap();
        assert_eq!(
            amp,
            serde_json::json!({"sentinel": "amp", "type": "embed-size", "height": 812})
        );
        let own = serde_json::to_value(own_message(812)).unwrap();
        assert_eq!(
            own,
            serde_json::json!({"type": "nk-asylum:embed-size", "height": 812})
        );
        let child = ChildId::parse("nk-chart_1").unwrap();
        assert_eq!(
            pym_height(&child, 812),
            "pymxPYMxnk-chart_1xPYMxheightxPYMx812"
        );
    }

    #[test]
    fn heights_are_rounded_up_to_whole_pixels() {
        assert_eq!(whole_px(400.0), Some(400));
        assert_eq!(whole_px(400.000_001), Some(400));
        assert_eq!(whole_px(400.2), Some(401));
        assert_eq!(whole_px(0.0), Some(0));
        assert_eq!(whole_px(f64::NAN), None);
        assert_eq!(whole_px(f64::INFINITY), None);
        assert_eq!(whole_px(-3.0), None);
        // Taller content is capped: the frame scrolls instead of growing without end.
        assert_eq!(whole_px(20_000.0), Some(MAX_HEIGHT));
        assert_eq!(whole_px(99_999.0), Some(MAX_HEIGHT));
        assert_eq!(whole_px(1e9), Some(MAX_HEIGHT));
    }

    #[test]
    fn child_ids_are_read_and_checked() {
        assert_eq!(
            child_id("?initialWidth=375&childId=graphic&parentTitle=x").map(|c| c.0),
            Some("graphic".into())
        );
        assert_eq!(child_id("source=unhcr"), None);
        for bad in [
            "",
            "a b",
            "a%20b",
            "x\"y",
            "axPYMxb",
            "<script>",
            &"x".repeat(65),
        ] {
            assert_eq!(ChildId::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_a_well_formed_width_for_this_frame_is_accepted() {
        let child = ChildId::parse("graphic").unwrap();
        assert_eq!(
            pym_width("pymxPYMxgraphicxPYMxwidthxPYMx375", &child),
            Some(375)
        );
        assert_eq!(
            pym_width("pymxPYMxgraphicxPYMxwidthxPYMx0", &child),
            Some(0)
        );
        for bad in [
            "pymxPYMxotherxPYMxwidthxPYMx375",
            "pymxPYMxgraphicxPYMxheightxPYMx375",
            "pymxPYMxgraphicxPYMxwidthxPYMx",
            "pymxPYMxgraphicxPYMxwidthxPYMx-1",
            "pymxPYMxgraphicxPYMxwidthxPYMx37.5",
            "pymxPYMxgraphicxPYMxwidthxPYMx375 ",
            "pymxPYMxgraphicxPYMxwidthxPYMx+375",
            "pymxPYMxgraphicxPYMxwidthxPYMx100001",
            "pymxPYMxgraphicxPYMxwidthxPYMx99999999999999999999",
            "pymxPYMxgraphicxPYMxwidthxPYMx375xPYMx1",
            "xpymxPYMxgraphicxPYMxwidthxPYMx375",
        ] {
            assert_eq!(pym_width(bad, &child), None, "{bad}");
        }
    }
}
