//! Login, stored credentials, and the write operations other than the upload workflow.

use std::time::Duration;

use kartaview_ext::{
    Client, CredentialsStore, FilePart, LatLng, OsmOAuth, PhotoFields, PhotoUpdate, Provider,
    RetryPolicy, SequenceUpdate, Token, TokenSource, resolve_token,
};
use kartaview_mock::{DEFAULT_FIRST_PHOTO_ID, DEFAULT_SEQUENCE_ID, DEFAULT_USER_ID, MockServer};
use wiremock::matchers::{body_string_contains, method, path};
use wiremock::{Mock, ResponseTemplate};

fn client(mock: &MockServer, token: bool) -> Client {
    let mut builder = Client::builder()
        .base_url(mock.base_url())
        .retry_policy(RetryPolicy::none());
    if token {
        builder = builder.token(Token::new(mock.token()).expect("token"));
    }
    builder.build().expect("client")
}

#[tokio::test]
async fn client_auth_for_every_provider() {
    let mock = MockServer::start().await.expect("mock");
    let anonymous = client(&mock, false);
    for (provider, secret) in [
        (Provider::OpenStreetMap, Some("osm-client-secret")),
        (Provider::Google, None),
        (Provider::Facebook, None),
    ] {
        let credentials = anonymous
            .login(provider, "provider-access-token", secret)
            .await
            .expect("login");
        assert_eq!(credentials.access_token.expose(), mock.token());
        assert_eq!(credentials.user_id, Some(DEFAULT_USER_ID as u64));
        assert_eq!(credentials.username.as_deref(), Some("test-mapper"));
        assert!(!format!("{credentials:?}").contains(mock.token()));
    }
    let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/auth/openstreetmap/client_auth",
            "/auth/google/client_auth",
            "/auth/facebook/client_auth"
        ]
    );
    let refused = anonymous
        .login(Provider::OpenStreetMap, "t", None)
        .await
        .expect_err("no secret");
    assert!(refused.api_code().is_some(), "{refused}");
    assert!(anonymous.login(Provider::Google, " ", None).await.is_err());
}

#[tokio::test]
async fn the_openstreetmap_oauth2_flow() {
    let mock = MockServer::start().await.expect("mock");
    let osm = wiremock::MockServer::start().await;
    let oauth = OsmOAuth {
        base_url: osm.uri(),
        ..OsmOAuth::new(
            "kartaview-rs",
            Token::new("osm-client-secret").expect("secret"),
        )
    };
    let attempt = oauth.authorize().expect("url");
    let url = url::Url::parse(&attempt.url).expect("url");
    let query: std::collections::BTreeMap<String, String> =
        url.query_pairs().into_owned().collect();
    assert_eq!(url.path(), "/oauth2/authorize");
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["client_id"], "kartaview-rs");
    assert_eq!(query["redirect_uri"], "urn:ietf:wg:oauth:2.0:oob");
    assert_eq!(query["scope"], "openid read_prefs");
    assert_eq!(query["code_challenge_method"], "S256");
    assert!(query["state"].len() >= 16, "{query:?}");
    // The token endpoint accepts the code only with the verifier behind the challenge, as
    // RFC 7636 says: BASE64URL(SHA256(code_verifier)) == code_challenge.
    let challenge = query["code_challenge"].clone();
    Mock::given(method("POST"))
        .and(path("/oauth2/token"))
        .and(body_string_contains("grant_type=authorization_code"))
        .and(body_string_contains("code=the-code"))
        .and(body_string_contains("client_id=kartaview-rs"))
        .and(body_string_contains(
            "redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob",
        ))
        .and(move |request: &wiremock::Request| {
            use base64::Engine;
            use sha2::Digest;
            url::form_urlencoded::parse(&request.body)
                .find(|(key, _)| key == "code_verifier")
                .is_some_and(|(_, verifier)| {
                    base64::engine::general_purpose::URL_SAFE_NO_PAD
                        .encode(sha2::Sha256::digest(verifier.as_bytes()))
                        == challenge
                })
        })
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "osm-access-token", "token_type": "Bearer", "scope": "openid read_prefs"
        })))
        .mount(&osm)
        .await;
    // Another attempt's verifier does not fit the challenge: the OSM fake answers 404.
    let other = oauth.authorize().expect("url");
    let stale = client(&mock, false)
        .login_with_openstreetmap(&oauth, &other, "the-code")
        .await
        .expect_err("another attempt's verifier");
    assert_eq!(stale.http_status(), Some(404));
    let credentials = client(&mock, false)
        .login_with_openstreetmap(&oauth, &attempt, " the-code\n")
        .await
        .expect("login");
    assert_eq!(credentials.access_token.expose(), mock.token());
    // KartaView got the OSM token and the application's client secret.
    let login = mock
        .requests()
        .into_iter()
        .find(|r| r.path == "/auth/openstreetmap/client_auth")
        .expect("login");
    let form = login.body_text();
    assert!(
        form.contains("request_token=osm-access-token")
            && form.contains("secret_token=osm-client-secret"),
        "{form}"
    );

    let wrong = client(&mock, false)
        .login_with_openstreetmap(&oauth, &attempt, "another-code")
        .await
        .expect_err("refused");
    assert_eq!(wrong.http_status(), Some(404));
}

#[test]
fn the_credentials_store() {
    let dir = kartaview_tests::tempdir("auth");
    let store = CredentialsStore::at(dir.join("kartaview").join("credentials.json"));
    let credentials = kartaview_ext::Credentials {
        access_token: Token::new("f".repeat(64)).expect("token"),
        user_id: Some(42),
        username: Some("test-mapper".into()),
        full_name: None,
    };
    assert_eq!(
        store.load("https://api.openstreetcam.org").expect("load"),
        None
    );
    store
        .save("https://api.openstreetcam.org/", &credentials)
        .expect("save");
    store
        .save("http://127.0.0.1:1", &credentials)
        .expect("save");
    assert_eq!(
        store.load("https://api.openstreetcam.org").expect("load"),
        Some(credentials.clone())
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(store.path())
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("kartaview"))
        .expect("dir")
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left behind");

    let stored = resolve_token(None, Some(&store), "http://127.0.0.1:1")
        .expect("resolve")
        .expect("stored");
    // KARTAVIEW_TOKEN is not set in the test environment; the stored token is used.
    if std::env::var_os("KARTAVIEW_TOKEN").is_none() {
        assert_eq!(
            (stored.token.expose(), stored.source, stored.user_id),
            ("f".repeat(64).as_str(), TokenSource::Stored, Some(42))
        );
    }
    let explicit = resolve_token(Some("abc"), Some(&store), "x")
        .expect("resolve")
        .expect("token");
    assert_eq!(
        (explicit.source, explicit.user_id),
        (TokenSource::Explicit, None)
    );

    assert!(store.remove("http://127.0.0.1:1").expect("remove"));
    assert!(!store.remove("http://127.0.0.1:1").expect("remove again"));
    assert!(
        store
            .remove("https://api.openstreetcam.org")
            .expect("remove last")
    );
    assert!(!store.path().exists());
    std::fs::write(store.path(), b"{ not json").expect("damage");
    assert!(
        store
            .load("x")
            .expect_err("damaged")
            .to_string()
            .contains("damaged")
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn updates_and_deletes() {
    let mock = MockServer::start().await.expect("mock");
    let client = client(&mock, true);
    let sequence = client
        .update_sequence(DEFAULT_SEQUENCE_ID as u64, &{
            let mut update = SequenceUpdate::default();
            update.device_name = Some("Pixel 9".into());
            update
        })
        .await
        .expect("update");
    assert_eq!(sequence.device_name.as_deref(), Some("Pixel 9"));

    let photo_id = DEFAULT_FIRST_PHOTO_ID as u64 + 5;
    let new_image = b"\xff\xd8 replacement \xff\xd9".to_vec();
    client
        .update_photo(
            photo_id,
            &{
                let mut update = PhotoUpdate::default();
                update.heading = Some(12.5);
                update
            },
            Some(FilePart::jpeg("new.jpg", new_image.clone())),
        )
        .await
        .expect("photo update");
    let photo = client.photo(photo_id).await.expect("photo");
    assert_eq!(photo.heading, Some(12.5));
    let served = client
        .storage_http()
        .expect("storage client")
        .get(
            photo
                .image_url(kartaview_ext::ImageSize::Proc)
                .expect("url"),
        )
        .send()
        .await
        .expect("image")
        .bytes()
        .await
        .expect("bytes");
    assert_eq!(served.as_ref(), new_image.as_slice());
    assert!(
        client
            .update_photo(photo_id, &PhotoUpdate::default(), None)
            .await
            .is_err()
    );

    client.delete_photo(photo_id).await.expect("delete photo");
    assert!(mock.state().deleted_photo_ids.contains(&(photo_id as i64)));
    let gone = client.photo(photo_id).await.expect_err("deleted");
    assert_eq!(gone.http_status(), Some(404));
    client
        .delete_sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("delete sequence");
    assert!(
        mock.state()
            .deleted_sequence_ids
            .contains(&DEFAULT_SEQUENCE_ID)
    );
    let anonymous = self::client(&mock, false);
    assert!(anonymous.delete_photo(photo_id).await.is_err());
}

/// Each handwritten operation sends what the spec describes.
#[tokio::test]
async fn handwritten_operations_send_what_the_spec_describes() {
    let mock = MockServer::start().await.expect("mock");
    let client = client(&mock, true);
    let fields = PhotoFields::new(
        DEFAULT_SEQUENCE_ID as u64,
        1000,
        LatLng {
            lat: 46.77,
            lng: 23.59,
        },
    );
    client
        .v1_upload_photo(&fields, FilePart::jpeg("a.jpg", b"\xff\xd8a".to_vec()))
        .await
        .expect("v1PhotoCreate");
    // A 360° photo: the projection and field of view reach the server.
    let mut v2_fields = fields.clone();
    v2_fields.sequence_index = 1001;
    v2_fields.projection = Some(kartaview_ext::models::Projection::Sphere);
    v2_fields.field_of_view = Some(360.0);
    client
        .upload_photo(&v2_fields, FilePart::jpeg("b.jpg", b"\xff\xd8b".to_vec()))
        .await
        .expect("photoCreate");
    let sphere = mock
        .state()
        .photos_of(DEFAULT_SEQUENCE_ID)
        .into_iter()
        .find(|p| p.sequence_index == 1001)
        .map(|p| p.id as u64)
        .expect("stored");
    let read_back = client.photo(sphere).await.expect("read back");
    assert_eq!(
        (read_back.projection, read_back.field_of_view),
        (Some(kartaview_ext::models::Projection::Sphere), Some(360.0))
    );
    client
        .v1_upload_video(
            DEFAULT_SEQUENCE_ID as u64,
            10,
            FilePart::mp4("v.mp4", b"mp4".to_vec()),
        )
        .await
        .expect("v1VideoCreate");
    client
        .upload_video(
            DEFAULT_SEQUENCE_ID as u64,
            11,
            FilePart::mp4("w.mp4", b"mp4".to_vec()),
        )
        .await
        .expect("videoCreate");
    // photoUpdateById is exercised by `updates_and_deletes`.
    let duplicate = client
        .v1_upload_photo(&fields, FilePart::jpeg("a.jpg", b"\xff\xd8a".to_vec()))
        .await
        .expect_err("660");
    assert_eq!(
        duplicate.api_code(),
        Some(kartaview_ext::ApiCode::DuplicateEntry)
    );

    // The fake does not serve these three: check their multipart shape on a recording server.
    let recorder = wiremock::MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"status":{"apiCode":600},"result":{"data":{"id":"7"}}}"#,
            "application/json",
        ))
        .mount(&recorder)
        .await;
    let other = Client::builder()
        .base_url(recorder.uri())
        .token(Token::new("recorder-token").expect("token"))
        .request_timeout(Duration::from_secs(5))
        .build()
        .expect("client");
    other
        .upload_photo_part(
            5,
            Some("FISHEYE_180"),
            FilePart::jpeg("part.jpg", b"p".to_vec()),
        )
        .await
        .expect("photoPartCreate");
    other
        .upload_sequence_attachment(
            9,
            "TAGGED_ROADS",
            FilePart {
                file_name: "roads.geojson".into(),
                mime: "application/geo+json",
                bytes: b"{}".to_vec().into(),
            },
        )
        .await
        .expect("sequenceAttachmentCreate");
    other
        .upload_sequence_rawdata(
            9,
            "ZIP",
            FilePart {
                file_name: "raw.zip".into(),
                mime: "application/zip",
                bytes: b"PK".to_vec().into(),
            },
        )
        .await
        .expect("sequenceRawdataCreate");
    let received = recorder.received_requests().await.expect("recording");
    let shapes: Vec<String> = received
        .iter()
        .map(|r| {
            let body = String::from_utf8_lossy(&r.body);
            let mut names: Vec<&str> = body
                .split("form-data; name=\"")
                .skip(1)
                .filter_map(|s| s.split('"').next())
                .collect();
            names.sort_unstable();
            format!("{} {} {}", r.method, r.url.path(), names.join(","))
        })
        .collect();
    assert_eq!(
        shapes,
        [
            "POST /2.0/photo-part/ imagePartProjection,payload,photoId",
            "POST /2.0/sequence-attachment/ access_token,dataType,file,sequenceId,sequenceIndex",
            "POST /2.0/sequence-rawdata/ dataType,file,sequenceId",
        ]
    );
    assert!(
        received
            .iter()
            .all(|r| r.headers.get("x-auth-token").is_some())
    );
}
