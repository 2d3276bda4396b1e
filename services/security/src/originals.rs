//! Reports as they were uploaded ("originals"), kept so that the evidence
//! behind every vulnerability can be read again, re-ingested elsewhere, or
//! handed to an auditor.
//!
//! Scanners' output holds source lines and, from secret scanners, the secrets
//! themselves, so an original is never kept in the clear: it is compressed
//! (LZ4 frames: a 63 MiB SARIF report keeps as about 9 MiB, and sealing it
//! needs that much memory rather than a second copy of the report), then
//! encrypted under a key of its own
//! ([`Secrets::seal_content`]), and the encrypted bytes go
//! to the blob store (`scans/<organisation>/<scan>`: the security service's
//! directory by default, the shared bucket with `blobs.url`), and the sealed
//! key to the scan's row (`security_scans.report_key`, re-wrapped with the
//! other sealed values when the keys rotate). Reading one needs
//! `security.manage`.
//!
//! A report in which secrets were found (a secret scanner's, or any whose
//! findings [`crate::domain::secrets`] conceals) is not kept at all: nothing
//! else here stores a leaked secret, even encrypted.
//!
//! Keeping is best effort: a blob store that does not take the original is
//! logged and the scan stored without it (`report_kept` false) — ingestion
//! and its gate verdict never wait on the blob store being back. A purged
//! repository's originals are removed after its rows.

use std::sync::Arc;

use secureflow_platform::blobs::BlobStore;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::server::ServiceContext;
use secureflow_platform::{Error, ErrorCode, Result};

use crate::config::SecurityConfig;
use crate::store::scans::ScanRow;

/// Where originals are kept, and whether they are.
#[derive(Debug, Clone)]
pub struct Originals {
    store: BlobStore,
    keep: bool,
}

impl Originals {
    /// Originals kept in `store` when `keep`.
    pub fn new(store: BlobStore, keep: bool) -> Self {
        Self { store, keep }
    }

    /// The process's originals: `blobs.url`'s bucket, or else
    /// `<data_dir>/security/blobs`; kept unless `security.keep_reports` is off.
    pub fn of(context: &ServiceContext) -> Arc<Self> {
        let keep = SecurityConfig::of(&context.config).map_or(true, |config| config.keep_reports);
        let store = crate::blob_store(context);
        context.shared.get_or_insert_with(|| Self::new(store, keep))
    }

    fn key(organization_id: &str, scan_id: &str) -> String {
        format!("scans/{organization_id}/{scan_id}")
    }

    /// What the encryption is bound to: the organisation and the scan.
    /// Originals kept before they were compressed were sealed under this
    /// context; compressed ones under [`Self::compressed_context`], so which
    /// one an original is cannot be mistaken (the other fails to open).
    fn context(organization_id: &str, scan_id: &str) -> String {
        format!("security/scan-report/{organization_id}/{scan_id}")
    }

    /// The context of a compressed original.
    fn compressed_context(organization_id: &str, scan_id: &str) -> String {
        format!("{}#lz4", Self::context(organization_id, scan_id))
    }

    /// Encrypts and stores the original of scan `scan_id`: its sealed key,
    /// with the claim that removes it again unless the scan is stored; `None`
    /// when originals are not kept or it could not be stored (logged).
    pub async fn keep(
        &self,
        secrets: &Secrets,
        organization_id: &str,
        scan_id: &str,
        report: Arc<Vec<u8>>,
    ) -> Option<(String, Unclaimed)> {
        if !self.keep {
            return None;
        }
        let (secrets, context) = (
            secrets.clone(),
            Self::compressed_context(organization_id, scan_id),
        );
        // Compressing and encrypting megabytes is CPU work: off the async workers.
        let sealed = tokio::task::spawn_blocking(move || {
            let compressed = compress(&report)?;
            drop(report);
            secrets.seal_content(&compressed, &context)
        })
        .await;
        let stored = match sealed {
            Ok(Ok((sealed_key, content))) => self
                .store
                .put(&Self::key(organization_id, scan_id), content)
                .await
                .map(|()| sealed_key),
            Ok(Err(error)) => Err(error),
            Err(error) => Err(Error::internal(error)),
        };
        match stored {
            Ok(sealed_key) => Some((
                sealed_key,
                Unclaimed {
                    originals: self.clone(),
                    organization_id: organization_id.to_owned(),
                    scan_id: Some(scan_id.to_owned()),
                },
            )),
            Err(error) => {
                tracing::warn!(%error, scan = %scan_id,
                    "the uploaded report could not be kept; the scan is stored without it");
                None
            }
        }
    }

    /// Removes originals stored for scans that were not stored after all, or
    /// whose rows are gone (a purged repository); failures are logged.
    pub async fn discard(&self, organization_id: &str, scan_ids: &[String]) {
        for scan_id in scan_ids {
            if let Err(error) = self
                .store
                .delete(&Self::key(organization_id, scan_id))
                .await
            {
                tracing::warn!(%error, scan = %scan_id, "an uploaded report could not be removed");
            }
        }
    }

    /// The original of `scan`, decrypted; FAILED_PRECONDITION when it was not
    /// kept.
    pub async fn read(&self, secrets: &Secrets, scan: &ScanRow) -> Result<Vec<u8>> {
        let organization_id = &scan.scope.organization_id;
        let Some(sealed_key) = &scan.report_key else {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!(
                    "the report of scan {} was not kept (secrets were found in it, security.keep_reports was off, or the blob store could not take it)",
                    scan.id
                ),
            )
            .with_reason("REPORT_NOT_KEPT"));
        };
        let sealed = self
            .store
            .get_recorded(
                &Self::key(organization_id, &scan.id),
                &format!("the report of scan {}", scan.id),
            )
            .await?;
        let (secrets, sealed_key) = (secrets.clone(), sealed_key.clone());
        let (compressed, plain) = (
            Self::compressed_context(organization_id, &scan.id),
            Self::context(organization_id, &scan.id),
        );
        tokio::task::spawn_blocking(move || {
            match secrets.open_content(&sealed_key, &sealed, &compressed) {
                Ok(content) => decompress(&content),
                // Kept before originals were compressed.
                Err(_) => secrets.open_content(&sealed_key, &sealed, &plain),
            }
        })
        .await
        .map_err(Error::internal)?
    }
}

/// An original stored for a scan not committed yet: removed (in the
/// background) when dropped before [`Unclaimed::claim`] — the report was
/// refused, or storing its scan failed.
#[derive(Debug)]
pub struct Unclaimed {
    originals: Originals,
    organization_id: String,
    scan_id: Option<String>,
}

impl Unclaimed {
    /// The scan is stored: the original stays.
    pub fn claim(mut self) {
        self.scan_id = None;
    }
}

impl Drop for Unclaimed {
    fn drop(&mut self) {
        if let Some(scan_id) = self.scan_id.take()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            let (originals, organization_id) = (
                self.originals.clone(),
                std::mem::take(&mut self.organization_id),
            );
            runtime.spawn(async move { originals.discard(&organization_id, &[scan_id]).await });
        }
    }
}

/// A report compressed as one LZ4 frame.
fn compress(report: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder =
        lz4_flex::frame::FrameEncoder::new(Vec::with_capacity(report.len() / 4 + 1024));
    encoder.write_all(report).map_err(Error::internal)?;
    encoder.finish().map_err(Error::internal)
}

/// The report of a compressed original, no larger than any report accepted
/// (what was sealed with our key is ours, but a damaged frame should fail,
/// not fill the memory).
fn decompress(content: &[u8]) -> Result<Vec<u8>> {
    use std::io::Read;
    let limit = u64::try_from(crate::ingest::MAX_REPORT_BYTES).unwrap_or(u64::MAX);
    let mut report = Vec::with_capacity(content.len().saturating_mul(4));
    lz4_flex::frame::FrameDecoder::new(content)
        .take(limit + 1)
        .read_to_end(&mut report)
        .map_err(|error| Error::internal(format!("a kept report does not decompress: {error}")))?;
    if report.len() as u64 > limit {
        return Err(Error::internal(
            "a kept report decompresses past the largest report accepted",
        ));
    }
    Ok(report)
}

/// The content type of an original: XML or JSON, by its first character.
pub fn content_type(report: &[u8]) -> &'static str {
    match report.iter().find(|byte| !byte.is_ascii_whitespace()) {
        Some(b'<') => "application/xml",
        _ => "application/json",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn originals_compress_and_come_back_whole() {
        let report = br#"{"runs": [{"results": []}]}"#.repeat(1000);
        let compressed = compress(&report).expect("compresses");
        assert!(compressed.len() * 10 < report.len(), "{}", compressed.len());
        assert_eq!(decompress(&compressed).expect("decompresses"), report);
        assert!(decompress(&compressed[..compressed.len() / 2]).is_err());
    }

    #[tokio::test]
    async fn originals_kept_before_compression_still_read_back() {
        let secrets = Secrets::from_keys(
            &["1:BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=".to_owned()],
            1,
        )
        .expect("keys");
        let root = tempfile::tempdir().expect("blob directory");
        let originals = Originals::new(BlobStore::local(root.path()), true);
        let report = br#"{"results": [], "errors": []}"#.to_vec();
        let mut scan = ScanRow {
            id: "scan-1".into(),
            ..ScanRow::default()
        };
        scan.scope.organization_id = "org-1".into();
        // As kept before: sealed uncompressed, under the plain context.
        let (sealed_key, sealed) = secrets
            .seal_content(&report, &Originals::context("org-1", "scan-1"))
            .expect("sealed");
        originals
            .store
            .put(&Originals::key("org-1", "scan-1"), sealed)
            .await
            .expect("stored");
        scan.report_key = Some(sealed_key);
        assert_eq!(originals.read(&secrets, &scan).await.expect("read"), report);
        // As kept now: compressed.
        let (sealed_key, claim) = originals
            .keep(&secrets, "org-1", "scan-1", Arc::new(report.clone()))
            .await
            .expect("kept");
        claim.claim();
        scan.report_key = Some(sealed_key);
        assert_eq!(originals.read(&secrets, &scan).await.expect("read"), report);
    }

    #[test]
    fn content_types_follow_the_first_character() {
        assert_eq!(content_type(b"  <?xml version='1.0'?>"), "application/xml");
        assert_eq!(content_type(b"\n{\"runs\": []}"), "application/json");
        assert_eq!(content_type(b"[]"), "application/json");
    }
}
