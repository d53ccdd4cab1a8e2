//! `cargo xtask conformance`: calls every read operation of the spec that the given (or
//! discovered) ids can fill, against a running server, and validates each answer against the
//! operation's response schema with [`crate::validate`].
//!
//! Which operations are reads comes from the spec ([`Operation::safe`]: the method, or
//! `x-kartaview-safe`); no other operation is ever called. [`RECIPES`] say how to fill the
//! reads that need more than their path parameters; a read without a recipe is called with its
//! path parameters and required query parameters taken from the context by name.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use serde_json::Value;

use crate::spec::{self, Operation};
use crate::validate::{Finding, validate};

/// How to call one read operation: the context values it needs (path parameters are filled
/// from the context by name), and the query or form fields it sends.
pub struct Recipe {
    /// The operationId.
    pub operation: &'static str,
    /// Context keys that must be known before the call.
    pub needs: &'static [&'static str],
    /// Query parameters (GET) or form fields (POST), built from the context.
    pub fields: fn(&Context) -> Vec<(&'static str, String)>,
}

/// Values known so far: the ids given on the command line and those discovered in answers.
pub type Context = BTreeMap<String, String>;

fn get(ctx: &Context, key: &str) -> String {
    ctx.get(key).cloned().unwrap_or_default()
}

/// A bounding box of about 200 m around the context's point, as `lat,lng` corners.
fn bbox(ctx: &Context) -> (String, String) {
    let lat: f64 = get(ctx, "lat").parse().unwrap_or_default();
    let lng: f64 = get(ctx, "lng").parse().unwrap_or_default();
    let d = 0.001;
    (
        format!("{:.6},{:.6}", lat + d, lng - d),
        format!("{:.6},{:.6}", lat - d, lng + d),
    )
}

/// The read operations, in the order they are first tried.
pub const RECIPES: &[Recipe] = &[
    Recipe {
        operation: "photoGetById",
        needs: &["photoId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceGetById",
        needs: &["sequenceId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceGetAll",
        needs: &["sequenceId"],
        fields: |c| vec![("id", get(c, "sequenceId"))],
    },
    Recipe {
        operation: "sequenceGetPhotosBySequenceId",
        needs: &["sequenceId"],
        fields: |_| vec![("itemsPerPage", "100".into())],
    },
    Recipe {
        operation: "photoGetAll",
        needs: &["sequenceId"],
        fields: |c| {
            vec![
                ("sequenceId", get(c, "sequenceId")),
                ("itemsPerPage", "100".into()),
            ]
        },
    },
    Recipe {
        operation: "videoGetAll",
        needs: &["sequenceId"],
        fields: |c| vec![("sequenceId", get(c, "sequenceId"))],
    },
    Recipe {
        operation: "videoGetById",
        needs: &["videoId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceGetVideosBySequenceId",
        needs: &["sequenceId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceGetAttachmentsBySequenceId",
        needs: &["sequenceId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceGetRawdatasBySequenceId",
        needs: &["sequenceId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "photoPartGetAll",
        needs: &["photoId"],
        fields: |c| vec![("photoId", get(c, "photoId"))],
    },
    Recipe {
        operation: "photoPartGetById",
        needs: &["photoPartId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceAttachmentGetAll",
        needs: &["sequenceId"],
        fields: |c| vec![("sequenceId", get(c, "sequenceId"))],
    },
    Recipe {
        operation: "sequenceAttachmentGetById",
        needs: &["attachmentId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceRawdataGetAll",
        needs: &["sequenceId"],
        fields: |c| vec![("sequenceId", get(c, "sequenceId"))],
    },
    Recipe {
        operation: "sequenceRawdataGetById",
        needs: &["rawDataId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "userGetAll",
        needs: &["userId"],
        fields: |c| vec![("id", get(c, "userId"))],
    },
    Recipe {
        operation: "userGetById",
        needs: &["userId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "userMetricsGetByUserId",
        needs: &["userId"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "listenerMaintenanceGetAll",
        needs: &[],
        fields: |_| vec![],
    },
    Recipe {
        operation: "sequenceGetMapMatchedTracks",
        needs: &["lat", "lng"],
        fields: |c| {
            let (tl, br) = bbox(c);
            vec![
                ("bbTopLeft", tl),
                ("bbBottomRight", br),
                ("zoomLevel", "16".into()),
            ]
        },
    },
    Recipe {
        operation: "sequenceGetTile",
        needs: &["z", "x", "y"],
        fields: |_| vec![],
    },
    Recipe {
        operation: "v1SequencePhotoList",
        needs: &["sequenceId"],
        fields: |c| vec![("sequenceId", get(c, "sequenceId"))],
    },
    Recipe {
        operation: "sequenceDetails",
        needs: &["sequenceId"],
        fields: |c| vec![("id", get(c, "sequenceId")), ("platform", "web".into())],
    },
    Recipe {
        operation: "v1PhotoDetails",
        needs: &["photoId", "sequenceId", "sequenceIndex"],
        fields: |c| {
            vec![
                ("id", get(c, "photoId")),
                ("sequenceId", get(c, "sequenceId")),
                ("sequenceIndex", get(c, "sequenceIndex")),
            ]
        },
    },
    Recipe {
        operation: "v1PhotoFullDetails",
        needs: &["sequenceId", "sequenceIndex"],
        fields: |c| {
            vec![
                ("sequenceId", get(c, "sequenceId")),
                ("sequenceIndex", get(c, "sequenceIndex")),
            ]
        },
    },
    Recipe {
        operation: "v1NearbyPhotosList",
        needs: &["lat", "lng"],
        fields: |c| {
            vec![
                ("lat", get(c, "lat")),
                ("lng", get(c, "lng")),
                ("radius", "100".into()),
                ("ipp", "10".into()),
            ]
        },
    },
    Recipe {
        operation: "v1NearbyTracksList",
        needs: &["lat", "lng"],
        fields: |c| vec![("lat", get(c, "lat")), ("lng", get(c, "lng"))],
    },
    Recipe {
        operation: "v1TracksList",
        needs: &["lat", "lng"],
        fields: |c| {
            let (tl, br) = bbox(c);
            vec![
                ("bbTopLeft", tl),
                ("bbBottomRight", br),
                ("zoom", "16".into()),
            ]
        },
    },
    Recipe {
        operation: "v1MyList",
        needs: &["token"],
        fields: |c| {
            vec![
                ("access_token", get(c, "token")),
                ("page", "1".into()),
                ("ipp", "10".into()),
            ]
        },
    },
    Recipe {
        operation: "myList",
        needs: &["username", "token"],
        fields: |c| {
            vec![
                ("access_token", get(c, "token")),
                ("username", get(c, "username")),
                ("page", "1".into()),
                ("ipp", "10".into()),
            ]
        },
    },
    Recipe {
        operation: "v1UserDetails",
        needs: &["username"],
        fields: |c| vec![("username", get(c, "username"))],
    },
    Recipe {
        operation: "gmLeaderboard",
        needs: &[],
        fields: |_| vec![],
    },
];

/// What the command line asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The API origin, e.g. `https://api.openstreetcam.org`.
    pub base_url: String,
    /// An access token for the operations that need one (`v1MyList`); never printed.
    pub token: Option<String>,
    pub sequence: Option<String>,
    pub video: Option<String>,
    pub photo: Option<String>,
    pub user: Option<String>,
    pub lat_lng: Option<(f64, f64)>,
    /// Count undocumented fields as violations.
    pub strict: bool,
    /// The server is kartaview-mock (`--mock`): a read it implements that comes back skipped
    /// fails the run, and reads whose ids cannot be found are tried with placeholder ids to
    /// learn whether the fake implements them.
    pub fake: bool,
}

impl Options {
    fn context(&self) -> Context {
        let mut ctx = Context::new();
        let given = [
            ("token", &self.token),
            ("sequenceId", &self.sequence),
            ("videoId", &self.video),
            ("photoId", &self.photo),
            ("userId", &self.user),
        ];
        for (key, value) in given {
            if let Some(v) = value {
                ctx.insert(key.to_string(), v.clone());
            }
        }
        if let Some((lat, lng)) = self.lat_lng {
            ctx.insert("lat".to_string(), lat.to_string());
            ctx.insert("lng".to_string(), lng.to_string());
        }
        ctx
    }
}

/// How one operation went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The answer fits the schema.
    Ok,
    /// The answer breaks the schema (see [`OperationReport::violations`]).
    Violations,
    /// Not called, or answered with a documented error; the reason.
    Skipped(String),
    /// Answered by kartaview-mock's HTTP 501 "not implemented by the fake": skipped, and no
    /// failure even under `--mock`.
    NotImplemented,
}

/// The outcome for one operation.
#[derive(Debug, Clone)]
pub struct OperationReport {
    pub operation: String,
    /// `METHOD path` as called (or as in the spec when not called).
    pub call: String,
    pub verdict: Verdict,
    pub violations: Vec<Finding>,
    /// Undocumented fields; violations too under `--strict`.
    pub notes: Vec<Finding>,
}

/// Every operation's outcome, in the spec's order.
#[derive(Debug, Clone)]
pub struct Report {
    pub operations: Vec<OperationReport>,
    pub strict: bool,
    /// See [`Options::fake`].
    pub fake: bool,
}

impl Report {
    /// Operations whose answer breaks the spec (undocumented fields count under `strict`).
    pub fn failing(&self) -> usize {
        self.operations
            .iter()
            .filter(|o| o.verdict == Verdict::Violations || (self.strict && !o.notes.is_empty()))
            .count()
    }

    /// Operations the fake implements that came back skipped (counted under [`Report::fake`]).
    pub fn skipped_by_the_fake(&self) -> usize {
        if !self.fake {
            return 0;
        }
        self.operations
            .iter()
            .filter(|o| matches!(o.verdict, Verdict::Skipped(_)))
            .count()
    }

    /// 0 when every answer fits (and, against the fake, every read it implements was
    /// checked), 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        u8::from(self.failing() > 0 || self.skipped_by_the_fake() > 0)
    }

    fn counts(&self) -> (usize, usize, usize, usize) {
        let ok = self
            .operations
            .iter()
            .filter(|o| o.verdict == Verdict::Ok)
            .count();
        let skipped = self
            .operations
            .iter()
            .filter(|o| matches!(o.verdict, Verdict::Skipped(_) | Verdict::NotImplemented))
            .count();
        let notes = self.operations.iter().map(|o| o.notes.len()).sum();
        (ok, self.failing(), skipped, notes)
    }

    /// Plain text: one line per operation, one per violation and per note, then a summary.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for op in &self.operations {
            let (label, why) = self.label(op);
            let _ = writeln!(out, "{label:<10} {} {}{why}", op.operation, op.call);
            for v in &op.violations {
                let _ = writeln!(
                    out,
                    "  violation {} {}: spec says {}; came {}",
                    op.operation,
                    display_pointer(&v.pointer),
                    v.expected,
                    v.found
                );
            }
            let kind = if self.strict { "violation" } else { "note" };
            for n in &op.notes {
                let _ = writeln!(
                    out,
                    "  {kind:<9} {} {}: undocumented field; came {}",
                    op.operation,
                    display_pointer(&n.pointer),
                    n.found
                );
            }
        }
        let (ok, failing, skipped, notes) = self.counts();
        let _ = writeln!(
            out,
            "\n{} operations: {ok} ok, {failing} violating the spec, {skipped} skipped; \
             {notes} undocumented field{}{}",
            self.operations.len(),
            if notes == 1 { "" } else { "s" },
            if self.strict {
                " (violations under --strict)"
            } else {
                " (notes)"
            },
        );
        let unchecked = self.skipped_by_the_fake();
        if unchecked > 0 {
            let _ = writeln!(
                out,
                "{unchecked} skipped operation{} the fake implements: a failure against the fake",
                if unchecked == 1 { "" } else { "s" }
            );
        }
        out
    }

    /// The same as [`Report::text`], as Markdown.
    pub fn markdown(&self) -> String {
        let (ok, failing, skipped, notes) = self.counts();
        let mut out = format!(
            "# Conformance of openapi.yaml\n\n{} operations: {ok} ok, {failing} violating the \
             spec, {skipped} skipped; {notes} undocumented fields.\n\n\
             | operation | call | result |\n|---|---|---|\n",
            self.operations.len()
        );
        for op in &self.operations {
            let (label, why) = self.label(op);
            let _ = writeln!(
                out,
                "| `{}` | `{}` | {label}{} |",
                op.operation,
                op.call.replace('|', "\\|"),
                why.replace('|', "\\|")
            );
        }
        let findings: Vec<_> = self
            .operations
            .iter()
            .flat_map(|op| {
                let notes = op.notes.iter().map(move |n| (op, n, true));
                op.violations
                    .iter()
                    .map(move |v| (op, v, false))
                    .chain(notes)
            })
            .collect();
        if !findings.is_empty() {
            out.push_str(
                "\n## Findings\n\n| operation | pointer | spec says | came |\n|---|---|---|---|\n",
            );
            for (op, f, is_note) in findings {
                let expected = if is_note && !self.strict {
                    "undocumented field (note)"
                } else {
                    f.expected.as_str()
                };
                let _ = writeln!(
                    out,
                    "| `{}` | `{}` | {} | {} |",
                    op.operation,
                    display_pointer(&f.pointer),
                    expected.replace('|', "\\|"),
                    f.found.replace('|', "\\|")
                );
            }
        }
        out
    }

    fn label(&self, op: &OperationReport) -> (&'static str, String) {
        match &op.verdict {
            Verdict::Ok if self.strict && !op.notes.is_empty() => ("violations", String::new()),
            Verdict::Ok => ("ok", String::new()),
            Verdict::Violations => ("violations", format!(" ({})", op.violations.len())),
            Verdict::Skipped(why) => ("skipped", format!(": {why}")),
            Verdict::NotImplemented => (
                "skipped",
                format!(": {} (HTTP 501)", kartaview_mock::NOT_IMPLEMENTED),
            ),
        }
    }
}

fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

/// Why conformance could not run at all (exit code 2).
#[derive(Debug)]
pub struct Unreachable(pub String);

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How one read is called: what it needs from the context, and the query or form fields.
struct Plan {
    needs: Vec<String>,
    fields: Vec<(String, String)>,
}

/// The plan of a read: its recipe's, or its path parameters and required query parameters by
/// name.
fn plan(op: &Operation<'_>, recipe: Option<&Recipe>, ctx: &Context) -> Plan {
    if let Some(recipe) = recipe {
        return Plan {
            needs: recipe.needs.iter().map(|k| k.to_string()).collect(),
            fields: (recipe.fields)(ctx)
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        };
    }
    let mut needs: Vec<String> = op
        .path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    let mut fields = Vec::new();
    let parameters = op.value.get("parameters").and_then(Value::as_array);
    for parameter in parameters.into_iter().flatten() {
        let is = |key: &str, want: &Value| parameter.get(key) == Some(want);
        if is("in", &Value::from("query"))
            && is("required", &Value::Bool(true))
            && let Some(name) = parameter.get("name").and_then(Value::as_str)
        {
            needs.push(name.to_string());
            fields.push((name.to_string(), get(ctx, name)));
        }
    }
    Plan { needs, fields }
}

/// The context keys a plan needs that are not known.
fn missing<'p>(plan: &'p Plan, ctx: &Context) -> Vec<&'p str> {
    plan.needs
        .iter()
        .filter(|k| !ctx.contains_key(k.as_str()))
        .map(String::as_str)
        .collect()
}

/// Calls the read operations of `spec` against `options.base_url` and validates the answers.
pub async fn run(spec: &Value, options: &Options) -> Result<Report, Unreachable> {
    // The workspace gives reqwest no TLS provider (kartaview-ext configures its own, and
    // xtask stays apart from the generated crates): use the same one, as this process's default.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| Unreachable(format!("cannot build an HTTP client: {e}")))?;
    let ops = spec::operations(spec);
    // The reads: those with a recipe in the recipes' order, then the others in the spec's.
    let mut reads: Vec<(&str, &Operation<'_>, Option<&Recipe>)> = ops
        .iter()
        .filter(|op| op.safe() == Ok(true))
        .filter_map(|op| {
            let id = op.operation_id()?;
            Some((id, op, RECIPES.iter().find(|r| r.operation == id)))
        })
        .collect();
    reads.sort_by_key(|(id, _, _)| {
        RECIPES
            .iter()
            .position(|r| r.operation == *id)
            .unwrap_or(RECIPES.len())
    });
    let mut ctx = options.context();
    let mut done: BTreeMap<&str, OperationReport> = BTreeMap::new();
    let mut reached_server = false;
    // Discovery can unlock reads tried earlier: repeat until a pass calls nothing new.
    loop {
        let mut progressed = false;
        for &(id, op, recipe) in &reads {
            if done.contains_key(id) {
                continue;
            }
            let wanted = plan(op, recipe, &ctx);
            if !missing(&wanted, &ctx).is_empty() {
                continue;
            }
            match call(&http, spec, op, id, &wanted, options, &mut ctx).await {
                Ok(report) => {
                    reached_server = true;
                    done.insert(id, report);
                    progressed = true;
                }
                Err(CallError::Transport(e)) if !reached_server => {
                    return Err(Unreachable(format!(
                        "{} is unreachable: {e}",
                        options.base_url
                    )));
                }
                Err(CallError::Transport(e)) => {
                    done.insert(
                        id,
                        OperationReport {
                            operation: id.to_string(),
                            call: format!("{} {}", op.method.to_ascii_uppercase(), op.path),
                            verdict: Verdict::Violations,
                            violations: vec![Finding {
                                pointer: String::new(),
                                expected: "an answer".to_string(),
                                found: format!("a transport error: {e}"),
                            }],
                            notes: vec![],
                        },
                    );
                    progressed = true;
                }
            }
        }
        if !progressed {
            break;
        }
    }
    let mut operations = Vec::new();
    for op in &ops {
        let Some(&(id, _, recipe)) = reads
            .iter()
            .find(|(_, r, _)| r.path == op.path && r.method == op.method)
        else {
            continue;
        };
        if let Some(report) = done.remove(id) {
            operations.push(report);
            continue;
        }
        let wanted = plan(op, recipe, &ctx);
        let absent = missing(&wanted, &ctx);
        // Against the fake, placeholder ids tell whether it implements the read at all.
        if options.fake {
            let mut probe_ctx = ctx.clone();
            for key in &absent {
                probe_ctx.insert(key.to_string(), "0".to_string());
            }
            let probe = plan(op, recipe, &probe_ctx);
            if let Ok(report) = call(&http, spec, op, id, &probe, options, &mut probe_ctx).await
                && report.verdict == Verdict::NotImplemented
            {
                operations.push(report);
                continue;
            }
        }
        let flags: Vec<&str> = absent.iter().map(|k| flag_for(k)).collect();
        operations.push(OperationReport {
            operation: id.to_string(),
            call: format!("{} {}", op.method.to_ascii_uppercase(), op.path),
            verdict: Verdict::Skipped(format!(
                "needs {} (not given, not discovered)",
                flags.join(", ")
            )),
            violations: vec![],
            notes: vec![],
        });
    }
    Ok(Report {
        operations,
        strict: options.strict,
        fake: options.fake,
    })
}

fn flag_for(key: &str) -> &'static str {
    match key {
        "sequenceId" | "sequenceIndex" => "--sequence",
        "photoId" => "--photo",
        "videoId" => "--video",
        "userId" | "username" => "--user",
        "token" => "--token",
        "lat" | "lng" | "z" | "x" | "y" => "--lat/--lng",
        "photoPartId" => "a photo with parts",
        "attachmentId" => "a sequence with attachments",
        "rawDataId" => "a sequence with raw data",
        _ => "an id",
    }
}

/// The error and its causes ("error sending request: ... Connection refused"), without the URL.
fn error_chain(error: reqwest::Error) -> String {
    let error = error.without_url();
    let mut text = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

enum CallError {
    Transport(String),
}

async fn call(
    http: &reqwest::Client,
    spec: &Value,
    op: &Operation<'_>,
    id: &str,
    plan: &Plan,
    options: &Options,
    ctx: &mut Context,
) -> Result<OperationReport, CallError> {
    let mut path = op.path.to_string();
    while let Some(start) = path.find('{') {
        let Some(len) = path[start..].find('}') else {
            break;
        };
        let name = &path[start + 1..start + len];
        let value = get(ctx, name);
        path.replace_range(start..=start + len, &value);
    }
    let fields = &plan.fields;
    let url = format!("{}{path}", options.base_url.trim_end_matches('/'));
    let method = op.method.to_ascii_uppercase();
    let mut request = match op.method {
        "post" => http.post(&url).form(fields),
        _ => http.get(&url).query(fields),
    };
    if let Some(token) = &options.token {
        request = request.header("X-Auth-Token", token);
    }
    let shown_query: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k != "access_token")
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let call = if shown_query.is_empty() {
        format!("{method} {path}")
    } else if op.method == "post" {
        format!("{method} {path} [{}]", shown_query.join("&"))
    } else {
        format!("{method} {path}?{}", shown_query.join("&"))
    };
    let response = request
        .send()
        .await
        .map_err(|e| CallError::Transport(error_chain(e)))?;
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| CallError::Transport(error_chain(e)))?;
    let mut report = OperationReport {
        operation: id.to_string(),
        call,
        verdict: Verdict::Ok,
        violations: vec![],
        notes: vec![],
    };
    if status == 501 && bytes.starts_with(kartaview_mock::NOT_IMPLEMENTED.as_bytes()) {
        report.verdict = Verdict::NotImplemented;
        return Ok(report);
    }
    let fail = |report: &mut OperationReport, expected: String, found: String| {
        report.verdict = Verdict::Violations;
        report.violations.push(Finding {
            pointer: String::new(),
            expected,
            found,
        });
    };
    let Some((key, response_spec)) = response_for(spec, op, status) else {
        fail(
            &mut report,
            "a documented HTTP status".to_string(),
            format!("HTTP {status}"),
        );
        return Ok(report);
    };
    let is_error = !key.starts_with('2');
    let content = response_spec.get("content").and_then(Value::as_object);
    let json_schema = content
        .and_then(|c| c.get("application/json"))
        .and_then(|m| m.get("schema"));
    let Some(schema) = json_schema else {
        // Images and other non-JSON answers: the media type is all there is to compare.
        let documented: Vec<&str> = content
            .map(|c| c.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let media = content_type.split(';').next().unwrap_or("").trim();
        if !documented.is_empty() && !documented.contains(&media) {
            fail(
                &mut report,
                format!("a body of type {}", documented.join(" or ")),
                format!("{media:?}"),
            );
        }
        if is_error {
            report.verdict =
                Verdict::Skipped(format!("answered HTTP {status}, a documented error"));
        }
        return Ok(report);
    };
    let body: Value = match serde_json::from_slice(&bytes) {
        Ok(body) => body,
        Err(_) => {
            let head: String = String::from_utf8_lossy(&bytes).chars().take(40).collect();
            fail(
                &mut report,
                "a JSON body".to_string(),
                format!("HTTP {status} {content_type:?} {head:?}"),
            );
            return Ok(report);
        }
    };
    // The server reports many failures inside HTTP 200 with the status envelope alone.
    let api_code = body.pointer("/status/apiCode").map(|c| {
        c.as_str()
            .map(str::to_string)
            .unwrap_or_else(|| c.to_string())
    });
    let error_inside_200 = !is_error && api_code.as_deref().is_some_and(|c| c != "600");
    let schema = if error_inside_200 {
        match response_for(spec, op, 400)
            .and_then(|(_, r)| r.pointer("/content/application~1json/schema"))
        {
            Some(error_schema) => error_schema,
            None => schema,
        }
    } else {
        schema
    };
    let outcome = validate(spec, schema, &body);
    report.notes = outcome.notes;
    if !is_error && !error_inside_200 {
        discover(id, &body, ctx);
    }
    if !outcome.violations.is_empty() {
        report.verdict = Verdict::Violations;
        report.violations = outcome.violations;
        return Ok(report);
    }
    if is_error || error_inside_200 {
        report.verdict = Verdict::Skipped(format!(
            "answered HTTP {status} apiCode {}, a documented error; its body fits",
            api_code.as_deref().unwrap_or("none")
        ));
        return Ok(report);
    }
    Ok(report)
}

/// The response object for `status`: the exact code, then `NXX`, then `default`.
fn response_for<'a>(
    spec: &'a Value,
    op: &Operation<'a>,
    status: u16,
) -> Option<(String, &'a Value)> {
    let responses = op.value.get("responses")?.as_object()?;
    let range = format!("{}XX", status / 100);
    [status.to_string(), range, "default".to_string()]
        .into_iter()
        .find_map(|key| {
            let r = responses.get(&key)?;
            spec::resolve(spec, r).ok().map(|r| (key, r))
        })
}

fn scalar(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first record of a 2.0 answer (`result.data`, an object or the first of a list).
fn first_record(body: &Value) -> Option<&Value> {
    match body.pointer("/result/data")? {
        Value::Array(items) => items.first(),
        Value::Object(map) if map.contains_key("id") => body.pointer("/result/data"),
        Value::Object(map) => map.values().next(),
        _ => None,
    }
}

/// Learns ids from an answer, without overwriting what is known.
fn discover(operation: &str, body: &Value, ctx: &mut Context) {
    let Some(record) = first_record(body) else {
        return;
    };
    let mut learn = |key: &str, field: &str| {
        if !ctx.contains_key(key)
            && let Some(v) = scalar(record.get(field))
        {
            ctx.insert(key.to_string(), v);
        }
    };
    match operation {
        "photoGetById" | "photoGetAll" | "sequenceGetPhotosBySequenceId" => {
            learn("photoId", "id");
            learn("sequenceId", "sequenceId");
            learn("sequenceIndex", "sequenceIndex");
            learn("lat", "lat");
            learn("lng", "lng");
        }
        "sequenceGetById" | "sequenceGetAll" => learn("userId", "userId"),
        "videoGetAll" => learn("videoId", "id"),
        "photoPartGetAll" => learn("photoPartId", "id"),
        "sequenceAttachmentGetAll" => learn("attachmentId", "id"),
        "sequenceRawdataGetAll" => learn("rawDataId", "id"),
        "userGetById" => learn("username", "username"),
        _ => {}
    }
    // A tile of zoom 14 around the point, for the tile operation.
    if !ctx.contains_key("z")
        && let (Some(lat), Some(lng)) = (
            ctx.get("lat").and_then(|v| v.parse::<f64>().ok()),
            ctx.get("lng").and_then(|v| v.parse::<f64>().ok()),
        )
    {
        let (x, y) = tile(lat, lng, 14);
        ctx.insert("z".to_string(), "14".to_string());
        ctx.insert("x".to_string(), x.to_string());
        ctx.insert("y".to_string(), y.to_string());
    }
}

/// Web-Mercator tile numbers of a point (the slippy-map convention).
pub fn tile(lat: f64, lng: f64, zoom: u32) -> (u64, u64) {
    let n = f64::from(1u32 << zoom);
    let x = ((lng + 180.0) / 360.0 * n).floor();
    let rad = lat.to_radians();
    let y = ((1.0 - (rad.tan() + 1.0 / rad.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor();
    let clamp = |v: f64| v.clamp(0.0, n - 1.0) as u64;
    (clamp(x), clamp(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipes_name_reads_of_the_spec_only() {
        let text = std::fs::read_to_string(crate::workspace_root().join(crate::SPEC_PATH))
            .expect("openapi.yaml");
        let spec = crate::parse_yaml(&text).expect("spec parses");
        let ops = spec::operations(&spec);
        for op in &ops {
            assert!(op.safe().is_ok(), "{}: {:?}", op.label(), op.safe());
        }
        // A recipe of a write, or of an operation gone from the spec, would be a mistake.
        for recipe in RECIPES {
            let op = ops
                .iter()
                .find(|op| op.operation_id() == Some(recipe.operation))
                .unwrap_or_else(|| panic!("{} is not in the spec", recipe.operation));
            assert_eq!(op.safe(), Ok(true), "{}", op.label());
        }
        // Independent of the spec's marks: the method and the name say it changes data.
        for op in &ops {
            let id = op.operation_id().unwrap_or_default();
            let writes = [
                "Create", "Update", "Delete", "Remove", "Rotate", "Finish", "Auth",
            ]
            .iter()
            .any(|verb| id.contains(verb));
            assert_eq!(op.safe(), Ok(!writes), "{}", op.label());
        }
    }

    #[test]
    fn a_read_without_a_recipe_is_filled_by_parameter_name() {
        let spec = serde_json::json!({"parameters": [
            {"name": "sequenceId", "in": "query", "required": true},
            {"name": "page", "in": "query"},
            {"name": "X-Auth-Token", "in": "header", "required": true}
        ]});
        let op = Operation {
            method: "get",
            path: "/2.0/thing/{thingId}/items",
            value: &spec,
        };
        let ctx: Context = [("sequenceId".to_string(), "7".to_string())].into();
        let made = plan(&op, None, &ctx);
        assert_eq!(made.needs, ["thingId", "sequenceId"]);
        assert_eq!(made.fields, [("sequenceId".to_string(), "7".to_string())]);
        assert_eq!(missing(&made, &ctx), ["thingId"]);
    }

    #[test]
    fn tile_numbers_match_the_slippy_map_formula() {
        // Zoom 0 is one tile; Greenwich/equator at zoom 1 is the south-east quadrant's corner.
        assert_eq!(tile(0.0, 0.0, 0), (0, 0));
        assert_eq!(tile(0.0, 0.0, 1), (1, 1));
        // Berlin at zoom 14, as OpenStreetMap's tile calculators give it.
        assert_eq!(tile(52.5200, 13.4050, 14), (8802, 5373));
    }
}
