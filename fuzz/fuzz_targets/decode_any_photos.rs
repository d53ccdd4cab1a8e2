//! Bytes → `decode::any_photos`, with the typed photos' image URLs.
#![no_main]

use kartaview_ext::{ImageSize, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for api_base in ["https://api.openstreetcam.org", "http://127.0.0.1:9/", ""] {
        match decode::any_photos(data, api_base) {
            Ok(photos) => {
                for photo in &photos {
                    for size in ImageSize::ALL {
                        let _ = photo.image_url(size);
                    }
                    let _ = photo.full_size_url();
                }
            }
            Err(e) => {
                let _ = e.to_string();
                let _ = (e.api_code(), e.http_status(), e.is_transient());
            }
        }
    }
});
