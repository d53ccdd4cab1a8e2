//! Reads that take more than one request: video → sequence → photos, whole sequences, batches.

use std::ops::ControlFlow;
use std::pin::pin;

use futures_util::future::{self, Either};
use futures_util::{StreamExt, TryStreamExt, stream};

use crate::error::{Error, Result};
use crate::models::in_order::InOrder;
use crate::models::{
    LatLng, Photo, Sequence, User, UserMetrics, Video, distance_m, sort_and_dedup_photos,
};
use crate::transport::client::{Client, ListResponse};
use crate::transport::operation::{OperationExt, PagedOperationExt};
use crate::transport::paginate::{MAX_PAGE_SIZE, Page, PageRequest, paginate};

/// The photos a video produced, with the ids that link them.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ResolvedVideo {
    /// The video.
    pub video: Video,
    /// The sequence it belongs to.
    pub sequence_id: u64,
    /// Its photos, ordered by `sequenceIndex`, without duplicates.
    pub photos: Vec<Photo>,
}

/// A sequence with every one of its photos.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SequenceWithPhotos {
    /// The sequence's details.
    pub sequence: Sequence,
    /// Its photos, ordered by `sequenceIndex`, without duplicates.
    pub photos: Vec<Photo>,
}

impl Client {
    /// One sequence's details.
    pub async fn sequence(&self, sequence_id: u64) -> Result<Sequence> {
        let response = self
            .api()
            .sequence_get_by_id()
            .sequence_id(sequence_id)
            .run(self)
            .await?;
        Sequence::from_wire(&response.result.data).ok_or_else(|| Error::missing_id("sequence"))
    }

    /// One video's details.
    pub async fn video(&self, video_id: u64) -> Result<Video> {
        let response = self
            .api()
            .video_get_by_id()
            .video_id(video_id)
            .run(self)
            .await?;
        Video::from_wire(&response.result.data).ok_or_else(|| Error::missing_id("video"))
    }

    /// One photo's details.
    pub async fn photo(&self, photo_id: u64) -> Result<Photo> {
        let response = self
            .api()
            .photo_get_by_id()
            .photo_id(photo_id)
            .run(self)
            .await?;
        Photo::from_wire(&response.result.data).ok_or_else(|| Error::missing_id("photo"))
    }

    /// A user's totals.
    pub async fn user_metrics(&self, user_id: u64) -> Result<UserMetrics> {
        let response = self
            .api()
            .user_metrics_get_by_user_id()
            .user_id(user_id)
            .run(self)
            .await?;
        Ok(UserMetrics::from(&response.result.data))
    }

    /// A user by id or username, with metrics.
    pub async fn user(&self, id_or_name: &str) -> Result<User> {
        let response = self
            .api()
            .user_get_by_id()
            .user_id(id_or_name)
            .join(kartaview_api::types::UserGetByIdJoin::Metrics)
            .run(self)
            .await?;
        Ok(User::from(&response.result.data))
    }

    /// Every photo of a sequence, ordered by `sequenceIndex`, without duplicates.
    ///
    /// The sequence and the first window of photo pages (`pagination().window` pages) are
    /// requested at once, so a sequence of up to window × page size photos (400 by default)
    /// takes one round trip; up to `window - 1` of those page requests may be past the end. The
    /// sequence's photo count then plans the remaining pages, a window at a time, with at most
    /// one request past the end.
    pub async fn sequence_photos(&self, sequence_id: u64) -> Result<SequenceWithPhotos> {
        let mut photos = Vec::new();
        let sequence = self
            .sequence_photos_in_order(sequence_id, |ready| {
                photos.extend(ready);
                ControlFlow::Continue(())
            })
            .await?;
        // Already in order but for a page that brought a photo sorting before released ones.
        sort_and_dedup_photos(&mut photos);
        Ok(SequenceWithPhotos { sequence, photos })
    }

    /// [`sequence_photos`](Client::sequence_photos), handing the photos to `on_photos` in
    /// their final order as soon as that order is certain, while later pages are still on
    /// their way: the pages arrive out of `sequenceIndex` order, so a small reorder buffer
    /// releases the contiguous run of indexes 0, 1, 2, ... and, if the indexes have a gap or a
    /// repeat, the rest sorted once every page is in. Joined, the batches are what
    /// `sequence_photos` returns. `ControlFlow::Break` from `on_photos` stops the requests
    /// (the sequence is still returned).
    pub async fn sequence_photos_in_order(
        &self,
        sequence_id: u64,
        mut on_photos: impl FnMut(Vec<Photo>) -> ControlFlow<()>,
    ) -> Result<Sequence> {
        let pagination = self.pagination().clone();
        let size = pagination.size();
        let window = u32::try_from(pagination.concurrency()).unwrap_or(u32::MAX);
        let first_window = future::join_all(
            (1..=window)
                .map(|page| self.sequence_photo_page(sequence_id, PageRequest { page, size })),
        );
        // The sequence's answer wins: its error (say, an unknown id) is the one reported.
        let (sequence, first_pages) =
            match future::select(pin!(self.sequence(sequence_id)), pin!(first_window)).await {
                Either::Left((sequence, pages)) => (sequence?, pages.await),
                Either::Right((pages, sequence)) => (sequence.await?, pages),
            };
        let mut in_order = InOrder::new(sequence_id);
        let mut hand_on = |photos: Vec<Photo>| {
            if photos.is_empty() {
                ControlFlow::Continue(())
            } else {
                on_photos(photos)
            }
        };
        let mut finished = false;
        // In page order; what comes after the last page (even an error) is not needed.
        for page in first_pages {
            if finished {
                break;
            }
            let page = page?;
            finished = page.items.is_empty() || !page.has_more;
            if hand_on(in_order.push(page.items)).is_break() {
                return Ok(sequence);
            }
        }
        if !finished {
            let fetched = u64::from(window) * u64::from(size);
            let rest = pagination
                .clone()
                .expected_items(sequence.photo_count.map(|n| n.saturating_sub(fetched)));
            let mut more = pin!(
                paginate(rest, |request: PageRequest| {
                    self.sequence_photo_page(
                        sequence_id,
                        PageRequest {
                            page: request.page.saturating_add(window),
                            size,
                        },
                    )
                })
                // What is ready at once: a page's photos.
                .ready_chunks(MAX_PAGE_SIZE as usize)
            );
            while let Some(batch) = more.next().await {
                let photos = batch.into_iter().collect::<Result<Vec<Photo>>>()?;
                if hand_on(in_order.push(photos)).is_break() {
                    return Ok(sequence);
                }
            }
        }
        // The last batch: there is nothing left to stop.
        let _ = hand_on(in_order.finish());
        Ok(sequence)
    }

    /// One page of a sequence's photos.
    async fn sequence_photo_page(
        &self,
        sequence_id: u64,
        request: PageRequest,
    ) -> Result<Page<Photo>> {
        let response = self
            .api()
            .photo_get_all()
            .sequence_id(sequence_id)
            .at_page(request)
            .run(self)
            .await?;
        Ok(response.into_page())
    }

    /// The photos a video produced: the video gives its sequence and its index in it, and the
    /// photo list filtered server-side by both gives its frames — two requests for a typical
    /// video of about 50 frames.
    pub async fn resolve_video(&self, video_id: u64) -> Result<ResolvedVideo> {
        let video = self.video(video_id).await?;
        let sequence_id = video.sequence_id.ok_or(Error::Missing {
            entity: "video",
            id: video_id,
            field: "sequence",
        })?;
        let video_index = video.sequence_index;
        let mut frames = self.api().photo_get_all().sequence_id(sequence_id);
        if let Some(index) = video_index {
            frames = frames.video_index(u64::from(index));
        }
        let mut photos: Vec<Photo> = frames.stream(self).try_collect().await?;
        // The filter is also applied here, in case the server ignores `videoIndex`.
        photos.retain(|p| p.video_id.is_none_or(|id| id == video.id));
        if video_index.is_some() {
            photos.retain(|p| p.video_id == Some(video.id) || p.video_index == video_index);
        }
        sort_and_dedup_photos(&mut photos);
        Ok(ResolvedVideo {
            video,
            sequence_id,
            photos,
        })
    }

    /// Photos by id, in the order asked (ids the server does not know are left out). Ids go
    /// 100 to a request, `pagination().window` requests at a time.
    pub async fn photos_by_ids(&self, ids: &[u64]) -> Result<Vec<Photo>> {
        let mut unique = ids.to_vec();
        unique.sort_unstable();
        unique.dedup();
        let window = self.pagination().concurrency();
        // Futures built here, not by a closure inside the stream, keep this future `Send`.
        let requests: Vec<_> = unique
            .chunks(MAX_PAGE_SIZE as usize)
            .map(|chunk| {
                let list = chunk
                    .iter()
                    .map(u64::to_string)
                    .collect::<Vec<_>>()
                    .join(",");
                let size = chunk.len() as u64;
                async move {
                    let response = self
                        .api()
                        .photo_get_all()
                        .id(list.as_str())
                        .items_per_page(size)
                        .run(self)
                        .await?;
                    Ok::<_, Error>(crate::models::photos_of(&response.result.data))
                }
            })
            .collect();
        let batches: Vec<Vec<Photo>> = stream::iter(requests)
            .buffer_unordered(window)
            .try_collect()
            .await?;
        let mut by_id: std::collections::HashMap<u64, Photo> = batches
            .into_iter()
            .flatten()
            .map(|photo| (photo.id, photo))
            .collect();
        let mut seen = std::collections::HashSet::new();
        Ok(ids
            .iter()
            .filter(|id| seen.insert(**id))
            .filter_map(|id| by_id.remove(id))
            .collect())
    }

    /// The `limit` photos nearest to a point within `radius_m` metres, nearest first. The
    /// server does not sort them, so every page within the radius is read before the nearest
    /// are kept.
    pub async fn nearby_photos(
        &self,
        center: LatLng,
        radius_m: f64,
        limit: usize,
    ) -> Result<Vec<Photo>> {
        if !(-90.0..=90.0).contains(&center.lat) || !(-180.0..=180.0).contains(&center.lng) {
            return Err(Error::invalid(
                "center",
                format!(
                    "({}, {}) is not a latitude and longitude",
                    center.lat, center.lng
                ),
            ));
        }
        if !(radius_m.is_finite() && radius_m > 0.0) {
            return Err(Error::invalid(
                "radius_m",
                format!("the radius must be a positive number of metres, not {radius_m}"),
            ));
        }
        // No limit on the pages: the nearest may come on the last one.
        let pagination = self.pagination().clone().limit(None);
        let mut photos: Vec<Photo> = self
            .api()
            .photo_get_all()
            .lat(center.lat)
            .lng(center.lng)
            .radius(radius_m)
            .stream_with(self, pagination)
            .try_collect()
            .await?;
        let mut seen = std::collections::HashSet::new();
        photos.retain(|p| seen.insert(p.id));
        photos.sort_by(|a, b| {
            let da = a.position.map_or(f64::INFINITY, |p| distance_m(center, p));
            let db = b.position.map_or(f64::INFINITY, |p| distance_m(center, p));
            da.total_cmp(&db).then(a.id.cmp(&b.id))
        });
        photos.truncate(limit);
        Ok(photos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        let cluj = LatLng {
            lat: 46.7712,
            lng: 23.6236,
        };
        assert_eq!(distance_m(cluj, cluj), 0.0);
        let north = LatLng {
            lat: 46.7812,
            lng: 23.6236,
        };
        let d = distance_m(cluj, north);
        assert!((d - 1112.0).abs() < 2.0, "{d}");
    }
}
