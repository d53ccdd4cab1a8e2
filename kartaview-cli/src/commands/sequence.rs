//! `kartaview sequence ID`

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::{Typed, iso, print_fields};
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sequence's id.
    pub id: u64,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let sequence = session
        .client
        .sequence(args.id)
        .await
        .map_err(|e| CliError::with(format!("sequence {}", args.id), e))?;
    let s = &sequence;
    if out.json {
        return out.json_line(&Typed::new("sequence", s));
    }
    let at = |p: Option<kartaview_ext::LatLng>| p.map(|p| format!("{:.6}, {:.6}", p.lat, p.lng));
    print_fields(
        out,
        &format!("sequence {}", s.id),
        &[
            ("user", shown(&s.user_id)),
            ("photos", shown(&s.photo_count)),
            ("videos", shown(&s.video_count)),
            ("distance", s.distance_km.map(|d| format!("{d} km"))),
            ("start", at(s.start)),
            ("north-west", at(s.bbox_north_west)),
            ("south-east", at(s.bbox_south_east)),
            ("added", s.date_added.as_ref().map(iso)),
            ("processed", s.date_processed.as_ref().map(iso)),
            ("device", shown(&s.device_name)),
            ("platform", shown(&s.platform_name)),
            ("app version", shown(&s.app_version)),
            ("country", shown(&s.country_code)),
            ("address", shown(&s.address)),
            ("status", shown(&s.status)),
            ("upload", shown(&s.upload_status)),
            ("processing", shown(&s.image_processing_status)),
            ("type", shown(&s.sequence_type)),
            (
                "video",
                s.is_video.map(|v| if v { "yes" } else { "no" }.to_owned()),
            ),
            ("metadata", shown(&s.metadata_url)),
        ],
    )
}

fn shown<T: ToString>(value: &Option<T>) -> Option<String> {
    value.as_ref().map(ToString::to_string)
}
