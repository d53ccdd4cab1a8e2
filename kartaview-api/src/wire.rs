//! Handwritten replacements for the spec's scalar and list `oneOf`s (the one handwritten part of
//! this crate; `cargo xtask codegen` maps the schemas here with progenitor's `with_replacement`).
//!
//! Progenitor would make each `oneOf` a `#[serde(untagged)]` enum, which buffers every value
//! into serde's private `Content` tree before trying the variants: a 2.0 photo list was parsed
//! twice and held in memory twice. These types accept exactly what those enums accepted, in one
//! pass with a visitor (only the error messages differ).

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};

use crate::types::{Photo, Sequence};

/// An integer the server usually sends as a string (`"7068281"`), sometimes as a number.
#[derive(Clone, Debug, PartialEq)]
pub enum StringOrInteger {
    /// As a string.
    String(String),
    /// As a number.
    Int64(i64),
}

/// A decimal the server usually sends as a string (`"-38.023705"`), sometimes as a number.
#[derive(Clone, Debug, PartialEq)]
pub enum StringOrNumber {
    /// As a string.
    String(String),
    /// As a number.
    Double(f64),
}

/// A 2.0 photo list's `result.data`: an array, or an object keyed by row index.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoListData {
    /// `[photo, ...]`.
    Array(Vec<Photo>),
    /// `{"0": photo, ...}`.
    Object(HashMap<String, Photo>),
}

/// A 2.0 sequence list's `result.data`: an array, or with `join=photos` an object keyed by row
/// index holding identical copies.
#[derive(Clone, Debug, PartialEq)]
pub enum SequenceListData {
    /// `[sequence, ...]`.
    Array(Vec<Sequence>),
    /// `{"0": sequence, ...}`.
    Object(HashMap<String, Sequence>),
}

impl fmt::Display for StringOrInteger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::String(x) => x.fmt(f),
            Self::Int64(x) => x.fmt(f),
        }
    }
}

impl fmt::Display for StringOrNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::String(x) => x.fmt(f),
            Self::Double(x) => x.fmt(f),
        }
    }
}

impl From<i64> for StringOrInteger {
    fn from(value: i64) -> Self {
        Self::Int64(value)
    }
}

impl From<f64> for StringOrNumber {
    fn from(value: f64) -> Self {
        Self::Double(value)
    }
}

impl From<Vec<Photo>> for PhotoListData {
    fn from(value: Vec<Photo>) -> Self {
        Self::Array(value)
    }
}

impl From<HashMap<String, Photo>> for PhotoListData {
    fn from(value: HashMap<String, Photo>) -> Self {
        Self::Object(value)
    }
}

impl From<Vec<Sequence>> for SequenceListData {
    fn from(value: Vec<Sequence>) -> Self {
        Self::Array(value)
    }
}

impl From<HashMap<String, Sequence>> for SequenceListData {
    fn from(value: HashMap<String, Sequence>) -> Self {
        Self::Object(value)
    }
}

impl<'de> Deserialize<'de> for StringOrInteger {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = StringOrInteger;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or an integer")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(StringOrInteger::String(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(StringOrInteger::String(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(StringOrInteger::Int64(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                i64::try_from(v)
                    .map(StringOrInteger::Int64)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for StringOrNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = StringOrNumber;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(StringOrNumber::String(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(StringOrNumber::String(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(StringOrNumber::Double(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(StringOrNumber::Double(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(StringOrNumber::Double(v))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// An array or an object keyed by row index, of `T`.
struct ListVisitor<T>(&'static str, std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
    type Value = Result<Vec<T>, HashMap<String, T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array or an object ({})", self.0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        // Capped: the size hint is the sender's claim, not a promise.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Ok(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut items = HashMap::with_capacity(map.size_hint().unwrap_or(0).min(4096));
        while let Some((key, value)) = map.next_entry::<String, T>()? {
            items.insert(key, value);
        }
        Ok(Err(items))
    }
}

impl<'de> Deserialize<'de> for PhotoListData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = deserializer.deserialize_any(ListVisitor::<Photo>(
            "PhotoListData",
            std::marker::PhantomData,
        ))?;
        Ok(list.map_or_else(PhotoListData::Object, PhotoListData::Array))
    }
}

impl<'de> Deserialize<'de> for SequenceListData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = deserializer.deserialize_any(ListVisitor::<Sequence>(
            "SequenceListData",
            std::marker::PhantomData,
        ))?;
        Ok(list.map_or_else(SequenceListData::Object, SequenceListData::Array))
    }
}

impl Serialize for StringOrInteger {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(s) => serializer.serialize_str(s),
            Self::Int64(n) => serializer.serialize_i64(*n),
        }
    }
}

impl Serialize for StringOrNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(s) => serializer.serialize_str(s),
            Self::Double(n) => serializer.serialize_f64(*n),
        }
    }
}

impl Serialize for PhotoListData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Array(items) => items.serialize(serializer),
            Self::Object(items) => items.serialize(serializer),
        }
    }
}

impl Serialize for SequenceListData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Array(items) => items.serialize(serializer),
            Self::Object(items) => items.serialize(serializer),
        }
    }
}
