//! Uploads `N` synthetic photos (`kartaview_tests::synthetic_photos`) with a state file, for tests that kill it part-way. Only the
//! token is given, no user id: like `kartaview upload --token`.
//!
//! `upload_child BASE_URL TOKEN STATE_FILE N CONCURRENCY`

use kartaview_ext::{Client, Token, UploadItem, UploadOptions};

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
    let items: Vec<UploadItem> = kartaview_tests::synthetic_photos(n)
        .iter()
        .map(kartaview_tests::SentPhoto::upload_item)
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
