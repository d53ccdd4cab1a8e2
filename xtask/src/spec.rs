//! Reading `openapi.yaml` and walking the parts of it that the lint, the
//! coverage report and the generator share.

use anyhow::{Context, Result, bail};
use serde_json::{Map, Number, Value};

/// The HTTP methods a path item can hold, in the order OpenAPI lists them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Extension marking an operation whose client is written by hand.
pub const HANDWRITTEN: &str = "x-kartaview-handwritten";
/// Extension overriding whether repeating an operation is harmless (by default: GET, PUT,
/// DELETE, HEAD and OPTIONS are, POST and PATCH are not).
pub const IDEMPOTENT: &str = "x-kartaview-idempotent";
/// Extension overriding whether an operation only reads (by default: GET, HEAD and OPTIONS do,
/// the other methods change data). `cargo xtask conformance` calls only these.
pub const SAFE: &str = "x-kartaview-safe";
/// Extension holding the evidence for an operation.
pub const EVIDENCE: &str = "x-kartaview-evidence";
/// Top-level extension listing resources known only by name.
pub const KNOWN_BY_NAME_ONLY: &str = "x-kartaview-known-by-name-only";

/// Parses YAML text into a JSON value.
///
/// Mapping keys that YAML reads as numbers or booleans (`200:` in `responses`)
/// become strings. Every object is rebuilt with its keys in sorted order, so
/// the result iterates identically whether or not serde_json's
/// `preserve_order` feature happens to be enabled in the build.
pub fn parse_yaml(text: &str) -> Result<Value> {
    let mut yaml: serde_norway::Value =
        serde_norway::from_str(text).context("openapi.yaml is not valid YAML")?;
    yaml.apply_merge()
        .context("openapi.yaml: cannot apply YAML merge keys (`<<`)")?;
    yaml_to_json(&yaml, "")
}

fn yaml_to_json(value: &serde_norway::Value, at: &str) -> Result<Value> {
    use serde_norway::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(*b),
        Y::Number(n) => Value::Number(yaml_number(n, at)?),
        Y::String(s) => Value::String(s.clone()),
        Y::Sequence(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &format!("{at}/{i}")))
                .collect::<Result<_>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut entries = Vec::with_capacity(mapping.len());
            for (key, item) in mapping {
                let key = match key {
                    Y::String(s) => s.clone(),
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => bail!(
                        "openapi.yaml at `{}`: a mapping key must be a string, number or \
                         boolean, found {other:?}",
                        display_at(at)
                    ),
                };
                let converted = yaml_to_json(item, &format!("{at}/{key}"))?;
                entries.push((key, converted));
            }
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            if let Some(pair) = entries.windows(2).find(|pair| pair[0].0 == pair[1].0) {
                bail!(
                    "openapi.yaml at `{}`: key `{}` appears twice (once as a number, once as \
                     a string?)",
                    display_at(at),
                    pair[0].0
                );
            }
            Value::Object(entries.into_iter().collect())
        }
        Y::Tagged(tagged) => bail!(
            "openapi.yaml at `{}`: YAML tags such as `{}` are not supported",
            display_at(at),
            tagged.tag
        ),
    })
}

fn yaml_number(n: &serde_norway::Number, at: &str) -> Result<Number> {
    if let Some(u) = n.as_u64() {
        Ok(u.into())
    } else if let Some(i) = n.as_i64() {
        Ok(i.into())
    } else {
        n.as_f64().and_then(Number::from_f64).with_context(|| {
            format!(
                "openapi.yaml at `{}`: {n} is not a finite number",
                display_at(at)
            )
        })
    }
}

fn display_at(at: &str) -> &str {
    if at.is_empty() { "/" } else { at }
}

/// Rebuilds every object of `value` with its keys in sorted order.
pub fn canonicalize(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(canonicalize).collect()),
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k.clone(), canonicalize(v)))
                    .collect::<Map<_, _>>(),
            )
        }
        other => other.clone(),
    }
}

/// One operation of the spec: a method of a path item.
#[derive(Debug, Clone, Copy)]
pub struct Operation<'a> {
    /// Lower-case method, as written in the spec (`get`).
    pub method: &'static str,
    pub path: &'a str,
    pub value: &'a Value,
}

impl<'a> Operation<'a> {
    /// The `operationId`, if it is a non-empty string.
    pub fn operation_id(&self) -> Option<&'a str> {
        self.value
            .get("operationId")
            .and_then(Value::as_str)
            .filter(|id| !id.trim().is_empty())
    }

    /// `METHOD /path (operationId)`, the way every message names an operation.
    pub fn label(&self) -> String {
        format!(
            "{} {} ({})",
            self.method.to_ascii_uppercase(),
            self.path,
            self.operation_id().unwrap_or("no operationId")
        )
    }

    /// Whether the operation is marked `x-kartaview-handwritten: true`; an
    /// error message if the mark is not a boolean.
    pub fn handwritten(&self) -> Result<bool, String> {
        match self.value.get(HANDWRITTEN) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(format!(
                "`{HANDWRITTEN}` must be `true` or `false`, found `{other}`"
            )),
        }
    }

    /// Whether repeating the operation is harmless, so that it may be retried: the method's
    /// meaning unless `x-kartaview-idempotent` says otherwise; an error message if that mark
    /// is not a boolean.
    pub fn idempotent(&self) -> Result<bool, String> {
        match self.value.get(IDEMPOTENT) {
            None => Ok(!matches!(self.method, "post" | "patch")),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(format!(
                "`{IDEMPOTENT}` must be `true` or `false`, found `{other}`"
            )),
        }
    }

    /// Whether the operation only reads, so that calling it changes nothing on the server: the
    /// method's meaning unless `x-kartaview-safe` says otherwise; an error message if that mark
    /// is not a boolean.
    pub fn safe(&self) -> Result<bool, String> {
        match self.value.get(SAFE) {
            None => Ok(matches!(self.method, "get" | "head" | "options")),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(format!(
                "`{SAFE}` must be `true` or `false`, found `{other}`"
            )),
        }
    }

    /// The evidence recorded for the operation; every problem with it otherwise.
    pub fn evidence(&self) -> Result<Evidence<'a>, Vec<String>> {
        let Some(evidence) = self.value.get(EVIDENCE) else {
            return Err(vec![format!(
                "missing `{EVIDENCE}` (an object with `level: confirmed` and `source`, or \
                 `level: inferred` and `reasoning`)"
            )]);
        };
        let Some(evidence) = evidence.as_object() else {
            return Err(vec![format!("`{EVIDENCE}` must be an object")]);
        };
        let text = |key: &str| {
            evidence
                .get(key)
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
        };
        match evidence.get("level").and_then(Value::as_str) {
            Some("confirmed") => text("source")
                .map(|source| Evidence::Confirmed { source })
                .ok_or_else(|| {
                    vec![format!(
                        "`{EVIDENCE}` has `level: confirmed` but no non-empty `source` string"
                    )]
                }),
            Some("inferred") => text("reasoning")
                .map(|reasoning| Evidence::Inferred { reasoning })
                .ok_or_else(|| {
                    vec![format!(
                        "`{EVIDENCE}` has `level: inferred` but no non-empty `reasoning` string"
                    )]
                }),
            Some(other) => Err(vec![format!(
                "`{EVIDENCE}.level` must be `confirmed` or `inferred`, found `{other}`"
            )]),
            None => Err(vec![format!(
                "`{EVIDENCE}.level` is missing (must be `confirmed` or `inferred`)"
            )]),
        }
    }
}

/// How an operation is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence<'a> {
    Confirmed { source: &'a str },
    Inferred { reasoning: &'a str },
}

impl<'a> Evidence<'a> {
    pub fn level(&self) -> &'static str {
        match self {
            Evidence::Confirmed { .. } => "confirmed",
            Evidence::Inferred { .. } => "inferred",
        }
    }

    pub fn text(&self) -> &'a str {
        match self {
            Evidence::Confirmed { source } => source,
            Evidence::Inferred { reasoning } => reasoning,
        }
    }
}

/// Every operation of the spec, sorted by path, then by upper-case method.
/// Path items that are not objects are skipped (the lint reports them).
pub fn operations(spec: &Value) -> Vec<Operation<'_>> {
    let mut ops = Vec::new();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            for method in METHODS {
                if let Some(value) = item.get(method) {
                    ops.push(Operation {
                        method,
                        path,
                        value,
                    });
                }
            }
        }
    }
    ops.sort_by(|a, b| {
        (a.path, a.method.to_ascii_uppercase()).cmp(&(b.path, b.method.to_ascii_uppercase()))
    });
    ops
}

/// One entry of `x-kartaview-known-by-name-only`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownByName<'a> {
    pub resource: &'a str,
    pub operations: Vec<&'a str>,
    pub reason: &'a str,
}

/// The entries of `x-kartaview-known-by-name-only` (none if it is absent);
/// every problem with its shape otherwise.
pub fn known_by_name_only(spec: &Value) -> Result<Vec<KnownByName<'_>>, Vec<String>> {
    let Some(list) = spec.get(KNOWN_BY_NAME_ONLY) else {
        return Ok(Vec::new());
    };
    let Some(list) = list.as_array() else {
        return Err(vec![format!(
            "`{KNOWN_BY_NAME_ONLY}` must be a list of {{resource, operations, reason}} objects"
        )]);
    };
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (i, entry) in list.iter().enumerate() {
        let at = format!("`{KNOWN_BY_NAME_ONLY}[{i}]`");
        let text = |key: &str| {
            entry
                .get(key)
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
        };
        let resource = text("resource");
        if resource.is_none() {
            problems.push(format!("{at}: `resource` must be a non-empty string"));
        }
        let reason = text("reason");
        if reason.is_none() {
            problems.push(format!("{at}: `reason` must be a non-empty string"));
        }
        let operations = entry
            .get("operations")
            .and_then(Value::as_array)
            .and_then(|ops| ops.iter().map(Value::as_str).collect::<Option<Vec<_>>>());
        if operations.is_none() {
            problems.push(format!("{at}: `operations` must be a list of strings"));
        }
        if let (Some(resource), Some(operations), Some(reason)) = (resource, operations, reason) {
            entries.push(KnownByName {
                resource,
                operations,
                reason,
            });
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// Follows a local `$ref` (`#/components/<kind>/<name>`) until it reaches a
/// value that is not a reference. Returns the value itself if it is not a
/// reference.
pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> Result<&'a Value, String> {
    let mut current = value;
    for _ in 0..16 {
        let Some(reference) = current.get("$ref") else {
            return Ok(current);
        };
        let Some(reference) = reference.as_str() else {
            return Err("`$ref` must be a string".to_string());
        };
        current = lookup_ref(spec, reference)?;
    }
    Err("`$ref` chain is longer than 16 steps (a cycle?)".to_string())
}

/// Looks up a local reference such as `#/components/schemas/Photo`.
pub fn lookup_ref<'a>(spec: &'a Value, reference: &str) -> Result<&'a Value, String> {
    let Some(pointer) = reference.strip_prefix('#') else {
        return Err(format!(
            "`$ref: {reference}` is not a local reference (`#/components/...`); only local \
             references are supported"
        ));
    };
    spec.pointer(pointer)
        .ok_or_else(|| format!("`$ref: {reference}` points at nothing"))
}
