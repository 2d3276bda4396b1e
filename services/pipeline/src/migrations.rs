//! The pipeline schema.

use secureflow_platform::db::{MigrationSet, MigrationStep};

/// Pipelines, every version of their definitions (an execution names the
/// version it ran), their secrets (sealed, never returned) and the copy of
/// the repository service's repositories (from `repository.repositories`).
const PIPELINES: &str = "
    CREATE TABLE pipeline_pipelines (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        name TEXT NOT NULL,
        enabled BIGINT NOT NULL,
        version BIGINT NOT NULL,
        executions BIGINT NOT NULL,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, repository_id, name)
    );
    CREATE TABLE pipeline_definitions (
        pipeline_id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        version BIGINT NOT NULL,
        definition TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        PRIMARY KEY (pipeline_id, version)
    );
    CREATE TABLE pipeline_secrets (
        pipeline_id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        value_sealed TEXT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        PRIMARY KEY (pipeline_id, name)
    );
    CREATE TABLE pipeline_repositories (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        full_name TEXT NOT NULL,
        default_branch TEXT NOT NULL,
        clone_url TEXT NOT NULL,
        deleted BIGINT NOT NULL,
        event_seq BIGINT NOT NULL
    );";

/// Executions: queued, running and finished, with their stages' and steps'
/// state as one JSON document (written by the one task that runs the
/// execution). `request_id` makes a retried `ExecutePipeline` return the
/// execution the first call queued.
const EXECUTIONS: &str = "
    CREATE TABLE pipeline_executions (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        pipeline_id TEXT NOT NULL,
        number BIGINT NOT NULL,
        pipeline_version BIGINT NOT NULL,
        status TEXT NOT NULL,
        trigger TEXT NOT NULL,
        triggered_by TEXT NOT NULL,
        branch TEXT NOT NULL,
        commit_sha TEXT NOT NULL,
        pull_request_number BIGINT NOT NULL,
        variables TEXT NOT NULL,
        stages TEXT NOT NULL,
        failure_reason TEXT NOT NULL,
        request_id TEXT NOT NULL,
        log_lines BIGINT NOT NULL,
        created_at_us BIGINT NOT NULL,
        started_at_us BIGINT,
        ended_at_us BIGINT,
        UNIQUE (pipeline_id, number)
    );
    CREATE UNIQUE INDEX pipeline_executions_request ON pipeline_executions (pipeline_id, request_id)
        WHERE request_id <> '';
    CREATE INDEX pipeline_executions_status ON pipeline_executions (status, created_at_us);
    CREATE INDEX pipeline_executions_organization ON pipeline_executions (organization_id, pipeline_id, created_at_us);";

/// When each `schedule` trigger of each pipeline fires next. Firing claims
/// the row by moving `next_at_us` on with a conditional update, so of
/// several processes one starts the execution.
const SCHEDULES: &str = "
    CREATE TABLE pipeline_schedules (
        pipeline_id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        cron TEXT NOT NULL,
        next_at_us BIGINT NOT NULL,
        PRIMARY KEY (pipeline_id, cron)
    );
    CREATE INDEX pipeline_schedules_due ON pipeline_schedules (next_at_us);";

/// Re-runs: the execution an execution re-runs.
const RERUNS: &str =
    "ALTER TABLE pipeline_executions ADD COLUMN rerun_of TEXT NOT NULL DEFAULT '';";

/// Artifacts: the files steps produced and executions kept (content in the
/// blob store, named by digest under the execution), until they expire.
const ARTIFACTS: &str = "
    CREATE TABLE pipeline_artifacts (
        execution_id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        stage TEXT NOT NULL,
        step TEXT NOT NULL,
        size_bytes BIGINT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        reused_from TEXT NOT NULL,
        expires_at_us BIGINT NOT NULL,
        PRIMARY KEY (execution_id, name)
    );
    CREATE INDEX pipeline_artifacts_expiry ON pipeline_artifacts (expires_at_us);";

/// The organisation's pipelines in the order ListPipelines gives them, so a
/// page reads its rows and their definitions only (it used to sort every
/// pipeline of the organisation, with its definition, for each page).
const BY_NAME: &str =
    "CREATE INDEX pipeline_pipelines_by_name ON pipeline_pipelines (organization_id, name, id);";

/// The pipeline service's migrations.
pub const PIPELINE_MIGRATIONS: MigrationSet = MigrationSet {
    service: "pipeline",
    steps: &[
        MigrationStep {
            version: 1,
            description: "pipelines, definition versions, secrets, repositories",
            sqlite: PIPELINES,
            postgres: PIPELINES,
        },
        MigrationStep {
            version: 2,
            description: "executions",
            sqlite: EXECUTIONS,
            postgres: EXECUTIONS,
        },
        MigrationStep {
            version: 3,
            description: "schedules",
            sqlite: SCHEDULES,
            postgres: SCHEDULES,
        },
        MigrationStep {
            version: 4,
            description: "re-runs",
            sqlite: RERUNS,
            postgres: RERUNS,
        },
        MigrationStep {
            version: 5,
            description: "artifacts",
            sqlite: ARTIFACTS,
            postgres: ARTIFACTS,
        },
        MigrationStep {
            version: 6,
            description: "pipelines by name",
            sqlite: BY_NAME,
            postgres: BY_NAME,
        },
    ],
};
