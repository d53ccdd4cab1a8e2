//! The one place where the server's loosely typed scalars become Rust values.
//!
//! KartaView sends most numbers as strings, marks "nothing" with sentinels (`"0"` ids,
//! `"0.000000"` coordinates, `"0000-00-00 00:00:00"` dates, `""`) and writes dates in three
//! formats. Every conversion here is total: a value it cannot read becomes `None`.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use kartaview_api::types::{StringOrInteger, StringOrNumber};

use crate::models::geo::LatLng;

/// A trimmed, non-empty string.
pub(crate) fn text(value: &Option<String>) -> Option<String> {
    value.as_deref().and_then(text_str).map(str::to_owned)
}

/// [`text`] of a borrowed string.
pub(crate) fn text_str(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// An integer sent as a string or a number.
pub(crate) fn int(value: &Option<StringOrInteger>) -> Option<i64> {
    match value.as_ref()? {
        StringOrInteger::Int64(n) => Some(*n),
        StringOrInteger::String(s) => parse_int(s),
    }
}

/// An integer sent as a string.
pub(crate) fn parse_int(s: &str) -> Option<i64> {
    let s = s.trim();
    s.parse::<i64>().ok().or_else(|| {
        // "12.00" style integers.
        s.parse::<f64>()
            .ok()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

/// A non-negative integer; `None` for negatives.
pub(crate) fn uint<T: TryFrom<i64>>(value: &Option<StringOrInteger>) -> Option<T> {
    uint_of(int(value))
}

/// [`uint`] of an integer already read.
pub(crate) fn uint_of<T: TryFrom<i64>>(n: Option<i64>) -> Option<T> {
    n.and_then(|n| T::try_from(n).ok())
}

/// An id: `"0"`, `0` and negatives mean "none".
pub(crate) fn id(value: &Option<StringOrInteger>) -> Option<u64> {
    id_of(int(value))
}

/// [`id`] of an integer already read.
pub(crate) fn id_of(n: Option<i64>) -> Option<u64> {
    n.filter(|n| *n > 0).and_then(|n| u64::try_from(n).ok())
}

/// A decimal sent as a string or a number; `""` and non-finite values are `None`.
pub(crate) fn float(value: &Option<StringOrNumber>) -> Option<f64> {
    match value.as_ref()? {
        StringOrNumber::Double(n) => finite(*n),
        StringOrNumber::String(s) => parse_float(s),
    }
}

/// A decimal sent as a string; `""` and non-finite values are `None`.
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().and_then(finite)
}

/// `f` unless it is NaN or infinite.
pub(crate) fn finite(f: f64) -> Option<f64> {
    f.is_finite().then_some(f)
}

/// A `"0"`/`"1"` (or `"Y"`/`"N"`, `"yes"`) flag.
pub(crate) fn flag(value: &Option<StringOrInteger>) -> Option<bool> {
    match value.as_ref()? {
        StringOrInteger::Int64(n) => Some(*n != 0),
        StringOrInteger::String(s) => parse_flag(s),
    }
}

/// A flag sent as a string.
pub(crate) fn parse_flag(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "y" | "yes" | "true" => Some(true),
        "0" | "n" | "no" | "false" => Some(false),
        _ => None,
    }
}

/// A position; `(0, 0)` is the server's "no fix" and out-of-range values are not positions.
pub(crate) fn position(
    lat: &Option<StringOrNumber>,
    lng: &Option<StringOrNumber>,
) -> Option<LatLng> {
    lat_lng(float(lat), float(lng))
}

/// [`position`] of coordinates already read.
pub(crate) fn lat_lng(lat: Option<f64>, lng: Option<f64>) -> Option<LatLng> {
    let (lat, lng) = (lat?, lng?);
    let valid = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lng);
    (valid && !(lat == 0.0 && lng == 0.0)).then_some(LatLng { lat, lng })
}

/// A timestamp in any of the server's formats; `"0000-00-00 00:00:00"` and `""` are `None`.
///
/// Formats: `2023-04-06 03:41:01`, `2025-09-14 08:30:12.000`, the 1.0 lists' `2017-07-31  (13:12)`,
/// RFC 3339, and a bare `YYYY-MM-DD`. The zone is not stated; values are taken as UTC.
pub(crate) fn datetime(value: &Option<String>) -> Option<NaiveDateTime> {
    datetime_str(value.as_deref()?)
}

/// [`datetime`] of a borrowed string.
pub(crate) fn datetime_str(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    if s.is_empty() || s.starts_with("0000-00-00") {
        return None;
    }
    // The server's usual shape, read without chrono's format interpreter (a photo list has two
    // dates per photo); anything else, or an impossible date, takes the general way.
    if let Some(time) = plain_datetime(s) {
        return Some(time);
    }
    const FORMATS: [&str; 3] = [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d  (%H:%M)",
        "%Y-%m-%dT%H:%M:%S%.f",
    ];
    FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .or_else(|| DateTime::parse_from_rfc3339(s).ok().map(|d| d.naive_utc()))
        .or_else(|| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

/// `YYYY-MM-DD HH:MM:SS` exactly.
fn plain_datetime(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 19
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b' '
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)?.and_hms_opt(
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    )
}

/// Unix seconds sent as a string.
pub(crate) fn unix_seconds(value: &Option<StringOrInteger>) -> Option<NaiveDateTime> {
    int(value)
        .filter(|s| *s > 0)
        .and_then(|s| DateTime::from_timestamp(s, 0))
        .map(|d| d.naive_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Option<StringOrInteger> {
        Some(StringOrInteger::String(v.to_owned()))
    }
    fn f(v: &str) -> Option<StringOrNumber> {
        Some(StringOrNumber::String(v.to_owned()))
    }
    fn t(v: &str) -> Option<String> {
        Some(v.to_owned())
    }

    #[test]
    fn ids_and_sentinels() {
        assert_eq!(id(&s("7068281")), Some(7068281));
        assert_eq!(id(&Some(StringOrInteger::Int64(112))), Some(112));
        assert_eq!(id(&s("0")), None);
        assert_eq!(id(&s("")), None);
        assert_eq!(id(&None), None);
        assert_eq!(uint::<u32>(&s("-1")), None);
        assert_eq!(int(&s("12.00")), Some(12));
    }

    #[test]
    fn coordinates() {
        assert_eq!(
            position(&f("-38.023705"), &f("144.409032")),
            Some(LatLng {
                lat: -38.023705,
                lng: 144.409032
            })
        );
        assert_eq!(position(&f("0.000000"), &f("0.000000")), None);
        assert_eq!(position(&f(""), &f("1.0")), None);
        assert_eq!(position(&f("91"), &f("1.0")), None);
        assert_eq!(float(&f("5.0999999999999996")), Some(5.1));
        assert_eq!(float(&f("NaN")), None);
    }

    #[test]
    fn dates_in_every_format() {
        let expect = |v: &str| datetime(&t(v)).map(|d| d.to_string());
        assert_eq!(
            expect("2023-04-06 03:41:01").as_deref(),
            Some("2023-04-06 03:41:01")
        );
        assert_eq!(
            expect("2025-09-14 08:30:12.000").as_deref(),
            Some("2025-09-14 08:30:12")
        );
        assert_eq!(
            expect("2017-07-31  (13:12)").as_deref(),
            Some("2017-07-31 13:12:00")
        );
        assert_eq!(expect("2017-07-31").as_deref(), Some("2017-07-31 00:00:00"));
        assert_eq!(
            expect("2024-01-02T03:04:05Z").as_deref(),
            Some("2024-01-02 03:04:05")
        );
        assert_eq!(expect("0000-00-00 00:00:00"), None);
        // The quick reader and chrono agree, impossible dates included.
        for v in [
            "2023-04-06 03:41:01",
            "1999-12-31 23:59:59",
            "2024-02-29 00:00:00",
            "2023-02-29 00:00:00",
            "2023-04-06 24:00:00",
            "2023-04-06 03:41:60",
            "2023-13-06 03:41:01",
            "2023-04-06 3:41:01 ",
            "+023-04-06 03:41:01",
        ] {
            let chrono = NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M:%S%.f").ok();
            let quick = plain_datetime(v);
            assert!(
                quick.is_none() || quick == chrono,
                "{v}: {quick:?} / {chrono:?}"
            );
            if let Some(chrono) = chrono {
                assert_eq!(datetime(&t(v)), Some(chrono), "{v}");
            }
        }
        assert!(plain_datetime("2024-02-29 00:00:00").is_some());
        assert_eq!(plain_datetime("2023-02-29 00:00:00"), None);
        assert_eq!(
            plain_datetime("2023-04-06 03:41:01")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2023-04-06 03:41:01")
        );
        assert_eq!(expect("14 Jul 17"), None);
        assert_eq!(expect(""), None);
        assert_eq!(
            unix_seconds(&s("1500387291"))
                .map(|d| d.to_string())
                .as_deref(),
            Some("2017-07-18 14:14:51")
        );
    }

    #[test]
    fn flags_and_text() {
        assert_eq!(flag(&s("1")), Some(true));
        assert_eq!(flag(&s("N")), Some(false));
        assert_eq!(flag(&s("maybe")), None);
        assert_eq!(text(&t("  ")), None);
        assert_eq!(text(&t(" iOS ")).as_deref(), Some("iOS"));
    }
}
