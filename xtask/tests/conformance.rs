//! `cargo xtask conformance` against kartaview-mock: green as served, and naming the operation
//! and the JSON pointer when the mock drifts from the spec.

use kartaview_mock::{DEFAULT_SEQUENCE_ID, DEFAULT_TOKEN, Drift, Fault, MockServer};
use serde_json::{Value, json};
use xtask::conformance::{Options, Report, Verdict, run};

fn spec() -> Value {
    let text = std::fs::read_to_string(xtask::workspace_root().join(xtask::SPEC_PATH))
        .expect("openapi.yaml");
    xtask::parse_yaml(&text).expect("spec parses")
}

async fn conformance(mock: &MockServer) -> Report {
    let options = Options {
        base_url: mock.base_url(),
        token: Some(DEFAULT_TOKEN.to_string()),
        sequence: Some(DEFAULT_SEQUENCE_ID.to_string()),
        photo: Some("100000001".to_string()),
        fake: true,
        ..Options::default()
    };
    run(&spec(), &options).await.expect("the mock is reachable")
}

fn verdict<'a>(report: &'a Report, operation: &str) -> &'a Verdict {
    &report
        .operations
        .iter()
        .find(|o| o.operation == operation)
        .unwrap_or_else(|| panic!("{operation} is not in the report"))
        .verdict
}

#[tokio::test]
async fn the_mock_conforms_to_the_spec() {
    let mock = MockServer::start().await.expect("mock starts");
    let report = conformance(&mock).await;
    assert_eq!(report.exit_code(), 0, "{}", report.text());
    for op in [
        "photoGetById",
        "sequenceGetAll",
        "v1SequencePhotoList",
        "userGetById",
    ] {
        assert_eq!(verdict(&report, op), &Verdict::Ok, "{}", report.text());
    }
    // The reads the fake does not serve are skipped as such, not failed.
    assert_eq!(
        verdict(&report, "sequenceGetTile"),
        &Verdict::NotImplemented,
        "{}",
        report.text()
    );
    // Only operations the spec marks as reads were called.
    let spec = spec();
    let ops = xtask::spec::operations(&spec);
    let called: Vec<String> = mock
        .requests()
        .iter()
        .filter_map(|r| {
            let op = ops.iter().find(|op| {
                op.method.eq_ignore_ascii_case(&r.method) && fits_template(op.path, &r.path)
            });
            match op {
                Some(op) if op.safe() == Ok(true) => None,
                Some(op) => Some(op.label()),
                None => Some(format!("{} {} (not in the spec)", r.method, r.path)),
            }
        })
        .collect();
    assert_eq!(called, Vec::<String>::new(), "writes or unknown calls");
}

#[tokio::test]
async fn a_read_the_fake_implements_coming_back_skipped_fails_against_the_fake() {
    let mock = MockServer::start().await.expect("mock starts");
    // A documented error instead of the video: skipped, which the fake has no reason to be.
    mock.push_fault(Fault::status(404).on("GET", "/2.0/video/5000001"));
    let mut report = conformance(&mock).await;
    assert!(
        matches!(verdict(&report, "videoGetById"), Verdict::Skipped(why) if why.contains("HTTP 404")),
        "{}",
        report.text()
    );
    assert_eq!(report.failing(), 0, "no violation: {}", report.text());
    assert_eq!(report.exit_code(), 1);
    assert!(
        report
            .text()
            .ends_with("1 skipped operation the fake implements: a failure against the fake\n")
    );
    // Against another server, a skipped read is no failure.
    report.fake = false;
    assert_eq!(report.exit_code(), 0);
}

/// Whether a request path fits a spec path template (`{name}` is one segment).
fn fits_template(template: &str, path: &str) -> bool {
    let parts = |p: &str| -> Vec<String> {
        p.trim_end_matches('/')
            .split('/')
            .map(str::to_string)
            .collect()
    };
    let (t, p) = (parts(template), parts(path));
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| t == p || (t.starts_with('{') && t.ends_with('}')) || fits_file(t, p))
}

/// `{y}.png` fits `5778.png`.
fn fits_file(template: &str, segment: &str) -> bool {
    template
        .strip_prefix('{')
        .and_then(|rest| rest.split_once('}'))
        .is_some_and(|(_, suffix)| !suffix.is_empty() && segment.ends_with(suffix))
}

#[tokio::test]
async fn drift_names_the_operation_and_the_pointer() {
    let mock = MockServer::start().await.expect("mock starts");
    mock.push_fault(
        Fault::drift(Drift::Set {
            pointer: "/result/data/id".into(),
            value: json!({"value": 100000001}),
        })
        .on("GET", "/2.0/photo/100000001"),
    );
    mock.push_fault(
        Fault::drift(Drift::Set {
            pointer: "/result/hasMoreData".into(),
            value: json!("false"),
        })
        .on("GET", "/2.0/video/"),
    );
    mock.push_fault(
        Fault::drift(Drift::Rename {
            pointer: "/status/apiCode".into(),
            to: "code".into(),
        })
        .on("GET", "/2.0/user/"),
    );
    // Every photo id of a list drifted, under the `oneOf` of a list or one record: each is
    // named by its own pointer, not the list by the union.
    let photos: Vec<Value> = (1..=4).map(|i| json!({"id": {"value": i}})).collect();
    mock.push_fault(
        Fault::drift(Drift::Set {
            pointer: "/result/data".into(),
            value: Value::Array(photos),
        })
        .on("GET", "/2.0/sequence/1001/photos"),
    );
    let report = conformance(&mock).await;
    assert_eq!(report.exit_code(), 1);
    let text = report.text();
    for line in [
        "violations photoGetById GET /2.0/photo/100000001 (1)",
        "  violation photoGetById /result/data/id: spec says one of [string, integer]; came an \
         object with 1 member",
        "  violation videoGetAll /result/hasMoreData: spec says type boolean; came \"false\"",
        "  violation userGetAll /status/apiCode: spec says a required member; came nothing",
        "  note      userGetAll /status/code: undocumented field; came 600",
        "  violation sequenceGetPhotosBySequenceId /result/data/3/id: spec says one of [string, \
         integer]; came an object with 1 member",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in\n{text}"
        );
    }
    assert!(!text.contains("/result/data: spec says one of"), "{text}");
    let markdown = report.markdown();
    assert!(
        markdown.contains("| `videoGetAll` | `/result/hasMoreData` | type boolean | \"false\" |")
    );
}

#[tokio::test]
async fn strict_counts_undocumented_fields() {
    let mock = MockServer::start().await.expect("mock starts");
    mock.push_fault(
        Fault::drift(Drift::Rename {
            pointer: "/result/data/shotDate".into(),
            to: "capturedAt".into(),
        })
        .on("GET", "/2.0/photo/100000001"),
    );
    let mut report = conformance(&mock).await;
    assert_eq!(
        report.exit_code(),
        0,
        "a note alone passes: {}",
        report.text()
    );
    report.strict = true;
    assert_eq!(report.exit_code(), 1);
    assert!(
        report
            .text()
            .contains("  violation photoGetById /result/data/capturedAt: undocumented field")
    );
}

#[tokio::test]
async fn an_unreachable_server_is_a_usage_error() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let options = Options {
        base_url: format!("http://127.0.0.1:{port}"),
        sequence: Some("1".into()),
        ..Options::default()
    };
    let error = run(&spec(), &options).await.expect_err("unreachable");
    assert!(error.0.contains("is unreachable"), "{error}");
}
