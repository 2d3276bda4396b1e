//! Reports over real gRPC on SQLite and PostgreSQL: every kind from the same
//! uploads, their figures checked against each other and against `GetPosture`;
//! CSV and SARIF exports; listing; bad requests refused with nothing stored;
//! reports' content kept in the blob store (a local directory, and S3 on
//! `s3s-fs`); and the vulnerability list ranked by risk.

use crate::common;

use common::*;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::security::v1::*;
use secureflow_security::domain::formats::parse_report;
use serde_json::{Value, json};

const REPO: &str = "repo-reports";
const DAY_US: i64 = 86_400 * 1_000_000;

/// SAST results with CWEs: SQL injection (CWE-89, A03), a weak hash (CWE-328,
/// A02), a NULL dereference (CWE-476, in no OWASP category).
fn semgrep(with_hash: bool) -> Vec<u8> {
    let result = |rule: &str, cwe: &str, level: &str, file: &str| {
        json!({
            "ruleId": rule, "level": level,
            "message": {"text": format!("{rule} found")},
            "properties": {"tags": [cwe]},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": file}, "region": {"startLine": 7}
            }}]
        })
    };
    let mut results = vec![
        result("sql-injection", "CWE-89", "error", "app/db.py"),
        result("null-deref", "CWE-476", "note", "app/util.py"),
    ];
    if with_hash {
        results.push(result("weak-hash", "CWE-328", "warning", "app/auth.py"));
    }
    json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": results}]})
        .to_string()
        .into_bytes()
}

async fn upload_full(server: &TestServer, report: &[u8]) {
    // Uploads are full scans unless marked partial.
    let header = header(REPO, report.len());
    let streamed = stream_upload(server.channel().await, header, report, 64 * 1024)
        .await
        .expect("upload");
    assert!(streamed.status.is_none(), "{:?}", streamed.status);
}

async fn create(server: &TestServer, report: Report) -> Result<Report, tonic::Status> {
    create_reusing(server, report, None).await
}

/// `CreateReport` with `reuse_within` set to `reuse` (seconds, nanoseconds).
async fn create_reusing(
    server: &TestServer,
    report: Report,
    reuse: Option<(i64, i32)>,
) -> Result<Report, tonic::Status> {
    Ok(client(server.channel().await)
        .create_report(with_token(
            CreateReportRequest {
                report: Some(report),
                reuse_within: reuse
                    .map(|(seconds, nanos)| pbjson_types::Duration { seconds, nanos }),
            },
            ADMIN_TOKEN,
        ))
        .await?
        .into_inner()
        .report
        .expect("report"))
}

async fn ready(server: &TestServer, kind: ReportKind, format: ReportFormat) -> Report {
    let report = create(
        server,
        Report {
            kind: kind as i32,
            format: format as i32,
            repository_id: REPO.into(),
            ..Report::default()
        },
    )
    .await
    .expect("created");
    assert_eq!(report.status, ReportStatus::Ready as i32, "{report:?}");
    report
}

async fn json_report(server: &TestServer, kind: ReportKind) -> Value {
    let report = ready(server, kind, ReportFormat::Json).await;
    assert_eq!(report.content_type, "application/json");
    serde_json::from_slice(&report.content).expect("JSON content")
}

/// The row of a JSON report whose first column is `label`.
fn row<'a>(report: &'a Value, label: &str) -> &'a Value {
    let first = report["columns"][0].as_str().expect("columns");
    report["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|row| row[first] == label)
        .unwrap_or_else(|| panic!("no row {label} in {report}"))
}

async fn report_count(server: &TestServer) -> usize {
    client(server.channel().await)
        .list_reports(with_token(ListReportsRequest::default(), ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner()
        .reports
        .len()
}

async fn every_report_kind_is_built_from_the_same_vulnerabilities(database: TestDatabase) {
    let server = start(&database).await;
    upload_full(&server, &semgrep(true)).await;
    upload(
        server.channel().await,
        REPO,
        &trivy("CVE-2021-44228", "CRITICAL"),
    )
    .await
    .expect("trivy");
    // Everything was found 20 days ago; the weak hash is then fixed (a
    // full scan without it), 20 days after detection.
    let db = server.database().await;
    sqlx::query("UPDATE security_vulnerabilities SET first_detected_us = first_detected_us - $1")
        .bind(20 * DAY_US)
        .execute(db.pool())
        .await
        .expect("age");
    upload_full(&server, &semgrep(false)).await;

    let posture = client(server.channel().await)
        .get_posture(with_token(
            GetPostureRequest {
                repository_id: REPO.into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("posture")
        .into_inner();

    // Posture over time ends where GetPosture is today, and was better
    // before anything was found.
    let history = json_report(&server, ReportKind::Posture).await;
    assert_eq!(history["report"]["kind"], "posture");
    let points = history["rows"].as_array().expect("points");
    assert_eq!(points.len(), 91, "a point a day over 90 days");
    assert_eq!(points[0]["score"], 100.0);
    assert_eq!(points[0]["open"], 0);
    assert_eq!(history["summary"]["end_score"], posture.score);
    assert_eq!(points[90]["open"], 3);
    // 20 days ago all four were open.
    assert_eq!(points[70]["open"], 4);

    let open = json_report(&server, ReportKind::OpenVulnerabilities).await;
    assert_eq!(row(&open, "all")["open"], 3);
    assert_eq!(row(&open, "critical")["open"], 1);
    // The critical package is 20 days old against a 7-day SLA.
    assert_eq!(row(&open, "critical")["sla_breached"], 1);
    assert_eq!(row(&open, "all")["age_8_30_days"], 3);
    assert_eq!(open["summary"]["sla_breached"], posture.sla_breached);

    let mttr = json_report(&server, ReportKind::Mttr).await;
    assert_eq!(row(&mttr, "all")["remediated"], 1);
    let mean = row(&mttr, "medium")["mean_days"].as_f64().expect("mean");
    assert!((mean - 20.0).abs() < 0.01, "{mean}");
    // Medium's SLA is 90 days: fixed in time.
    assert_eq!(row(&mttr, "medium")["within_sla_percent"], 100.0);

    let tools = json_report(&server, ReportKind::PerTool).await;
    assert_eq!(row(&tools, "semgrep")["open"], 2);
    assert_eq!(row(&tools, "semgrep")["resolved"], 1);
    assert_eq!(row(&tools, "semgrep")["detected"], 3);
    assert_eq!(row(&tools, "trivy")["critical"], 1);

    let owasp = create(
        &server,
        Report {
            kind: ReportKind::Compliance as i32,
            framework: ComplianceFramework::OwaspTop102021 as i32,
            ..Report::default()
        },
    )
    .await
    .expect("compliance");
    assert_eq!(owasp.framework, ComplianceFramework::OwaspTop102021 as i32);
    let owasp: Value = serde_json::from_slice(&owasp.content).expect("JSON");
    assert_eq!(row(&owasp, "A03:2021")["open"], 1);
    assert_eq!(row(&owasp, "A06:2021")["critical"], 1);
    // The fixed weak hash is gone; the NULL dereference has no category.
    assert_eq!(row(&owasp, "A02:2021")["open"], 0);
    assert_eq!(owasp["summary"]["uncategorised"], 1);

    let findings = json_report(&server, ReportKind::Findings).await;
    let rows = findings["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["severity"], "critical", "riskiest first");
    let csv = ready(&server, ReportKind::Findings, ReportFormat::Csv).await;
    assert_eq!(csv.content_type, "text/csv; charset=utf-8");
    let text = String::from_utf8(csv.content).expect("UTF-8");
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.starts_with("id,repository_id,branch,severity,risk_score"));
    let sarif = ready(&server, ReportKind::Findings, ReportFormat::Sarif).await;
    assert_eq!(sarif.content_type, "application/sarif+json");
    let (_, read_back) = parse_report(&sarif.content, None).expect("our SARIF parses");
    assert_eq!(read_back.len(), 3);
    assert!(read_back.iter().any(|finding| finding.cwe == Some(89)));

    // Listing: newest first, without content; getting: with it.
    let listed = client(server.channel().await)
        .list_reports(with_token(
            ListReportsRequest {
                page_size: 2,
                ..ListReportsRequest::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("listed")
        .into_inner();
    assert_eq!(listed.reports.len(), 2);
    assert!(!listed.next_page_token.is_empty());
    assert_eq!(listed.reports[0].format, ReportFormat::Sarif as i32);
    assert!(listed.reports[0].content.is_empty());
    let got = client(server.channel().await)
        .get_report(with_token(
            GetReportRequest {
                id: listed.reports[0].id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("got")
        .into_inner()
        .report
        .expect("report");
    assert!(!got.content.is_empty());
    assert!(got.complete_time.is_some());
    server.finish(database).await;
}

/// A report of one repository counts only its vulnerabilities; one of the
/// organisation counts every repository's.
async fn a_report_covers_its_repository_or_the_whole_organisation(database: TestDatabase) {
    const OTHER: &str = "repo-reports-other";
    let server = start(&database).await;
    upload_full(&server, &semgrep(true)).await;
    // The other repository: the same SAST findings but the weak hash, and a
    // critical package.
    for report in [semgrep(false), trivy("CVE-2021-44228", "CRITICAL")] {
        upload(server.channel().await, OTHER, &report)
            .await
            .expect("uploaded");
    }
    let open = |repository: &'static str| {
        let server = &server;
        async move {
            let report = create(
                server,
                Report {
                    kind: ReportKind::OpenVulnerabilities as i32,
                    format: ReportFormat::Json as i32,
                    repository_id: repository.into(),
                    ..Report::default()
                },
            )
            .await
            .expect("created");
            let content: Value = serde_json::from_slice(&report.content).expect("JSON");
            (
                row(&content, "all")["open"].clone(),
                row(&content, "critical")["open"].clone(),
            )
        }
    };
    assert_eq!(open(REPO).await, (json!(3), json!(0)));
    assert_eq!(open(OTHER).await, (json!(3), json!(1)));
    assert_eq!(open("").await, (json!(6), json!(1)));
    server.finish(database).await;
}

async fn bad_report_requests_are_refused_naming_the_field_and_store_nothing(
    database: TestDatabase,
) {
    let server = start(&database).await;
    let cases = [
        (Report::default(), "report.kind"),
        (
            Report {
                kind: ReportKind::Compliance as i32,
                ..Report::default()
            },
            "report.framework",
        ),
        (
            Report {
                kind: ReportKind::Posture as i32,
                format: ReportFormat::Sarif as i32,
                ..Report::default()
            },
            "report.format",
        ),
        (
            Report {
                kind: ReportKind::Mttr as i32,
                start_time: Some(pbjson_types::Timestamp {
                    seconds: 4_000_000_000,
                    nanos: 0,
                }),
                ..Report::default()
            },
            "report.start_time",
        ),
    ];
    for (report, field) in cases {
        let refused = create(&server, report).await.expect_err("refused");
        assert_eq!(refused.code(), tonic::Code::InvalidArgument);
        assert!(refused.message().contains(field), "{}", refused.message());
    }
    assert_eq!(report_count(&server).await, 0, "nothing stored");
    let missing = client(server.channel().await)
        .get_report(with_token(
            GetReportRequest {
                id: "no-such-report".into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("missing");
    assert_eq!(missing.code(), tonic::Code::NotFound);
    server.finish(database).await;
}

async fn the_vulnerability_list_ranks_by_risk_score(database: TestDatabase) {
    let server = start(&database).await;
    upload_full(&server, &semgrep(true)).await;
    upload(
        server.channel().await,
        REPO,
        &trivy("CVE-2021-44228", "MEDIUM"),
    )
    .await
    .expect("trivy");
    let ranked = |order: &str| ListVulnerabilitiesRequest {
        repository_id: REPO.into(),
        order_by: order.into(),
        page_size: 2,
        ..ListVulnerabilitiesRequest::default()
    };
    let by_severity = vulnerabilities(server.channel().await, ranked("severity desc")).await;
    assert_eq!(by_severity.vulnerabilities[0].title, "sql-injection found");
    // Known exploitation puts the medium package above the high injection.
    let kev = json!({"catalogVersion": "1", "count": 1, "vulnerabilities": [
        {"cveID": "CVE-2021-44228", "vulnerabilityName": "Log4Shell", "dateAdded": "2021-12-10"}]});
    import(
        &server,
        ThreatIntelSource::CisaKev,
        kev.to_string().as_bytes(),
    )
    .await;
    let first = vulnerabilities(server.channel().await, ranked("risk desc")).await;
    assert_eq!(first.total_size, 4);
    let scores: Vec<f64> = first
        .vulnerabilities
        .iter()
        .map(|v| v.risk.as_ref().expect("risk").score)
        .collect();
    assert_eq!(
        first.vulnerabilities[0].cve_id, "CVE-2021-44228",
        "{scores:?}"
    );
    assert!(scores[0] >= scores[1], "{scores:?}");
    let second = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            page_token: first.next_page_token.clone(),
            ..ranked("risk desc")
        },
    )
    .await;
    assert_eq!(second.vulnerabilities.len(), 2);
    let rest: Vec<f64> = second
        .vulnerabilities
        .iter()
        .map(|v| v.risk.as_ref().expect("risk").score)
        .collect();
    assert!(
        scores[1] >= rest[0] && rest[0] >= rest[1],
        "{scores:?} {rest:?}"
    );
    // Soonest deadline first: the high (30 days), then the mediums (90), the low last.
    let due = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            page_size: 4,
            ..ranked("sla_due asc")
        },
    )
    .await;
    let severities: Vec<i32> = due.vulnerabilities.iter().map(|v| v.severity).collect();
    assert_eq!(
        severities,
        [
            Severity::High,
            Severity::Medium,
            Severity::Medium,
            Severity::Low
        ]
        .map(|s| s as i32)
    );
    let refused = client(server.channel().await)
        .list_vulnerabilities(with_token(ranked("sla_due desc"), ADMIN_TOKEN))
        .await
        .expect_err("refused");
    assert!(
        refused.message().contains("order_by"),
        "{}",
        refused.message()
    );
    server.finish(database).await;
}

async fn content_of(server: &TestServer, id: &str) -> Result<Vec<u8>, tonic::Status> {
    Ok(client(server.channel().await)
        .get_report_content(with_token(
            GetReportContentRequest { id: id.into() },
            ADMIN_TOKEN,
        ))
        .await?
        .into_inner()
        .content
        .expect("content")
        .data)
}

/// A ready report's content is in the blob store, not in its row; a report
/// made before (content in the row) still reads; content gone from the store
/// is an error saying so; a store that refuses the content fails the report.
async fn report_content_lives_in_the_blob_store(database: TestDatabase) {
    // On the local directory of the embedded default. (One data directory
    // for the three servers below: it holds the key sealing their secrets.)
    let data_dir = tempfile::tempdir().expect("data directory");
    let kept = || secureflow_platform::config::Overrides {
        data_dir: Some(data_dir.path().to_owned()),
        ..Default::default()
    };
    let server = start_with(&database, kept()).await;
    upload_full(&server, &semgrep(true)).await;
    let csv = ready(&server, ReportKind::Findings, ReportFormat::Csv).await;
    let organization = csv.organization_id.clone();
    let file = server
        .data_dir
        .join("security/blobs/reports")
        .join(&organization)
        .join(&csv.id);
    assert_eq!(std::fs::read(&file).expect("in the directory"), csv.content);
    let db = server.database().await;
    let in_row: Option<String> =
        sqlx::query_scalar("SELECT content FROM security_reports WHERE id = $1")
            .bind(&csv.id)
            .fetch_one(db.pool())
            .await
            .expect("row");
    assert_eq!(in_row, None, "not kept in the row");
    // A report stored by an earlier version, its content in the row.
    sqlx::query(
        "INSERT INTO security_reports (id, organization_id, kind, framework, format,
             repository_id, start_us, end_us, status, content_type, content, error, created_by,
             created_at_us, completed_at_us)
         VALUES ('report-before', $1, 'findings', '', 'csv', '', 0, 1, 'ready',
             'text/csv; charset=utf-8', 'id,severity', '', 'someone', 1, 2)",
    )
    .bind(&organization)
    .execute(db.pool())
    .await
    .expect("earlier row");
    assert_eq!(
        content_of(&server, "report-before").await.expect("read"),
        b"id,severity"
    );
    // Gone from the store: said, not answered empty.
    std::fs::remove_file(&file).expect("removed");
    let lost = content_of(&server, &csv.id).await.expect_err("lost");
    assert_eq!(lost.code(), tonic::Code::Internal);
    db.close().await;
    server.stop().await.expect("stop");

    // On S3, shared by every process; a store refusing the content fails the
    // report, saying so.
    if let Some(s3) = secureflow_platform::testkit::S3Server::start(&["sfr"]).await {
        let mut settings = s3.settings("s3://sfr/exports");
        let server = start_configured(&database, kept(), &settings).await;
        let json = json_report(&server, ReportKind::Findings).await;
        assert_eq!(json["rows"].as_array().expect("rows").len(), 3);
        let listed = client(server.channel().await)
            .list_reports(with_token(ListReportsRequest::default(), ADMIN_TOKEN))
            .await
            .expect("listed")
            .into_inner()
            .reports;
        let newest = &listed[0];
        let object = s3
            .root()
            .join("sfr/exports/security/reports")
            .join(&newest.organization_id)
            .join(&newest.id);
        let stored: Value =
            serde_json::from_slice(&std::fs::read(&object).expect("in the bucket")).expect("JSON");
        assert_eq!(stored, json);
        server.stop().await.expect("stop");

        settings[3].1 = "not-the-secret";
        let server = start_configured(&database, kept(), &settings).await;
        let failed = create(
            &server,
            Report {
                kind: ReportKind::Findings as i32,
                ..Report::default()
            },
        )
        .await
        .expect("answered");
        assert_eq!(failed.status, ReportStatus::Failed as i32, "{failed:?}");
        assert!(
            failed.error.contains("could not be stored"),
            "{}",
            failed.error
        );
        let unready = content_of(&server, &failed.id)
            .await
            .expect_err("no content");
        assert_eq!(unready.code(), tonic::Code::FailedPrecondition);
        server.stop().await.expect("stop");
    }
    database.cleanup().await;
}

/// With `reuse_within`, a ready report of the same spec made from the same
/// data is returned instead of a new one; another format, a fixed period
/// against a rolling one, a change to the vulnerabilities or an older report
/// make a new one; bad windows are refused naming the field.
async fn a_report_is_reused_while_its_data_is_unchanged(database: TestDatabase) {
    let server = start(&database).await;
    upload_full(&server, &semgrep(false)).await;
    let posture = |format: ReportFormat| Report {
        kind: ReportKind::Posture as i32,
        format: format as i32,
        repository_id: REPO.into(),
        ..Report::default()
    };
    let ten_minutes = Some((600, 0));
    let made = |report: Report, reuse: Option<(i64, i32)>| {
        let server = &server;
        async move {
            let made = create_reusing(server, report, reuse)
                .await
                .expect("created");
            assert_eq!(made.status, ReportStatus::Ready as i32, "{made:?}");
            made
        }
    };
    let first = made(posture(ReportFormat::Json), ten_minutes).await;
    let again = made(posture(ReportFormat::Json), ten_minutes).await;
    assert_eq!(again.id, first.id, "reused");
    assert_eq!(again.content, first.content);
    let fresh = made(posture(ReportFormat::Json), None).await;
    assert_ne!(fresh.id, first.id, "without reuse_within, a new one");
    let csv = made(posture(ReportFormat::Csv), ten_minutes).await;
    assert_ne!(csv.id, fresh.id, "another format");

    // A fixed period is its own report, reused for the same times only.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let end = i64::try_from(now).expect("now") - 3600;
    let fixed = Report {
        start_time: Some(pbjson_types::Timestamp {
            seconds: end - 90 * 86_400,
            nanos: 0,
        }),
        end_time: Some(pbjson_types::Timestamp {
            seconds: end,
            nanos: 0,
        }),
        ..posture(ReportFormat::Json)
    };
    let fixed_first = made(fixed.clone(), ten_minutes).await;
    assert!(![first.id.as_str(), fresh.id.as_str()].contains(&fixed_first.id.as_str()));
    assert_eq!(made(fixed, ten_minutes).await.id, fixed_first.id);
    // The newest rolling report of the spec is the one reused.
    assert_eq!(
        made(posture(ReportFormat::Json), ten_minutes).await.id,
        fresh.id
    );

    // A change to the vulnerabilities makes a new one.
    upload_full(&server, &semgrep(true)).await;
    let changed = made(posture(ReportFormat::Json), ten_minutes).await;
    assert_ne!(changed.id, fresh.id, "the data changed");
    // One older than the window is not reused.
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let narrow = made(posture(ReportFormat::Json), Some((0, 10_000_000))).await;
    assert_ne!(narrow.id, changed.id, "older than 10 ms");

    let count = report_count(&server).await;
    for (window, problem) in [((-1, 0), "negative"), ((2 * 86_400, 0), "at most")] {
        let refused = create_reusing(&server, posture(ReportFormat::Json), Some(window))
            .await
            .expect_err("refused");
        assert_eq!(refused.code(), tonic::Code::InvalidArgument);
        assert!(refused.message().contains("reuse_within"), "{refused:?}");
        assert!(refused.message().contains(problem), "{refused:?}");
    }
    assert_eq!(report_count(&server).await, count, "nothing stored");
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    a_report_is_reused_while_its_data_is_unchanged,
    report_content_lives_in_the_blob_store,
    every_report_kind_is_built_from_the_same_vulnerabilities,
    bad_report_requests_are_refused_naming_the_field_and_store_nothing,
    the_vulnerability_list_ranks_by_risk_score,
    a_report_covers_its_repository_or_the_whole_organisation,
);
