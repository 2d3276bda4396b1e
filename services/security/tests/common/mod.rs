//! Helpers shared by the security service's integration tests.
#![allow(dead_code, unreachable_pub)]

use secureflow_platform::config::Overrides;
use secureflow_platform::testkit::{TestDatabase, TestServer, people, with_token};
use secureflow_proto::google::api::HttpBody;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use secureflow_proto::secureflow::security::v1::*;
use serde_json::json;
use tonic::transport::Channel;

pub const ADMIN_TOKEN: &str = "sft_security_test_admin_0123456789";

pub async fn start(database: &TestDatabase) -> TestServer {
    start_with(database, Overrides::default()).await
}

/// Starts identity and security on `database` with `overrides` (a data
/// directory given there is kept across restarts), and waits until security
/// holds its copy of the organisation identity announced at start: that
/// event re-evaluates every gate (reason `sla_policy`), and arriving in the
/// middle of a test it would take the place of the re-evaluation the test
/// looks for.
pub async fn start_with(database: &TestDatabase, overrides: Overrides) -> TestServer {
    start_configured(database, overrides, &[]).await
}

/// [`start_with`], with configuration `settings` (`SECUREFLOW_…` names and values).
pub async fn start_configured(
    database: &TestDatabase,
    overrides: Overrides,
    settings: &[(&str, &str)],
) -> TestServer {
    let server = settings
        .iter()
        .fold(
            TestServer::on(database)
                .modules([secureflow_identity::MODULE, secureflow_security::MODULE])
                .authentication(secureflow_identity::AUTHENTICATION)
                .admin_token(ADMIN_TOKEN)
                .overrides(overrides),
            |server, (key, value)| server.setting(key, value),
        )
        .start()
        .await;
    let db = server.database().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM security_organizations")
            .fetch_one(db.pool())
            .await
            .expect("security's organisations");
        if known > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "security never received the organisation identity announced"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    db.close().await;
    server
}

pub fn client(channel: Channel) -> SecurityServiceClient<Channel> {
    SecurityServiceClient::new(channel)
}

pub async fn upload(
    channel: Channel,
    repository: &str,
    report: &[u8],
) -> Result<Scan, tonic::Status> {
    let request = CreateScanRequest {
        scope: Some(ScanScope {
            repository_id: repository.into(),
            branch: "main".into(),
            ..Default::default()
        }),
        format: String::new(),
        report: Some(HttpBody {
            content_type: "application/json".into(),
            data: report.to_vec(),
            extensions: Vec::new(),
        }),
    };
    Ok(client(channel)
        .create_scan(with_token(request, ADMIN_TOKEN))
        .await?
        .into_inner()
        .scan
        .expect("scan"))
}

pub fn summary(scan: &Scan) -> (i64, i64, i64, i64, i64, i64) {
    let s = scan.summary.expect("summary");
    (
        s.findings_parsed,
        s.duplicates_in_report,
        s.new,
        s.updated,
        s.reopened,
        s.resolved,
    )
}

/// Uploads `report` to `repository`'s main branch and checks the import's
/// summary (parsed, repeats in the report, new, updated, reopened, resolved)
/// is `expected`; `why` names the step in a failure. The scan.
pub async fn imported(
    server: &TestServer,
    repository: &str,
    report: &[u8],
    expected: (i64, i64, i64, i64, i64, i64),
    why: &str,
) -> Scan {
    let scan = upload(server.channel().await, repository, report)
        .await
        .unwrap_or_else(|status| panic!("{why}: {status:?}"));
    assert_eq!(summary(&scan), expected, "{why}");
    scan
}

/// A SARIF report with one result per (rule, file, line) given.
pub fn sarif(results: &[(usize, usize, u32)]) -> Vec<u8> {
    let results: Vec<_> = results
        .iter()
        .map(|(rule, file, line)| {
            json!({
                "ruleId": format!("rule-{rule}"),
                "level": "error",
                "message": {"text": format!("problem {rule} in file {file}")},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": format!("src/file_{file}.py")},
                    "region": {"startLine": line, "snippet": {"text": format!("dangerous_call_{rule}(user_input_{file})")}}
                }}]
            })
        })
        .collect();
    json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": results}]})
        .to_string()
        .into_bytes()
}

pub async fn vulnerabilities(
    channel: Channel,
    request: ListVulnerabilitiesRequest,
) -> ListVulnerabilitiesResponse {
    client(channel)
        .list_vulnerabilities(with_token(request, ADMIN_TOKEN))
        .await
        .expect("list")
        .into_inner()
}

/// The first page of a repository's vulnerabilities, with the list's
/// default filters and order.
pub async fn listed_in(server: &TestServer, repository_id: &str) -> ListVulnerabilitiesResponse {
    vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            repository_id: repository_id.to_owned(),
            ..Default::default()
        },
    )
    .await
}

/// What a streamed upload returned: every progress message, and the status the
/// stream ended with (`None` when it ended cleanly).
#[derive(Debug)]
pub struct Streamed {
    pub progress: Vec<ScanProgress>,
    pub status: Option<tonic::Status>,
}

/// Uploads through `IngestReport`: the header, then the report in `chunk` byte pieces.
pub async fn stream_upload(
    channel: Channel,
    header: IngestReportHeader,
    report: &[u8],
    chunk: usize,
) -> Result<Streamed, tonic::Status> {
    let mut messages = vec![IngestReportRequest {
        part: Some(ingest_report_request::Part::Header(header)),
    }];
    messages.extend(report.chunks(chunk).map(|piece| IngestReportRequest {
        part: Some(ingest_report_request::Part::Chunk(piece.to_vec())),
    }));
    let request = with_token(futures::stream::iter(messages), ADMIN_TOKEN);
    let mut responses = client(channel).ingest_report(request).await?.into_inner();
    let mut progress = Vec::new();
    loop {
        match responses.message().await {
            Ok(Some(message)) => progress.push(message.progress.expect("progress")),
            Ok(None) => {
                return Ok(Streamed {
                    progress,
                    status: None,
                });
            }
            Err(status) => {
                return Ok(Streamed {
                    progress,
                    status: Some(status),
                });
            }
        }
    }
}

/// A header for `repository` on `main`.
pub fn header(repository: &str, size: usize) -> IngestReportHeader {
    IngestReportHeader {
        scope: Some(ScanScope {
            repository_id: repository.into(),
            branch: "main".into(),
            commit_sha: "c0ffee".into(),
            ..Default::default()
        }),
        format: String::new(),
        file_name: "report.json".into(),
        size_bytes: i64::try_from(size).expect("size"),
    }
}

/// A Trivy report of one vulnerable package.
pub fn trivy(cve: &str, severity: &str) -> Vec<u8> {
    json!({"SchemaVersion": 2, "ArtifactName": "app", "Results": [{
        "Target": "requirements.txt", "Class": "lang-pkgs", "Type": "pip",
        "Vulnerabilities": [{
            "VulnerabilityID": cve, "PkgName": "somepkg", "InstalledVersion": "1.0.0",
            "FixedVersion": "1.0.1", "Severity": severity, "Title": format!("{cve} in somepkg")
        }]
    }]})
    .to_string()
    .into_bytes()
}

/// Imports threat intelligence.
pub async fn import(
    server: &TestServer,
    source: ThreatIntelSource,
    content: &[u8],
) -> ImportThreatIntelResponse {
    client(server.channel().await)
        .import_threat_intel(with_token(
            ImportThreatIntelRequest {
                source: source as i32,
                content: Some(HttpBody {
                    content_type: "application/octet-stream".into(),
                    data: content.to_vec(),
                    extensions: Vec::new(),
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("imported")
        .into_inner()
}

/// Creates a security engineer of the admin's organisation (someone
/// vulnerabilities can be assigned to); their id.
pub async fn triager(channel: Channel) -> String {
    let email = "triager@example.test";
    people::create_user(channel, ADMIN_TOKEN, email, &["security_engineer"])
        .await
        .id
}

/// Sets the admin's organisation's SLA policy through identity.
pub async fn set_sla_policy(
    channel: Channel,
    policy: secureflow_proto::secureflow::identity::v1::SlaPolicy,
) -> Result<secureflow_proto::secureflow::identity::v1::Organization, tonic::Status> {
    use secureflow_proto::secureflow::identity::v1 as identity;
    let mut client = identity::identity_service_client::IdentityServiceClient::new(channel);
    let organization = client
        .get_current_identity(with_token(
            identity::GetCurrentIdentityRequest::default(),
            ADMIN_TOKEN,
        ))
        .await?
        .into_inner()
        .organization
        .expect("organisation");
    let update = identity::UpdateOrganizationRequest {
        organization: Some(identity::Organization {
            id: organization.id,
            sla_policy: Some(policy),
            ..identity::Organization::default()
        }),
        update_mask: Some(pbjson_types::FieldMask {
            paths: vec!["sla_policy".into()],
        }),
    };
    Ok(client
        .update_organization(with_token(update, ADMIN_TOKEN))
        .await?
        .into_inner()
        .organization
        .expect("organisation"))
}
