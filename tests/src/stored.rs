//! The oracle of upload tests: what the fake stored at each index, compared with the test's own
//! record of what it sent (not with what the uploader says it did).

use chrono::NaiveDateTime;
use kartaview_ext::{LatLng, UploadItem};
use kartaview_mock::{PhotoView, StateView};

/// One photo as the test made it: what the fake should hold at `index`.
#[derive(Debug, Clone, PartialEq)]
pub struct SentPhoto {
    /// The `sequenceIndex` it belongs at.
    pub index: u32,
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub position: LatLng,
    /// Capture time, UTC.
    pub taken: Option<NaiveDateTime>,
    /// Compass heading in degrees.
    pub heading: Option<f64>,
}

impl SentPhoto {
    /// The library's upload item carrying this photo.
    pub fn upload_item(&self) -> UploadItem {
        let mut item = UploadItem::photo_bytes(
            self.index,
            self.file_name.clone(),
            self.bytes.clone(),
            self.position,
        );
        if let Some(taken) = self.taken {
            item = item.shot_at(taken);
        }
        if let Some(heading) = self.heading {
            item = item.heading(heading);
        }
        item
    }
}

/// `n` photos a second apart from 2026-05-01 10:00:00 UTC, northwards along a street, heading
/// 90°, each with bytes of its own.
pub fn synthetic_photos(n: u32) -> Vec<SentPhoto> {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 5, 1)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .unwrap_or_default();
    (0..n)
        .map(|i| SentPhoto {
            index: i,
            file_name: format!("IMG_{i:04}.jpg"),
            bytes: format!("\u{ff}\u{d8} fake jpeg {i}").into_bytes(),
            position: LatLng {
                lat: 46.77 + f64::from(i) * 1e-4,
                lng: 23.59,
            },
            taken: Some(start + chrono::Duration::seconds(i64::from(i))),
            heading: Some(90.0),
        })
        .collect()
}

/// The upload form's `coordinate` has seven decimals.
const POSITION_TOLERANCE: f64 = 1e-7;

/// Every way `stored` (the fake's photos of one sequence) differs from `sent`, one line each:
/// an index missing or extra, or bytes, position, capture time or heading not those sent for
/// that index. Empty when the fake holds exactly what was sent.
pub fn stored_content_differences(stored: &[&PhotoView], sent: &[SentPhoto]) -> Vec<String> {
    let mut differences = Vec::new();
    for photo in stored {
        if !sent
            .iter()
            .any(|s| i64::from(s.index) == photo.sequence_index)
        {
            differences.push(format!(
                "index {}: stored, but the test sent nothing there",
                photo.sequence_index
            ));
        }
    }
    for expected in sent {
        let at: Vec<&&PhotoView> = stored
            .iter()
            .filter(|p| p.sequence_index == i64::from(expected.index))
            .collect();
        let [photo] = at.as_slice() else {
            differences.push(format!(
                "index {} ({}): stored {} times, not once",
                expected.index,
                expected.file_name,
                at.len()
            ));
            continue;
        };
        let name = format!("index {} ({})", expected.index, expected.file_name);
        match &photo.image {
            Some(bytes) if *bytes == expected.bytes => {}
            Some(bytes) => differences.push(format!(
                "{name}: bytes differ from the file's ({} stored, {} sent, first difference at byte {})",
                bytes.len(),
                expected.bytes.len(),
                bytes
                    .iter()
                    .zip(&expected.bytes)
                    .take_while(|(a, b)| a == b)
                    .count()
            )),
            None => differences.push(format!("{name}: no bytes stored")),
        }
        let position = photo.lat.zip(photo.lng);
        let close = |(lat, lng): (f64, f64)| {
            (lat - expected.position.lat).abs() <= POSITION_TOLERANCE
                && (lng - expected.position.lng).abs() <= POSITION_TOLERANCE
        };
        if !position.is_some_and(close) {
            differences.push(format!(
                "{name}: position {position:?}, sent ({}, {})",
                expected.position.lat, expected.position.lng
            ));
        }
        let sent_time = expected.taken.map(|t| t.and_utc().timestamp());
        if photo.shot_date != sent_time {
            let shown = photo
                .shot_date
                .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
                .map(|t| t.naive_utc());
            differences.push(format!(
                "{name}: capture time {shown:?}, sent {:?}",
                expected.taken
            ));
        }
        let same_heading = match (photo.heading, expected.heading) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            (a, b) => a.is_none() && b.is_none(),
        };
        if !same_heading {
            differences.push(format!(
                "{name}: heading {:?}, sent {:?}",
                photo.heading, expected.heading
            ));
        }
    }
    differences
}

/// The fake holds in `sequence_id` exactly the photos of `sent`: each index once, with the bytes,
/// position, capture time and heading the test sent for it.
pub fn assert_stored_content(state: &StateView, sequence_id: i64, sent: &[SentPhoto]) {
    let differences = stored_content_differences(&state.photos_of(sequence_id), sent);
    assert!(
        differences.is_empty(),
        "sequence {sequence_id} does not hold what was sent:\n{}",
        differences.join("\n")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a faithful server stores for `sent`.
    fn stored(sent: &[SentPhoto]) -> Vec<PhotoView> {
        sent.iter()
            .map(|s| PhotoView {
                id: 100 + i64::from(s.index),
                sequence_id: 9001,
                sequence_index: i64::from(s.index),
                video_id: 0,
                video_index: 0,
                lat: Some(s.position.lat),
                lng: Some(s.position.lng),
                shot_date: s.taken.map(|t| t.and_utc().timestamp()),
                heading: s.heading,
                deleted: false,
                uploaded: true,
                image: Some(s.bytes.clone()),
                file_name: format!("9001_{}.jpg", s.index),
            })
            .collect()
    }

    fn differences(stored: &[PhotoView], sent: &[SentPhoto]) -> Vec<String> {
        stored_content_differences(&stored.iter().collect::<Vec<_>>(), sent)
    }

    #[test]
    fn what_was_sent_matches() {
        let sent = synthetic_photos(4);
        assert_eq!(differences(&stored(&sent), &sent), Vec::<String>::new());
    }

    #[test]
    fn swapped_files_positions_or_times_are_each_caught_at_both_indexes() {
        let sent = synthetic_photos(4);
        type Swap = fn(&mut PhotoView, &mut PhotoView);
        let swaps: [(&str, Swap); 3] = [
            ("bytes differ", |a, b| {
                std::mem::swap(&mut a.image, &mut b.image)
            }),
            ("position", |a, b| {
                std::mem::swap(&mut a.lat, &mut b.lat);
                std::mem::swap(&mut a.lng, &mut b.lng);
            }),
            ("capture time", |a, b| {
                std::mem::swap(&mut a.shot_date, &mut b.shot_date)
            }),
        ];
        for (what, swap) in swaps {
            let mut server = stored(&sent);
            let (first, rest) = server.split_at_mut(2);
            swap(&mut first[1], &mut rest[0]);
            let found = differences(&server, &sent);
            assert_eq!(found.len(), 2, "{what}: {found:?}");
            assert!(
                found[0].starts_with("index 1 (IMG_0001.jpg)") && found[0].contains(what),
                "{found:?}"
            );
            assert!(
                found[1].starts_with("index 2 (IMG_0002.jpg)") && found[1].contains(what),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_missing_repeated_or_extra_index_and_another_heading_are_caught() {
        let sent = synthetic_photos(3);
        let mut server = stored(&sent);
        server[1].sequence_index = 0;
        server.push(stored(&synthetic_photos(5))[4].clone());
        server[2].heading = Some(91.0);
        let found = differences(&server, &sent);
        assert_eq!(
            found,
            [
                "index 4: stored, but the test sent nothing there",
                "index 0 (IMG_0000.jpg): stored 2 times, not once",
                "index 1 (IMG_0001.jpg): stored 0 times, not once",
                "index 2 (IMG_0002.jpg): heading Some(91.0), sent Some(90.0)",
            ]
        );
    }
}
