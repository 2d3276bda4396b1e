//! No secret a scanner reports is stored or returned in clear, whoever reports
//! it: Bandit's hard-coded passwords, a secret scanner's SARIF, a SARIF rule
//! tagged as a secret, and the shared fixtures' Gitleaks and TruffleHog
//! reports. Every API response, report export, the audit export and the raw
//! database files (with the write-ahead log) are searched for the values.

use crate::common;

use common::{ADMIN_TOKEN, client, summary, upload};
use secureflow_platform::secrets::Secrets;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::identity::v1::ExportAuditRecordsRequest;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::secureflow::security::v1::*;
use serde_json::{Value, json};

/// Values shorter than this also occur in ordinary text (`'POST'` is a
/// "password" in one Bandit fixture); the domain's unit tests cover them.
const SEARCHED_FROM: usize = 8;

fn bandit(passwords: &[&str]) -> Vec<u8> {
    let checks = [
        ("hardcoded_password_string", "B105"),
        ("hardcoded_password_funcarg", "B106"),
        ("hardcoded_password_default", "B107"),
    ];
    let results: Vec<Value> = passwords
        .iter()
        .zip(checks.iter().cycle())
        .enumerate()
        .map(|(index, (password, (name, id)))| {
            json!({
                "filename": format!("app/settings_{index}.py"),
                "line_number": 10 + index,
                "code": format!("{} DB_PASSWORD = '{password}'\n", 10 + index),
                "issue_text": format!("Possible hardcoded password: '{password}'"),
                "issue_severity": "LOW",
                "issue_confidence": "MEDIUM",
                "issue_cwe": {"id": 259, "link": "https://cwe.mitre.org/data/definitions/259.html"},
                "test_name": name,
                "test_id": id,
                "more_info": format!("https://bandit.readthedocs.io/en/latest/plugins/{}.html", id.to_lowercase()),
            })
        })
        .collect();
    json!({"errors": [], "generated_at": "2026-12-01T10:00:00Z", "metrics": {}, "results": results})
        .to_string()
        .into_bytes()
}

/// SARIF as `gitleaks detect --report-format sarif` writes it: the secret is
/// the region's snippet.
fn gitleaks_sarif(secrets: &[&str]) -> Vec<u8> {
    let results: Vec<Value> = secrets
        .iter()
        .enumerate()
        .map(|(index, secret)| {
            json!({
                "message": {"text": "generic-api-key has detected secret for file config/keys.env."},
                "ruleId": "generic-api-key",
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": "config/keys.env"},
                    "region": {"startLine": index + 1, "startColumn": 9, "endLine": index + 1,
                               "endColumn": 49, "snippet": {"text": secret}}
                }}],
                "partialFingerprints": {"commitSha": "0123abc", "email": "dev@example.test",
                                        "author": "dev", "date": "2026-11-30T10:00:00Z",
                                        "commitMessage": "add config"}
            })
        })
        .collect();
    json!({"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "gitleaks", "semanticVersion": "v8.18.0", "rules": [
            {"id": "generic-api-key", "name": "Generic API Key",
             "shortDescription": {"text": "Detected a Generic API Key, potentially exposing access to various services."}}
        ]}},
        "results": results
    }]})
    .to_string()
    .into_bytes()
}

/// A SARIF rule of a general tool tagged as a secret detector, quoting the
/// value in its message too.
fn tagged_sarif(secret: &str) -> Vec<u8> {
    json!({"version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "acme-scanner", "rules": [
            {"id": "acme.token", "properties": {"tags": ["security", "secret"]}}
        ]}},
        "results": [{
            "ruleId": "acme.token", "level": "error",
            "message": {"text": format!("token {secret} committed")},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "deploy/ci.yml"},
                "region": {"startLine": 3, "snippet": {"text": secret}}
            }}]
        }]
    }]})
    .to_string()
    .into_bytes()
}

/// The secret values a fixture report carries, as its tool reports them.
fn fixture_secrets(report: &Value) -> Vec<String> {
    let mut found = Vec::new();
    let lines: Vec<Value> = match report {
        Value::Array(items) => items.clone(),
        _ => vec![report.clone()],
    };
    for item in &lines {
        for key in ["Secret", "offender", "Raw", "Redacted"] {
            if let Some(value) = item.get(key).and_then(Value::as_str)
                && !value.contains('*')
            {
                found.push(value.to_owned());
            }
        }
        if let Some(strings) = item.get("stringsFound").and_then(Value::as_array) {
            found.extend(strings.iter().filter_map(Value::as_str).map(str::to_owned));
        }
    }
    found
}

/// Reads a fixture: JSON, or JSON lines (TruffleHog v3).
fn read_fixture(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).expect("fixture");
    serde_json::from_str(&text).unwrap_or_else(|_| {
        Value::Array(
            text.lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| serde_json::from_str(line).expect("a JSON line"))
                .collect(),
        )
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reported_secrets_are_never_stored_returned_or_exported_in_clear() {
    let database = TestDatabase::sqlite();
    let server = common::start(&database).await;
    let channel = server.channel().await;

    let passwords = [
        "correct-horse-battery-staple",
        "S3cr3t!Pa55w0rd#2026",
        "db-root-password-do-not-share",
    ];
    let api_keys = [
        "sk_live_7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c1e",
        "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngOnly0001",
    ];
    let tagged = "acme_tok_9b8a7c6d5e4f3a2b1c0d";
    let mut secrets: Vec<String> = passwords
        .iter()
        .chain(api_keys.iter())
        .chain(std::iter::once(&tagged))
        .map(|value| (*value).to_owned())
        .collect();
    let mut uploads = vec![
        ("r-bandit".to_owned(), bandit(&passwords)),
        ("r-gitleaks-sarif".to_owned(), gitleaks_sarif(&api_keys)),
        ("r-tagged".to_owned(), tagged_sarif(tagged)),
    ];
    if let Some(dir) = secureflow_platform::testkit::scanner_fixtures() {
        for file in [
            "gitleaks/data_many.json",
            "gitleaks/gitleaks8_many.json",
            "gitleaks/version_7.5.0.json",
            "trufflehog/v2_many_vulns.json",
            "trufflehog/v3_github.json",
            "bandit/many_vulns.json",
        ] {
            let path = dir.join(file);
            secrets.extend(fixture_secrets(&read_fixture(&path)));
            uploads.push((
                format!("r-{}", file.replace(['/', '.'], "-")),
                std::fs::read(&path).expect("fixture"),
            ));
        }
    }
    secrets.retain(|secret| secret.chars().count() >= SEARCHED_FROM);
    secrets.sort();
    secrets.dedup();
    assert!(secrets.len() >= 6, "{secrets:?}");
    for (repository, report) in &uploads {
        let scan = upload(channel.clone(), repository, report)
            .await
            .unwrap_or_else(|status| panic!("{repository}: {status:?}"));
        // Not kept as uploaded: the original holds the secrets in clear.
        assert!(!scan.report_kept, "{repository}: its original was kept");
        let not_kept = client(channel.clone())
            .get_scan_report(with_token(
                GetScanReportRequest {
                    id: scan.id.clone(),
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect_err("not kept");
        assert_eq!(not_kept.code(), tonic::Code::FailedPrecondition);
    }

    let mut seen: Vec<(String, String)> = Vec::new();
    let listed = client(channel.clone())
        .list_vulnerabilities(with_token(
            ListVulnerabilitiesRequest {
                page_size: 1000,
                statuses: vec![
                    VulnerabilityStatus::Open as i32,
                    VulnerabilityStatus::InProgress as i32,
                ],
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("list")
        .into_inner();
    assert!(
        listed
            .vulnerabilities
            .iter()
            .any(|v| v.kind == FindingKind::Secret as i32),
        "secrets were ingested"
    );
    for vulnerability in &listed.vulnerabilities {
        let got = client(channel.clone())
            .get_vulnerability(with_token(
                GetVulnerabilityRequest {
                    id: vulnerability.id.clone(),
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("get")
            .into_inner();
        seen.push((
            format!("GetVulnerability {}", vulnerability.id),
            format!("{got:?}"),
        ));
    }
    seen.push(("ListVulnerabilities".into(), format!("{listed:?}")));
    for secret in &secrets {
        let searched = client(channel.clone())
            .list_vulnerabilities(with_token(
                ListVulnerabilitiesRequest {
                    query: secret.clone(),
                    ..Default::default()
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("search")
            .into_inner();
        assert!(
            searched.vulnerabilities.is_empty(),
            "searching for a secret finds {} vulnerabilities",
            searched.vulnerabilities.len()
        );
    }
    for format in [ReportFormat::Json, ReportFormat::Csv, ReportFormat::Sarif] {
        let report = client(channel.clone())
            .create_report(with_token(
                CreateReportRequest {
                    reuse_within: None,
                    report: Some(Report {
                        kind: ReportKind::Findings as i32,
                        format: format as i32,
                        ..Default::default()
                    }),
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("report")
            .into_inner()
            .report
            .expect("report");
        assert_eq!(report.status, ReportStatus::Ready as i32, "{report:?}");
        seen.push((
            format!("findings report {format:?}"),
            String::from_utf8_lossy(&report.content).into_owned(),
        ));
    }
    let mut audit = IdentityServiceClient::new(channel.clone())
        .export_audit_records(with_token(
            ExportAuditRecordsRequest::default(),
            ADMIN_TOKEN,
        ))
        .await
        .expect("audit export")
        .into_inner();
    let mut records = 0;
    while let Some(record) = audit.message().await.expect("audit record") {
        records += 1;
        seen.push(("audit export".into(), format!("{record:?}")));
    }
    assert!(records > 0, "the uploads were audited");
    // What was stored while the reports were parsed is removed again.
    let originals = server.data_dir.join("security/blobs/scans");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let kept: Vec<_> = std::fs::read_dir(&originals)
            .into_iter()
            .flatten()
            .flatten()
            .flat_map(|organization| std::fs::read_dir(organization.path()).expect("originals"))
            .flatten()
            .map(|entry| entry.path())
            .collect();
        if kept.is_empty() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "originals with secrets kept: {kept:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    server.stop().await.expect("clean shutdown");

    let file = database
        .url
        .trim_start_matches("sqlite://")
        .split('?')
        .next()
        .expect("path")
        .to_owned();
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{file}{suffix}");
        if let Ok(bytes) = std::fs::read(&path) {
            seen.push((path, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }

    let leaks: Vec<String> = seen
        .iter()
        .flat_map(|(place, text)| {
            secrets
                .iter()
                .filter(|secret| text.contains(secret.as_str()))
                .map(move |secret| format!("{secret:?} in {place}"))
        })
        .collect();
    assert!(leaks.is_empty(), "secrets in clear:\n{}", leaks.join("\n"));
}

/// Identity and security with the secrets service's keys (`VERSION:BASE64`, comma-separated).
async fn start_with_keys(database: &TestDatabase, keys: &str) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_security::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .setting("SECUREFLOW_SECRETS__KEYS", keys)
        .start()
        .await
}

/// Key rotation: restarted with a new active key, the service re-wraps each
/// organisation's salt, so once the old key is removed the same secret still
/// hashes the same (the finding is seen again, not new).
async fn secret_salts_move_to_the_new_key_when_the_server_starts(database: TestDatabase) {
    use base64::Engine;
    let encode = |byte: u8| base64::engine::general_purpose::STANDARD.encode([byte; 32]);
    let (k1, k2) = (format!("1:{}", encode(1)), format!("2:{}", encode(2)));
    let report = bandit(&["correct-horse-battery-staple"]);
    let server = start_with_keys(&database, &k1).await;
    let first = upload(server.channel().await, "rotation", &report)
        .await
        .expect("uploaded");
    assert_eq!(summary(&first).2, 1, "one new finding");
    server.stop().await.expect("stop");

    // The documented procedure: both keys, the new one active; restart;
    // identity's RotateEncryptionKey; then the old key goes.
    let server = start_with_keys(&database, &format!("{k1},{k2}")).await;
    IdentityServiceClient::new(server.channel().await)
        .rotate_encryption_key(with_token(
            secureflow_proto::secureflow::identity::v1::RotateEncryptionKeyRequest {},
            ADMIN_TOKEN,
        ))
        .await
        .expect("identity's secrets re-wrapped");
    server.stop().await.expect("stop");
    let db = database.connect().await;
    let row = sqlx::query("SELECT organization_id, sealed_salt FROM security_secret_salts")
        .fetch_one(db.pool())
        .await
        .expect("salt");
    let (organization, sealed): (String, String) = (
        sqlx::Row::get(&row, "organization_id"),
        sqlx::Row::get(&row, "sealed_salt"),
    );
    db.close().await;
    assert_eq!(Secrets::version_of(&sealed), Some(2));
    Secrets::from_keys(std::slice::from_ref(&k2), 2)
        .expect("key 2")
        .open(&sealed, &format!("security/secret-salt/{organization}"))
        .expect("opens with key 2 alone");

    let server = start_with_keys(&database, &k2).await;
    let again = upload(server.channel().await, "rotation", &report)
        .await
        .expect("uploaded with key 2 alone");
    let (_, _, new, updated, _, _) = summary(&again);
    assert_eq!((new, updated), (0, 1), "the same secret, the same finding");
    server.finish(database).await;
}

secureflow_platform::backend_tests!(secret_salts_move_to_the_new_key_when_the_server_starts);
