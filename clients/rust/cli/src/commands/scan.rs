//! `scan upload` and `scan run`: stream reports with progress, print each
//! summary and gate verdict, and exit 1 exactly when a gate failed.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Result, bail};
use secureflow_client::proto::secureflow::security::v1::{ScanProgress, ScanScope};
use secureflow_client::upload::{UploadRequest, upload_file};
use secureflow_client::{Error, SecureFlow};
use serde_json::{Value, json};

use crate::args::{OutputFormat, RunArgs, ScanCommand, UploadArgs};
use crate::ci::Origin;
use crate::progress::{self, Progress};
use crate::{Context, EXIT_ERROR, EXIT_GATE_FAILED, output};

/// Runs a `scan` command.
pub async fn run(context: &Context, command: ScanCommand) -> Result<u8> {
    match command {
        ScanCommand::Upload(args) => upload(context, args).await,
        ScanCommand::Run(args) => scan_and_upload(context, args).await,
    }
}

fn scope(origin: &Origin, partial: bool) -> ScanScope {
    ScanScope {
        repository_id: origin.repository.clone(),
        branch: origin.branch.clone(),
        commit_sha: origin.commit.clone(),
        pull_request_number: origin.pull_request,
        partial,
        base_branch: origin.base_branch.clone(),
        ..ScanScope::default()
    }
}

async fn upload(context: &Context, args: UploadArgs) -> Result<u8> {
    let origin = super::origin(&args.scope)?;
    let format = if args.format == "auto" {
        String::new()
    } else {
        args.format.clone()
    };
    let reports: Vec<Report> = args
        .files
        .iter()
        .map(|path| Report {
            name: path.display().to_string(),
            path: path.clone(),
        })
        .collect();
    upload_all(context, &origin, &reports, &format, args.partial).await
}

/// A report to upload and the name it is shown under (its path, or the
/// scanner that wrote it).
struct Report {
    path: PathBuf,
    name: String,
}

/// Uploads `reports` one after the other and returns the exit code: 2 if any
/// upload failed or a gate could not be evaluated, else 1 if any gate failed,
/// else 0.
async fn upload_all(
    context: &Context,
    origin: &Origin,
    reports: &[Report],
    format: &str,
    partial: bool,
) -> Result<u8> {
    let secureflow = context.connect().await?;
    if context.output != OutputFormat::Json {
        eprintln!(
            "uploading to {} — repository {}, branch {}{}{}",
            context.server,
            origin.repository,
            origin.branch,
            if origin.commit.is_empty() {
                String::new()
            } else {
                format!(", commit {}", short(&origin.commit))
            },
            if origin.base_branch.is_empty() {
                String::new()
            } else {
                format!(", base {}", origin.base_branch)
            },
        );
    }
    let mut errors = 0;
    let mut failed_gates = 0;
    for report in reports {
        let request = UploadRequest {
            scope: scope(origin, partial),
            format: format.to_owned(),
        };
        match upload_one(context, &secureflow, report, request).await {
            Ok(last) => {
                print_outcome(context.output, &report.name, &last);
                match last.gate.as_ref().map(output::gate_outcome) {
                    Some(output::GateOutcome::Failed) => failed_gates += 1,
                    Some(output::GateOutcome::Unevaluated) => errors += 1,
                    _ => {}
                }
            }
            Err(error) => {
                errors += 1;
                print_failure(context.output, &report.name, &error);
            }
        }
    }
    Ok(if errors > 0 {
        EXIT_ERROR
    } else if failed_gates > 0 {
        EXIT_GATE_FAILED
    } else {
        0
    })
}

async fn upload_one(
    context: &Context,
    secureflow: &SecureFlow,
    report: &Report,
    request: UploadRequest,
) -> Result<ScanProgress, Error> {
    let size = std::fs::metadata(&report.path)
        .map(|m| m.len())
        .unwrap_or(0);
    let mut shown = Progress::new(&report.name, size, progress::interactive());
    let quiet = context.output == OutputFormat::Json;
    let outcome = upload_file(secureflow, &report.path, request, |update| {
        if !quiet {
            shown.update(update);
        }
    })
    .await;
    shown.finish();
    outcome
}

fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}

/// The JSON object printed for one report (`-o json`): the summary's fields
/// under their contract names, the detected format, the scan and the gate.
fn outcome_json(name: &str, last: &ScanProgress) -> Value {
    let summary = last.summary.unwrap_or_default();
    json!({
        "file": name,
        "scan_id": last.scan_id,
        "format": last.format,
        "findings_parsed": summary.findings_parsed,
        "duplicates_in_report": summary.duplicates_in_report,
        "new": summary.new,
        "updated": summary.updated,
        "reopened": summary.reopened,
        "resolved": summary.resolved,
        "gate": last.gate.as_ref().map(output::gate_json),
    })
}

fn print_outcome(format: OutputFormat, name: &str, last: &ScanProgress) {
    if format == OutputFormat::Json {
        println!("{}", outcome_json(name, last));
        return;
    }
    let summary = last.summary.unwrap_or_default();
    println!(
        "{} ({}): {} findings, {} repeated in the report — {} new, {} updated, {} reopened, {} resolved (scan {})",
        name,
        last.format,
        summary.findings_parsed,
        summary.duplicates_in_report,
        summary.new,
        summary.updated,
        summary.reopened,
        summary.resolved,
        last.scan_id,
    );
    match &last.gate {
        Some(gate) => output::print_gate(gate),
        None => println!("gate: no policy applies to this branch"),
    }
}

fn print_failure(format: OutputFormat, name: &str, error: &Error) {
    let (code, message) = match error.status() {
        Some(status) if output::connection_lost(status) => (
            "CONNECTION_LOST".to_owned(),
            format!(
                "{}; the upload may or may not have been stored — uploading the same report \
                 again is safe (it changes nothing twice)",
                output::explain(status)
            ),
        ),
        Some(status) => (
            output::code_name(status.code()),
            status.message().to_owned(),
        ),
        None => ("CLIENT".to_owned(), output::describe_client(error)),
    };
    if format == OutputFormat::Json {
        println!(
            "{}",
            json!({"file": name, "error": {"code": code, "message": message}})
        );
    } else {
        eprintln!("{name}: refused — {code}: {message}");
    }
}

/// A scanner this command knows how to run.
struct Scanner {
    name: &'static str,
    /// The program to look for on PATH.
    program: &'static str,
    /// Arguments; `{target}` is the directory scanned (the working directory),
    /// `{out}` the report file, `{outdir}` its directory.
    args: &'static [&'static str],
    /// Report file name.
    report: &'static str,
    /// Exit codes that mean "ran and found things" rather than "failed".
    ok_codes: &'static [i32],
}

const SCANNERS: &[Scanner] = &[
    Scanner {
        name: "semgrep",
        program: "semgrep",
        args: &[
            "scan",
            "--disable-version-check",
            "--config",
            "{semgrep_config}",
            "--sarif",
            "--output",
            "{out}",
            "--quiet",
            "{target}",
        ],
        report: "semgrep.sarif",
        ok_codes: &[0, 1],
    },
    Scanner {
        name: "gitleaks",
        program: "gitleaks",
        args: &[
            "detect",
            "--no-git",
            "--source",
            "{target}",
            "--report-format",
            "json",
            "--report-path",
            "{out}",
            "--exit-code",
            "0",
        ],
        report: "gitleaks.json",
        ok_codes: &[0],
    },
    Scanner {
        name: "trivy",
        program: "trivy",
        args: &[
            "fs", "--quiet", "--format", "json", "--output", "{out}", "{target}",
        ],
        report: "trivy.json",
        ok_codes: &[0],
    },
    Scanner {
        name: "checkov",
        program: "checkov",
        args: &[
            "--directory",
            "{target}",
            "--output",
            "json",
            "--quiet",
            "--soft-fail",
            "--output-file-path",
            "{outdir}",
        ],
        report: "results_json.json",
        ok_codes: &[0],
    },
    Scanner {
        name: "bandit",
        program: "bandit",
        args: &[
            "--recursive",
            "--format",
            "json",
            "--output",
            "{out}",
            "--quiet",
            "{target}",
        ],
        report: "bandit.json",
        ok_codes: &[0, 1],
    },
    Scanner {
        name: "detect-secrets",
        program: "detect-secrets",
        args: &["scan", "--all-files", "{target}"],
        report: "detect-secrets.json",
        ok_codes: &[0],
    },
];

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|directory| directory.join(program).is_file())
    })
}

/// Runs one scanner; its report path, or why it failed.
fn run_scanner(scanner: &Scanner, target: &Path, out_dir: &Path) -> Result<PathBuf> {
    let out = out_dir.join(scanner.report);
    // Semgrep's `auto` rules come from its registry; offline, name local rules.
    let semgrep_config =
        std::env::var("SECUREFLOW_SEMGREP_CONFIG").unwrap_or_else(|_| "auto".to_owned());
    let args: Vec<String> = scanner
        .args
        .iter()
        .map(|arg| {
            arg.replace("{semgrep_config}", &semgrep_config)
                .replace("{target}", ".")
                .replace("{outdir}", &out_dir.display().to_string())
                .replace("{out}", &out.display().to_string())
        })
        .collect();
    eprintln!(
        "running {} {} (in {})",
        scanner.program,
        args.join(" "),
        target.display()
    );
    // Run inside the project, so reported paths are relative to its root and the
    // scanners' git-aware file selection sees the project, not the caller's checkout.
    let output = Command::new(scanner.program)
        .args(&args)
        .current_dir(target)
        .output()?;
    let code = output.status.code().unwrap_or(-1);
    if !scanner.ok_codes.contains(&code) {
        let stderr = String::from_utf8_lossy(&output.stderr);
        bail!(
            "{} exited with {code}: {}",
            scanner.name,
            stderr.lines().last().unwrap_or("")
        );
    }
    // detect-secrets writes its baseline to standard output.
    if !out.exists() {
        std::fs::write(&out, &output.stdout)?;
    }
    Ok(out)
}

async fn scan_and_upload(context: &Context, args: RunArgs) -> Result<u8> {
    let origin = super::origin(&args.scope)?;
    for wanted in &args.scanners {
        if !SCANNERS.iter().any(|scanner| scanner.name == wanted) {
            bail!(
                "unknown scanner `{wanted}`; known: {}",
                SCANNERS
                    .iter()
                    .map(|s| s.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    let chosen: Vec<&Scanner> = SCANNERS
        .iter()
        .filter(|s| args.scanners.is_empty() || args.scanners.iter().any(|w| w == s.name))
        .collect();
    let (present, missing): (Vec<&Scanner>, Vec<&Scanner>) =
        chosen.into_iter().partition(|s| on_path(s.program));
    if !missing.is_empty() {
        eprintln!(
            "not installed, skipped: {}",
            missing
                .iter()
                .map(|s| s.name)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if present.is_empty() {
        bail!(
            "no scanner is installed (looked for semgrep, gitleaks, trivy, checkov, bandit, detect-secrets on PATH)"
        );
    }
    let out_dir = tempfile::tempdir()?;
    let mut reports = Vec::new();
    let mut failures = 0;
    for scanner in present {
        let scanner_dir = out_dir.path().join(scanner.name);
        std::fs::create_dir_all(&scanner_dir)?;
        match run_scanner(scanner, &args.path, &scanner_dir) {
            Ok(path) => reports.push(Report {
                path,
                name: scanner.name.to_owned(),
            }),
            Err(error) => {
                failures += 1;
                eprintln!("error: {error:#}");
            }
        }
    }
    if reports.is_empty() {
        bail!("every scanner failed");
    }
    let code = upload_all(context, &origin, &reports, "", false).await?;
    Ok(if failures > 0 { EXIT_ERROR } else { code })
}
