//! [`PhotoListing`]: what a listing shows of a photo, and a reader that takes it straight from a
//! 2.0 photo list body for [`decode::any_photo_listings`](crate::decode::any_photo_listings).
//!
//! The reader borrows the body's strings and keeps only the listing's fields of each photo;
//! every other key of the generated `types::Photo` is checked against the type the generated
//! decoder gives it (strings, numbers or strings, nested objects through the generated types),
//! so that it never accepts a body the general path refuses. Anything it is unsure of makes it
//! step aside (`None`), and the caller takes the general path.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDateTime;
use kartaview_api::types;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::error::{Result, check_status};
use crate::models::geo::LatLng;
use crate::models::lenient::{
    datetime_str, finite, id_of, lat_lng, parse_flag, parse_float, parse_int, text_str, uint_of,
};
use crate::models::onepass::{self, Items};
use crate::models::{Photo, image, spherical};

mod parallel;

/// What a listing shows of a photo (the CLI's JSON lines, tables and CSV rows): the fields of
/// [`Photo`] it prints and the full-size image's address, which borrows from the decoded body
/// when it can.
#[derive(Debug, Clone, PartialEq)]
pub struct PhotoListing<'a> {
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
    /// Where it was taken.
    pub position: Option<LatLng>,
    /// Compass heading in degrees.
    pub heading: Option<f64>,
    /// Capture time (UTC).
    pub shot_date: Option<NaiveDateTime>,
    /// Image width in pixels.
    pub width: Option<u32>,
    /// Image height in pixels.
    pub height: Option<u32>,
    /// [`Photo::full_size_url`].
    pub image_url: Option<Cow<'a, str>>,
}

/// The order of photo listings: by sequence, index, capture time and id.
pub(crate) type PhotoOrder = (Option<u64>, Option<u32>, Option<NaiveDateTime>, u64);

impl PhotoListing<'_> {
    pub(crate) fn order(&self) -> PhotoOrder {
        (
            self.sequence_id,
            self.sequence_index,
            self.shot_date,
            self.id,
        )
    }
}

impl From<&Photo> for PhotoListing<'static> {
    fn from(photo: &Photo) -> Self {
        PhotoListing {
            id: photo.id,
            sequence_id: photo.sequence_id,
            sequence_index: photo.sequence_index,
            video_id: photo.video_id,
            video_index: photo.video_index,
            position: photo.position,
            heading: photo.heading,
            shot_date: photo.shot_date,
            width: photo.width,
            height: photo.height,
            image_url: photo.full_size_url().map(Cow::Owned),
        }
    }
}

/// The listings of a 2.0 photo list body, in the body's order; `None` when the general path
/// must decide.
pub(crate) fn photo_list(body: &[u8]) -> Option<Result<Vec<PhotoListing<'_>>>> {
    let items = onepass::photo_list_items(body)?;
    // A large body is read on several threads when it can be cut where its items meet.
    if let Some(listings) = items.and_then(|items| parallel::photo_list(body, items)) {
        return Some(listings);
    }
    on_one_thread(body)
}

/// [`photo_list`] on this thread alone, once the shape is known.
fn on_one_thread(body: &[u8]) -> Option<Result<Vec<PhotoListing<'_>>>> {
    // Checked as UTF-8 once, not string by string (a body that is not steps aside).
    let text = std::str::from_utf8(body).ok()?;
    let (status, listings) = onepass::list(
        serde_json::Deserializer::from_str(text),
        ListingItems::new(),
    )?;
    Some(check_status(&status, 200).map(|()| listings))
}

struct ListingItems<'de> {
    /// For each key, the key that followed it last: the server writes every photo's keys in
    /// the same order, so this guess is nearly always right, and a wrong one costs a search.
    after: [Option<u8>; KEYS.len()],
    _body: PhantomData<&'de ()>,
}

impl ListingItems<'_> {
    fn new() -> Self {
        ListingItems {
            after: [None; KEYS.len()],
            _body: PhantomData,
        }
    }
}

impl<'de> Items<'de> for ListingItems<'de> {
    type Model = PhotoListing<'de>;
    fn next<A: SeqAccess<'de>>(
        &mut self,
        seq: &mut A,
    ) -> Result<Option<Option<Self::Model>>, A::Error> {
        seq.next_element_seed(PhotoSeed(&mut self.after))
    }
}

// ---------------------------------------------------------------------------------------------
// The keys of `types::Photo`

/// How the generated decoder reads a key's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `Option<String>`: null or a string.
    Text,
    /// `Option<StringOrInteger>`: null, a string, or an integer that fits `i64`.
    Integer,
    /// `Option<StringOrNumber>`: null, a string or any number.
    Number,
    /// `Option<QualityDetails>`: null, a string, or an array of detail objects.
    QualityDetails,
    /// Anything else: read by the generated type itself.
    Generated(Nested),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Nested {
    CameraParameters,
    /// `matchLat` / `matchLng`, the spec's other string-or-number schema.
    Coordinate,
    RawData,
    Sequence,
    User,
    Video,
}

/// Where a value the listing shows goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// Checked, then dropped.
    None,
    Id,
    SequenceId,
    SequenceIndex,
    VideoId,
    VideoIndex,
    Lat,
    Lng,
    Heading,
    FieldOfView,
    Width,
    Height,
    IsUnwrapped,
    ShotDate,
    Projection,
    FileUrl,
    ImageProcUrl,
    FileUrlProc,
    ImageLthUrl,
    FileUrlLth,
    ImageThUrl,
    FileUrlTh,
}

/// Every key of the generated `types::Photo`, sorted by bytes (a test compares them with the
/// generated decoder's own list and checks each kind against it).
const KEYS: [(&str, Kind, Slot); 58] = {
    use Kind::{Generated, Integer, Number, QualityDetails, Text};
    use Nested::{CameraParameters, Coordinate, RawData, Sequence, User, Video};
    [
        ("autoImgProcessingResult", Text, Slot::None),
        ("autoImgProcessingStatus", Text, Slot::None),
        ("cameraParameters", Generated(CameraParameters), Slot::None),
        ("dateAdded", Text, Slot::None),
        ("dateProcessed", Text, Slot::None),
        ("distance", Number, Slot::None),
        ("fieldOfView", Number, Slot::FieldOfView),
        ("filepath", Text, Slot::None),
        ("filepathLTh", Text, Slot::None),
        ("filepathProc", Text, Slot::None),
        ("filepathTh", Text, Slot::None),
        ("fileurl", Text, Slot::FileUrl),
        ("fileurlLTh", Text, Slot::FileUrlLth),
        ("fileurlProc", Text, Slot::FileUrlProc),
        ("fileurlTh", Text, Slot::FileUrlTh),
        ("from", Integer, Slot::None),
        ("gpsAccuracy", Number, Slot::None),
        ("hasObd", Integer, Slot::None),
        ("headers", Number, Slot::None),
        ("heading", Number, Slot::Heading),
        ("height", Integer, Slot::Height),
        ("id", Integer, Slot::Id),
        ("imageLthUrl", Text, Slot::ImageLthUrl),
        ("imagePartProjection", Text, Slot::None),
        ("imageProcUrl", Text, Slot::ImageProcUrl),
        ("imageThUrl", Text, Slot::ImageThUrl),
        ("isUnwrapped", Integer, Slot::IsUnwrapped),
        ("isWrapped", Integer, Slot::None),
        ("lat", Number, Slot::Lat),
        ("lng", Number, Slot::Lng),
        ("matchLat", Generated(Coordinate), Slot::None),
        ("matchLng", Generated(Coordinate), Slot::None),
        ("matchSegmentId", Number, Slot::None),
        ("name", Text, Slot::None),
        ("orgCode", Text, Slot::None),
        ("projection", Text, Slot::Projection),
        ("projectionYaw", Number, Slot::None),
        ("qualityDetails", QualityDetails, Slot::None),
        ("qualityLevel", Integer, Slot::None),
        ("qualityStatus", Text, Slot::None),
        ("rawDataId", Integer, Slot::None),
        ("rawdata", Generated(RawData), Slot::None),
        ("sequence", Generated(Sequence), Slot::None),
        ("sequenceId", Integer, Slot::SequenceId),
        ("sequenceIndex", Integer, Slot::SequenceIndex),
        ("shotDate", Text, Slot::ShotDate),
        ("status", Text, Slot::None),
        ("storage", Text, Slot::None),
        ("to", Integer, Slot::None),
        ("unwrapVersion", Integer, Slot::None),
        ("user", Generated(User), Slot::None),
        ("video", Generated(Video), Slot::None),
        ("videoId", Integer, Slot::VideoId),
        ("videoIndex", Integer, Slot::VideoIndex),
        ("visibility", Text, Slot::None),
        ("wayId", Integer, Slot::None),
        ("width", Integer, Slot::Width),
        ("wrapVersion", Integer, Slot::None),
    ]
};

// ---------------------------------------------------------------------------------------------
// One photo

/// A scalar as sent, borrowed from the body unless it had escapes.
enum Scalar<'de> {
    Str(Cow<'de, str>),
    Int(i64),
    Float(f64),
}

impl Scalar<'_> {
    /// `lenient::int`.
    fn int(&self) -> Option<i64> {
        match self {
            Scalar::Str(s) => parse_int(s),
            Scalar::Int(n) => Some(*n),
            Scalar::Float(_) => None,
        }
    }

    /// `lenient::float`.
    fn float(&self) -> Option<f64> {
        match self {
            Scalar::Str(s) => parse_float(s),
            // What `StringOrNumber` makes of an integer.
            Scalar::Int(n) => finite(*n as f64),
            Scalar::Float(f) => finite(*f),
        }
    }

    /// `lenient::flag`.
    fn flag(&self) -> Option<bool> {
        match self {
            Scalar::Str(s) => parse_flag(s),
            Scalar::Int(n) => Some(*n != 0),
            Scalar::Float(_) => None,
        }
    }
}

/// A photo's values, as read so far.
#[derive(Default)]
struct Raw<'de> {
    id: Option<i64>,
    sequence_id: Option<i64>,
    sequence_index: Option<i64>,
    video_id: Option<i64>,
    video_index: Option<i64>,
    lat: Option<f64>,
    lng: Option<f64>,
    heading: Option<f64>,
    field_of_view: Option<f64>,
    width: Option<i64>,
    height: Option<i64>,
    is_unwrapped: Option<bool>,
    shot_date: Option<NaiveDateTime>,
    sphere: bool,
    file_url: Option<Cow<'de, str>>,
    image_proc_url: Option<Cow<'de, str>>,
    file_url_proc: Option<Cow<'de, str>>,
    image_lth_url: Option<Cow<'de, str>>,
    file_url_lth: Option<Cow<'de, str>>,
    image_th_url: Option<Cow<'de, str>>,
    file_url_th: Option<Cow<'de, str>>,
}

impl<'de> Raw<'de> {
    fn scalar(&mut self, slot: Slot, value: Option<Scalar<'de>>) {
        let Some(value) = value else { return };
        match slot {
            Slot::Id => self.id = value.int(),
            Slot::SequenceId => self.sequence_id = value.int(),
            Slot::SequenceIndex => self.sequence_index = value.int(),
            Slot::VideoId => self.video_id = value.int(),
            Slot::VideoIndex => self.video_index = value.int(),
            Slot::Width => self.width = value.int(),
            Slot::Height => self.height = value.int(),
            Slot::IsUnwrapped => self.is_unwrapped = value.flag(),
            Slot::Lat => self.lat = value.float(),
            Slot::Lng => self.lng = value.float(),
            Slot::Heading => self.heading = value.float(),
            Slot::FieldOfView => self.field_of_view = value.float(),
            _ => {}
        }
    }

    fn text(&mut self, slot: Slot, value: Option<Cow<'de, str>>) {
        let Some(value) = value else { return };
        match slot {
            Slot::ShotDate => self.shot_date = datetime_str(&value),
            Slot::Projection => {
                self.sphere = text_str(&value).is_some_and(|p| p.eq_ignore_ascii_case("SPHERE"));
            }
            Slot::FileUrl => self.file_url = Some(value),
            Slot::ImageProcUrl => self.image_proc_url = Some(value),
            Slot::FileUrlProc => self.file_url_proc = Some(value),
            Slot::ImageLthUrl => self.image_lth_url = Some(value),
            Slot::FileUrlLth => self.file_url_lth = Some(value),
            Slot::ImageThUrl => self.image_th_url = Some(value),
            Slot::FileUrlTh => self.file_url_th = Some(value),
            _ => {}
        }
    }

    /// `Photo::from_wire`, then `PhotoListing::from`; `None` without a usable id.
    fn listing(self) -> Option<PhotoListing<'de>> {
        let id = id_of(self.id)?;
        let video_id = id_of(self.video_id);
        let field_of_view = self.field_of_view.filter(|f| *f > 0.0);
        let spherical = spherical(
            self.sphere,
            field_of_view,
            self.is_unwrapped.unwrap_or(false),
        );
        // `ImageUrls::from_v2`: the CDN URL, else the legacy one, never a template.
        let explicit = |cdn: Option<Cow<'de, str>>, legacy: Option<Cow<'de, str>>| {
            concrete(text_cow(cdn)).or_else(|| concrete(text_cow(legacy)))
        };
        let template = text_cow(self.file_url).filter(|u| image::is_template(u));
        let image_url = image::full_size(
            spherical,
            template,
            explicit(self.image_proc_url, self.file_url_proc),
            explicit(self.image_lth_url, self.file_url_lth),
            explicit(self.image_th_url, self.file_url_th),
        );
        Some(PhotoListing {
            id,
            sequence_id: id_of(self.sequence_id),
            sequence_index: uint_of(self.sequence_index),
            video_id,
            video_index: video_id.and(uint_of(self.video_index)),
            position: lat_lng(self.lat, self.lng),
            heading: self.heading,
            shot_date: self.shot_date,
            width: uint_of(self.width).filter(|w| *w > 0),
            height: uint_of(self.height).filter(|h| *h > 0),
            image_url,
        })
    }
}

/// `lenient::text`, keeping a borrowed string borrowed.
fn text_cow(value: Option<Cow<'_, str>>) -> Option<Cow<'_, str>> {
    match value? {
        Cow::Borrowed(s) => text_str(s).map(Cow::Borrowed),
        Cow::Owned(s) => text_str(&s).map(|t| Cow::Owned(t.to_owned())),
    }
}

fn concrete(url: Option<Cow<'_, str>>) -> Option<Cow<'_, str>> {
    url.filter(|u| image::is_concrete(u))
}

/// One item of `result.data`: a photo object (with the guesses of the next key).
struct PhotoSeed<'g>(&'g mut [Option<u8>; KEYS.len()]);

impl<'de> DeserializeSeed<'de> for PhotoSeed<'_> {
    type Value = Option<PhotoListing<'de>>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PhotoSeed<'_> {
    type Value = Option<PhotoListing<'de>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a photo")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut raw = Raw::default();
        let mut seen = 0u64;
        // The guess for the first key is kept after the last one.
        let mut previous = KEYS.len() - 1;
        while let Some(key) = map.next_key_seed(KeySeed(self.0[previous]))? {
            let Some(index) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            self.0[previous] = u8::try_from(index).ok();
            previous = index;
            // The generated decoder refuses a repeated key.
            if seen & (1 << index) != 0 {
                return Err(de::Error::custom("repeated key"));
            }
            seen |= 1 << index;
            let (_, kind, slot) = KEYS[index];
            match kind {
                Kind::Text => raw.text(slot, map.next_value_seed(TextSeed)?),
                Kind::Integer => raw.scalar(slot, map.next_value_seed(ScalarSeed(false))?),
                Kind::Number => raw.scalar(slot, map.next_value_seed(ScalarSeed(true))?),
                Kind::QualityDetails => map.next_value_seed(QualityDetailsSeed)?,
                Kind::Generated(nested) => nested.check(&mut map)?,
            }
        }
        Ok(raw.listing())
    }
}

impl Nested {
    /// Reads the value with its generated type, for the generated decoder's verdict.
    fn check<'de, A: MapAccess<'de>>(self, map: &mut A) -> Result<(), A::Error> {
        match self {
            Nested::CameraParameters => {
                // The usual shapes here, the rare ones through the generated type.
                if !map.next_value_seed(CameraParametersSeed)? {
                    return Err(de::Error::custom("camera parameters"));
                }
            }
            Nested::Coordinate => drop(map.next_value::<Option<types::StringOrNumber>>()?),
            Nested::RawData => drop(map.next_value::<Option<types::SequenceRawData>>()?),
            Nested::Sequence => drop(map.next_value::<Option<types::Sequence>>()?),
            Nested::User => drop(map.next_value::<Option<types::SequenceUser>>()?),
            Nested::Video => drop(map.next_value::<Option<types::Video>>()?),
        }
        Ok(())
    }
}

/// A key: its place in [`KEYS`], `None` for a key `types::Photo` does not know; tried first
/// at the guessed place.
struct KeySeed(Option<u8>);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        let guess = self.0.map(usize::from);
        if let Some(guess) = guess.filter(|g| KEYS.get(*g).is_some_and(|k| k.0 == key)) {
            return Ok(Some(guess));
        }
        Ok(KEYS.binary_search_by(|(k, _, _)| k.cmp(&key)).ok())
    }
}

/// [`Kind::Text`]'s value.
struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Option<Cow<'de, str>>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = Option<Cow<'de, str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or null")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v.to_owned())))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// [`Kind::Integer`]'s value (`ScalarSeed(false)`) or [`Kind::Number`]'s (`ScalarSeed(true)`).
struct ScalarSeed(bool);

impl<'de> DeserializeSeed<'de> for ScalarSeed {
    type Value = Option<Scalar<'de>>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed {
    type Value = Option<Scalar<'de>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, a number or null")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Scalar::Str(Cow::Borrowed(v))))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(Scalar::Str(Cow::Owned(v.to_owned()))))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(if self.0 {
            Scalar::Float(v as f64)
        } else {
            Scalar::Int(v)
        }))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        if self.0 {
            return Ok(Some(Scalar::Float(v as f64)));
        }
        // `StringOrInteger` refuses what `i64` cannot hold.
        i64::try_from(v)
            .map(|v| Some(Scalar::Int(v)))
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        if self.0 {
            Ok(Some(Scalar::Float(v)))
        } else {
            Err(E::invalid_type(de::Unexpected::Float(v), &self))
        }
    }
}

/// `qualityDetails`: null, a string, or an array of objects whose `confidence` is a number and
/// whose `label` and `presence_level` are integers (each may be null); anything else steps
/// aside.
struct QualityDetailsSeed;

impl<'de> DeserializeSeed<'de> for QualityDetailsSeed {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for QualityDetailsSeed {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("quality details")
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(QualityDetailSeed)?.is_some() {}
        Ok(())
    }
}

struct QualityDetailSeed;

impl<'de> DeserializeSeed<'de> for QualityDetailSeed {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for QualityDetailSeed {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a quality detail")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = [false; 3];
        while let Some(key) =
            map.next_key_seed(NameSeed(&["confidence", "label", "presence_level"]))?
        {
            let Some(index) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            if std::mem::replace(&mut seen[index], true) {
                return Err(de::Error::custom("repeated key"));
            }
            match map.next_value_seed(ScalarSeed(index == 0))? {
                None | Some(Scalar::Int(_) | Scalar::Float(_)) => {}
                Some(Scalar::Str(_)) => return Err(de::Error::custom("a string")),
            }
        }
        Ok(())
    }
}

/// `cameraParameters`: `true` for null, a string, an array (the generated `oneOf` takes any)
/// or an object of numbers; `false` (step aside) for an object the generated type may refuse.
struct CameraParametersSeed;

impl<'de> DeserializeSeed<'de> for CameraParametersSeed {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CameraParametersSeed {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("camera parameters")
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<bool, E> {
        Ok(true)
    }
    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(true)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(true)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        const FIELDS: [&str; 8] = [
            "aperture", "fLen", "fNumber", "hFoV", "height", "vFoV", "vZF", "width",
        ];
        let mut seen = [false; FIELDS.len()];
        let mut plain = true;
        while let Some(key) = map.next_key_seed(NameSeed(&FIELDS))? {
            let Some(index) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            plain &= !std::mem::replace(&mut seen[index], true);
            plain &= !matches!(map.next_value_seed(ScalarSeed(true))?, Some(Scalar::Str(_)));
        }
        Ok(plain)
    }
}

/// A key: its place among `names`, `None` for another.
struct NameSeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for NameSeed {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for NameSeed {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|name| *name == key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::{any_photo_listings, any_photos};
    use serde_json::{Value, json};

    /// The field names a derived `Deserialize` passes to `deserialize_struct`.
    fn generated_keys<T: for<'de> serde::Deserialize<'de>>() -> Vec<&'static str> {
        struct Capture(Vec<&'static str>);
        #[derive(Debug)]
        struct Stop;
        impl fmt::Display for Stop {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("stop")
            }
        }
        impl std::error::Error for Stop {}
        impl de::Error for Stop {
            fn custom<M: fmt::Display>(_: M) -> Self {
                Stop
            }
        }
        impl<'de> Deserializer<'de> for &mut Capture {
            type Error = Stop;
            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
                Err(Stop)
            }
            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Stop> {
                self.0.extend(fields);
                Err(Stop)
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
                identifier ignored_any
            }
        }
        let mut capture = Capture(Vec::new());
        assert!(T::deserialize(&mut capture).is_err());
        capture.0
    }

    #[test]
    fn the_keys_are_the_generated_photos_sorted() {
        let mut generated = generated_keys::<types::Photo>();
        generated.sort_unstable();
        let ours: Vec<&str> = KEYS.iter().map(|k| k.0).collect();
        assert_eq!(ours, generated);
    }

    fn list(photos: Vec<Value>) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "status": {"apiCode": "600", "apiMessage": "ok", "httpCode": 200},
            "result": {"data": photos, "hasMoreData": false},
        }))
        .expect("json")
    }

    /// The listings agree with [`any_photos`]: the same photos, order and values, or the same
    /// error. Returns whether the one-pass reader took the body.
    fn agrees(body: &[u8]) -> bool {
        let text = String::from_utf8_lossy(body);
        let fast = photo_list(body).is_some();
        let listings = any_photo_listings(body, "http://x").map_err(|e| e.to_string());
        let general = any_photos(body, "http://x")
            .map(|photos| photos.iter().map(PhotoListing::from).collect::<Vec<_>>())
            .map_err(|e| e.to_string());
        assert_eq!(listings, general, "{text}");
        fast
    }

    fn photo(extra: Value) -> Value {
        let mut photo = json!({
            "id": "10", "sequenceId": "1001", "sequenceIndex": "3", "lat": "46.770001",
            "lng": 23.5901, "heading": "", "shotDate": "2023-04-06 03:41:01",
            "width": 1920, "height": "1080", "videoId": "0",
            "qualityDetails": [{"label": 1, "confidence": 0.5, "presence_level": null}],
            "cameraParameters": [], "projection": "PLANE", "fileurl": "http://x/{{sizeprefix}}/a.jpg",
        });
        if let (Some(photo), Some(extra)) = (photo.as_object_mut(), extra.as_object()) {
            photo.extend(extra.clone());
        }
        photo
    }

    /// Every key with values of every JSON type: the reader takes the body only when the
    /// generated decoder accepts it, and then says the same.
    #[test]
    fn every_key_with_every_type_agrees_with_the_general_path() {
        let samples = [
            json!(null),
            json!("7"),
            json!(" 12.00 "),
            json!(""),
            json!(5),
            json!(-3),
            json!(2.5),
            json!(18446744073709551615u64),
            json!(true),
            json!([]),
            json!([1, "a"]),
            json!({}),
            json!({"fLen": 4.2, "label": 1}),
            json!([{"label": 1.5}]),
            json!([{"label": 2, "label": 3}]),
            json!({"aperture": "f/2"}),
        ];
        let mut taken = 0;
        for (key, _, _) in KEYS {
            for sample in &samples {
                let body = list(vec![
                    photo(json!({ key: sample })),
                    photo(json!({"id": "11"})),
                ]);
                taken += usize::from(agrees(&body));
            }
        }
        // Most of them are ordinary values the reader takes.
        assert!(taken > KEYS.len() * 3, "{taken}");
    }

    #[test]
    fn quirks_and_urls_agree() {
        let bodies = [
            // Sentinels, numbers as strings, the keyed order, repeated ids, id 0, NaN.
            list(vec![
                photo(json!({"id": "12", "sequenceIndex": "2", "shotDate": "0000-00-00 00:00:00"})),
                photo(json!({"id": 10, "sequenceIndex": 0, "videoId": "77", "videoIndex": "3"})),
                photo(json!({"id": "11", "sequenceIndex": "1", "lat": "0.000000", "lng": "0.000000"})),
                photo(json!({"id": "11", "sequenceIndex": "1"})),
                photo(json!({"id": "0", "sequenceIndex": "4"})),
                photo(json!({"id": "13", "heading": "NaN", "width": "0", "height": -1})),
                photo(json!({"id": "14", "shotDate": "2025-09-14 08:30:12.000", "sequenceIndex": null})),
            ]),
            // Every way to the full-size image.
            list(vec![
                photo(json!({"id": "1", "imageProcUrl": " https://cdn/p.jpg ", "fileurlProc": "http://s/p.jpg"})),
                photo(json!({"id": "2", "imageProcUrl": "", "fileurlProc": "http://s/p.jpg"})),
                photo(json!({"id": "3", "projection": "sphere"})),
                photo(json!({"id": "4", "fieldOfView": "360", "fileurl": "http://s/[[sizeprefix]]/b.jpg"})),
                photo(json!({"id": "5", "isUnwrapped": "Y"})),
                photo(json!({"id": "6", "fileurl": null, "imageLthUrl": "http://s/lth.jpg", "fileurlTh": "http://s/th.jpg"})),
                photo(json!({"id": "7", "fileurl": null, "fileurlTh": "http://s/t\u{e9}\"h.jpg"})),
                photo(json!({"id": "8", "fileurl": "", "imageProcUrl": "http://s/{{sizeprefix}}/c.jpg"})),
            ]),
            // Escapes in keys and values.
            br#"{"status":{"apiCode":600},"result":{"data":[{"\u0069d":"\u0039","fileurlProc":"http:\/\/s\/p.jpg"}]}}"#.to_vec(),
            // An unknown key of any shape is ignored.
            list(vec![photo(json!({"newKey": {"deep": [1, {"x": null}]}}))]),
        ];
        for body in &bodies {
            assert!(agrees(body), "{}", String::from_utf8_lossy(body));
        }
        let listings = any_photo_listings(&bodies[1], "http://x").expect("urls");
        let urls: Vec<Option<&str>> = listings.iter().map(|l| l.image_url.as_deref()).collect();
        assert_eq!(
            urls,
            [
                Some("https://cdn/p.jpg"),
                Some("http://s/p.jpg"),
                Some("http://x/wrapped_proc/a.jpg"),
                Some("http://s/wrapped_proc/b.jpg"),
                Some("http://x/wrapped_proc/a.jpg"),
                Some("http://s/lth.jpg"),
                Some("http://s/té\"h.jpg"),
                // A template is never an explicit URL.
                None,
            ]
        );
        // Borrowed from the body where it had no escapes.
        assert!(matches!(listings[0].image_url, Some(Cow::Borrowed(_))));
    }

    #[test]
    fn what_it_is_unsure_of_goes_the_general_way() {
        let bodies = [
            // Repeated keys, a photo that is an array, an error envelope, invalid UTF-8.
            br#"{"status":{"apiCode":600},"result":{"data":[{"id":"3","id":"4"}]}}"#.to_vec(),
            br#"{"status":{"apiCode":600},"result":{"data":[["3"]]}}"#.to_vec(),
            br#"{"status":{"apiCode":600},"result":{"data":[{"id":"3","cameraParameters":{"fLen":"4"}}]}}"#.to_vec(),
            b"{\"status\":{\"apiCode\":600},\"result\":{\"data\":[{\"id\":\"3\",\"x\":\"\xff\"}]}}".to_vec(),
            br#"{"status":{"apiCode":600},"result":{"data":{"0":{"id":"3"}}}}"#.to_vec(),
        ];
        for body in &bodies {
            assert!(!agrees(body), "{}", String::from_utf8_lossy(body));
        }
        let error = br#"{"status":{"apiCode":"618","apiMessage":"no","httpCode":200},"result":{"data":[{"id":"3"}]}}"#;
        assert!(agrees(error));
        assert!(any_photo_listings(error, "http://x").is_err());
    }
}
