//! `kartaview upload`, `login` and `logout` against the fake, and uploads killed with SIGKILL
//! at random moments then resumed.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::{
    Fake, GOOGLE_LOGIN, geotagged_photos, kartaview_stored, kartaview_with, photo_dir, scratch,
};
use kartaview_mock::Fault;
use kartaview_tests::assert_stored_content;

/// One new sequence, finished once, holding at each index the photo of [`photo_dir`] written
/// for it (bytes, position, capture time, heading).
fn assert_uploaded_once(fake: &Fake, n: u32) -> i64 {
    let state = fake.mock.state();
    let created: Vec<_> = state.sequences.iter().filter(|s| s.id >= 9001).collect();
    assert_eq!(created.len(), 1, "exactly one new sequence");
    let id = created[0].id;
    assert_stored_content(&state, id, &geotagged_photos(n));
    assert_eq!(state.finished_calls(id), 1);
    id
}

#[test]
fn upload_a_directory_and_run_it_again() {
    let fake = Fake::start();
    let dir = photo_dir("upload-dir", 6);
    let args = [
        "--base-url",
        &fake.base_url(),
        "--token",
        fake.mock.token(),
        "--json",
        "upload",
        dir.to_str().expect("utf-8"),
        "--concurrency",
        "3",
    ];
    let run = kartaview_with(&args, |_| {});
    run.ok();
    let lines = run.json_lines();
    assert_eq!(
        lines.first().map(|l| &l["type"]),
        Some(&"skipped".into()),
        "the photo without GPS is reported"
    );
    let events: Vec<&str> = lines
        .iter()
        .filter(|l| l["type"] == "progress")
        .filter_map(|l| l["event"].as_str())
        .collect();
    assert_eq!(events.iter().filter(|e| **e == "stored").count(), 6);
    let summary = lines
        .iter()
        .find(|l| l["type"] == "sequenceSummary")
        .expect("summary");
    assert_eq!(summary["finished"], true);
    assert_eq!(summary["uploaded"], 6);
    let total = lines.last().expect("total");
    assert_eq!(total["type"], "summary");
    assert_eq!(
        (&total["skipped"], &total["finished"]),
        (&1.into(), &1.into())
    );
    assert!(!run.stdout.contains(fake.mock.token()) && !run.stderr.contains(fake.mock.token()));
    assert_uploaded_once(&fake, 6);

    let again = kartaview_with(&args, |_| {});
    again.ok();
    let lines = again.json_lines();
    let summary = lines
        .iter()
        .find(|l| l["type"] == "sequenceSummary")
        .expect("summary");
    assert_eq!(
        (summary["uploaded"].as_u64(), summary["resumed"].as_u64()),
        (Some(0), Some(6))
    );
    assert_uploaded_once(&fake, 6);
}

#[test]
fn upload_needs_a_token_and_photos() {
    let fake = Fake::start();
    let dir = photo_dir("upload-no-token", 2);
    let run = kartaview_with(
        &[
            "--base-url",
            &fake.base_url(),
            "upload",
            dir.to_str().expect("utf-8"),
        ],
        |_| {},
    );
    assert!(
        run.one_error_line()
            .contains("uploading needs an access token")
    );
    let empty = scratch("upload-empty");
    let run = kartaview_with(
        &[
            "--base-url",
            &fake.base_url(),
            "--token",
            fake.mock.token(),
            "upload",
            empty.to_str().expect("utf-8"),
        ],
        |_| {},
    );
    assert!(run.one_error_line().contains("has no JPEG with a position"));
    assert!(fake.mock.requests().is_empty());
}

#[test]
fn login_stores_credentials_that_later_commands_use() {
    let fake = Fake::start();
    let dir = scratch("login");
    let store = dir.join("credentials.json");
    let base = fake.base_url();
    let login = kartaview_stored(
        &[&["--base-url", &base][..], &GOOGLE_LOGIN].concat(),
        &store,
    );
    login.ok();
    assert!(
        login
            .stdout
            .starts_with("logged in as test-mapper (user 42); credentials stored in "),
        "{}",
        login.stdout
    );
    let saved = std::fs::read_to_string(&store).expect("stored");
    assert!(saved.contains(fake.mock.token()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&store)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The stored token says who is asking: no --token, no --user.
    let metrics = kartaview_stored(&["--base-url", &base, "--json", "metrics"], &store);
    metrics.ok();
    assert_eq!(metrics.json_lines()[0]["userId"], 42);

    let logout = kartaview_stored(&["--base-url", &base, "logout"], &store);
    logout.ok();
    assert_eq!(logout.stdout.trim(), format!("logged out of {base}"));
    let metrics = kartaview_stored(&["--base-url", &base, "metrics"], &store);
    assert!(metrics.one_error_line().contains("whose metrics?"));

    let osm = kartaview_stored(
        &[
            "--base-url",
            &base,
            "login",
            "--provider",
            "openstreetmap",
            "--request-token",
            "t",
        ],
        &store,
    );
    assert!(osm.one_error_line().contains("--osm-client-secret"));
}

/// The CLI upload (token from --token, no stored identity) killed with SIGKILL while its
/// sequence is being created, then at random moments over many runs, then resumed: the server
/// ends with every photo exactly once, one sequence and one finish call.
#[test]
fn killed_cli_uploads_resume_without_loss_or_duplicates() {
    let fake = Fake::start();
    fake.mock.set_latency(Duration::from_millis(20));
    let n = 200;
    let dir = photo_dir("upload-crash", n);
    let base = fake.base_url();
    let spawn = || {
        Command::new(common::BIN)
            .args([
                "--base-url",
                &base,
                "--token",
                fake.mock.token(),
                "--quiet",
                "upload",
                dir.to_str().expect("utf-8"),
                "--concurrency",
                "4",
            ])
            .env("KARTAVIEW_CREDENTIALS", dir.join("none.json"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn kartaview")
    };
    // The first run is killed after the server made its sequence but before the (delayed)
    // answer arrived: with only --token, the next runs must find that sequence, not add one.
    fake.mock.push_fault(
        Fault::delay(Duration::from_millis(400))
            .times(1)
            .on("POST", "/1.0/sequence/"),
    );
    let mut first = spawn();
    let started = std::time::Instant::now();
    while !fake.mock.state().sequences.iter().any(|s| s.id >= 9001) {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the first run's create reaches the server"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    first.kill().expect("SIGKILL");
    let _ = first.wait();
    assert!(
        fake.mock
            .requests()
            .iter()
            .all(|r| !r.path.starts_with("/1.0/photo/")),
        "killed while the sequence was being created"
    );

    let seed = 20261124;
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut killed = 0;
    for _ in 0..12 {
        let mut child = spawn();
        std::thread::sleep(Duration::from_millis(rng.u64(10..200)));
        if child.try_wait().expect("wait").is_none() {
            child.kill().expect("SIGKILL");
            killed += 1;
        }
        let _ = child.wait();
    }
    let last = spawn().wait().expect("final run");
    assert!(last.success(), "the final run completes");
    println!(
        "crash-resume: one run killed while its sequence was created, then seed {seed}: {killed} of 12 runs killed, then one full run"
    );
    assert!(killed >= 6, "most runs were killed part-way ({killed})");
    assert_uploaded_once(&fake, n);
}

/// When an interrupted run's sequence cannot be looked up (my-list refused), the new run says
/// so on stderr, naming the upload source of the sequence that may be left behind.
#[test]
fn an_unresolvable_earlier_sequence_is_reported() {
    let fake = Fake::start();
    let dir = photo_dir("upload-unresolved", 2);
    let args = [
        "--base-url",
        &fake.base_url(),
        "--token",
        fake.mock.token(),
        "upload",
        dir.to_str().expect("utf-8"),
    ];
    fake.mock.push_fault(
        Fault::drop_after_processing()
            .times(1)
            .on("POST", "/1.0/sequence/"),
    );
    let lost = kartaview_with(&args, |c| {
        c.env("KARTAVIEW_CREDENTIALS", dir.join("none.json"));
    });
    assert_ne!(lost.code, Some(0), "{}", lost.stderr);
    fake.mock
        .push_fault(Fault::status(404).times(1).on("POST", "/1.0/list/my-list/"));
    let run = kartaview_with(&args, |c| {
        c.env("KARTAVIEW_CREDENTIALS", dir.join("none.json"));
    });
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let state = fake.mock.state();
    let stray = state
        .sequences
        .iter()
        .find(|s| s.id >= 9001 && s.upload_status == "UPLOADING")
        .expect("the first run's sequence is still there");
    let source = stray.upload_source.clone().expect("marker");
    assert!(
        run.stderr.contains("may have left an empty sequence")
            && run.stderr.contains(&format!("\"{source}\"")),
        "{}",
        run.stderr
    );
}

/// The token from `KARTAVIEW_TOKEN` (no stored identity): a run whose create answer was lost
/// is followed by one that finds that sequence, so the server holds one.
#[test]
fn a_lost_create_answer_with_the_token_from_the_environment_makes_one_sequence() {
    let fake = Fake::start();
    let dir = photo_dir("upload-env-token", 3);
    let args = [
        "--base-url",
        &fake.base_url(),
        "upload",
        dir.to_str().expect("utf-8"),
    ];
    let with_env = |c: &mut Command| {
        c.env("KARTAVIEW_TOKEN", fake.mock.token());
    };
    fake.mock.push_fault(
        Fault::drop_after_processing()
            .times(1)
            .on("POST", "/1.0/sequence/"),
    );
    let lost = kartaview_with(&args, with_env);
    assert_ne!(lost.code, Some(0), "{}", lost.stderr);
    let run = kartaview_with(&args, with_env);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stderr.contains("may have left"), "{}", run.stderr);
    assert_uploaded_once(&fake, 3);
}
