//! Reports as they were uploaded ("originals"), kept so that the evidence
//! behind every vulnerability can be read again, re-ingested elsewhere, or
//! handed to an auditor.
//!
//! Scanners' output holds source lines and, from secret scanners, the secrets
//! themselves, so an original is never kept in the clear: it is encrypted
//! under a key of its own ([`Secrets::seal_content`]), the encrypted bytes go
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
    fn context(organization_id: &str, scan_id: &str) -> String {
        format!("security/scan-report/{organization_id}/{scan_id}")
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
        let (secrets, context) = (secrets.clone(), Self::context(organization_id, scan_id));
        // Encrypting megabytes is CPU work: off the async workers.
        let sealed =
            tokio::task::spawn_blocking(move || secrets.seal_content(&report, &context)).await;
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
        let (secrets, sealed_key, context) = (
            secrets.clone(),
            sealed_key.clone(),
            Self::context(organization_id, &scan.id),
        );
        tokio::task::spawn_blocking(move || secrets.open_content(&sealed_key, &sealed, &context))
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
    fn content_types_follow_the_first_character() {
        assert_eq!(content_type(b"  <?xml version='1.0'?>"), "application/xml");
        assert_eq!(content_type(b"\n{\"runs\": []}"), "application/json");
        assert_eq!(content_type(b"[]"), "application/json");
    }
}
