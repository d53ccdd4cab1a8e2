//! From `openapi.yaml` to `kartaview-api/src/generated.rs` with progenitor,
//! and the diff that `--check` prints.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::sync::Once;

use anyhow::{Result, anyhow};
use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use serde_json::{Map, Value};

use crate::coverage::coverage_report;
use crate::evidence::evidence_report;
use crate::lint::{Problem, lint};
use crate::operations::generate_operations;
use crate::spec::{self, METHODS};

/// First line of the generated file.
pub const HEADER: &str =
    "// Generated from openapi.yaml by `cargo xtask codegen`. Do not edit by hand.\n";

/// Everything `cargo xtask codegen` produces from the spec.
#[derive(Debug, Clone)]
pub struct Output {
    /// Contents of `kartaview-api/src/generated.rs`.
    pub generated_rs: String,
    /// Contents of `kartaview-api/src/operations.rs`.
    pub operations_rs: String,
    /// Contents of `docs/api-coverage.md`.
    pub coverage_md: String,
    /// Contents of `docs/evidence.md`.
    pub evidence_md: String,
    pub summary: Summary,
}

/// Counts for the one-paragraph summary `cargo xtask codegen` prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub operations: usize,
    pub confirmed: usize,
    pub inferred: usize,
    pub generated: usize,
    /// `METHOD /path (operationId)` of each handwritten operation.
    pub handwritten: Vec<String>,
    pub schemas: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} operations ({} confirmed, {} inferred): {} generated, {} handwritten; {} component schemas",
            self.operations,
            self.confirmed,
            self.inferred,
            self.generated,
            self.handwritten.len(),
            self.schemas,
        )?;
        if !self.handwritten.is_empty() {
            writeln!(f, "handwritten operations (not generated):")?;
            for label in &self.handwritten {
                writeln!(f, "  {label}")?;
            }
        }
        Ok(())
    }
}

/// Parses and lints the spec, then generates the client and the coverage
/// report in memory. Nothing is written.
pub fn codegen(spec_text: &str) -> Result<Output> {
    let spec = spec::parse_yaml(spec_text)?;
    let problems = lint(&spec);
    if !problems.is_empty() {
        return Err(lint_error(&problems));
    }
    let coverage_md = coverage_report(&spec)?;
    let evidence_md = evidence_report(&spec)?;
    let generated_rs = generate_client(&generation_input(&spec))?;
    let operations_rs = generate_operations(&spec, &generated_rs)?;
    Ok(Output {
        generated_rs,
        operations_rs,
        coverage_md,
        evidence_md,
        summary: summarize(&spec),
    })
}

/// Parses and lints the spec, then renders only the coverage report.
pub fn coverage(spec_text: &str) -> Result<String> {
    let spec = spec::parse_yaml(spec_text)?;
    let problems = lint(&spec);
    if !problems.is_empty() {
        return Err(lint_error(&problems));
    }
    coverage_report(&spec)
}

/// One error listing every lint problem.
pub fn lint_error(problems: &[Problem]) -> anyhow::Error {
    let mut message = format!(
        "openapi.yaml has {} problem{}; nothing was generated:",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    for problem in problems {
        message.push_str("\n  - ");
        message.push_str(&problem.to_string());
    }
    anyhow!(message)
}

fn summarize(spec: &Value) -> Summary {
    let mut summary = Summary::default();
    for op in spec::operations(spec) {
        summary.operations += 1;
        match op.evidence() {
            Ok(evidence) if evidence.is_confirmed() => summary.confirmed += 1,
            Ok(_) => summary.inferred += 1,
            Err(_) => {}
        }
        if op.handwritten() == Ok(true) {
            summary.handwritten.push(op.label());
        } else {
            summary.generated += 1;
        }
    }
    summary.schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map_or(0, Map::len);
    summary
}

/// What progenitor is given: the spec without the operations marked
/// `x-kartaview-handwritten: true` (and path items left with no operation),
/// and without error responses, so that every non-2xx answer reaches
/// `kartaview-ext` as the raw response: it decodes the status envelope, or
/// reports the HTTP status and the start of a non-JSON body (an HTML 502, an
/// empty 400), in one place. Objects come out with sorted keys.
pub fn generation_input(spec: &Value) -> Value {
    let mut spec = spec.clone();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        let mut kept = Map::new();
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                kept.insert(path.clone(), item.clone());
                continue;
            };
            let item: Map<String, Value> = item
                .iter()
                .filter(|(key, op)| {
                    !(METHODS.contains(&key.as_str())
                        && op.get(spec::HANDWRITTEN).and_then(Value::as_bool) == Some(true))
                })
                .map(|(key, value)| {
                    let mut value = value.clone();
                    if METHODS.contains(&key.as_str())
                        && let Some(responses) =
                            value.get_mut("responses").and_then(Value::as_object_mut)
                    {
                        responses.retain(|status, _| status.starts_with('2'));
                    }
                    (key.clone(), value)
                })
                .collect();
            if METHODS.iter().any(|method| item.contains_key(*method)) {
                kept.insert(path.clone(), Value::Object(item));
            }
        }
        spec["paths"] = Value::Object(kept);
    }
    spec::canonicalize(&spec)
}

/// Spec schemas whose untagged `oneOf` enums would buffer every value, mapped to the
/// handwritten one-pass types of `kartaview-api/src/wire.rs` (schema, Rust path, impls).
const WIRE_REPLACEMENTS: [(&str, &str, &[TypeImpl]); 4] = [
    (
        "StringOrInteger",
        "crate::wire::StringOrInteger",
        &[TypeImpl::Display],
    ),
    (
        "StringOrNumber",
        "crate::wire::StringOrNumber",
        &[TypeImpl::Display],
    ),
    ("PhotoListData", "crate::wire::PhotoListData", &[]),
    ("SequenceListData", "crate::wire::SequenceListData", &[]),
];

/// Runs progenitor on a spec that has already been linted and passed
/// through [`generation_input`], and returns the formatted file. A progenitor error
/// or panic becomes an `Err` with readable text, naming the operations that
/// fail on their own.
pub fn generate_client(spec: &Value) -> Result<String> {
    let file = match generate_file(spec) {
        Ok(file) => file,
        Err(failure) => {
            let culprits = culprits(spec, &failure);
            return Err(anyhow!("{failure}{culprits}"));
        }
    };
    let formatted = prettyplease::unparse(&file);
    let formatted = progenitor_impl::space_out_items(formatted)
        .map_err(|e| anyhow!("cannot space out the generated items: {e}"))?;
    Ok(format!("{HEADER}\n{formatted}"))
}

/// Deserializes the spec and runs progenitor, turning every failure
/// (deserialization error, progenitor error, panic, unparsable output) into
/// one line of text.
fn generate_file(spec: &Value) -> Result<syn::File, String> {
    let openapi: openapiv3::OpenAPI =
        serde_path_to_error::deserialize(spec.clone()).map_err(|e| {
            format!(
                "openapi.yaml is not a valid OpenAPI 3.0 document at `{}`: {}",
                e.path(),
                e.inner()
            )
        })?;
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq");
    // The nullable twins of the string-or-number scalars exist only so that a strict reader
    // accepts null; an optional property of the plain type already decodes null as `None`.
    for (nullable, plain) in NULLABLE_TWINS {
        settings.with_replacement(
            nullable,
            format!("crate::types::{plain}"),
            std::iter::empty(),
        );
    }
    for (schema, path, impls) in WIRE_REPLACEMENTS {
        settings.with_replacement(schema, path, impls.iter().cloned());
    }
    match catch_panic(|| Generator::new(&settings).generate_tokens(&openapi)) {
        Ok(Ok(tokens)) => syn::parse2(tokens).map_err(|e| {
            format!("progenitor produced tokens that do not parse as a Rust file: {e}")
        }),
        Ok(Err(error)) => Err(format!("progenitor could not generate the client: {error}")),
        Err(panic) => Err(format!("progenitor panicked: {panic}")),
    }
}

/// Spec components generated as another component (see `NullableStringOrInteger` in the spec).
pub const NULLABLE_TWINS: [(&str, &str); 3] = [
    ("NullableStringOrInteger", "StringOrInteger"),
    ("NullableStringOrNumber", "StringOrNumber"),
    ("NullableCameraParameters", "CameraParameters"),
];

/// Explains which operations make generation fail, by generating each one
/// alone (with all components). Only called after `failure`.
fn culprits(spec: &Value, failure: &str) -> String {
    let Some(root) = spec.as_object() else {
        return String::new();
    };
    let with_paths = |paths: Map<String, Value>| {
        let mut copy = root.clone();
        copy.insert("paths".to_string(), Value::Object(paths));
        Value::Object(copy)
    };
    if let Err(alone) = generate_file(&with_paths(Map::new())) {
        return format!("\n  it fails even without any operation, on the components: {alone}");
    }
    let mut lines = Vec::new();
    for op in spec::operations(spec) {
        let mut item = Map::new();
        item.insert(op.method.to_string(), op.value.clone());
        if let Some(parameters) = spec
            .get("paths")
            .and_then(|paths| paths.get(op.path))
            .and_then(|path_item| path_item.get("parameters"))
        {
            item.insert("parameters".to_string(), parameters.clone());
        }
        let mut paths = Map::new();
        paths.insert(op.path.to_string(), Value::Object(item));
        if let Err(own) = generate_file(&with_paths(paths)) {
            if own == failure {
                lines.push(format!("\n  - {}", op.label()));
            } else {
                lines.push(format!("\n  - {}: {own}", op.label()));
            }
        }
    }
    if lines.is_empty() {
        "\n  no operation fails on its own: the failure comes from a combination of operations \
         (for example two that generate the same name)"
            .to_string()
    } else {
        format!("\n  operations that fail on their own:{}", lines.concat())
    }
}

thread_local! {
    /// Set while `catch_panic` runs on this thread: panic messages go here
    /// instead of to stderr.
    static CAPTURED: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into `Err` with the panic message and where it
/// happened. The panic is not printed: a hook installed once per process
/// silences panics on threads inside `catch_panic` and passes every other
/// panic to the hook that was there before.
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let captured = CAPTURED.with(|captured| match captured.borrow_mut().as_mut() {
                Some(messages) => {
                    messages.push(describe_panic(info));
                    true
                }
                None => false,
            });
            if !captured {
                previous(info);
            }
        }));
    });

    let outer = CAPTURED.with(|captured| captured.replace(Some(Vec::new())));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let messages = CAPTURED.with(|captured| captured.replace(outer));
    result.map_err(|payload| {
        messages
            .and_then(|mut messages| messages.pop())
            .unwrap_or_else(|| payload_text(payload.as_ref()).to_string())
    })
}

fn describe_panic(info: &PanicHookInfo<'_>) -> String {
    let message = payload_text(info.payload());
    match info.location() {
        Some(location) => {
            // Keep `crate-version/src/file.rs`, not the registry path.
            let file: Vec<&str> = location.file().rsplit(['/', '\\']).take(3).collect();
            let file: Vec<&str> = file.into_iter().rev().collect();
            format!(
                "{message} (at {}:{}:{})",
                file.join("/"),
                location.line(),
                location.column()
            )
        }
        None => message.to_string(),
    }
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> &str {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text
    } else {
        "(a panic without a message)"
    }
}

/// A readable unified diff between the committed file and the freshly
/// generated text; `None` if they are identical. A missing file is stale.
pub fn diff(name: &str, committed: Option<&str>, generated: &str) -> Option<String> {
    const MAX_LINES: usize = 400;
    match committed {
        Some(committed) if committed == generated => None,
        None => Some(format!(
            "{name} is missing; run `cargo xtask codegen` to write it\n"
        )),
        Some(committed) => {
            let diff = similar::TextDiff::from_lines(committed, generated);
            let text = diff
                .unified_diff()
                .context_radius(3)
                .header(
                    &format!("{name} (committed)"),
                    &format!("{name} (generated from openapi.yaml)"),
                )
                .to_string();
            let lines: Vec<&str> = text.lines().collect();
            let mut out = format!("{name} is stale; run `cargo xtask codegen`:\n");
            for line in lines.iter().take(MAX_LINES) {
                out.push_str(line);
                out.push('\n');
            }
            if lines.len() > MAX_LINES {
                out.push_str(&format!(
                    "... ({} more diff lines)\n",
                    lines.len() - MAX_LINES
                ));
            }
            Some(out)
        }
    }
}
