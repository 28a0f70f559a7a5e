//! Regenerates `public/data/nk-asylum.json` from the source CSVs in `data/raw/` and the source
//! descriptions in `data/sources.json`, and the no-JavaScript figures in `index.html` from it.
//!
//! Usage: `cargo run --example build_dataset` (writes both), or with `-- --check` (exits
//! non-zero when a committed file differs from what the sources produce).

use nk_asylum::domain::{dataset::Dataset, fallback, ingest};
use std::{fs, path::Path, process::ExitCode};

/// Each generated file: its path and its expected contents.
fn generated(root: &Path) -> Result<Vec<(&'static str, String)>, String> {
    let json = ingest::generate_from_dir(&root.join("data")).map_err(|e| e.to_string())?;
    let dataset = Dataset::from_json(&json).map_err(|e| e.to_string())?;
    let page =
        fs::read_to_string(root.join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    let page = fallback::splice(&page, &fallback::html(&dataset))
        .ok_or("index.html has no fallback:start / fallback:end markers")?;
    Ok(vec![(ingest::OUTPUT_PATH, json), ("index.html", page)])
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let check = std::env::args().any(|a| a == "--check");
    let files = match generated(root) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut ok = true;
    for (path, contents) in files {
        let target = root.join(path);
        if check {
            if fs::read_to_string(&target).unwrap_or_default() != contents {
                eprintln!(
                    "{path} differs from its sources: run `cargo run --example build_dataset`"
                );
                ok = false;
            }
        } else if let Err(e) = fs::write(&target, &contents) {
            eprintln!("error: cannot write {path}: {e}");
            ok = false;
        } else {
            println!("wrote {path} ({} bytes)", contents.len());
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
