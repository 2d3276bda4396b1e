//! Real scanners from PyPI (semgrep, bandit, checkov, detect-secrets, installed
//! by `scripts/dev-tools.sh` into `.venv-scanners/`) run on the sample project
//! in `tests/scanners/sample`; their reports are streamed to the service, which
//! must detect each format, keep line shifts as the same vulnerabilities and
//! resolve what a later scan no longer reports.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::*;
use secureflow_platform::testkit::{TestDatabase, TestServer};
use secureflow_proto::secureflow::security::v1::*;

/// Runs a scanner in `project`; scanners exit non-zero when they find something,
/// so success is judged by the report, which must be non-empty.
fn run(program: &Path, args: &[&str], project: &Path, output: Option<&Path>) -> Vec<u8> {
    let result = Command::new(program)
        .args(args)
        .current_dir(project)
        .env("SEMGREP_SEND_METRICS", "off")
        .env("SEMGREP_ENABLE_VERSION_CHECK", "0")
        .env("HOME", project.join(".home"))
        .output()
        .unwrap_or_else(|error| panic!("{} did not start: {error}", program.display()));
    let report = match output {
        Some(path) => std::fs::read(path).unwrap_or_default(),
        None => result.stdout.clone(),
    };
    assert!(
        !report.is_empty(),
        "{} wrote no report: {}",
        program.display(),
        String::from_utf8_lossy(&result.stderr)
    );
    report
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

async fn ingest(server: &TestServer, repository: &str, report: &[u8]) -> ScanProgress {
    let streamed = stream_upload(
        server.channel().await,
        header(repository, report.len()),
        report,
        16 * 1024,
    )
    .await
    .expect("upload");
    assert!(streamed.status.is_none(), "{:?}", streamed.status);
    streamed.progress.last().expect("progress").clone()
}

async fn rules_of(server: &TestServer, repository: &str) -> Vec<(String, i32)> {
    let listed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            repository_id: repository.into(),
            page_size: 1000,
            ..Default::default()
        },
    )
    .await;
    let mut rules: Vec<(String, i32)> = listed
        .vulnerabilities
        .iter()
        .map(|v| (v.rule_id.clone(), v.kind))
        .collect();
    rules.sort();
    rules
}

fn counts(progress: &ScanProgress) -> (i64, i64, i64, i64) {
    let summary = progress.summary.expect("summary");
    (
        summary.findings_parsed,
        summary.new,
        summary.updated,
        summary.resolved,
    )
}

#[tokio::test]
async fn reports_of_real_scanners_ingest_and_follow_code_changes() {
    let Some(scanners) = secureflow_platform::testkit::scanners() else {
        return;
    };
    let tools = scanners.join("tools/bin");
    let semgrep = scanners.join("semgrep/bin/semgrep");
    let work = tempfile::tempdir().expect("temp dir");
    let project = work.path().join("sample");
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scanners");
    copy_dir(&here.join("sample"), &project);
    std::fs::copy(here.join("rules.yaml"), work.path().join("rules.yaml")).expect("rules");
    let rules = work.path().join("rules.yaml");
    let rules = rules.to_str().expect("utf-8 path");
    let database = TestDatabase::sqlite();
    let server = start(&database).await;

    // bandit: Python SAST, then the same code moved down the file, then a fix.
    let bandit = |project: &Path| {
        run(
            &tools.join("bandit"),
            &["-q", "-r", "app", "-f", "json"],
            project,
            None,
        )
    };
    let first = ingest(&server, "bandit", &bandit(&project)).await;
    assert_eq!(first.format, "bandit-json");
    let (parsed, new, _, _) = counts(&first);
    assert!(
        parsed >= 5 && new >= 5,
        "bandit found too little: {first:?}"
    );
    let found = rules_of(&server, "bandit").await;
    for expected in ["B602", "B307", "B506"] {
        assert!(
            found
                .iter()
                .any(|(rule, kind)| rule.ends_with(expected) && *kind == FindingKind::Sast as i32),
            "bandit rule {expected} missing from {found:?}"
        );
    }
    let views = project.join("app/views.py");
    let source = std::fs::read_to_string(&views).expect("views");
    let shifted = format!("# a comment\n# another\n\n{source}");
    std::fs::write(&views, &shifted).expect("shift code down");
    let moved = ingest(&server, "bandit", &bandit(&project)).await;
    assert_eq!(
        counts(&moved),
        (parsed, 0, new, 0),
        "moved code is the same vulnerabilities"
    );
    let fixed = shifted.replace("return eval(expression)", "return int(expression)");
    std::fs::write(&views, fixed).expect("fix eval");
    let after_fix = ingest(&server, "bandit", &bandit(&project)).await;
    assert_eq!(
        counts(&after_fix),
        (parsed - 1, 0, new - 1, 1),
        "the fixed finding resolves"
    );
    std::fs::write(&views, &source).expect("restore");

    // semgrep, JSON and SARIF, with local rules (no network).
    let semgrep_args = |format: &'static str| {
        vec![
            "scan",
            "--metrics=off",
            "--disable-version-check",
            "--config",
            rules,
            format,
        ]
    };
    let json = run(&semgrep, &semgrep_args("--json"), &project, None);
    let scan = ingest(&server, "semgrep", &json).await;
    assert_eq!((scan.format.as_str(), counts(&scan).1), ("semgrep-json", 2));
    let sarif = run(&semgrep, &semgrep_args("--sarif"), &project, None);
    let scan = ingest(&server, "semgrep-sarif", &sarif).await;
    assert_eq!((scan.format.as_str(), counts(&scan).1), ("sarif", 2));
    let found = rules_of(&server, "semgrep").await;
    assert!(
        found.iter().any(|(rule, _)| rule.ends_with("python-eval")),
        "{found:?}"
    );

    // detect-secrets: secrets only as salted hashes; four in the sample.
    let secrets = run(
        &tools.join("detect-secrets"),
        &["scan", "--all-files", "app"],
        &project,
        None,
    );
    let scan = ingest(&server, "secrets", &secrets).await;
    assert_eq!(scan.format, "detect-secrets-json");
    assert_eq!(counts(&scan).1, 4, "{scan:?}");
    let found = rules_of(&server, "secrets").await;
    assert!(
        found
            .iter()
            .all(|(_, kind)| *kind == FindingKind::Secret as i32)
    );
    assert!(
        found.iter().any(|(rule, _)| rule == "AWS Access Key"),
        "{found:?}"
    );

    // checkov: Terraform misconfigurations.
    let checkov = run(
        &tools.join("checkov"),
        &[
            "-d",
            "infra",
            "-o",
            "json",
            "--quiet",
            "--compact",
            "--skip-download",
        ],
        &project,
        None,
    );
    let scan = ingest(&server, "checkov", &checkov).await;
    assert_eq!(scan.format, "checkov-json");
    assert!(counts(&scan).1 >= 5, "{scan:?}");
    let found = rules_of(&server, "checkov").await;
    assert!(
        found
            .iter()
            .all(|(_, kind)| *kind == FindingKind::Iac as i32)
    );
    assert!(
        found.iter().any(|(rule, _)| rule == "CKV_AWS_20"),
        "public-read bucket: {found:?}"
    );
    server.stop().await.expect("stop");
}
