//! `cargo xtask dependent`: the library crates as a program that depends on them gets them.
//!
//! A new crate outside the workspace, with `kartaview-ext` and `kartaview-mock` as path
//! dependencies and every example of `kartaview-ext/examples` as one of its binaries, is
//! resolved afresh (the newest semver-compatible versions of every dependency, not the
//! workspace's `Cargo.lock`) and checked with warnings as errors. A deprecation in a new patch
//! release of a dependency, or an example that only compiles inside the workspace, fails here.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The examples a dependent copies, relative to the workspace root.
pub const EXAMPLES_DIR: &str = "kartaview-ext/examples";

/// The dependent crate's manifest. Its dependencies are the examples' own: what a user adds
/// beside kartaview-ext to run one.
fn manifest(root: &Path) -> String {
    let path = |krate: &str| root.join(krate).display().to_string().replace('\\', "/");
    format!(
        r#"[package]
name = "kartaview-dependent"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
kartaview-ext = {{ path = "{ext}" }}
kartaview-mock = {{ path = "{mock}" }}
futures-util = "0.3"
tokio = {{ version = "1", features = ["macros", "rt-multi-thread"] }}

# Not a member of the workspace around it.
[workspace]
"#,
        ext = path("kartaview-ext"),
        mock = path("kartaview-mock"),
    )
}

/// Writes the dependent crate under `target/dependent`, resolves it afresh and checks it.
pub fn run_dependent(root: &Path) -> Result<String> {
    let dir = root.join("target/dependent");
    let bins = dir.join("src/bin");
    if bins.exists() {
        std::fs::remove_dir_all(&bins)
            .with_context(|| format!("cannot clear {}", bins.display()))?;
    }
    std::fs::create_dir_all(&bins).with_context(|| format!("cannot create {}", bins.display()))?;
    std::fs::write(dir.join("Cargo.toml"), manifest(root)).context("cannot write Cargo.toml")?;
    let mut examples = Vec::new();
    for entry in std::fs::read_dir(root.join(EXAMPLES_DIR)).context(EXAMPLES_DIR)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().context("an example has a name")?;
            std::fs::copy(&path, bins.join(name))
                .with_context(|| format!("cannot copy {}", path.display()))?;
            examples.push(name.to_string_lossy().into_owned());
        }
    }
    examples.sort();
    // Afresh: no lockfile, so cargo picks the newest compatible version of everything.
    let _ = std::fs::remove_file(dir.join("Cargo.lock"));
    cargo(&dir, &["generate-lockfile", "--quiet"])?;
    cargo(&dir, &["check", "--bins", "--quiet"])?;
    let mut report = format!(
        "a dependent crate (resolved afresh) checks warning-free with {} examples:\n",
        examples.len()
    );
    for example in &examples {
        let _ = writeln!(report, "  {example}");
    }
    Ok(report)
}

fn cargo(dir: &Path, args: &[&str]) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        // Its own target dir: warnings as errors would otherwise rebuild the workspace's.
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env("RUSTFLAGS", "-D warnings")
        .env_remove("CARGO_MANIFEST_DIR")
        .status()
        .with_context(|| format!("cannot run cargo {}", args.join(" ")))?;
    if !status.success() {
        bail!("cargo {} failed in {}", args.join(" "), dir.display());
    }
    Ok(())
}
