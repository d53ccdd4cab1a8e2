//! Uploads `N` synthetic photos with a state file, for tests that kill it part-way. Only the
//! token is given, no user id: like `kartaview upload --token`.
//!
//! `upload_child BASE_URL TOKEN STATE_FILE N CONCURRENCY`

use kartaview_ext::{Client, LatLng, Token, UploadItem, UploadOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base_url, token, state_file, n, concurrency] = args.as_slice() else {
        return Err("usage: upload_child BASE_URL TOKEN STATE_FILE N CONCURRENCY".into());
    };
    let n: u32 = n.parse()?;
    let client = Client::builder()
        .base_url(base_url)
        .token(Token::new(token.as_str())?)
        .build()?;
    let items: Vec<UploadItem> = (0..n)
        .map(|i| {
            let at = LatLng {
                lat: 46.77 + f64::from(i) * 1e-4,
                lng: 23.59,
            };
            UploadItem::photo_bytes(
                i,
                format!("IMG_{i:04}.jpg"),
                format!("jpeg {i}").into_bytes(),
                at,
            )
        })
        .collect();
    let options = UploadOptions {
        state_file: Some(state_file.into()),
        concurrency: concurrency.parse()?,
        ..UploadOptions::default()
    };
    let report = client.upload(&items, &options, |_| {}).await?;
    if !report.finished {
        return Err(format!("{} items failed", report.failed.len()).into());
    }
    println!("finished sequence {}", report.sequence_id);
    Ok(())
}
