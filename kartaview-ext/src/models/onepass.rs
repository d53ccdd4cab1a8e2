//! One-pass decoding of saved 2.0 list bodies straight into the models, for
//! [`decode::any_photos`](crate::models::decode::any_photos).
//!
//! A short look at the start of the body (up to the first list item) picks the shape; then one
//! parse turns each item into its model as soon as it is read, so only the models stay in
//! memory. It accepts exactly what the generated `PhotoListResponse` / `SequenceListResponse`
//! accept; anything else (another shape, an error, an oddity such as a 1.0 key next to a 2.0
//! result) returns `None`, and the caller takes the general path, which gives the same answer
//! or error as before.

use std::cell::Cell;
use std::fmt;

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
    let (status, photos) = match sniff(body)?.0 {
        Shape::Photos => list(serde_json::Deserializer::from_slice(body), PhotoItems)?,
        Shape::Sequences => {
            let (status, sequences) =
                list(serde_json::Deserializer::from_slice(body), SequenceItems)?;
            (
                status,
                sequences.into_iter().flat_map(|s| s.photos).collect(),
            )
        }
    };
    Some(check_status(&status, 200).map(|()| photos))
}

/// Whether a body is a 2.0 photo list (not a sequence list) by the general path's rule: `None`
/// when it is not; else where its items begin (the offset just after the `[` of `result.data`),
/// when the key `data` was read straight from the body.
pub(crate) fn photo_list_items(body: &[u8]) -> Option<Option<usize>> {
    match sniff(body)? {
        (Shape::Photos, items) => Some(items),
        (Shape::Sequences, _) => None,
    }
}

// ---------------------------------------------------------------------------------------------
// The shape, from the start of the body

/// The general path's rule (`decode::Shape::of`), for the 2.0 list shapes: a body without
/// `osv` or `currentPageItems` whose `result.data` is an array, read as sequences when its first
/// item has a sequence's keys. Keyed objects, entities and the 1.0 shapes go the general way.
/// With the shape, where the items begin (see [`photo_list_items`]).
fn sniff(body: &[u8]) -> Option<(Shape, Option<usize>)> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let items = Cell::new(None);
    // The look ahead leaves serde early by failing with the shape as its message.
    let message = de
        .deserialize_map(SniffTop {
            body,
            items: &items,
        })
        .err()?
        .to_string();
    let shape = if message.starts_with(FOUND_PHOTOS) {
        Shape::Photos
    } else if message.starts_with(FOUND_SEQUENCES) {
        Shape::Sequences
    } else {
        return None;
    };
    Some((shape, items.get()))
}

const FOUND_PHOTOS: &str = "\u{0}onepass: a photo list";
const FOUND_SEQUENCES: &str = "\u{0}onepass: a sequence list";

/// The body, and where its `result.data` items begin once found.
struct SniffTop<'a> {
    body: &'a [u8],
    items: &'a Cell<Option<usize>>,
}

impl<'de> Visitor<'de> for SniffTop<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "osv" | "currentPageItems" => return Err(de::Error::custom("a 1.0 shape")),
                "result" => map.next_value_seed(SniffResult {
                    body: self.body,
                    items: self.items,
                })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

struct SniffResult<'a> {
    body: &'a [u8],
    items: &'a Cell<Option<usize>>,
}

impl<'de> DeserializeSeed<'de> for SniffResult<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SniffResult<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<KeyAt<'de>>()? {
            if key.text() == "data" {
                self.items.set(key.items_after(self.body));
                return map.next_value_seed(SniffData);
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

/// A key, borrowed when it is written in the body without escapes.
enum KeyAt<'de> {
    Body(&'de str),
    Copy(String),
}

impl KeyAt<'_> {
    fn text(&self) -> &str {
        match self {
            KeyAt::Body(text) => text,
            KeyAt::Copy(text) => text,
        }
    }

    /// For a key in `body` whose value is an array: the offset just after the array's `[`.
    fn items_after(&self, body: &[u8]) -> Option<usize> {
        let KeyAt::Body(key) = self else { return None };
        let key_end = (key.as_ptr() as usize + key.len()).checked_sub(body.as_ptr() as usize)?;
        // The closing quote, then `:` and `[`, with JSON's whitespace around them.
        let mut at = key_end + 1;
        for expected in [b':', b'['] {
            while body
                .get(at)
                .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            {
                at += 1;
            }
            if body.get(at) != Some(&expected) {
                return None;
            }
            at += 1;
        }
        (body.get(key_end) == Some(&b'"')).then_some(at)
    }
}

impl<'de> serde::Deserialize<'de> for KeyAt<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyAtVisitor)
    }
}

struct KeyAtVisitor;

impl<'de> Visitor<'de> for KeyAtVisitor {
    type Value = KeyAt<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(KeyAt::Body(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(KeyAt::Copy(v.to_owned()))
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
pub(crate) trait Items<'de> {
    type Model;
    /// The next item's model (`Some(None)` for an item without one), or `None` at the end.
    fn next<A: SeqAccess<'de>>(
        &mut self,
        seq: &mut A,
    ) -> Result<Option<Option<Self::Model>>, A::Error>;
}

struct PhotoItems;

impl<'de> Items<'de> for PhotoItems {
    type Model = Photo;
    fn next<A: SeqAccess<'de>>(&mut self, seq: &mut A) -> Result<Option<Option<Photo>>, A::Error> {
        Ok(seq
            .next_element::<types::Photo>()?
            .map(|wire| Photo::from_wire(&wire)))
    }
}

struct SequenceItems;

impl<'de> Items<'de> for SequenceItems {
    type Model = Sequence;
    fn next<A: SeqAccess<'de>>(
        &mut self,
        seq: &mut A,
    ) -> Result<Option<Option<Sequence>>, A::Error> {
        Ok(seq
            .next_element::<types::Sequence>()?
            .map(|wire| Sequence::from_wire(&wire)))
    }
}

/// The status and the models of a 2.0 list body of one shape, read in one pass; `None` when
/// the body is not a plain 2.0 list of that shape.
pub(crate) fn list<'de, R, I>(
    mut de: serde_json::Deserializer<R>,
    items: I,
) -> Option<(types::Status, Vec<I::Model>)>
where
    R: serde_json::de::Read<'de>,
    I: Items<'de>,
{
    let decoded = de.deserialize_map(EnvelopeVisitor(items)).ok()?;
    de.end().ok()?;
    Some(decoded)
}

/// `{"status": ..., "result": {"data": ..., "hasMoreData": ...}}` as the generated list
/// responses read it (unknown keys ignored, repeated or missing required keys rejected).
struct EnvelopeVisitor<I>(I);

impl<'de, I: Items<'de>> Visitor<'de> for EnvelopeVisitor<I> {
    type Value = (types::Status, Vec<I::Model>);
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a 2.0 list response")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut status, mut items, mut source) = (None, None, Some(self.0));
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "status" if status.is_none() => status = Some(map.next_value()?),
                "result" if source.is_some() => {
                    if let Some(source) = source.take() {
                        items = Some(map.next_value_seed(ResultSeed(source))?);
                    }
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

struct ResultSeed<I>(I);

impl<'de, I: Items<'de>> DeserializeSeed<'de> for ResultSeed<I> {
    type Value = Vec<I::Model>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, I: Items<'de>> Visitor<'de> for ResultSeed<I> {
    type Value = Vec<I::Model>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list result")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut items, mut has_more, mut source) = (None, None, Some(self.0));
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "data" if source.is_some() => {
                    if let Some(source) = source.take() {
                        items = Some(map.next_value_seed(DataSeed(source))?);
                    }
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
struct DataSeed<I>(I);

impl<'de, I: Items<'de>> DeserializeSeed<'de> for DataSeed<I> {
    type Value = Vec<I::Model>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, I: Items<'de>> Visitor<'de> for DataSeed<I> {
    type Value = Vec<I::Model>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of list items")
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut models = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(model) = self.0.next(&mut seq)? {
            models.extend(model);
        }
        Ok(models)
    }
}
