//! Upload progress on standard error: a progress bar on a terminal, plain
//! lines in CI logs (a line per phase, and every quarter of the bytes or rows).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use secureflow_client::proto::secureflow::security::v1::{ScanPhase, ScanProgress};

/// Shows one report's progress.
pub struct Progress {
    name: String,
    size: u64,
    bar: Option<ProgressBar>,
    phase: i32,
    /// Quarters already printed in plain mode.
    quarters: u64,
}

/// Whether to draw bars: standard error is a terminal and this is not CI.
pub fn interactive() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}

impl Progress {
    /// Progress of the report `name` of `size` bytes.
    pub fn new(name: &str, size: u64, interactive: bool) -> Self {
        let bar = interactive.then(|| {
            let bar = ProgressBar::with_draw_target(Some(size), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{prefix} {msg:12} [{bar:30}] {bytes}/{total_bytes}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            bar.set_prefix(name.to_owned());
            bar.set_message("sending");
            bar
        });
        Self {
            name: name.to_owned(),
            size,
            bar,
            phase: ScanPhase::Unspecified as i32,
            quarters: 0,
        }
    }

    /// Shows an update from the server.
    pub fn update(&mut self, progress: &ScanProgress) {
        let phase = ScanPhase::try_from(progress.phase).unwrap_or(ScanPhase::Unspecified);
        let changed = progress.phase != self.phase;
        self.phase = progress.phase;
        if changed {
            self.quarters = 0;
        }
        let (done, total) = match phase {
            ScanPhase::Receiving => (
                u64::try_from(progress.bytes_received).unwrap_or(0),
                self.size,
            ),
            ScanPhase::Storing => (
                u64::try_from(progress.findings_stored).unwrap_or(0),
                u64::try_from(progress.findings_distinct).unwrap_or(0),
            ),
            _ => (0, 0),
        };
        let label = phase_label(phase);
        if let Some(bar) = &self.bar {
            if changed {
                bar.set_message(label);
                if phase == ScanPhase::Storing {
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{prefix} {msg:12} [{bar:30}] {pos}/{len} findings",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                    );
                }
            }
            if total > 0 {
                bar.set_length(total);
                bar.set_position(done);
            }
            return;
        }
        // Plain lines: a line per phase, then at each further quarter.
        let quarter = (done * 4).checked_div(total).unwrap_or(0);
        if changed || quarter > self.quarters {
            self.quarters = quarter;
            let amount = match phase {
                ScanPhase::Receiving => format!(" {} of {}", bytes(done), bytes(self.size)),
                ScanPhase::Parsing if progress.findings_parsed > 0 => {
                    format!(" {} findings", progress.findings_parsed)
                }
                ScanPhase::Deduplicating if progress.findings_distinct > 0 => format!(
                    " {} findings, {} distinct",
                    progress.findings_parsed, progress.findings_distinct
                ),
                ScanPhase::Deduplicating => format!(" {} findings", progress.findings_parsed),
                ScanPhase::Storing => format!(" {done}/{total}"),
                _ => String::new(),
            };
            eprintln!("{}: {label}{amount}", self.name);
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn phase_label(phase: ScanPhase) -> &'static str {
    match phase {
        ScanPhase::Unspecified => "waiting",
        ScanPhase::Receiving => "receiving",
        ScanPhase::Parsing => "parsing",
        ScanPhase::Deduplicating => "deduplicating",
        ScanPhase::Storing => "storing",
        ScanPhase::EvaluatingGate => "gate",
        ScanPhase::Completed => "completed",
        ScanPhase::Failed => "failed",
    }
}

/// A size for people (`3.2 MiB`).
pub fn bytes(count: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = count as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{count} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(bytes(512), "512 B");
        assert_eq!(bytes(3 * 1024 * 1024 + 200 * 1024), "3.2 MiB");
    }
}
