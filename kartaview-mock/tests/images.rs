//! The image listener.

mod common;

use common::*;
use kartaview_mock::*;

async fn photo(mock: &MockServer, id: i64) -> serde_json::Value {
    let (status, body) = get(mock, &format!("/2.0/photo/{id}")).await;
    assert_eq!(status, 200);
    body["result"]["data"].clone()
}

#[tokio::test]
async fn file_urls_serve_small_valid_jpegs_that_differ_per_photo() {
    let mock = MockServer::start().await.unwrap();
    let a = photo(&mock, DEFAULT_FIRST_PHOTO_ID).await;
    let b = photo(&mock, DEFAULT_FIRST_PHOTO_ID + 1).await;
    let mut seen = Vec::new();
    for p in [&a, &b] {
        for key in ["fileurlProc", "fileurlLTh", "fileurlTh"] {
            let url = p[key].as_str().unwrap();
            assert!(url.starts_with(&mock.image_base_url()));
            let resp = client().get(url).send().await.unwrap();
            assert_eq!(resp.status(), 200, "{url}");
            assert_eq!(resp.headers()["content-type"], "image/jpeg");
            let len: usize = resp.headers()["content-length"]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            let bytes = resp.bytes().await.unwrap();
            assert_eq!(bytes.len(), len);
            assert!(bytes.len() < 1024);
            assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
            assert_eq!(&bytes[bytes.len() - 2..], &[0xFF, 0xD9]);
            seen.push(bytes);
        }
    }
    assert_ne!(seen[0], seen[3], "bytes differ per photo");
    let requests = mock.image_requests();
    assert_eq!(requests.len(), 6);
    assert!(requests[0].path.starts_with("/files/photo/"));
    // The API listener saw only the two JSON calls.
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn template_prefixes_and_cdn_urls_resolve() {
    let mock = MockServer::start().await.unwrap();
    let p = photo(&mock, DEFAULT_FIRST_PHOTO_ID + 30).await;
    let template = p["fileurl"].as_str().unwrap();
    for prefix in ["proc", "lth", "th", "ori", "wrapped_proc"] {
        let url = template.replace("{{sizeprefix}}", prefix);
        assert_eq!(
            client().get(&url).send().await.unwrap().status(),
            200,
            "{prefix}"
        );
    }
    let bad = template.replace("{{sizeprefix}}", "huge");
    assert_eq!(client().get(&bad).send().await.unwrap().status(), 404);
    for key in ["imageThUrl", "imageLthUrl", "imageProcUrl"] {
        let url = p[key].as_str().unwrap();
        assert!(url.contains("/pr:sharp/"), "{url}");
        let resp = client().get(url).send().await.unwrap();
        assert_eq!(resp.status(), 200, "{key}");
        assert_eq!(&resp.bytes().await.unwrap()[..2], &[0xFF, 0xD8]);
    }
    let meta = get(&mock, "/2.0/sequence/1001").await.1["result"]["data"]["metadataFileUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let text = client()
        .get(meta)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.starts_with("METADATA:2.0\n"));
    assert_eq!(text.lines().count(), 237 + 2);
}

#[tokio::test]
async fn unknown_or_deleted_images_are_404() {
    let mock = MockServer::start().await.unwrap();
    let img = mock.image_base_url();
    for path in [
        "/",
        "/files/photo/2020/1/1/proc/nothing.jpg",
        "/pr:sharp/%%%",
        "/pr:sharp/aHR0cDovL2V4YW1wbGUub3JnL3guanBn",
    ] {
        let resp = client().get(format!("{img}{path}")).send().await.unwrap();
        assert_eq!(resp.status(), 404, "{path}");
    }
    // Right name in the wrong folder.
    let p = photo(&mock, DEFAULT_FIRST_PHOTO_ID).await;
    let url = p["fileurlProc"].as_str().unwrap();
    let name = url.rsplit('/').next().unwrap();
    let moved = format!("{img}/files/photo/1999/1/1/proc/{name}");
    assert_eq!(client().get(moved).send().await.unwrap().status(), 404);
    // Deleting the photo removes its image.
    let resp = client()
        .delete(format!(
            "{}/2.0/photo/{DEFAULT_FIRST_PHOTO_ID}",
            mock.base_url()
        ))
        .header("X-Auth-Token", mock.token())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(client().get(url).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn image_faults_truncate_and_head_requests() {
    let mock = MockServer::start().await.unwrap();
    let p = photo(&mock, DEFAULT_FIRST_PHOTO_ID).await;
    let url = p["fileurlProc"].as_str().unwrap();
    let full = client()
        .get(url)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    mock.push_fault(Fault::truncate().on_images().on_path("/files/"));
    let cut = client()
        .get(url)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(cut.len(), full.len() / 2);
    let head = client().head(url).send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(
        head.headers()["content-length"],
        full.len().to_string().as_str()
    );
    assert!(head.bytes().await.unwrap().is_empty());
}
