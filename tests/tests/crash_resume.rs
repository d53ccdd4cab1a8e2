//! An upload process killed (SIGKILL) at random moments, then resumed: the server ends with
//! every index exactly once, holding the photo the child was given for it (bytes, position,
//! time, heading), one sequence and one finish call. The child knows only the token (no user
//! id, as with `kartaview upload --token`), and the first run is killed while its sequence is
//! being created: the server has made it, the answer has not arrived.

use std::process::Command;
use std::time::Duration;

use kartaview_mock::{Fault, MockServer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_uploads_resume_without_loss_or_duplicates() {
    let mock = MockServer::builder()
        .latency(Duration::from_millis(20))
        .start()
        .await
        .expect("mock");
    let dir = std::env::temp_dir().join(format!(
        "kartaview-crash-{}-{:x}",
        std::process::id(),
        fastrand::u64(..)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let state = dir.join("state.json");
    let n = 80;
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_upload_child"))
            .args([
                &mock.base_url(),
                mock.token(),
                &state.display().to_string(),
                &n.to_string(),
                "4",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("child")
    };
    // The create answer waits 400 ms after the server made the sequence; the kill lands in
    // between, so the id never reaches the state file.
    mock.push_fault(
        Fault::delay(Duration::from_millis(400))
            .times(1)
            .on("POST", "/1.0/sequence/"),
    );
    let mut child = run();
    let made = async {
        while !mock.state().sequences.iter().any(|s| s.id >= 9001) {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(20), made)
        .await
        .expect("the first run's create reaches the server");
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let saved = std::fs::read_to_string(&state).expect("state file");
    assert!(
        saved.contains("uploadSource") && saved.contains("\"sequenceId\": null"),
        "killed after the marker, before the id: {saved}"
    );

    let mut rng = fastrand::Rng::with_seed(7);
    let mut kills = 0;
    for _ in 0..6 {
        let mut child = run();
        tokio::time::sleep(Duration::from_millis(rng.u64(20..250))).await;
        if child.try_wait().expect("wait").is_none() {
            child.kill().expect("SIGKILL");
            kills += 1;
        }
        let _ = child.wait();
    }
    let status = run().wait().expect("final run");
    assert!(status.success(), "the final run completes");
    println!(
        "crash-resume (library): one run killed while its sequence was created, then seed 7: {kills} of 6 runs killed, then one full run"
    );
    assert!(kills > 0, "at least one run was killed");

    let server = mock.state();
    let created: Vec<_> = server.sequences.iter().filter(|s| s.id >= 9001).collect();
    assert_eq!(
        created.len(),
        1,
        "one sequence, however often the process died"
    );
    let id = created[0].id;
    kartaview_tests::assert_stored_content(&server, id, &kartaview_tests::synthetic_photos(n));
    assert_eq!(server.finished_calls(id), 1);
    assert!(
        mock.requests()
            .iter()
            .any(|r| r.path == "/1.0/list/my-list/"),
        "the user id was learnt from my-list"
    );
    let _ = std::fs::remove_dir_all(dir);
}
