//! Small helpers: a seeded PRNG, calendar maths, number formats, base64url, geodesy, JPEG bytes.

/// SplitMix64: tiny, fast and good enough for fake data; keeps `rand` out of the build.
#[derive(Clone, Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    /// Uniform in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(crate) fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// `n` lower-case hex digits, like the md5-ish names of real files.
    pub(crate) fn hex(&mut self, n: usize) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        (0..n)
            .map(|_| DIGITS[(self.next_u64() & 15) as usize] as char)
            .collect()
    }
}

/// Combines two values into one well-mixed seed.
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    Rng::new(a ^ b.rotate_left(32) ^ 0xA076_1D64_78BD_642F).next_u64()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn split(unix: i64) -> (i64, u32, u32, i64, i64, i64) {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    (y, m, d, secs / 3600, (secs / 60) % 60, secs % 60)
}

/// `YYYY-MM-DD HH:MM:SS`, the 2.0 format.
pub(crate) fn fmt_datetime(unix: i64) -> String {
    let (y, m, d, h, mi, s) = split(unix);
    format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02}")
}

/// `YYYY-MM-DD  (HH:MM)` with two spaces, the 1.0 list format.
pub(crate) fn fmt_v1_date(unix: i64) -> String {
    let (y, m, d, h, mi, _) = split(unix);
    format!("{y:04}-{m:02}-{d:02}  ({h:02}:{mi:02})")
}

/// `Y/M/D` without zero padding, as in storage paths.
pub(crate) fn date_path(unix: i64) -> String {
    let (y, m, d, ..) = split(unix);
    format!("{y}/{m}/{d}")
}

/// Parses `YYYY-MM-DD HH:MM:SS` (optionally with `.000`), as clients send `shotDate`.
pub(crate) fn parse_datetime(s: &str) -> Option<i64> {
    let s = s.trim();
    let (date, time) = s.split_once([' ', 'T']).unwrap_or((s, "00:00:00"));
    let mut dp = date.split('-');
    let y: i64 = dp.next()?.parse().ok()?;
    let m: u32 = dp.next()?.parse().ok()?;
    let d: u32 = dp.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1..=9999).contains(&y) {
        return None;
    }
    let time = time.split('.').next().unwrap_or("");
    let mut tp = time.split(':');
    let h: i64 = tp.next()?.parse().ok()?;
    let mi: i64 = tp.next().unwrap_or("0").parse().ok()?;
    let sec: i64 = tp.next().unwrap_or("0").parse().ok()?;
    if !(0..24).contains(&h) || !(0..60).contains(&mi) || !(0..61).contains(&sec) {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86_400 + h * 3600 + mi * 60 + sec)
}

/// A float printed with 17 significant digits, like PHP's `json_encode` of a double
/// (`5.0999999999999996`); the real API leaks such values in `cameraParameters`.
pub(crate) fn sig17(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return "0".to_string();
    }
    let exp = v.abs().log10().floor() as i32;
    let decimals = (16 - exp).max(0) as usize;
    format!("{v:.decimals$}")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding, as the imgproxy CDN URLs use.
pub(crate) fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

pub(crate) fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

const EARTH_RADIUS_M: f64 = 6_371_008.8;

pub(crate) fn haversine_m(lat1: f64, lng1: f64, lat2: f64, lng2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lng2 - lng1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().atan2((1.0 - a).sqrt())
}

/// Moves `dist_m` metres along `bearing_deg` (flat-earth step, fine for a few metres).
pub(crate) fn step(lat: f64, lng: f64, bearing_deg: f64, dist_m: f64) -> (f64, f64) {
    let b = bearing_deg.to_radians();
    let dlat = dist_m * b.cos() / EARTH_RADIUS_M;
    let dlng = dist_m * b.sin() / (EARTH_RADIUS_M * lat.to_radians().cos().max(1e-6));
    (lat + dlat.to_degrees(), lng + dlng.to_degrees())
}

pub(crate) fn bearing(lat1: f64, lng1: f64, lat2: f64, lng2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lng2 - lng1).to_radians();
    let y = dl.sin() * p2.cos();
    let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
    (y.atan2(x).to_degrees() + 360.0) % 360.0
}

/// A valid 8×8 grey baseline JPEG with `comment` in a COM segment, so that bytes differ per
/// photo while staying tiny (about 200 bytes).
pub(crate) fn jpeg(comment: &str) -> Vec<u8> {
    let mut j = Vec::with_capacity(200 + comment.len());
    j.extend_from_slice(&[0xFF, 0xD8]);
    // APP0 JFIF 1.1, no density, no thumbnail.
    j.extend_from_slice(&[
        0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
        0x01, 0x00, 0x00,
    ]);
    let com = &comment.as_bytes()[..comment.len().min(60_000)];
    let len = (com.len() + 2) as u16;
    j.extend_from_slice(&[0xFF, 0xFE]);
    j.extend_from_slice(&len.to_be_bytes());
    j.extend_from_slice(com);
    // Quantisation table 0, all ones.
    j.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x43, 0x00]);
    j.extend_from_slice(&[1u8; 64]);
    // SOF0: 8-bit, 8×8, one component (id 1, 1×1 sampling, table 0).
    j.extend_from_slice(&[
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00,
    ]);
    // DC and AC Huffman tables, each with the single 1-bit code "0" for symbol 0.
    for class in [0x00u8, 0x10] {
        j.extend_from_slice(&[0xFF, 0xC4, 0x00, 0x14, class, 0x01]);
        j.extend_from_slice(&[0u8; 15]);
        j.push(0x00);
    }
    // SOS, then one block: DC difference 0 ("0") and EOB ("0"), padded with ones.
    j.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
    j.push(0x3F);
    j.extend_from_slice(&[0xFF, 0xD9]);
    j
}

/// Width and height from the SOFn segment of a JPEG, when the bytes are one.
pub(crate) fn jpeg_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_sof {
            let seg = bytes.get(i + 4..i + 9)?;
            let h = u32::from(u16::from_be_bytes([seg[1], seg[2]]));
            let w = u32::from(u16::from_be_bytes([seg[3], seg[4]]));
            return Some((w, h));
        }
        i += 2 + len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        let z = days_from_civil(2023, 4, 6);
        assert_eq!(civil_from_days(z), (2023, 4, 6));
        assert_eq!(
            fmt_datetime(z * 86_400 + 4 * 3600 + 16 * 60 + 15),
            "2023-04-06 04:16:15"
        );
        assert_eq!(
            fmt_v1_date(z * 86_400 + 13 * 3600 + 12 * 60),
            "2023-04-06  (13:12)"
        );
        assert_eq!(date_path(z * 86_400), "2023/4/6");
        assert_eq!(
            parse_datetime("2023-04-06 04:16:15.000"),
            Some(z * 86_400 + 15_375)
        );
        assert_eq!(parse_datetime("2023-13-06 04:16:15"), None);
        assert_eq!(parse_datetime("garbage"), None);
    }

    #[test]
    fn seventeen_digit_floats_match_php() {
        assert_eq!(sig17(5.1), "5.0999999999999996");
        assert_eq!(sig17(67.096_04), "67.096040000000002");
        assert_eq!(sig17(0.002_540_086_4), "0.0025400864000000001");
    }

    #[test]
    fn base64url_round_trips() {
        for s in [
            "",
            "a",
            "ab",
            "abc",
            "https://storage13.openstreetcam.org/x.jpg",
        ] {
            let e = base64url_encode(s.as_bytes());
            assert!(!e.contains('='));
            assert_eq!(base64url_decode(&e).as_deref(), Some(s.as_bytes()));
        }
        assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
        assert_eq!(base64url_decode("!!"), None);
    }

    #[test]
    fn jpeg_is_well_formed() {
        let j = jpeg("photo 7");
        assert_eq!(&j[..2], &[0xFF, 0xD8]);
        assert_eq!(&j[j.len() - 2..], &[0xFF, 0xD9]);
        assert_eq!(jpeg_dimensions(&j), Some((8, 8)));
        assert_ne!(j, jpeg("photo 8"));
        assert_eq!(jpeg_dimensions(b"not a jpeg"), None);
    }

    #[test]
    fn geodesy_is_consistent() {
        let (lat, lng) = step(46.77, 23.59, 90.0, 100.0);
        let d = haversine_m(46.77, 23.59, lat, lng);
        assert!((d - 100.0).abs() < 0.5, "{d}");
        assert!((bearing(46.77, 23.59, lat, lng) - 90.0).abs() < 0.5);
    }
}
