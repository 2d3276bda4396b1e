//! `security_vulnerabilities`, `security_sightings`, `security_occurrences`
//! and `security_branch_versions`: deduplicated findings per branch, when and
//! at which commit each was last reported, their lifecycle and triage, the
//! reports merged into each, and a counter per branch bumped in every
//! transaction that changes the branch's vulnerabilities (so cached gate
//! inputs and listing totals know when they are stale).

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use secureflow_platform::bulk::{Bulk, BulkRows, Column, Rows, Staging, split_delimited};
use secureflow_platform::db::{Backend, Database, Placeholders};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};
use sqlx::{Any, AnyConnection, Row, Transaction};

use super::scans::ScanRow;
use super::{
    Scope, json_text, kind_from, kind_name, severity_from, severity_number, status_from,
    status_name,
};
use crate::domain::finding::{
    Component, Confidence, Cvss, Finding, Kind, Severity, Shared, place_digest,
};
use crate::domain::lifecycle::{Known, Status};

/// A stored vulnerability.
#[derive(Debug, Clone, PartialEq)]
pub struct VulnerabilityRow {
    /// Id.
    pub id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
    /// Fingerprint.
    pub fingerprint: String,
    /// Finding content (latest report).
    pub finding: Finding,
    /// Tools that reported it.
    pub tools: Vec<String>,
    /// Commit of the latest report.
    pub commit_sha: String,
    /// Status.
    pub status: Status,
    /// Justification of the status.
    pub status_justification: String,
    /// Assignee.
    pub assigned_to: String,
    /// First reported, µs.
    pub first_detected_us: i64,
    /// Last reported, µs.
    pub last_seen_us: i64,
    /// Resolved, µs.
    pub resolved_at_us: Option<i64>,
    /// Scan that resolved it.
    pub resolved_by_scan: String,
    /// When an accepted risk expires, µs.
    pub accepted_until_us: Option<i64>,
    /// Who changed the status last.
    pub status_changed_by: String,
    /// When the status changed last, µs.
    pub status_changed_us: Option<i64>,
    /// The report that created it (kept on the row; older rows have it among
    /// their stored occurrences instead).
    pub first_report: Option<Occurrence>,
    /// Its SLA deadline as last ranked ([`crate::ranking`]), µs; `None`
    /// without one.
    pub sla_due_us: Option<i64>,
}

/// One report of a vulnerability and why it was merged into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Scan.
    pub scan_id: String,
    /// Tool.
    pub tool: String,
    /// Rule.
    pub rule_id: String,
    /// File.
    pub file_path: String,
    /// Line (0 when none).
    pub line: i64,
    /// Commit.
    pub commit_sha: String,
    /// When, µs.
    pub seen_at_us: i64,
    /// Why it was merged.
    pub merge_reason: String,
}

/// Sort orders of a listing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// Riskiest first, by the stored score ([`crate::ranking`] keeps it
    /// current).
    Risk,
    /// Soonest SLA deadline first, those without one last.
    SlaDue,
    /// Most severe first, then newest.
    #[default]
    Severity,
    /// Newest first.
    FirstDetected,
    /// Most recently seen first.
    LastSeen,
}

impl Order {
    /// Reads `order_by` (`risk desc`, `severity desc`, `first_detected desc`,
    /// `last_seen desc`, `sla_due asc`; the direction may be left out).
    pub fn parse(text: &str) -> Option<Self> {
        let words: Vec<String> = text
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        let (field, direction) = match words.as_slice() {
            [] => return Some(Self::default()),
            [field] if field == "sla_due" => (field.as_str(), "asc"),
            [field] => (field.as_str(), "desc"),
            [field, direction] => (field.as_str(), direction.as_str()),
            _ => return None,
        };
        match (field, direction) {
            ("sla_due", "asc") => return Some(Self::SlaDue),
            (_, "desc") => {}
            _ => return None,
        }
        match field {
            "risk" => Some(Self::Risk),
            "severity" => Some(Self::Severity),
            "first_detected" => Some(Self::FirstDetected),
            "last_seen" => Some(Self::LastSeen),
            _ => None,
        }
    }

    /// The order of two read rows, as [`Order::sql`] orders them.
    fn compare(self, a: &Stored, b: &Stored) -> std::cmp::Ordering {
        let by_id = || a.id.cmp(&b.id);
        match self {
            Self::Risk => b.risk_score.total_cmp(&a.risk_score).then_with(by_id),
            Self::SlaDue => a.sla_due_us.cmp(&b.sla_due_us).then_with(by_id),
            Self::Severity => b
                .severity
                .cmp(&a.severity)
                .then(b.first_detected_us.cmp(&a.first_detected_us))
                .then_with(by_id),
            Self::FirstDetected => b
                .first_detected_us
                .cmp(&a.first_detected_us)
                .then_with(by_id),
            Self::LastSeen => b.last_seen_us.cmp(&a.last_seen_us).then_with(by_id),
        }
    }

    fn sql(self) -> &'static str {
        match self {
            Self::Risk => "risk_score DESC, id",
            Self::SlaDue => "sla_due_us, id",
            Self::Severity => "severity DESC, first_detected_us DESC, id",
            Self::FirstDetected => "first_detected_us DESC, id",
            Self::LastSeen => "last_seen_us DESC, vulnerability_id",
        }
    }
}

/// Filters of a vulnerability listing (empty means any).
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Statuses.
    pub statuses: Vec<Status>,
    /// Minimum severity names (`High`, …) as numbers; any of these.
    pub severities: Vec<Severity>,
    /// Tools.
    pub tools: Vec<String>,
    /// Repository.
    pub repository_id: String,
    /// Any of these repositories (none: every repository).
    pub repository_ids: Vec<String>,
    /// Branch.
    pub branch: String,
    /// CVE.
    pub cve_id: String,
    /// CWE number.
    pub cwe: Option<u32>,
    /// Substring of title, file or rule.
    pub query: String,
    /// Component (package) name.
    pub component: String,
    /// Assignee user id.
    pub assigned_to: String,
    /// Kinds.
    pub kinds: Vec<Kind>,
    /// Sort order.
    pub order: Order,
}

/// The vulnerabilities of a scope, by fingerprint (read as one aggregated
/// text, [`Bulk::delimited_aggregate`]: a scope can hold hundreds of
/// thousands; as JSON should a value hold a separator). The rows are read
/// straight into the map, and vulnerabilities reported by the same tools
/// share one set.
pub async fn known(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    scope: &Scope,
) -> Result<HashMap<String, Known>> {
    const COLUMNS: [&str; 7] = [
        "id",
        "fingerprint",
        "status",
        "tools",
        "file_path",
        "line",
        "snippet",
    ];
    let of_scope = |aggregate: String| {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {aggregate} FROM security_vulnerabilities WHERE {}",
            of_branch(backend, "security_vulnerabilities")
        )))
        .bind(scope.organization_id.clone())
        .bind(scope.repository_id.clone())
        .bind(scope.branch.clone())
    };
    let bulk = Bulk::new(backend);
    let row = of_scope(bulk.delimited_aggregate(&COLUMNS, "known"))
        .fetch_one(&mut **tx)
        .await?;
    // Read in place (tens of megabytes for a large branch: not copied).
    let text: &str = row.try_get("known")?;
    let rows: i64 = row.try_get("known_rows")?;
    let mut known = KnownMap {
        map: HashMap::with_capacity(usize::try_from(rows).unwrap_or_default()),
        sets: HashMap::new(),
    };
    if let Some(rows) = split_delimited(text, rows, COLUMNS.len()) {
        for values in rows {
            let line = values[5].parse::<i64>().map_err(Error::internal)?;
            let [id, fingerprint, status, tools, file_path, _, snippet] =
                [0, 1, 2, 3, 4, 5, 6].map(|at| Cow::Borrowed(values[at]));
            let row = KnownRow(id, fingerprint, status, tools, file_path, line, snippet);
            known.add(&row).map_err(Error::internal)?;
        }
        return Ok(known.map);
    }
    let row = of_scope(format!("{} AS known", bulk.aggregate(&COLUMNS)))
        .fetch_one(&mut **tx)
        .await?;
    let text: &str = row.try_get("known")?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let known = serde::de::Deserializer::deserialize_seq(&mut deserializer, KnownRows)
        .and_then(|known| deserializer.end().map(|()| known))
        .map_err(Error::internal)?;
    Ok(known)
}

/// The map [`known`] builds.
#[derive(Default)]
struct KnownMap {
    map: HashMap<String, Known>,
    sets: HashMap<String, Arc<BTreeSet<String>>>,
}

impl KnownMap {
    /// Adds one stored vulnerability.
    fn add(&mut self, row: &KnownRow<'_>) -> std::result::Result<(), serde_json::Error> {
        let KnownRow(id, fingerprint, status, tools, file_path, line, snippet) = row;
        let tools = match self.sets.get(tools.as_ref()) {
            Some(set) => Arc::clone(set),
            None => {
                let set = Arc::new(serde_json::from_str(tools)?);
                self.sets.insert(tools.to_string(), Arc::clone(&set));
                set
            }
        };
        let row = Known {
            id: id.to_string(),
            status: status_from(status),
            tools,
            place: place_digest(file_path, u32::try_from(*line).unwrap_or(0), snippet),
        };
        self.map.insert(fingerprint.to_string(), row);
        Ok(())
    }
}

/// Reads `[[id, fingerprint, status, tools, file_path, line, snippet], …]`
/// into the map of [`known`].
struct KnownRows;

/// One row of [`known`]'s aggregate (id, fingerprint, status, tools, file,
/// line, snippet), its text borrowed where it can be.
#[derive(serde::Deserialize)]
struct KnownRow<'a>(
    #[serde(borrow)] Cow<'a, str>,
    #[serde(borrow)] Cow<'a, str>,
    #[serde(borrow)] Cow<'a, str>,
    #[serde(borrow)] Cow<'a, str>,
    #[serde(borrow)] Cow<'a, str>,
    i64,
    #[serde(borrow)] Cow<'a, str>,
);

impl<'de> serde::de::Visitor<'de> for KnownRows {
    type Value = HashMap<String, Known>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("a list of [id, fingerprint, status, tools, file, line, snippet]")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut rows: A) -> Result<Self::Value, A::Error> {
        use serde::de::Error as _;
        let mut known = KnownMap::default();
        while let Some(row) = rows.next_element::<KnownRow<'_>>()? {
            known.add(&row).map_err(A::Error::custom)?;
        }
        Ok(known.map)
    }
}

/// The condition choosing one branch's rows of `security_vulnerabilities`
/// (named `table` in the statement): organisation `$1`, repository `$2`,
/// branch `$3`. On SQLite the rows are found through the unique key and then
/// read in table order (`rowid IN (…)`): read in the key's order (by
/// fingerprint, at random in the table) 100,000 rows cost a page read each,
/// about three times as long. PostgreSQL sorts its heap reads itself.
fn of_branch(backend: Backend, table: &str) -> String {
    let branch = "organization_id = $1 AND repository_id = $2 AND branch = $3";
    match backend {
        Backend::Sqlite => {
            format!("{table}.rowid IN (SELECT rowid FROM security_vulnerabilities WHERE {branch})")
        }
        Backend::Postgres => {
            format!(
                "{table}.organization_id = $1 AND {table}.repository_id = $2 AND {table}.branch = $3"
            )
        }
    }
}

/// A tool's own triage state (suppression, VEX) becomes the initial status.
fn initial_status(finding: &Finding) -> &'static str {
    match finding.tool_status.as_deref() {
        Some("not_affected" | "false_positive") => "false_positive",
        Some("suppressed" | "resolved" | "resolved_with_pedigree") => "accepted_risk",
        _ => "open",
    }
}

/// Resolves the vulnerabilities a full scan no longer reports.
pub async fn resolve_all(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    ids: &[String],
    scan_id: &str,
    now_us: i64,
) -> Result<()> {
    let mut marks = Placeholders::new(backend);
    let (resolved_at, scan) = (marks.mark(), marks.mark());
    let sql = format!(
        "UPDATE security_vulnerabilities SET status = 'resolved', resolved_at_us = CAST({resolved_at} AS BIGINT),
             resolved_by_scan = {scan}
         WHERE id IN ({})",
        Bulk::new(backend).texts(&mut marks)
    );
    for chunk in ids.chunks(CHUNK) {
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(now_us)
            .bind(scan_id.to_owned())
            .bind(json_text(&chunk)?)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Replaces the set of tools reporting a vulnerability.
pub async fn set_tools(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    tools: &BTreeSet<String>,
) -> Result<()> {
    sqlx::query("UPDATE security_vulnerabilities SET tools = $2 WHERE id = $1")
        .bind(id)
        .bind(json_text(tools)?)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Marks a branch's vulnerabilities as changed (inside the changing transaction).
pub async fn bump_branch(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
    branch: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO security_branch_versions (organization_id, repository_id, branch, version)
         VALUES ($1, $2, $3, 1)
         ON CONFLICT (organization_id, repository_id, branch)
         DO UPDATE SET version = security_branch_versions.version + 1",
    )
    .bind(organization_id)
    .bind(repository_id)
    .bind(branch)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

const VULNERABILITIES: super::RepositoryRows = super::RepositoryRows {
    table: "security_vulnerabilities",
    unique_with: &["branch", "fingerprint"],
};

const BRANCH_VERSIONS: super::RepositoryRows = super::RepositoryRows {
    table: "security_branch_versions",
    unique_with: &["branch"],
};

/// Moves the vulnerabilities stored under the repository named
/// `full_name_key` to `repository_id` (a vulnerability already held under the
/// id stays where it is) and marks the id's branches as changed; how many moved.
pub async fn rekey_repository(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    full_name_key: &str,
    repository_id: &str,
) -> Result<u64> {
    let moved = VULNERABILITIES
        .rekey(tx, organization_id, full_name_key, repository_id)
        .await?;
    BRANCH_VERSIONS
        .rekey(tx, organization_id, full_name_key, repository_id)
        .await?;
    if moved > 0 {
        sqlx::query(
            "UPDATE security_branch_versions SET version = version + 1
             WHERE organization_id = $1 AND repository_id = $2",
        )
        .bind(organization_id)
        .bind(repository_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(moved)
}

/// Deletes the repository's vulnerabilities with their sightings, occurrences
/// and branch counters (the repository was purged); how many vulnerabilities.
pub async fn delete_repository(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
) -> Result<u64> {
    for dependent in [
        "DELETE FROM security_sightings WHERE sighting_organization_id = $1 AND vulnerability_id IN
             (SELECT id FROM security_vulnerabilities WHERE organization_id = $1 AND repository_id = $2)",
        "DELETE FROM security_occurrences WHERE vulnerability_id IN
             (SELECT id FROM security_vulnerabilities WHERE organization_id = $1 AND repository_id = $2)",
    ] {
        sqlx::query(dependent)
            .bind(organization_id)
            .bind(repository_id)
            .execute(&mut **tx)
            .await?;
    }
    BRANCH_VERSIONS
        .delete(tx, organization_id, repository_id)
        .await?;
    VULNERABILITIES
        .delete(tx, organization_id, repository_id)
        .await
}

/// The branch's version (0 before its first change).
pub async fn branch_version(
    connection: &mut AnyConnection,
    organization_id: &str,
    repository_id: &str,
    branch: &str,
) -> Result<i64> {
    let version: Option<i64> = sqlx::query_scalar(
        "SELECT version FROM security_branch_versions
         WHERE organization_id = $1 AND repository_id = $2 AND branch = $3",
    )
    .bind(organization_id)
    .bind(repository_id)
    .bind(branch)
    .fetch_optional(&mut *connection)
    .await?;
    Ok(version.unwrap_or(0))
}

/// A value that changes whenever what a listing of the organisation shows
/// can, except with time: any of its branches (the sum and number of their
/// versions), its threat intelligence (a page's KEV and EPSS facts) and its
/// repositories (their criticality).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Version {
    /// The sum of its branches' versions.
    pub branches_total: i64,
    /// The number of its branches.
    pub branches: i64,
    /// The sum of its threat-intelligence import times.
    pub intel: i64,
    /// The sum of its repositories' event positions.
    pub repositories_total: i64,
    /// The number of its repositories.
    pub repositories: i64,
}

/// The columns of the organisation bound at `$1` that make its [`Version`].
static VERSION_OF_ORGANIZATION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let [repositories_total, repositories] = super::repositories::REPOSITORIES_VERSION;
    format!(
        "(SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM security_branch_versions
          WHERE organization_id = $1) AS version_total,
         (SELECT COUNT(*) FROM security_branch_versions WHERE organization_id = $1) AS version_branches,
         {} AS version_intel,
         {repositories_total} AS version_repositories_total,
         {repositories} AS version_repositories",
        super::intel::IMPORTS_VERSION
    )
});

/// The columns a stored vulnerability is read from.
const STORED: [&str; 46] = [
    "id",
    "repository_id",
    "branch",
    "fingerprint",
    "tool",
    "rule_id",
    "title",
    "severity",
    "kind",
    "description",
    "cve_id",
    "cwe",
    "file_path",
    "line",
    "snippet",
    "refs",
    "component_name",
    "component_version",
    "component_fixed_version",
    "component_ecosystem",
    "component_purl",
    "remediation",
    "cvss_score",
    "cvss_vector",
    "cvss_version",
    "confidence",
    "secret_preview",
    "secret_hash",
    "tools",
    "commit_sha",
    "status",
    "status_justification",
    "assigned_to",
    "first_detected_us",
    "last_seen_us",
    "resolved_at_us",
    "resolved_by_scan",
    "accepted_until_us",
    "status_changed_by",
    "status_changed_us",
    "first_scan_id",
    "first_file_path",
    "first_line",
    "first_commit_sha",
    "sla_due_us",
    "risk_score",
];

/// How much of each vulnerability a listing reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Without the texts a table does not show (description, snippet,
    /// remediation, references, secret hash, first report): a fraction of
    /// the bytes to read, convert and send.
    Basic,
    /// Everything.
    #[default]
    Full,
}

impl View {
    /// The empty value (of its type) read in place of `column` when this
    /// view leaves it out.
    fn blank(self, column: &str) -> Option<&'static str> {
        match (self, column) {
            (
                View::Basic,
                "description" | "snippet" | "remediation" | "secret_hash" | "first_scan_id"
                | "first_file_path" | "first_commit_sha",
            ) => Some("''"),
            (View::Basic, "refs") => Some("'[]'"),
            _ => None,
        }
    }
}

/// A stored vulnerability as read: the [`STORED`] columns, as one JSON array
/// per row in their order (see [`fetch`]).
#[derive(Debug, serde::Deserialize)]
struct Stored {
    id: String,
    repository_id: String,
    branch: String,
    fingerprint: String,
    tool: String,
    rule_id: String,
    title: String,
    severity: i64,
    kind: String,
    description: String,
    cve_id: String,
    cwe: i64,
    file_path: String,
    line: i64,
    snippet: String,
    refs: String,
    component_name: String,
    component_version: String,
    component_fixed_version: String,
    component_ecosystem: String,
    component_purl: String,
    remediation: String,
    cvss_score: Option<f64>,
    cvss_vector: String,
    cvss_version: String,
    confidence: String,
    secret_preview: String,
    secret_hash: String,
    tools: String,
    commit_sha: String,
    status: String,
    status_justification: String,
    assigned_to: String,
    first_detected_us: i64,
    last_seen_us: i64,
    resolved_at_us: Option<i64>,
    resolved_by_scan: String,
    accepted_until_us: Option<i64>,
    status_changed_by: String,
    status_changed_us: Option<i64>,
    first_scan_id: String,
    first_file_path: String,
    first_line: i64,
    first_commit_sha: String,
    sla_due_us: i64,
    risk_score: f64,
}

impl Stored {
    fn into_row(self) -> Result<VulnerabilityRow> {
        let mut finding = Finding::new(
            &self.tool,
            &self.rule_id,
            &self.title,
            severity_from(self.severity),
            kind_from(&self.kind),
        );
        finding.description = self.description.into();
        finding.cve_id = Some(self.cve_id).filter(|cve| !cve.is_empty());
        finding.cwe = u32::try_from(self.cwe).ok().filter(|cwe| *cwe > 0);
        finding.file_path = self.file_path;
        finding.line = u32::try_from(self.line).ok().filter(|line| *line > 0);
        finding.snippet = self.snippet;
        let references: Vec<String> = serde_json::from_str(&self.refs).map_err(Error::internal)?;
        finding.references = references.into_iter().map(Shared::from).collect();
        if !self.component_name.is_empty() {
            finding.component = Some(Box::new(Component {
                name: self.component_name,
                version: self.component_version,
                fixed_version: self.component_fixed_version,
                ecosystem: self.component_ecosystem,
                purl: self.component_purl,
            }));
        }
        finding.remediation = self.remediation;
        finding.cvss = Cvss::of(self.cvss_score, &self.cvss_vector).map(Box::new);
        if let Some(cvss) = finding.cvss.as_mut()
            && !self.cvss_version.is_empty()
        {
            cvss.version = self.cvss_version;
        }
        finding.confidence = Confidence::from_word(&self.confidence);
        if !self.secret_preview.is_empty() {
            finding.secret = Some(Box::new(crate::domain::finding::SecretEvidence {
                hash: self.secret_hash,
                preview: self.secret_preview,
            }));
        }
        // The report that created it (kept on the row; older rows have it
        // among their stored occurrences instead).
        let first_report = (!self.first_scan_id.is_empty()).then(|| Occurrence {
            scan_id: self.first_scan_id,
            tool: self.tool.clone(),
            rule_id: self.rule_id.clone(),
            file_path: self.first_file_path,
            line: self.first_line,
            commit_sha: self.first_commit_sha,
            seen_at_us: self.first_detected_us,
            merge_reason: "first report".to_owned(),
        });
        Ok(VulnerabilityRow {
            id: self.id,
            repository_id: self.repository_id,
            branch: self.branch,
            fingerprint: self.fingerprint,
            finding,
            tools: serde_json::from_str(&self.tools).map_err(Error::internal)?,
            commit_sha: self.commit_sha,
            status: status_from(&self.status),
            status_justification: self.status_justification,
            assigned_to: self.assigned_to,
            first_detected_us: self.first_detected_us,
            last_seen_us: self.last_seen_us,
            resolved_at_us: self.resolved_at_us,
            resolved_by_scan: self.resolved_by_scan,
            accepted_until_us: self.accepted_until_us,
            status_changed_by: self.status_changed_by,
            status_changed_us: self.status_changed_us,
            first_report,
            sla_due_us: Some(self.sla_due_us).filter(|due| *due != NO_DEADLINE),
        })
    }
}

/// The vulnerabilities with their sightings (`security_sightings`: when and at
/// which commit each was last reported), for statements that read both; no
/// column name is in both tables.
const WITH_SIGHTINGS: &str =
    "security_vulnerabilities JOIN security_sightings ON vulnerability_id = id";

/// `SELECT <the rows of FROM as one JSON text> AS page FROM <from>`: a page of
/// wide rows crosses the driver as one value, not a row each.
fn select_stored(backend: Backend, from: &str) -> String {
    format!(
        "SELECT {} AS page FROM {from}",
        Bulk::new(backend).aggregate(&STORED)
    )
}

/// Runs a query made with [`select_stored`] and reads its rows.
async fn fetch(
    query: sqlx::query::Query<'_, Any, sqlx::any::AnyArguments>,
    db: &Database,
) -> Result<Vec<VulnerabilityRow>> {
    let text = query.fetch_one(db.pool()).await?.try_get("page")?;
    read_stored(text)?
        .into_iter()
        .map(Stored::into_row)
        .collect()
}

/// The rows of a page read as one JSON text.
fn read_stored(text: Option<String>) -> Result<Vec<Stored>> {
    serde_json::from_str(text.as_deref().unwrap_or("[]")).map_err(Error::internal)
}

/// The latest reports merged into a vulnerability (at most `limit`), newest first.
pub async fn occurrences(
    db: &Database,
    vulnerability_id: &str,
    limit: i64,
) -> Result<Vec<Occurrence>> {
    let query = sqlx::query(
        "SELECT * FROM security_occurrences WHERE vulnerability_id = $1 ORDER BY seen_at_us DESC LIMIT $2",
    )
    .bind(vulnerability_id)
    .bind(limit);
    db.rows(query, |row| {
        Ok(Occurrence {
            scan_id: row.try_get("scan_id")?,
            tool: row.try_get("tool")?,
            rule_id: row.try_get("rule_id")?,
            file_path: row.try_get("file_path")?,
            line: row.try_get("line")?,
            commit_sha: row.try_get("commit_sha")?,
            seen_at_us: row.try_get("seen_at_us")?,
            merge_reason: row.try_get("merge_reason")?,
        })
    })
    .await
}

/// A vulnerability of the organisation.
pub async fn vulnerability(
    db: &Database,
    organization_id: &str,
    id: &str,
) -> Result<Option<VulnerabilityRow>> {
    let sql = select_stored(
        db.backend(),
        &format!("{WITH_SIGHTINGS} WHERE organization_id = $1 AND id = $2"),
    );
    let query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(organization_id)
        .bind(id);
    Ok(fetch(query, db).await?.pop())
}

/// The `WHERE` clause of a listing's filters with its bound values: the
/// organisation (`$1`), then texts, then numbers; the SQL text holds only our
/// own fragments.
struct FilterSql {
    clause: String,
    texts: Vec<String>,
    numbers: Vec<i64>,
}

impl FilterSql {
    fn of(filters: &Filters, backend: Backend) -> Self {
        // Repeated filters (statuses, severities, tools) become `IN` lists of
        // bound placeholders.
        let mut conditions = vec!["organization_id = $1".to_owned()];
        let mut texts: Vec<String> = Vec::new();
        let mut numbers: Vec<i64> = Vec::new();
        let mut next = 2;
        let mut placeholder = || {
            let current = format!("${next}");
            next += 1;
            current
        };
        let mut in_list = |column: &str, values: Vec<String>, texts: &mut Vec<String>| {
            if values.is_empty() {
                return None;
            }
            let marks: Vec<String> = values.iter().map(|_| placeholder()).collect();
            texts.extend(values);
            Some(format!("{column} IN ({})", marks.join(", ")))
        };
        let statuses = filters
            .statuses
            .iter()
            .map(|status| status_name(*status).to_owned())
            .collect();
        conditions.extend(in_list("status", statuses, &mut texts));
        conditions.extend(in_list("tool", filters.tools.clone(), &mut texts));
        let kinds = filters
            .kinds
            .iter()
            .map(|kind| kind_name(*kind).to_owned())
            .collect();
        conditions.extend(in_list("kind", kinds, &mut texts));
        conditions.extend(in_list(
            "repository_id",
            filters.repository_ids.clone(),
            &mut texts,
        ));
        for (column, value) in [
            ("repository_id", &filters.repository_id),
            ("branch", &filters.branch),
            ("cve_id", &filters.cve_id),
            ("component_name", &filters.component),
            ("assigned_to", &filters.assigned_to),
        ] {
            if !value.is_empty() {
                conditions.extend(in_list(column, vec![value.clone()], &mut texts));
            }
        }
        let text_count = texts.len();
        if !filters.query.is_empty() {
            // A substring, taken literally (`%` and `_` are not wildcards).
            // Written as a position rather than `LIKE '%…%'`, whose match
            // rate PostgreSQL guesses far too low: it would then read every
            // row of the organisation instead of walking the order's index.
            let mark = format!("${}", text_count + 2);
            texts.push(filters.query.to_lowercase());
            let found = |column: &str| match backend {
                Backend::Sqlite => format!("instr(LOWER({column}), {mark}) > 0"),
                Backend::Postgres => format!("strpos(LOWER({column}), {mark}) > 0"),
            };
            conditions.push(format!(
                "({} OR {} OR {} OR {})",
                found("title"),
                found("description"),
                found("file_path"),
                found("rule_id")
            ));
        }
        // The conditions of the partial indexes these filters can use
        // (security migration 9), written as the indexes write them.
        for (column, value) in [
            ("cve_id", &filters.cve_id),
            ("component_name", &filters.component),
            ("assigned_to", &filters.assigned_to),
        ] {
            if !value.is_empty() {
                conditions.push(format!("{column} <> ''"));
            }
        }
        if !filters.statuses.is_empty()
            && !filters
                .statuses
                .iter()
                .any(|status| matches!(status, Status::Open | Status::InProgress))
        {
            conditions.push("status NOT IN ('open', 'in_progress')".to_owned());
        }
        let mut number_index = texts.len() + 2;
        if !filters.severities.is_empty() {
            let marks: Vec<String> = filters
                .severities
                .iter()
                .map(|severity| {
                    numbers.push(severity_number(*severity));
                    number_index += 1;
                    format!("${}", number_index - 1)
                })
                .collect();
            conditions.push(format!("severity IN ({})", marks.join(", ")));
        }
        if let Some(cwe) = filters.cwe {
            numbers.push(i64::from(cwe));
            conditions.push(format!("cwe = ${number_index}"));
        }
        Self {
            clause: conditions.join(" AND "),
            texts,
            numbers,
        }
    }

    /// `sql` with the organisation and the filters' values bound.
    fn query<'q>(
        &'q self,
        sql: String,
        organization_id: &str,
    ) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments> {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(organization_id.to_owned());
        for text in &self.texts {
            query = query.bind(text.clone());
        }
        for number in &self.numbers {
            query = query.bind(*number);
        }
        query
    }
}

/// A page of the organisation's vulnerabilities in `filters.order`, each order
/// read along its own index; fetches `limit + 1`. With it, read in the same
/// statement (so of the same moment), the organisation's version
/// ([`Version`]).
pub async fn list(
    db: &Database,
    organization_id: &str,
    filters: &Filters,
    page: Page,
    view: View,
) -> Result<(Vec<VulnerabilityRow>, Version)> {
    let filter = FilterSql::of(filters, db.backend());
    let order = filters.order.sql();
    // The page's rows carry only the columns the view reads (long texts left
    // out are not even copied); the aggregate puts blanks in their places.
    let read: Vec<&str> = STORED
        .into_iter()
        .filter(|column| view.blank(column).is_none())
        .collect();
    let columns: Vec<&str> = STORED
        .into_iter()
        .map(|column| view.blank(column).unwrap_or(column))
        .collect();
    // LIMIT and OFFSET are written as numbers: SQLite plans with a bound
    // LIMIT's value, so binding them would make it prepare the statement
    // again on every execution.
    // `last seen` is read along the sightings' index, led by their copy of
    // the organisation.
    let sightings = match filters.order {
        Order::LastSeen => " AND sighting_organization_id = $1",
        _ => "",
    };
    let from = format!(
        "(SELECT {} FROM {WITH_SIGHTINGS} WHERE {}{sightings}
          ORDER BY {order} LIMIT {} OFFSET {}) AS listed",
        read.join(", "),
        filter.clause,
        page.limit + 1,
        page.offset
    );
    let sql = format!(
        "SELECT {}, {} AS page FROM {from}",
        *VERSION_OF_ORGANIZATION,
        Bulk::new(db.backend()).aggregate(&columns)
    );
    let row = filter
        .query(sql, organization_id)
        .fetch_one(db.pool())
        .await?;
    let version = version_from(&row)?;
    let mut page = read_stored(row.try_get("page")?)?;
    page.sort_by(|a, b| filters.order.compare(a, b));
    let rows = page
        .into_iter()
        .map(Stored::into_row)
        .collect::<Result<_>>()?;
    Ok((rows, version))
}

/// The organisation's [`Version`] now.
pub async fn version(db: &Database, organization_id: &str) -> Result<Version> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {}",
        *VERSION_OF_ORGANIZATION
    )))
    .bind(organization_id)
    .fetch_one(db.pool())
    .await?;
    version_from(&row)
}

fn version_from(row: &sqlx::any::AnyRow) -> Result<Version> {
    Ok(Version {
        branches_total: row.try_get("version_total")?,
        branches: row.try_get("version_branches")?,
        intel: row.try_get("version_intel")?,
        repositories_total: row.try_get("version_repositories_total")?,
        repositories: row.try_get("version_repositories")?,
    })
}

/// How many of the organisation's vulnerabilities match `filters` (their
/// order aside).
pub async fn count(db: &Database, organization_id: &str, filters: &Filters) -> Result<i64> {
    let filter = FilterSql::of(filters, db.backend());
    let sql = format!(
        "SELECT COUNT(*) AS n FROM security_vulnerabilities WHERE {}",
        filter.clause
    );
    Ok(filter
        .query(sql, organization_id)
        .fetch_one(db.pool())
        .await?
        .try_get("n")?)
}

/// A text that is the same for two filters exactly when they select the same
/// rows (what a cached count is kept under).
pub fn filters_key(filters: &Filters, backend: Backend) -> String {
    let filter = FilterSql::of(filters, backend);
    format!("{}|{:?}|{:?}", filter.clause, filter.texts, filter.numbers)
}

/// What ranking a vulnerability by risk or SLA deadline needs, and its stored
/// ranks.
#[derive(Debug, Clone, PartialEq)]
pub struct RankKey {
    /// Id.
    pub id: String,
    /// Severity.
    pub severity: Severity,
    /// CVSS base score.
    pub cvss_score: Option<f64>,
    /// CVE, or empty.
    pub cve_id: String,
    /// First detected, µs.
    pub first_detected_us: i64,
    /// Repository.
    pub repository_id: String,
    /// The stored ranks.
    pub ranks: Ranks,
}

/// The stored keys of the risk and SLA-deadline orders.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranks {
    /// Risk score when last ranked; below 0 when never ranked.
    pub risk_score: f64,
    /// SLA deadline, µs ([`NO_DEADLINE`] when there is none).
    pub sla_due_us: i64,
}

/// The stored deadline of a vulnerability without one (last in `sla_due asc`).
pub const NO_DEADLINE: i64 = i64::MAX;

/// Which vulnerabilities of an organisation to read the ranking keys of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranked<'a> {
    /// Every one.
    All,
    /// Those of one repository (what its criticality changes), read along
    /// the index led by the organisation and the repository.
    Repository(&'a str),
    /// Those with a CVE (what threat intelligence changes).
    WithCve,
    /// Those never ranked, and those whose deadline is at or after `since`
    /// (their score's age term was still growing then).
    Moving {
        /// µs.
        since: i64,
    },
}

/// A [`RankKey`] as read: id, severity, CVSS score, CVE, first detected,
/// risk score, SLA deadline.
type KeyColumns = (String, i64, Option<f64>, String, i64, String, f64, i64);

/// The ranking keys of the organisation's vulnerabilities `which` selects,
/// read as one aggregated JSON value (there can be hundreds of thousands).
pub async fn rank_keys(
    db: &Database,
    organization_id: &str,
    which: Ranked<'_>,
) -> Result<Vec<RankKey>> {
    let condition = match which {
        Ranked::All => "",
        Ranked::Repository(_) => " AND repository_id = $2",
        Ranked::WithCve => " AND cve_id <> ''",
        Ranked::Moving { .. } => " AND (risk_score < 0 OR sla_due_us >= $2)",
    };
    let sql = format!(
        "SELECT {} AS keys FROM security_vulnerabilities WHERE organization_id = $1{condition}",
        Bulk::new(db.backend()).aggregate(&[
            "id",
            "severity",
            "cvss_score",
            "cve_id",
            "first_detected_us",
            "repository_id",
            "risk_score",
            "sla_due_us",
        ]),
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(organization_id);
    match which {
        Ranked::Moving { since } => query = query.bind(since),
        Ranked::Repository(repository_id) => query = query.bind(repository_id),
        Ranked::All | Ranked::WithCve => {}
    }
    let text: Option<String> = query.fetch_one(db.pool()).await?.try_get("keys")?;
    let rows: Vec<KeyColumns> =
        serde_json::from_str(text.as_deref().unwrap_or("[]")).map_err(Error::internal)?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                severity,
                cvss_score,
                cve_id,
                first_detected_us,
                repository_id,
                risk_score,
                sla_due_us,
            )| {
                RankKey {
                    id,
                    severity: severity_from(severity),
                    cvss_score,
                    cve_id,
                    first_detected_us,
                    repository_id,
                    ranks: Ranks {
                        risk_score,
                        sla_due_us,
                    },
                }
            },
        )
        .collect())
}

/// Stores new ranks of the organisation's vulnerabilities: (vulnerability
/// id, ranks), a chunk per statement; the branches of those vulnerabilities
/// are marked as changed (their order did), the others keep their version
/// (and the gate inputs cached under it).
pub async fn set_ranks(
    db: &Database,
    organization_id: &str,
    ranks: &[(String, Ranks)],
) -> Result<()> {
    if ranks.is_empty() {
        return Ok(());
    }
    let backend = db.backend();
    let mut marks = Placeholders::new(backend);
    let sql = format!(
        "UPDATE security_vulnerabilities SET risk_score = v.risk_score, sla_due_us = v.sla_due_us
         FROM ({}) AS v
         WHERE security_vulnerabilities.id = v.id",
        Bulk::new(backend).rows(
            &mut marks,
            &[
                ("id", Column::Text),
                ("risk_score", Column::Float),
                ("sla_due_us", Column::Integer),
            ]
        )
    );
    let mut tx = db.begin().await?;
    for chunk in ranks.chunks(CHUNK) {
        let mut batch = BulkRows::new(backend);
        for (id, ranks) in chunk {
            batch
                .row()
                .text(id)
                .float(Some(ranks.risk_score))
                .integer(ranks.sla_due_us);
        }
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(batch.finish())
            .execute(&mut *tx)
            .await?;
    }
    let mut marks = Placeholders::new(backend);
    let (branches_of, vulnerabilities_of) = (marks.mark(), marks.mark());
    let ids = Bulk::new(backend).texts(&mut marks);
    let bump = format!(
        "UPDATE security_branch_versions SET version = version + 1
         WHERE organization_id = {branches_of} AND (repository_id, branch) IN (
             SELECT repository_id, branch FROM security_vulnerabilities
             WHERE organization_id = {vulnerabilities_of} AND id IN ({ids}))"
    );
    let changed: Vec<&str> = ranks.iter().map(|(id, _)| id.as_str()).collect();
    sqlx::query(sqlx::AssertSqlSafe(bump))
        .bind(organization_id)
        .bind(organization_id)
        .bind(serde_json::to_string(&changed).map_err(Error::internal)?)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Refreshes the planner's statistics of the vulnerabilities (which index a
/// listing is read along depends on them).
pub async fn analyze(db: &Database) -> Result<()> {
    db.analyze("security_vulnerabilities").await
}

/// The organisations holding vulnerabilities.
pub async fn organizations(db: &Database) -> Result<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT DISTINCT organization_id FROM security_vulnerabilities")
            .fetch_all(db.pool())
            .await?,
    )
}

/// Rows per bulk statement (sent as one JSON parameter, see
/// [`secureflow_platform::bulk`]); measured with `benches/ingest.rs`.
const CHUNK: usize = 2000;

/// A vulnerability to insert.
#[derive(Debug)]
pub struct NewVulnerability<'a> {
    /// Id.
    pub id: String,
    /// Fingerprint.
    pub fingerprint: &'a str,
    /// Content.
    pub finding: &'a Finding,
    /// Its ranks.
    pub ranks: Ranks,
}

/// The columns of a new vulnerability carried per row.
const NEW_VULNERABILITY: [(&str, Column); 30] = [
    ("id", Column::Text),
    ("fingerprint", Column::Text),
    ("title", Column::Text),
    ("description", Column::Text),
    ("severity", Column::Integer),
    ("kind", Column::Text),
    ("tool", Column::Text),
    ("tools", Column::Text),
    ("rule_id", Column::Text),
    ("cve_id", Column::Text),
    ("cwe", Column::Integer),
    ("file_path", Column::Text),
    ("line", Column::Integer),
    ("component_name", Column::Text),
    ("component_version", Column::Text),
    ("component_fixed_version", Column::Text),
    ("component_ecosystem", Column::Text),
    ("component_purl", Column::Text),
    ("status", Column::Text),
    ("secret_preview", Column::Text),
    ("secret_hash", Column::Text),
    ("snippet", Column::Text),
    ("refs", Column::Text),
    ("remediation", Column::Text),
    ("cvss_vector", Column::Text),
    ("cvss_score", Column::Float),
    ("cvss_version", Column::Text),
    ("confidence", Column::Text),
    ("risk_score", Column::Float),
    ("sla_due_us", Column::Integer),
];

/// Inserts many new vulnerabilities of a scan, a chunk of rows per statement,
/// with their sightings; the scope, scan, commit and time are bound once per
/// statement, and the first report (scan, commit, place) is kept with each.
/// With `staging` (PostgreSQL) and more than a chunk of rows, each chunk is
/// staged with `COPY` while the previous one is moved into the table, its
/// sightings inserted by the same statement (see [`Staging`]): storing
/// 100,000 rows took about 0.5 s less than from one bound text per chunk,
/// which PostgreSQL split on the transaction's own time.
pub async fn insert_vulnerabilities(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    staging: Option<&Staging>,
    scan: &ScanRow,
    rows: &[NewVulnerability<'_>],
    stored: &mut (dyn FnMut(usize) + Send),
) -> Result<()> {
    let scope = &scan.scope;
    let mut marks = Placeholders::new(backend);
    let columns: Vec<&str> = NEW_VULNERABILITY.iter().map(|(name, _)| *name).collect();
    // Positional on SQLite: every use of a shared value is its own placeholder.
    let shared = [
        scope.organization_id.as_str(),
        scope.repository_id.as_str(),
        scope.branch.as_str(),
        scan.id.as_str(),
        scope.commit_sha.as_str(),
    ];
    let texts: Vec<String> = shared.iter().map(|_| marks.mark()).collect();
    let first = marks.mark();
    let insert = |source: String| {
        format!(
            "INSERT INTO security_vulnerabilities ({}, organization_id, repository_id, branch,
                 first_scan_id, first_commit_sha, first_detected_us, first_file_path, first_line,
                 status_justification, assigned_to, resolved_by_scan)
             SELECT {}, {}, CAST({first} AS BIGINT), v.file_path, v.line, '', '', ''
             FROM {source} AS v",
            columns.join(", "),
            columns
                .iter()
                .map(|column| format!("v.{column}"))
                .collect::<Vec<_>>()
                .join(", "),
            texts.join(", "),
        )
    };
    let encode = |chunk: &[NewVulnerability<'_>], mut batch: BulkRows| -> Result<(usize, Rows)> {
        for row in chunk {
            let finding = row.finding;
            let no_component = Component::default();
            let component = finding.component.as_deref().unwrap_or(&no_component);
            let secret = finding.secret.as_ref();
            batch
                .row()
                .text(&row.id)
                .text(row.fingerprint)
                .text(&finding.title)
                .text(&finding.description)
                .integer(severity_number(finding.severity))
                .text(kind_name(finding.kind))
                .text(&finding.tool)
                .text(&format!("[{}]", serde_json::Value::from(&*finding.tool)))
                .text(&finding.rule_id)
                .text(finding.cve_id.as_deref().unwrap_or_default())
                .integer(i64::from(finding.cwe.unwrap_or(0)))
                .text(&finding.file_path)
                .integer(i64::from(finding.line.unwrap_or(0)))
                .text(&component.name)
                .text(&component.version)
                .text(&component.fixed_version)
                .text(&component.ecosystem)
                .text(&component.purl)
                .text(initial_status(finding))
                .text(secret.map(|s| s.preview.as_str()).unwrap_or_default())
                .text(secret.map(|s| s.hash.as_str()).unwrap_or_default())
                .text(&finding.snippet)
                .text(&json_text(
                    &finding
                        .references
                        .iter()
                        .map(|r| &**r)
                        .collect::<Vec<&str>>(),
                )?)
                .text(&finding.remediation)
                .text(
                    finding
                        .cvss
                        .as_ref()
                        .map(|c| c.vector.as_str())
                        .unwrap_or_default(),
                )
                .float(finding.cvss.as_ref().map(|c| c.score))
                .text(
                    finding
                        .cvss
                        .as_ref()
                        .map(|c| c.version.as_str())
                        .unwrap_or_default(),
                )
                .text(finding.confidence.map(|c| c.name()).unwrap_or_default())
                .float(Some(row.ranks.risk_score))
                .integer(row.ranks.sla_due_us);
        }
        Ok((chunk.len(), batch.finish()))
    };
    let shared_bound = |sql: &str| {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()));
        for value in shared {
            query = query.bind(value.to_owned());
        }
        query.bind(scan.created_at_us)
    };
    if let Some(staging) = staging.filter(|_| rows.len() > CHUNK) {
        let mut stager = staging.stager(STAGED_VULNERABILITIES, &columns).await?;
        let batch = marks.mark();
        // The sightings of the rows moved, by the same statement.
        let sql = format!(
            "WITH moved AS ({} WHERE v.batch = {batch} RETURNING id)
             INSERT INTO security_sightings (vulnerability_id, sighting_organization_id, last_seen_us, commit_sha)
             SELECT id, {}, CAST({first} AS BIGINT), {} FROM moved",
            insert(STAGED_VULNERABILITIES.to_owned()),
            texts[0],
            texts[4],
        );
        let mut chunks = rows.chunks(CHUNK);
        let mut current = None;
        if let Some(chunk) = chunks.next() {
            let (count, rows) = encode(chunk, stager.rows().await?)?;
            current = Some((count, stager.stage(rows).await?));
        }
        while let Some((count, batch)) = current.take() {
            // The next chunk is staged while the database moves this one,
            // then this one is removed from the staging table.
            let staging_next = async {
                let next = match chunks.next() {
                    Some(chunk) => {
                        let (count, rows) = encode(chunk, stager.rows().await?)?;
                        Some((count, stager.stage(rows).await?))
                    }
                    None => None,
                };
                Ok::<_, Error>(next)
            };
            let (moved, next) = futures::future::join(
                shared_bound(&sql).bind(batch).execute(&mut **tx),
                staging_next,
            )
            .await;
            if let Err(error) = moved {
                // The transaction ends here: nothing staged is moved.
                if let Ok(Some((_, next))) = next {
                    let _ = stager.discard(next).await;
                }
                let _ = stager.discard(batch).await;
                return Err(error.into());
            }
            stager.discard(batch).await?;
            stored(count);
            current = next?;
        }
        stager.finish();
        return Ok(());
    }
    let sql = insert(format!(
        "({})",
        Bulk::new(backend).rows(&mut marks, &NEW_VULNERABILITY)
    ));
    // The next chunk is encoded here while the database executes the current one.
    let mut chunks = rows.chunks(CHUNK);
    let mut current = chunks
        .next()
        .map(|chunk| encode(chunk, BulkRows::new(backend)))
        .transpose()?;
    while let Some((count, batch)) = current.take() {
        let query = shared_bound(&sql).bind(batch);
        let (done, next) = futures::future::join(query.execute(&mut **tx), async {
            chunks
                .next()
                .map(|chunk| encode(chunk, BulkRows::new(backend)))
                .transpose()
        })
        .await;
        done?;
        stored(count);
        current = next?;
    }
    let mut ids: Vec<&str> = rows.iter().map(|row| row.id.as_str()).collect();
    ids.sort_unstable();
    record_sightings(tx, backend, scan, &ids, Sightings::First, &mut |_| ()).await
}

/// Where new vulnerabilities are staged on PostgreSQL (migration 17).
const STAGED_VULNERABILITIES: &str = "security_staged_vulnerabilities";

/// Whether the vulnerabilities sighted are new (their first sighting is
/// inserted) or known (their sighting is updated).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sightings {
    First,
    Again,
}

/// Records that the vulnerabilities `ids` (of the scan's organisation; in
/// ascending order, so the table is walked in order) were reported by
/// `scan`: when and at which commit (`security_sightings`), a chunk of ids
/// per statement. A new vulnerability's sighting is inserted (no conflict to
/// look for: on PostgreSQL, 0.5 → 0.3 s for 100,000 rows in SQL alone); a
/// known one's is replaced, or added should it be missing.
async fn record_sightings(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    scan: &ScanRow,
    ids: &[&str],
    sightings: Sightings,
    recorded: &mut (dyn FnMut(usize) + Send),
) -> Result<()> {
    let mut marks = Placeholders::new(backend);
    let (organization, seen_at, commit) = (marks.mark(), marks.mark(), marks.mark());
    let on_conflict = match sightings {
        Sightings::First => "",
        Sightings::Again => {
            " WHERE true ON CONFLICT (vulnerability_id) DO UPDATE
             SET last_seen_us = excluded.last_seen_us, commit_sha = excluded.commit_sha"
        }
    };
    let sql = format!(
        "INSERT INTO security_sightings (vulnerability_id, sighting_organization_id, last_seen_us, commit_sha)
         SELECT ids.*, {organization}, CAST({seen_at} AS BIGINT), {commit} FROM ({}) AS ids{on_conflict}",
        Bulk::new(backend).texts(&mut marks)
    );
    for chunk in ids.chunks(SIGHTINGS_CHUNK) {
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(scan.scope.organization_id.clone())
            .bind(scan.created_at_us)
            .bind(scan.scope.commit_sha.clone())
            .bind(json_text(&chunk)?)
            .execute(&mut **tx)
            .await?;
        recorded(chunk.len());
    }
    Ok(())
}

/// Ids per statement of [`record_sightings`] (narrow rows: more than [`CHUNK`]).
const SIGHTINGS_CHUNK: usize = 10_000;

/// Inserts many occurrences: (vulnerability id, finding, merge reason).
pub async fn insert_occurrences(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    scan: &ScanRow,
    rows: &[(String, &Finding, String)],
) -> Result<()> {
    let mut marks = Placeholders::new(backend);
    let (scan_id, commit, seen) = (marks.mark(), marks.mark(), marks.mark());
    let sql = format!(
        "INSERT INTO security_occurrences (vulnerability_id, tool, rule_id, file_path, line, merge_reason,
             scan_id, commit_sha, seen_at_us)
         SELECT v.*, {scan_id}, {commit}, CAST({seen} AS BIGINT) FROM ({}) AS v",
        Bulk::new(backend).rows(
            &mut marks,
            &[
                ("vulnerability_id", Column::Text),
                ("tool", Column::Text),
                ("rule_id", Column::Text),
                ("file_path", Column::Text),
                ("line", Column::Integer),
                ("merge_reason", Column::Text),
            ]
        )
    );
    for chunk in rows.chunks(CHUNK) {
        let mut batch = BulkRows::new(backend);
        for (vulnerability_id, finding, reason) in chunk {
            batch
                .row()
                .text(vulnerability_id)
                .text(&finding.tool)
                .text(&finding.rule_id)
                .text(&finding.file_path)
                .integer(i64::from(finding.line.unwrap_or(0)))
                .text(reason);
        }
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(scan.id.clone())
            .bind(scan.scope.commit_sha.clone())
            .bind(scan.created_at_us)
            .bind(batch.finish())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// A known vulnerability reported again.
#[derive(Debug)]
pub struct SeenAgain<'a> {
    /// Vulnerability id.
    pub id: &'a str,
    /// Latest content.
    pub finding: &'a Finding,
    /// Tools reporting it after this report, as stored (a JSON list), or ""
    /// when they are those already stored.
    pub tools: String,
    /// Whether it comes back from resolved.
    pub reopen: bool,
    /// Whether the stored row changes (place, tools or status); otherwise only
    /// its sighting is recorded.
    pub changed: bool,
}

/// Records many re-reported vulnerabilities: the sighting of each (when, at
/// which commit), and, for those whose place, tools or status change, the
/// row, a chunk per statement (`UPDATE … FROM`, understood by SQLite ≥ 3.33
/// and PostgreSQL). An unchanged re-import writes only the narrow sightings;
/// rows that only come back leave status and resolution alone, so the status
/// indexes are not rewritten for them.
pub async fn seen_again_all(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    scan: &ScanRow,
    rows: &[SeenAgain<'_>],
    stored: &mut (dyn FnMut(usize) + Send),
) -> Result<()> {
    // In id order: ids grow with insertion, so the tables and their keys are
    // read in order rather than at random (a page read per row).
    let mut ids: Vec<&str> = rows.iter().map(|row| row.id).collect();
    ids.sort_unstable();
    record_sightings(tx, backend, scan, &ids, Sightings::Again, stored).await?;
    let (mut reopened, mut changed): (Vec<&SeenAgain<'_>>, Vec<&SeenAgain<'_>>) = rows
        .iter()
        .filter(|row| row.reopen || row.changed)
        .partition(|row| row.reopen);
    reopened.sort_unstable_by_key(|row| row.id);
    changed.sort_unstable_by_key(|row| row.id);
    for (reopen, rows) in [(false, changed), (true, reopened)] {
        let reopening = if reopen {
            ", status = 'open', resolved_at_us = NULL"
        } else {
            ""
        };
        let sql = format!(
            "UPDATE security_vulnerabilities SET
                 file_path = v.file_path, line = v.line, snippet = v.snippet{reopening},
                 tools = CASE WHEN v.tools = '' THEN security_vulnerabilities.tools ELSE v.tools END
             FROM ({}) AS v
             WHERE security_vulnerabilities.id = v.id",
            Bulk::new(backend).rows(
                &mut Placeholders::new(backend),
                &[
                    ("id", Column::Text),
                    ("file_path", Column::Text),
                    ("line", Column::Integer),
                    ("tools", Column::Text),
                    ("snippet", Column::Text),
                ]
            )
        );
        for chunk in rows.chunks(CHUNK) {
            let mut batch = BulkRows::new(backend);
            for row in chunk {
                batch
                    .row()
                    .text(row.id)
                    .text(&row.finding.file_path)
                    .integer(i64::from(row.finding.line.unwrap_or(0)))
                    .text(&row.tools)
                    .text(&row.finding.snippet);
            }
            sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                .bind(batch.finish())
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// A triage decision.
#[derive(Debug, Clone, Copy)]
pub struct Decision<'a> {
    /// New status.
    pub status: Status,
    /// Why.
    pub justification: &'a str,
    /// Expiry of an accepted risk, µs.
    pub accepted_until_us: Option<i64>,
    /// Who decided.
    pub changed_by: &'a str,
}

/// Applies a triage decision; `false` when there is no such vulnerability.
pub async fn set_status(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
    decision: Decision<'_>,
    now_us: i64,
) -> Result<bool> {
    let changed = sqlx::query(
        "UPDATE security_vulnerabilities SET status = $3, status_justification = $4, accepted_until_us = $5,
             status_changed_by = $6, status_changed_us = $7,
             resolved_at_us = CASE WHEN $3 = 'resolved' THEN $7 ELSE NULL END
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(organization_id)
    .bind(id)
    .bind(status_name(decision.status))
    .bind(decision.justification.trim())
    .bind(decision.accepted_until_us)
    .bind(decision.changed_by)
    .bind(now_us)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Assigns (or, with an empty user, unassigns) a vulnerability; its
/// repository and branch, or `None` when there is no such vulnerability.
pub async fn assign(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
    user_id: &str,
) -> Result<Option<(String, String)>> {
    let row = sqlx::query(
        "UPDATE security_vulnerabilities SET assigned_to = $3 WHERE organization_id = $1 AND id = $2
         RETURNING repository_id, branch",
    )
    .bind(organization_id)
    .bind(id)
    .bind(user_id.trim())
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|row| Ok((row.try_get("repository_id")?, row.try_get("branch")?)))
        .transpose()
}

/// An accepted risk reopened by its expiry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reopened {
    /// Organisation.
    pub organization_id: String,
    /// Vulnerability.
    pub id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
}

/// Reopens accepted risks whose expiry passed.
pub async fn reopen_expired(tx: &mut Transaction<'_, Any>, now_us: i64) -> Result<Vec<Reopened>> {
    let rows = sqlx::query(
        "UPDATE security_vulnerabilities SET status = 'open', status_changed_by = 'expiry', status_changed_us = $1
         WHERE status = 'accepted_risk' AND accepted_until_us IS NOT NULL AND accepted_until_us <= $1
         RETURNING organization_id, id, repository_id, branch",
    )
    .bind(now_us)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Reopened {
                organization_id: row.try_get("organization_id")?,
                id: row.try_get("id")?,
                repository_id: row.try_get("repository_id")?,
                branch: row.try_get("branch")?,
            })
        })
        .collect()
}

/// How many open vulnerabilities of the organisation have a CVE that `feed` lists.
pub async fn open_listed_in(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    feed: super::intel::Feed,
) -> Result<i64> {
    let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM security_vulnerabilities v JOIN {} t
           ON t.organization_id = v.organization_id AND t.cve_id = v.cve_id
         WHERE v.organization_id = $1 AND v.status IN ($2, $3)",
        feed.table()
    )))
    .bind(organization_id)
    .bind(status_name(Status::Open))
    .bind(status_name(Status::InProgress))
    .fetch_one(&mut **tx)
    .await?;
    Ok(count)
}

/// What a gate needs of one unresolved vulnerability of a branch, with the
/// organisation's threat intelligence about its CVE.
#[derive(Debug, Clone)]
pub struct GateRow {
    /// Id.
    pub id: String,
    /// Status (never resolved here).
    pub status: Status,
    /// Severity.
    pub severity: Severity,
    /// Kind.
    pub kind: Kind,
    /// Tools that reported it.
    pub tools: Vec<String>,
    /// Rule.
    pub rule_id: String,
    /// CVE (empty when none).
    pub cve_id: String,
    /// CWE number (0 when none).
    pub cwe: u32,
    /// File.
    pub file_path: String,
    /// Component name.
    pub component_name: String,
    /// Component version.
    pub component_version: String,
    /// CVSS base score.
    pub cvss_score: Option<f64>,
    /// First reported, µs.
    pub first_detected_us: i64,
    /// Fingerprint.
    pub fingerprint: String,
    /// Scan that first reported it.
    pub first_scan_id: String,
    /// Commit it was first reported at.
    pub first_commit_sha: String,
    /// The KEV catalogue lists its CVE.
    pub known_exploited: bool,
    /// EPSS probability of its CVE.
    pub epss: Option<f64>,
}

/// Every vulnerability of a branch that is not resolved, with its threat intelligence.
pub async fn gate_rows(
    connection: &mut sqlx::AnyConnection,
    organization_id: &str,
    repository_id: &str,
    branch: &str,
) -> Result<Vec<GateRow>> {
    let sql = format!(
        "SELECT v.id, v.status, v.severity, v.kind, v.tools, v.rule_id, v.cve_id, v.cwe, v.file_path,
                v.component_name, v.component_version, v.cvss_score, v.first_detected_us,
                v.fingerprint, v.first_scan_id, v.first_commit_sha,
                k.cve_id AS kev_cve, e.probability AS epss
         FROM security_vulnerabilities v
         LEFT JOIN security_kev k ON k.organization_id = v.organization_id AND k.cve_id = v.cve_id
         LEFT JOIN security_epss e ON e.organization_id = v.organization_id AND e.cve_id = v.cve_id
         WHERE {} AND v.status <> $4",
        of_branch(Backend::of(connection), "v")
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(organization_id)
        .bind(repository_id)
        .bind(branch)
        .bind(status_name(Status::Resolved))
        .fetch_all(&mut *connection)
        .await?;
    rows.iter()
        .map(|row| {
            let cve_id: String = row.try_get("cve_id")?;
            let listed = !cve_id.is_empty();
            let tools: String = row.try_get("tools")?;
            Ok(GateRow {
                id: row.try_get("id")?,
                status: status_from(&row.try_get::<String, _>("status")?),
                severity: severity_from(row.try_get("severity")?),
                kind: kind_from(&row.try_get::<String, _>("kind")?),
                tools: serde_json::from_str(&tools).unwrap_or_default(),
                rule_id: row.try_get("rule_id")?,
                cwe: u32::try_from(row.try_get::<i64, _>("cwe")?).unwrap_or(0),
                file_path: row.try_get("file_path")?,
                component_name: row.try_get("component_name")?,
                component_version: row.try_get("component_version")?,
                cvss_score: row.try_get("cvss_score")?,
                first_detected_us: row.try_get("first_detected_us")?,
                fingerprint: row.try_get("fingerprint")?,
                first_scan_id: row.try_get("first_scan_id")?,
                first_commit_sha: row.try_get("first_commit_sha")?,
                known_exploited: listed && row.try_get::<Option<String>, _>("kev_cve")?.is_some(),
                epss: if listed { row.try_get("epss")? } else { None },
                cve_id,
            })
        })
        .collect()
}

/// The columns a report reads of each vulnerability, in [`FactRow`]'s order.
const FACT_COLUMNS: [&str; 27] = [
    "v.id",
    "v.repository_id",
    "v.branch",
    "v.fingerprint",
    "v.tool",
    "v.tools",
    "v.rule_id",
    "v.title",
    "v.severity",
    "v.kind",
    "v.cve_id",
    "v.cwe",
    "v.file_path",
    "v.line",
    "v.component_name",
    "v.component_version",
    "v.component_fixed_version",
    "v.component_purl",
    "v.remediation",
    "v.cvss_score",
    "v.status",
    "v.first_detected_us",
    "v.resolved_at_us",
    "v.status_changed_us",
    "s.last_seen_us",
    "k.cve_id",
    "e.probability",
];

/// One vulnerability as the facts query reads it (fields named as the columns).
#[derive(Debug, serde::Deserialize)]
#[allow(missing_docs)]
pub struct FactRow {
    pub id: String,
    pub repository_id: String,
    pub branch: String,
    pub fingerprint: String,
    pub tool: String,
    pub tools: String,
    pub rule_id: String,
    pub title: String,
    pub severity: i64,
    pub kind: String,
    pub cve_id: String,
    pub cwe: i64,
    pub file_path: String,
    pub line: i64,
    pub component_name: String,
    pub component_version: String,
    pub component_fixed_version: String,
    pub component_purl: String,
    pub remediation: String,
    pub cvss_score: Option<f64>,
    pub status: String,
    pub first_detected_us: i64,
    pub resolved_at_us: Option<i64>,
    pub status_changed_us: Option<i64>,
    pub last_seen_us: i64,
    pub kev_cve: Option<String>,
    pub epss: Option<f64>,
}

/// The vulnerabilities of the organisation (or of `repository_id` when not
/// empty) that a view of the period `start_us..=end_us` can need — detected by
/// its end and not closed before its start — read as one aggregated JSON value
/// (there can be hundreds of thousands).
pub async fn facts(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    start_us: i64,
    end_us: i64,
) -> Result<Vec<FactRow>> {
    let head = format!(
        "SELECT {} AS facts
         FROM security_vulnerabilities v
         JOIN security_sightings s ON s.vulnerability_id = v.id
         LEFT JOIN security_kev k ON k.organization_id = v.organization_id AND k.cve_id = v.cve_id
         LEFT JOIN security_epss e ON e.organization_id = v.organization_id AND e.cve_id = v.cve_id",
        Bulk::new(db.backend()).aggregate(&FACT_COLUMNS)
    );
    let text: String = Filtered::new(&head)
        .bound("v.organization_id = ?", organization_id)
        .given("v.repository_id = ?", repository_id)
        .bound("v.first_detected_us <= ?", end_us)
        .bound(
            "v.status IN ('open', 'in_progress') OR s.last_seen_us >= ?
             OR COALESCE(v.resolved_at_us, 0) >= ? OR COALESCE(v.status_changed_us, 0) >= ?",
            start_us,
        )
        .query()
        .fetch_one(db.pool())
        .await?
        .try_get("facts")?;
    serde_json::from_str(&text).map_err(Error::internal)
}

/// Organisations with open vulnerabilities whose SLA breach was not announced yet.
pub async fn organizations_with_unannounced_breaches(db: &Database) -> Result<Vec<String>> {
    let organizations = sqlx::query_scalar(
        "SELECT DISTINCT organization_id FROM security_vulnerabilities
         WHERE status IN ($1, $2) AND sla_breach_announced_us IS NULL",
    )
    .bind(status_name(Status::Open))
    .bind(status_name(Status::InProgress))
    .fetch_all(db.pool())
    .await?;
    Ok(organizations)
}

/// A vulnerability whose SLA breach is announced now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breached {
    /// Id.
    pub id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
    /// Severity.
    pub severity: Severity,
    /// First reported, µs.
    pub first_detected_us: i64,
}

/// Marks as announced (at `now_us`) every open vulnerability of the
/// organisation detected at or before its severity's cutoff (`cutoff` gives
/// it; `i64::MIN` for none) and not announced yet; returns them.
pub async fn mark_breaches_announced(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    now_us: i64,
    cutoff: impl Fn(Severity) -> i64,
) -> Result<Vec<Breached>> {
    let rows = sqlx::query(
        "UPDATE security_vulnerabilities SET sla_breach_announced_us = $2
         WHERE organization_id = $1 AND status IN ($3, $4) AND sla_breach_announced_us IS NULL
           AND ((severity = $5 AND first_detected_us <= $6) OR (severity = $7 AND first_detected_us <= $8)
             OR (severity = $9 AND first_detected_us <= $10) OR (severity = $11 AND first_detected_us <= $12))
         RETURNING id, repository_id, branch, severity, first_detected_us",
    )
    .bind(organization_id)
    .bind(now_us)
    .bind(status_name(Status::Open))
    .bind(status_name(Status::InProgress))
    .bind(severity_number(Severity::Critical))
    .bind(cutoff(Severity::Critical))
    .bind(severity_number(Severity::High))
    .bind(cutoff(Severity::High))
    .bind(severity_number(Severity::Medium))
    .bind(cutoff(Severity::Medium))
    .bind(severity_number(Severity::Low))
    .bind(cutoff(Severity::Low))
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Breached {
                id: row.try_get("id")?,
                repository_id: row.try_get("repository_id")?,
                branch: row.try_get("branch")?,
                severity: severity_from(row.try_get("severity")?),
                first_detected_us: row.try_get("first_detected_us")?,
            })
        })
        .collect()
}
