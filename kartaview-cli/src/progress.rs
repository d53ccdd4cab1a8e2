//! Progress on stderr, only for a person at a terminal (never with `--json` or `--quiet`).

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::output::Out;

/// A spinner while a multi-request read runs; `None` when nobody would see it.
pub fn spinner(out: &Out, message: impl Into<String>) -> Option<ProgressBar> {
    if !out.interactive {
        return None;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.set_message(message.into());
    bar.enable_steady_tick(Duration::from_millis(100));
    Some(bar)
}

/// A bar of `len` steps; `None` when nobody would see it.
pub fn bar(out: &Out, len: u64, message: impl Into<String>) -> Option<ProgressBar> {
    if !out.interactive {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})")
            .map(|style| style.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(message.into());
    Some(bar)
}

/// Clears a bar, if there is one.
pub fn finish(bar: Option<ProgressBar>) {
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
}
