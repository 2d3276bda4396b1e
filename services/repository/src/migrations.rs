//! The repository schema.

use secureflow_platform::db::{MigrationSet, MigrationStep};

/// Repositories. A deleted one keeps its row (and its full name) until it is
/// purged after the grace period: `deleted_at_us` is when it was deleted.
const REPOSITORIES: &str = "
    CREATE TABLE repository_repositories (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        full_name TEXT NOT NULL,
        full_name_key TEXT NOT NULL,
        host TEXT NOT NULL,
        clone_url TEXT NOT NULL,
        default_branch TEXT NOT NULL,
        team_id TEXT NOT NULL,
        criticality TEXT NOT NULL,
        languages TEXT NOT NULL,
        labels TEXT NOT NULL,
        archived BIGINT NOT NULL,
        deleted_at_us BIGINT,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, full_name_key)
    );
    CREATE INDEX repository_repositories_team ON repository_repositories (organization_id, team_id);
    CREATE INDEX repository_repositories_deleted ON repository_repositories (deleted_at_us);";

/// Webhooks: a repository's deliveries from its host, each with its secret
/// sealed by the secrets service (`secret_sealed`, never returned).
const WEBHOOKS: &str = "
    CREATE TABLE repository_webhooks (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        host TEXT NOT NULL,
        events TEXT NOT NULL,
        secret_sealed TEXT NOT NULL,
        active BIGINT NOT NULL,
        last_delivery_at_us BIGINT,
        created_at_us BIGINT NOT NULL
    );
    CREATE INDEX repository_webhooks_repository ON repository_webhooks (organization_id, repository_id, created_at_us);";

/// What webhooks delivered and what was learned from it: each accepted
/// delivery once per webhook (the host's delivery id is the idempotency key),
/// branches and their heads, commits, pull/merge requests, and their reviews
/// and review comments (one row each, so a redelivered or backfilled one is
/// counted once).
const DELIVERIES: &str = "
    CREATE TABLE repository_deliveries (
        webhook_id TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        event TEXT NOT NULL,
        outcome TEXT NOT NULL,
        detail TEXT NOT NULL,
        commits_recorded BIGINT NOT NULL,
        received_at_us BIGINT NOT NULL,
        PRIMARY KEY (webhook_id, delivery_id)
    );
    CREATE INDEX repository_deliveries_recent ON repository_deliveries (webhook_id, received_at_us);
    CREATE TABLE repository_branches (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        name TEXT NOT NULL,
        head_sha TEXT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, repository_id, name)
    );
    CREATE TABLE repository_commits (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        sha TEXT NOT NULL,
        branch TEXT NOT NULL,
        message TEXT NOT NULL,
        author_name TEXT NOT NULL,
        author_email TEXT NOT NULL,
        author_user_id TEXT NOT NULL,
        committer_name TEXT NOT NULL,
        committer_email TEXT NOT NULL,
        authored_at_us BIGINT NOT NULL,
        committed_at_us BIGINT,
        parent_shas TEXT NOT NULL,
        additions BIGINT,
        deletions BIGINT,
        files_changed BIGINT,
        recorded_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, repository_id, sha)
    );
    CREATE INDEX repository_commits_recent ON repository_commits (organization_id, repository_id, authored_at_us);
    CREATE TABLE repository_pull_requests (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        number BIGINT NOT NULL,
        title TEXT NOT NULL,
        author TEXT NOT NULL,
        source_branch TEXT NOT NULL,
        target_branch TEXT NOT NULL,
        head_sha TEXT NOT NULL,
        state TEXT NOT NULL,
        draft BIGINT NOT NULL,
        created_at_us BIGINT NOT NULL,
        merged_at_us BIGINT,
        closed_at_us BIGINT,
        merged_by TEXT NOT NULL,
        additions BIGINT,
        deletions BIGINT,
        commits BIGINT,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, repository_id, number)
    );
    CREATE TABLE repository_reviews (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        number BIGINT NOT NULL,
        activity_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        kind TEXT NOT NULL,
        submitted_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, repository_id, number, activity_id)
    );";

/// Connections to the hosts' APIs for backfills, each with its token or
/// GitHub App key sealed by the secrets service (`secret_sealed`, never returned).
const CONNECTIONS: &str = "
    CREATE TABLE repository_connections (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        host TEXT NOT NULL,
        api_url TEXT NOT NULL,
        auth TEXT NOT NULL,
        app_id TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        secret_sealed TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, name)
    );";

/// Each repository's last (or running) backfill: where it stands, what it
/// has read, and its cursor (the page to read next, saved with what each page
/// recorded, so a restart resumes there).
const SYNCS: &str = "
    CREATE TABLE repository_syncs (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        connection_id TEXT NOT NULL,
        state TEXT NOT NULL,
        phase TEXT NOT NULL,
        cursor TEXT NOT NULL,
        branches BIGINT NOT NULL,
        commits BIGINT NOT NULL,
        pull_requests BIGINT NOT NULL,
        reviews BIGINT NOT NULL,
        requests BIGINT NOT NULL,
        resume_at_us BIGINT,
        error TEXT NOT NULL,
        full_sync BIGINT NOT NULL,
        since_us BIGINT,
        started_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        finished_at_us BIGINT,
        last_success_at_us BIGINT,
        PRIMARY KEY (organization_id, repository_id)
    );";

/// Branch protection and commit authors' host logins (both read by
/// backfills), contributors as the hosts count them, and the hosts' accounts
/// linked to e-mail addresses (so a request's author, a reviewer or whoever
/// merged, known only by login, is matched to a user).
const CONTRIBUTORS: &str = "
    ALTER TABLE repository_branches ADD COLUMN protected BIGINT;
    ALTER TABLE repository_commits ADD COLUMN author_login TEXT NOT NULL DEFAULT '';
    ALTER TABLE repository_syncs ADD COLUMN contributors BIGINT NOT NULL DEFAULT 0;
    CREATE TABLE repository_contributors (
        organization_id TEXT NOT NULL,
        repository_id TEXT NOT NULL,
        handle TEXT NOT NULL,
        login TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        commits BIGINT NOT NULL,
        additions BIGINT,
        deletions BIGINT,
        user_id TEXT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, repository_id, handle)
    );
    CREATE INDEX repository_contributors_most ON repository_contributors (organization_id, repository_id, commits);
    CREATE TABLE repository_accounts (
        organization_id TEXT NOT NULL,
        host TEXT NOT NULL,
        login TEXT NOT NULL,
        email TEXT NOT NULL,
        user_id TEXT NOT NULL,
        seen_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, host, login)
    );";

/// The repository service's migrations.
pub const REPOSITORY_MIGRATIONS: MigrationSet = MigrationSet {
    service: "repository",
    steps: &[
        MigrationStep {
            version: 1,
            description: "repositories",
            sqlite: REPOSITORIES,
            postgres: REPOSITORIES,
        },
        MigrationStep {
            version: 2,
            description: "webhooks",
            sqlite: WEBHOOKS,
            postgres: WEBHOOKS,
        },
        MigrationStep {
            version: 3,
            description: "webhook deliveries, branches, commits, pull requests, reviews",
            sqlite: DELIVERIES,
            postgres: DELIVERIES,
        },
        MigrationStep {
            version: 4,
            description: "connections to the hosts' APIs",
            sqlite: CONNECTIONS,
            postgres: CONNECTIONS,
        },
        MigrationStep {
            version: 5,
            description: "backfills and their cursors",
            sqlite: SYNCS,
            postgres: SYNCS,
        },
        MigrationStep {
            version: 6,
            description: "branch protection, commit authors' logins, contributors, host accounts",
            sqlite: CONTRIBUTORS,
            postgres: CONTRIBUTORS,
        },
    ],
};
