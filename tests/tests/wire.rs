//! What the generated client puts on the wire, one test per HTTP shape, against a local mock.

use kartaview_api::{Client, types};
use kartaview_tests::render_request;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const OK_STATUS: &str = r#"{"status":{"apiCode":600,"apiMessage":"The request has been processed without incidents","httpCode":200,"httpMessage":"Success"}"#;

async fn server_answering(body: String) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> Client {
    let http = kartaview_ext::http_client_builder()
        .expect("TLS")
        .user_agent("kartaview-tests/0.0.0")
        .build()
        .expect("client");
    Client::new_with_client(&server.uri(), http)
}

async fn only_request(server: &MockServer) -> String {
    let requests: Vec<Request> = server.received_requests().await.expect("recording on");
    assert_eq!(requests.len(), 1, "exactly one request");
    let request = &requests[0];
    let headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("<binary>").to_owned()))
        .collect();
    render_request(
        request.method.as_str(),
        &request.url,
        &headers,
        &request.body,
    )
}

#[tokio::test]
async fn get_with_a_comma_separated_id_list() {
    let server = server_answering(format!(
        r#"{OK_STATUS},"result":{{"data":[],"hasMoreData":false}}}}"#
    ))
    .await;
    let response = client(&server)
        .photo_get_all()
        .id("545,546,547")
        .join("sequence,user")
        .page(2u64)
        .items_per_page(100u64)
        .order_direction(types::OrderDirection::Desc)
        .send()
        .await
        .expect("photo list");
    assert_eq!(response.into_inner().result.has_more_data, Some(false));
    insta::assert_snapshot!(only_request(&server).await);
}

#[tokio::test]
async fn invalid_parameters_are_refused_before_sending() {
    let server = server_answering(String::new()).await;
    let api = client(&server);
    // Patterns and `minimum: 1` are checked by the generated types (the 100-item cap is not:
    // kartaview-ext's `Pagination` enforces it).
    let not_a_list = api.photo_get_all().id("1;DROP").send().await;
    assert!(matches!(
        not_a_list,
        Err(kartaview_api::Error::InvalidRequest(_))
    ));
    let zero = api.sequence_get_by_id().sequence_id(0u64).send().await;
    assert!(matches!(zero, Err(kartaview_api::Error::InvalidRequest(_))));
    assert!(
        server
            .received_requests()
            .await
            .expect("recording")
            .is_empty()
    );
}

#[tokio::test]
async fn form_urlencoded_post() {
    let server =
        server_answering(format!(r#"{OK_STATUS},"osv":{{"sequenceId":"1234567"}}}}"#)).await;
    let body = types::V1SequenceIdForm::builder()
        .access_token("0000000000000000000000000000000000000000000000000000000000000000")
        .sequence_id(1234567);
    let response = client(&server)
        .v1_sequence_finished_uploading()
        .body(body)
        .send()
        .await
        .expect("finished-uploading");
    let osv = response.into_inner().osv.expect("osv");
    assert_eq!(
        osv.sequence_id,
        Some(types::StringOrInteger::String("1234567".into()))
    );
    insta::assert_snapshot!(only_request(&server).await);
}

#[tokio::test]
async fn form_post_with_a_path_enum() {
    let server = server_answering(
        std::fs::read_to_string(kartaview_tests::own_fixtures_dir().join("v1-auth.json"))
            .expect("fixture"),
    )
    .await;
    let body = types::ClientAuthForm::builder()
        .request_token("osm-access-token")
        .secret_token(Some("osm-client-secret".to_owned()));
    let response = client(&server)
        .auth_client_auth()
        .provider(types::AuthProvider::Openstreetmap)
        .body(body)
        .send()
        .await
        .expect("client_auth");
    assert!(response.into_inner().osv.access_token.is_some());
    let rendered = only_request(&server).await;
    assert!(!rendered.contains("osm-access-token") && !rendered.contains("osm-client-secret"));
    insta::assert_snapshot!(rendered);
}

#[tokio::test]
async fn delete_by_id() {
    let server = server_answering(format!("{OK_STATUS}}}")).await;
    client(&server)
        .photo_delete_by_id()
        .photo_id(1711957993u64)
        .send()
        .await
        .expect("delete");
    insta::assert_snapshot!(only_request(&server).await);
}
