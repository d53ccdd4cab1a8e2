//! Developer tasks for the KartaView SDK workspace.
//!
//! - `cargo xtask codegen`: lint `openapi.yaml`, generate
//!   `kartaview-api/src/generated.rs` with progenitor and write
//!   `docs/api-coverage.md` and `docs/evidence.md`.
//! - `cargo xtask codegen --check`: generate in memory and fail, with a diff,
//!   if any committed file differs.
//! - `cargo xtask coverage [--check]`: the coverage report alone.
//! - `cargo xtask conformance`: call the spec's read operations against a running server
//!   (or the in-process mock) and validate every answer against its response schema.
//! - `cargo xtask dependent`: the examples of kartaview-ext as binaries of a crate outside the
//!   workspace, resolved afresh (newest compatible dependencies) and checked warning-free.
//! - `cargo xtask public-api [--check]`: the public API of the library crates, one line per
//!   item and path, in `docs/public-api/` (from rustdoc's JSON).
//! - `cargo xtask bench`: run kartaview-ext's benchmarks and the whole-process benchmark of the
//!   `kartaview` binary, and write `docs/PERFORMANCE.md` (`bench --process`: the latter alone).
//!
//! The pieces are public so that the tests can drive them without a shell:
//! [`lint::lint`], [`coverage::coverage_report`], [`codegen::codegen`],
//! [`codegen::generate_client`] and [`codegen::diff`].

pub mod bench;
pub mod codegen;
pub mod conformance;
pub mod coverage;
pub mod dependent;
pub mod evidence;
pub mod lint;
pub mod operations;
pub mod public_api;
pub mod spec;
pub mod validate;

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

pub use codegen::{Output, Summary, codegen, diff, generate_client, generation_input};
pub use coverage::coverage_report;
pub use evidence::evidence_report;
pub use lint::{Problem, lint};
pub use spec::parse_yaml;

/// The spec, relative to the workspace root.
pub const SPEC_PATH: &str = "openapi.yaml";
/// The generated client, relative to the workspace root.
pub const GENERATED_PATH: &str = "kartaview-api/src/generated.rs";
/// The typed operations (the seam with kartaview-ext), relative to the workspace root.
pub const OPERATIONS_PATH: &str = "kartaview-api/src/operations.rs";
/// The coverage report, relative to the workspace root.
pub const COVERAGE_PATH: &str = "docs/api-coverage.md";
/// The evidence audit, relative to the workspace root.
pub const EVIDENCE_PATH: &str = "docs/evidence.md";

/// The workspace root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Write the files, or only compare them with what would be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// The manifest of the crate that includes the generated file.
pub const API_MANIFEST_PATH: &str = "kartaview-api/Cargo.toml";

/// `cargo xtask codegen [--check]`. Returns the text to print on success.
pub fn run_codegen(root: &Path, mode: Mode) -> Result<String> {
    let spec_text = read_spec(root)?;
    let output = codegen(&spec_text)?;
    let files = [
        (GENERATED_PATH, output.generated_rs.as_str()),
        (OPERATIONS_PATH, output.operations_rs.as_str()),
        (COVERAGE_PATH, output.coverage_md.as_str()),
        (EVIDENCE_PATH, output.evidence_md.as_str()),
    ];
    let mut report = output.summary.to_string();
    report.push_str(&sync_files(root, mode, &files)?);
    let manifest = read_optional(&root.join(API_MANIFEST_PATH))?.unwrap_or_default();
    for krate in missing_dependencies(&output.generated_rs, &manifest) {
        report.push_str(&format!(
            "warning: {GENERATED_PATH} uses the crate `{krate}`, which {API_MANIFEST_PATH} does \
             not depend on; add it there or the crate will not compile\n"
        ));
    }
    Ok(report)
}

/// Crates that the generated code names by absolute path (`::regress::Regex`)
/// but that the manifest does not list as a dependency. The manifest is
/// scanned line by line for `name =`, `name.workspace` or `[dependencies.name]`.
pub fn missing_dependencies(generated: &str, manifest: &str) -> Vec<String> {
    let mut used = std::collections::BTreeSet::new();
    for (start, _) in generated.match_indices("::") {
        let before = generated[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':' || c == '>') {
            continue;
        }
        let rest = &generated[start + 2..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && rest[name.len()..].starts_with("::") {
            used.insert(name);
        }
    }
    let declared = |krate: &str| {
        let dashed = krate.replace('_', "-");
        manifest.lines().any(|line| {
            let line = line.trim();
            [krate, dashed.as_str()].iter().any(|name| {
                line.strip_prefix(name).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    rest.starts_with('=') || rest.starts_with('.')
                }) || line == format!("[dependencies.{name}]")
            })
        })
    };
    used.into_iter()
        .filter(|krate| !matches!(krate.as_str(), "std" | "core" | "alloc"))
        .filter(|krate| !declared(krate))
        .collect()
}

/// `cargo xtask coverage [--check]`. Returns the text to print on success.
pub fn run_coverage(root: &Path, mode: Mode) -> Result<String> {
    let spec_text = read_spec(root)?;
    let coverage_md = codegen::coverage(&spec_text)?;
    sync_files(root, mode, &[(COVERAGE_PATH, coverage_md.as_str())])
}

fn read_spec(root: &Path) -> Result<String> {
    let path = root.join(SPEC_PATH);
    fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
}

fn read_optional(path: &Path) -> Result<Option<String>> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Writes each file whose content changed (`Mode::Write`), or fails with a
/// diff of every file that differs (`Mode::Check`).
fn sync_files(root: &Path, mode: Mode, files: &[(&str, &str)]) -> Result<String> {
    let mut report = String::new();
    let mut stale = Vec::new();
    for (name, content) in files {
        let path = root.join(name);
        let committed = read_optional(&path)?;
        let Some(difference) = diff(name, committed.as_deref(), content) else {
            report.push_str(&format!("{name}: up to date\n"));
            continue;
        };
        match mode {
            Mode::Check => stale.push(difference),
            Mode::Write => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)
                        .with_context(|| format!("cannot create {}", parent.display()))?;
                }
                fs::write(&path, content)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                report.push_str(&format!("{name}: written\n"));
            }
        }
    }
    if !stale.is_empty() {
        bail!(
            "{}\n{} generated file{} out of date with {SPEC_PATH}; run `cargo xtask codegen` and \
             commit the result",
            stale.join("\n"),
            stale.len(),
            if stale.len() == 1 { " is" } else { "s are" },
        );
    }
    Ok(report)
}
