//! Video → sequence → photos, with image URLs.
//!
//! ```sh
//! cargo run -p kartaview-ext --example resolve_video                  # against the embedded fake
//! cargo run -p kartaview-ext --example resolve_video -- 16282313 https://api.openstreetcam.org
//! ```

use kartaview_ext::{Client, ImageSize};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let video_id: Option<u64> = args.next().map(|a| a.parse()).transpose()?;
    let base_url = args.next();

    // Without a base URL, serve the fake KartaView in this process.
    let (mock, base_url, video_id) = match base_url {
        Some(url) => (
            None,
            url,
            video_id.ok_or("give a video id with a base URL")?,
        ),
        None => {
            let mock = kartaview_mock::MockServer::start().await?;
            let url = mock.base_url();
            let id = video_id.unwrap_or(kartaview_mock::DEFAULT_VIDEO_IDS[0] as u64);
            (Some(mock), url, id)
        }
    };

    let client = Client::builder().base_url(&base_url).build()?;
    let resolved = client.resolve_video(video_id).await?;
    println!(
        "video {} of sequence {} (index {:?}): {} photos",
        resolved.video.id,
        resolved.sequence_id,
        resolved.video.sequence_index,
        resolved.photos.len()
    );
    for photo in resolved.photos.iter().take(5) {
        let at = photo
            .position
            .map(|p| format!("{:.6},{:.6}", p.lat, p.lng))
            .unwrap_or_else(|| "no fix".to_owned());
        println!(
            "  #{:<4} photo {} at {at}  {}",
            photo
                .sequence_index
                .map_or("?".to_owned(), |i| i.to_string()),
            photo.id,
            photo.image_url(ImageSize::Th).unwrap_or_default()
        );
    }
    if resolved.photos.len() > 5 {
        println!("  … and {} more", resolved.photos.len() - 5);
    }
    if let Some(mock) = mock {
        println!(
            "({} requests to the fake at {base_url})",
            mock.requests().len()
        );
    }
    Ok(())
}
