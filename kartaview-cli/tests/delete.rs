//! `kartaview delete`: confirmation rules and the 1.0 remove calls against the fake.

mod common;

use common::*;

#[test]
fn refuses_without_yes_when_stdin_is_not_a_terminal() {
    let fake = Fake::start();
    let run = kartaview(&[
        "--base-url",
        &fake.base_url(),
        "--token",
        fake.mock.token(),
        "delete",
        "--sequence",
        "1002",
    ]);
    assert_eq!(
        run.one_error_line(),
        "error: refusing to delete sequence 1002 and all its photos without confirmation: stdin \
         is not a terminal; add --yes"
    );
    assert!(fake.mock.requests().is_empty());
}

#[test]
fn needs_a_sequence_or_a_photo() {
    let run = kartaview(&["delete", "--yes"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("--sequence"), "{}", run.stderr);
}

fn delete(fake: &Fake, what: &str, id: &str) -> Run {
    kartaview(&[
        "--base-url",
        &fake.base_url(),
        "--token",
        fake.mock.token(),
        "delete",
        what,
        id,
        "--yes",
    ])
}

#[test]
fn deletes_a_sequence_once() {
    let fake = Fake::start();
    let run = delete(&fake, "--sequence", "1002");
    run.ok();
    assert_eq!(run.stdout, "deleted sequence 1002 and all its photos\n");
    let calls: Vec<String> = fake
        .mock
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(calls, ["POST /1.0/sequence/remove/"]);
    // The sequence is gone: a second delete is refused by the server.
    let again = delete(&fake, "--sequence", "1002").one_error_line();
    assert!(again.contains("deleting sequence 1002"), "{again}");
    assert!(again.contains("612"), "{again}");
}

#[test]
fn deletes_a_photo_once() {
    let fake = Fake::start();
    delete(&fake, "--photo", "100000001").ok();
    let again = delete(&fake, "--photo", "100000001").one_error_line();
    assert!(again.contains("deleting photo 100000001"), "{again}");
}

#[test]
fn another_users_sequence_is_refused() {
    let fake = Fake::start();
    // 1004 belongs to user 43, the token to user 42.
    let line = delete(&fake, "--sequence", "1004").one_error_line();
    assert!(line.contains("618"), "{line}");
}
