//! `kartaview nearby --lat LAT --lng LNG [--radius METRES] [--limit N]`

use kartaview_ext::LatLng;

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::print_photos;
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Latitude in decimal degrees (WGS 84).
    #[arg(long, allow_negative_numbers = true)]
    pub lat: f64,
    /// Longitude in decimal degrees (WGS 84).
    #[arg(long, allow_negative_numbers = true)]
    pub lng: f64,
    /// Search radius in metres.
    #[arg(long, value_name = "METRES", default_value_t = 50.0)]
    pub radius: f64,
    /// At most this many photos.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: usize,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let center = LatLng {
        lat: args.lat,
        lng: args.lng,
    };
    let spinner = progress::spinner(out, "searching");
    let photos = session
        .client
        .nearby_photos(center, args.radius, args.limit)
        .await;
    progress::finish(spinner);
    let photos = photos.map_err(|e| {
        CliError::with(
            format!(
                "photos within {} m of {}, {}",
                args.radius, args.lat, args.lng
            ),
            e,
        )
    })?;
    print_photos(out, &photos, Some(center))
}
