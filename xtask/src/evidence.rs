//! `docs/evidence.md`: for every operation, its evidence level, each source as
//! `owner/repo@commit:path` with the symbol in it and what was checked against it, what no
//! source shows, and the reasoning of inferred operations.

use std::fmt::Write as _;

use anyhow::{Result, bail};
use serde_json::Value;

use crate::spec;

/// Renders the evidence audit for a parsed spec. Pure: the same spec always gives the same
/// text. Fails, listing every problem, if an operation's evidence is malformed.
pub fn evidence_report(spec: &Value) -> Result<String> {
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    for op in spec::operations(spec) {
        match op.evidence() {
            Ok(evidence) => rows.push((op, evidence)),
            Err(messages) => {
                let label = op.label();
                problems.extend(messages.into_iter().map(|m| format!("{label}: {m}")));
            }
        }
    }
    if !problems.is_empty() {
        bail!(
            "cannot write the evidence audit:\n{}",
            problems
                .iter()
                .map(|p| format!("  - {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    let confirmed = rows.iter().filter(|(_, e)| e.is_confirmed()).count();

    let mut out = String::new();
    out.push_str("# Evidence audit of openapi.yaml\n\n");
    let _ = writeln!(
        out,
        "Generated from the `{}` of every operation in `openapi.yaml` by `cargo xtask codegen`; \
         do not edit by hand. A `confirmed` operation names at least one file that shows it, \
         as `owner/repo@commit:path` with the function or symbol in it, and says what was \
         checked against that file: `method`, `path`, `parameters` (each name, location and \
         required flag), `body` (the form fields), `auth` (how the token is sent) and \
         `response` (where the payload sits and its shape). What the spec says that no source \
         shows is listed under *Not shown by the sources*; `inferred` operations give their \
         reasoning. *Captures* are real answers stored in `shared/fixtures/real/`; *documented examples* \
         there are answers a doc or a docstring shows, not captures.\n",
        spec::EVIDENCE
    );
    let _ = writeln!(
        out,
        "**Summary:** {} operations: {confirmed} confirmed, {} inferred.\n",
        rows.len(),
        rows.len() - confirmed
    );
    for (op, evidence) in &rows {
        let _ = writeln!(
            out,
            "## `{} {}` ({})\n",
            op.method.to_ascii_uppercase(),
            op.path,
            op.operation_id().unwrap_or("no operationId")
        );
        let _ = writeln!(out, "Level: **{}**\n", evidence.level());
        for source in &evidence.sources {
            let _ = writeln!(
                out,
                "- `{}` `{}`: checked {}",
                source.cite(),
                source.symbol,
                source.checked.join(", ")
            );
        }
        if !evidence.sources.is_empty() {
            out.push('\n');
        }
        if !evidence.captures.is_empty() {
            let _ = writeln!(
                out,
                "Captures: {}\n",
                evidence
                    .captures
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        if !evidence.examples.is_empty() {
            let _ = writeln!(
                out,
                "Documented examples (not captures): {}\n",
                evidence
                    .examples
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        if let Some(unverified) = evidence.unverified {
            let _ = writeln!(out, "Not shown by the sources: {}\n", one_line(unverified));
        }
        if let Some(reasoning) = evidence.reasoning {
            let _ = writeln!(out, "Reasoning: {}\n", one_line(reasoning));
        }
    }
    // One trailing newline, like every other generated file.
    while out.ends_with("\n\n") {
        out.pop();
    }
    Ok(out)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
