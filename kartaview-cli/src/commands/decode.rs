//! `kartaview decode FILE` — offline: no request is made, `--mock` has nothing to do.

use std::io::Read;
use std::path::{Path, PathBuf};

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
        Body::Read(body)
    } else {
        Body::of_file(&args.file).context(|| format!("cannot read {}", args.file.display()))?
    };
    // 1.0 storage paths are relative to the API they came from. Only what is printed is built,
    // borrowing the body's strings: peak memory is about the body's size.
    let photos = kartaview_ext::decode::any_photo_listings(&body, &global.base_url)
        .map_err(|e| CliError::with(name(&args.file), e))?;
    print_records(&out, photos.into_iter().map(PhotoRecord::of_listing), None)
}

/// The bytes of the input: a regular file mapped into memory (no copy: for a large saved
/// response, copying it cost about as much as reading its JSON), anything else read.
enum Body {
    Mapped(memmap2::Mmap),
    Read(Vec<u8>),
}

impl Body {
    fn of_file(path: &Path) -> std::io::Result<Body> {
        let file = std::fs::File::open(path)?;
        let metadata = file.metadata()?;
        // An empty file cannot be mapped; a pipe or device has no length to map.
        if metadata.is_file() && metadata.len() > 0 {
            // SAFETY: the mapping is only read. Another process that rewrites the file while
            // it is decoded changes what is read (as it would between two reads); one that
            // truncates it ends this process with SIGBUS. The same contract as ripgrep's.
            if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
                return Ok(Body::Mapped(map));
            }
        }
        let mut body = Vec::new();
        (&file).read_to_end(&mut body)?;
        Ok(Body::Read(body))
    }
}

impl std::ops::Deref for Body {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Body::Mapped(map) => map,
            Body::Read(body) => body,
        }
    }
}

fn name(file: &std::path::Path) -> String {
    if file.as_os_str() == "-" {
        "stdin".to_owned()
    } else {
        file.display().to_string()
    }
}
