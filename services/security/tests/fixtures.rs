//! Real scanner reports (`shared/fixtures/scans`, from OWASP DefectDojo's unit-test
//! corpus): every one is uploaded to a real server and must be recognised as the
//! format its manifest names, with the expected number of findings counted by
//! ingestion itself (the upload's summary and what is stored); its first finding
//! has the fields the manifest asserts.

use crate::common;

use common::{ADMIN_TOKEN, client, start};
use secureflow_platform::testkit::{TestDatabase, with_token};
use secureflow_proto::google::api::HttpBody;
use secureflow_proto::secureflow::security::v1::{
    CreateScanRequest, ListVulnerabilitiesRequest, ScanScope, VulnerabilityStatus,
};

use secureflow_security::domain::finding::Finding;
use secureflow_security::domain::formats::{Format, parse_report};
use serde_json::Value;

/// Files whose expected count is of distinct findings: the report repeats
/// entries, which ingestion counts under `duplicates_in_report`, so what is
/// stored (not what is parsed) is held to the manifest.
const COUNTED_DISTINCT: [&str; 5] = [
    // GitLab lists findings repeatedly; its compare key (`cve`) names 219 distinct ones.
    "gitlab_sast/gl-sast-report-many-vuln_v15.json",
    // TruffleHog v2 reports every commit touching a secret and gives no line:
    // one finding per file and rule.
    "trufflehog/v2_many_vulns.json",
    // The same URI credential is reported twice at the same line.
    "trufflehog/v3_github.json",
    // Two entries share rule, file, line and secret.
    "gitleaks/gitleaks8_many.json",
    // The same four leaks, reported once for each of the two commits holding them.
    "gitleaks/version_7.5.0.json",
];

/// Files where ingestion stores another number than the manifest says, each
/// with why: (file, vulnerabilities stored).
const STORED_DIFFERENTLY: [(&str, i64); 1] = [
    // A Semgrep deployment's export: 22 entries from 22 repositories. The
    // manifest's 18 merges entries of different repositories whose lock files
    // happen to share a path and line; the same advisory in the same package in
    // two repositories is two vulnerabilities (two fixes), so 22 are stored.
    ("semgrep/sca-deployments-vulns.json", 22),
];

/// First-finding fields where we deliberately differ from the manifest.
const FIELD_DIFFERENCES: [(&str, &str, &str); 4] = [
    // The export covers a deployment's repositories: we name the repository the
    // lock file is in.
    (
        "semgrep/sca-deployments-vulns.json",
        "file_path",
        "example/rfv/requirements3.txt",
    ),
    // The peer writes "[None severity]" into titles of findings without a severity; we keep the title.
    (
        "gitlab_sast/gl-sast-report_issue4344_v14.json",
        "title",
        "Potential XSS vulnerability",
    ),
    // The advisory names no CWE; we do not invent one (the peer fills in CWE-1035).
    ("npm_audit/cwe_null.json", "cwe", ""),
    // The advisory names no CWE: recorded as none, where the peer writes 0.
    ("npm_audit_7_plus/issue_10801.json", "cwe", ""),
];

fn check_first(file: &str, expected: &Value, finding: &Finding, problems: &mut Vec<String>) {
    let mut differ = |field: &str, want: String, got: String| {
        let accepted = FIELD_DIFFERENCES
            .iter()
            .any(|(f, name, ours)| *f == file && *name == field && *ours == got);
        if want != got && !accepted {
            problems.push(format!(
                "{file}: first finding {field}: want {want:?}, got {got:?}"
            ));
        }
    };
    let Some(expected) = expected.as_object() else {
        return;
    };
    for (field, want) in expected {
        let want_text = match want {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        match field.as_str() {
            "severity" => differ(field, want_text, finding.severity.name().to_owned()),
            "title" => differ(field, want_text, finding.title.clone()),
            "file_path" => differ(field, want_text, finding.file_path.clone()),
            "line" => differ(
                field,
                want_text,
                finding.line.map(|l| l.to_string()).unwrap_or_default(),
            ),
            "cwe" => differ(
                field,
                want_text,
                finding.cwe.map(|c| c.to_string()).unwrap_or_default(),
            ),
            "vuln_id_from_tool" => differ(field, want_text, finding.rule_id.to_string()),
            "component_name" => differ(
                field,
                want_text,
                finding
                    .component
                    .as_ref()
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
            ),
            _ => {}
        }
    }
}

fn manifest(dir: &std::path::Path) -> Vec<Value> {
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).expect("manifest"))
            .expect("manifest is JSON");
    manifest["files"].as_array().expect("files").clone()
}

/// Every fixture is uploaded, each to a repository of its own, and counted by
/// ingestion: recognised as its format, findings parsed (or, for reports that
/// repeat entries, vulnerabilities stored) as the manifest says, and the
/// summary's count of new vulnerabilities equal to what a listing finds.
#[tokio::test]
async fn every_fixture_is_recognised_and_ingested_to_its_expected_count() {
    let Some(dir) = secureflow_platform::testkit::scanner_fixtures() else {
        return;
    };
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let channel = server.channel().await;
    let mut problems = Vec::new();
    let files = manifest(&dir);
    for entry in &files {
        let file = entry["file"].as_str().expect("file");
        let format_name = entry["format"].as_str().expect("format");
        if Format::from_name(format_name).is_none() {
            problems.push(format!("{file}: format `{format_name}` is not built"));
            continue;
        }
        let repository = format!("fixture/{file}");
        let request = CreateScanRequest {
            scope: Some(ScanScope {
                repository_id: repository.clone(),
                branch: "main".into(),
                ..ScanScope::default()
            }),
            format: String::new(),
            report: Some(HttpBody {
                content_type: "application/octet-stream".into(),
                data: std::fs::read(dir.join(file)).expect("fixture"),
                extensions: Vec::new(),
            }),
        };
        let scan = match client(channel.clone())
            .create_scan(with_token(request, ADMIN_TOKEN))
            .await
        {
            Ok(response) => response.into_inner().scan.expect("scan"),
            Err(status) => {
                problems.push(format!("{file}: refused: {}", status.message()));
                continue;
            }
        };
        if scan.format != format_name {
            problems.push(format!(
                "{file}: detected {}, manifest says {format_name}",
                scan.format
            ));
        }
        let summary = scan.summary.expect("summary");
        let stored = client(channel.clone())
            .list_vulnerabilities(with_token(
                ListVulnerabilitiesRequest {
                    repository_id: repository,
                    statuses: vec![
                        VulnerabilityStatus::Open as i32,
                        VulnerabilityStatus::FalsePositive as i32,
                        VulnerabilityStatus::AcceptedRisk as i32,
                    ],
                    page_size: 1,
                    ..ListVulnerabilitiesRequest::default()
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("listed")
            .into_inner()
            .total_size;
        if stored != summary.new {
            problems.push(format!(
                "{file}: the summary says {} new, {stored} are stored",
                summary.new
            ));
        }
        let expected =
            i64::try_from(entry["expected_findings"].as_u64().expect("count")).expect("count");
        let differently = STORED_DIFFERENTLY.iter().find(|(name, _)| *name == file);
        let (what, counted, expected) = match differently {
            Some((_, ours)) => ("vulnerabilities stored", stored, *ours),
            None if COUNTED_DISTINCT.contains(&file) => {
                ("vulnerabilities stored", stored, expected)
            }
            None => ("findings parsed", summary.findings_parsed, expected),
        };
        if counted != expected {
            problems.push(format!(
                "{file}: {counted} {what}, expected {expected} (parsed {}, repeated in the report {}, stored {stored})",
                summary.findings_parsed, summary.duplicates_in_report
            ));
        }
    }
    server.stop().await.expect("stop");
    assert!(
        problems.is_empty(),
        "{} problem(s) in {} fixtures:\n{}",
        problems.len(),
        files.len(),
        problems.join("\n")
    );
}

#[test]
fn the_first_finding_of_every_fixture_has_the_fields_the_manifest_names() {
    let Some(dir) = secureflow_platform::testkit::scanner_fixtures() else {
        return;
    };
    let mut problems = Vec::new();
    for entry in manifest(&dir) {
        let file = entry["file"].as_str().expect("file");
        let bytes = std::fs::read(dir.join(file)).expect("fixture");
        match parse_report(&bytes, None) {
            Ok((_, findings)) => {
                if let Some(first) = findings.first() {
                    check_first(file, &entry["first_finding"], first, &mut problems);
                }
            }
            Err(error) => problems.push(format!("{file}: {error}")),
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn secrets_never_survive_parsing() {
    let Some(dir) = secureflow_platform::testkit::scanner_fixtures() else {
        return;
    };
    for file in ["gitleaks/gitleaks8_many.json", "gitleaks/data_many.json"] {
        let bytes = std::fs::read(dir.join(file)).expect("fixture");
        let (_, findings) = parse_report(&bytes, None).expect("parses");
        for finding in findings {
            let evidence = finding.secret.as_ref().expect("secret evidence");
            assert!(evidence.preview.contains("****"));
            let raw: Value = serde_json::from_slice(&bytes).expect("json");
            for leak in raw.as_array().expect("leaks") {
                let secret = leak
                    .get("Secret")
                    .or_else(|| leak.get("offender"))
                    .and_then(Value::as_str)
                    .unwrap_or("");
                if secret.len() > 8 {
                    assert!(
                        !finding.snippet.contains(secret),
                        "{file}: snippet leaks the secret"
                    );
                }
            }
        }
    }
}
