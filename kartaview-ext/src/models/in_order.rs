//! A small reorder buffer: a sequence's photos handed on in their final order (the order of
//! [`sort_and_dedup_photos`](crate::models::sort_and_dedup_photos)) while pages still arrive.
//!
//! The server's pages are not in `sequenceIndex` order across pages, but a sequence's indexes
//! are nearly always 0, 1, 2, ... once each. So a photo goes out as soon as every index before
//! it has: the contiguous prefix. Anything else (an index seen twice, a photo of another
//! sequence or without an index) ends the early release, and the rest is sorted at the end, as
//! before. What went out early is what the sort would have put first, unless a later page
//! brings a photo that sorts before something already handed on (an index sent twice across
//! pages, say), which a stream cannot take back: that photo comes in the sorted rest, and a
//! warning is logged.

use std::collections::HashMap;

use crate::models::listing::PhotoOrder;
use crate::models::{Photo, sort_and_dedup_photos};

/// The reorder buffer of one sequence's photos.
pub(crate) struct InOrder {
    sequence_id: u64,
    /// The next index to hand on, while the prefix is contiguous.
    next: Option<u32>,
    /// Received, not handed on yet, in arrival order.
    pending: Vec<Photo>,
    /// What was handed on, by id.
    released: HashMap<u64, PhotoOrder>,
    last_released: Option<PhotoOrder>,
}

fn order(photo: &Photo) -> PhotoOrder {
    (
        photo.sequence_id,
        photo.sequence_index,
        photo.shot_date,
        photo.id,
    )
}

impl InOrder {
    pub(crate) fn new(sequence_id: u64) -> Self {
        InOrder {
            sequence_id,
            next: Some(0),
            pending: Vec::new(),
            released: HashMap::new(),
            last_released: None,
        }
    }

    /// Takes photos in page order; returns those whose place is now certain, in order.
    pub(crate) fn push(&mut self, photos: impl IntoIterator<Item = Photo>) -> Vec<Photo> {
        for photo in photos {
            let key = order(&photo);
            // A second copy of a photo already handed on: the sort would have dropped it.
            if self
                .released
                .get(&photo.id)
                .is_some_and(|first| key >= *first)
            {
                continue;
            }
            if self.last_released.is_some_and(|last| key < last) {
                tracing::warn!(
                    photo = photo.id,
                    "a later page holds a photo that sorts before photos already printed"
                );
                self.next = None;
            }
            self.pending.push(photo);
        }
        let Some(mut next) = self.next else {
            return Vec::new();
        };
        // Pending is small while the prefix is contiguous: sorting it each page is cheap.
        sort_and_dedup_photos(&mut self.pending);
        let mut ready = 0;
        for (place, photo) in self.pending.iter().enumerate() {
            let expected =
                photo.sequence_id == Some(self.sequence_id) && photo.sequence_index == Some(next);
            let index_repeated = self
                .pending
                .get(place + 1)
                .is_some_and(|after| after.sequence_index == photo.sequence_index);
            if !expected || index_repeated {
                break;
            }
            next = next.saturating_add(1);
            ready = place + 1;
        }
        // What cannot be part of a contiguous prefix ends the early release.
        let blocked = self.pending.get(ready).is_some_and(|photo| {
            photo.sequence_id != Some(self.sequence_id)
                || photo.sequence_index.is_none_or(|index| index <= next)
        });
        self.next = (!blocked).then_some(next);
        self.release(ready)
    }

    /// Everything not handed on yet, sorted, once every page is in.
    pub(crate) fn finish(mut self) -> Vec<Photo> {
        sort_and_dedup_photos(&mut self.pending);
        let count = self.pending.len();
        self.release(count)
    }

    fn release(&mut self, count: usize) -> Vec<Photo> {
        let released: Vec<Photo> = self.pending.drain(..count).collect();
        for photo in &released {
            self.released.insert(photo.id, order(photo));
        }
        if let Some(last) = released.last() {
            self.last_released = Some(order(last));
        }
        released
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(id: u64, index: Option<u32>) -> Photo {
        let mut photo = Photo::from_wire(&kartaview_api::types::Photo {
            id: Some(kartaview_api::types::StringOrInteger::Int64(id as i64)),
            sequence_id: Some(kartaview_api::types::StringOrInteger::Int64(7)),
            ..Default::default()
        })
        .expect("a photo");
        photo.sequence_index = index;
        photo
    }

    fn ids(photos: &[Photo]) -> Vec<u64> {
        photos.iter().map(|p| p.id).collect()
    }

    /// Pages fed one by one give, joined, exactly what sorting everything gives.
    fn check(pages: Vec<Vec<Photo>>, expected_early: &[Vec<u64>]) {
        let mut all: Vec<Photo> = pages.iter().flatten().cloned().collect();
        sort_and_dedup_photos(&mut all);
        let mut in_order = InOrder::new(7);
        let mut joined = Vec::new();
        let mut early = Vec::new();
        for page in pages {
            let ready = in_order.push(page);
            early.push(ids(&ready));
            joined.extend(ready);
        }
        joined.extend(in_order.finish());
        assert_eq!(ids(&joined), ids(&all));
        assert_eq!(early, expected_early);
    }

    #[test]
    fn the_contiguous_prefix_goes_out_as_pages_arrive() {
        // Photo 100 + i has index i.
        let p = |index: u32| photo(100 + u64::from(index), Some(index));
        // Pages out of order: page 2 first holds 3..5, then page 1 fills 0..2.
        check(
            vec![vec![p(3), p(4), p(5)], vec![p(1), p(0), p(2)], vec![p(6)]],
            &[vec![], vec![100, 101, 102, 103, 104, 105], vec![106]],
        );
        // A photo seen twice (overlapping pages) is dropped as the sort drops it.
        check(
            vec![vec![p(0), p(1)], vec![p(1), p(2)]],
            &[vec![100, 101], vec![102]],
        );
    }

    #[test]
    fn gaps_and_repeats_fall_back_to_sorting_at_the_end() {
        let p = |id: u64, index: u32| photo(id, Some(index));
        // An index twice: held until the end, where the sort decides.
        check(
            vec![vec![p(10, 0), p(11, 1), p(12, 1)], vec![p(13, 2)]],
            &[vec![10], vec![]],
        );
        // A photo without an index sorts first: nothing goes out before the end.
        check(
            vec![vec![photo(20, None), p(21, 0)], vec![p(22, 1)]],
            &[vec![], vec![]],
        );
        // A gap that is never filled: the prefix stops before it, the rest is sorted.
        check(
            vec![vec![p(30, 0), p(31, 2)], vec![p(32, 3)]],
            &[vec![30], vec![]],
        );
    }
}
