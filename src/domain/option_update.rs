//! What a chart that is already drawn needs to hear of a new option: only its top-level
//! components that changed, and its series.
//!
//! ECharts merges an option into the one it holds, so an unchanged component need not be sent
//! again; and it re-processes whatever it is sent: on the yearly chart a source toggle took
//! 10.3 ms with the whole option and 8.6 ms with its axes and series only (bench/README.md,
//! the toggle). The series are always sent: the page passes `replaceMerge: ['series']`, so a
//! series missing from an update is removed. Anything unexpected gets the whole option.

/// The JSON to pass to `setOption` when ECharts holds `previous` and the page now wants `next`
/// (both as `ChartOption` serialises them: compact JSON objects). `next` itself when the two
/// do not have the same components, or either cannot be read.
pub fn option_update(previous: &str, next: &str) -> String {
    let (Some(old), Some(new)) = (components(previous), components(next)) else {
        return next.to_string();
    };
    let same_keys = old.len() == new.len() && old.iter().zip(&new).all(|(a, b)| a.0 == b.0);
    if !same_keys {
        return next.to_string();
    }
    let changed: Vec<String> = new
        .iter()
        .zip(&old)
        .filter(|((key, value), (_, was))| *key == "\"series\"" || value != was)
        .map(|((key, value), _)| format!("{key}:{value}"))
        .collect();
    format!("{{{}}}", changed.join(","))
}

/// The top-level members of a compact JSON object, as (quoted key, raw value) in order; `None`
/// if `json` is not one.
fn components(json: &str) -> Option<Vec<(&str, &str)>> {
    let body = json.strip_prefix('{')?.strip_suffix('}')?;
    let mut members = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let key_end = string_end(rest)?;
        let (key, after) = rest.split_at(key_end);
        let after = after.strip_prefix(':')?;
        let value_end = value_end(after)?;
        let (value, after) = after.split_at(value_end);
        members.push((key, value));
        rest = match after.strip_prefix(',') {
            Some(more) if !more.is_empty() => more,
            Some(_) => return None,
            None if after.is_empty() => after,
            None => return None,
        };
    }
    Some(members)
}

/// The length of the JSON string at the start of `s`, quotes included.
fn string_end(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    if chars.next()? != (0, '"') {
        return None;
    }
    let mut escaped = false;
    for (i, c) in chars {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The length of the JSON value at the start of `s`: up to the first comma outside any string,
/// array or object, or to the end.
fn value_end(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next()?;
        match c {
            '"' => {
                i += string_end(&s[i..])?;
                continue;
            }
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => return (i > 0).then_some(i),
            _ => {}
        }
        i += c.len_utf8();
    }
    (depth == 0 && i > 0).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_compact_object_into_its_members() {
        let json = r#"{"a":1,"b":{"c":[1,{"d":"x,}"}]},"e":"q\"uote,","f":null}"#;
        assert_eq!(
            components(json),
            Some(vec![
                ("\"a\"", "1"),
                ("\"b\"", r#"{"c":[1,{"d":"x,}"}]}"#),
                ("\"e\"", r#""q\"uote,""#),
                ("\"f\"", "null"),
            ])
        );
        assert_eq!(components("{}"), Some(vec![]));
        for bad in [
            "",
            "[1]",
            "{\"a\":1,}",
            "{\"a\"}",
            "{\"a\":[1}",
            "{\"a\":\"x}",
            "{a:1}",
        ] {
            assert_eq!(components(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_update_carries_the_changed_components_and_the_series() {
        let before =
            r#"{"grid":{"left":4},"yAxis":{"name":"persons"},"series":[{"id":"a","data":[1]}]}"#;
        let after = r#"{"grid":{"left":4},"yAxis":{"name":"main applicants"},"series":[{"id":"a","data":[2]}]}"#;
        assert_eq!(
            option_update(before, after),
            r#"{"yAxis":{"name":"main applicants"},"series":[{"id":"a","data":[2]}]}"#
        );
        // Nothing changed: the series still, as replaceMerge expects them.
        assert_eq!(
            option_update(after, after),
            r#"{"series":[{"id":"a","data":[2]}]}"#
        );
    }

    #[test]
    fn other_components_or_unreadable_json_get_the_whole_option() {
        let next = r#"{"grid":{"left":4},"series":[]}"#;
        assert_eq!(option_update(r#"{"series":[]}"#, next), next);
        assert_eq!(
            option_update(r#"{"series":[],"grid":{"left":4}}"#, next),
            next
        );
        assert_eq!(option_update("not json", next), next);
    }
}
