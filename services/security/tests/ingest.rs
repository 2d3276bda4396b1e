//! Report ingestion through real gRPC, on SQLite and PostgreSQL: re-import
//! semantics, cross-tool merging, and refusal of bad reports.

use crate::common;

use common::*;
use secureflow_platform::testkit::{TestDatabase, with_token};
use secureflow_proto::google::api::HttpBody;
use secureflow_proto::secureflow::security::v1::*;
use serde_json::json;
use tonic_types::StatusExt;

async fn re_imports_update_resolve_and_follow_moved_code(database: TestDatabase) {
    let server = start(&database).await;
    let results: Vec<(usize, usize, u32)> = (0..50)
        .map(|i| (i % 7, i, 10 + u32::try_from(i).expect("small")))
        .collect();
    imported(
        &server,
        "repo-a",
        &sarif(&results),
        (50, 0, 50, 0, 0, 0),
        "first import",
    )
    .await;

    imported(
        &server,
        "repo-a",
        &sarif(&results),
        (50, 0, 0, 50, 0, 0),
        "unchanged → nothing new",
    )
    .await;

    let shifted: Vec<_> = results
        .iter()
        .map(|(rule, file, line)| (*rule, *file, line + 25))
        .collect();
    imported(
        &server,
        "repo-a",
        &sarif(&shifted),
        (50, 0, 0, 50, 0, 0),
        "a line shift is the same vulnerability",
    )
    .await;
    // The stored place follows the code (the rows whose place changed are rewritten).
    let followed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            repository_id: "repo-a".into(),
            page_size: 100,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(followed.vulnerabilities.len(), 50);
    assert!(
        followed.vulnerabilities.iter().all(|v| v.line_number >= 35),
        "every vulnerability at its moved line"
    );

    let kept: Vec<_> = shifted
        .iter()
        .copied()
        .filter(|(_, file, _)| file % 10 != 0)
        .collect();
    let fewer = imported(
        &server,
        "repo-a",
        &sarif(&kept),
        (45, 0, 0, 45, 0, 5),
        "the removed 10% are resolved",
    )
    .await;
    let open = listed_in(&server, "repo-a").await;
    assert_eq!(open.total_size, 45);
    let resolved = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            repository_id: "repo-a".into(),
            statuses: vec![VulnerabilityStatus::Resolved as i32],
            ..Default::default()
        },
    )
    .await;
    assert_eq!(resolved.total_size, 5);
    assert_eq!(resolved.vulnerabilities[0].resolved_by_scan_id, fewer.id);

    imported(
        &server,
        "repo-a",
        &sarif(&shifted),
        (50, 0, 0, 45, 5, 0),
        "resolved findings that come back are reopened",
    )
    .await;

    // Everything fixed: a report of no results is still the same tool's, and
    // resolves all it reported before.
    imported(
        &server,
        "repo-a",
        &sarif(&[]),
        (0, 0, 0, 0, 0, 50),
        "a clean scan resolves",
    )
    .await;
    server.finish(database).await;
}

fn trivy_log4j() -> Vec<u8> {
    json!({"SchemaVersion": 2, "ArtifactName": "app.jar", "Results": [{"Target": "app.jar", "Class": "lang-pkgs", "Type": "jar",
        "Vulnerabilities": [{"VulnerabilityID": "CVE-2021-44228", "PkgName": "org.apache.logging.log4j:log4j-core",
            "InstalledVersion": "2.13.2", "FixedVersion": "2.15.0", "Severity": "CRITICAL", "Title": "Log4Shell"}]}]})
    .to_string()
    .into_bytes()
}

fn dependency_check_log4j() -> Vec<u8> {
    br#"<?xml version="1.0"?>
<analysis xmlns="https://jeremylong.github.io/DependencyCheck/dependency-check.2.5.xsd">
  <dependencies>
    <dependency>
      <fileName>log4j-core-2.13.2.jar</fileName>
      <identifiers><package confidence="HIGH"><id>pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2</id></package></identifiers>
      <vulnerabilities><vulnerability><name>CVE-2021-44228</name><severity>CRITICAL</severity><description>Log4Shell</description></vulnerability></vulnerabilities>
    </dependency>
  </dependencies>
</analysis>"#
        .to_vec()
}

async fn the_same_cve_from_two_tools_is_one_vulnerability_with_both_tools(database: TestDatabase) {
    let server = start(&database).await;
    let trivy = upload(server.channel().await, "repo-b", &trivy_log4j())
        .await
        .expect("trivy");
    assert_eq!(summary(&trivy).2, 1);
    let dc = upload(server.channel().await, "repo-b", &dependency_check_log4j())
        .await
        .expect("dependency-check");
    assert_eq!(
        (summary(&dc).2, summary(&dc).3),
        (0, 1),
        "merged into the existing vulnerability"
    );
    let found = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            cve_id: "CVE-2021-44228".into(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(found.total_size, 1);
    let mut tools = found.vulnerabilities[0].tools.clone();
    tools.sort();
    assert_eq!(tools, ["dependency-check", "trivy"]);
    assert_eq!(found.vulnerabilities[0].severity, Severity::Critical as i32);

    // Trivy no longer finds it (a report without vulnerabilities): the other
    // tool still does, so it stays open with that tool alone.
    let clean_trivy = json!({"SchemaVersion": 2, "ArtifactName": "app.jar", "Results": []})
        .to_string()
        .into_bytes();
    imported(
        &server,
        "repo-b",
        &clean_trivy,
        (0, 0, 0, 0, 0, 0),
        "a clean trivy report",
    )
    .await;
    let after = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            cve_id: "CVE-2021-44228".into(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(after.vulnerabilities[0].tools, ["dependency-check"]);
    server.finish(database).await;
}

#[tokio::test]
async fn bad_reports_are_refused_saying_where_and_store_nothing() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let mut truncated = sarif(&[(1, 1, 1), (2, 2, 2)]);
    truncated.truncate(truncated.len() / 2);
    let refused = upload(server.channel().await, "repo-c", &truncated)
        .await
        .expect_err("truncated");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    assert!(
        refused.message().contains("byte ") && refused.message().contains("line "),
        "{refused:?}"
    );
    let wrong_format = client(server.channel().await)
        .create_scan(with_token(
            CreateScanRequest {
                scope: Some(ScanScope {
                    repository_id: "repo-c".into(),
                    branch: "main".into(),
                    ..Default::default()
                }),
                format: "bandit-json".into(),
                report: Some(HttpBody {
                    data: sarif(&[(1, 1, 1)]),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("not a bandit report");
    assert!(
        wrong_format.message().contains("bandit-json"),
        "{wrong_format:?}"
    );
    let no_scope = client(server.channel().await)
        .create_scan(with_token(
            CreateScanRequest {
                scope: None,
                format: String::new(),
                report: Some(HttpBody {
                    data: sarif(&[]),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("no repository");
    assert!(
        no_scope.message().contains("scope.repository_id"),
        "{no_scope:?}"
    );
    let listed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest::default(),
    )
    .await;
    assert_eq!(
        listed.total_size, 0,
        "nothing of a refused report is stored"
    );
    let fine = upload(server.channel().await, "repo-c", &sarif(&[(1, 1, 1)]))
        .await
        .expect("the service keeps serving");
    assert_eq!(summary(&fine).2, 1);
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn a_real_fixture_ingests_with_its_expected_counts() {
    let Some(path) = ["../../../shared/fixtures/scans/gitleaks/gitleaks8_many.json"]
        .iter()
        .map(|relative| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative))
        .find(|path| path.is_file())
    else {
        assert!(
            !secureflow_platform::testkit::in_ci(),
            "fixtures are required under CI"
        );
        return;
    };
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let scan = upload(
        server.channel().await,
        "repo-d",
        &std::fs::read(path).expect("fixture"),
    )
    .await
    .expect("ingested");
    assert_eq!(scan.format, "gitleaks-json");
    assert_eq!(
        summary(&scan),
        (4, 1, 3, 0, 0, 0),
        "4 parsed, 1 repeat, 3 vulnerabilities"
    );
    let listed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest::default(),
    )
    .await;
    assert!(
        listed
            .vulnerabilities
            .iter()
            .all(|v| !v.secret_preview.is_empty() && !v.snippet.contains("secretAWSsecret"))
    );
    server.stop().await.expect("stop");
}

async fn triage_needs_reasons_survives_re_imports_and_accepted_risks_expire(
    database: TestDatabase,
) {
    let server = start(&database).await;
    let report = sarif(&[(1, 1, 1), (2, 2, 2)]);
    upload(server.channel().await, "repo-t", &report)
        .await
        .expect("import");
    let listed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest::default(),
    )
    .await;
    let (first, second) = (
        listed.vulnerabilities[0].id.clone(),
        listed.vulnerabilities[1].id.clone(),
    );
    let change =
        |id: &str, status: VulnerabilityStatus, justification: &str, until: Option<i64>| {
            let channel = server.channel();
            let request = UpdateVulnerabilityStatusRequest {
                id: id.to_owned(),
                status: status as i32,
                justification: justification.to_owned(),
                accepted_until: until.map(|seconds| pbjson_types::Timestamp { seconds, nanos: 0 }),
            };
            async move {
                client(channel.await)
                    .update_vulnerability_status(with_token(request, ADMIN_TOKEN))
                    .await
            }
        };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let now = i64::try_from(now).expect("time");
    let missing = change(&first, VulnerabilityStatus::FalsePositive, "", None)
        .await
        .expect_err("no reason");
    assert!(missing.message().contains("justification"), "{missing:?}");
    let no_expiry = change(&second, VulnerabilityStatus::AcceptedRisk, "WAF rule", None)
        .await
        .expect_err("no expiry");
    assert!(
        no_expiry.message().contains("accepted_until"),
        "{no_expiry:?}"
    );
    change(
        &first,
        VulnerabilityStatus::FalsePositive,
        "test data only",
        None,
    )
    .await
    .expect("false positive");
    let accepted = change(
        &second,
        VulnerabilityStatus::AcceptedRisk,
        "WAF rule 42",
        Some(now + 2),
    )
    .await
    .expect("accepted risk")
    .into_inner()
    .vulnerability
    .expect("vulnerability");
    assert_eq!(accepted.status_justification, "WAF rule 42");
    assert!(accepted.accepted_until.is_some());

    imported(&server, "repo-t", &report, (2, 0, 0, 2, 0, 0), "re-import").await;
    let first_now = client(server.channel().await)
        .get_vulnerability(with_token(
            GetVulnerabilityRequest { id: first.clone() },
            ADMIN_TOKEN,
        ))
        .await
        .expect("get")
        .into_inner()
        .vulnerability
        .expect("vulnerability");
    assert_eq!(
        first_now.status,
        VulnerabilityStatus::FalsePositive as i32,
        "triage survives the re-import"
    );

    tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
    let db = server.database().await;
    let log = secureflow_platform::events::EventLog::new(
        db.clone(),
        std::time::Duration::from_secs(1),
        16,
    );
    assert_eq!(
        secureflow_security::triage::reopen_expired(&db, &log)
            .await
            .expect("sweep")
            .len(),
        1
    );
    let reopened = client(server.channel().await)
        .get_vulnerability(with_token(
            GetVulnerabilityRequest { id: second },
            ADMIN_TOKEN,
        ))
        .await
        .expect("get")
        .into_inner()
        .vulnerability
        .expect("vulnerability");
    assert_eq!(
        reopened.status,
        VulnerabilityStatus::Open as i32,
        "an expired accepted risk reopens"
    );
    let unknown = change("nope", VulnerabilityStatus::InProgress, "", None)
        .await
        .expect_err("unknown id");
    assert_eq!(unknown.code(), tonic::Code::NotFound);
    db.close().await;
    server.finish(database).await;
}

#[tokio::test]
async fn vulnerability_filters_filter_or_are_refused_naming_the_field() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let report = sarif(&[(1, 1, 3), (2, 2, 4)]);
    upload(server.channel().await, "r-filters", &report)
        .await
        .expect("uploaded");
    let list = |request: ListVulnerabilitiesRequest| {
        let channel = server.channel();
        async move {
            client(channel.await)
                .list_vulnerabilities(with_token(request, ADMIN_TOKEN))
                .await
        }
    };
    let refused = [
        (
            ListVulnerabilitiesRequest {
                cwe_id: "garbage".into(),
                ..Default::default()
            },
            "cwe_id",
        ),
        (
            ListVulnerabilitiesRequest {
                severities: vec![Severity::High as i32, 0],
                ..Default::default()
            },
            "severities[1]",
        ),
        (
            ListVulnerabilitiesRequest {
                statuses: vec![99],
                ..Default::default()
            },
            "statuses[0]",
        ),
        (
            ListVulnerabilitiesRequest {
                kinds: vec![FindingKind::License as i32],
                ..Default::default()
            },
            "kinds[0]",
        ),
    ];
    for (request, field) in refused {
        let status = list(request).await.expect_err("refused");
        assert_eq!(status.code(), tonic::Code::InvalidArgument, "{status:?}");
        let violations = status
            .get_details_bad_request()
            .expect("field violations")
            .field_violations;
        assert_eq!(violations[0].field, field);
    }
    let none = list(ListVulnerabilitiesRequest {
        cwe_id: "CWE-79".into(),
        ..Default::default()
    })
    .await
    .expect("a valid CWE filters")
    .into_inner();
    assert!(none.vulnerabilities.is_empty(), "no finding has CWE-79");
    server.stop().await.expect("stop");
}

/// The scope's vulnerabilities are read as one delimited text; a stored value
/// holding its separators (here a snippet) makes it read them another way,
/// and a re-import still knows every one. (The snippet's NUL, which
/// PostgreSQL text cannot hold, is stored as U+FFFD.)
async fn stored_values_holding_the_read_separators_stay_known(database: TestDatabase) {
    let server = start(&database).await;
    let mut report: serde_json::Value =
        serde_json::from_slice(&sarif(&[(1, 1, 10), (2, 2, 20)])).expect("SARIF");
    report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] =
        json!("call(\u{1e}\u{1f}forged\u{1f}row\u{0})");
    let report = serde_json::to_vec(&report).expect("SARIF");
    imported(
        &server,
        "repo-separators",
        &report,
        (2, 0, 2, 0, 0, 0),
        "first import",
    )
    .await;
    imported(
        &server,
        "repo-separators",
        &report,
        (2, 0, 0, 2, 0, 0),
        "both known",
    )
    .await;
    server.stop().await.expect("stops");
}

/// More new vulnerabilities than one insert statement takes (2,000): on
/// PostgreSQL they are staged with `COPY` and moved a batch at a time, each
/// with its sighting by the same statement. Every one is stored once, with
/// its sighting (what `last_seen desc` lists and a re-import updates), and
/// nothing stays staged.
async fn a_first_import_of_several_batches_is_stored_whole(database: TestDatabase) {
    let server = start(&database).await;
    let results: Vec<(usize, usize, u32)> = (0..4_500)
        .map(|i| (i % 40, i, 1 + u32::try_from(i % 300).expect("small")))
        .collect();
    imported(
        &server,
        "repo-batches",
        &sarif(&results),
        (4_500, 0, 4_500, 0, 0, 0),
        "first import",
    )
    .await;
    let db = server.database().await;
    let count = |sql: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(db.pool())
                .await
                .expect("counting")
        }
    };
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM security_vulnerabilities JOIN security_sightings ON vulnerability_id = id
             WHERE repository_id = 'repo-batches' AND sighting_organization_id = organization_id
               AND last_seen_us = first_detected_us"
        )
        .await,
        4_500
    );
    let by_last_seen = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            repository_id: "repo-batches".into(),
            order_by: "last_seen desc".into(),
            page_size: 10,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(by_last_seen.total_size, 4_500);
    assert_eq!(by_last_seen.vulnerabilities.len(), 10);
    if database.backend == secureflow_platform::db::Backend::Postgres {
        assert_eq!(
            count("SELECT COUNT(*) FROM security_staged_vulnerabilities").await,
            0,
            "nothing stays staged"
        );
    }
    imported(
        &server,
        "repo-batches",
        &sarif(&results),
        (4_500, 0, 0, 4_500, 0, 0),
        "every one known",
    )
    .await;
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    a_first_import_of_several_batches_is_stored_whole,
    re_imports_update_resolve_and_follow_moved_code,
    stored_values_holding_the_read_separators_stay_known,
    the_same_cve_from_two_tools_is_one_vulnerability_with_both_tools,
    triage_needs_reasons_survives_re_imports_and_accepted_risks_expire,
);
