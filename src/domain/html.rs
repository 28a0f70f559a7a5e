//! The one HTML escaper: every string the app writes into markup by hand (tooltips, the
//! no-JavaScript figures, the embed code) goes through it. Leptos escapes what it renders itself.

/// Escapes text for an element's content or a double- or single-quoted attribute value.
/// Control characters are dropped: none belongs in what the app writes, and a line break
/// inside an attribute of pasted embed code is how a CMS breaks it.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("1–5 people"), "1–5 people");
        assert_eq!(escape("a\u{0}b\nc"), "abc");
    }
}
