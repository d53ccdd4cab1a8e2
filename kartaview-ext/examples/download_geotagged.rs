//! A sequence's images into a folder, each geotagged in its EXIF, with `download.geojson`
//! beside them; run it again and only what is missing or broken is fetched.
//!
//! `cargo run -p kartaview-ext --example download_geotagged DIR [SEQUENCE_ID BASE_URL]`; without
//! a base URL it downloads from the fake KartaView, started in this process.

use kartaview_ext::{Client, DownloadOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .first()
        .ok_or("usage: download_geotagged DIR [SEQUENCE_ID BASE_URL]")?;
    let mock = match args.len() {
        1 => Some(kartaview_mock::MockServer::start().await?),
        _ => None,
    };
    let (sequence_id, base_url) = match (&mock, &args[1..]) {
        (Some(mock), _) => (kartaview_mock::SPHERE_SEQUENCE_ID as u64, mock.base_url()),
        (None, [id, url]) => (id.parse()?, url.clone()),
        _ => return Err("usage: download_geotagged DIR [SEQUENCE_ID BASE_URL]".into()),
    };

    let client = Client::builder().base_url(base_url).build()?;
    let photos = client.sequence_photos(sequence_id).await?.photos;
    let mut options = DownloadOptions::new(dir);
    options.geotag = true;
    let summary = client.download_photos(&photos, &options, |_| {}).await?;
    for (photo_id, error) in &summary.failed {
        eprintln!("photo {photo_id}: {error}");
    }
    println!(
        "{} downloaded, {} already there, {} failed, {} not geotagged",
        summary.downloaded,
        summary.skipped,
        summary.failed.len(),
        summary.not_geotagged.len()
    );
    Ok(())
}
