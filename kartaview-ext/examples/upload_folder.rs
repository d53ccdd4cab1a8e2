//! A folder of geotagged JPEGs uploaded as one sequence, resumably: kill it and run it again,
//! and only what is missing is sent, into the same sequence, finished once.
//!
//! `cargo run -p kartaview-ext --example upload_folder DIR [BASE_URL TOKEN]`; without a base URL
//! it uploads to the fake KartaView, started in this process.

use std::path::Path;

use kartaview_ext::inputs::{ScanOptions, scan_photo_dir};
use kartaview_ext::{Client, Token, UploadOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = Path::new(
        args.first()
            .ok_or("usage: upload_folder DIR [BASE_URL TOKEN]")?,
    );
    let mock = match args.len() {
        1 => Some(kartaview_mock::MockServer::start().await?),
        _ => None,
    };
    let (base_url, token) = match (&mock, &args[1..]) {
        (Some(mock), _) => (mock.base_url(), mock.token().to_owned()),
        (None, [url, token]) => (url.clone(), token.clone()),
        _ => return Err("usage: upload_folder DIR [BASE_URL TOKEN]".into()),
    };

    let scan = scan_photo_dir(dir, &ScanOptions::default())?;
    for path in &scan.without_position {
        eprintln!("not uploaded, no position: {}", path.display());
    }
    let client = Client::builder()
        .base_url(base_url)
        .token(Token::new(token)?)
        .build()?;
    let options = UploadOptions {
        state_file: Some(dir.join(".kartaview-upload.json")),
        ..UploadOptions::default()
    };
    let report = client.upload(&scan.items, &options, |_| {}).await?;
    let finished = if report.finished {
        "finished"
    } else {
        "not finished: run again"
    };
    println!(
        "sequence {}: {} photos uploaded, {finished}",
        report.sequence_id, report.uploaded
    );
    Ok(())
}
