//! A generator of app-recording metadata (`track.txt`) for tests and benchmarks, written from
//! the grammar in the research notes (`../shared/kartaview-api/osc-recordings.md` §2), not from
//! the reader: each version's header, column layout, number and time formats and trailer as
//! its writer app produces them. It keeps its own record of every frame it writes.

use std::io::{self, Write};
use std::path::PathBuf;

/// The writer whose format is generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// Android 4.x, metadata 2.0, photo mode.
    V2Photo,
    /// Android 4.x, metadata 2.0, video mode (50 frames per video).
    V2Video,
    /// A 1.x layout, by its version string: `1.0.1` ... `1.0.8`, `1.1`, `1.1.1` ... `1.1.6`.
    Legacy(&'static str),
}

/// Every 1.x version of upload-scripts' table (`MetadataParserLegacy._known_formats`).
pub const LEGACY_VERSIONS: [&str; 15] = [
    "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.0.5", "1.0.6", "1.0.7", "1.0.8", "1.1", "1.1.1",
    "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6",
];

/// What a reader must find for one frame, from the generator's own record.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedFrame {
    pub video_index: u32,
    pub frame_index: u64,
    /// Milliseconds since the epoch.
    pub time_ms: i64,
    pub lat: f64,
    pub lng: f64,
    /// The GPS fix's time, milliseconds since the epoch.
    pub fix_time_ms: i64,
    pub heading: Option<f64>,
    pub accuracy: f64,
    /// `None` where the layout has no speed column (1.0.1–1.0.4).
    pub speed: Option<f64>,
}

/// What was written: the device named in the file and every frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub platform: &'static str,
    pub model: &'static str,
    pub video: bool,
    pub frames: Vec<ExpectedFrame>,
    /// Lines written (header, body and trailer).
    pub lines: u64,
}

/// A recording to generate.
#[derive(Debug, Clone)]
pub struct Recording {
    pub version: Version,
    pub frames: u64,
    /// Time between frames.
    pub frame_interval_ms: i64,
    /// Compass and motion-sensor rows per second (0: none).
    pub sensor_hz: i64,
    /// Whether the trailer (`END` / `DONE`) is written.
    pub trailer: bool,
}

const START_MS: i64 = 1_600_000_000_000;

impl Recording {
    pub fn new(version: Version, frames: u64) -> Recording {
        Recording {
            version,
            frames,
            frame_interval_ms: 514,
            sensor_hz: 10,
            trailer: true,
        }
    }

    /// A one-hour 2.0 video recording: 7,000 frames, GPS every second, compass and three
    /// motion sensors ten times a second (about 160,000 lines).
    pub fn one_hour() -> Recording {
        Recording::new(Version::V2Video, 7_000)
    }

    /// The time of frame `k`. Frame times are odd milliseconds and every other row's even, so
    /// "the last row before a frame" never depends on the order of rows at the same time.
    fn frame_ms(&self, k: u64) -> i64 {
        START_MS + 1003 + self.frame_interval_ms * k as i64
    }

    /// Writes the recording; returns the record of what it wrote.
    pub fn write(&self, out: impl Write) -> io::Result<Written> {
        let mut out = io::BufWriter::new(out);
        let writer = Writer::of(self.version);
        let mut lines = 0u64;
        let mut line = |out: &mut io::BufWriter<_>, text: &str| -> io::Result<()> {
            lines += 1;
            out.write_all(text.as_bytes())?;
            out.write_all(b"\n")
        };
        for header in writer.header() {
            line(&mut out, &header)?;
        }
        if writer.v2 {
            line(
                &mut out,
                &format!("{}:d:{}", writer.time(START_MS), writer.device_row),
            )?;
        }
        let end_ms = self.frame_ms(self.frames.saturating_sub(1)) + 1;
        let gps_ms = |i: i64| START_MS + 500 + 1000 * i;
        let compass_ms = |j: i64| START_MS + 50 + (1000 / self.sensor_hz.max(1)) * j;
        let (mut i, mut j, mut k) = (0i64, 0i64, 0u64);
        let mut fix: Option<Fix> = None;
        let mut heading: Option<(i64, f64)> = None;
        let mut frames = Vec::with_capacity(self.frames as usize);
        while k < self.frames {
            let next_gps = gps_ms(i);
            let next_compass = if self.sensor_hz > 0 {
                compass_ms(j)
            } else {
                i64::MAX
            };
            let next_frame = self.frame_ms(k);
            if next_gps <= next_compass && next_gps <= next_frame && next_gps < end_ms {
                let mut f = Fix::nth(i, next_gps);
                if writer.style == Style::Ios {
                    // `%f` keeps six decimals: the record holds what is written.
                    f.speed = (f.speed * 1e6).round() / 1e6;
                }
                line(&mut out, &writer.gps_row(&f))?;
                fix = Some(f);
                i += 1;
            } else if next_compass < next_frame {
                let value = ((j * 37) % 3600) as f64 / 10.0;
                line(&mut out, &writer.compass_row(next_compass, value))?;
                // Motion sensors a few milliseconds later, in their own rows.
                for row in writer.sensor_rows(next_compass + 20, j) {
                    line(&mut out, &row)?;
                }
                heading = Some((next_compass, value));
                j += 1;
            } else {
                let f = fix.expect("a GPS row precedes the first frame");
                // Photo recordings (2.0 photo mode, 1.0.x) have video index 0; videos hold 50.
                let photo = self.version == Version::V2Photo
                    || writer.layout.is_some_and(|l| l.video.is_none());
                let video_index = if photo { 0 } else { (k / 50) as u32 };
                line(
                    &mut out,
                    &writer.frame_row(next_frame, video_index, k, &f, heading),
                )?;
                frames.push(ExpectedFrame {
                    video_index,
                    frame_index: k,
                    time_ms: next_frame,
                    lat: f.lat,
                    lng: f.lng,
                    fix_time_ms: f.ms,
                    heading: if writer.layout.is_some_and(|l| l.compass.is_none()) {
                        None
                    } else {
                        heading.map(|(_, h)| h)
                    },
                    accuracy: f.accuracy,
                    speed: if writer.layout.is_some_and(|l| l.speed.is_none()) {
                        None
                    } else {
                        Some(f.speed)
                    },
                });
                k += 1;
            }
        }
        if self.trailer {
            // Both trailers are written without a line end.
            lines += 1;
            out.write_all(if writer.v2 { b"END" } else { b"DONE" })?;
        }
        out.flush()?;
        Ok(Written {
            platform: writer.platform,
            model: writer.model,
            video: match self.version {
                Version::V2Photo => false,
                Version::V2Video => true,
                Version::Legacy(v) => v.starts_with("1.1"),
            },
            frames,
            lines,
        })
    }

    /// Writes to a `Vec`.
    pub fn to_bytes(&self) -> (Vec<u8>, Written) {
        let mut bytes = Vec::new();
        let written = self.write(&mut bytes).expect("writing to memory");
        (bytes, written)
    }
}

/// A GPS fix on a grid of 1e-6 degrees and quarter metres, so every writer's decimal text of
/// it reads back as exactly these `f64`s.
#[derive(Debug, Clone, Copy)]
struct Fix {
    ms: i64,
    lat: f64,
    lng: f64,
    accuracy: f64,
    speed: f64,
}

impl Fix {
    fn nth(i: i64, ms: i64) -> Fix {
        Fix {
            ms,
            lat: (46_771_234 + 9 * i) as f64 / 1e6,
            lng: (23_591_234 + 13 * i) as f64 / 1e6,
            accuracy: 3.0 + (i % 8) as f64 * 0.25,
            // Standing still now and then: 2^-11 m/s, which Java writes as `4.8828125E-4`.
            speed: if i % 50 == 7 {
                0.000_488_281_25
            } else {
                8.0 + (i % 7) as f64 * 0.25
            },
        }
    }
}

/// A 1.x column layout, written here from the table of the research notes §2.2.
#[derive(Debug, Clone, Copy)]
struct Columns {
    count: usize,
    speed: Option<usize>,
    acceleration: usize,
    compass: Option<usize>,
    video: Option<usize>,
    frame: usize,
    vertical_accuracy: Option<usize>,
}

fn columns(version: &str) -> Columns {
    let old = |count| Columns {
        count,
        speed: None,
        acceleration: 8,
        compass: Some(12),
        video: None,
        frame: 13,
        vertical_accuracy: None,
    };
    let photo = |count| Columns {
        count,
        speed: Some(5),
        acceleration: 9,
        compass: Some(13),
        video: None,
        frame: 14,
        vertical_accuracy: None,
    };
    let video = |count, vertical_accuracy| Columns {
        count,
        speed: Some(5),
        acceleration: 9,
        compass: Some(13),
        video: Some(14),
        frame: 15,
        vertical_accuracy,
    };
    match version {
        "1.0.1" | "1.0.2" => old(14),
        "1.0.3" | "1.0.4" => old(17),
        "1.0.5" => photo(18),
        "1.0.6" | "1.0.7" | "1.0.8" => photo(19),
        "1.1" | "1.1.1" | "1.1.2" | "1.1.3" | "1.1.4" => video(20, None),
        "1.1.5" | "1.1.6" => video(21, Some(20)),
        other => panic!("no 1.x layout {other}"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    /// Java's `toString` numbers; times `s.mmm`.
    Android2,
    /// Java's numbers; times `s.m` with unpadded milliseconds (Android 1.1.6).
    AndroidUnpadded,
    /// Java's numbers; times `s.mmm`.
    Android,
    /// `%f`: six decimals everywhere.
    Ios,
}

struct Writer {
    v2: bool,
    version: &'static str,
    layout: Option<Columns>,
    style: Style,
    platform: &'static str,
    model: &'static str,
    device_row: String,
    /// iOS 1.1 repeats a location on frame rows (which readers ignore).
    location_on_frames: bool,
}

impl Writer {
    fn of(version: Version) -> Writer {
        match version {
            Version::V2Photo | Version::V2Video => Writer {
                v2: true,
                version: "2.0",
                layout: None,
                style: Style::Android2,
                platform: "Android",
                model: "samsung SM-G973F",
                device_row: format!(
                    "Android;Q;10;samsung SM-G973F;4.0.1;4.0.1;{}",
                    if version == Version::V2Video {
                        "video"
                    } else {
                        "photo"
                    }
                ),
                location_on_frames: false,
            },
            Version::Legacy(v) => {
                let ios = matches!(v, "1.1" | "1.1.5");
                Writer {
                    v2: false,
                    version: v,
                    layout: Some(columns(v)),
                    style: match v {
                        "1.1.6" => Style::AndroidUnpadded,
                        _ if ios => Style::Ios,
                        _ => Style::Android,
                    },
                    platform: if ios { "iOS" } else { "Android" },
                    model: match v {
                        "1.1" => "iPhone6S",
                        "1.1.5" => "iPhone7",
                        "1.1.6" => "samsung SM-G930F",
                        _ if v.starts_with("1.1") => "samsung SM-G900F",
                        _ => "samsung GT-I9505",
                    },
                    device_row: String::new(),
                    location_on_frames: v == "1.1",
                }
            }
        }
    }

    fn header(&self) -> Vec<String> {
        if self.v2 {
            let mut lines = vec!["METADATA:2.0".to_owned(), "HEADER".to_owned()];
            for (alias, name, version) in [
                ("d", "DEVICE", 1),
                ("g", "GPS", 1),
                ("o", "OBD", 1),
                ("cam", "CAMERA", 2),
                ("exif", "EXIF", 2),
                ("p", "PRESSURE", 1),
                ("c", "COMPASS", 1),
                ("f", "PHOTO", 1),
                ("a", "ACCELERATION", 1),
                ("y", "ATTITUDE", 1),
                ("x", "GRAVITY", 1),
            ] {
                lines.push(format!("ALIAS:{alias};{name};{version};{version}"));
            }
            lines.push("BODY".to_owned());
            return lines;
        }
        vec![match self.version {
            "1.1.6" => format!("{};7.0;1.1.6;2.3.4;video", self.model),
            "1.1.5" => format!("{};10.2;1.1.5;1.5.1(40)", self.model),
            "1.1" => format!("{};9.3.2;1.1;1.0.0(12)", self.model),
            v if v.starts_with("1.1") => format!("{};6.0.1;{v};1.6.2", self.model),
            v => format!("{};5.0.1;{v};1.9.0", self.model),
        }]
    }

    fn time(&self, ms: i64) -> String {
        let (s, m) = (ms / 1000, ms % 1000);
        match self.style {
            Style::Android2 | Style::Android => format!("{s}.{m:03}"),
            Style::AndroidUnpadded => format!("{s}.{m}"),
            Style::Ios => format!("{s}.{m:03}000"),
        }
    }

    fn num(&self, v: f64) -> String {
        match self.style {
            Style::Ios => format!("{v:.6}"),
            _ => java_double(v),
        }
    }

    fn legacy(&self, ms: i64, set: &[(usize, String)]) -> String {
        let layout = self.layout.expect("a 1.x writer");
        let mut cols = vec![String::new(); layout.count];
        cols[0] = self.time(ms);
        for (at, value) in set {
            cols[*at] = value.clone();
        }
        cols.join(";")
    }

    fn gps_row(&self, f: &Fix) -> String {
        if self.v2 {
            return format!(
                "{}:g:{};{};350.5;{};{};{}",
                self.time(f.ms),
                self.num(f.lat),
                self.num(f.lng),
                self.num(f.accuracy),
                self.num(f.accuracy),
                self.num(f.speed)
            );
        }
        let layout = self.layout.expect("a 1.x writer");
        // Longitude before latitude.
        let mut set = vec![
            (1, self.num(f.lng)),
            (2, self.num(f.lat)),
            (3, self.num(350.5)),
            (4, self.num(f.accuracy)),
        ];
        if let Some(at) = layout.speed {
            set.push((at, self.num(f.speed)));
        }
        if let Some(at) = layout.vertical_accuracy {
            set.push((at, self.num(f.accuracy)));
        }
        self.legacy(f.ms, &set)
    }

    fn compass_row(&self, ms: i64, heading: f64) -> String {
        if self.v2 {
            return format!("{}:c:{}", self.time(ms), self.num(heading));
        }
        match self.layout.and_then(|l| l.compass) {
            Some(at) => self.legacy(ms, &[(at, self.num(heading))]),
            None => self.legacy(ms, &[]),
        }
    }

    fn sensor_rows(&self, ms: i64, j: i64) -> Vec<String> {
        // Small accelerations: Java writes e.g. `2.44140625E-4`.
        let a = [(j % 5) as f64 / 4096.0, -0.02, 0.5];
        if self.v2 {
            return vec![
                format!(
                    "{}:a:{};{};{}",
                    self.time(ms),
                    self.num(a[0]),
                    self.num(a[1]),
                    self.num(a[2])
                ),
                format!("{}:y:1.2;0.1;-0.05", self.time(ms + 2)),
                format!("{}:x:0.0;0.99;0.1", self.time(ms + 4)),
            ];
        }
        let at = self.layout.expect("a 1.x writer").acceleration;
        vec![self.legacy(
            ms,
            &[
                (at, self.num(a[0])),
                (at + 1, self.num(a[1])),
                (at + 2, self.num(a[2])),
            ],
        )]
    }

    fn frame_row(
        &self,
        ms: i64,
        video: u32,
        k: u64,
        f: &Fix,
        heading: Option<(i64, f64)>,
    ) -> String {
        if self.v2 {
            let (compass_time, compass) = match heading {
                Some((t, h)) => (self.time(t), self.num(h)),
                None => (String::new(), String::new()),
            };
            // OBD fields always empty (the cached OBD object is never set).
            return format!(
                "{}:f:{video};{k};{};{};{};{};{};{compass_time};{compass};;",
                self.time(ms),
                self.time(f.ms),
                self.num(f.lat),
                self.num(f.lng),
                self.num(f.accuracy),
                self.num(f.speed)
            );
        }
        let layout = self.layout.expect("a 1.x writer");
        let mut set = vec![(layout.frame, k.to_string())];
        if let Some(at) = layout.video {
            set.push((at, video.to_string()));
        }
        if self.location_on_frames {
            // A newer location than the last GPS row: readers must not take it.
            set.push((1, self.num(f.lng + 0.0005)));
            set.push((2, self.num(f.lat + 0.0005)));
            set.push((3, self.num(350.5)));
            set.push((4, self.num(f.accuracy)));
        }
        self.legacy(ms, &set)
    }
}

/// Java's `Double.toString`: shortest digits, at least one decimal, scientific notation
/// (`1.0E-4`) below 10^-3 and from 10^7.
pub fn java_double(v: f64) -> String {
    let magnitude = v.abs();
    if v == 0.0 || (1e-3..1e7).contains(&magnitude) {
        return format!("{v:?}");
    }
    let text = format!("{v:e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    if mantissa.contains('.') {
        format!("{mantissa}E{exponent}")
    } else {
        format!("{mantissa}.0E{exponent}")
    }
}

/// `../shared/fixtures/osc-synthetic` beside the checkout, when it exists; else
/// [`crate::skip_unless_ci`].
pub fn synthetic_fixtures_dir() -> Option<PathBuf> {
    let dir = crate::workspace_root().join("../shared/fixtures/osc-synthetic");
    if dir.is_dir() {
        Some(dir)
    } else {
        crate::skip_unless_ci(format_args!(
            "{} does not exist (the synthetic recordings live in ../shared beside the checkout)",
            dir.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::java_double;

    #[test]
    fn java_double_matches_javas_forms() {
        // Values from the Java documentation's rules, checked by hand.
        assert_eq!(java_double(4.0), "4.0");
        assert_eq!(java_double(46.7712345), "46.7712345");
        assert_eq!(java_double(0.0001), "1.0E-4");
        assert_eq!(java_double(0.00048828125), "4.8828125E-4");
        assert_eq!(java_double(-0.02), "-0.02");
        assert_eq!(java_double(12345678.0), "1.2345678E7");
    }
}
