//! The pure core stays pure: nothing under src/domain may use a browser crate, so that all of
//! it keeps running natively under `cargo test`.

#[test]
fn src_domain_uses_no_browser_crate() {
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/domain"
    ))];
    let mut checked = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                check(&path);
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "read {checked} files");
}

fn check(path: &std::path::Path) {
    {
        let text = std::fs::read_to_string(path).unwrap();
        for krate in ["leptos", "web_sys", "gloo", "js_sys", "wasm_bindgen"] {
            let used = text.lines().any(|l| {
                let code = l.split("//").next().unwrap_or("");
                code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}"))
            });
            assert!(!used, "{} uses {krate}", path.display());
        }
    }
}
