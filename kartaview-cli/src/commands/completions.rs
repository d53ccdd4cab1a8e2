//! `kartaview completions SHELL`

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, Global};
use crate::error::Result;
use crate::output::Out;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    // Generated into memory first: clap_complete panics when its writer fails.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "kartaview", &mut script);
    Out::new(global).raw(&script)
}
