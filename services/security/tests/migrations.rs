//! Upgrading keeps what is stored: a database whose security schema is at its
//! first version, holding a vulnerability, is migrated by a server of this
//! version, which lists it with the later columns' defaults and recognises it
//! when the same finding is reported again.

use crate::common;

use common::{ADMIN_TOKEN, client, listed_in, sarif, upload};
use secureflow_platform::config::Overrides;
use secureflow_platform::db::MigrationSet;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::security::v1::*;
use secureflow_security::domain::formats::parse_report;
use secureflow_security::migrations::SECURITY_MIGRATIONS;
use sqlx::Row;

async fn a_vulnerability_stored_at_the_first_schema_survives_the_upgrade(database: TestDatabase) {
    let data = tempfile::tempdir().expect("data directory");
    let overrides = || Overrides {
        data_dir: Some(data.path().to_path_buf()),
        ..Overrides::default()
    };
    // An installation of identity alone: its organisation and admin token.
    let identity_only = TestServer::on(&database)
        .modules([secureflow_identity::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .overrides(overrides())
        .start()
        .await;
    let db = identity_only.database().await;
    let organization: String = sqlx::query("SELECT id FROM identity_organizations")
        .fetch_one(db.pool())
        .await
        .expect("organisation")
        .get("id");
    identity_only.stop().await.expect("stop");

    // The security schema of its first version, holding one vulnerability.
    let first = MigrationSet {
        service: SECURITY_MIGRATIONS.service,
        steps: &SECURITY_MIGRATIONS.steps[..1],
    };
    db.migrate(&first).await.expect("first security schema");
    let report = sarif(&[(7, 3, 42)]);
    let (_, findings) = parse_report(&report, None).expect("parses");
    let finding = &findings[0];
    sqlx::query(
        "INSERT INTO security_vulnerabilities (id, organization_id, repository_id, branch, fingerprint,
             title, description, severity, kind, tool, tools, rule_id, cve_id, cwe, file_path, line,
             component_name, component_version, component_fixed_version, component_ecosystem,
             commit_sha, status, status_justification, assigned_to, secret_preview, snippet, refs,
             first_detected_us, last_seen_us, resolved_at_us, resolved_by_scan)
         VALUES ('v-old', $1, 'upgraded', 'main', $2, $3, '', 3, 'sast', 'semgrep', '[\"semgrep\"]',
             $4, '', 0, $5, 42, '', '', '', '', 'c0ffee', 'open', '', '', '', '', '[]',
             1000000, 1000000, NULL, '')",
    )
    .bind(&organization)
    .bind(finding.fingerprint())
    .bind(&finding.title)
    .bind(finding.rule_id.to_string())
    .bind(&finding.file_path)
    .execute(db.pool())
    .await
    .expect("a first-version row");
    db.close().await;

    // This version migrates it on start.
    let server = common::start_with(&database, overrides()).await;
    let listed = listed_in(&server, "upgraded").await;
    assert_eq!(listed.total_size, 1);
    let old = &listed.vulnerabilities[0];
    assert_eq!(old.id, "v-old");
    assert_eq!(old.status, VulnerabilityStatus::Open as i32);
    // Its sighting moved to its own table (migration 11) unchanged.
    assert_eq!(old.last_seen.map(|t| t.seconds), Some(1));
    assert_eq!(old.commit_sha, "c0ffee");
    assert!(old.risk.is_some(), "scored with the later rules");
    // Ranked when the service started (the ranks came after it was stored).
    let db = server.database().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let ranks = sqlx::query(
            "SELECT risk_score, sla_due_us FROM security_vulnerabilities WHERE id = 'v-old'",
        )
        .fetch_one(db.pool())
        .await
        .expect("ranks");
        let (risk, due): (f64, i64) = (ranks.get("risk_score"), ranks.get("sla_due_us"));
        if risk >= 0.0 {
            assert!(due < i64::MAX, "a high has a deadline: {due}");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "never ranked: {risk}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // The same finding reported again is the vulnerability already stored.
    let scan = upload(server.channel().await, "upgraded", &report)
        .await
        .expect("uploaded");
    let summary = scan.summary.expect("summary");
    assert_eq!((summary.new, summary.updated), (0, 1), "{summary:?}");
    let again = client(server.channel().await)
        .get_vulnerability(with_token(
            GetVulnerabilityRequest { id: "v-old".into() },
            ADMIN_TOKEN,
        ))
        .await
        .expect("still there")
        .into_inner()
        .vulnerability
        .expect("vulnerability");
    assert_eq!(again.first_detected.map(|t| t.seconds), Some(1));
    assert!(
        again.last_seen.map(|t| t.seconds) > Some(1),
        "seen again now"
    );
    server.stop().await.expect("stop");
}

secureflow_platform::backend_tests!(
    a_vulnerability_stored_at_the_first_schema_survives_the_upgrade
);
