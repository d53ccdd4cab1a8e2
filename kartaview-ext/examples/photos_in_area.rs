//! Every photo in a box taken between two days (inclusive, UTC).
//!
//! `cargo run -p kartaview-ext --example photos_in_area [S W N E FROM TO BASE_URL]`; without
//! arguments it searches the fake KartaView's busiest box, started in this process.

use kartaview_ext::{BoundingBox, Client, DateRange};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mock = match args.len() {
        0 => Some(kartaview_mock::MockServer::start().await?),
        _ => None,
    };
    let (area, dates, base_url) = match (&mock, args.as_slice()) {
        (Some(mock), _) => (
            BoundingBox::new(46.785, 23.53, 46.815, 23.59)?,
            DateRange::parse(Some("2023-05-20"), Some("2023-06-11"))?,
            mock.base_url(),
        ),
        (None, [s, w, n, e, from, to, url]) => (
            BoundingBox::new(s.parse()?, w.parse()?, n.parse()?, e.parse()?)?,
            DateRange::parse(Some(from), Some(to))?,
            url.clone(),
        ),
        _ => return Err("usage: photos_in_area [S W N E FROM TO BASE_URL]".into()),
    };

    let client = Client::builder().base_url(base_url).build()?;
    let photos = client.photos_in_area(area, dates, None).await?;
    for photo in &photos {
        println!(
            "{}\t{:?}\t{:?}",
            photo.id, photo.sequence_id, photo.shot_date
        );
    }
    println!("{} photos", photos.len());
    Ok(())
}
