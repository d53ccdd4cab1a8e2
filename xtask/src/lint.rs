//! Checks that keep `openapi.yaml` inside the subset of OpenAPI that
//! progenitor 0.15 generates a client for, plus the project's own rules
//! (evidence on every operation, handwritten operations marked as such).
//!
//! The lint runs on the parsed YAML before anything is generated and reports
//! every problem it finds, not just the first.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::spec::{self, METHODS};

/// One problem found in the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What the problem is about: `METHOD /path (operationId)` for an
    /// operation, `components.schemas.Name` for a component, `document` for
    /// the document itself.
    pub subject: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.message)
    }
}

/// Request body content types progenitor can generate a client for.
const GENERATED_BODY_TYPES: [&str; 4] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
];

/// Keys of a path item other than its methods.
const PATH_ITEM_KEYS: [&str; 5] = ["summary", "description", "servers", "parameters", "$ref"];

/// JSON Schema keywords that exist in OpenAPI 3.1 but not in 3.0 (besides
/// `type` lists, `const`, `examples` and numeric exclusive bounds, which get
/// their own messages).
const SCHEMA_KEYWORDS_3_1: [&str; 15] = [
    "$schema",
    "$id",
    "$anchor",
    "$defs",
    "$dynamicRef",
    "prefixItems",
    "unevaluatedProperties",
    "unevaluatedItems",
    "dependentSchemas",
    "dependentRequired",
    "contentMediaType",
    "contentEncoding",
    "if",
    "then",
    "else",
];

/// Lints the spec; an empty list means it can be generated.
pub fn lint(spec: &Value) -> Vec<Problem> {
    let mut linter = Linter {
        spec,
        problems: Vec::new(),
    };
    if !spec.is_object() {
        linter.push("document", "the spec must be a YAML mapping");
        return linter.problems;
    }
    linter.document();
    linter.operations();
    linter.components();
    linter.problems
}

struct Linter<'a> {
    spec: &'a Value,
    problems: Vec<Problem>,
}

/// The kind of body of one response, as progenitor distinguishes them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum BodyKind {
    None,
    /// A body of some content type other than JSON.
    Raw,
    /// A JSON body: the `$ref` of its schema, or the inline schema as JSON.
    Json(String),
}

impl BodyKind {
    fn describe(&self) -> String {
        match self {
            BodyKind::None => "no body".to_string(),
            BodyKind::Raw => "a non-JSON body".to_string(),
            BodyKind::Json(key) if key.starts_with('#') => format!("`{key}`"),
            BodyKind::Json(key) if key.is_empty() => "JSON without a schema".to_string(),
            BodyKind::Json(_) => "an inline schema".to_string(),
        }
    }
}

enum ResponseClass {
    Success,
    Error,
    Default,
    Other,
}

fn classify(code: &str) -> Option<ResponseClass> {
    if code == "default" {
        return Some(ResponseClass::Default);
    }
    let bytes = code.as_bytes();
    if bytes.len() != 3 || !bytes[0].is_ascii_digit() {
        return None;
    }
    let class = bytes[0] - b'0';
    let range = bytes[1..].eq_ignore_ascii_case(b"XX");
    if !range && !bytes[1..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(match class {
        2 => ResponseClass::Success,
        4 | 5 => ResponseClass::Error,
        1..=9 => ResponseClass::Other,
        _ => return None,
    })
}

fn join(at: &str, step: &str) -> String {
    if at.is_empty() {
        step.to_string()
    } else {
        format!("{at}.{step}")
    }
}

fn non_empty_object(value: Option<&Value>) -> bool {
    value
        .and_then(Value::as_object)
        .is_some_and(|map| !map.is_empty())
}

impl<'a> Linter<'a> {
    fn push(&mut self, subject: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            subject: subject.into(),
            message: message.into(),
        });
    }

    /// Pushes `message`, prefixed with `at` if there is one.
    fn push_at(&mut self, subject: &str, at: &str, message: impl fmt::Display) {
        if at.is_empty() {
            self.push(subject, message.to_string());
        } else {
            self.push(subject, format!("{at}: {message}"));
        }
    }

    fn document(&mut self) {
        let spec = self.spec;
        match spec.get("openapi") {
            None => self.push(
                "document",
                "missing `openapi` version; progenitor needs `openapi: 3.0.x`",
            ),
            Some(Value::String(version)) if version.trim().starts_with("3.0.") => {}
            Some(Value::String(version)) => self.push(
                "document",
                format!(
                    "`openapi: {version}`: progenitor accepts OpenAPI 3.0.x only; declare 3.0.3 \
                     and keep to 3.0 features"
                ),
            ),
            Some(other) => self.push(
                "document",
                format!("`openapi` must be a string such as \"3.0.3\" (quote it), found `{other}`"),
            ),
        }
        for key in ["webhooks", "jsonSchemaDialect", "$schema"] {
            if spec.get(key).is_some() {
                self.push(
                    "document",
                    format!(
                        "top-level `{key}` is an OpenAPI 3.1 feature; progenitor accepts 3.0.x only"
                    ),
                );
            }
        }
        if let Err(messages) = spec::known_by_name_only(spec) {
            for message in messages {
                self.push("document", message);
            }
        }

        let paths = match spec.get("paths") {
            None => {
                self.push("document", "missing `paths`");
                return;
            }
            Some(Value::Object(paths)) => paths,
            Some(_) => {
                self.push("document", "`paths` must be a mapping");
                return;
            }
        };
        for (path, item) in paths {
            if !path.starts_with('/') {
                self.push(path.as_str(), "a path must start with `/`");
            }
            let Some(item) = item.as_object() else {
                self.push(path.as_str(), "a path item must be a mapping");
                continue;
            };
            if item.contains_key("$ref") {
                self.push(
                    path.as_str(),
                    "a path item `$ref` is not supported by progenitor; write the operations inline",
                );
            }
            for key in item.keys() {
                if !METHODS.contains(&key.as_str())
                    && !PATH_ITEM_KEYS.contains(&key.as_str())
                    && !key.starts_with("x-")
                {
                    self.push(
                        path.as_str(),
                        format!(
                            "unknown key `{key}` in the path item (methods are lower-case: {})",
                            METHODS.join(", ")
                        ),
                    );
                }
            }
            let generated = METHODS.iter().any(|method| {
                item.get(*method).is_some_and(|op| {
                    op.get(spec::HANDWRITTEN).and_then(Value::as_bool) != Some(true)
                })
            });
            if generated {
                let subject = format!("{path} (path-level parameters)");
                self.parameters(&subject, item.get("parameters"));
            }
        }
    }

    fn operations(&mut self) {
        let mut first_use: BTreeMap<&str, String> = BTreeMap::new();
        for op in spec::operations(self.spec) {
            let label = op.label();
            if !op.value.is_object() {
                self.push(label, "an operation must be a mapping");
                continue;
            }
            match op.value.get("operationId") {
                None => self.push(
                    label.as_str(),
                    "missing `operationId`; progenitor names the client method after it",
                ),
                Some(Value::String(id)) if !id.trim().is_empty() => {
                    if let Some(first) = first_use.get(id.as_str()) {
                        let message = format!(
                            "operationId `{id}` is also used by {first}; operationIds must be unique"
                        );
                        self.push(label.as_str(), message);
                    } else {
                        first_use.insert(id, label.clone());
                    }
                }
                Some(other) => self.push(
                    label.as_str(),
                    format!("`operationId` must be a non-empty string, found `{other}`"),
                ),
            }
            let handwritten = match op.handwritten() {
                Ok(handwritten) => handwritten,
                Err(message) => {
                    self.push(label.as_str(), message);
                    false
                }
            };
            if let Err(message) = op.idempotent() {
                self.push(label.as_str(), message);
            }
            if let Err(messages) = op.evidence() {
                for message in messages {
                    self.push(label.as_str(), message);
                }
            }
            if handwritten {
                // Written by hand in kartaview-ext: anything goes.
                continue;
            }
            self.parameters(&label, op.value.get("parameters"));
            self.request_body(&label, op.value);
            self.responses(&label, op.value);
        }
    }

    fn parameters(&mut self, subject: &str, parameters: Option<&Value>) {
        let Some(parameters) = parameters else {
            return;
        };
        let Some(parameters) = parameters.as_array() else {
            self.push(subject, "`parameters` must be a list");
            return;
        };
        for (i, parameter) in parameters.iter().enumerate() {
            let inline = parameter.get("$ref").is_none();
            let parameter = match spec::resolve(self.spec, parameter) {
                Ok(parameter) => parameter,
                Err(message) => {
                    self.push(subject, format!("parameters[{i}]: {message}"));
                    continue;
                }
            };
            if inline {
                let name = parameter.get("name").and_then(Value::as_str).unwrap_or("?");
                self.parameter_schemas(subject, &format!("parameter `{name}`"), parameter);
            }
        }
    }

    fn parameter_schemas(&mut self, subject: &str, at: &str, parameter: &Value) {
        if let Some(schema) = parameter.get("schema") {
            let at = if at.is_empty() {
                "schema".to_string()
            } else {
                format!("{at} schema")
            };
            self.schema(subject, &at, schema);
        }
        self.content_schemas(subject, at, parameter.get("content"));
    }

    fn content_schemas(&mut self, subject: &str, at: &str, content: Option<&Value>) {
        if let Some(content) = content.and_then(Value::as_object) {
            for (content_type, media) in content {
                if let Some(schema) = media.get("schema") {
                    self.schema(subject, &format!("{at} {content_type} schema"), schema);
                }
            }
        }
    }

    fn request_body(&mut self, subject: &str, op: &Value) {
        let Some(body) = op.get("requestBody") else {
            return;
        };
        let inline = body.get("$ref").is_none();
        let body = match spec::resolve(self.spec, body) {
            Ok(body) => body,
            Err(message) => {
                self.push(subject, format!("requestBody: {message}"));
                return;
            }
        };
        let content = match body.get("content").and_then(Value::as_object) {
            Some(content) if !content.is_empty() => content,
            _ => {
                self.push(
                    subject,
                    "the request body has no content type; progenitor would silently drop it",
                );
                return;
            }
        };
        for content_type in content.keys() {
            if !GENERATED_BODY_TYPES.contains(&media_type(content_type)) {
                self.push(
                    subject,
                    format!(
                        "request body content type `{content_type}` cannot be generated by \
                         progenitor; mark the operation `x-kartaview-handwritten: true` and write \
                         its client by hand in kartaview-ext"
                    ),
                );
            }
        }
        if content.len() > 1 {
            let types: Vec<&str> = content.keys().map(String::as_str).collect();
            self.push(
                subject,
                format!(
                    "the request body has {} content types ({}); progenitor accepts exactly one",
                    types.len(),
                    types.join(", ")
                ),
            );
        }
        for (content_type, media) in content {
            let at = format!("request body {content_type}");
            let kind = media_type(content_type);
            if matches!(
                kind,
                "application/json" | "application/x-www-form-urlencoded"
            ) && non_empty_object(media.get("encoding"))
            {
                self.push(
                    subject,
                    format!("{at}: `encoding` is not supported by progenitor (it panics)"),
                );
            }
            let Some(schema) = media.get("schema") else {
                self.push(subject, format!("{at}: missing `schema`"));
                continue;
            };
            if inline {
                self.schema(subject, &format!("{at} schema"), schema);
            }
            match kind {
                "application/x-www-form-urlencoded" => self.form_schema(subject, &at, schema),
                "application/octet-stream" => self.raw_body_schema(subject, &at, schema, true),
                "text/plain" => self.raw_body_schema(subject, &at, schema, false),
                _ => {}
            }
        }
    }

    fn form_schema(&mut self, subject: &str, at: &str, schema: &Value) {
        let resolved = match spec::resolve(self.spec, schema) {
            Ok(resolved) => resolved,
            Err(message) => {
                self.push(subject, format!("{at}: {message}"));
                return;
            }
        };
        let typ = resolved.get("type").and_then(Value::as_str);
        let is_object =
            typ == Some("object") || (typ.is_none() && resolved.get("properties").is_some());
        if !is_object {
            self.push(
                subject,
                format!(
                    "{at}: a form-urlencoded body must be an object schema with scalar \
                     properties (progenitor serializes it with serde_urlencoded)"
                ),
            );
            return;
        }
        let Some(properties) = resolved.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (name, property) in properties {
            if let Some(what) = self.non_scalar(property, 0) {
                self.push(
                    subject,
                    format!(
                        "{at}: property `{name}` is {what}; a form-urlencoded body takes only \
                         string, integer, number or boolean properties (or enums of those)"
                    ),
                );
            }
        }
    }

    /// `None` if the schema is a scalar (or an enum or union of scalars); a
    /// description of what it is otherwise.
    fn non_scalar(&self, schema: &Value, depth: usize) -> Option<String> {
        let schema = match spec::resolve(self.spec, schema) {
            Ok(schema) => schema,
            Err(message) => return Some(format!("unresolvable ({message})")),
        };
        if depth > 8 {
            return Some("too deeply nested".to_string());
        }
        if let Some(typ) = schema.get("type") {
            return match typ.as_str() {
                Some("string" | "integer" | "number" | "boolean") => None,
                Some("array") => Some("an array".to_string()),
                Some("object") => Some("an object".to_string()),
                _ => Some(format!("of type `{typ}`")),
            };
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return if values.iter().all(|v| !v.is_array() && !v.is_object()) {
                None
            } else {
                Some("an enum with non-scalar values".to_string())
            };
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
                return if !alternatives.is_empty()
                    && alternatives
                        .iter()
                        .all(|alt| self.non_scalar(alt, depth + 1).is_none())
                {
                    None
                } else {
                    Some(format!("a `{key}` with non-scalar alternatives"))
                };
            }
        }
        Some("a schema without a scalar `type`".to_string())
    }

    /// progenitor accepts exactly `type: string` (with `format: binary` for
    /// octet streams) as the schema of a raw body.
    fn raw_body_schema(&mut self, subject: &str, at: &str, schema: &Value, binary: bool) {
        let resolved = match spec::resolve(self.spec, schema) {
            Ok(resolved) => resolved,
            Err(message) => {
                self.push(subject, format!("{at}: {message}"));
                return;
            }
        };
        let format = resolved.get("format").and_then(Value::as_str);
        let plain = resolved.get("type").and_then(Value::as_str) == Some("string")
            && if binary {
                format == Some("binary")
            } else {
                resolved.get("format").is_none()
            }
            && resolved.get("nullable").and_then(Value::as_bool) != Some(true)
            && [
                "default",
                "pattern",
                "minLength",
                "maxLength",
                "enum",
                "discriminator",
            ]
            .iter()
            .all(|key| resolved.get(*key).is_none());
        if !plain {
            let wanted = if binary {
                "`type: string, format: binary`"
            } else {
                "`type: string` without a format"
            };
            self.push(
                subject,
                format!(
                    "{at}: progenitor accepts only {wanted} (no nullable, default, pattern, length \
                     or enum) as this body's schema"
                ),
            );
        }
    }

    fn responses(&mut self, subject: &str, op: &Value) {
        let responses = match op.get("responses") {
            Some(Value::Object(responses)) => responses,
            Some(_) => {
                self.push(subject, "`responses` must be a mapping");
                return;
            }
            None => {
                self.push(subject, "missing `responses`");
                return;
            }
        };
        let mut success: Vec<(&str, BodyKind)> = Vec::new();
        let mut errors: Vec<(&str, BodyKind)> = Vec::new();
        let mut default = false;
        for (code, response) in responses {
            if code.starts_with("x-") {
                continue;
            }
            let Some(class) = classify(code) else {
                self.push(
                    subject,
                    format!(
                        "response code `{code}` is not a status code, an `NXX` range or `default`"
                    ),
                );
                continue;
            };
            let inline = response.get("$ref").is_none();
            let response = match spec::resolve(self.spec, response) {
                Ok(response) => response,
                Err(message) => {
                    self.push(subject, format!("response {code}: {message}"));
                    continue;
                }
            };
            let kind = self.response_kind(subject, code, response, inline);
            match class {
                ResponseClass::Success => success.push((code, kind)),
                ResponseClass::Error => errors.push((code, kind)),
                ResponseClass::Default => {
                    default = true;
                    errors.push((code, kind));
                }
                ResponseClass::Other => {}
            }
        }

        if default && !success.is_empty() {
            let codes: Vec<&str> = success.iter().map(|(code, _)| *code).collect();
            self.push(
                subject,
                format!(
                    "has both a 2xx response ({}) and a `default` response; progenitor treats \
                     `default` as a possible success too and panics on that combination; \
                     replace `default` with explicit 4XX/5XX responses",
                    codes.join(", ")
                ),
            );
        }
        let distinct = |list: &[(&str, BodyKind)]| {
            let mut kinds: Vec<&BodyKind> = list.iter().map(|(_, kind)| kind).collect();
            kinds.sort();
            kinds.dedup();
            kinds.len()
        };
        let describe = |list: &[(&str, BodyKind)]| {
            list.iter()
                .map(|(code, kind)| format!("{code}: {}", kind.describe()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if distinct(&success) > 1 {
            self.push(
                subject,
                format!(
                    "2xx responses have different bodies ({}); progenitor allows one success \
                     type per operation (it panics otherwise), so give them one schema (or all \
                     no body)",
                    describe(&success)
                ),
            );
        }
        if distinct(&errors) > 1 {
            self.push(
                subject,
                format!(
                    "error responses have different bodies ({}); progenitor allows one error \
                     type per operation (it panics otherwise), so give them one schema (or all \
                     no body)",
                    describe(&errors)
                ),
            );
        }
    }

    fn response_kind(
        &mut self,
        subject: &str,
        code: &str,
        response: &Value,
        inline: bool,
    ) -> BodyKind {
        let at = format!("response {code}");
        if inline {
            self.content_schemas(subject, &at, response.get("content"));
            if let Some(headers) = response.get("headers").and_then(Value::as_object) {
                for (name, header) in headers {
                    if header.get("$ref").is_none() {
                        self.parameter_schemas(subject, &format!("{at} header `{name}`"), header);
                    }
                }
            }
        }
        let content = match response.get("content").and_then(Value::as_object) {
            Some(content) if !content.is_empty() => content,
            _ => return BodyKind::None,
        };
        let json = content.iter().find(|(content_type, _)| {
            *content_type == "application/json" || content_type.starts_with("application/json;")
        });
        let Some((content_type, media)) = json else {
            return BodyKind::Raw;
        };
        if non_empty_object(media.get("encoding")) {
            self.push(
                subject,
                format!(
                    "{at} {content_type}: `encoding` is not supported by progenitor (it panics)"
                ),
            );
        }
        match media.get("schema") {
            None => {
                self.push(
                    subject,
                    format!(
                        "{at} {content_type}: missing `schema` (progenitor panics on a JSON \
                         response without one)"
                    ),
                );
                BodyKind::Json(String::new())
            }
            Some(schema) => BodyKind::Json(schema_key(schema)),
        }
    }

    fn components(&mut self) {
        let Some(components) = self.spec.get("components").and_then(Value::as_object) else {
            return;
        };
        let section = |name: &str| -> Option<&'a Map<String, Value>> {
            components.get(name).and_then(Value::as_object)
        };
        for (name, schema) in section("schemas").into_iter().flatten() {
            self.schema(&format!("components.schemas.{name}"), "", schema);
        }
        for kind in ["parameters", "headers"] {
            for (name, parameter) in section(kind).into_iter().flatten() {
                self.parameter_schemas(&format!("components.{kind}.{name}"), "", parameter);
            }
        }
        for (name, body) in section("requestBodies").into_iter().flatten() {
            self.content_schemas(
                &format!("components.requestBodies.{name}"),
                "content",
                body.get("content"),
            );
        }
        for (name, response) in section("responses").into_iter().flatten() {
            let subject = format!("components.responses.{name}");
            self.content_schemas(&subject, "content", response.get("content"));
            if let Some(headers) = response.get("headers").and_then(Value::as_object) {
                for (header_name, header) in headers {
                    if header.get("$ref").is_none() {
                        self.parameter_schemas(
                            &subject,
                            &format!("header `{header_name}`"),
                            header,
                        );
                    }
                }
            }
        }
    }

    /// Walks a schema and everything nested in it, reporting what OpenAPI
    /// 3.0, progenitor or typify cannot take.
    fn schema(&mut self, subject: &str, at: &str, schema: &Value) {
        let Some(object) = schema.as_object() else {
            self.push_at(subject, at, "a schema must be a mapping");
            return;
        };
        if let Some(reference) = object.get("$ref") {
            match reference.as_str() {
                Some(reference) => {
                    if let Err(message) = spec::lookup_ref(self.spec, reference) {
                        self.push_at(subject, at, message);
                    }
                }
                None => self.push_at(subject, at, "`$ref` must be a string"),
            }
            // OpenAPI 3.0 ignores everything beside a `$ref`.
            return;
        }
        if object.get("type").is_some_and(Value::is_array) {
            self.push_at(
                subject,
                at,
                "`type` is a list (OpenAPI 3.1); use a single type, with `nullable: true` for null",
            );
        }
        if object.contains_key("const") {
            self.push_at(
                subject,
                at,
                "`const` is OpenAPI 3.1; use `enum` with one value",
            );
        }
        if object.contains_key("examples") {
            self.push_at(
                subject,
                at,
                "schema-level `examples` is OpenAPI 3.1; use `example` (one value)",
            );
        }
        for key in SCHEMA_KEYWORDS_3_1 {
            if object.contains_key(key) {
                self.push_at(subject, at, format!("`{key}` is OpenAPI 3.1 (JSON Schema 2020-12); OpenAPI 3.0 has no such keyword"));
            }
        }
        for key in ["exclusiveMinimum", "exclusiveMaximum"] {
            if object.get(key).is_some_and(Value::is_number) {
                let bound = if key == "exclusiveMinimum" {
                    "minimum"
                } else {
                    "maximum"
                };
                self.push_at(
                    subject,
                    at,
                    format!("numeric `{key}` is OpenAPI 3.1; in 3.0 write `{bound}: N` with `{key}: true`"),
                );
            }
        }
        if object.get("nullable").and_then(Value::as_bool) == Some(true) {
            for key in ["oneOf", "anyOf"] {
                if object.contains_key(key) {
                    self.push_at(
                        subject,
                        at,
                        format!(
                            "`nullable: true` on a schema with `{key}` makes typify emit two \
                             items with the same name (the crate no longer compiles); drop `nullable` \
                             and leave the property optional, which already accepts null"
                        ),
                    );
                }
            }
        }

        if let Some(properties) = object.get("properties") {
            match properties.as_object() {
                Some(properties) => {
                    for (name, property) in properties {
                        self.schema(subject, &join(at, &format!("properties.{name}")), property);
                    }
                }
                None => self.push_at(subject, at, "`properties` must be a mapping"),
            }
        }
        if let Some(items) = object.get("items") {
            self.schema(subject, &join(at, "items"), items);
        }
        if let Some(additional) = object.get("additionalProperties")
            && additional.is_object()
        {
            self.schema(subject, &join(at, "additionalProperties"), additional);
        }
        if let Some(not) = object.get("not") {
            self.schema(subject, &join(at, "not"), not);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(alternatives) = object.get(key) {
                match alternatives.as_array() {
                    Some(alternatives) => {
                        for (i, alternative) in alternatives.iter().enumerate() {
                            self.schema(subject, &join(at, &format!("{key}[{i}]")), alternative);
                        }
                    }
                    None => self.push_at(subject, at, format!("`{key}` must be a list")),
                }
            }
        }
    }
}

/// The media type of a content type, without parameters (`; charset=...`),
/// compared the way progenitor compares it.
fn media_type(content_type: &str) -> &str {
    content_type.split(';').next().unwrap_or(content_type)
}

/// What makes two JSON response bodies the same type for progenitor: the same
/// `$ref`, or the same inline schema.
fn schema_key(schema: &Value) -> String {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference.to_string(),
        None => format!("inline {}", spec::canonicalize(schema)),
    }
}
