//! Progress on stderr, only for a person at a terminal (never with `--json` or `--quiet`).

use std::collections::HashMap;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use kartaview_ext::DownloadEvent;

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

/// A bar that counts bytes, with the rate and the time left; `None` when nobody would see it.
/// It stays hidden until [`show_bytes`] gives it a length above zero, so a bar whose total is
/// not known yet never shows as full.
pub fn bytes_bar(out: &Out, message: impl Into<String>) -> Option<ProgressBar> {
    if !out.interactive {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} [{wide_bar}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ({eta})",
        )
        .map(|style| style.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(message.into());
    Some(bar)
}

/// Sets a byte bar's length and position, and shows it once the length is known.
pub fn show_bytes(bar: &ProgressBar, position: u64, length: u64) {
    bar.set_length(length);
    bar.set_position(position);
    if length > 0 && bar.is_hidden() {
        bar.set_draw_target(ProgressDrawTarget::stderr());
    }
}

/// The bytes of a download as its events tell them: the total is learnt from each response's
/// `Content-Length` as it starts, and the photos not started yet count as the average of
/// those known, so the bar's length (and its ETA) settles as the download goes.
#[derive(Debug, Default)]
pub struct DownloadBytes {
    /// Photos planned, over every download this counts.
    planned: u64,
    /// Photos downloaded, skipped or failed.
    finished: u64,
    /// Bytes of the photos downloaded.
    done_bytes: u64,
    /// How many photos were downloaded.
    done: u64,
    /// Per photo in flight: bytes received by its current attempt, its `Content-Length`.
    in_flight: HashMap<u64, (u64, Option<u64>)>,
}

impl DownloadBytes {
    /// Counts one event; `Planned` adds to what was planned, so one counter can follow the
    /// downloads of several folders.
    pub fn update(&mut self, event: &DownloadEvent) {
        match event {
            DownloadEvent::Planned { total } => self.planned += *total as u64,
            DownloadEvent::Receiving {
                photo_id,
                received,
                expected,
            } => {
                self.in_flight.insert(*photo_id, (*received, *expected));
            }
            DownloadEvent::Downloaded {
                photo_id, bytes, ..
            } => {
                self.in_flight.remove(photo_id);
                self.finished += 1;
                self.done += 1;
                self.done_bytes += bytes;
            }
            DownloadEvent::Skipped { photo_id, .. } | DownloadEvent::Failed { photo_id, .. } => {
                self.in_flight.remove(photo_id);
                self.finished += 1;
            }
            _ => {}
        }
    }

    /// Bytes received so far.
    pub fn position(&self) -> u64 {
        self.done_bytes + self.in_flight.values().map(|(r, _)| r).sum::<u64>()
    }

    /// The expected total: what is known, plus the average for each photo not started.
    pub fn estimated_total(&self) -> u64 {
        let announced = self.in_flight.values().filter_map(|(_, e)| *e);
        let known_count = self.done + announced.clone().count() as u64;
        let known_bytes = self.done_bytes + announced.sum::<u64>();
        let in_flight: u64 = self
            .in_flight
            .values()
            .map(|(received, expected)| expected.unwrap_or(*received).max(*received))
            .sum();
        let not_started = self
            .planned
            .saturating_sub(self.finished + self.in_flight.len() as u64);
        let average = known_bytes.checked_div(known_count).unwrap_or(0);
        self.done_bytes + in_flight + not_started * average
    }

    /// `finished/planned photos`, for the bar's message.
    pub fn photos(&self) -> String {
        format!("{}/{} photos", self.finished, self.planned)
    }

    /// Shows the counts on `bar`.
    pub fn show(&self, bar: &ProgressBar, verb: &str) {
        bar.set_message(format!("{verb} {}", self.photos()));
        show_bytes(bar, self.position(), self.estimated_total());
    }
}

/// Clears a bar, if there is one.
pub fn finish(bar: Option<ProgressBar>) {
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn receiving(photo_id: u64, received: u64, expected: Option<u64>) -> DownloadEvent {
        DownloadEvent::Receiving {
            photo_id,
            received,
            expected,
        }
    }

    #[test]
    fn download_bytes_learns_the_total_from_content_lengths() {
        let mut counter = DownloadBytes::default();
        counter.update(&DownloadEvent::Planned { total: 4 });
        assert_eq!((counter.position(), counter.estimated_total()), (0, 0));
        counter.update(&receiving(1, 0, Some(1000)));
        // One known: the three others are taken to be as large.
        assert_eq!((counter.position(), counter.estimated_total()), (0, 4000));
        counter.update(&receiving(1, 600, Some(1000)));
        counter.update(&receiving(2, 300, None));
        assert_eq!(counter.position(), 900);
        // 1000 (photo 1) + 300 so far (photo 2, length unknown) + 2 × 1000.
        assert_eq!(counter.estimated_total(), 3300);
        // A retry starts photo 1 again from zero.
        counter.update(&receiving(1, 0, Some(1000)));
        assert_eq!(counter.position(), 300);
        counter.update(&DownloadEvent::Downloaded {
            photo_id: 2,
            path: PathBuf::from("2.jpg"),
            bytes: 500,
            size: kartaview_ext::ImageSize::Proc,
        });
        counter.update(&DownloadEvent::Failed {
            photo_id: 1,
            error: "gone".to_owned(),
        });
        counter.update(&DownloadEvent::Skipped {
            photo_id: 3,
            path: PathBuf::from("3.jpg"),
        });
        // 500 done, one photo left at the average of the one downloaded.
        assert_eq!((counter.position(), counter.estimated_total()), (500, 1000));
        assert_eq!(counter.photos(), "3/4 photos");
        // A second folder adds to the plan.
        counter.update(&DownloadEvent::Planned { total: 2 });
        assert_eq!(counter.photos(), "3/6 photos");
        assert_eq!(counter.estimated_total(), 2000);
    }
}
