//! How far a batch is, on stderr: a progress bar on a terminal (indicatif),
//! a plain line every few seconds when stderr is a file or a pipe (a log
//! wants lines, not cursor movements), nothing with `--quiet`.
//!
//! The writer calls [`Progress::document`] once per finished document; the
//! display is touched at most four times a second, so a batch of many tiny
//! documents is not slowed down by drawing.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Display updates at most this often.
const REFRESH: Duration = Duration::from_millis(250);
/// A plain log line at most this often.
const LOG_EVERY: Duration = Duration::from_secs(5);

enum Display {
    Quiet,
    Bar(ProgressBar),
    Log,
}

/// The batch's progress: documents done (of how many, when the sources
/// know), megabytes read, events found.
pub struct Progress {
    display: Display,
    total: Option<u64>,
    documents: u64,
    bytes: u64,
    events: u64,
    start: Instant,
    last_draw: Instant,
    last_log: Instant,
}

impl Progress {
    /// A bar when stderr is a terminal, log lines otherwise; nothing when
    /// `quiet`.
    pub fn new(quiet: bool, total: Option<u64>) -> Progress {
        let display = if quiet {
            Display::Quiet
        } else if std::io::stderr().is_terminal() {
            Display::Bar(bar(total))
        } else {
            Display::Log
        };
        let now = Instant::now();
        Progress {
            display,
            total,
            documents: 0,
            bytes: 0,
            events: 0,
            start: now,
            last_draw: now,
            last_log: now,
        }
    }

    /// One more document written.
    pub fn document(&mut self, bytes: u64, events: usize) {
        self.documents += 1;
        self.bytes += bytes;
        self.events += events as u64;
        let now = Instant::now();
        match &self.display {
            Display::Quiet => {}
            Display::Bar(bar) => {
                if now.duration_since(self.last_draw) >= REFRESH {
                    self.last_draw = now;
                    bar.set_position(self.documents);
                    bar.set_message(self.figures());
                }
            }
            Display::Log => {
                if now.duration_since(self.last_log) >= LOG_EVERY {
                    self.last_log = now;
                    eprintln!("eventcoder: {}", self.line());
                }
            }
        }
    }

    /// Show a message (a failed document, a warning) without tearing the
    /// bar: the bar is lifted, the message printed, the bar redrawn.
    pub fn message(&self, report: &mut dyn FnMut(&str), message: &str) {
        match &self.display {
            Display::Bar(bar) => bar.suspend(|| report(message)),
            _ => report(message),
        }
    }

    /// Clear the bar; the caller prints the summary.
    pub fn finish(&self) {
        if let Display::Bar(bar) = &self.display {
            bar.finish_and_clear();
        }
    }

    fn megabytes(&self) -> f64 {
        self.bytes as f64 / 1e6
    }

    /// "12.3 MB (2.1 MB/s), 456 events"
    fn figures(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        format!(
            "{:.1} MB ({:.1} MB/s), {} events",
            self.megabytes(),
            self.megabytes() / secs,
            self.events
        )
    }

    /// The plain log line: "120/1000 documents, 12.3 MB (2.1 MB/s), 456
    /// events, 40 s".
    fn line(&self) -> String {
        let done = match self.total {
            Some(t) => format!("{}/{t}", self.documents),
            None => self.documents.to_string(),
        };
        format!(
            "{done} documents, {}, {} s",
            self.figures(),
            self.start.elapsed().as_secs()
        )
    }
}

fn bar(total: Option<u64>) -> ProgressBar {
    // The bar takes what the line leaves of the terminal's width, so the
    // line never wraps (a wrapped bar is redrawn as a scrolling mess).
    let template = match total {
        Some(_) => "{elapsed_precise} [{wide_bar}] {pos}/{len} docs, {msg}, ETA {eta}",
        None => "{spinner} {elapsed_precise} {pos} docs, {msg}",
    };
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr_with_hz(4));
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    // Keeps the spinner and the ETA moving while one long document is
    // being read; the tick thread only redraws.
    bar.set_message("0.0 MB, 0 events");
    bar.enable_steady_tick(REFRESH);
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_line_gives_documents_megabytes_and_events() {
        let mut p = Progress::new(true, Some(10));
        p.document(1_500_000, 3);
        p.document(500_000, 4);
        let line = p.line();
        assert!(line.starts_with("2/10 documents, 2.0 MB ("), "{line}");
        assert!(line.contains(", 7 events, "), "{line}");
        let mut p = Progress::new(true, None);
        p.document(0, 0);
        assert!(p.line().starts_with("1 documents, 0.0 MB"), "{}", p.line());
    }
}
