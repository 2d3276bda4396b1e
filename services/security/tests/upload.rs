//! Streamed uploads (`IngestReport`), progress (`WatchScan`), what a stored
//! vulnerability tells (occurrences, CVSS, purl), listing filters, salted secret
//! hashes and the events of a scan; over real gRPC on SQLite and PostgreSQL.

use crate::common;

use common::*;
use secureflow_platform::testkit::{TestDatabase, with_token};
use secureflow_proto::secureflow::security::v1::*;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::Row;

fn phase(progress: &ScanProgress) -> ScanPhase {
    ScanPhase::try_from(progress.phase).expect("known phase")
}

async fn a_streamed_upload_reports_each_phase_then_the_summary(database: TestDatabase) {
    let server = start(&database).await;
    // About 3 MiB: several RECEIVING updates (one per MiB) before parsing.
    let results: Vec<(usize, usize, u32)> = (0..9000).map(|i| (i % 40, i, 7)).collect();
    let report = sarif(&results);
    assert!(report.len() > 2 * 1024 * 1024, "{}", report.len());
    let streamed = stream_upload(
        server.channel().await,
        header("repo-stream", report.len()),
        &report,
        64 * 1024,
    )
    .await
    .expect("upload accepted");
    assert!(streamed.status.is_none(), "{:?}", streamed.status);
    let phases: Vec<ScanPhase> = streamed.progress.iter().map(phase).collect();
    let mut distinct = phases.clone();
    distinct.dedup();
    assert_eq!(
        distinct,
        [
            ScanPhase::Receiving,
            ScanPhase::Parsing,
            ScanPhase::Deduplicating,
            ScanPhase::Storing,
            ScanPhase::Completed
        ],
        "phases in order"
    );
    let received: Vec<i64> = streamed
        .progress
        .iter()
        .filter(|p| phase(p) == ScanPhase::Receiving)
        .map(|p| p.bytes_received)
        .collect();
    assert!(
        received.len() >= 3 && received.windows(2).all(|w| w[0] < w[1]),
        "bytes received grow: {received:?}"
    );
    let stored: Vec<i64> = streamed
        .progress
        .iter()
        .filter(|p| phase(p) == ScanPhase::Storing)
        .map(|p| p.findings_stored)
        .collect();
    assert!(stored.len() > 2, "storing reports progress: {stored:?}");
    let last = streamed.progress.last().expect("final progress");
    assert_eq!(
        last.bytes_received,
        i64::try_from(report.len()).expect("size")
    );
    assert_eq!(
        (
            last.findings_parsed,
            last.findings_distinct,
            last.findings_stored
        ),
        (9000, 9000, 9000)
    );
    assert_eq!(last.format, "sarif");
    let summary = last.summary.expect("summary");
    assert_eq!(
        (summary.findings_parsed, summary.new, summary.resolved),
        (9000, 9000, 0)
    );
    assert!(
        streamed.progress.iter().all(|p| p.scan_id == last.scan_id),
        "every message names the scan"
    );

    // Watching a finished scan gives its final state at once.
    let mut watched = client(server.channel().await)
        .watch_scan(with_token(
            WatchScanRequest {
                id: last.scan_id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("watch")
        .into_inner();
    let only = watched.message().await.expect("message").expect("one");
    assert_eq!(
        phase(only.progress.as_ref().expect("progress")),
        ScanPhase::Completed
    );
    assert_eq!(only.progress.expect("progress").summary, Some(summary));
    assert!(watched.message().await.expect("end").is_none());

    let scan = client(server.channel().await)
        .get_scan(with_token(
            GetScanRequest {
                id: last.scan_id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("scan stored")
        .into_inner()
        .scan
        .expect("scan");
    assert_eq!(scan.scope.expect("scope").commit_sha, "c0ffee");
    let listed = client(server.channel().await)
        .list_scans(with_token(
            ListScansRequest {
                repository_id: "repo-stream".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("scans")
        .into_inner();
    assert_eq!(listed.scans.len(), 1);

    // scan.started, vulnerabilities.detected (1,000 to an event), scan.completed.
    let db = server.database().await;
    let events = sqlx::query(
        "SELECT event_type, COUNT(*) AS n FROM event_outbox WHERE event_type LIKE 'scan.%' OR event_type = 'vulnerabilities.detected' GROUP BY event_type ORDER BY event_type",
    )
    .fetch_all(db.pool())
    .await
    .expect("events");
    let counts: Vec<(String, i64)> = events
        .iter()
        .map(|row| (row.get("event_type"), row.get("n")))
        .collect();
    assert_eq!(
        counts,
        [
            ("scan.completed".to_owned(), 1),
            ("scan.started".to_owned(), 1),
            ("vulnerabilities.detected".to_owned(), 9)
        ]
    );
    // Every new vulnerability is in exactly one of them.
    let payloads = sqlx::query(
        "SELECT payload FROM event_outbox WHERE event_type = 'vulnerabilities.detected'",
    )
    .fetch_all(db.pool())
    .await
    .expect("payloads");
    let mut announced = std::collections::BTreeSet::new();
    let mut total = 0;
    for row in payloads {
        let envelope =
            <secureflow_proto::secureflow::events::v1::Envelope as prost::Message>::decode(
                row.get::<Vec<u8>, _>("payload").as_slice(),
            )
            .expect("envelope");
        let Some(
            secureflow_proto::secureflow::events::v1::envelope::Data::VulnerabilitiesDetected(
                detected,
            ),
        ) = envelope.data
        else {
            panic!("a vulnerabilities.detected payload");
        };
        total += detected.vulnerabilities.len();
        announced.extend(
            detected
                .vulnerabilities
                .into_iter()
                .map(|v| v.vulnerability_id),
        );
    }
    assert_eq!((total, announced.len()), (9000, 9000));
    server.finish(database).await;
}

#[tokio::test]
async fn a_bad_streamed_upload_fails_saying_why_and_stores_nothing() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let mut truncated = sarif(&[(1, 1, 1), (2, 2, 2), (3, 3, 3)]);
    truncated.truncate(truncated.len() - 40);
    let streamed = stream_upload(
        server.channel().await,
        header("repo-bad", truncated.len()),
        &truncated,
        100,
    )
    .await
    .expect("the stream opens");
    let status = streamed.status.expect("ends with an error");
    assert_eq!(status.code(), tonic::Code::InvalidArgument);
    assert!(status.message().contains("byte "), "{status:?}");
    let last = streamed.progress.last().expect("progress");
    assert_eq!(phase(last), ScanPhase::Failed);
    assert!(last.error.contains("not valid JSON"), "{}", last.error);

    // A late watcher still learns how it ended.
    let mut watched = client(server.channel().await)
        .watch_scan(with_token(
            WatchScanRequest {
                id: last.scan_id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("watch")
        .into_inner();
    let only = watched.message().await.expect("message").expect("one");
    assert_eq!(
        phase(only.progress.as_ref().expect("progress")),
        ScanPhase::Failed
    );

    // The first message must be the header; announced sizes are checked up front.
    let chunk_first = client(server.channel().await)
        .ingest_report(with_token(
            futures::stream::iter(vec![IngestReportRequest {
                part: Some(ingest_report_request::Part::Chunk(b"{}".to_vec())),
            }]),
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("no header");
    assert_eq!(chunk_first.code(), tonic::Code::InvalidArgument);
    assert!(chunk_first.message().contains("header"), "{chunk_first:?}");
    let mut huge = header("repo-bad", 0);
    huge.size_bytes = 1 << 40;
    let too_large = stream_upload(server.channel().await, huge, b"{}", 2)
        .await
        .expect_err("too large");
    assert_eq!(too_large.code(), tonic::Code::InvalidArgument);
    assert!(too_large.message().contains("limited to"), "{too_large:?}");
    let unknown = client(server.channel().await)
        .watch_scan(with_token(
            WatchScanRequest { id: "nope".into() },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("unknown scan");
    assert_eq!(unknown.code(), tonic::Code::NotFound);

    let scans = client(server.channel().await)
        .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
        .await
        .expect("scans")
        .into_inner();
    assert!(scans.scans.is_empty(), "a refused report stores no scan");
    let listed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest::default(),
    )
    .await;
    assert_eq!(listed.total_size, 0);
    server.stop().await.expect("stop");
}

fn trivy_log4j() -> Vec<u8> {
    json!({"SchemaVersion": 2, "ArtifactName": "app.jar", "Results": [{"Target": "app.jar", "Class": "lang-pkgs", "Type": "jar",
        "Vulnerabilities": [{"VulnerabilityID": "CVE-2021-44228", "PkgName": "org.apache.logging.log4j:log4j-core",
            "PkgIdentifier": {"PURL": "pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2"},
            "InstalledVersion": "2.13.2", "FixedVersion": "2.15.0", "Severity": "CRITICAL", "Title": "Log4Shell",
            "CVSS": {"ghsa": {"V3Vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "V3Score": 10.0}}}]}]})
    .to_string()
    .into_bytes()
}

fn dependency_check_json_log4j() -> Vec<u8> {
    json!({"reportSchema": "1.1", "scanInfo": {"engineVersion": "9.0.9"}, "projectInfo": {"name": "app"},
        "dependencies": [{"fileName": "log4j-core-2.13.2.jar", "filePath": "/app/lib/log4j-core-2.13.2.jar",
            "packages": [{"id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2", "confidence": "HIGH"}],
            "vulnerabilities": [{"source": "NVD", "name": "CVE-2021-44228", "severity": "CRITICAL",
                "cvssv3": {"baseScore": 10.0, "attackVector": "NETWORK", "attackComplexity": "LOW",
                    "privilegesRequired": "NONE", "userInteraction": "NONE", "scope": "CHANGED",
                    "confidentialityImpact": "HIGH", "integrityImpact": "HIGH", "availabilityImpact": "HIGH",
                    "baseSeverity": "CRITICAL", "version": "3.1"},
                "cwes": ["CWE-502", "CWE-400"], "description": "Apache Log4j2 JNDI features…",
                "references": [{"source": "MISC", "url": "https://logging.apache.org/log4j/2.x/security.html"}]}]}]})
    .to_string()
    .into_bytes()
}

async fn a_vulnerability_explains_its_merges_and_carries_cvss_and_purl(database: TestDatabase) {
    let server = start(&database).await;
    upload(server.channel().await, "repo-m", &trivy_log4j())
        .await
        .expect("trivy");
    let second = upload(
        server.channel().await,
        "repo-m",
        &dependency_check_json_log4j(),
    )
    .await
    .expect("dependency-check JSON");
    assert_eq!(second.format, "dependency-check-json");
    assert_eq!(second.summary.expect("summary").updated, 1);
    let listed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            component: "org.apache.logging.log4j:log4j-core".into(),
            kinds: vec![FindingKind::Dependency as i32],
            ..Default::default()
        },
    )
    .await;
    assert_eq!(listed.total_size, 1, "filtered by component and kind");
    let id = listed.vulnerabilities[0].id.clone();
    let vulnerability = client(server.channel().await)
        .get_vulnerability(with_token(GetVulnerabilityRequest { id }, ADMIN_TOKEN))
        .await
        .expect("get")
        .into_inner()
        .vulnerability
        .expect("vulnerability");
    let cvss = vulnerability.cvss.expect("cvss");
    assert_eq!((cvss.score, cvss.version.as_str()), (10.0, "3.1"));
    let component = vulnerability.component.expect("component");
    assert_eq!(
        component.purl,
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2"
    );
    assert_eq!(
        vulnerability.remediation,
        "Upgrade org.apache.logging.log4j:log4j-core to 2.15.0."
    );
    let mut reasons: Vec<(String, String)> = vulnerability
        .occurrences
        .iter()
        .map(|o| (o.tool.clone(), o.merge_reason.clone()))
        .collect();
    reasons.sort();
    assert_eq!(
        reasons,
        [
            (
                "dependency-check".to_owned(),
                "reported by another tool: same advisory in the same package and version"
                    .to_owned()
            ),
            ("trivy".to_owned(), "first report".to_owned())
        ]
    );
    let none = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            kinds: vec![FindingKind::Secret as i32],
            ..Default::default()
        },
    )
    .await;
    assert_eq!(none.total_size, 0);
    server.finish(database).await;
}

#[tokio::test]
async fn listings_filter_by_assignee_and_sort_as_asked() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    upload(
        server.channel().await,
        "repo-l",
        &sarif(&[(1, 1, 1), (2, 2, 2), (3, 3, 3)]),
    )
    .await
    .expect("upload");
    let all = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest::default(),
    )
    .await;
    let chosen = all.vulnerabilities[1].id.clone();
    // Assignees are people of the organisation.
    let assignee = triager(server.channel().await).await;
    client(server.channel().await)
        .assign_vulnerability(with_token(
            AssignVulnerabilityRequest {
                id: chosen.clone(),
                assigned_to: assignee.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("assign");
    let mine = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            assigned_to: assignee.clone(),
            order_by: "first_detected desc".into(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(mine.vulnerabilities.len(), 1);
    assert_eq!(mine.vulnerabilities[0].id, chosen);
    let text = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            query: "PROBLEM 2".into(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(text.total_size, 1, "text search ignores case");
    let bad = client(server.channel().await)
        .list_vulnerabilities(with_token(
            ListVulnerabilitiesRequest {
                order_by: "title".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("unknown order");
    assert_eq!(bad.code(), tonic::Code::InvalidArgument);
    assert!(bad.message().contains("order_by"), "{bad:?}");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn secrets_are_stored_only_as_salted_hashes_and_previews() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let secret = "AKIAZ7EXAMPLEKEY0042";
    let report = json!([{"Description": "AWS Access Key", "StartLine": 3, "EndLine": 3, "StartColumn": 1, "EndColumn": 20,
        "Match": format!("aws_key = \"{secret}\""), "Secret": secret, "File": "config.py", "Commit": "abc",
        "Entropy": 3.5, "Author": "dev", "Email": "dev@example.com", "Date": "2024-01-01T00:00:00Z", "Message": "add",
        "Tags": [], "RuleID": "aws-access-token", "Fingerprint": format!("abc:config.py:aws-access-token:3")}]);
    upload(
        server.channel().await,
        "repo-s",
        report.to_string().as_bytes(),
    )
    .await
    .expect("gitleaks");
    let db = server.database().await;
    let plain = hex::encode(Sha256::digest(secret.as_bytes()));
    let rows = sqlx::query("SELECT * FROM security_vulnerabilities")
        .fetch_all(db.pool())
        .await
        .expect("rows");
    assert_eq!(rows.len(), 1);
    for column in [
        "secret_hash",
        "fingerprint",
        "snippet",
        "title",
        "description",
        "secret_preview",
    ] {
        let value: String = rows[0].get(column);
        assert!(!value.contains(secret), "{column} holds the secret");
        assert_ne!(value, plain, "{column} is the unsalted hash");
    }
    let salted: String = rows[0].get("secret_hash");
    assert_eq!(salted.len(), 64);
    let preview: String = rows[0].get("secret_preview");
    assert_eq!(preview, "AKIA****0042");
    server.stop().await.expect("stop");
}

secureflow_platform::backend_tests!(
    a_streamed_upload_reports_each_phase_then_the_summary,
    a_vulnerability_explains_its_merges_and_carries_cvss_and_purl,
);
