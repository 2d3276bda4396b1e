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
    ],
};
