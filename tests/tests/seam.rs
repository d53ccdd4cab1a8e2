//! The one seam between the generated client and kartaview-ext: every operation of openapi.yaml
//! is reachable through it, and no operation name is typed by hand.

use std::path::{Path, PathBuf};

use kartaview_api::operations::{ALL, GENERATED};

#[test]
fn every_operation_is_reachable_through_the_seam() {
    let spec_path = kartaview_tests::workspace_root().join("openapi.yaml");
    let spec: serde_json::Value =
        serde_norway::from_str(&std::fs::read_to_string(spec_path).expect("spec")).expect("yaml");
    let mut in_spec: Vec<(String, bool)> = Vec::new();
    for item in spec["paths"].as_object().expect("paths").values() {
        for op in item.as_object().expect("item").values() {
            if let Some(id) = op.get("operationId").and_then(|v| v.as_str()) {
                let handwritten =
                    op.get("x-kartaview-handwritten").and_then(|v| v.as_bool()) == Some(true);
                in_spec.push((id.to_owned(), handwritten));
            }
        }
    }
    in_spec.sort();
    let mut all: Vec<(String, bool)> = ALL
        .iter()
        .map(|op| (op.id.to_owned(), op.handwritten))
        .collect();
    all.sort();
    assert_eq!(in_spec, all, "the generated operation list is the spec's");
    // Generated ones through their builder's `Operation` impl (GENERATED reads each SPEC from
    // it), handwritten ones through kartaview-ext's functions.
    let mut reachable: Vec<(String, bool)> = GENERATED
        .iter()
        .chain(kartaview_ext::HANDWRITTEN)
        .map(|op| (op.id.to_owned(), op.handwritten))
        .collect();
    reachable.sort();
    assert_eq!(
        reachable, all,
        "each operation once, generated or handwritten"
    );
}

/// The spec names operations; the handwritten code takes them from `kartaview_api::operations`.
#[test]
fn no_operation_id_is_typed_by_hand() {
    let root = kartaview_tests::workspace_root();
    let mut files = Vec::new();
    for dir in ["kartaview-ext/src", "kartaview-cli/src"] {
        collect_rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "found the sources: {}", files.len());
    let mut typed = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("source");
        for op in ALL {
            let literal = format!("\"{}\"", op.id);
            for (n, line) in text.lines().enumerate() {
                if line.contains(&literal) {
                    typed.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        typed.is_empty(),
        "operation ids typed by hand:\n{}",
        typed.join("\n")
    );
}

fn collect_rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect_rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
