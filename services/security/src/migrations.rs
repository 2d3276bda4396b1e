//! The security schema.

use secureflow_platform::db::{MigrationSet, MigrationStep};

const SCHEMA: &str = "
    CREATE TABLE security_scans (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        branch TEXT NOT NULL,
        commit_sha TEXT NOT NULL,
        pipeline_execution_id TEXT NOT NULL,
        tool TEXT NOT NULL,
        format TEXT NOT NULL,
        full_scan BIGINT NOT NULL,
        report_bytes BIGINT NOT NULL,
        findings_parsed BIGINT NOT NULL,
        duplicates_in_report BIGINT NOT NULL,
        new_count BIGINT NOT NULL,
        updated_count BIGINT NOT NULL,
        reopened_count BIGINT NOT NULL,
        resolved_count BIGINT NOT NULL,
        uploaded_by TEXT NOT NULL,
        created_at_us BIGINT NOT NULL
    );
    CREATE INDEX security_scans_scope ON security_scans (organization_id, repository_id, branch, created_at_us);
    CREATE TABLE security_vulnerabilities (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        branch TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        severity BIGINT NOT NULL,
        kind TEXT NOT NULL,
        tool TEXT NOT NULL,
        tools TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        cve_id TEXT NOT NULL,
        cwe BIGINT NOT NULL,
        file_path TEXT NOT NULL,
        line BIGINT NOT NULL,
        component_name TEXT NOT NULL,
        component_version TEXT NOT NULL,
        component_fixed_version TEXT NOT NULL,
        component_ecosystem TEXT NOT NULL,
        commit_sha TEXT NOT NULL,
        status TEXT NOT NULL,
        status_justification TEXT NOT NULL,
        assigned_to TEXT NOT NULL,
        secret_preview TEXT NOT NULL,
        snippet TEXT NOT NULL,
        refs TEXT NOT NULL,
        first_detected_us BIGINT NOT NULL,
        last_seen_us BIGINT NOT NULL,
        resolved_at_us BIGINT,
        resolved_by_scan TEXT NOT NULL,
        UNIQUE (organization_id, repository_id, branch, fingerprint)
    );
    CREATE INDEX security_vulnerabilities_list ON security_vulnerabilities (organization_id, status, severity);
    CREATE TABLE security_occurrences (
        vulnerability_id TEXT NOT NULL,
        scan_id TEXT NOT NULL,
        tool TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        file_path TEXT NOT NULL,
        line BIGINT NOT NULL,
        commit_sha TEXT NOT NULL,
        seen_at_us BIGINT NOT NULL,
        merge_reason TEXT NOT NULL
    );
    CREATE INDEX security_occurrences_vulnerability ON security_occurrences (vulnerability_id);";

const TRIAGE: &str = "
    ALTER TABLE security_vulnerabilities ADD COLUMN accepted_until_us BIGINT;
    ALTER TABLE security_vulnerabilities ADD COLUMN status_changed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN status_changed_us BIGINT;";

const DETAILS: &str = "
    ALTER TABLE security_vulnerabilities ADD COLUMN remediation TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN cvss_vector TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN cvss_score DOUBLE PRECISION;
    ALTER TABLE security_vulnerabilities ADD COLUMN cvss_version TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN confidence TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN component_purl TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN secret_hash TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN first_scan_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN first_commit_sha TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN first_file_path TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_vulnerabilities ADD COLUMN first_line BIGINT NOT NULL DEFAULT 0;
    CREATE TABLE security_secret_salts (
        organization_id TEXT PRIMARY KEY,
        sealed_salt TEXT NOT NULL
    );";

/// Quality gates and threat intelligence. `security_branch_versions` is bumped
/// in the transaction of every change to a branch's vulnerabilities, so cached
/// gate inputs know when they are stale; threat intelligence is per
/// organisation (an import by one tenant never changes another's gates).
const GATES: &str = "
    CREATE INDEX security_vulnerabilities_branch ON security_vulnerabilities (organization_id, repository_id, branch, status);
    CREATE TABLE security_policies (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        branch_patterns TEXT NOT NULL,
        conditions TEXT NOT NULL,
        enabled BIGINT NOT NULL,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL
    );
    CREATE INDEX security_policies_organization ON security_policies (organization_id);
    CREATE TABLE security_gates (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        branch TEXT NOT NULL,
        base_branch TEXT NOT NULL,
        commit_sha TEXT NOT NULL,
        scan_id TEXT NOT NULL,
        verdict TEXT NOT NULL,
        policy_verdicts TEXT NOT NULL,
        evaluated_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, repository_id, branch)
    );
    CREATE TABLE security_branch_versions (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        branch TEXT NOT NULL,
        version BIGINT NOT NULL,
        PRIMARY KEY (organization_id, repository_id, branch)
    );
    CREATE TABLE security_kev (
        organization_id TEXT NOT NULL,
        cve_id TEXT NOT NULL,
        date_added TEXT NOT NULL,
        ransomware BIGINT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (organization_id, cve_id)
    );
    CREATE TABLE security_epss (
        organization_id TEXT NOT NULL,
        cve_id TEXT NOT NULL,
        probability DOUBLE PRECISION NOT NULL,
        percentile DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (organization_id, cve_id)
    );
    CREATE TABLE security_intel_imports (
        organization_id TEXT NOT NULL,
        source TEXT NOT NULL,
        entries BIGINT NOT NULL,
        imported_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, source)
    );";

/// When a vulnerability's `sla.breached` event was published (once each).
const BREACHES: &str =
    "ALTER TABLE security_vulnerabilities ADD COLUMN sla_breach_announced_us BIGINT";

/// Generated reports with their content (JSON, CSV and SARIF are all text).
const REPORTS: &str = "
    CREATE TABLE security_reports (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        framework TEXT NOT NULL,
        format TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        start_us BIGINT NOT NULL,
        end_us BIGINT NOT NULL,
        status TEXT NOT NULL,
        content_type TEXT NOT NULL,
        content TEXT,
        error TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        completed_at_us BIGINT
    );
    CREATE INDEX security_reports_organization ON security_reports (organization_id, created_at_us);";

/// Reports' content moves to the blob store: a row names it by key (rows made
/// before keep their content in the row).
const REPORT_BLOBS: &str =
    "ALTER TABLE security_reports ADD COLUMN content_key TEXT NOT NULL DEFAULT ''";

/// Uploaded reports kept (encrypted, in the blob store): the sealed key of
/// each scan's original; NULL when it was not kept.
const ORIGINALS: &str = "ALTER TABLE security_scans ADD COLUMN report_key TEXT";

/// Reports made from the same data for the same spec can be reused
/// (`CreateReportRequest.reuse_within`): each names what it shows and from
/// which data, found by organisation and key.
const REPORT_REUSE: &str = "
    ALTER TABLE security_reports ADD COLUMN reuse_key TEXT NOT NULL DEFAULT '';
    CREATE INDEX security_reports_reuse ON security_reports (organization_id, reuse_key, created_at_us)";

/// Migrations of the security schema.
pub const SECURITY_MIGRATIONS: MigrationSet = MigrationSet {
    service: "security",
    steps: &[
        MigrationStep {
            version: 1,
            description: "scans, vulnerabilities, occurrences",
            sqlite: SCHEMA,
            postgres: SCHEMA,
        },
        MigrationStep {
            version: 2,
            description: "triage: accepted-risk expiry, who changed the status",
            sqlite: TRIAGE,
            postgres: TRIAGE,
        },
        MigrationStep {
            version: 3,
            description: "remediation, CVSS, confidence, purl, salted secret hashes, first report",
            sqlite: DETAILS,
            postgres: DETAILS,
        },
        MigrationStep {
            version: 4,
            description: "policies, gate states, threat intelligence, branch versions",
            sqlite: GATES,
            postgres: GATES,
        },
        MigrationStep {
            version: 5,
            description: "SLA breaches announced once",
            sqlite: BREACHES,
            postgres: BREACHES,
        },
        MigrationStep {
            version: 6,
            description: "generated reports",
            sqlite: REPORTS,
            postgres: REPORTS,
        },
        MigrationStep {
            version: 7,
            description: "organisations' SLA policies, kept from identity's events",
            sqlite: ORGANIZATIONS,
            postgres: ORGANIZATIONS,
        },
        MigrationStep {
            version: 8,
            description: "room in vulnerability pages for in-place updates (PostgreSQL)",
            sqlite: "SELECT 1",
            postgres: FILLFACTOR,
        },
        MigrationStep {
            version: 9,
            description: "stored ranking keys (risk score, SLA deadline) and an index per listing order",
            sqlite: RANKING_SQLITE,
            postgres: RANKING,
        },
        MigrationStep {
            version: 10,
            description: "one index fewer to keep up on ingestion: a branch's rows by the unique key",
            sqlite: ONE_BRANCH_INDEX,
            postgres: ONE_BRANCH_INDEX,
        },
        MigrationStep {
            version: 11,
            description: "sightings (last seen, commit) in a narrow table of their own, so a re-import does not rewrite wide rows",
            sqlite: SIGHTINGS_SQLITE,
            postgres: SIGHTINGS_POSTGRES,
        },
        MigrationStep {
            version: 12,
            description: "repositories' full names and criticality, kept from the repository service's events",
            sqlite: REPOSITORIES,
            postgres: REPOSITORIES,
        },
        MigrationStep {
            version: 13,
            description: "generated reports' content kept in the blob store",
            sqlite: REPORT_BLOBS,
            postgres: REPORT_BLOBS,
        },
        MigrationStep {
            version: 14,
            description: "uploaded reports kept, encrypted, in the blob store",
            sqlite: ORIGINALS,
            postgres: ORIGINALS,
        },
        MigrationStep {
            version: 15,
            description: "reports reusable while their data is unchanged",
            sqlite: REPORT_REUSE,
            postgres: REPORT_REUSE,
        },
        MigrationStep {
            version: 16,
            description: "identifiers compared byte by byte (PostgreSQL)",
            sqlite: "SELECT 1",
            postgres: BYTEWISE_IDENTIFIERS,
        },
        MigrationStep {
            version: 17,
            description: "new vulnerabilities staged with COPY (PostgreSQL)",
            sqlite: "SELECT 1",
            postgres: STAGED_VULNERABILITIES,
        },
        MigrationStep {
            version: 18,
            description: "the repositories' part of an organisation's version read from an index",
            sqlite: REPOSITORIES_VERSION_INDEX,
            postgres: REPOSITORIES_VERSION_INDEX,
        },
    ],
};

/// The repositories' part of an organisation's version (the sum of their
/// event positions, [`crate::store::vulnerabilities::Version`]), which every
/// kept page of vulnerabilities looks at, read from this index alone instead
/// of each repository's row (with 1,000 repositories a kept page cost about a
/// sixth more).
const REPOSITORIES_VERSION_INDEX: &str = "
    CREATE INDEX security_repositories_version
        ON security_repositories (organization_id, event_seq);";

/// What lists are ordered by, stored so a page costs the page: `risk_score` is
/// the risk score when last ranked (-1: not ranked yet; ranked on ingestion and
/// again when threat intelligence, the SLA policy or the score's age term
/// changes, see `crate::ranking`), `sla_due_us` the SLA deadline (the largest
/// value when there is none). One index per documented order, each led by the
/// organisation — on PostgreSQL but `last_seen desc`, which sorted the matching
/// rows until migration 11 gave it an index on the sightings' own table: with
/// `last_seen_us` in an index of the wide table every re-import would have
/// updated each row's every index instead of the row in place (HOT, migration
/// 8), 3 s → 5.7 s for 100,000 findings; and partial indexes for the filters that usually select few
/// (a CVE, a component, an assignee, the statuses other than open and in
/// progress), which cost nothing for the rows they leave out — a new finding
/// has no assignee, a SAST finding no CVE. Queries name the partial index's
/// condition so the planner can use it (`FilterSql`). The first listing index
/// (organisation, status, severity) goes: PostgreSQL preferred it for the
/// default statuses and then sorted the whole organisation.
macro_rules! ranking {
    () => {
        "
    ALTER TABLE security_vulnerabilities ADD COLUMN risk_score DOUBLE PRECISION NOT NULL DEFAULT -1;
    ALTER TABLE security_vulnerabilities ADD COLUMN sla_due_us BIGINT NOT NULL DEFAULT 9223372036854775807;
    CREATE INDEX security_vulnerabilities_risk ON security_vulnerabilities (organization_id, risk_score DESC, id);
    CREATE INDEX security_vulnerabilities_sla_due ON security_vulnerabilities (organization_id, sla_due_us, id);
    CREATE INDEX security_vulnerabilities_severity ON security_vulnerabilities (organization_id, severity DESC, first_detected_us DESC, id);
    CREATE INDEX security_vulnerabilities_first_detected ON security_vulnerabilities (organization_id, first_detected_us DESC, id);
    CREATE INDEX security_vulnerabilities_cve ON security_vulnerabilities (organization_id, cve_id) WHERE cve_id <> '';
    CREATE INDEX security_vulnerabilities_component ON security_vulnerabilities (organization_id, component_name) WHERE component_name <> '';
    CREATE INDEX security_vulnerabilities_assignee ON security_vulnerabilities (organization_id, assigned_to) WHERE assigned_to <> '';
    CREATE INDEX security_vulnerabilities_settled ON security_vulnerabilities (organization_id, status) WHERE status NOT IN ('open', 'in_progress');
    DROP INDEX security_vulnerabilities_list;"
    };
}

const RANKING: &str = ranking!();

/// This service's copy of each organisation's SLA policy (JSON days per
/// severity), kept from `identity.organizations` events; `event_seq` is the log
/// position of the event kept, so an older event never overwrites a newer.
const ORGANIZATIONS: &str = "
    CREATE TABLE security_organizations (
        organization_id TEXT PRIMARY KEY,
        sla_policy TEXT NOT NULL,
        event_seq BIGINT NOT NULL
    );";

/// This service's copy of what it needs of each registered repository, kept
/// from `repository.repositories` events: the full name (lowercase, so a
/// request naming `Acme/API` finds `acme/api`), the business criticality
/// (empty: not recorded), whether it is deleted (in its grace period), and the
/// log position of the event kept.
const REPOSITORIES: &str = "
    CREATE TABLE security_repositories (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        full_name_key TEXT NOT NULL,
        criticality TEXT NOT NULL,
        deleted BIGINT NOT NULL,
        event_seq BIGINT NOT NULL,
        PRIMARY KEY (organization_id, repository_id)
    );
    CREATE INDEX security_repositories_full_name ON security_repositories (organization_id, full_name_key);";

/// [`RANKING`] and, on SQLite (which rewrites an updated row's index entries
/// only for the columns that changed), the index of `last_seen desc`.
const RANKING_SQLITE: &str = concat!(
    ranking!(),
    "
    CREATE INDEX security_vulnerabilities_last_seen ON security_vulnerabilities (organization_id, last_seen_us DESC, id);",
);

/// A branch's vulnerabilities (what ingestion plans against, a gate's inputs)
/// are found through the unique key (organisation, repository, branch,
/// fingerprint), which leads with the same three columns; the second index on
/// them (with the status) cost every new vulnerability one more index entry
/// for no faster read.
const ONE_BRANCH_INDEX: &str = "DROP INDEX security_vulnerabilities_branch";

/// When and at which commit each vulnerability was last reported: the only
/// columns every upload changes for every vulnerability it reports again, kept
/// apart from the wide row (about a kilobyte: texts, place, ranking keys, eight
/// indexes) so a re-import writes about a tenth of the bytes — on SQLite,
/// which rewrites a whole row on update, 0.78 → 0.27 s for 100,000 rows
/// measured in SQL alone; on PostgreSQL, an update no longer makes new entries
/// in the wide table's indexes. With it, `last seen desc` has its index on
/// PostgreSQL too (the column is no longer in the wide table, whose updates
/// stay in place). `sighting_organization_id` is the vulnerability's
/// organisation, named apart so that joined statements stay unambiguous.
macro_rules! sightings {
    ($table_options:literal) => {
        concat!(
            "
    CREATE TABLE security_sightings (
        vulnerability_id TEXT PRIMARY KEY,
        sighting_organization_id TEXT NOT NULL,
        last_seen_us BIGINT NOT NULL,
        commit_sha TEXT NOT NULL
    )",
            $table_options,
            ";
    INSERT INTO security_sightings (vulnerability_id, sighting_organization_id, last_seen_us, commit_sha)
        SELECT id, organization_id, last_seen_us, commit_sha FROM security_vulnerabilities;
    CREATE INDEX security_sightings_last_seen ON security_sightings (sighting_organization_id, last_seen_us DESC, vulnerability_id);
    DROP INDEX IF EXISTS security_vulnerabilities_last_seen;
    ALTER TABLE security_vulnerabilities DROP COLUMN last_seen_us;
    ALTER TABLE security_vulnerabilities DROP COLUMN commit_sha;"
        )
    };
}

/// [`sightings!`] on SQLite: one b-tree keyed by the vulnerability id.
const SIGHTINGS_SQLITE: &str = sightings!(" WITHOUT ROWID");

/// [`sightings!`] on PostgreSQL.
const SIGHTINGS_POSTGRES: &str = sightings!("");

/// Identifiers (ids, organisations, repositories, branches, fingerprints,
/// CVEs) compared byte by byte on PostgreSQL, as SQLite compares every text:
/// under a database's language collation each comparison goes through the C
/// library's `strcoll`, and a vulnerability's row carries six index entries
/// led by such texts — copying 100,000 rows into the table took 3.2–3.5 s
/// with them, 1.7–1.9 s so. Every such column of the service's tables
/// changes at once, so that a join compares two columns of one collation and
/// keeps using their indexes; the order of identifiers made of ASCII letters,
/// digits and dashes (UUIDs, hex digests) is the same either way. Only the
/// indexes are rebuilt; the rows are not rewritten.
const BYTEWISE_IDENTIFIERS: &str = r#"
    ALTER TABLE security_vulnerabilities
        ALTER COLUMN id TYPE TEXT COLLATE "C",
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN repository_id TYPE TEXT COLLATE "C",
        ALTER COLUMN branch TYPE TEXT COLLATE "C",
        ALTER COLUMN fingerprint TYPE TEXT COLLATE "C",
        ALTER COLUMN cve_id TYPE TEXT COLLATE "C",
        ALTER COLUMN first_scan_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_sightings
        ALTER COLUMN vulnerability_id TYPE TEXT COLLATE "C",
        ALTER COLUMN sighting_organization_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_occurrences
        ALTER COLUMN vulnerability_id TYPE TEXT COLLATE "C",
        ALTER COLUMN scan_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_branch_versions
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN repository_id TYPE TEXT COLLATE "C",
        ALTER COLUMN branch TYPE TEXT COLLATE "C";
    ALTER TABLE security_scans
        ALTER COLUMN id TYPE TEXT COLLATE "C",
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN repository_id TYPE TEXT COLLATE "C",
        ALTER COLUMN branch TYPE TEXT COLLATE "C",
        ALTER COLUMN pipeline_execution_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_gates
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN repository_id TYPE TEXT COLLATE "C",
        ALTER COLUMN branch TYPE TEXT COLLATE "C",
        ALTER COLUMN scan_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_policies
        ALTER COLUMN id TYPE TEXT COLLATE "C",
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN repository_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_reports
        ALTER COLUMN id TYPE TEXT COLLATE "C",
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN repository_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_repositories
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN repository_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_organizations ALTER COLUMN organization_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_secret_salts ALTER COLUMN organization_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_intel_imports ALTER COLUMN organization_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_kev
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN cve_id TYPE TEXT COLLATE "C";
    ALTER TABLE security_epss
        ALTER COLUMN organization_id TYPE TEXT COLLATE "C",
        ALTER COLUMN cve_id TYPE TEXT COLLATE "C";"#;

/// Every upload updates the rows of the vulnerabilities it reports again
/// (`last_seen_us`, the commit, the place): with room left in each page
/// PostgreSQL updates them in place (no new index entries) when no indexed
/// column changes. SQLite has no such setting.
const FILLFACTOR: &str = "ALTER TABLE security_vulnerabilities SET (fillfactor = 70)";

/// New vulnerabilities staged with `COPY` before ingestion's transaction moves
/// them into `security_vulnerabilities`, a batch per statement (see
/// `secureflow_platform::bulk::Staging`): the columns of
/// `store::vulnerabilities::NEW_VULNERABILITY`, typed as in the table (taken
/// from it), without its constraints, which the move checks. Unlogged: a
/// batch lives for the moments between its `COPY` and its move.
const STAGED_VULNERABILITIES: &str = "
    CREATE UNLOGGED TABLE security_staged_vulnerabilities AS
        SELECT CAST(0 AS BIGINT) AS batch, id, fingerprint, title, description, severity, kind,
            tool, tools, rule_id, cve_id, cwe, file_path, line, component_name, component_version,
            component_fixed_version, component_ecosystem, component_purl, status, secret_preview,
            secret_hash, snippet, refs, remediation, cvss_vector, cvss_score, cvss_version,
            confidence, risk_score, sla_due_us
        FROM security_vulnerabilities
        WITH NO DATA;
    ALTER TABLE security_staged_vulnerabilities ALTER COLUMN batch SET NOT NULL;
    CREATE INDEX security_staged_vulnerabilities_by_batch ON security_staged_vulnerabilities (batch);
    CREATE SEQUENCE security_staged_vulnerabilities_batch;";
