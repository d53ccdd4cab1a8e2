//! `kartaview decode FILE` — offline: no request is made, `--mock` has nothing to do.

use std::io::Read;
use std::path::PathBuf;

use crate::cli::Global;
use crate::error::{CliError, Context, Result};
use crate::output::{Out, print_records};
use crate::photo_record::PhotoRecord;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A saved API response holding photos (2.0 photo or sequence, 1.0 photo list); `-` reads
    /// stdin.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let out = Out::new(global);
    let body = if args.file.as_os_str() == "-" {
        let mut body = Vec::new();
        std::io::stdin()
            .read_to_end(&mut body)
            .context(|| "cannot read stdin".to_owned())?;
        body
    } else {
        std::fs::read(&args.file).context(|| format!("cannot read {}", args.file.display()))?
    };
    // 1.0 storage paths are relative to the API they came from. Only what is printed is built,
    // borrowing the body's strings: peak memory is about the body's size.
    let photos = kartaview_ext::decode::any_photo_listings(&body, &global.base_url)
        .map_err(|e| CliError::with(name(&args.file), e))?;
    print_records(&out, photos.into_iter().map(PhotoRecord::of_listing), None)
}

fn name(file: &std::path::Path) -> String {
    if file.as_os_str() == "-" {
        "stdin".to_owned()
    } else {
        file.display().to_string()
    }
}
