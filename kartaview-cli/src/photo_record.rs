//! A photo as every listing shows it: the table, `--json`, CSV and GeoJSON properties all read
//! their cells from one list of columns, [`COLUMNS`].

use std::borrow::Cow;
use std::sync::LazyLock;

use kartaview_ext::models::{Photo, PhotoListing};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::output::{iso, or_dash};

/// One photo, ready to be written in any format: what a listing shows of it (the image's
/// address looked up once, borrowed from a decoded body when it can be).
pub struct PhotoRecord<'a> {
    photo: PhotoListing<'a>,
}

impl<'a> PhotoRecord<'a> {
    pub fn new(photo: &Photo) -> Self {
        PhotoRecord {
            photo: PhotoListing::from(photo),
        }
    }

    /// A record of a listing decoded straight from a body (`kartaview decode`).
    pub fn of_listing(photo: PhotoListing<'a>) -> Self {
        PhotoRecord { photo }
    }

    /// Where the photo was taken.
    pub fn position(&self) -> Option<kartaview_ext::LatLng> {
        self.photo.position
    }

    /// The CSV row (RFC 4180, without its line end): empty cells for unknown values.
    pub fn csv_row(&self) -> String {
        COLUMNS
            .iter()
            .map(|column| (column.value)(self).csv())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The table's cells, left to right and padded, `-` for unknown values.
    pub fn table_row(&self) -> Vec<String> {
        table_columns()
            .map(|table| table.pad(&or_dash((table.cell)(self))))
            .collect()
    }
}

/// GeoJSON properties: every column by its key, `null` for what the server left unset.
impl Serialize for PhotoRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_typed(None, serializer)
    }
}

impl PhotoRecord<'_> {
    /// The columns, after `"type": kind` when given.
    fn serialize_typed<S: Serializer>(
        &self,
        kind: Option<&str>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map =
            serializer.serialize_map(Some(COLUMNS.len() + usize::from(kind.is_some())))?;
        if let Some(kind) = kind {
            map.serialize_entry("type", kind)?;
        }
        for column in &COLUMNS {
            map.serialize_entry(column.key, &(column.value)(self))?;
        }
        map.end()
    }
}

/// A `--json` line of a photo: `"type":"photo"`, then the columns (written directly: `decode`
/// prints one per photo, and a flattened wrapper costs it measurably).
pub struct PhotoLine<'r, 'a>(pub &'r PhotoRecord<'a>);

impl Serialize for PhotoLine<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_typed(Some("photo"), serializer)
    }
}

/// The CSV header: the columns as `--json` names them.
pub fn csv_header() -> String {
    COLUMNS
        .iter()
        .map(|column| column.key)
        .collect::<Vec<_>>()
        .join(",")
}

/// The table's headers, left to right and padded.
pub fn table_header() -> Vec<String> {
    table_columns()
        .map(|table| table.pad(table.header))
        .collect()
}

/// The table's columns, left to right (put in order once, not per row).
fn table_columns() -> impl Iterator<Item = &'static TableColumn> {
    static ORDERED: LazyLock<Vec<&'static TableColumn>> = LazyLock::new(|| {
        let mut shown: Vec<_> = COLUMNS.iter().filter_map(|c| c.table.as_ref()).collect();
        shown.sort_by_key(|table| table.place);
        shown
    });
    ORDERED.iter().copied()
}

/// One column of a photo listing.
struct Column {
    /// Its key in `--json` and GeoJSON, and its CSV header.
    key: &'static str,
    value: for<'r> fn(&'r PhotoRecord) -> Value<'r>,
    /// How the table shows it, if it does.
    table: Option<TableColumn>,
}

/// How the table shows a column.
struct TableColumn {
    /// Its place from the left (the table leads with the photo's place in its sequence).
    place: u8,
    header: &'static str,
    width: usize,
    align: Align,
    /// The cell; `None` is shown as `-`.
    cell: fn(&PhotoRecord) -> Option<String>,
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

impl TableColumn {
    /// `text` padded to the column.
    fn pad(&self, text: &str) -> String {
        let width = self.width;
        match self.align {
            Align::Left => format!("{text:<width$}"),
            Align::Right => format!("{text:>width$}"),
        }
    }
}

/// A cell's value, typed so that JSON writes numbers as numbers and CSV quotes only text.
enum Value<'r> {
    Int(Option<u64>),
    Float(Option<f64>),
    Text(Option<Cow<'r, str>>),
}

impl Value<'_> {
    fn csv(&self) -> String {
        match self {
            Value::Int(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Value::Float(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Value::Text(v) => v.as_deref().map(csv_text).unwrap_or_default(),
        }
    }
}

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Int(v) => v.serialize(serializer),
            Value::Float(v) => v.serialize(serializer),
            Value::Text(v) => v.serialize(serializer),
        }
    }
}

fn int(v: Option<impl Into<u64>>) -> Value<'static> {
    Value::Int(v.map(Into::into))
}

/// The columns, in the order of `--json`, CSV and GeoJSON properties.
static COLUMNS: [Column; 12] = [
    Column {
        key: "id",
        value: |r| int(Some(r.photo.id)),
        table: Some(TableColumn {
            place: 2,
            header: "ID",
            width: 10,
            align: Align::Right,
            cell: |r| Some(r.photo.id.to_string()),
        }),
    },
    Column {
        key: "sequenceId",
        value: |r| int(r.photo.sequence_id),
        table: Some(TableColumn {
            place: 0,
            header: "SEQUENCE",
            width: 8,
            align: Align::Right,
            cell: |r| r.photo.sequence_id.map(|v| v.to_string()),
        }),
    },
    Column {
        key: "sequenceIndex",
        value: |r| int(r.photo.sequence_index),
        table: Some(TableColumn {
            place: 1,
            header: "INDEX",
            width: 6,
            align: Align::Right,
            cell: |r| r.photo.sequence_index.map(|v| v.to_string()),
        }),
    },
    Column {
        key: "videoId",
        value: |r| int(r.photo.video_id),
        table: Some(TableColumn {
            place: 3,
            header: "VIDEO",
            width: 8,
            align: Align::Right,
            cell: |r| r.photo.video_id.map(|v| v.to_string()),
        }),
    },
    Column {
        key: "videoIndex",
        value: |r| int(r.photo.video_index),
        table: None,
    },
    Column {
        key: "lat",
        value: |r| Value::Float(r.photo.position.map(|at| at.lat)),
        table: Some(TableColumn {
            place: 4,
            header: "LAT",
            width: 10,
            align: Align::Right,
            cell: |r| r.photo.position.map(|at| format!("{:.6}", at.lat)),
        }),
    },
    Column {
        key: "lng",
        value: |r| Value::Float(r.photo.position.map(|at| at.lng)),
        table: Some(TableColumn {
            place: 5,
            header: "LNG",
            width: 11,
            align: Align::Right,
            cell: |r| r.photo.position.map(|at| format!("{:.6}", at.lng)),
        }),
    },
    Column {
        key: "heading",
        value: |r| Value::Float(r.photo.heading),
        table: Some(TableColumn {
            place: 6,
            header: "HEADING",
            width: 7,
            align: Align::Right,
            cell: |r| r.photo.heading.map(|h| format!("{h:.1}")),
        }),
    },
    Column {
        key: "shotDate",
        value: |r| Value::Text(r.photo.shot_date.as_ref().map(|t| Cow::Owned(iso(t)))),
        table: Some(TableColumn {
            place: 7,
            header: "SHOT (UTC)",
            width: 19,
            align: Align::Left,
            cell: |r| {
                r.photo
                    .shot_date
                    .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
            },
        }),
    },
    Column {
        key: "width",
        value: |r| int(r.photo.width),
        // The table shows both sides in one column.
        table: Some(TableColumn {
            place: 8,
            header: "SIZE",
            width: 9,
            align: Align::Left,
            cell: |r| Some(format!("{}x{}", r.photo.width?, r.photo.height?)),
        }),
    },
    Column {
        key: "height",
        value: |r| int(r.photo.height),
        table: None,
    },
    Column {
        key: "imageUrl",
        value: |r| Value::Text(r.photo.image_url.as_deref().map(Cow::Borrowed)),
        // Last and unpadded: addresses are long.
        table: Some(TableColumn {
            place: 9,
            header: "IMAGE",
            width: 0,
            align: Align::Left,
            cell: |r| r.photo.image_url.as_deref().map(str::to_owned),
        }),
    },
];

/// A text cell: quoted when needed (RFC 4180); a leading `=`, `+`, `-` or `@` is defused with
/// `'` so that a spreadsheet never runs a server-supplied formula.
fn csv_text(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(csv_text("http://x/a.jpg"), "http://x/a.jpg");
        assert_eq!(csv_text("http://x/a,b.jpg"), "\"http://x/a,b.jpg\"");
        assert_eq!(csv_text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_text("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }

    #[test]
    fn every_key_is_once_and_the_table_places_are_distinct() {
        let mut keys: Vec<_> = COLUMNS.iter().map(|c| c.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), COLUMNS.len());
        let places: Vec<u8> = table_columns().map(|t| t.place).collect();
        assert_eq!(places, (0..10).collect::<Vec<u8>>());
    }
}
