//! `docs/api-coverage.md`: which operations the spec describes, on what
//! evidence, and whether their client is generated or written by hand.

use std::fmt::Write as _;

use anyhow::{Result, bail};
use serde_json::Value;

use crate::spec::{self, Evidence, HANDWRITTEN, KNOWN_BY_NAME_ONLY};

/// Renders the coverage report for a parsed spec. Pure: the same spec always
/// gives the same text. Fails, listing every problem, if an operation lacks an
/// `operationId` or valid evidence, or if `x-kartaview-known-by-name-only` is
/// malformed.
pub fn coverage_report(spec: &Value) -> Result<String> {
    struct Row<'a> {
        method: String,
        path: &'a str,
        operation_id: &'a str,
        evidence: Evidence<'a>,
        handwritten: bool,
    }

    let mut problems = Vec::new();
    let mut rows = Vec::new();
    for op in spec::operations(spec) {
        let label = op.label();
        let operation_id = op.operation_id();
        if operation_id.is_none() {
            problems.push(format!("{label}: missing `operationId`"));
        }
        let handwritten = op
            .handwritten()
            .map_err(|message| problems.push(format!("{label}: {message}")))
            .ok();
        let evidence = op
            .evidence()
            .map_err(|messages| {
                problems.extend(messages.into_iter().map(|m| format!("{label}: {m}")));
            })
            .ok();
        if let (Some(operation_id), Some(handwritten), Some(evidence)) =
            (operation_id, handwritten, evidence)
        {
            rows.push(Row {
                method: op.method.to_ascii_uppercase(),
                path: op.path,
                operation_id,
                evidence,
                handwritten,
            });
        }
    }
    let known = spec::known_by_name_only(spec)
        .map_err(|messages| problems.extend(messages))
        .unwrap_or_default();
    if !problems.is_empty() {
        bail!(
            "cannot write the coverage report:\n{}",
            problems
                .iter()
                .map(|p| format!("  - {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    let total = rows.len();
    let confirmed = rows.iter().filter(|r| r.evidence.is_confirmed()).count();
    let handwritten = rows.iter().filter(|r| r.handwritten).count();

    let mut out = String::new();
    out.push_str("# KartaView API coverage\n\n");
    let _ = writeln!(
        out,
        "Generated from `openapi.yaml` by `cargo xtask codegen` (or `cargo xtask coverage`); do \
         not edit by hand. One row per operation that the spec describes, sorted by path and \
         method. *Evidence* says how the operation is known: `confirmed` operations cite the \
         client or server code that shows them (`owner/repo@commit:path`, shortened here; in \
         full, with what each source was checked for, in `docs/evidence.md`), `inferred` ones \
         give the reasoning that led to them. *Client* says where the Rust client for it \
         comes from: `generated` by progenitor into `kartaview-api`, or `handwritten` in \
         `kartaview-ext` for operations marked `{HANDWRITTEN}: true` (such as multipart uploads, \
         which progenitor cannot generate). Resources that are known to exist but not how they \
         are called are listed at the end and are not in the spec.\n"
    );
    let _ = writeln!(
        out,
        "**Summary:** {total} operations: {confirmed} confirmed, {} inferred; {} generated, \
         {handwritten} handwritten.\n",
        total - confirmed,
        total - handwritten,
    );
    out.push_str("| Method | Path | operationId | Evidence | Source or reasoning | Client |\n");
    out.push_str("| --- | --- | --- | --- | --- | --- |\n");
    for row in &rows {
        let _ = writeln!(
            out,
            "| {} | `{}` | `{}` | {} | {} | {} |",
            row.method,
            cell(row.path),
            cell(row.operation_id),
            row.evidence.level(),
            cell(&row.evidence.summary()),
            if row.handwritten {
                "handwritten"
            } else {
                "generated"
            },
        );
    }

    out.push_str("\n## Known only by name\n\n");
    if known.is_empty() {
        let _ = writeln!(out, "None: the spec has no `{KNOWN_BY_NAME_ONLY}` entries.");
    } else {
        let _ = writeln!(
            out,
            "Resources whose names are known (from `{KNOWN_BY_NAME_ONLY}` in the spec) but whose \
             requests and responses are not, so they have no operations in the spec and no \
             client.\n"
        );
        out.push_str("| Resource | Operations | Why not in the spec |\n");
        out.push_str("| --- | --- | --- |\n");
        for entry in &known {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(entry.resource),
                cell(&entry.operations.join(", ")),
                cell(entry.reason),
            );
        }
    }
    Ok(out)
}

/// One Markdown table cell: a single line, with `|` escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}
