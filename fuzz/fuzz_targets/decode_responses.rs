//! Bytes → every `decode::response::<T>` (each type of kartaview-ext's
//! `with_enveloped_responses!` list), `decode::sequence_list` and `decode::photo_list`.
#![no_main]

use kartaview_api::types;
use kartaview_ext::{Error, ImageSize, Photo, decode};
use libfuzzer_sys::fuzz_target;

fn touch_error(e: &Error) {
    let _ = e.to_string();
    let _ = (e.api_code(), e.http_status(), e.is_transient());
}

fn touch_photo(photo: &Photo) {
    for size in ImageSize::ALL {
        let _ = photo.image_url(size);
    }
    let _ = photo.full_size_url();
}

macro_rules! every_response {
    ($($ty:ident),+ $(,)?) => {
        fn every_response(data: &[u8]) {
        $(
            if let Err(e) = decode::response::<types::$ty>(data) {
                touch_error(&e);
            }
        )+
        }
    };
}

kartaview_ext::with_enveloped_responses!(every_response);

fuzz_target!(|data: &[u8]| {
    every_response(data);
    match decode::sequence_list(data) {
        Ok(sequences) => sequences
            .iter()
            .flat_map(|s| &s.photos)
            .for_each(touch_photo),
        Err(e) => touch_error(&e),
    }
    match decode::photo_list(data) {
        Ok(photos) => photos.iter().for_each(touch_photo),
        Err(e) => touch_error(&e),
    }
});
