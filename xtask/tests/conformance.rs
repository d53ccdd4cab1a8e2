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
    // Writes are never called: GETs and the read-only POSTs only.
    let writes: Vec<String> = mock
        .requests()
        .iter()
        .filter(|r| {
            r.method != "GET"
                && !(r.method == "POST"
                    && [
                        "/1.0/sequence/photo-list/",
                        "/1.0/list/nearby-photos/",
                        "/nearby-tracks",
                        "/1.0/tracks/",
                        "/1.0/list/my-list/",
                        "/my-list",
                        "/1.0/user/details/",
                        "/details",
                        "/1.0/photo/details/",
                        "/1.0/photo/full-details/",
                        "/gm-leaderboard",
                    ]
                    .contains(&r.path.as_str()))
        })
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(writes, Vec::<String>::new());
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
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in\n{text}"
        );
    }
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
