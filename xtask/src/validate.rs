//! A JSON-Schema validator with the semantics of OpenAPI 3.0 Schema Objects, as a strict
//! reader applies them: `null` is refused unless `nullable: true`, `oneOf` needs exactly one
//! matching branch, siblings of `$ref` are ignored.
//!
//! Written here rather than taken from a crate because the JSON-Schema crates implement
//! draft 4+ semantics, where `nullable` does not exist and would silently be ignored.

use std::collections::BTreeSet;

use regex::Regex;
use serde_json::Value;

use crate::spec::lookup_ref;

/// One place where a value does not fit its schema, or (for [`Outcome::notes`]) where it
/// carries a field the schema does not name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// JSON pointer into the validated value, `""` for the value itself.
    pub pointer: String,
    /// What the spec says.
    pub expected: String,
    /// What came, shortened.
    pub found: String,
}

/// The result of validating one value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Where the value breaks the schema.
    pub violations: Vec<Finding>,
    /// Object members the schema does not name (with no `additionalProperties` to allow them).
    pub notes: Vec<Finding>,
}

/// Validates `value` against `schema`, resolving `$ref`s against `spec`.
pub fn validate(spec: &Value, schema: &Value, value: &Value) -> Outcome {
    let mut outcome = Outcome::default();
    Validator { spec }.check(schema, value, "", &BTreeSet::new(), &mut outcome);
    outcome
}

/// A short rendering of a value for messages: scalars as JSON, containers by kind and size.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Array(items) => format!("an array of {}", plural(items.len(), "item")),
        Value::Object(map) => format!("an object with {}", plural(map.len(), "member")),
        Value::String(s) if s.chars().count() > 40 => {
            let head: String = s.chars().take(40).collect();
            format!("\"{head}…\"")
        }
        other => other.to_string(),
    }
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if is_integer(n) => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_integer(n: &serde_json::Number) -> bool {
    n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
}

struct Validator<'s> {
    spec: &'s Value,
}

impl<'s> Validator<'s> {
    fn resolve(&self, mut schema: &'s Value, at: &str, out: &mut Outcome) -> Option<&'s Value> {
        for _ in 0..32 {
            let Some(reference) = schema.get("$ref") else {
                return Some(schema);
            };
            match reference.as_str().map(|r| lookup_ref(self.spec, r)) {
                Some(Ok(target)) => schema = target,
                Some(Err(e)) => {
                    out.violations.push(Finding {
                        pointer: at.to_string(),
                        expected: format!("a resolvable schema ({e})"),
                        found: String::new(),
                    });
                    return None;
                }
                None => return None,
            }
        }
        None
    }

    /// `extra_known`: property names declared by sibling `allOf` branches.
    fn check(
        &self,
        schema: &'s Value,
        value: &Value,
        at: &str,
        extra_known: &BTreeSet<String>,
        out: &mut Outcome,
    ) {
        let Some(schema) = self.resolve(schema, at, out) else {
            return;
        };
        let violation = |out: &mut Outcome, expected: String| {
            out.violations.push(Finding {
                pointer: at.to_string(),
                expected,
                found: describe(value),
            });
        };
        let declared_type = schema.get("type").and_then(Value::as_str);
        let nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true);
        if value.is_null() {
            // A schema with no `type` and no composition accepts anything, null included.
            let constrained = declared_type.is_some()
                || ["oneOf", "anyOf", "allOf", "enum"]
                    .iter()
                    .any(|k| schema.get(k).is_some());
            if nullable || !constrained {
                return;
            }
            if let Some(ty) = declared_type {
                violation(out, format!("type {ty} (not nullable)"));
                return;
            }
        }

        let mut known: BTreeSet<String> = extra_known.clone();
        if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
            for branch in branches {
                let mut ignore = Outcome::default();
                if let Some(b) = self.resolve(branch, at, &mut ignore)
                    && let Some(props) = b.get("properties").and_then(Value::as_object)
                {
                    known.extend(props.keys().cloned());
                }
            }
            for branch in branches {
                self.check(branch, value, at, &known, out);
            }
        }
        for (keyword, exactly_one) in [("oneOf", true), ("anyOf", false)] {
            let Some(branches) = schema.get(keyword).and_then(Value::as_array) else {
                continue;
            };
            let results: Vec<Outcome> = branches
                .iter()
                .map(|branch| {
                    let mut o = Outcome::default();
                    self.check(branch, value, at, extra_known, &mut o);
                    o
                })
                .collect();
            let fitting: Vec<&Outcome> =
                results.iter().filter(|o| o.violations.is_empty()).collect();
            match fitting.as_slice() {
                [] => {
                    // The one branch of the value's JSON type, when there is one, is the branch
                    // meant: its innermost violations name the field that broke.
                    let typed: Vec<&Outcome> = branches
                        .iter()
                        .zip(&results)
                        .filter(|(b, _)| self.branch_accepts_type_of(b, value, at))
                        .map(|(_, o)| o)
                        .collect();
                    if let [meant] = typed.as_slice() {
                        out.violations.extend(meant.violations.iter().cloned());
                        out.notes.extend(meant.notes.iter().cloned());
                        continue;
                    }
                    // Otherwise the branch that came closest, so the pointer goes deep.
                    let closest = results
                        .iter()
                        .filter(|o| o.violations.iter().any(|v| v.pointer != at))
                        .min_by_key(|o| o.violations.len());
                    // A branch that fits the shape but breaks a few members explains the
                    // failure best; when every branch breaks many, the branches' names do.
                    match closest {
                        Some(o) if results.len() > 1 && o.violations.len() <= 3 => {
                            out.violations.extend(o.violations.iter().cloned());
                            out.notes.extend(o.notes.iter().cloned());
                        }
                        _ => violation(out, format!("one of {}", self.branch_names(branches, at))),
                    }
                }
                [one] => out.notes.extend(one.notes.iter().cloned()),
                [first, ..] if !exactly_one => out.notes.extend(first.notes.iter().cloned()),
                many => violation(
                    out,
                    format!(
                        "exactly one of {} ({} fit)",
                        self.branch_names(branches, at),
                        many.len()
                    ),
                ),
            }
        }

        if value.is_null() {
            if !nullable && declared_type.is_none() && schema.get("enum").is_some() {
                violation(out, "one of the enum values (not nullable)".to_string());
            }
            return;
        }
        if let Some(ty) = declared_type {
            let actual = type_name(value);
            let fits = actual == ty || (ty == "number" && actual == "integer");
            if !fits {
                violation(out, format!("type {ty}"));
                return;
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
            && !allowed.contains(value)
        {
            let list: Vec<String> = allowed.iter().map(Value::to_string).collect();
            violation(out, format!("one of {}", list.join(", ")));
        }
        match value {
            Value::String(s) => self.check_string(schema, s, at, value, out),
            Value::Number(n) => self.check_number(schema, n, at, value, out),
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        let here = format!("{at}/{i}");
                        self.check(item_schema, item, &here, &BTreeSet::new(), out);
                    }
                }
                let len = items.len() as u64;
                if let Some(n) = schema.get("minItems").and_then(Value::as_u64)
                    && len < n
                {
                    violation(out, format!("minItems {n}"));
                }
                if let Some(n) = schema.get("maxItems").and_then(Value::as_u64)
                    && len > n
                {
                    violation(out, format!("maxItems {n}"));
                }
            }
            Value::Object(map) => self.check_object(schema, map, at, &known, out),
            _ => {}
        }
    }

    /// Whether a branch declares the JSON type of `value` (`number` takes integers).
    fn branch_accepts_type_of(&self, branch: &'s Value, value: &Value, at: &str) -> bool {
        let mut ignore = Outcome::default();
        let declared = self
            .resolve(branch, at, &mut ignore)
            .and_then(|s| s.get("type"))
            .and_then(Value::as_str);
        let actual = type_name(value);
        declared.is_some_and(|ty| ty == actual || (ty == "number" && actual == "integer"))
    }

    fn branch_names(&self, branches: &'s [Value], at: &str) -> String {
        let names: Vec<String> = branches
            .iter()
            .map(|b| {
                if let Some(r) = b.get("$ref").and_then(Value::as_str) {
                    r.rsplit('/').next().unwrap_or(r).to_string()
                } else {
                    let mut ignore = Outcome::default();
                    self.resolve(b, at, &mut ignore)
                        .and_then(|s| s.get("type"))
                        .and_then(Value::as_str)
                        .unwrap_or("schema")
                        .to_string()
                }
            })
            .collect();
        format!("[{}]", names.join(", "))
    }

    fn check_string(&self, schema: &Value, s: &str, at: &str, value: &Value, out: &mut Outcome) {
        let len = s.chars().count() as u64;
        let mut fail = |expected: String| {
            out.violations.push(Finding {
                pointer: at.to_string(),
                expected,
                found: describe(value),
            })
        };
        if let Some(n) = schema.get("minLength").and_then(Value::as_u64)
            && len < n
        {
            fail(format!("minLength {n}"));
        }
        if let Some(n) = schema.get("maxLength").and_then(Value::as_u64)
            && len > n
        {
            fail(format!("maxLength {n}"));
        }
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
            match Regex::new(pattern) {
                Ok(re) if !re.is_match(s) => fail(format!("pattern {pattern}")),
                Ok(_) => {}
                Err(e) => fail(format!("pattern {pattern} (which does not compile: {e})")),
            }
        }
    }

    fn check_number(
        &self,
        schema: &Value,
        n: &serde_json::Number,
        at: &str,
        value: &Value,
        out: &mut Outcome,
    ) {
        let Some(x) = n.as_f64() else { return };
        let exclusive = |k: &str| schema.get(k).and_then(Value::as_bool) == Some(true);
        let mut fail = |expected: String| {
            out.violations.push(Finding {
                pointer: at.to_string(),
                expected,
                found: describe(value),
            })
        };
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
            let below = if exclusive("exclusiveMinimum") {
                x <= min
            } else {
                x < min
            };
            if below {
                fail(format!("minimum {min}"));
            }
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
            let above = if exclusive("exclusiveMaximum") {
                x >= max
            } else {
                x > max
            };
            if above {
                fail(format!("maximum {max}"));
            }
        }
        if schema.get("format").and_then(Value::as_str) == Some("int32")
            && n.as_i64().is_none_or(|i| i32::try_from(i).is_err())
        {
            fail("format int32".to_string());
        }
        if schema.get("format").and_then(Value::as_str) == Some("int64")
            && !n.is_i64()
            && !n.is_u64()
        {
            fail("format int64".to_string());
        }
    }

    fn check_object(
        &self,
        schema: &'s Value,
        map: &serde_json::Map<String, Value>,
        at: &str,
        known: &BTreeSet<String>,
        out: &mut Outcome,
    ) {
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(name) {
                    out.violations.push(Finding {
                        pointer: format!("{at}/{}", escape(name)),
                        expected: "a required member".to_string(),
                        found: "nothing".to_string(),
                    });
                }
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        let additional = schema.get("additionalProperties");
        for (key, member) in map {
            let here = format!("{at}/{}", escape(key));
            if let Some(prop) = properties.and_then(|p| p.get(key)) {
                self.check(prop, member, &here, &BTreeSet::new(), out);
                continue;
            }
            match additional {
                Some(Value::Bool(false)) => out.violations.push(Finding {
                    pointer: here,
                    expected: "no such member (additionalProperties: false)".to_string(),
                    found: describe(member),
                }),
                Some(Value::Bool(true)) => {}
                Some(extra) => self.check(extra, member, &here, &BTreeSet::new(), out),
                // A schema that names no properties at all documents no shape to compare to.
                None if properties.is_some() && !known.contains(key) => out.notes.push(Finding {
                    pointer: here,
                    expected: "undocumented field".to_string(),
                    found: describe(member),
                }),
                None => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({"components": {"schemas": {
            "Id": {"oneOf": [{"type": "string"}, {"type": "integer", "format": "int64"}]},
            "Photo": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"$ref": "#/components/schemas/Id"},
                    "heading": {"type": "string", "nullable": true},
                    "lat": {"type": "number", "minimum": -90, "maximum": 90},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "code": {"type": "string", "pattern": "^[0-9]+$"}
                }
            },
            "List": {"type": "array", "items": {"$ref": "#/components/schemas/Photo"}}
        }}})
    }

    fn run(schema: &str, value: Value) -> Outcome {
        let spec = spec();
        let schema = json!({"$ref": format!("#/components/schemas/{schema}")});
        validate(&spec, &schema, &value)
    }

    fn pointers(findings: &[Finding]) -> Vec<&str> {
        findings.iter().map(|f| f.pointer.as_str()).collect()
    }

    #[test]
    fn a_fitting_value_has_no_findings() {
        let o = run(
            "List",
            json!([{"id": "7", "heading": null, "lat": 1.5, "kind": "a"}]),
        );
        assert_eq!(o, Outcome::default());
    }

    #[test]
    fn null_needs_nullable() {
        let o = run("Photo", json!({"id": "1", "lat": null}));
        assert_eq!(pointers(&o.violations), ["/lat"]);
        assert_eq!(o.violations[0].expected, "type number (not nullable)");
        assert_eq!(o.violations[0].found, "null");
    }

    #[test]
    fn one_of_with_no_fitting_branch_names_the_branches() {
        let o = run("List", json!([{"id": {"value": 1}}]));
        assert_eq!(pointers(&o.violations), ["/0/id"]);
        assert_eq!(o.violations[0].expected, "one of [string, integer]");
        assert_eq!(o.violations[0].found, "an object with 1 member");
    }

    #[test]
    fn missing_required_enum_pattern_and_bounds_are_violations() {
        let o = run(
            "Photo",
            json!({"lat": 91, "kind": "c", "code": "12a", "heading": 3}),
        );
        let mut found = pointers(&o.violations);
        found.sort();
        assert_eq!(found, ["/code", "/heading", "/id", "/kind", "/lat"]);
    }

    #[test]
    fn unnamed_members_are_notes_and_pointers_are_escaped() {
        let o = run("Photo", json!({"id": 1, "a/b": true}));
        assert!(o.violations.is_empty());
        assert_eq!(pointers(&o.notes), ["/a~1b"]);
        assert_eq!(o.notes[0].expected, "undocumented field");
    }

    #[test]
    fn one_of_reports_the_innermost_violation_of_the_branch_of_the_values_type() {
        // A list or one record, as `result.data` is: drifted ids inside the list are named
        // by their own pointers, not as "one of [array, object]" at the list.
        let spec = spec();
        let schema = json!({"oneOf": [
            {"$ref": "#/components/schemas/List"},
            {"$ref": "#/components/schemas/Photo"}
        ]});
        let items: Vec<Value> = (0..100).map(|i| json!({"id": {"value": i}})).collect();
        let o = validate(&spec, &schema, &Value::Array(items));
        assert_eq!(o.violations.len(), 100);
        assert_eq!(o.violations[0].pointer, "/0/id");
        assert_eq!(o.violations[0].expected, "one of [string, integer]");
        assert_eq!(o.violations[99].pointer, "/99/id");
        // A value of neither type still names the branches.
        let o = validate(&spec, &schema, &json!("x"));
        assert_eq!(pointers(&o.violations), [""]);
        assert_eq!(o.violations[0].expected, "one of [List, Photo]");
    }

    #[test]
    fn one_of_matching_twice_is_a_violation() {
        let spec = json!({});
        let schema = json!({"oneOf": [{"type": "number"}, {"type": "integer"}]});
        let o = validate(&spec, &schema, &json!(3));
        assert_eq!(
            o.violations[0].expected,
            "exactly one of [number, integer] (2 fit)"
        );
    }
}
