//! Uploaded reports kept as they were ("originals"), over real gRPC on SQLite
//! and PostgreSQL: encrypted in the blob store, read back whole with
//! `GetScanReport`; a refused report leaves nothing behind; with
//! `security.keep_reports` off, or a blob store that refuses them, scans are
//! stored without their original and say so; the originals' keys rotate with
//! the other sealed values, so an original still opens once the old key is
//! removed.

use crate::common;

use common::*;
use secureflow_platform::config::Overrides;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::identity::v1::RotateEncryptionKeyRequest;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::secureflow::security::v1::*;

const REPO: &str = "repo-originals";
const KEY_1: &str = "1:BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";
const KEY_2: &str = "2:CQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk=";
/// What the kept report holds that must not be readable at rest.
const MARKER: &str = "AKIAORIGINALSMARKER1";

/// A Semgrep report whose matched line holds a credential.
fn report() -> Vec<u8> {
    serde_json::json!({
        "results": [{
            "check_id": "python.aws.hardcoded-key",
            "path": "app/settings.py",
            "start": {"line": 3, "col": 1},
            "end": {"line": 3, "col": 40},
            "extra": {
                "message": "AWS key in source",
                "severity": "ERROR",
                "lines": format!("AWS_KEY = \"{MARKER}\""),
                "metadata": {"cwe": ["CWE-798"]}
            }
        }],
        "errors": [],
        "version": "1.100.0"
    })
    .to_string()
    .into_bytes()
}

async fn original(server: &TestServer, id: &str) -> Result<(String, Vec<u8>), tonic::Status> {
    let body = client(server.channel().await)
        .get_scan_report(with_token(
            GetScanReportRequest { id: id.into() },
            ADMIN_TOKEN,
        ))
        .await?
        .into_inner()
        .content
        .expect("content");
    Ok((body.content_type, body.data))
}

async fn scan(server: &TestServer, id: &str) -> Scan {
    client(server.channel().await)
        .get_scan(with_token(GetScanRequest { id: id.into() }, ADMIN_TOKEN))
        .await
        .expect("scan")
        .into_inner()
        .scan
        .expect("scan")
}

/// The files under the organisation's originals.
fn kept_files(data_dir: &std::path::Path, organization_id: &str) -> Vec<String> {
    let dir = data_dir.join("security/blobs/scans").join(organization_id);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

async fn uploaded_reports_are_kept_encrypted_and_read_back_whole(database: TestDatabase) {
    let data_dir = tempfile::tempdir().expect("data directory");
    let kept = || Overrides {
        data_dir: Some(data_dir.path().to_owned()),
        ..Overrides::default()
    };
    let server = start_configured(&database, kept(), &[("SECUREFLOW_SECRETS__KEYS", KEY_1)]).await;
    let uploaded = report();
    let first = upload(server.channel().await, REPO, &uploaded)
        .await
        .expect("uploaded");
    assert!(first.report_kept, "{first:?}");
    assert!(scan(&server, &first.id).await.report_kept);
    let (content_type, read_back) = original(&server, &first.id).await.expect("read back");
    assert_eq!(content_type, "application/json");
    assert!(read_back == uploaded, "the report as uploaded");
    // At rest: encrypted, the credential nowhere in the clear.
    let organization = first.organization_id.clone();
    assert_eq!(
        kept_files(data_dir.path(), &organization),
        std::slice::from_ref(&first.id)
    );
    let at_rest = std::fs::read(
        data_dir
            .path()
            .join("security/blobs/scans")
            .join(&organization)
            .join(&first.id),
    )
    .expect("kept");
    assert!(
        !at_rest
            .windows(MARKER.len())
            .any(|part| part == MARKER.as_bytes()),
        "the original is encrypted at rest"
    );
    // A refused report leaves no original behind.
    let refused = upload(server.channel().await, REPO, b"{\"not\": \"a report\"}")
        .await
        .expect_err("refused");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        kept_files(data_dir.path(), &organization),
        std::slice::from_ref(&first.id)
    );
    let missing = original(&server, "no-such-scan").await.expect_err("none");
    assert_eq!(missing.code(), tonic::Code::NotFound);
    server.stop().await.expect("stop");

    // Not kept when switched off; what was kept stays readable.
    let server = start_configured(
        &database,
        kept(),
        &[
            ("SECUREFLOW_SECRETS__KEYS", KEY_1),
            ("SECUREFLOW_SECURITY__KEEP_REPORTS", "false"),
        ],
    )
    .await;
    let second = upload(server.channel().await, REPO, &report())
        .await
        .expect("uploaded");
    assert!(!second.report_kept);
    let not_kept = original(&server, &second.id).await.expect_err("not kept");
    assert_eq!(not_kept.code(), tonic::Code::FailedPrecondition);
    assert!(not_kept.message().contains("not kept"), "{not_kept:?}");
    assert!(original(&server, &first.id).await.is_ok());
    server.stop().await.expect("stop");

    // Key 2 made active (key 1 still there): the start re-wraps the
    // original's key (identity's signing keys are re-wrapped on request),
    // which then opens with key 2 alone.
    let both = format!("{KEY_1},{KEY_2}");
    let server = start_configured(&database, kept(), &[("SECUREFLOW_SECRETS__KEYS", &both)]).await;
    IdentityServiceClient::new(server.channel().await)
        .rotate_encryption_key(with_token(RotateEncryptionKeyRequest {}, ADMIN_TOKEN))
        .await
        .expect("identity's secrets re-wrapped");
    server.stop().await.expect("stop");
    let server = start_configured(&database, kept(), &[("SECUREFLOW_SECRETS__KEYS", KEY_2)]).await;
    let (_, rotated) = original(&server, &first.id)
        .await
        .expect("opens under key 2");
    assert!(rotated == uploaded);
    // Changed at rest: refused, never returned altered.
    let path = data_dir
        .path()
        .join("security/blobs/scans")
        .join(&organization)
        .join(&first.id);
    let mut tampered = std::fs::read(&path).expect("kept");
    tampered[40] ^= 1;
    std::fs::write(&path, tampered).expect("tampered");
    let refused = original(&server, &first.id).await.expect_err("tampered");
    assert_eq!(refused.code(), tonic::Code::Internal);
    server.stop().await.expect("stop");

    // A blob store that refuses the original: the scan is stored all the
    // same and says its original was not kept.
    if let Some(s3) = secureflow_platform::testkit::S3Server::start(&["sfo"]).await {
        let [url, endpoint, access_key, (secret_key, _)] = s3.settings("s3://sfo");
        let settings = [
            ("SECUREFLOW_SECRETS__KEYS", KEY_2),
            url,
            endpoint,
            access_key,
            (secret_key, "not-the-secret"),
        ];
        let server = start_configured(&database, kept(), &settings).await;
        let stored = upload(server.channel().await, REPO, &report())
            .await
            .expect("stored without its original");
        assert!(!stored.report_kept);
        assert_eq!(stored.summary.expect("summary").findings_parsed, 1);
        assert!(!scan(&server, &stored.id).await.report_kept);
        server.stop().await.expect("stop");
    }
    database.cleanup().await;
}

secureflow_platform::backend_tests!(uploaded_reports_are_kept_encrypted_and_read_back_whole);
