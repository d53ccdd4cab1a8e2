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
                "missing `{EVIDENCE}` (an object with `level: confirmed` and `sources`, or \
                 `level: inferred` and `reasoning`)"
            )]);
        };
        Evidence::parse(evidence)
    }
}

/// How sure the spec is of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// A cited source shows the method and path in use.
    Confirmed,
    /// Reasoned from names, patterns or documentation; no source shows the request.
    Inferred,
}

/// What a source may be recorded as showing about an operation.
pub const CHECKED: [&str; 6] = ["method", "path", "parameters", "body", "auth", "response"];

/// One file that shows (part of) an operation: `repo@commit:path`, the function or symbol in
/// it, and which parts of the operation were checked against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source<'a> {
    pub repo: &'a str,
    pub commit: &'a str,
    pub path: &'a str,
    pub symbol: &'a str,
    pub checked: Vec<&'a str>,
}

impl Source<'_> {
    /// `owner/repo@commit:path`.
    pub fn cite(&self) -> String {
        format!("{}@{}:{}", self.repo, self.commit, self.path)
    }
}

/// The parsed `x-kartaview-evidence` of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence<'a> {
    pub level: Level,
    pub sources: Vec<Source<'a>>,
    /// Why an inferred operation is believed to look as it does.
    pub reasoning: Option<&'a str>,
    /// What the spec says that none of the sources shows.
    pub unverified: Option<&'a str>,
    /// Real captured answers (file names under `shared/fixtures/real/`).
    pub captures: Vec<&'a str>,
    /// Documented example answers there (a docstring, a doc quoted by a blog): not captures.
    pub examples: Vec<&'a str>,
}

const EVIDENCE_KEYS: [&str; 7] = [
    "level",
    "sources",
    "reasoning",
    "unverified",
    "captures",
    "examples",
    "operationId",
];

impl<'a> Evidence<'a> {
    /// Reads an `x-kartaview-evidence` object; every problem with it otherwise. A confirmed
    /// operation needs at least one source, and every source names its repository
    /// (`owner/name`), a 40-hex commit, a path, a symbol and what was checked.
    pub fn parse(value: &'a Value) -> Result<Self, Vec<String>> {
        let Some(evidence) = value.as_object() else {
            return Err(vec![format!("`{EVIDENCE}` must be an object")]);
        };
        let mut problems = Vec::new();
        for key in evidence.keys() {
            if !EVIDENCE_KEYS.contains(&key.as_str()) {
                problems.push(format!(
                    "`{EVIDENCE}` has an unknown key `{key}` (known: {})",
                    EVIDENCE_KEYS.join(", ")
                ));
            }
        }
        // A blank string counts as absent: the level's own rule then names what is missing.
        let mut text = |key: &str| match evidence.get(key) {
            None => None,
            Some(Value::String(s)) => Some(s.as_str()).filter(|s| !s.trim().is_empty()),
            Some(_) => {
                problems.push(format!("`{EVIDENCE}.{key}` must be a string"));
                None
            }
        };
        let reasoning = text("reasoning");
        let unverified = text("unverified");
        let level = match evidence.get("level").and_then(Value::as_str) {
            Some("confirmed") => Some(Level::Confirmed),
            Some("inferred") => Some(Level::Inferred),
            Some(other) => {
                problems.push(format!(
                    "`{EVIDENCE}.level` must be `confirmed` or `inferred`, found `{other}`"
                ));
                None
            }
            None => {
                problems.push(format!(
                    "`{EVIDENCE}.level` is missing (must be `confirmed` or `inferred`)"
                ));
                None
            }
        };
        let mut names = |key: &str| match evidence.get(key) {
            None => Vec::new(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
                items.iter().filter_map(Value::as_str).collect()
            }
            Some(_) => {
                problems.push(format!("`{EVIDENCE}.{key}` must be a list of file names"));
                Vec::new()
            }
        };
        let captures = names("captures");
        let examples = names("examples");
        let sources = match evidence.get("sources") {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    Source::parse(item)
                        .map_err(|messages| {
                            problems.extend(
                                messages
                                    .into_iter()
                                    .map(|m| format!("`{EVIDENCE}.sources[{i}]`: {m}")),
                            );
                        })
                        .ok()
                })
                .collect(),
            Some(_) => {
                problems.push(format!("`{EVIDENCE}.sources` must be a list"));
                Vec::new()
            }
        };
        match level {
            Some(Level::Confirmed)
                if evidence
                    .get("sources")
                    .is_none_or(|s| s.as_array().is_some_and(Vec::is_empty)) =>
            {
                problems.push(format!(
                    "`{EVIDENCE}` has `level: confirmed` but no `sources` (each with repo, \
                     commit, path, symbol and checked)"
                ));
            }
            Some(Level::Inferred) if reasoning.is_none() => problems.push(format!(
                "`{EVIDENCE}` has `level: inferred` but no non-empty `reasoning` string"
            )),
            _ => {}
        }
        match level {
            Some(level) if problems.is_empty() => Ok(Evidence {
                level,
                sources,
                reasoning,
                unverified,
                captures,
                examples,
            }),
            _ => Err(problems),
        }
    }

    pub fn level(&self) -> &'static str {
        match self.level {
            Level::Confirmed => "confirmed",
            Level::Inferred => "inferred",
        }
    }

    pub fn is_confirmed(&self) -> bool {
        self.level == Level::Confirmed
    }

    /// One line for the coverage report: the sources of a confirmed operation (with the
    /// commit shortened), the reasoning of an inferred one.
    pub fn summary(&self) -> String {
        match (self.level, self.reasoning) {
            (Level::Inferred, Some(reasoning)) => reasoning.to_owned(),
            _ => self
                .sources
                .iter()
                .map(|s| {
                    let short = s.commit.get(..7).unwrap_or(s.commit);
                    format!("{}@{short}:{} ({})", s.repo, s.path, s.symbol)
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

impl<'a> Source<'a> {
    fn parse(value: &'a Value) -> Result<Self, Vec<String>> {
        let Some(source) = value.as_object() else {
            return Err(vec!["must be an object".to_owned()]);
        };
        let mut problems = Vec::new();
        let mut text = |key: &str, valid: fn(&str) -> bool, what: &str| match source
            .get(key)
            .and_then(Value::as_str)
        {
            Some(s) if valid(s) => s,
            _ => {
                problems.push(format!("`{key}` must be {what}"));
                ""
            }
        };
        let repo = text("repo", is_repo, "`owner/name`");
        let commit = text("commit", is_commit, "a commit of 40 hex digits");
        let path = text(
            "path",
            |s| !s.trim().is_empty() && !s.starts_with('/'),
            "a path inside the repository",
        );
        let symbol = text(
            "symbol",
            |s| !s.trim().is_empty(),
            "the function or symbol that shows the operation",
        );
        let checked: Vec<&str> = match source.get("checked").and_then(Value::as_array) {
            Some(items) if !items.is_empty() => items.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let known = source
            .get("checked")
            .and_then(Value::as_array)
            .is_some_and(|items| checked.len() == items.len() && !items.is_empty())
            && checked.iter().all(|c| CHECKED.contains(c));
        if !known {
            problems.push(format!(
                "`checked` must be a non-empty list of {}",
                CHECKED.join(", ")
            ));
        }
        for key in source.keys() {
            if !["repo", "commit", "path", "symbol", "checked"].contains(&key.as_str()) {
                problems.push(format!("unknown key `{key}`"));
            }
        }
        if problems.is_empty() {
            Ok(Source {
                repo,
                commit,
                path,
                symbol,
                checked,
            })
        } else {
            Err(problems)
        }
    }
}

/// `owner/name` as GitHub spells repositories.
fn is_repo(s: &str) -> bool {
    let ok = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    matches!(s.split_once('/'), Some((owner, name)) if ok(owner) && ok(name))
}

/// A full commit hash: 40 hex digits.
fn is_commit(s: &str) -> bool {
    s.len() == 40 && s.chars().all(|c| c.is_ascii_hexdigit())
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
