//! `kartaview sequence ID`

use kartaview_ext::Sequence;
use serde::Serialize;

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::{iso, print_fields};
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sequence's id.
    pub id: u64,
}

/// A sequence as `--json` prints it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SequenceJson {
    id: u64,
    user_id: Option<u64>,
    photo_count: Option<u64>,
    video_count: Option<u64>,
    distance_km: Option<f64>,
    lat: Option<f64>,
    lng: Option<f64>,
    north: Option<f64>,
    west: Option<f64>,
    south: Option<f64>,
    east: Option<f64>,
    date_added: Option<String>,
    date_processed: Option<String>,
    device_name: Option<String>,
    platform_name: Option<String>,
    app_version: Option<String>,
    country_code: Option<String>,
    address: Option<String>,
    status: Option<String>,
    upload_status: Option<String>,
    image_processing_status: Option<String>,
    sequence_type: Option<String>,
    is_video: Option<bool>,
    metadata_url: Option<String>,
}

impl From<&Sequence> for SequenceJson {
    fn from(s: &Sequence) -> Self {
        SequenceJson {
            id: s.id,
            user_id: s.user_id,
            photo_count: s.photo_count,
            video_count: s.video_count,
            distance_km: s.distance_km,
            lat: s.start.map(|at| at.lat),
            lng: s.start.map(|at| at.lng),
            north: s.bbox_north_west.map(|at| at.lat),
            west: s.bbox_north_west.map(|at| at.lng),
            south: s.bbox_south_east.map(|at| at.lat),
            east: s.bbox_south_east.map(|at| at.lng),
            date_added: s.date_added.as_ref().map(iso),
            date_processed: s.date_processed.as_ref().map(iso),
            device_name: s.device_name.clone(),
            platform_name: s.platform_name.clone(),
            app_version: s.app_version.clone(),
            country_code: s.country_code.clone(),
            address: s.address.clone(),
            status: s.status.as_ref().map(ToString::to_string),
            upload_status: s.upload_status.as_ref().map(ToString::to_string),
            image_processing_status: s.image_processing_status.as_ref().map(ToString::to_string),
            sequence_type: s.sequence_type.clone(),
            is_video: s.is_video,
            metadata_url: s.metadata_url.clone(),
        }
    }
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let sequence = session
        .client
        .sequence(args.id)
        .await
        .map_err(|e| CliError::with(format!("sequence {}", args.id), e))?;
    let s = SequenceJson::from(&sequence);
    if out.json {
        return out.json_line(&s);
    }
    let corner = |lat: Option<f64>, lng: Option<f64>| Some(format!("{:.6}, {:.6}", lat?, lng?));
    print_fields(
        out,
        &format!("sequence {}", s.id),
        &[
            ("user", s.user_id.map(|u| u.to_string())),
            ("photos", s.photo_count.map(|n| n.to_string())),
            ("videos", s.video_count.map(|n| n.to_string())),
            ("distance", s.distance_km.map(|d| format!("{d} km"))),
            ("start", corner(s.lat, s.lng)),
            ("north-west", corner(s.north, s.west)),
            ("south-east", corner(s.south, s.east)),
            ("added", s.date_added),
            ("processed", s.date_processed),
            ("device", s.device_name),
            ("platform", s.platform_name),
            ("app version", s.app_version),
            ("country", s.country_code),
            ("address", s.address),
            ("status", s.status),
            ("upload", s.upload_status),
            ("processing", s.image_processing_status),
            ("type", s.sequence_type),
            (
                "video",
                s.is_video.map(|v| if v { "yes" } else { "no" }.to_owned()),
            ),
            ("metadata", s.metadata_url),
        ],
    )
}
