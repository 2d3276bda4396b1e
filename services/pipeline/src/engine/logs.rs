//! Execution logs: one file per execution in the blob directory
//! (`logs/<organisation>/<execution>.jsonl`), a JSON document per line of
//! output, written by one task per running execution. Lines are masked
//! (secret values replaced) before they are written or streamed, cut at the
//! configured length, numbered across the execution (`sequence`) and within
//! their step (`number`). The same file serves live watchers (which resume
//! from it when they fall behind) and archived reads (paged by byte offset).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use secureflow_platform::db::now_micros;
use secureflow_platform::{Error, Result};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncSeekExt, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

use crate::domain::masking::Masker;

/// Which output stream a line came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stream {
    /// Standard output.
    #[serde(rename = "out")]
    Stdout,
    /// Standard error.
    #[serde(rename = "err")]
    Stderr,
}

/// One stored line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogLine {
    /// Position in the execution's log, from 1.
    #[serde(rename = "q")]
    pub sequence: i64,
    /// Stage.
    #[serde(rename = "g")]
    pub stage: String,
    /// Step.
    #[serde(rename = "p")]
    pub step: String,
    /// Position in the step's log, from 1.
    #[serde(rename = "n")]
    pub number: i64,
    /// Written, µs.
    #[serde(rename = "t")]
    pub time_us: i64,
    /// Stream.
    #[serde(rename = "s")]
    pub stream: Stream,
    /// The text (masked, cut).
    #[serde(rename = "x")]
    pub text: String,
}

/// A line as a step's output reader hands it over.
#[derive(Debug)]
pub struct Raw {
    /// Stage.
    pub stage: Arc<str>,
    /// Step.
    pub step: Arc<str>,
    /// Stream.
    pub stream: Stream,
    /// The text, not yet masked; at most the configured length plus the
    /// longest secret, so that a secret starting before the cut is masked
    /// whole.
    pub text: String,
    /// Bytes the reader dropped from the end of the line.
    pub dropped: usize,
}

/// Lines a writer takes before it writes them out (and notifies watchers).
const BATCH: usize = 512;

/// Whether `id` (of the server's own making: an id or a digest) may name a
/// file or directory of the blob store: letters, digits, `-`.
pub fn safe_name(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Where an execution's log lives under the blob directory `root`; `None`
/// for ids that are not the server's own (letters, digits, `-`).
pub fn path_of(root: &Path, organization_id: &str, execution_id: &str) -> Option<PathBuf> {
    (safe_name(organization_id) && safe_name(execution_id)).then(|| {
        root.join("logs")
            .join(organization_id)
            .join(format!("{execution_id}.jsonl"))
    })
}

/// The blob-store key of an execution's log (kept there when the blob store
/// is shared: `blobs.url`); `None` for ids that are not the server's own.
pub fn key(organization_id: &str, execution_id: &str) -> Option<String> {
    (safe_name(organization_id) && safe_name(execution_id))
        .then(|| format!("logs/{organization_id}/{execution_id}.jsonl"))
}

/// The writing end of one execution's log.
#[derive(Debug)]
pub struct Writer {
    file: tokio::io::BufWriter<tokio::fs::File>,
    masker: Masker,
    max_line_bytes: usize,
    sequence: i64,
    numbers: HashMap<(Arc<str>, Arc<str>), i64>,
}

impl Writer {
    /// Opens (creating) the log at `path`, continuing after `lines` lines
    /// already there.
    pub async fn open(
        path: &Path,
        masker: Masker,
        max_line_bytes: usize,
        lines: i64,
    ) -> Result<Self> {
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(Error::internal)?;
        }
        let file = tokio::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .await
            .map_err(Error::internal)?;
        Ok(Self {
            file: tokio::io::BufWriter::with_capacity(64 * 1024, file),
            masker,
            max_line_bytes,
            sequence: lines,
            numbers: HashMap::new(),
        })
    }

    /// Lines written so far.
    pub fn lines(&self) -> i64 {
        self.sequence
    }

    /// Masks, cuts, numbers and writes `raw` (not yet flushed).
    pub async fn write(&mut self, raw: Raw) -> Result<LogLine> {
        let mut text = self.masker.mask(&raw.text);
        let mut dropped = raw.dropped;
        if text.len() > self.max_line_bytes {
            let mut cut = self.max_line_bytes;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            dropped += text.len() - cut;
            text.truncate(cut);
        }
        if dropped > 0 {
            text.push_str(&format!(" […{dropped} more bytes not kept]"));
        }
        self.sequence += 1;
        let number = self
            .numbers
            .entry((raw.stage.clone(), raw.step.clone()))
            .or_insert(0);
        *number += 1;
        let line = LogLine {
            sequence: self.sequence,
            stage: raw.stage.to_string(),
            step: raw.step.to_string(),
            number: *number,
            time_us: now_micros(),
            stream: raw.stream,
            text,
        };
        let mut encoded = serde_json::to_vec(&line).map_err(Error::internal)?;
        encoded.push(b'\n');
        self.file
            .write_all(&encoded)
            .await
            .map_err(Error::internal)?;
        Ok(line)
    }

    /// Writes what is buffered to the file.
    pub async fn flush(&mut self) -> Result<()> {
        self.file.flush().await.map_err(Error::internal)
    }
}

/// Runs `writer` until every sender of `lines` is gone: each batch is
/// written and flushed before `written` sees it, so a watcher that reads the
/// file after being told of a line finds it there. Returns the lines written.
pub async fn run_writer(
    mut writer: Writer,
    mut lines: mpsc::Receiver<Raw>,
    written: impl Fn(Vec<LogLine>) + Send,
) -> i64 {
    let mut batch = Vec::with_capacity(BATCH);
    while lines.recv_many(&mut batch, BATCH).await > 0 {
        let mut done = Vec::with_capacity(batch.len());
        for raw in batch.drain(..) {
            match writer.write(raw).await {
                Ok(line) => done.push(line),
                Err(error) => tracing::error!(%error, "writing a log line failed"),
            }
        }
        if let Err(error) = writer.flush().await {
            tracing::error!(%error, "writing a log failed");
        }
        written(done);
    }
    writer.lines()
}

/// What to read.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only this stage (empty: all).
    pub stage: String,
    /// Only this step (empty: all).
    pub step: String,
    /// Only lines after this position in the execution's log.
    pub after: i64,
}

impl Selection {
    fn holds(&self, line: &LogLine) -> bool {
        line.sequence > self.after
            && (self.stage.is_empty() || self.stage == line.stage)
            && (self.step.is_empty() || self.step == line.step)
    }
}

/// Up to `limit` lines of the log at `path` from byte `offset` that
/// `selection` takes, and the offset to go on from when more follow. A log
/// not written yet reads as empty; a last line still being written is not
/// read.
pub async fn read(
    path: &Path,
    offset: u64,
    limit: usize,
    selection: &Selection,
) -> Result<(Vec<LogLine>, Option<u64>)> {
    let file = match tokio::fs::File::open(path).await {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok((Vec::new(), None));
        }
        Err(error) => return Err(Error::internal(error)),
    };
    let mut reader = BufReader::with_capacity(64 * 1024, file);
    reader
        .seek(std::io::SeekFrom::Start(offset))
        .await
        .map_err(Error::internal)?;
    let mut position = offset;
    let mut lines = Vec::new();
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        let read = reader
            .read_until(b'\n', &mut buffer)
            .await
            .map_err(Error::internal)?;
        if read == 0 || buffer.last() != Some(&b'\n') {
            return Ok((lines, None));
        }
        let line: LogLine = serde_json::from_slice(&buffer).map_err(Error::internal)?;
        if selection.holds(&line) {
            if lines.len() == limit {
                return Ok((lines, Some(position)));
            }
            lines.push(line);
        }
        position += read as u64;
    }
}

/// Removes the log at `path`, if there is one.
pub async fn remove(path: &Path) {
    if let Err(error) = tokio::fs::remove_file(path).await
        && error.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!(%error, path = %path.display(), "removing a log failed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(step: &str, text: &str) -> Raw {
        Raw {
            stage: Arc::from("build"),
            step: Arc::from(step),
            stream: Stream::Stdout,
            text: text.to_owned(),
            dropped: 0,
        }
    }

    #[tokio::test]
    async fn lines_are_masked_numbered_cut_and_read_back_in_pages() {
        let dir = tempfile::tempdir().expect("dir");
        let path = path_of(dir.path(), "org-1", "exec-1").expect("path");
        let masker = Masker::new(["hunter22"]);
        let mut writer = Writer::open(&path, masker, 256, 0).await.expect("open");
        writer
            .write(raw("a", "token hunter22 used"))
            .await
            .expect("w");
        writer.write(raw("b", "other")).await.expect("w");
        let long = "x".repeat(300) + "hunter22";
        let cut = writer.write(raw("a", &long)).await.expect("w");
        assert!(cut.text.starts_with(&"x".repeat(256)));
        assert!(
            cut.text.ends_with("[…47 more bytes not kept]"),
            "{}",
            cut.text
        );
        writer.flush().await.expect("flush");

        let all = Selection::default();
        let (lines, next) = read(&path, 0, 10, &all).await.expect("read");
        assert_eq!(lines.len(), 3);
        assert!(next.is_none());
        assert_eq!(lines[0].text, "token *** used");
        assert_eq!(
            (lines[2].sequence, lines[2].number, lines[1].number),
            (3, 2, 1)
        );

        let (first, next) = read(&path, 0, 1, &all).await.expect("read");
        assert_eq!(first[0].sequence, 1);
        let (second, _) = read(&path, next.expect("more"), 1, &all)
            .await
            .expect("read");
        assert_eq!(second[0].sequence, 2);

        let only_a = Selection {
            step: "a".into(),
            after: 1,
            ..Selection::default()
        };
        let (lines, _) = read(&path, 0, 10, &only_a).await.expect("read");
        assert_eq!(lines.iter().map(|l| l.sequence).collect::<Vec<_>>(), [3]);

        let missing = path_of(dir.path(), "org-1", "none").expect("path");
        assert!(
            read(&missing, 0, 10, &all)
                .await
                .expect("read")
                .0
                .is_empty()
        );
        assert!(path_of(dir.path(), "../x", "e").is_none());
    }
}
