//! Streaming a scanner report to `IngestReport`: a header, then the file in
//! chunks read as they are sent (a large report is never held whole), while
//! the server's progress — receiving, parsing, deduplicating, storing, and
//! finally the summary with the gate verdict — is handed to the caller.

use std::path::Path;
use std::sync::{Arc, Mutex};

use futures::StreamExt;
use secureflow_proto::secureflow::security::v1::{
    IngestReportHeader, IngestReportRequest, ScanPhase, ScanProgress, ScanScope,
    ingest_report_request::Part,
};
use tokio::io::AsyncReadExt;

use crate::{Error, SecureFlow};

/// Bytes per chunk message.
pub const CHUNK_BYTES: usize = 1024 * 1024;

/// What to upload and where it applies.
#[derive(Debug, Clone, Default)]
pub struct UploadRequest {
    /// Repository, branch, commit, base branch, pull request.
    pub scope: ScanScope,
    /// Format name (`sarif`, `trivy-json`, …); empty or `auto` to detect.
    pub format: String,
}

/// Uploads the report at `path`, calling `on_progress` with every progress
/// update, and returns the last one (COMPLETED, with the summary and, when a
/// policy applies, the gate verdict). A refused report returns the server's
/// status after its FAILED update was handed to `on_progress`.
pub async fn upload_file(
    secureflow: &SecureFlow,
    path: &Path,
    request: UploadRequest,
    mut on_progress: impl FnMut(&ScanProgress),
) -> Result<ScanProgress, Error> {
    let io_error = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let file = tokio::fs::File::open(path).await.map_err(io_error)?;
    let size = file.metadata().await.map_err(io_error)?.len();
    let header = IngestReportHeader {
        scope: Some(request.scope),
        format: request.format,
        file_name: path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default(),
        size_bytes: i64::try_from(size).unwrap_or(i64::MAX),
    };
    // A read error ends the stream early; it is kept here and reported instead
    // of whatever the server says about the short upload.
    let read_failure: Arc<Mutex<Option<std::io::Error>>> = Arc::default();
    let chunks = chunks(file, Arc::clone(&read_failure));
    let messages = futures::stream::iter([IngestReportRequest {
        part: Some(Part::Header(header)),
    }])
    .chain(chunks);
    let outcome = stream(secureflow, messages, &mut on_progress).await;
    if let Some(error) = read_failure.lock().ok().and_then(|mut slot| slot.take()) {
        return Err(io_error(error));
    }
    outcome
}

/// The file as chunk messages, read one at a time as the upload asks for them.
fn chunks(
    file: tokio::fs::File,
    failure: Arc<Mutex<Option<std::io::Error>>>,
) -> impl futures::Stream<Item = IngestReportRequest> {
    futures::stream::unfold(Some(file), move |file| {
        let failure = Arc::clone(&failure);
        async move {
            let mut file = file?;
            let mut buffer = Vec::with_capacity(CHUNK_BYTES);
            match (&mut file)
                .take(CHUNK_BYTES as u64)
                .read_to_end(&mut buffer)
                .await
            {
                Ok(0) => None,
                Ok(_) => Some((
                    IngestReportRequest {
                        part: Some(Part::Chunk(buffer)),
                    },
                    Some(file),
                )),
                Err(error) => {
                    if let Ok(mut slot) = failure.lock() {
                        *slot = Some(error);
                    }
                    None
                }
            }
        }
    })
}

async fn stream(
    secureflow: &SecureFlow,
    messages: impl futures::Stream<Item = IngestReportRequest> + Send + 'static,
    on_progress: &mut impl FnMut(&ScanProgress),
) -> Result<ScanProgress, Error> {
    let mut responses = secureflow
        .security()
        .ingest_report(messages)
        .await?
        .into_inner();
    let mut last = None;
    while let Some(message) = responses.message().await? {
        if let Some(progress) = message.progress {
            on_progress(&progress);
            last = Some(progress);
        }
    }
    match last {
        Some(progress) if progress.phase == ScanPhase::Completed as i32 => Ok(progress),
        Some(progress) => Err(Error::Status(tonic::Status::unknown(format!(
            "the upload ended in phase {:?} without a result",
            ScanPhase::try_from(progress.phase).unwrap_or(ScanPhase::Unspecified)
        )))),
        None => Err(Error::Status(tonic::Status::unknown(
            "the server ended the upload without progress",
        ))),
    }
}
