//! One test per failure class: exit status 1 and exactly one `error: ...` line, snapshotted.

mod common;

use std::time::{Duration, Instant};

use common::{Fake, kartaview};
use kartaview_mock::Fault;

fn sequence_against(fake: &Fake, extra: &[&str]) -> common::Run {
    let base = fake.base_url();
    let mut args = vec!["--base-url", base.as_str()];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["sequence", "1001"]);
    kartaview(&args)
}

#[test]
fn unreachable_host() {
    let run = kartaview(&[
        "--base-url",
        "http://127.0.0.1:9",
        "--retries",
        "0",
        "sequence",
        "1001",
    ]);
    snapshot!("unreachable", run.one_error_line());
}

#[test]
fn http_5xx() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::status(503).times(5));
    let run = sequence_against(&fake, &["--retries", "0"]);
    snapshot!("http_503", run.one_error_line());
    assert_eq!(fake.mock.requests().len(), 1);
}

#[test]
fn http_5xx_is_retried_by_default() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::status(502).times(2));
    sequence_against(&fake, &[]).ok();
    assert_eq!(fake.mock.requests().len(), 3);
}

#[test]
fn retry_after_is_honoured() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::retry_after(429, 1));
    let started = Instant::now();
    sequence_against(&fake, &[]).ok();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(fake.mock.requests().len(), 2);
}

#[test]
fn html_error_page() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::html(502).times(5));
    let run = sequence_against(&fake, &["--retries", "0"]);
    snapshot!("html_502", run.one_error_line());
}

#[test]
fn empty_error_body() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::empty_body(400));
    let run = sequence_against(&fake, &[]);
    snapshot!("empty_400", run.one_error_line());
}

#[test]
fn api_code_inside_http_200() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::api_code(
        618,
        "You are not allowed to perform this operation",
    ));
    let run = sequence_against(&fake, &[]);
    snapshot!("api_code_618_in_200", run.one_error_line());
    // Not transient: asked once.
    assert_eq!(fake.mock.requests().len(), 1);
}

#[test]
fn truncated_body() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::truncate().times(5));
    let run = sequence_against(&fake, &["--retries", "0"]);
    let line = run.one_error_line();
    assert!(
        line.starts_with("error: sequence 1001: malformed response (HTTP 200): "),
        "{line}"
    );
    snapshot!("truncated", line);
}

#[test]
fn connection_reset_mid_body() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::reset_mid_body().times(5));
    let run = sequence_against(&fake, &["--retries", "0"]);
    let line = run.one_error_line();
    assert!(
        line.starts_with("error: sequence 1001: network error: "),
        "{line}"
    );
}

#[test]
fn unknown_id() {
    let run = kartaview(&["--mock", "video", "42"]);
    snapshot!("unknown_video", run.one_error_line());
}

#[test]
fn a_failure_while_paging() {
    let fake = Fake::start();
    fake.mock
        .push_fault(Fault::html(504).times(5).on("GET", "/2.0/photo/"));
    let run = kartaview(&[
        "--base-url",
        &fake.base_url(),
        "--retries",
        "0",
        "--json",
        "photos",
        "--sequence",
        "1002",
    ]);
    snapshot!("paging_504", run.one_error_line());
    assert_eq!(run.stdout, "");
}

#[test]
fn a_bad_token_is_refused_without_being_printed() {
    let secret = "s3cr3t value";
    let run = kartaview(&["--mock", "--token", secret, "sequence", "1001"]);
    let line = run.one_error_line();
    assert!(!line.contains("s3cr3t"), "{line}");
    snapshot!("bad_token", line);
}

#[test]
fn the_token_never_shows_in_errors_or_diagnostics() {
    let fake = Fake::start();
    fake.mock.push_fault(Fault::status(500).times(9));
    let token = fake.mock.token().to_owned();
    let run = kartaview(&[
        "--base-url",
        &fake.base_url(),
        "--token",
        &token,
        "--retries",
        "1",
        "-vvv",
        "sequence",
        "1001",
    ]);
    assert_eq!(run.code, Some(1));
    assert!(!run.stderr.contains(&token));
    assert!(!run.stdout.contains(&token));
    // The token did travel, in its header.
    let sent = fake.mock.requests();
    assert!(
        sent.iter()
            .all(|r| r.header("X-Auth-Token") == Some(token.as_str()))
    );
}

#[test]
fn an_invalid_base_url() {
    let run = kartaview(&["--base-url", "ftp://example", "sequence", "1"]);
    snapshot!("bad_base_url", run.one_error_line());
}

#[test]
fn export_to_an_unwritable_place() {
    let dir = common::scratch("export-unwritable");
    let target = dir.join("missing-dir").join("out.gpx");
    let run = kartaview(&[
        "--mock",
        "export",
        "--sequence",
        "1004",
        "--format",
        "gpx",
        "-q",
        "-o",
        &target.to_string_lossy(),
    ]);
    snapshot!("export_unwritable", run.one_error_line());
}
