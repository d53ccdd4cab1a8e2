//! One-pass decoding of saved 2.0 list bodies straight into the models, for
//! [`decode::any_photos`](crate::models::decode::any_photos).
//!
//! A short look at the start of the body (up to the first list item) picks the shape; then one
//! parse turns each item into its model as soon as it is read, so only the models stay in
//! memory. It accepts exactly what the generated `PhotoListResponse` / `SequenceListResponse`
//! accept; anything else (another shape, an error, an oddity such as a 1.0 key next to a 2.0
//! result) returns `None`, and the caller takes the general path, which gives the same answer
//! or error as before.

use std::fmt;
use std::marker::PhantomData;

use kartaview_api::types;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::error::{Result, check_status};
use crate::models::{Photo, Sequence};

/// The 2.0 list shapes this module reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Photos,
    Sequences,
}

/// The photos of a 2.0 photo or sequence list body, in the order the general path gives before
/// sorting; `None` when the general path must decide.
pub(crate) fn list_photos(body: &[u8]) -> Option<Result<Vec<Photo>>> {
    let shape = sniff(body)?;
    let mut de = serde_json::Deserializer::from_slice(body);
    let decoded = match shape {
        Shape::Photos => de.deserialize_map(EnvelopeVisitor::<PhotoItems>(PhantomData)),
        Shape::Sequences => de
            .deserialize_map(EnvelopeVisitor::<SequenceItems>(PhantomData))
            .map(|(status, sequences)| {
                let photos = sequences.into_iter().flat_map(|s| s.photos).collect();
                (status, photos)
            }),
    };
    let (status, photos) = decoded.ok()?;
    de.end().ok()?;
    Some(check_status(&status, 200).map(|()| photos))
}

// ---------------------------------------------------------------------------------------------
// The shape, from the start of the body

/// The general path's rule (`decode::Shape::of`), for the 2.0 list shapes: a body without
/// `osv` or `currentPageItems` whose `result.data` is an array, read as sequences when its first
/// item has a sequence's keys. Keyed objects, entities and the 1.0 shapes go the general way.
fn sniff(body: &[u8]) -> Option<Shape> {
    let mut de = serde_json::Deserializer::from_slice(body);
    // The look ahead leaves serde early by failing with the shape as its message.
    let message = de.deserialize_map(SniffTop).err()?.to_string();
    if message.starts_with(FOUND_PHOTOS) {
        Some(Shape::Photos)
    } else if message.starts_with(FOUND_SEQUENCES) {
        Some(Shape::Sequences)
    } else {
        None
    }
}

const FOUND_PHOTOS: &str = "\u{0}onepass: a photo list";
const FOUND_SEQUENCES: &str = "\u{0}onepass: a sequence list";

struct SniffTop;

impl<'de> Visitor<'de> for SniffTop {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "osv" | "currentPageItems" => return Err(de::Error::custom("a 1.0 shape")),
                "result" => map.next_value_seed(SniffResult)?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

struct SniffResult;

impl<'de> DeserializeSeed<'de> for SniffResult {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SniffResult {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "data" {
                return map.next_value_seed(SniffData);
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

struct SniffData;

impl<'de> DeserializeSeed<'de> for SniffData {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

fn found<E: de::Error>(shape: Shape) -> E {
    E::custom(match shape {
        Shape::Photos => FOUND_PHOTOS,
        Shape::Sequences => FOUND_SEQUENCES,
    })
}

impl<'de> Visitor<'de> for SniffData {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        match seq.next_element_seed(SniffItem)? {
            // `[]` reads as an empty photo list.
            None => Err(found(Shape::Photos)),
            Some(true) => Err(found(Shape::Sequences)),
            Some(false) => Err(found(Shape::Photos)),
        }
    }
}

/// Whether an object has a sequence's keys (`decode::is_sequence`).
struct SniffItem;

impl<'de> DeserializeSeed<'de> for SniffItem {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for SniffItem {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut sequence = false;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            sequence |= crate::models::decode::SEQUENCE_KEYS.contains(&key.as_ref());
            map.next_value::<IgnoredAny>()?;
        }
        Ok(sequence)
    }
}

// ---------------------------------------------------------------------------------------------
// The one parse

/// How the items of one list shape become models.
trait Items {
    type Wire: for<'de> serde::Deserialize<'de>;
    type Model;
    fn model(wire: &Self::Wire) -> Option<Self::Model>;
}

struct PhotoItems;

impl Items for PhotoItems {
    type Wire = types::Photo;
    type Model = Photo;
    fn model(wire: &types::Photo) -> Option<Photo> {
        Photo::from_wire(wire)
    }
}

struct SequenceItems;

impl Items for SequenceItems {
    type Wire = types::Sequence;
    type Model = Sequence;
    fn model(wire: &types::Sequence) -> Option<Sequence> {
        Sequence::from_wire(wire)
    }
}

/// `{"status": ..., "result": {"data": ..., "hasMoreData": ...}}` as the generated list
/// responses read it (unknown keys ignored, repeated or missing required keys rejected).
struct EnvelopeVisitor<I>(PhantomData<I>);

impl<'de, I: Items> Visitor<'de> for EnvelopeVisitor<I> {
    type Value = (types::Status, Vec<I::Model>);
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a 2.0 list response")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut status, mut items) = (None, None);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "status" if status.is_none() => status = Some(map.next_value()?),
                "result" if items.is_none() => {
                    items = Some(map.next_value_seed(ResultSeed::<I>(PhantomData))?);
                }
                // A repeated key, or a 1.0 key the general path would read instead.
                "status" | "result" | "osv" | "currentPageItems" => {
                    return Err(de::Error::custom("not a plain 2.0 list"));
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match (status, items) {
            (Some(status), Some(items)) => Ok((status, items)),
            _ => Err(de::Error::custom("not a plain 2.0 list")),
        }
    }
}

struct ResultSeed<I>(PhantomData<I>);

impl<'de, I: Items> DeserializeSeed<'de> for ResultSeed<I> {
    type Value = Vec<I::Model>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, I: Items> Visitor<'de> for ResultSeed<I> {
    type Value = Vec<I::Model>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list result")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut items, mut has_more) = (None, None);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "data" if items.is_none() => {
                    items = Some(map.next_value_seed(DataSeed::<I>(PhantomData))?);
                }
                "hasMoreData" if has_more.is_none() => {
                    has_more = Some(map.next_value::<Option<bool>>()?);
                }
                "data" | "hasMoreData" => return Err(de::Error::custom("repeated key")),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        items.ok_or_else(|| de::Error::missing_field("data"))
    }
}

/// The list's items (an array), each turned into its model as soon as it is read.
struct DataSeed<I>(PhantomData<I>);

impl<'de, I: Items> DeserializeSeed<'de> for DataSeed<I> {
    type Value = Vec<I::Model>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, I: Items> Visitor<'de> for DataSeed<I> {
    type Value = Vec<I::Model>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of list items")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut models = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(wire) = seq.next_element::<I::Wire>()? {
            models.extend(I::model(&wire));
        }
        Ok(models)
    }
}
