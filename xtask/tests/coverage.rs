//! `docs/api-coverage.md`, rendered by the pure `coverage_report`.

use xtask::{SPEC_PATH, coverage_report, parse_yaml, workspace_root};

#[test]
fn coverage_report_of_the_workspace_openapi_yaml() {
    let text = std::fs::read_to_string(workspace_root().join(SPEC_PATH)).unwrap();
    let report = coverage_report(&parse_yaml(&text).unwrap()).unwrap();
    insta::assert_snapshot!("api_coverage_report_of_workspace_openapi_yaml", report);
}

#[test]
fn coverage_report_of_the_small_fixture() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/small.yaml"
    ))
    .unwrap();
    let report = coverage_report(&parse_yaml(&text).unwrap()).unwrap();
    // Multi-line reasoning is folded onto one line and `|` is escaped.
    assert!(report.contains(
        "| inferred | The list endpoint returns ids; the web client fetches \
         /2.0/sequence/{id} for details. | generated |"
    ));
    assert!(report.contains(
        "| badge | list, get | Seen in the web client's route table only \\| no captures. |"
    ));
    insta::assert_snapshot!("api_coverage_report_of_small_fixture", report);
}

#[test]
fn coverage_report_lists_every_missing_piece() {
    let spec = parse_yaml(
        r#"
openapi: 3.0.3
info: { title: t, version: "1" }
x-kartaview-known-by-name-only:
  - { resource: badge, operations: [list] }
paths:
  /a:
    get:
      operationId: getA
      responses: { '200': { description: ok } }
    post:
      x-kartaview-evidence: { level: inferred, reasoning: by analogy with GET }
      responses: { '200': { description: ok } }
"#,
    )
    .unwrap();
    let error = coverage_report(&spec).unwrap_err().to_string();
    assert_eq!(
        error,
        "cannot write the coverage report:\n  \
         - GET /a (getA): missing `x-kartaview-evidence` (an object with `level: confirmed` and \
         `sources`, or `level: inferred` and `reasoning`)\n  \
         - POST /a (no operationId): missing `operationId`\n  \
         - `x-kartaview-known-by-name-only[0]`: `reason` must be a non-empty string"
    );
}

#[test]
fn no_known_by_name_entries_is_said_so() {
    let spec = parse_yaml(
        r#"
openapi: 3.0.3
info: { title: t, version: "1" }
paths: {}
"#,
    )
    .unwrap();
    let report = coverage_report(&spec).unwrap();
    assert!(report.contains(
        "**Summary:** 0 operations: 0 confirmed, 0 inferred; 0 generated, 0 handwritten."
    ));
    assert!(report.ends_with(
        "## Known only by name\n\nNone: the spec has no `x-kartaview-known-by-name-only` entries.\n"
    ));
}
