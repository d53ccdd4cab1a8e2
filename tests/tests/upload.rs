//! Uploads against the fake KartaView: every index stored exactly once, one finish call.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use kartaview_ext::{
    Client, Error, LatLng, RetryPolicy, Token, UploadApi, UploadConflict, UploadEvent, UploadItem,
    UploadOptions,
};
use kartaview_mock::{DEFAULT_USER_ID, Fault, MockServer};
use kartaview_tests::{
    SentPhoto, assert_stored_content, stored_content_differences, synthetic_photos,
};

fn client(mock: &MockServer) -> Client {
    Client::builder()
        .base_url(mock.base_url())
        .token(Token::new(mock.token()).expect("token"))
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(5)
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_millis(5))
                .max_retry_after(Duration::from_secs(2)),
        )
        .build()
        .expect("client")
}

/// `n` small photos along a line, each with distinct bytes.
fn photos(n: u32) -> Vec<UploadItem> {
    synthetic_photos(n)
        .iter()
        .map(SentPhoto::upload_item)
        .collect()
}

/// Every index once, holding the bytes, position, time and heading the test sent there, and
/// one finish call.
fn assert_stored_exactly_once(mock: &MockServer, sequence_id: u64, n: u32) {
    let state = mock.state();
    assert_stored_content(&state, sequence_id as i64, &synthetic_photos(n));
    assert_eq!(state.finished_calls(sequence_id as i64), 1);
}

#[tokio::test]
async fn a_full_upload_over_api_1_0() {
    let mock = MockServer::start().await.expect("mock");
    let events = Arc::new(Mutex::new(Vec::new()));
    let log = events.clone();
    let report = client(&mock)
        .upload(&photos(20), &UploadOptions::default(), move |e| {
            log.lock().expect("events").push(e.clone())
        })
        .await
        .expect("upload");
    assert!(report.finished);
    assert_eq!(
        (report.uploaded, report.duplicates, report.resumed),
        (20, 0, 0)
    );
    assert!(report.failed.is_empty());
    assert_stored_exactly_once(&mock, report.sequence_id, 20);
    let events = events.lock().expect("events");
    assert!(matches!(events[0], UploadEvent::SequenceCreated { .. }));
    assert!(matches!(events.last(), Some(UploadEvent::Finished { .. })));
    // The 1.0 path: the token in the form, the file in `photo`.
    let upload = mock
        .requests()
        .into_iter()
        .find(|r| r.path == "/1.0/photo/")
        .expect("a photo upload");
    let body = upload.body_text();
    assert!(body.contains("name=\"access_token\""));
    assert!(body.contains("name=\"photo\"; filename=\"IMG_"));
    assert!(body.contains("name=\"headers\""));
}

#[tokio::test]
async fn a_full_upload_over_api_2_0() {
    let mock = MockServer::start().await.expect("mock");
    let options = UploadOptions {
        api: UploadApi::V2,
        ..UploadOptions::default()
    };
    let report = client(&mock)
        .upload(&photos(12), &options, |_| {})
        .await
        .expect("upload");
    assert!(report.finished);
    assert_stored_exactly_once(&mock, report.sequence_id, 12);
    let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
    assert!(paths.contains(&"/2.0/sequence/".to_owned()));
    assert!(paths.contains(&format!("/2.0/sequence/{}/finish", report.sequence_id)));
    let upload = mock
        .requests()
        .into_iter()
        .find(|r| r.path == "/2.0/photo/")
        .expect("a 2.0 photo upload");
    assert_eq!(upload.header("x-auth-token"), Some(mock.token()));
    assert!(upload.body_text().contains("name=\"payload\""));
    assert!(!upload.body_text().contains("access_token"));
}

/// The content check has teeth against the fake itself: two files whose contents were
/// exchanged after the test recorded them are stored where the uploader put them, and the check
/// names both indexes.
#[tokio::test]
async fn exchanged_file_contents_fail_the_content_check() {
    let mock = MockServer::start().await.expect("mock");
    let recorded = synthetic_photos(4);
    let mut items = photos(4);
    let (one, two) = items.split_at_mut(2);
    std::mem::swap(&mut one[1].source, &mut two[0].source);
    let report = client(&mock)
        .upload(&items, &UploadOptions::default(), |_| {})
        .await
        .expect("upload");
    let state = mock.state();
    let found = stored_content_differences(&state.photos_of(report.sequence_id as i64), &recorded);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with("index 1 ") && found[1].starts_with("index 2 "),
        "{found:?}"
    );
    assert!(
        found.iter().all(|d| d.contains("bytes differ")),
        "{found:?}"
    );
}

#[tokio::test]
async fn a_lost_answer_is_retried_and_counted_once() {
    let mock = MockServer::start().await.expect("mock");
    // The server stores these uploads but the answers never arrive.
    mock.push_fault(
        Fault::drop_after_processing()
            .times(3)
            .on("POST", "/1.0/photo/"),
    );
    let report = client(&mock)
        .upload(&photos(10), &UploadOptions::default(), |_| {})
        .await
        .expect("upload");
    assert!(report.finished);
    assert_eq!(report.uploaded + report.duplicates, 10);
    assert_eq!(
        report.duplicates, 3,
        "each retry after a lost answer meets a 660"
    );
    assert_stored_exactly_once(&mock, report.sequence_id, 10);
}

#[tokio::test]
async fn a_lost_finish_answer_is_checked_not_repeated() {
    let mock = MockServer::start().await.expect("mock");
    mock.push_fault(
        Fault::drop_after_processing()
            .times(1)
            .on("POST", "/1.0/sequence/finished-uploading/"),
    );
    let report = client(&mock)
        .upload(&photos(3), &UploadOptions::default(), |_| {})
        .await
        .expect("upload");
    assert!(report.finished);
    assert_stored_exactly_once(&mock, report.sequence_id, 3);
    // The status check happened instead of a second finish call.
    let path = format!("/2.0/sequence/{}", report.sequence_id);
    assert!(
        mock.requests()
            .iter()
            .any(|r| r.method == "GET" && r.path == path)
    );
}

#[tokio::test]
async fn the_concurrency_bound_is_honoured() {
    let mock = MockServer::builder()
        .latency(Duration::from_millis(30))
        .start()
        .await
        .expect("mock");
    for concurrency in [1usize, 3] {
        mock.clear_requests();
        let options = UploadOptions {
            concurrency,
            ..UploadOptions::default()
        };
        let report = client(&mock)
            .upload(&photos(12), &options, |_| {})
            .await
            .expect("upload");
        assert!(report.finished);
        assert_eq!(
            mock.max_in_flight(),
            concurrency,
            "concurrency {concurrency}"
        );
    }
}

#[tokio::test]
async fn an_interrupted_upload_resumes_into_the_same_sequence() {
    let mock = MockServer::builder()
        .latency(Duration::from_millis(20))
        .start()
        .await
        .expect("mock");
    let dir = kartaview_tests::tempdir("upload");
    let options = UploadOptions {
        state_file: Some(dir.join("upload-state.json")),
        concurrency: 2,
        ..UploadOptions::default()
    };
    let items = photos(40);
    let client = client(&mock);
    // Drop the upload future part-way (what a Ctrl-C or a crash does to a task): once ten
    // photos are confirmed, whatever the machine's speed.
    let stored = std::sync::atomic::AtomicUsize::new(0);
    let enough = tokio::sync::Notify::new();
    let upload = client.upload(&items, &options, |event| {
        if matches!(event, kartaview_ext::UploadEvent::Stored { .. })
            && stored.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1 == 10
        {
            enough.notify_one();
        }
    });
    tokio::select! {
        _ = upload => panic!("the upload should not have finished yet"),
        () = enough.notified() => {}
    }
    let partial = mock.state().uploaded_photos().len();
    assert!(
        (10..=12).contains(&partial),
        "{partial} stored before the cut (10 confirmed, at most 2 more in flight)"
    );

    let report = client
        .upload(&items, &options, |_| {})
        .await
        .expect("resume");
    assert!(report.finished);
    assert!(report.resumed > 0);
    assert_eq!(report.resumed + report.uploaded + report.duplicates, 40);
    let state = mock.state();
    let created: Vec<_> = state.sequences.iter().filter(|s| s.id >= 9001).collect();
    assert_eq!(created.len(), 1, "never a second sequence");
    assert_stored_exactly_once(&mock, report.sequence_id, 40);

    // A third run has nothing left to do and does not finish again.
    mock.clear_requests();
    let again = client
        .upload(&items, &options, |_| {})
        .await
        .expect("third run");
    assert!(again.finished);
    assert_eq!(again.uploaded, 0);
    assert!(mock.requests().is_empty());
    assert_eq!(mock.state().finished_calls(report.sequence_id as i64), 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn a_sequence_created_without_its_id_saved_is_found_again() {
    let mock = MockServer::start().await.expect("mock");
    let dir = kartaview_tests::tempdir("upload");
    let state_file = dir.join("state.json");
    let options = UploadOptions {
        state_file: Some(state_file.clone()),
        user_id: Some(DEFAULT_USER_ID as u64),
        ..UploadOptions::default()
    };
    // The create call is processed, but its answer is lost: the id never reaches the state.
    mock.push_fault(
        Fault::drop_after_processing()
            .times(1)
            .on("POST", "/1.0/sequence/"),
    );
    let items = photos(3);
    let client = client(&mock);
    let err = client
        .upload(&items, &options, |_| {})
        .await
        .expect_err("lost answer");
    assert!(err.is_retryable(), "{err}");
    let report = client
        .upload(&items, &options, |_| {})
        .await
        .expect("second run");
    let created: Vec<_> = mock
        .state()
        .sequences
        .into_iter()
        .filter(|s| s.id >= 9001)
        .collect();
    assert_eq!(
        created.len(),
        1,
        "the first sequence was found, not duplicated"
    );
    assert_stored_exactly_once(&mock, report.sequence_id, 3);
    let _ = std::fs::remove_dir_all(dir);
}

fn created_sequences(mock: &MockServer) -> Vec<u64> {
    mock.state()
        .sequences
        .iter()
        .filter(|s| s.id >= 9001)
        .map(|s| s.id as u64)
        .collect()
}

/// A run whose create answer was lost, with no user id known (a token from `--token`): the
/// next run learns the user from my-list and finds the sequence by its marker.
#[tokio::test]
async fn a_lost_create_answer_without_a_user_id_is_found_through_my_list() {
    for api in [UploadApi::V1, UploadApi::V2] {
        let mock = MockServer::start().await.expect("mock");
        let dir = kartaview_tests::tempdir("upload");
        let options = UploadOptions {
            api,
            state_file: Some(dir.join("state.json")),
            user_id: None,
            ..UploadOptions::default()
        };
        let create = if api == UploadApi::V1 {
            "/1.0/sequence/"
        } else {
            "/2.0/sequence/"
        };
        mock.push_fault(Fault::drop_after_processing().times(1).on("POST", create));
        let items = photos(4);
        let client = client(&mock);
        client
            .upload(&items, &options, |_| {})
            .await
            .expect_err("lost answer");
        let first = created_sequences(&mock);
        assert_eq!(first.len(), 1, "the server made the sequence");

        let events = Arc::new(Mutex::new(Vec::new()));
        let seen = events.clone();
        let report = client
            .upload(&items, &options, |e| {
                seen.lock().expect("events").push(e.clone())
            })
            .await
            .expect("second run");
        assert_eq!(
            created_sequences(&mock),
            first,
            "{api:?}: no second sequence"
        );
        assert_eq!(report.sequence_id, first[0]);
        assert!(report.unresolved_create.is_none());
        assert!(
            events
                .lock()
                .expect("events")
                .contains(&UploadEvent::SequenceFound {
                    sequence_id: first[0]
                })
        );
        assert!(
            mock.requests()
                .iter()
                .any(|r| r.path == "/1.0/list/my-list/"),
            "the user id came from my-list"
        );
        assert_stored_exactly_once(&mock, report.sequence_id, 4);
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// A create refused before the server made anything: the next run searches, finds nothing
/// carrying the marker, creates one sequence and reports nothing left behind.
#[tokio::test]
async fn a_create_that_never_reached_the_server_leaves_nothing_behind() {
    let mock = MockServer::start().await.expect("mock");
    let dir = kartaview_tests::tempdir("upload");
    let options = UploadOptions {
        state_file: Some(dir.join("state.json")),
        ..UploadOptions::default()
    };
    mock.push_fault(Fault::status(503).times(1).on("POST", "/1.0/sequence/"));
    let items = photos(3);
    let client = client(&mock);
    client
        .upload(&items, &options, |_| {})
        .await
        .expect_err("refused create");
    assert!(created_sequences(&mock).is_empty());
    let report = client
        .upload(&items, &options, |_| {})
        .await
        .expect("second run");
    assert_eq!(created_sequences(&mock), vec![report.sequence_id]);
    assert!(report.unresolved_create.is_none());
    assert_stored_exactly_once(&mock, report.sequence_id, 3);
    let _ = std::fs::remove_dir_all(dir);
}

/// When the lookup cannot be made (my-list refused for good), the new sequence is created
/// and the report names the one that may be left behind, with the reason; while the lookup
/// fails in a way that may pass (503), the run stops instead of guessing.
#[tokio::test]
async fn an_unresolvable_earlier_create_is_reported_not_hidden() {
    let mock = MockServer::start().await.expect("mock");
    let dir = kartaview_tests::tempdir("upload");
    let options = UploadOptions {
        state_file: Some(dir.join("state.json")),
        ..UploadOptions::default()
    };
    mock.push_fault(
        Fault::drop_after_processing()
            .times(1)
            .on("POST", "/1.0/sequence/"),
    );
    let items = photos(2);
    let client = client(&mock);
    client
        .upload(&items, &options, |_| {})
        .await
        .expect_err("lost answer");
    let stray = created_sequences(&mock);
    assert_eq!(stray.len(), 1);

    mock.push_fault(
        Fault::status(503)
            .times(10)
            .on("POST", "/1.0/list/my-list/"),
    );
    let err = client
        .upload(&items, &options, |_| {})
        .await
        .expect_err("lookup unavailable");
    assert!(err.is_retryable(), "{err}");
    assert_eq!(
        created_sequences(&mock),
        stray,
        "no guess while it may pass"
    );
    mock.clear_faults();

    mock.push_fault(Fault::status(404).times(1).on("POST", "/1.0/list/my-list/"));
    let events = Arc::new(Mutex::new(Vec::new()));
    let seen = events.clone();
    let report = client
        .upload(&items, &options, |e| {
            seen.lock().expect("events").push(e.clone())
        })
        .await
        .expect("third run");
    let unresolved = report.unresolved_create.expect("reported");
    assert!(
        unresolved.reason.contains("my-list"),
        "{}",
        unresolved.reason
    );
    let on_server = mock.state();
    let marker = on_server
        .sequence(stray[0] as i64)
        .and_then(|s| s.upload_source.clone());
    assert_eq!(Some(unresolved.upload_source.clone()), marker);
    assert!(
        events
            .lock()
            .expect("events")
            .contains(&UploadEvent::CreateUnresolved(unresolved))
    );
    assert_ne!(report.sequence_id, stray[0]);
    assert_stored_exactly_once(&mock, report.sequence_id, 2);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn a_vanished_sequence_stops_the_upload_or_is_recreated() {
    let mock = MockServer::start().await.expect("mock");
    let client = client(&mock);
    let dir = kartaview_tests::tempdir("upload");
    let state_file = dir.join("state.json");
    let items = photos(4);
    let options = UploadOptions {
        state_file: Some(state_file.clone()),
        ..UploadOptions::default()
    };
    // A first run creates the sequence and stores two photos.
    let first = client
        .upload(&items[..2], &options, |_| {})
        .await
        .expect("first run");
    let gone = first.sequence_id;
    let _ = std::fs::remove_file(&state_file);
    // Keep its id but forget it was finished, then delete it on the server.
    std::fs::write(
        &state_file,
        format!(r#"{{"version":1,"api":"v1","sequenceId":{gone},"confirmed":{{}},"finishing":false,"finished":false}}"#),
    )
    .expect("state");
    client.delete_sequence(gone).await.expect("delete");

    let err = client
        .upload(&items, &options, |_| {})
        .await
        .expect_err("612");
    assert!(
        err.to_string()
            .contains(&format!("sequence {gone} no longer exists")),
        "{err}"
    );
    match &err {
        Error::SequenceGone {
            sequence_id,
            source,
        } => {
            assert_eq!(*sequence_id, gone);
            assert!(source.is_sequence_unknown(), "{source:?}");
        }
        other => panic!("expected SequenceGone, got {other:?}"),
    }

    let recreate = UploadOptions {
        recreate_gone_sequence: true,
        ..options
    };
    let events = Arc::new(Mutex::new(Vec::new()));
    let log = events.clone();
    let report = client
        .upload(&items, &recreate, move |e| {
            log.lock().expect("events").push(e.clone())
        })
        .await
        .expect("recreated");
    assert_ne!(report.sequence_id, gone);
    assert!(
        events
            .lock()
            .expect("events")
            .iter()
            .any(|e| matches!(e, UploadEvent::SequenceRecreated { old, .. } if *old == gone))
    );
    assert_stored_exactly_once(&mock, report.sequence_id, 4);
    let _ = std::fs::remove_dir_all(dir);
}

/// Uploads and reads can run on spawned tasks.
#[test]
fn client_futures_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::new().expect("client");
    let items = photos(1);
    assert_send(&client.upload(&items, &UploadOptions::default(), |_| {}));
    assert_send(&client.sequence_photos(1));
    assert_send(&client.resolve_video(1));
    assert_send(&client.photos_by_ids(&[1, 2]));
    assert_send(&client.nearby_photos(LatLng { lat: 0.0, lng: 0.0 }, 1.0, 1));
    let options = kartaview_ext::DownloadOptions::new("unused");
    assert_send(&client.download_photos(&[], &options, |_| {}));
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let mock = MockServer::start().await.expect("mock");
    let client = client(&mock);
    let mut items = photos(3);
    items[1].position = None;
    let err = client
        .upload(&items, &UploadOptions::default(), |_| {})
        .await
        .expect_err("no position");
    assert!(err.to_string().contains("without a position"), "{err}");
    assert!(
        matches!(err, Error::InvalidArgument { name: "items", .. }),
        "{err:?}"
    );
    let mut twice = photos(2);
    twice[1].index = 0;
    let twice = client
        .upload(&twice, &UploadOptions::default(), |_| {})
        .await
        .expect_err("an index twice");
    assert!(
        matches!(&twice, Error::InvalidArgument { name: "items", reason } if reason.contains("appears twice")),
        "{twice:?}"
    );
    let anonymous = Client::builder()
        .base_url(mock.base_url())
        .build()
        .expect("client");
    let no_token = anonymous
        .upload(&photos(1), &UploadOptions::default(), |_| {})
        .await
        .expect_err("no token");
    assert!(matches!(no_token, Error::NoToken), "{no_token:?}");
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn a_rerun_that_would_mix_up_the_earlier_upload_is_refused_with_what_differs() {
    let mock = MockServer::start().await.expect("mock");
    let client = client(&mock);
    let dir = kartaview_tests::tempdir("upload-conflict");
    let options = UploadOptions {
        state_file: Some(dir.join("upload-state.json")),
        ..UploadOptions::default()
    };
    let items = photos(3);
    client
        .upload(&items, &options, |_| {})
        .await
        .expect("first run");
    mock.clear_requests();

    let other_api = UploadOptions {
        api: UploadApi::V2,
        ..options.clone()
    };
    let err = client
        .upload(&items, &other_api, |_| {})
        .await
        .expect_err("other API");
    assert!(
        matches!(
            err,
            Error::UploadConflict(UploadConflict::OtherApi {
                started: UploadApi::V1
            })
        ),
        "{err:?}"
    );

    let mut changed = photos(3);
    changed[1] = UploadItem::photo_bytes(
        1,
        "IMG_0001.jpg",
        b"\xff\xd8 another photo".to_vec(),
        LatLng {
            lat: 46.7701,
            lng: 23.59,
        },
    );
    let err = client
        .upload(&changed, &options, |_| {})
        .await
        .expect_err("changed input");
    match &err {
        Error::UploadConflict(UploadConflict::InputChanged {
            index,
            recorded,
            now,
        }) => {
            assert_eq!(*index, 1);
            assert_ne!(recorded, now);
        }
        other => panic!("expected InputChanged, got {other:?}"),
    }
    assert!(mock.requests().is_empty(), "refused before sending");
    let _ = std::fs::remove_dir_all(dir);
}
