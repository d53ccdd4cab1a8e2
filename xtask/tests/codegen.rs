//! Generation: deterministic output, the `--check` diff, readable failures.

use serde_json::json;
use xtask::codegen::catch_panic;
use xtask::{GENERATED_PATH, codegen, diff, generate_client, generation_input, parse_yaml};

fn small_spec() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/small.yaml"
    ))
    .unwrap()
}

#[test]
fn generating_twice_gives_identical_output() {
    let first = codegen(&small_spec()).unwrap();
    let second = codegen(&small_spec()).unwrap();
    assert_eq!(first.generated_rs, second.generated_rs);
    assert_eq!(first.coverage_md, second.coverage_md);
    assert!(first.generated_rs.starts_with(
        "// Generated from openapi.yaml by `cargo xtask codegen`. Do not edit by hand.\n"
    ));
}

#[test]
fn key_order_in_the_yaml_does_not_change_the_output() {
    // Same spec, with the two schemas at the end of `components.schemas`
    // moved to the front.
    let spec = small_spec();
    let (head, tail) = spec.split_once("    SequenceList:\n").unwrap();
    let (before_schemas, schemas) = head.split_once("  schemas:\n").unwrap();
    let reordered = format!("{before_schemas}  schemas:\n    SequenceList:\n{tail}{schemas}");
    assert_ne!(reordered, spec);
    assert_eq!(
        codegen(&reordered).unwrap().generated_rs,
        codegen(&spec).unwrap().generated_rs
    );
}

#[test]
fn handwritten_operations_are_left_out_of_the_client() {
    let output = codegen(&small_spec()).unwrap();
    assert!(
        output
            .generated_rs
            .contains("pub fn finish_uploading(&self)")
    );
    assert!(!output.generated_rs.contains("upload_photo"));
    assert_eq!(
        output.summary.handwritten,
        vec!["POST /1.0/photo/ (uploadPhoto)"]
    );
    assert_eq!(
        (
            output.summary.operations,
            output.summary.generated,
            output.summary.confirmed,
            output.summary.inferred
        ),
        (4, 3, 3, 1)
    );
}

#[test]
fn a_path_item_left_without_operations_is_dropped() {
    let spec = parse_yaml(&small_spec()).unwrap();
    let stripped = generation_input(&spec);
    let paths: Vec<&String> = stripped["paths"].as_object().unwrap().keys().collect();
    assert_eq!(
        paths,
        [
            "/1.0/sequence/finished-uploading/",
            "/2.0/sequence/",
            "/2.0/sequence/{sequenceId}"
        ]
    );
}

#[test]
fn error_responses_are_left_to_the_handwritten_layer() {
    let spec = parse_yaml(&small_spec()).unwrap();
    let input = generation_input(&spec);
    let mut statuses = Vec::new();
    for item in input["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            if let Some(responses) = op.get("responses").and_then(|r| r.as_object()) {
                statuses.extend(responses.keys().cloned());
            }
        }
    }
    assert!(!statuses.is_empty());
    assert!(statuses.iter().all(|s| s.starts_with('2')), "{statuses:?}");
}

#[test]
fn a_changed_summary_shows_up_in_the_check_diff() {
    let before = codegen(&small_spec()).unwrap().generated_rs;
    let changed_spec = small_spec().replace(
        "summary: Get one sequence.",
        "summary: Fetch a single sequence by its id.",
    );
    let after = codegen(&changed_spec).unwrap().generated_rs;
    assert_ne!(before, after);

    assert_eq!(diff(GENERATED_PATH, Some(&before), &before), None);
    let report = diff(GENERATED_PATH, Some(&before), &after).unwrap();
    assert!(
        report.contains("Fetch a single sequence by its id"),
        "{report}"
    );
    insta::assert_snapshot!("check_diff_after_changing_a_summary", report);
}

#[test]
fn a_missing_file_is_stale() {
    let report = diff(GENERATED_PATH, None, "fn main() {}\n").unwrap();
    assert_eq!(
        report,
        "kartaview-api/src/generated.rs is missing; run `cargo xtask codegen` to write it\n"
    );
}

#[test]
fn a_lint_problem_stops_generation() {
    let spec = small_spec().replace("      operationId: getSequence\n", "");
    let error = codegen(&spec).unwrap_err().to_string();
    assert_eq!(
        error,
        "openapi.yaml has 1 problem; nothing was generated:\n  - GET /2.0/sequence/{sequenceId} \
         (no operationId): missing `operationId`; progenitor names the client method after it"
    );
}

/// A spec the lint would reject, given to progenitor directly.
fn unlinted(responses: serde_json::Value, body: Option<serde_json::Value>) -> serde_json::Value {
    let mut op = json!({ "operationId": "probe", "responses": responses });
    if let Some(body) = body {
        op["requestBody"] = body;
    }
    json!({
        "openapi": "3.0.3",
        "info": { "title": "t", "version": "1" },
        "paths": {
            "/fine": { "get": { "operationId": "fine", "responses": { "200": { "description": "ok" } } } },
            "/probe": { "post": op },
        },
        "components": { "schemas": {
            "A": { "type": "object", "properties": { "a": { "type": "string" } } },
            "B": { "type": "object", "properties": { "b": { "type": "string" } } },
        } },
    })
}

fn json_body(schema: &str) -> serde_json::Value {
    json!({
        "description": "d",
        "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } }
    })
}

#[test]
fn a_progenitor_panic_becomes_a_readable_error() {
    let spec = unlinted(
        json!({ "200": json_body("A"), "default": json_body("B") }),
        None,
    );
    let error = generate_client(&spec).unwrap_err().to_string();
    assert_eq!(
        error,
        "progenitor panicked: assertion failed: response_types.len() <= 1 (at \
         progenitor-impl-0.15.1/src/method.rs:1220:9)\n  operations that fail on their own:\n  \
         - POST /probe (probe)"
    );
}

#[test]
fn a_progenitor_error_becomes_a_readable_error() {
    let body = json!({
        "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/A" } } }
    });
    let spec = unlinted(json!({ "200": json_body("A") }), Some(body));
    let error = generate_client(&spec).unwrap_err().to_string();
    assert_eq!(
        error,
        "progenitor could not generate the client: unexpected or unhandled format in the OpenAPI \
         document unexpected content type: multipart/form-data\n  operations that fail on their \
         own:\n  - POST /probe (probe)"
    );
}

#[test]
fn a_document_that_is_not_openapi_becomes_a_readable_error() {
    let mut spec = unlinted(json!({ "200": json_body("A") }), None);
    spec["paths"]["/probe"]["post"]["responses"]["200"]["content"] = json!(["not", "a", "map"]);
    let error = generate_client(&spec).unwrap_err().to_string();
    // openapiv3's untagged enums hide the exact path; the operation search
    // names the culprit.
    assert_eq!(
        error,
        "openapi.yaml is not a valid OpenAPI 3.0 document at `paths`: invalid type: sequence, \
         expected a map\n  operations that fail on their own:\n  - POST /probe (probe)"
    );
}

#[test]
fn catch_panic_returns_the_message_and_location() {
    let caught = catch_panic(|| -> u8 { panic!("boom {}", 42) }).unwrap_err();
    assert!(caught.starts_with("boom 42 (at "), "{caught}");
    assert!(caught.contains("tests/codegen.rs:"), "{caught}");
    assert_eq!(catch_panic(|| 7), Ok(7));
}

/// What CI runs as `cargo xtask codegen --check`, as a test too.
#[test]
fn committed_files_match_the_workspace_spec() {
    let root = xtask::workspace_root();
    if let Err(error) = xtask::run_codegen(&root, xtask::Mode::Check) {
        panic!("{error:#}");
    }
}

#[test]
fn crates_used_by_the_generated_code_must_be_dependencies() {
    let generated = "static P: ::std::sync::LazyLock<::regress::Regex> = todo!();\n\
                     fn f(c: ::reqwest::Client, v: ::serde_json::Value, e: progenitor_client::Error) {}\n\
                     use ::progenitor_client::ByteStream; type X = <T as ::serde::Serialize>::Ok;";
    let manifest = "[dependencies]\nprogenitor-client.workspace = true\nreqwest = { workspace = true }\n\
                    serde_json.workspace = true\n\n[dependencies.serde]\nworkspace = true\n";
    assert_eq!(
        xtask::missing_dependencies(generated, manifest),
        vec!["regress"]
    );
}
