//! Bytes → when they parse as a generated wire type, its model conversion: `Photo::from_wire`
//! (and every image URL), `Sequence::from_wire`, `Video::from_wire`, `User::from`,
//! `UserMetrics::from`, `Photo::from_v1_sequence_photo`, `Photo::from_v1_nearby_photo`.
#![no_main]

use kartaview_api::types;
use kartaview_ext::{ImageSize, Photo, Sequence, User, UserMetrics, Video};
use libfuzzer_sys::fuzz_target;

const API_BASE: &str = "https://api.openstreetcam.org";

fn touch_photo(photo: &Photo) {
    for size in ImageSize::ALL {
        let _ = photo.image_url(size);
    }
    let _ = photo.full_size_url();
    let _ = photo.is_spherical();
}

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = serde_json::from_slice::<types::Photo>(data)
        && let Some(photo) = Photo::from_wire(&p)
    {
        touch_photo(&photo);
    }
    if let Ok(s) = serde_json::from_slice::<types::Sequence>(data)
        && let Some(sequence) = Sequence::from_wire(&s)
    {
        sequence.photos.iter().for_each(touch_photo);
    }
    if let Ok(v) = serde_json::from_slice::<types::Video>(data) {
        let _ = Video::from_wire(&v);
    }
    if let Ok(u) = serde_json::from_slice::<types::User>(data) {
        let _ = User::from(&u);
    }
    if let Ok(u) = serde_json::from_slice::<types::SequenceUser>(data) {
        let _ = User::from(&u);
    }
    if let Ok(m) = serde_json::from_slice::<types::UserMetrics>(data) {
        let _ = UserMetrics::from(&m);
    }
    if let Ok(p) = serde_json::from_slice::<types::V1SequencePhoto>(data)
        && let Some(photo) = Photo::from_v1_sequence_photo(&p, API_BASE)
    {
        touch_photo(&photo);
    }
    if let Ok(p) = serde_json::from_slice::<types::V1NearbyPhoto>(data)
        && let Some(photo) = Photo::from_v1_nearby_photo(&p, API_BASE)
    {
        touch_photo(&photo);
    }
});
