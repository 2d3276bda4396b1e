//! The CLI scanner connectors at run time, in the architecture's connector
//! terms: *connect* (the program is found on the step's `PATH`, else the step
//! fails saying what is missing), *execute scan* (the scanner runs as the
//! step's process, in its process group, its output in the step's log),
//! *get status* (its exit code: scanners exit non-zero when they find
//! something, so each connector knows which codes mean "it ran"), *get
//! results* (its report, from the file or standard output it was told to
//! write to, outside the checkout), *cancel* (the step's process group is
//! stopped like any step's). The report then goes to the security service
//! through its gRPC API, as the pipeline's identity: a short-lived workload
//! token the identity service issues, scoped to the organisation and to
//! `security.read` / `security.write`, held in memory only (the step's
//! process never sees it). With `quality_gate: true` the gate verdict the
//! security service returns is the step's outcome.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use secureflow_platform::auth::WorkloadGrant;
use secureflow_platform::mesh::Mesh;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use secureflow_proto::secureflow::security::v1::{
    GateEvaluation, IngestReportHeader, IngestReportRequest, ScanPhase, ScanProgress, ScanScope,
    Verdict, ingest_report_request,
};
use tokio::io::AsyncReadExt;

use super::process::{Output, Spawn};
use crate::domain::connectors::{Findings, ReportAt, ScanPlan};
use crate::domain::run::Status;

/// Bytes of the report per streamed message.
const CHUNK: usize = 64 * 1024;
/// How long the workload token of one upload lives.
const TOKEN_TTL: Duration = Duration::from_secs(15 * 60);

/// Longest wait for one answer of a tool's server.
const REQUEST_LIMIT: Duration = Duration::from_secs(30);

/// The HTTP client of the connectors that talk to a tool's server.
pub fn client() -> reqwest::Client {
    // reqwest is built without a crypto provider of its own: the process's.
    secureflow_platform::tls::install_crypto_provider();
    reqwest::Client::builder()
        .user_agent(concat!("SecureFlow/", env!("CARGO_PKG_VERSION")))
        .timeout(REQUEST_LIMIT)
        .build()
        .unwrap_or_default()
}

/// What a connector started at a tool's server (a ZAP scan, a Jenkins
/// build), stopped there when this is dropped before [`StopOnDrop::finished`]
/// — the step was cancelled or ran out of time.
pub struct StopOnDrop {
    stop: Option<futures::future::BoxFuture<'static, Result<(), String>>>,
    what: &'static str,
}

impl StopOnDrop {
    /// Runs `stop` (in a task of its own) unless finished first; `what` names
    /// it in the log when stopping fails.
    pub fn new(
        what: &'static str,
        stop: impl std::future::Future<Output = Result<(), String>> + Send + 'static,
    ) -> Self {
        Self {
            stop: Some(Box::pin(stop)),
            what,
        }
    }

    /// It ended by itself: nothing to stop.
    pub fn finished(mut self) {
        self.stop = None;
    }
}

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        let (Some(stop), Ok(runtime)) = (self.stop.take(), tokio::runtime::Handle::try_current())
        else {
            return;
        };
        let what = self.what;
        runtime.spawn(async move {
            if let Err(error) = stop.await {
                tracing::warn!(%error, "stopping {what} failed");
            }
        });
    }
}

/// Where one attempt's report is written (removed with it).
#[derive(Debug)]
pub struct Report {
    _dir: tempfile::TempDir,
    /// The report file.
    pub path: PathBuf,
}

/// Sets up one attempt of a scanner step: a fresh report location beside the
/// work directory (never inside the checkout, where the scanner would read
/// it), the plan's arguments with it, the scanner's own environment.
pub fn prepare(
    spawn: &mut Spawn,
    plan: &ScanPlan,
    work_dir: &Path,
) -> std::result::Result<Report, String> {
    let report = report_dir(
        work_dir,
        match plan.report {
            ReportAt::File | ReportAt::Stdout => "report.json",
            ReportAt::InDirectory(name) => name,
        },
    )?;
    let target = match plan.report {
        ReportAt::File | ReportAt::Stdout => report.path.clone(),
        ReportAt::InDirectory(_) => report._dir.path().to_path_buf(),
    };
    spawn.args = plan.args_with(&target.display().to_string());
    for (name, value) in &plan.env {
        spawn.env.insert((*name).to_owned(), (*value).to_owned());
    }
    spawn.stdout_to = (plan.report == ReportAt::Stdout).then(|| report.path.clone());
    Ok(report)
}

/// A fresh directory beside the work directory (never inside the checkout,
/// where a tool would read it), removed with the returned [`Report`], whose
/// path is `name` inside it.
pub fn report_dir(work_dir: &Path, name: &str) -> std::result::Result<Report, String> {
    let parent = work_dir.parent().unwrap_or(work_dir);
    let dir = tempfile::Builder::new()
        .prefix(".report-")
        .tempdir_in(parent)
        .map_err(|error| format!("making the report directory failed: {error}"))?;
    let path = dir.path().join(name);
    Ok(Report { _dir: dir, path })
}

/// Where a report applies and who sends it.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Organisation.
    pub organization_id: String,
    /// The pipeline (the sender's identity).
    pub pipeline_id: String,
    /// Its name.
    pub pipeline_name: String,
    /// The pipeline's repository (empty: none).
    pub repository_id: String,
    /// Its `owner/name`, as the repository service last said (empty: unknown).
    pub repository_full_name: String,
    /// Branch.
    pub branch: String,
    /// Commit.
    pub commit_sha: String,
    /// Execution.
    pub execution_id: String,
    /// Pull request, 0 when none.
    pub pull_request_number: i64,
}

/// What a scanner step came to.
#[derive(Debug)]
pub struct Delivered {
    /// The step's outcome.
    pub status: Status,
    /// Why, when it did not succeed.
    pub reason: String,
    /// The scan the report became.
    pub scan_id: String,
    /// Whether trying again may help (the service was unavailable).
    pub retriable: bool,
}

impl Delivered {
    fn failed(reason: String, retriable: bool) -> Self {
        Self {
            status: Status::Failed,
            reason,
            scan_id: String::new(),
            retriable,
        }
    }
}

/// Sends the report of a scanner that ran to the security service and, with
/// `quality_gate`, decides the step by the gate verdict.
pub async fn deliver(
    plan: &ScanPlan,
    report: &Report,
    scope: &Scope,
    identity: &dyn secureflow_platform::auth::Authenticator,
    mesh: &Mesh,
    output: &Output,
) -> Delivered {
    let tool = plan.tool.name();
    if let Some(refused) = without_repository(tool, scope) {
        return refused;
    }
    let bytes = match tokio::fs::File::open(&report.path).await {
        Ok(mut file) => {
            let mut bytes = Vec::new();
            match file.read_to_end(&mut bytes).await {
                Ok(_) => bytes,
                Err(error) => {
                    return Delivered::failed(
                        format!("reading {tool}'s report failed: {error}"),
                        false,
                    );
                }
            }
        }
        Err(_) => Vec::new(),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Delivered::failed(
            format!("{tool} wrote no report (see its output above)"),
            false,
        );
    }
    deliver_bytes(&plan.findings(), bytes, scope, identity, mesh, output).await
}

/// The refusal of a report with no repository to record its findings against.
fn without_repository(tool: &str, scope: &Scope) -> Option<Delivered> {
    scope.repository_id.is_empty().then(|| {
        Delivered::failed(
            format!(
                "{tool}'s findings have no repository to be recorded against: \
                 scanner and import steps need the pipeline to belong to a repository"
            ),
            false,
        )
    })
}

/// Sends a report already in memory (an API-driven tool's findings) to the
/// security service, as [`deliver`] does a scanner's file.
pub async fn deliver_bytes(
    plan: &Findings,
    bytes: Vec<u8>,
    scope: &Scope,
    identity: &dyn secureflow_platform::auth::Authenticator,
    mesh: &Mesh,
    output: &Output,
) -> Delivered {
    let tool = plan.tool.name();
    if let Some(refused) = without_repository(tool, scope) {
        return refused;
    }
    output
        .note(format!(
            "sending {tool}'s report ({} bytes) to the security service",
            bytes.len()
        ))
        .await;
    let progress = match upload(plan, bytes, scope, identity, mesh).await {
        Ok(progress) => progress,
        Err((reason, retriable)) => return Delivered::failed(reason, retriable),
    };
    let scan_id = progress.scan_id.clone();
    if progress.phase != ScanPhase::Failed as i32
        && let Some(summary) = &progress.summary
    {
        output
            .note(format!(
                "scan {scan_id}: {} findings ({} new, {} still open, {} reopened, {} resolved)",
                summary.findings_parsed,
                summary.new,
                summary.updated,
                summary.reopened,
                summary.resolved
            ))
            .await;
    }
    if progress.phase != ScanPhase::Completed as i32 {
        let error = match progress.error.as_str() {
            "" => "the upload ended before the scan completed",
            error => error,
        };
        return Delivered {
            scan_id,
            ..Delivered::failed(
                format!("the security service refused {tool}'s report: {error}"),
                false,
            )
        };
    }
    let (status, reason) = verdict(plan, progress.gate.as_ref(), output).await;
    Delivered {
        status,
        reason,
        scan_id,
        retriable: false,
    }
}

/// The step's outcome from the gate verdict (always success without `quality_gate`).
async fn verdict(
    plan: &Findings,
    gate: Option<&GateEvaluation>,
    output: &Output,
) -> (Status, String) {
    let Some(gate) = gate else {
        if plan.quality_gate {
            output
                .note("quality gate: no gate policy applies to this branch; the step passes")
                .await;
        }
        return (Status::Succeeded, String::new());
    };
    let verdict = Verdict::try_from(gate.verdict).unwrap_or(Verdict::Unspecified);
    let name = verdict.as_str_name().trim_start_matches("VERDICT_");
    output.note(format!("quality gate: {name}")).await;
    for policy in &gate.policies {
        for violation in &policy.violations {
            output
                .note(format!("  {} — {}", policy.policy_name, violation.message))
                .await;
        }
    }
    if !plan.quality_gate {
        return (Status::Succeeded, String::new());
    }
    if gate.unavailable {
        return (
            Status::Failed,
            "the quality gate could not be evaluated (the security service was unavailable); run again"
                .to_owned(),
        );
    }
    match verdict {
        Verdict::Fail => {
            let failed: Vec<&str> = gate
                .policies
                .iter()
                .filter(|policy| policy.verdict == Verdict::Fail as i32)
                .map(|policy| policy.policy_name.as_str())
                .collect();
            (
                Status::Failed,
                format!("quality gate FAIL ({})", failed.join(", ")),
            )
        }
        _ => (Status::Succeeded, String::new()),
    }
}

/// Streams the report to `IngestReport` with a workload token; the last
/// progress, or why not (and whether trying again may help).
async fn upload(
    plan: &Findings,
    bytes: Vec<u8>,
    scope: &Scope,
    identity: &dyn secureflow_platform::auth::Authenticator,
    mesh: &Mesh,
) -> std::result::Result<ScanProgress, (String, bool)> {
    let unavailable = |what: String| (what, true);
    let grant = WorkloadGrant {
        organization_id: scope.organization_id.clone(),
        subject: format!("pipeline:{}", scope.pipeline_id),
        permissions: BTreeSet::from(["security.read".to_owned(), "security.write".to_owned()]),
        ttl: TOKEN_TTL,
    };
    let token = identity
        .workload_token(&grant)
        .await
        .map_err(|error| unavailable(format!("no identity for the upload: {error}")))?;
    let channel = mesh
        .channel()
        .map_err(|error| unavailable(error.to_string()))?;
    let size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
    let header = IngestReportHeader {
        scope: Some(ScanScope {
            repository_id: scope.repository_id.clone(),
            branch: scope.branch.clone(),
            commit_sha: scope.commit_sha.clone(),
            pipeline_execution_id: scope.execution_id.clone(),
            pull_request_number: scope.pull_request_number,
            ..Default::default()
        }),
        format: plan.format.to_owned(),
        file_name: format!("{}.json", plan.tool.name()),
        size_bytes: size,
    };
    // Chunks are cut as they are sent, so the report is not held twice.
    let chunks = (0..bytes.len()).step_by(CHUNK).map(move |start| {
        let end = (start + CHUNK).min(bytes.len());
        IngestReportRequest {
            part: Some(ingest_report_request::Part::Chunk(
                bytes[start..end].to_vec(),
            )),
        }
    });
    let header = IngestReportRequest {
        part: Some(ingest_report_request::Part::Header(header)),
    };
    let mut request =
        tonic::Request::new(tokio_stream::iter(std::iter::once(header).chain(chunks)));
    let bearer = format!("Bearer {token}")
        .parse()
        .map_err(|_| unavailable("the workload token is not a valid header".to_owned()))?;
    request.metadata_mut().insert("authorization", bearer);
    if let Ok(correlation) = scope.execution_id.parse() {
        request
            .metadata_mut()
            .insert("x-correlation-id", correlation);
    }
    let mut client =
        SecurityServiceClient::new(channel).max_decoding_message_size(16 * 1024 * 1024);
    let refused = |status: tonic::Status| {
        let retriable = matches!(
            status.code(),
            tonic::Code::Unavailable | tonic::Code::ResourceExhausted | tonic::Code::Aborted
        );
        let message = match status.code() {
            tonic::Code::Unimplemented => {
                "the security service does not run in this process (calls to it in another process come with distributed mode)".to_owned()
            }
            _ => format!(
                "the security service refused the report: {} ({:?})",
                status.message(),
                status.code()
            ),
        };
        (message, retriable)
    };
    let mut stream = client
        .ingest_report(request)
        .await
        .map_err(refused)?
        .into_inner();
    let mut last = None;
    loop {
        match stream.message().await {
            Ok(Some(response)) => last = response.progress.or(last),
            Ok(None) => break,
            Err(status) => return Err(refused(status)),
        }
    }
    last.ok_or_else(|| ("the security service answered nothing".to_owned(), true))
}
