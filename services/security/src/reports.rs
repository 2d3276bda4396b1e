//! Reports as stored and generated: a request is validated, recorded as
//! pending, generated in a task of its own from the vulnerabilities of the
//! period ([`crate::domain::report`]), its content put in the blob store
//! ([`ReportContents`]) and the row marked ready. The caller waits a few
//! seconds for it; a larger report is returned pending and read later with
//! `GetReport`.

use std::sync::Arc;
use std::time::Duration;

use sha2::Digest as _;

use secureflow_platform::blobs::BlobStore;
use secureflow_platform::db::{Database, micros_to_timestamp, now_micros, timestamp_to_micros};
use secureflow_platform::pagination::Page;
use secureflow_platform::server::ServiceContext;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::{
    self as pb, ComplianceFramework, ReportFormat, ReportKind, ReportStatus,
};

use crate::domain::compliance::Framework;
use crate::domain::finding::{Component, Cvss, Finding};
use crate::domain::lifecycle::Status;
use crate::domain::report::{self, Context, DAY_US, Fact, Heading, Table, views};
use crate::domain::risk::Criticality;
use crate::store;
use crate::store::vulnerabilities::FactRow;

/// How long `CreateReport` waits for a report before answering it pending.
pub const READY_WAIT: Duration = Duration::from_secs(5);
/// The default period: the last 90 days.
pub const DEFAULT_PERIOD_DAYS: i64 = 90;
/// The longest period a report covers.
pub const MAX_PERIOD_DAYS: i64 = 5 * 366;

/// A validated report request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// What it shows.
    pub kind: ReportKind,
    /// For compliance reports.
    pub framework: Option<Framework>,
    /// Output format.
    pub format: ReportFormat,
    /// One repository, or empty for the organisation.
    pub repository_id: String,
    /// Period start, µs.
    pub start_us: i64,
    /// Period end, µs.
    pub end_us: i64,
    /// Whether the period is the default one ending now (no end time given):
    /// a report reused for it must have ended when it was made.
    pub rolling: bool,
}

/// The longest a reused report may be old ([`reuse_within`]).
pub const MAX_REUSE: Duration = Duration::from_secs(86_400);

/// How old a report of the same spec may be to be returned instead of a new
/// one (`CreateReportRequest.reuse_within`); `None` when unset or zero.
pub fn reuse_within(value: Option<&pbjson_types::Duration>) -> Result<Option<Duration>> {
    let Some(value) = value else {
        return Ok(None);
    };
    if value.seconds < 0 || value.nanos < 0 {
        return Err(Error::invalid_field("reuse_within", "must not be negative"));
    }
    let within = Duration::new(
        u64::try_from(value.seconds).unwrap_or(u64::MAX),
        u32::try_from(value.nanos).unwrap_or(0),
    );
    if within > MAX_REUSE {
        return Err(Error::invalid_field(
            "reuse_within",
            format!("must be at most {} seconds (one day)", MAX_REUSE.as_secs()),
        ));
    }
    Ok((!within.is_zero()).then_some(within))
}

/// What a report of `spec` shows, as a key: two reports under one key made
/// from the same data (`basis`) are the same report but for when they were
/// made. A rolling period is keyed by its length, a fixed one by its times.
fn reuse_key(spec: &Spec, basis: &str) -> String {
    let period = if spec.rolling {
        format!("last {}", spec.end_us - spec.start_us)
    } else {
        format!("{}..{}", spec.start_us, spec.end_us)
    };
    let key = format!(
        "{}|{}|{}|{}|{period}|{basis}",
        kind_name(spec.kind),
        spec.framework.map_or("", Framework::name),
        format_name(spec.format),
        spec.repository_id,
    );
    hex::encode(sha2::Sha256::digest(key.as_bytes()))
}

/// The data a report of the organisation is made from, as it is now: the
/// version of its vulnerabilities (any change to one, its ranking included,
/// changes it, as does any change to its threat intelligence or its
/// repositories' criticality, which risk scores count) and its SLA policy.
async fn basis(db: &Database, organization_id: &str) -> Result<String> {
    let version = store::vulnerabilities::version(db, organization_id).await?;
    let sla = {
        let mut connection = db.pool().acquire().await?;
        store::organizations::sla_policy(&mut connection, organization_id).await?
    };
    let sla = serde_json::to_string(&sla).map_err(Error::internal)?;
    let store::vulnerabilities::Version {
        branches_total,
        branches,
        intel,
        repositories_total,
        repositories,
    } = version;
    Ok(format!(
        "{branches_total}:{branches}:{intel}:{repositories_total}:{repositories}:{sla}"
    ))
}

fn kind_name(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Unspecified => "",
        ReportKind::Posture => "posture",
        ReportKind::OpenVulnerabilities => "open_vulnerabilities",
        ReportKind::Mttr => "mttr",
        ReportKind::PerTool => "per_tool",
        ReportKind::Compliance => "compliance",
        ReportKind::Findings => "findings",
    }
}

const KINDS: [ReportKind; 6] = [
    ReportKind::Posture,
    ReportKind::OpenVulnerabilities,
    ReportKind::Mttr,
    ReportKind::PerTool,
    ReportKind::Compliance,
    ReportKind::Findings,
];

fn framework_of(value: ComplianceFramework) -> Option<Framework> {
    match value {
        ComplianceFramework::Unspecified => None,
        ComplianceFramework::OwaspTop102021 => Some(Framework::OwaspTop10_2021),
        ComplianceFramework::PciDss4 => Some(Framework::PciDss4),
        ComplianceFramework::Soc2 => Some(Framework::Soc2),
        ComplianceFramework::Hipaa => Some(Framework::Hipaa),
    }
}

fn framework_value(framework: Option<Framework>) -> ComplianceFramework {
    match framework {
        None => ComplianceFramework::Unspecified,
        Some(Framework::OwaspTop10_2021) => ComplianceFramework::OwaspTop102021,
        Some(Framework::PciDss4) => ComplianceFramework::PciDss4,
        Some(Framework::Soc2) => ComplianceFramework::Soc2,
        Some(Framework::Hipaa) => ComplianceFramework::Hipaa,
    }
}

fn format_name(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Unspecified | ReportFormat::Json => "json",
        ReportFormat::Csv => "csv",
        ReportFormat::Sarif => "sarif",
    }
}

fn content_type(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Unspecified | ReportFormat::Json => "application/json",
        ReportFormat::Csv => "text/csv; charset=utf-8",
        ReportFormat::Sarif => "application/sarif+json",
    }
}

fn status_name(status: ReportStatus) -> &'static str {
    match status {
        ReportStatus::Unspecified | ReportStatus::Pending => "pending",
        ReportStatus::Ready => "ready",
        ReportStatus::Failed => "failed",
    }
}

/// Validates a `CreateReport` request at `now_us`; every problem names its field.
pub fn validate(report: Option<pb::Report>, now_us: i64) -> Result<Spec> {
    let report = report.ok_or_else(|| Error::invalid_field("report", "is required"))?;
    let kind = ReportKind::try_from(report.kind)
        .ok()
        .filter(|kind| *kind != ReportKind::Unspecified)
        .ok_or_else(|| {
            Error::invalid_field(
                "report.kind",
                format!(
                    "must be one of {}",
                    KINDS.map(|kind| kind.as_str_name()).join(", ")
                ),
            )
        })?;
    let framework = ComplianceFramework::try_from(report.framework)
        .map(framework_of)
        .map_err(|_| Error::invalid_field("report.framework", "is not a known framework"))?;
    match (kind, framework) {
        (ReportKind::Compliance, None) => {
            return Err(Error::invalid_field(
                "report.framework",
                "a compliance report needs a framework: OWASP_TOP10_2021, PCI_DSS_4, SOC2 or HIPAA",
            ));
        }
        (ReportKind::Compliance, Some(_)) | (_, None) => {}
        (_, Some(_)) => {
            return Err(Error::invalid_field(
                "report.framework",
                "is only for compliance reports",
            ));
        }
    }
    let format = ReportFormat::try_from(report.format)
        .map_err(|_| Error::invalid_field("report.format", "must be JSON, CSV or SARIF"))?;
    let format = if format == ReportFormat::Unspecified {
        ReportFormat::Json
    } else {
        format
    };
    if format == ReportFormat::Sarif && kind != ReportKind::Findings {
        return Err(Error::invalid_field(
            "report.format",
            "SARIF lists findings: it is only for REPORT_KIND_FINDINGS",
        ));
    }
    let end_us = report.end_time.as_ref().map_or(now_us, timestamp_to_micros);
    let start_us = report
        .start_time
        .as_ref()
        .map_or(end_us - DEFAULT_PERIOD_DAYS * DAY_US, timestamp_to_micros);
    if start_us >= end_us {
        return Err(Error::invalid_field(
            "report.start_time",
            "must be before report.end_time (or now, when the end is not given)",
        ));
    }
    if end_us - start_us > MAX_PERIOD_DAYS * DAY_US {
        return Err(Error::invalid_field(
            "report.start_time",
            format!("the period is longer than {MAX_PERIOD_DAYS} days"),
        ));
    }
    Ok(Spec {
        kind,
        framework,
        format,
        repository_id: report.repository_id.trim().to_owned(),
        start_us,
        end_us,
        rolling: report.end_time.is_none(),
    })
}

/// Where generated reports' content is kept: the security service's part of
/// the blob store (its own directory by default, the shared bucket in a
/// distributed deployment), under `reports/<organisation>/<report>`.
#[derive(Debug, Clone)]
pub struct ReportContents(BlobStore);

impl ReportContents {
    /// Contents kept in `store`.
    pub fn new(store: BlobStore) -> Self {
        Self(store)
    }

    /// The process's report contents: `blobs.url`'s bucket, or else
    /// `<data_dir>/security/blobs`.
    pub fn of(context: &ServiceContext) -> Arc<Self> {
        let store = crate::blob_store(context);
        context.shared.get_or_insert_with(|| Self::new(store))
    }

    /// Whether the store can be used (checked at start).
    pub fn ready(&self) -> Result<()> {
        self.0.ready()
    }

    fn key(organization_id: &str, id: &str) -> String {
        format!("reports/{organization_id}/{id}")
    }

    /// Stores a report's content; its key.
    async fn put(&self, organization_id: &str, id: &str, content: Vec<u8>) -> Result<String> {
        let key = Self::key(organization_id, id);
        self.0.put(&key, content).await?;
        Ok(key)
    }

    /// The content stored at `key` for report `id`.
    async fn get(&self, id: &str, key: &str) -> Result<Vec<u8>> {
        self.0
            .get_recorded(key, &format!("the content of report {id}"))
            .await
    }
}

/// Records the report of `spec` as pending, generates it in a task of its own
/// and returns it — ready, failed, or still pending after [`READY_WAIT`].
/// With `reuse_within`, a ready report of the same spec made no longer ago
/// from the same data is returned instead (see [`reuse_within`]).
pub async fn create(
    db: &Database,
    contents: &Arc<ReportContents>,
    organization_id: &str,
    created_by: &str,
    mut spec: Spec,
    reuse_within: Option<Duration>,
) -> Result<pb::Report> {
    spec.repository_id =
        crate::repositories::resolve(db, organization_id, &spec.repository_id).await?;
    // Read before the report's data: a change after it makes the report
    // newer than its key says, never older.
    let reuse_key = reuse_key(&spec, &basis(db, organization_id).await?);
    if let Some(within) = reuse_within {
        let since =
            now_micros().saturating_sub(i64::try_from(within.as_micros()).unwrap_or(i64::MAX));
        if let Some(id) = store::reports::reusable(db, organization_id, &reuse_key, since).await? {
            return get(db, contents, organization_id, &id, true).await;
        }
    }
    let id = uuid::Uuid::now_v7().to_string();
    let row = store::reports::ReportRow {
        id: id.clone(),
        organization_id: organization_id.to_owned(),
        kind: kind_name(spec.kind).to_owned(),
        framework: spec.framework.map_or("", Framework::name).to_owned(),
        format: format_name(spec.format).to_owned(),
        repository_id: spec.repository_id.clone(),
        start_us: spec.start_us,
        end_us: spec.end_us,
        status: status_name(ReportStatus::Pending).to_owned(),
        content_type: content_type(spec.format).to_owned(),
        content: None,
        content_key: String::new(),
        error: String::new(),
        created_by: created_by.to_owned(),
        created_at_us: now_micros(),
        completed_at_us: None,
        reuse_key,
    };
    store::reports::insert(db, &row).await?;
    let task = tokio::spawn(generate_and_store(
        db.clone(),
        contents.clone(),
        organization_id.to_owned(),
        id.clone(),
        spec,
    ));
    // The task goes on when the wait ends; the report is then read pending.
    let _ = tokio::time::timeout(READY_WAIT, task).await;
    get(db, contents, organization_id, &id, true).await
}

async fn generate_and_store(
    db: Database,
    contents: Arc<ReportContents>,
    organization_id: String,
    id: String,
    spec: Spec,
) {
    let outcome = match generate(&db, &organization_id, &spec).await {
        Ok(content) => contents
            .put(&organization_id, &id, content.into_bytes())
            .await
            .map_err(|error| ("stored", error)),
        Err(error) => Err(("generated", error)),
    };
    let (status, key, error) = match outcome {
        Ok(key) => (ReportStatus::Ready, key, String::new()),
        Err((step, error)) => {
            tracing::error!(%error, report = %id, "the report could not be {step}");
            let message = if matches!(
                error.code(),
                secureflow_platform::ErrorCode::Internal
                    | secureflow_platform::ErrorCode::Unavailable
            ) {
                format!("the report could not be {step}; the server log has the cause")
            } else {
                error.message().to_owned()
            };
            (ReportStatus::Failed, String::new(), message)
        }
    };
    let stored = store::reports::complete(&db, &id, status_name(status), &key, &error).await;
    if let Err(error) = stored {
        tracing::error!(%error, report = %id, "storing a generated report failed");
    }
}

/// Generates the content of a report.
pub async fn generate(db: &Database, organization_id: &str, spec: &Spec) -> Result<String> {
    let sla = {
        let mut connection = db.pool().acquire().await?;
        store::organizations::sla_policy(&mut connection, organization_id).await?
    };
    let facts = load_facts(
        db,
        organization_id,
        &spec.repository_id,
        spec.start_us,
        spec.end_us,
    )
    .await?;
    let context = Context {
        sla: &sla,
        start_us: spec.start_us,
        end_us: spec.end_us,
    };
    let heading = Heading {
        kind: kind_name(spec.kind).to_owned(),
        framework: spec.framework.map_or("", Framework::name).to_owned(),
        organization_id: organization_id.to_owned(),
        repository_id: spec.repository_id.clone(),
        start_us: spec.start_us,
        end_us: spec.end_us,
        generated_us: now_micros(),
    };
    // Building is CPU work over up to hundreds of thousands of facts: off the
    // async workers.
    let spec = spec.clone();
    tokio::task::spawn_blocking(move || {
        let context = Context {
            sla: &sla,
            ..context
        };
        if spec.format == ReportFormat::Sarif {
            let open = report::open_at(&facts, &sla, spec.end_us);
            return Ok(report::sarif::render(&open, env!("CARGO_PKG_VERSION")));
        }
        let table = build(&facts, &context, &spec)?;
        Ok(match spec.format {
            ReportFormat::Csv => report::render_csv(&table),
            _ => report::render_json(&heading, &table),
        })
    })
    .await
    .map_err(Error::internal)?
    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// The table of a validated spec ([`validate`] refuses the combinations that
/// have none).
fn build(facts: &[Fact], context: &Context<'_>, spec: &Spec) -> Result<Table> {
    Ok(match (spec.kind, spec.framework) {
        (ReportKind::Posture, _) => views::posture_history(facts, context),
        (ReportKind::OpenVulnerabilities, _) => views::open_vulnerabilities(facts, context),
        (ReportKind::Mttr, _) => views::mttr(facts, context),
        (ReportKind::PerTool, _) => views::per_tool(facts, context),
        (ReportKind::Compliance, Some(framework)) => views::compliance(facts, context, framework),
        (ReportKind::Findings, _) => views::findings(facts, context),
        (ReportKind::Compliance | ReportKind::Unspecified, _) => {
            return Err(Error::internal(format!(
                "report spec {:?} was not validated",
                spec.kind
            )));
        }
    })
}

/// The vulnerabilities of the organisation (or of `repository_id` when not
/// empty) that a view of the period `start_us..=end_us` can need.
pub(crate) async fn load_facts(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    start_us: i64,
    end_us: i64,
) -> Result<Vec<Fact>> {
    let criticality = {
        let mut connection = db.pool().acquire().await?;
        store::repositories::criticalities(&mut connection, organization_id).await?
    };
    store::vulnerabilities::facts(db, organization_id, repository_id, start_us, end_us)
        .await?
        .into_iter()
        .map(|row| {
            let of_repository = criticality
                .get(&row.repository_id)
                .copied()
                .unwrap_or_default();
            fact_from(row, of_repository)
        })
        .collect()
}

fn fact_from(row: FactRow, criticality: Criticality) -> Result<Fact> {
    let status = store::status_from(&row.status);
    let closed_us = match status {
        Status::Open | Status::InProgress => None,
        Status::Resolved => Some(row.resolved_at_us.unwrap_or(row.last_seen_us)),
        Status::FalsePositive | Status::AcceptedRisk => {
            Some(row.status_changed_us.unwrap_or(row.last_seen_us))
        }
    };
    let mut finding = Finding::new(
        &row.tool,
        &row.rule_id,
        &row.title,
        store::severity_from(row.severity),
        store::kind_from(&row.kind),
    );
    finding.cve_id = Some(row.cve_id).filter(|cve| !cve.is_empty());
    finding.cwe = u32::try_from(row.cwe).ok().filter(|cwe| *cwe > 0);
    finding.file_path = row.file_path;
    finding.line = u32::try_from(row.line).ok().filter(|line| *line > 0);
    if !row.component_name.is_empty() {
        finding.component = Some(Box::new(Component {
            name: row.component_name,
            version: row.component_version,
            fixed_version: row.component_fixed_version,
            purl: row.component_purl,
            ..Component::default()
        }));
    }
    finding.remediation = row.remediation;
    finding.cvss = Cvss::of(row.cvss_score, "").map(Box::new);
    Ok(Fact {
        id: row.id,
        repository_id: row.repository_id,
        branch: row.branch,
        fingerprint: row.fingerprint,
        finding,
        tools: serde_json::from_str(&row.tools).map_err(Error::internal)?,
        status,
        first_detected_us: row.first_detected_us,
        closed_us,
        known_exploited: row.kev_cve.is_some(),
        epss: row.epss,
        criticality,
    })
}

fn report_message(row: store::reports::ReportRow) -> pb::Report {
    let format = [ReportFormat::Json, ReportFormat::Csv, ReportFormat::Sarif]
        .into_iter()
        .find(|f| format_name(*f) == row.format)
        .unwrap_or(ReportFormat::Json);
    let framework = [
        Framework::OwaspTop10_2021,
        Framework::PciDss4,
        Framework::Soc2,
        Framework::Hipaa,
    ]
    .into_iter()
    .find(|f| f.name() == row.framework);
    let status = [
        ReportStatus::Pending,
        ReportStatus::Ready,
        ReportStatus::Failed,
    ]
    .into_iter()
    .find(|s| status_name(*s) == row.status)
    .unwrap_or(ReportStatus::Pending);
    pb::Report {
        id: row.id,
        organization_id: row.organization_id,
        kind: KINDS
            .into_iter()
            .find(|k| kind_name(*k) == row.kind)
            .unwrap_or(ReportKind::Unspecified) as i32,
        framework: framework_value(framework) as i32,
        format: format as i32,
        repository_id: row.repository_id,
        start_time: Some(micros_to_timestamp(row.start_us)),
        end_time: Some(micros_to_timestamp(row.end_us)),
        status: status as i32,
        content_type: row.content_type,
        content: row.content.unwrap_or_default().into_bytes(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        complete_time: row.completed_at_us.map(micros_to_timestamp),
        error: row.error,
    }
}

/// A report of the organisation, with its content when `with_content` (read
/// from the blob store, or from the row for reports made before it).
pub async fn get(
    db: &Database,
    contents: &ReportContents,
    organization_id: &str,
    id: &str,
    with_content: bool,
) -> Result<pb::Report> {
    let row = store::reports::get(db, organization_id, id, with_content)
        .await?
        .ok_or_else(|| Error::not_found("report", id))?;
    let in_store = (with_content && !row.content_key.is_empty()).then(|| row.content_key.clone());
    let mut report = report_message(row);
    if let Some(key) = in_store {
        report.content = contents.get(id, &key).await?;
    }
    Ok(report)
}

/// A ready report's content type and content; a pending or failed report has
/// none (FAILED_PRECONDITION, saying which).
pub async fn content(
    db: &Database,
    contents: &ReportContents,
    organization_id: &str,
    id: &str,
) -> Result<(String, Vec<u8>)> {
    let report = get(db, contents, organization_id, id, true).await?;
    match ReportStatus::try_from(report.status) {
        Ok(ReportStatus::Ready) => Ok((report.content_type, report.content)),
        Ok(ReportStatus::Failed) => Err(Error::new(
            secureflow_platform::ErrorCode::FailedPrecondition,
            format!("report {id} failed: {}", report.error),
        )),
        _ => Err(Error::new(
            secureflow_platform::ErrorCode::FailedPrecondition,
            format!("report {id} is still being generated; try again shortly"),
        )
        .with_reason("REPORT_PENDING")),
    }
}

/// A page of the organisation's reports, newest first, without content.
pub async fn list(
    db: &Database,
    organization_id: &str,
    page: Page,
) -> Result<(Vec<pb::Report>, String)> {
    let rows = store::reports::list(db, organization_id, page).await?;
    let reports = rows.into_iter().map(report_message).collect();
    Ok(page.finish(reports, "reports"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(kind: ReportKind) -> pb::Report {
        pb::Report {
            kind: kind as i32,
            ..pb::Report::default()
        }
    }

    fn field(result: Result<Spec>) -> String {
        let error = result.expect_err("refused");
        error
            .violations()
            .first()
            .map(|violation| violation.field.clone())
            .unwrap_or_default()
    }

    #[test]
    fn defaults_are_json_over_the_last_ninety_days() {
        let spec = validate(Some(request(ReportKind::Mttr)), 100 * DAY_US).expect("valid");
        assert_eq!(spec.format, ReportFormat::Json);
        assert_eq!(spec.end_us, 100 * DAY_US);
        assert_eq!(spec.start_us, 10 * DAY_US);
        assert_eq!(spec.framework, None);
    }

    #[test]
    fn bad_requests_name_the_field() {
        let now = 100 * DAY_US;
        assert_eq!(field(validate(None, now)), "report");
        assert_eq!(
            field(validate(Some(request(ReportKind::Unspecified)), now)),
            "report.kind"
        );
        assert_eq!(
            field(validate(Some(request(ReportKind::Compliance)), now)),
            "report.framework"
        );
        let mut framed = request(ReportKind::Posture);
        framed.framework = ComplianceFramework::Soc2 as i32;
        assert_eq!(field(validate(Some(framed), now)), "report.framework");
        let mut sarif = request(ReportKind::PerTool);
        sarif.format = ReportFormat::Sarif as i32;
        assert_eq!(field(validate(Some(sarif), now)), "report.format");
        let mut unknown = request(ReportKind::Findings);
        unknown.format = 42;
        assert_eq!(field(validate(Some(unknown), now)), "report.format");
        let mut backwards = request(ReportKind::Findings);
        backwards.start_time = Some(micros_to_timestamp(now + DAY_US));
        assert_eq!(field(validate(Some(backwards), now)), "report.start_time");
        let mut long = request(ReportKind::Posture);
        long.start_time = Some(micros_to_timestamp(now - (MAX_PERIOD_DAYS + 1) * DAY_US));
        assert_eq!(field(validate(Some(long), now)), "report.start_time");
    }
}
