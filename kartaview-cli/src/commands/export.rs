//! `kartaview export (--sequence ID | --video ID | --user ID|USERNAME) --format geojson|gpx|csv|html [-o FILE]`

use std::path::PathBuf;

use crate::cli::{Global, Source};
use crate::error::{CliError, Result};
use crate::formats::{self, Meta, Track};
use crate::output::{Written, count};
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    // With --user, a track per sequence.
    #[command(flatten)]
    pub source: Source,
    /// The file format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Write here instead of stdout (`-` is stdout).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With --format html: the map's tiles, an http(s) URL with {z}, {x} and {y} [default:
    /// OpenStreetMap's, which may refuse a page opened from disk: it sends no Referer]
    #[arg(long, value_name = "URL")]
    pub tiles: Option<String>,
    /// With --format html: who to credit for --tiles (plain text), beside OpenStreetMap.
    #[arg(long, value_name = "TEXT")]
    pub tiles_attribution: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A FeatureCollection: the track (LineString) and a Point per photo.
    Geojson,
    /// GPX 1.1: a waypoint per photo and the track.
    Gpx,
    /// One row per photo, with a header.
    Csv,
    /// A page to open in a browser: the track and its photos on a map (OpenStreetMap tiles when
    /// online), each photo's thumbnail, time and index on click.
    Html,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Geojson => "geojson",
            Format::Gpx => "gpx",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }
}

/// The map's tile URL template, checked before anything is fetched.
fn tiles(args: &Args) -> Result<&str> {
    if args.format != Format::Html {
        if args.tiles.is_some() || args.tiles_attribution.is_some() {
            return Err(CliError::msg(
                "--tiles and --tiles-attribution go with --format html",
            ));
        }
        return Ok(formats::OSM_TILES);
    }
    let Some(tiles) = args.tiles.as_deref() else {
        return Ok(formats::OSM_TILES);
    };
    let web = tiles.starts_with("https://") || tiles.starts_with("http://");
    if !web || !["{z}", "{x}", "{y}"].iter().all(|p| tiles.contains(p)) {
        return Err(CliError::msg(format!(
            "--tiles {tiles:?}: give an http(s) URL with {{z}}, {{x}} and {{y}}, e.g. {}",
            formats::OSM_TILES
        )));
    }
    Ok(tiles)
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let tiles = tiles(args)?;
    let session = Session::start(global).await?;
    let out = &session.out;
    // A track per sequence: one for --sequence and --video, each of the user's for --user.
    let super::Sources {
        label,
        parts: loaded,
        ..
    } = super::load_source(&session.client, &args.source, out).await?;
    let titles: Vec<String> = loaded
        .iter()
        .map(|l| format!("KartaView {}", l.label))
        .collect();
    let title = format!("KartaView {label}");
    let tracks: Vec<Track> = loaded
        .iter()
        .zip(&titles)
        .map(|(one, title)| Track {
            photos: &one.photos,
            meta: Meta {
                title,
                sequence_id: one.sequence_id,
            },
        })
        .collect();
    let photos = || tracks.iter().flat_map(|t| t.photos);
    let body = match args.format {
        Format::Geojson => {
            formats::geojson(&tracks).map_err(|e| CliError::with("cannot encode GeoJSON", e))?
        }
        Format::Gpx => formats::gpx(&title, &tracks).into_bytes(),
        Format::Csv => formats::csv(photos()).into_bytes(),
        Format::Html => {
            let map = formats::MapPage {
                title: &title,
                tiles,
                attribution: args.tiles_attribution.as_deref(),
            };
            formats::html(&tracks, &map)
                .map_err(|e| CliError::with("cannot encode the map's GeoJSON", e))?
        }
    };
    let total = photos().count();
    let without = photos().filter(|p| p.position.is_none()).count();
    if without > 0 {
        let photos = count(without, "photo");
        let verb = if without == 1 { "has" } else { "have" };
        out.note(&match args.format {
            Format::Csv => format!("{photos} {verb} no GPS position (empty lat and lng)"),
            _ => format!("{photos} {verb} no GPS position: left out of the geometry"),
        });
    }
    let path = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let Some(path) = path else {
        return out.raw(&body);
    };
    kartaview_ext::files::write_atomically(path, &body, false)?;
    let format = args.format.name();
    if out.json {
        out.json_line(&Written {
            path: path.display().to_string(),
            format,
            photos: total,
            without_position: without,
            bytes: body.len(),
        })
    } else if out.quiet {
        Ok(())
    } else {
        out.line(&format!(
            "{label}: {} as {format} → {}",
            count(total, "photo"),
            path.display()
        ))
    }
}
