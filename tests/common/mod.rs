//! What the native tests share: the shipped dataset, loaded one way.
#![allow(dead_code)] // each test file uses its own part

use nk_asylum::domain::dataset::Dataset;
use std::path::PathBuf;

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped dataset file's text.
pub fn shipped_text() -> String {
    std::fs::read_to_string(root().join("public/data/nk-asylum.json")).expect("shipped dataset")
}

/// The shipped dataset, parsed and validated.
pub fn dataset() -> Dataset {
    Dataset::from_json(&shipped_text()).expect("the shipped dataset is valid")
}
