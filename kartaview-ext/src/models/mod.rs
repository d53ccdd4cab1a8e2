//! Typed, lenient models of what the API returns.
//!
//! Each model is built from the generated wire type by [`From`], through the conversions of
//! `lenient`: ids are integers, coordinates `f64`, dates [`NaiveDateTime`] (UTC), enums fall
//! back to `Other`, and the server's sentinels become `None`.

pub mod decode;
mod geo;
pub mod image;
pub(crate) mod in_order;
pub(crate) mod lenient;
pub(crate) mod listing;
pub(crate) mod onepass;

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use kartaview_api::types;
use serde::{Deserialize, Serialize};

use crate::transport::client::ListResponse;
use crate::transport::paginate::Page;
pub use geo::{LatLng, distance_m};
use image::{ImageSize, ImageUrls};
use lenient::{datetime, flag, float, id, int, position, text, uint, unix_seconds};
pub use listing::PhotoListing;

/// How the models write a date (strftime): ISO 8601 in UTC, `2023-04-06T03:41:01Z`, since the
/// API's dates are UTC.
pub const ISO_UTC: &str = "%Y-%m-%dT%H:%M:%SZ";

/// Serializes an optional date in [`ISO_UTC`].
fn utc<S: serde::Serializer>(time: &Option<NaiveDateTime>, s: S) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => s.serialize_str(&iso_utc(time)),
        None => s.serialize_none(),
    }
}

/// Reads back what [`utc`] writes.
fn from_utc<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
    Option::<String>::deserialize(d)?
        .map(|text| NaiveDateTime::parse_from_str(&text, ISO_UTC).map_err(serde::de::Error::custom))
        .transpose()
}

/// A date in [`ISO_UTC`], as the models serialize it: `2023-04-06T03:41:01Z`.
pub fn iso_utc(time: &NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    // Written directly (a listing prints one per photo, and chrono's formatter is several times
    // slower); chrono's formatter for what it writes
    // differently: signed or five-digit years, a leap second (`:60`).
    if !(0..=9999).contains(&time.year()) || time.nanosecond() >= 1_000_000_000 {
        return time.format(ISO_UTC).to_string();
    }
    let mut text = String::with_capacity(20);
    let mut digits = |n: u32, width: u32| {
        for place in (0..width).rev() {
            let digit = n / 10u32.pow(place) % 10;
            text.push(char::from(b'0' + digit as u8));
        }
    };
    digits(time.year().unsigned_abs(), 4);
    digits(time.month(), 2);
    digits(time.day(), 2);
    digits(time.hour(), 2);
    digits(time.minute(), 2);
    digits(time.second(), 2);
    // YYYYMMDDhhmmss → YYYY-MM-DDThh:mm:ssZ
    for (at, separator) in [(4, '-'), (7, '-'), (10, 'T'), (13, ':'), (16, ':')] {
        text.insert(at, separator);
    }
    text.push('Z');
    text
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this version does not know, as the server sent it.
            Other(String),
        }

        impl $name {
            /// The value as the server spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Other(s) => s,
                }
            }

            fn from_wire(value: &Option<String>) -> Option<Self> {
                let s = text(value)?;
                Some(match s.as_str() {
                    $(w if w.eq_ignore_ascii_case($wire) => $name::$variant,)+
                    _ => $name::Other(s),
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let wire = Some(String::deserialize(d)?);
                $name::from_wire(&wire).ok_or_else(|| serde::de::Error::custom("an empty value"))
            }
        }
    };
}

string_enum! {
    /// How an image is projected.
    Projection {
        /// A flat image.
        Plane = "PLANE",
        /// A cylindrical panorama.
        Cylinder = "CYLINDER",
        /// A 360° equirectangular image.
        Sphere = "SPHERE",
        /// A fisheye image.
        Fisheye = "FISHEYE",
        /// A cube map.
        Cube = "CUBE",
    }
}

string_enum! {
    /// Lifecycle of a photo or sequence.
    EntityStatus {
        /// Visible.
        Active = "active",
        /// Deleted.
        Deleted = "deleted",
        /// Waiting to be deleted.
        DeleteQueue = "delete_queue",
        /// Hidden.
        Inactive = "inactive",
    }
}

string_enum! {
    /// Who may see a photo.
    Visibility {
        /// Everyone.
        Public = "public",
        /// Only its owner (photos not yet blurred).
        Private = "private",
    }
}

string_enum! {
    /// A step of the server's processing pipeline.
    ProcessingStatus {
        /// Not started.
        New = "NEW",
        /// Being uploaded.
        Uploading = "UPLOADING",
        /// Being processed.
        Processing = "PROCESSING",
        /// Done.
        Finished = "FINISHED",
        /// Failed.
        Failed = "FAILED",
        /// Videos split into photos.
        VideoSplit = "VIDEO_SPLIT",
        /// Upload closed.
        UploadFinished = "UPLOAD_FINISHED",
        /// Processing done.
        ProcessingFinished = "PROCESSING_FINISHED",
        /// Processing failed.
        ProcessingFailed = "PROCESSING_FAILED",
    }
}

/// Camera intrinsics recorded with a sequence.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CameraParameters {
    /// Focal length in millimetres.
    pub focal_length: Option<f64>,
    /// Aperture.
    pub aperture: Option<f64>,
    /// Horizontal field of view in degrees.
    pub horizontal_fov: Option<f64>,
    /// Vertical field of view in degrees.
    pub vertical_fov: Option<f64>,
}

impl CameraParameters {
    /// Reads any of the shapes the server sends: an object, `""`, `[]`, null, or the object
    /// serialised as a JSON string.
    fn from_wire(value: &Option<types::CameraParameters>) -> Option<Self> {
        let object = match value.as_ref()? {
            types::CameraParameters::CameraParametersObject(o) => o.clone(),
            types::CameraParameters::String(s) => {
                serde_json::from_str::<types::CameraParametersObject>(s).ok()?
            }
            types::CameraParameters::Array(_) => return None,
        };
        let params = CameraParameters {
            focal_length: object.f_len,
            aperture: object.aperture.or(object.f_number),
            horizontal_fov: object.h_fo_v,
            vertical_fov: object.v_fo_v,
        };
        (params != CameraParameters::default()).then_some(params)
    }
}

/// One detection of the image-quality model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct QualityDetail {
    /// What was detected.
    pub label: Option<i64>,
    /// Model confidence, 0 to 1.
    pub confidence: Option<f64>,
    /// How present the label is.
    pub presence_level: Option<i64>,
}

fn quality_details(value: &Option<types::QualityDetails>) -> Vec<QualityDetail> {
    let details = match value {
        Some(types::QualityDetails::Array(items)) => items.clone(),
        // With join=photo the array arrives serialised inside a string.
        Some(types::QualityDetails::String(s)) => serde_json::from_str(s).unwrap_or_default(),
        None => Vec::new(),
    };
    details
        .into_iter()
        .map(|d| QualityDetail {
            label: d.label,
            confidence: d.confidence,
            presence_level: d.presence_level,
        })
        .collect()
}

/// One street-level image.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Photo {
    /// Photo id.
    pub id: u64,
    /// The sequence it belongs to.
    pub sequence_id: Option<u64>,
    /// Its position in the sequence.
    pub sequence_index: Option<u32>,
    /// The video it was cut from, if any.
    pub video_id: Option<u64>,
    /// The index of that video within the sequence.
    pub video_index: Option<u32>,
    /// Where it was taken; `None` without a GPS fix.
    pub position: Option<LatLng>,
    /// The position snapped to the matched OSM way.
    pub matched_position: Option<LatLng>,
    /// The matched OSM way.
    pub way_id: Option<u64>,
    /// Compass heading in degrees.
    pub heading: Option<f64>,
    /// GPS accuracy in metres.
    pub gps_accuracy: Option<f64>,
    /// Capture time (UTC).
    #[serde(serialize_with = "utc", deserialize_with = "from_utc", default)]
    pub shot_date: Option<NaiveDateTime>,
    /// Upload time.
    #[serde(serialize_with = "utc", deserialize_with = "from_utc", default)]
    pub date_added: Option<NaiveDateTime>,
    /// Image width in pixels.
    pub width: Option<u32>,
    /// Image height in pixels.
    pub height: Option<u32>,
    /// Projection.
    pub projection: Option<Projection>,
    /// Field of view in degrees.
    pub field_of_view: Option<f64>,
    /// Whether the 360° image has an unwrapped rendition.
    pub is_unwrapped: bool,
    /// Whether the image is a wrapped 360° rendition.
    pub is_wrapped: bool,
    /// Lifecycle.
    pub status: Option<EntityStatus>,
    /// Who may see it.
    pub visibility: Option<Visibility>,
    /// Whether privacy blurring was applied.
    pub blurred: Option<bool>,
    /// Quality class 1 (best) to 3.
    pub quality_level: Option<u8>,
    /// Detections of the image-quality model.
    pub quality_details: Vec<QualityDetail>,
    /// Camera intrinsics, when recorded.
    pub camera: Option<CameraParameters>,
    /// The image's file name on storage.
    pub name: Option<String>,
    /// Where the image renditions are.
    pub urls: ImageUrls,
}

impl Photo {
    /// Reads an API 2.0 photo; `None` when it has no usable id.
    pub fn from_wire(p: &types::Photo) -> Option<Self> {
        let video_id = id(&p.video_id);
        Some(Photo {
            id: id(&p.id)?,
            sequence_id: id(&p.sequence_id),
            sequence_index: uint(&p.sequence_index),
            video_id,
            video_index: video_id.and(uint(&p.video_index)),
            position: position(&p.lat, &p.lng),
            matched_position: position(&p.match_lat, &p.match_lng),
            way_id: id(&p.way_id),
            heading: float(&p.heading),
            gps_accuracy: float(&p.gps_accuracy),
            shot_date: datetime(&p.shot_date),
            date_added: datetime(&p.date_added),
            width: uint(&p.width).filter(|w| *w > 0),
            height: uint(&p.height).filter(|h| *h > 0),
            projection: Projection::from_wire(&p.projection),
            field_of_view: float(&p.field_of_view).filter(|f| *f > 0.0),
            is_unwrapped: flag(&p.is_unwrapped).unwrap_or(false),
            is_wrapped: flag(&p.is_wrapped).unwrap_or(false),
            status: EntityStatus::from_wire(&p.status),
            visibility: Visibility::from_wire(&p.visibility),
            blurred: text(&p.auto_img_processing_result).map(|r| r.eq_ignore_ascii_case("BLURRED")),
            quality_level: uint(&p.quality_level),
            quality_details: quality_details(&p.quality_details),
            camera: CameraParameters::from_wire(&p.camera_parameters),
            name: text(&p.name),
            urls: ImageUrls::from_v2(p),
        })
    }

    /// A photo known only by its id, every other field unknown: the 1.0 readers fill in what
    /// their lists carry, and tests build the photos they need on it
    /// (`Photo { heading: Some(90.0), ..Photo::new(7) }`).
    pub fn new(id: u64) -> Self {
        Photo {
            id,
            sequence_id: None,
            sequence_index: None,
            video_id: None,
            video_index: None,
            position: None,
            matched_position: None,
            way_id: None,
            heading: None,
            gps_accuracy: None,
            shot_date: None,
            date_added: None,
            width: None,
            height: None,
            projection: None,
            field_of_view: None,
            is_unwrapped: false,
            is_wrapped: false,
            status: None,
            visibility: None,
            blurred: None,
            quality_level: None,
            quality_details: Vec::new(),
            camera: None,
            name: None,
            urls: ImageUrls::default(),
        }
    }

    /// Reads a photo of API 1.0's `sequence/photo-list`, resolving its storage-relative paths
    /// against `api_base`.
    pub fn from_v1_sequence_photo(p: &types::V1SequencePhoto, api_base: &str) -> Option<Self> {
        Some(Photo {
            sequence_id: id(&p.sequence_id),
            sequence_index: uint(&p.sequence_index),
            position: position(&p.lat, &p.lng),
            matched_position: position(&p.match_lat, &p.match_lng),
            way_id: id(&p.way_id),
            heading: float(&p.heading),
            gps_accuracy: float(&p.gps_accuracy),
            shot_date: datetime(&p.shot_date).or_else(|| unix_seconds(&p.timestamp)),
            date_added: datetime(&p.date_added),
            projection: Projection::from_wire(&p.projection),
            name: text(&p.file_name),
            urls: ImageUrls::from_v1(api_base, &p.name, &p.lth_name, &p.th_name, &p.ori_name),
            ..Photo::new(id(&p.id)?)
        })
    }

    /// Reads a photo of API 1.0's `list/nearby-photos`, resolving its paths against `api_base`.
    pub fn from_v1_nearby_photo(p: &types::V1NearbyPhoto, api_base: &str) -> Option<Self> {
        Some(Photo {
            sequence_id: id(&p.sequence_id),
            sequence_index: uint(&p.sequence_index),
            position: position(&p.lat, &p.lng),
            matched_position: position(&p.match_lat, &p.match_lng),
            way_id: id(&p.way_id),
            heading: float(&p.heading).or_else(|| float(&p.headers)),
            gps_accuracy: float(&p.gps_accuracy),
            shot_date: datetime(&p.shot_date),
            date_added: datetime(&p.date_added),
            projection: Projection::from_wire(&p.projection),
            field_of_view: float(&p.field_of_view).filter(|f| *f > 0.0),
            urls: ImageUrls::from_v1(api_base, &p.name, &p.lth_name, &p.th_name, &None),
            ..Photo::new(id(&p.id)?)
        })
    }

    /// Whether this is 360° imagery.
    pub fn is_spherical(&self) -> bool {
        spherical(
            self.projection == Some(Projection::Sphere),
            self.field_of_view,
            self.is_unwrapped,
        )
    }
}

/// The one rule of [`Photo::is_spherical`] (and the listings'): a sphere projection, a field
/// of view of a full turn, or an unwrapped rendition.
pub(crate) fn spherical(sphere: bool, field_of_view: Option<f64>, unwrapped: bool) -> bool {
    sphere || field_of_view.is_some_and(|f| f >= 359.0) || unwrapped
}

/// The user embedded in a sequence by `join=user`, or listed by `/2.0/user/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct User {
    /// User id.
    pub id: Option<u64>,
    /// Login name.
    pub username: Option<String>,
    /// Display name.
    pub full_name: Option<String>,
    /// `REGULAR`, `DRIVER` or `INTERNAL`.
    pub category: Option<String>,
    /// `DEDICATED`, `BYOD` or `BAU`.
    pub driver_type: Option<String>,
    /// Totals, with `join=metrics`.
    pub metrics: Option<UserMetrics>,
}

impl User {
    fn from_fields(
        user_id: &Option<types::StringOrInteger>,
        username: &Option<String>,
        full_name: &Option<String>,
        category: &Option<String>,
        driver_type: &Option<String>,
        metrics: Option<UserMetrics>,
    ) -> Self {
        User {
            id: id(user_id),
            username: text(username),
            full_name: text(full_name),
            category: text(category),
            driver_type: text(driver_type),
            metrics,
        }
    }
}

impl From<&types::SequenceUser> for User {
    fn from(u: &types::SequenceUser) -> Self {
        User::from_fields(
            &u.id,
            &u.username,
            &u.full_name,
            &u.category,
            &u.driver_type,
            None,
        )
    }
}

impl From<&types::User> for User {
    fn from(u: &types::User) -> Self {
        let metrics = u.metrics.as_ref().map(UserMetrics::from);
        User::from_fields(
            &u.id,
            &u.username,
            &u.full_name,
            &u.category,
            &u.driver_type,
            metrics,
        )
    }
}

/// A user's totals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UserMetrics {
    /// Overall rank.
    pub rank: Option<u64>,
    /// Rank this week.
    pub rank_weekly: Option<u64>,
    /// Distance recorded, in kilometres.
    pub total_distance_km: Option<f64>,
    /// Distance recorded with OBD, in kilometres.
    pub total_obd_distance_km: Option<f64>,
    /// Photos uploaded.
    pub total_photos: Option<u64>,
    /// Points earned.
    pub total_points: Option<f64>,
    /// Sequences uploaded.
    pub total_sequences: Option<u64>,
    /// Sequences still uploading.
    pub total_uploading_sequences: Option<u64>,
    /// Sequences being processed.
    pub total_processing_sequences: Option<u64>,
}

impl From<&types::UserMetrics> for UserMetrics {
    fn from(m: &types::UserMetrics) -> Self {
        UserMetrics {
            rank: uint(&m.rank),
            rank_weekly: uint(&m.rank_weekly),
            total_distance_km: float(&m.total_distance),
            total_obd_distance_km: float(&m.total_obd_distance),
            total_photos: uint(&m.total_photos),
            total_points: float(&m.total_points),
            total_sequences: uint(&m.total_sequences),
            total_uploading_sequences: uint(&m.total_uploading_sequences),
            total_processing_sequences: uint(&m.total_processing_sequences),
        }
    }
}

/// A video chunk uploaded by the apps, and the sequence it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Video {
    /// Video id.
    pub id: u64,
    /// The sequence it belongs to.
    pub sequence_id: Option<u64>,
    /// Its index within the sequence; the photos cut from it carry it as `videoIndex`.
    pub sequence_index: Option<u32>,
    /// Upload time.
    #[serde(serialize_with = "utc", deserialize_with = "from_utc", default)]
    pub date_added: Option<NaiveDateTime>,
    /// File name.
    pub name: Option<String>,
    /// Lifecycle.
    pub status: Option<EntityStatus>,
}

impl Video {
    /// Reads an API 2.0 video; `None` when it has no usable id.
    pub fn from_wire(v: &types::Video) -> Option<Self> {
        Some(Video {
            id: id(&v.id)?,
            sequence_id: id(&v.sequence_id),
            sequence_index: uint(&v.sequence_index),
            date_added: datetime(&v.date_added),
            name: text(&v.video_name),
            status: EntityStatus::from_wire(&v.status),
        })
    }
}

/// One recorded trip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Sequence {
    /// Sequence id.
    pub id: u64,
    /// Its author.
    pub user_id: Option<u64>,
    /// Active photos in the sequence.
    pub photo_count: Option<u64>,
    /// Videos recorded in the sequence.
    pub video_count: Option<u64>,
    /// Length in kilometres.
    pub distance_km: Option<f64>,
    /// First recorded position.
    pub start: Option<LatLng>,
    /// North-west corner of the bounding box.
    pub bbox_north_west: Option<LatLng>,
    /// South-east corner of the bounding box.
    pub bbox_south_east: Option<LatLng>,
    /// Upload time.
    #[serde(serialize_with = "utc", deserialize_with = "from_utc", default)]
    pub date_added: Option<NaiveDateTime>,
    /// When processing finished.
    #[serde(serialize_with = "utc", deserialize_with = "from_utc", default)]
    pub date_processed: Option<NaiveDateTime>,
    /// Recording device.
    pub device_name: Option<String>,
    /// `iOS`, `Android`, or free text.
    pub platform_name: Option<String>,
    /// Recording app version.
    pub app_version: Option<String>,
    /// ISO country code.
    pub country_code: Option<String>,
    /// Street address of the start.
    pub address: Option<String>,
    /// Lifecycle.
    pub status: Option<EntityStatus>,
    /// Upload progress.
    pub upload_status: Option<ProcessingStatus>,
    /// Image processing progress.
    pub image_processing_status: Option<ProcessingStatus>,
    /// `video`, `VDB`, ...
    pub sequence_type: Option<String>,
    /// Whether it was recorded as video.
    pub is_video: Option<bool>,
    /// Camera intrinsics.
    pub camera: Option<CameraParameters>,
    /// The recording's metadata file.
    pub metadata_url: Option<String>,
    /// Its author, with `join=user`.
    pub user: Option<User>,
    /// Its photos, with `join=photos` (or the one of `join=photo`), ordered by index.
    pub photos: Vec<Photo>,
}

impl Sequence {
    /// Reads an API 2.0 sequence; `None` when it has no usable id.
    pub fn from_wire(s: &types::Sequence) -> Option<Self> {
        let mut photos: Vec<Photo> = s
            .photos
            .iter()
            .chain(s.photo.as_deref())
            .filter_map(Photo::from_wire)
            .collect();
        sort_and_dedup_photos(&mut photos);
        Some(Sequence {
            id: id(&s.id)?,
            user_id: id(&s.user_id),
            photo_count: uint(&s.count_active_photos),
            video_count: uint(&s.count_metadata_videos),
            distance_km: float(&s.distance),
            start: position(&s.current_lat, &s.current_lng),
            bbox_north_west: position(&s.nw_lat, &s.nw_lng),
            bbox_south_east: position(&s.se_lat, &s.se_lng),
            date_added: datetime(&s.date_added),
            date_processed: datetime(&s.date_processed),
            device_name: text(&s.device_name),
            platform_name: text(&s.platform_name),
            app_version: text(&s.app_version),
            country_code: text(&s.country_code),
            address: text(&s.address),
            status: EntityStatus::from_wire(&s.status),
            upload_status: ProcessingStatus::from_wire(&s.upload_status),
            image_processing_status: ProcessingStatus::from_wire(&s.image_processing_status),
            sequence_type: text(&s.sequence_type),
            is_video: flag(&s.is_video),
            camera: CameraParameters::from_wire(&s.camera_parameters),
            metadata_url: text(&s.metadata_file_url),
            user: s.user.as_ref().map(User::from),
            photos,
        })
    }
}

/// Orders photos by sequence, then index (then capture time, then id), and drops repeated ids.
pub(crate) fn sort_and_dedup_photos(photos: &mut Vec<Photo>) {
    sort_and_dedup_by(photos, |p| {
        (p.sequence_id, p.sequence_index, p.shot_date, p.id)
    });
}

/// Orders photos (stably) by sequence, index, capture time and id, and keeps the first of each
/// id.
pub(crate) fn sort_and_dedup_by<T>(items: &mut Vec<T>, order: impl Fn(&T) -> listing::PhotoOrder) {
    // The keys are sorted with each item's place (which keeps equal keys in their order), then
    // the items moved once: cheaper than moving large items at every step of the sort.
    let mut keyed: Vec<(listing::PhotoOrder, usize)> = items
        .iter()
        .enumerate()
        .map(|(place, item)| (order(item), place))
        .collect();
    keyed.sort_unstable();
    let mut seen = std::collections::HashSet::with_capacity(keyed.len());
    keyed.retain(|(key, _)| seen.insert(key.3));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        keyed
            .iter()
            .filter_map(|(_, place)| slots.get_mut(*place)?.take()),
    );
}

/// Flattens a list's `result.data`: an array as it is, or the object keyed by row index that
/// `join=photos` produces, in key order with the identical copies removed.
pub(crate) fn list_items<'a, T>(
    array: Option<&'a Vec<T>>,
    keyed: Option<&'a std::collections::HashMap<String, T>>,
    key_of: impl Fn(&T) -> Option<i64>,
) -> Vec<&'a T> {
    if let Some(items) = array {
        return items.iter().collect();
    }
    let Some(map) = keyed else {
        return Vec::new();
    };
    let ordered: BTreeMap<(u64, &str), &T> = map
        .iter()
        .map(|(k, v)| ((k.parse::<u64>().unwrap_or(u64::MAX), k.as_str()), v))
        .collect();
    let mut seen = std::collections::HashSet::new();
    ordered
        .into_values()
        .filter(|item| key_of(item).is_none_or(|k| seen.insert(k)))
        .collect()
}

/// Sequences of a 2.0 list response, de-duplicated.
pub(crate) fn sequences_of(data: &types::SequenceListData) -> Vec<Sequence> {
    let items = match data {
        types::SequenceListData::Array(a) => list_items(Some(a), None, |s| int(&s.id)),
        types::SequenceListData::Object(m) => list_items(None, Some(m), |s| int(&s.id)),
    };
    items.into_iter().filter_map(Sequence::from_wire).collect()
}

/// Photos of a 2.0 list response, de-duplicated, in the server's order.
pub(crate) fn photos_of(data: &types::PhotoListData) -> Vec<Photo> {
    let items = match data {
        types::PhotoListData::Array(a) => list_items(Some(a), None, |p| int(&p.id)),
        types::PhotoListData::Object(m) => list_items(None, Some(m), |p| int(&p.id)),
    };
    items.into_iter().filter_map(Photo::from_wire).collect()
}

impl Photo {
    /// The URL of a rendition of this photo, if known.
    pub fn image_url(&self, size: ImageSize) -> Option<String> {
        self.urls.get(size)
    }

    /// The full-size image: the processed rendition, the wrapped one for 360° imagery that has
    /// no plain processed URL, else the largest thumbnail known.
    pub fn full_size_url(&self) -> Option<String> {
        let urls = &self.urls;
        image::full_size(
            self.is_spherical(),
            borrowed(&urls.template),
            borrowed(&urls.proc),
            borrowed(&urls.lth),
            borrowed(&urls.th),
        )
        .map(std::borrow::Cow::into_owned)
    }
}

fn borrowed(url: &Option<String>) -> Option<std::borrow::Cow<'_, str>> {
    url.as_deref().map(std::borrow::Cow::Borrowed)
}

// The two lists whose items become models.
impl ListResponse for types::PhotoListResponse {
    type Item = Photo;
    fn into_page(self) -> Page<Self::Item> {
        Page {
            has_more: self.result.has_more_data.unwrap_or(false),
            items: photos_of(&self.result.data),
        }
    }
}

impl ListResponse for types::SequenceListResponse {
    type Item = Sequence;
    fn into_page(self) -> Page<Self::Item> {
        Page {
            has_more: self.result.has_more_data.unwrap_or(false),
            items: sequences_of(&self.result.data),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_utc_writes_what_chrono_writes() {
        let chrono_iso = |t: &NaiveDateTime| t.format(ISO_UTC).to_string();
        let times = [
            "2023-04-06 03:41:01",
            "0001-01-01 00:00:00",
            "9999-12-31 23:59:59",
            "2016-12-31 23:59:60",
        ]
        .map(|s| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").expect("a time"));
        let far = chrono::NaiveDate::from_ymd_opt(12345, 6, 7)
            .and_then(|d| d.and_hms_opt(1, 2, 3))
            .expect("a time");
        let before = chrono::NaiveDate::from_ymd_opt(-44, 3, 15)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("a time");
        for time in times.iter().chain([&far, &before]) {
            assert_eq!(iso_utc(time), chrono_iso(time));
        }
        assert_eq!(iso_utc(&times[0]), "2023-04-06T03:41:01Z");
        assert_eq!(iso_utc(&times[3]), "2016-12-31T23:59:60Z");
    }
}
