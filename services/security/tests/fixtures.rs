//! Real scanner reports (`shared/fixtures/scans`, from OWASP DefectDojo's unit-test
//! corpus): each is detected as the format its manifest names, yields the expected
//! number of findings, and its first finding has the fields the manifest asserts.
//! Formats not built yet are listed, not silently passed.

use std::collections::BTreeSet;
use std::path::PathBuf;

use secureflow_security::domain::finding::Finding;
use secureflow_security::domain::formats::{Format, parse_report};
use serde_json::Value;

/// Files whose expected count is of distinct findings (same finding at the same
/// place counted once): the report repeats entries, which ingestion counts under
/// `duplicates_in_report`.
const COUNTED_DISTINCT: [&str; 6] = [
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
    // Four entries repeat an earlier advisory, package and location.
    "semgrep/sca-deployments-vulns.json",
];

/// First-finding fields where we deliberately differ from the manifest.
const FIELD_DIFFERENCES: [(&str, &str, &str); 3] = [
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

fn fixtures_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("SECUREFLOW_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/scans")
        });
    if dir.join("manifest.json").is_file() {
        return Some(dir);
    }
    let message = format!(
        "scanner fixtures not found at {} (set SECUREFLOW_FIXTURES)",
        dir.display()
    );
    if secureflow_platform::testkit::in_ci() {
        panic!("{message}");
    }
    eprintln!("skipping: {message}");
    None
}

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
            "vuln_id_from_tool" => differ(field, want_text, finding.rule_id.clone()),
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

#[test]
fn every_fixture_of_a_built_format_yields_its_expected_findings() {
    let Some(dir) = fixtures_dir() else { return };
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).expect("manifest"))
            .expect("manifest is JSON");
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut not_built = BTreeSet::new();
    for entry in manifest["files"].as_array().expect("files") {
        let file = entry["file"].as_str().expect("file");
        let format_name = entry["format"].as_str().expect("format");
        let Some(format) = Format::from_name(format_name) else {
            not_built.insert(format_name.to_owned());
            continue;
        };
        let bytes = std::fs::read(dir.join(file)).expect("fixture");
        let (detected, findings) = match parse_report(&bytes, None) {
            Ok(parsed) => parsed,
            Err(error) => {
                problems.push(format!("{file}: {error}"));
                continue;
            }
        };
        if detected != format {
            problems.push(format!(
                "{file}: detected {}, manifest says {format_name}",
                detected.name()
            ));
        }
        let expected = entry["expected_findings"].as_u64().expect("count");
        let count = if COUNTED_DISTINCT.contains(&file) {
            findings
                .iter()
                .map(|finding| {
                    // A tool-declared identity (fingerprint, compare key) is the identity;
                    // otherwise the same finding at the same place counts once.
                    let place = match finding.tool_fingerprint {
                        Some(_) => None,
                        None => Some((finding.file_path.clone(), finding.line)),
                    };
                    (finding.fingerprint(), place)
                })
                .collect::<BTreeSet<_>>()
                .len()
        } else {
            findings.len()
        };
        if u64::try_from(count).expect("count") != expected {
            problems.push(format!("{file}: {count} findings, expected {expected}"));
        }
        if let Some(first) = findings.first() {
            check_first(file, &entry["first_finding"], first, &mut problems);
        }
        checked += 1;
    }
    eprintln!("checked {checked} fixtures; formats not built yet: {not_built:?}");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(checked >= 25, "only {checked} fixtures checked");
}

#[test]
fn secrets_never_survive_parsing() {
    let Some(dir) = fixtures_dir() else { return };
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
