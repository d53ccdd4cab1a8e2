//! `cargo xtask public-api [--check]`: the public API of the library crates, one line per item
//! and path, in `docs/public-api/CRATE.txt`, so that every change to the surface is a reviewed
//! diff.
//!
//! Read from rustdoc's JSON output (unstable in rustdoc, so asked for with `RUSTC_BOOTSTRAP=1`
//! on the stable toolchain; no extra tool to install). Each item is listed at every public path
//! that reaches it: an item reachable twice shows twice. Listed: modules, types with their
//! public fields and variants (`#[non_exhaustive]` marked), inherent methods, the traits each
//! type implements by name (not the ones the compiler adds), functions, constants, statics,
//! traits with their methods, and re-exports of other crates' items.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::Mode;

/// The crates whose surface is listed.
pub const CRATES: [&str; 3] = ["kartaview-api", "kartaview-ext", "kartaview-mock"];

/// Where the listings live, relative to the workspace root.
pub const LISTING_DIR: &str = "docs/public-api";

/// Writes (or, in [`Mode::Check`], compares) the listing of every crate of [`CRATES`].
pub fn run_public_api(root: &Path, mode: Mode) -> Result<String> {
    let mut report = String::new();
    let mut stale = Vec::new();
    for krate in CRATES {
        let json = rustdoc_json(root, krate)?;
        let listing = listing(&json).with_context(|| format!("reading {krate}'s rustdoc JSON"))?;
        let path = root.join(LISTING_DIR).join(format!("{krate}.txt"));
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        let lines = listing.lines().count();
        if current == listing {
            report.push_str(&format!("{}: up to date ({lines} lines)\n", path.display()));
        } else if mode == Mode::Check {
            let diff = similar::TextDiff::from_lines(&current, &listing)
                .unified_diff()
                .context_radius(0)
                .header("committed", "the code's")
                .to_string();
            report.push_str(&format!("{}:\n{diff}", path.display()));
            stale.push(path.display().to_string());
        } else {
            std::fs::create_dir_all(root.join(LISTING_DIR))?;
            std::fs::write(&path, &listing)?;
            report.push_str(&format!("{}: written ({lines} lines)\n", path.display()));
        }
    }
    if !stale.is_empty() {
        print!("{report}");
        bail!(
            "the public API changed: {} (review the diff above, then run cargo xtask public-api)",
            stale.join(", ")
        );
    }
    Ok(report)
}

fn rustdoc_json(root: &Path, krate: &str) -> Result<Value> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "rustdoc",
            "--quiet",
            "--lib",
            "-p",
            krate,
            "--all-features",
            "--",
        ])
        .args(["-Z", "unstable-options", "--output-format", "json"])
        .env("RUSTC_BOOTSTRAP", "1")
        .current_dir(root)
        .output()
        .context("cannot run cargo rustdoc")?;
    if !output.status.success() {
        bail!(
            "cargo rustdoc -p {krate} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let file = root
        .join("target/doc")
        .join(format!("{}.json", krate.replace('-', "_")));
    let text = std::fs::read_to_string(&file).with_context(|| file.display().to_string())?;
    serde_json::from_str(&text).with_context(|| file.display().to_string())
}

/// The listing of one crate's rustdoc JSON: sorted lines, each `kind path`.
pub fn listing(json: &Value) -> Result<String> {
    let index = json.get("index").context("no index")?;
    let root = id_key(json.get("root").context("no root")?);
    let root_item = index.get(&root).context("no root item")?;
    let name = root_item["name"].as_str().context("the root has no name")?;
    let mut walk = Walk {
        index,
        lines: BTreeSet::new(),
        seen: HashSet::new(),
    };
    walk.item(&root, name);
    let mut out = String::new();
    for line in walk.lines {
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// rustdoc's ids are numbers (strings in older formats); the index is keyed by their text.
fn id_key(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

struct Walk<'a> {
    index: &'a Value,
    lines: BTreeSet<String>,
    seen: HashSet<(String, String)>,
}

impl Walk<'_> {
    fn item(&mut self, id: &str, path: &str) {
        if !self.seen.insert((id.to_owned(), path.to_owned())) {
            return;
        }
        let Some(item) = self.index.get(id) else {
            return;
        };
        let Some((kind, inner)) = item["inner"].as_object().and_then(|o| o.iter().next()) else {
            return;
        };
        let marks = if is_non_exhaustive(item) {
            " #[non_exhaustive]"
        } else {
            ""
        };
        match kind.as_str() {
            "module" => {
                self.lines.insert(format!("mod {path}"));
                for child in ids(&inner["items"]) {
                    self.child(&child, path);
                }
            }
            "use" => {} // handled by `child`, which knows the re-export's name
            "struct" | "union" => {
                self.lines.insert(format!("{kind} {path}{marks}"));
                let fields = inner["kind"]["plain"]["fields"]
                    .as_array()
                    .or_else(|| inner["fields"].as_array());
                for field in fields.into_iter().flatten() {
                    self.field(&id_key(field), path);
                }
                self.impls(&inner["impls"], path);
            }
            "enum" => {
                self.lines.insert(format!("enum {path}{marks}"));
                for variant in ids(&inner["variants"]) {
                    if let Some(name) = self.index[&variant]["name"].as_str() {
                        let marks = if is_non_exhaustive(&self.index[&variant]) {
                            " #[non_exhaustive]"
                        } else {
                            ""
                        };
                        self.lines.insert(format!("variant {path}::{name}{marks}"));
                    }
                }
                self.impls(&inner["impls"], path);
            }
            "trait" => {
                self.lines.insert(format!("trait {path}"));
                for method in ids(&inner["items"]) {
                    if let Some(name) = self.index[&method]["name"].as_str() {
                        self.lines.insert(format!("trait-item {path}::{name}"));
                    }
                }
            }
            "function" | "constant" | "static" | "type_alias" | "macro" | "proc_macro" => {
                let kind = match kind.as_str() {
                    "function" => "fn",
                    "constant" => "const",
                    "type_alias" => "type",
                    other => other,
                };
                self.lines.insert(format!("{kind} {path}"));
            }
            other => {
                self.lines.insert(format!("{other} {path}"));
            }
        }
    }

    /// A public child of a module at `parent`: an item, or a re-export followed to its target.
    fn child(&mut self, id: &str, parent: &str) {
        let Some(item) = self.index.get(id) else {
            return;
        };
        if item["visibility"] != "public" {
            return;
        }
        if let Some(reexport) = item["inner"].get("use") {
            let target = reexport.get("id").filter(|t| !t.is_null()).map(id_key);
            let name = reexport["name"].as_str().unwrap_or_default();
            let is_glob = reexport["is_glob"].as_bool().unwrap_or(false);
            match target.filter(|t| self.index.get(t).is_some()) {
                Some(target) if is_glob => {
                    let children = ids(&self.index[&target]["inner"]["module"]["items"]);
                    for child in children {
                        self.child(&child, parent);
                    }
                }
                Some(target) => self.item(&target, &format!("{parent}::{name}")),
                None => {
                    let source = reexport["source"].as_str().unwrap_or_default();
                    self.lines
                        .insert(format!("use {parent}::{name} = {source}"));
                }
            }
            return;
        }
        if let Some(name) = item["name"].as_str() {
            self.item(id, &format!("{parent}::{name}"));
        }
    }

    fn field(&mut self, id: &str, owner: &str) {
        let field = &self.index[id];
        if field["visibility"] == "public"
            && let Some(name) = field["name"].as_str()
        {
            self.lines.insert(format!("field {owner}.{name}"));
        }
    }

    /// Inherent methods, and the traits implemented by name (derives included; auto traits and
    /// blanket impls left out).
    fn impls(&mut self, impls: &Value, owner: &str) {
        for id in ids(impls) {
            let block = &self.index[&id]["inner"]["impl"];
            if block["is_synthetic"] == true || !block["blanket_impl"].is_null() {
                continue;
            }
            match block["trait"]["path"].as_str() {
                Some(name) => {
                    self.lines.insert(format!("impl {name} for {owner}"));
                }
                None => {
                    for method in ids(&block["items"]) {
                        let method = &self.index[&method];
                        if method["visibility"] == "public"
                            && let Some(name) = method["name"].as_str()
                        {
                            self.lines.insert(format!("fn {owner}::{name}"));
                        }
                    }
                }
            }
        }
    }
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|ids| ids.iter().map(id_key).collect())
        .unwrap_or_default()
}

fn is_non_exhaustive(item: &Value) -> bool {
    item["attrs"].as_array().is_some_and(|attrs| {
        attrs
            .iter()
            .any(|a| a.to_string().contains("non_exhaustive"))
    })
}
