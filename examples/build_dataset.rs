//! Regenerates `public/data/nk-asylum.json` from the source CSVs in `data/raw/` and the source
//! descriptions in `data/sources.json`.
//!
//! Usage: `cargo run --example build_dataset` (writes the file), or with `-- --check` (exits
//! non-zero when the committed file differs from what the sources produce).

use nk_asylum::domain::ingest;
use std::{fs, path::Path, process::ExitCode};

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let check = std::env::args().any(|a| a == "--check");
    match ingest::generate_from_dir(&root.join("data")) {
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
        Ok(json) => {
            let out = root.join(ingest::OUTPUT_PATH);
            if check {
                let committed = fs::read_to_string(&out).unwrap_or_default();
                if committed == json {
                    println!("{} is up to date", ingest::OUTPUT_PATH);
                    ExitCode::SUCCESS
                } else {
                    eprintln!(
                        "{} differs from its sources: run `cargo run --example build_dataset`",
                        ingest::OUTPUT_PATH
                    );
                    ExitCode::FAILURE
                }
            } else if let Err(e) = fs::create_dir_all(out.parent().unwrap_or(root))
                .and_then(|()| fs::write(&out, &json))
            {
                eprintln!("error: cannot write {}: {e}", out.display());
                ExitCode::FAILURE
            } else {
                println!("wrote {} ({} bytes)", ingest::OUTPUT_PATH, json.len());
                ExitCode::SUCCESS
            }
        }
    }
}
