//! The identity schema. Booleans are `BIGINT` 0/1 and times microseconds since the
//! epoch on both backends; only the binary column type differs.

use secureflow_platform::db::{MigrationSet, MigrationStep};

macro_rules! identity_schema {
    ($binary:literal) => {
        concat!(
            "CREATE TABLE identity_organizations (
                id TEXT PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                created_at_us BIGINT NOT NULL,
                updated_at_us BIGINT NOT NULL
            );
            CREATE TABLE identity_users (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL REFERENCES identity_organizations (id) ON DELETE CASCADE,
                email TEXT NOT NULL,
                display_name TEXT NOT NULL,
                password_hash TEXT,
                auth_source TEXT NOT NULL,
                external_subject TEXT,
                active BIGINT NOT NULL,
                failed_logins BIGINT NOT NULL,
                locked_until_us BIGINT,
                last_login_us BIGINT,
                created_at_us BIGINT NOT NULL,
                updated_at_us BIGINT NOT NULL,
                UNIQUE (organization_id, email)
            );
            CREATE TABLE identity_roles (
                id TEXT NOT NULL,
                organization_id TEXT NOT NULL REFERENCES identity_organizations (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                permissions TEXT NOT NULL,
                created_at_us BIGINT NOT NULL,
                updated_at_us BIGINT NOT NULL,
                PRIMARY KEY (organization_id, id)
            );
            CREATE TABLE identity_role_bindings (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL REFERENCES identity_organizations (id) ON DELETE CASCADE,
                role_id TEXT NOT NULL,
                user_id TEXT,
                team_id TEXT,
                resource_type TEXT,
                resource_id TEXT,
                created_at_us BIGINT NOT NULL
            );
            CREATE INDEX identity_role_bindings_user ON identity_role_bindings (organization_id, user_id);
            CREATE TABLE identity_api_tokens (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL REFERENCES identity_organizations (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                secret_hash TEXT NOT NULL UNIQUE,
                prefix TEXT NOT NULL,
                permissions TEXT NOT NULL,
                created_by TEXT NOT NULL,
                expire_at_us BIGINT NOT NULL,
                last_used_us BIGINT,
                revoked_at_us BIGINT,
                created_at_us BIGINT NOT NULL
            );
            CREATE TABLE identity_refresh_tokens (
                token_hash TEXT PRIMARY KEY,
                family_id TEXT NOT NULL,
                user_id TEXT NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
                organization_id TEXT NOT NULL,
                expire_at_us BIGINT NOT NULL,
                used_at_us BIGINT,
                revoked_at_us BIGINT,
                created_at_us BIGINT NOT NULL
            );
            CREATE INDEX identity_refresh_tokens_family ON identity_refresh_tokens (family_id);
            CREATE TABLE identity_signing_keys (
                kid TEXT PRIMARY KEY,
                secret ", $binary, " NOT NULL,
                created_at_us BIGINT NOT NULL,
                retired_at_us BIGINT
            );
            CREATE TABLE identity_setup_tokens (
                organization_id TEXT PRIMARY KEY REFERENCES identity_organizations (id) ON DELETE CASCADE,
                token_hash TEXT NOT NULL,
                redeemed_at_us BIGINT,
                created_at_us BIGINT NOT NULL
            );"
        )
    };
}

/// Migrations of the identity schema.
pub const IDENTITY_MIGRATIONS: MigrationSet = MigrationSet {
    service: "identity",
    steps: &[
        MigrationStep {
            version: 1,
            description: "organisations, users, roles, bindings, tokens, signing keys, setup",
            sqlite: identity_schema!("BLOB"),
            postgres: identity_schema!("BYTEA"),
        },
        MigrationStep {
            version: 2,
            description: "hash-chained audit log",
            sqlite: AUDIT_SCHEMA,
            postgres: AUDIT_SCHEMA,
        },
        MigrationStep {
            version: 3,
            description: "signing keys sealed at rest",
            sqlite: "ALTER TABLE identity_signing_keys ADD COLUMN sealed_secret TEXT",
            postgres: "ALTER TABLE identity_signing_keys ADD COLUMN sealed_secret TEXT",
        },
        MigrationStep {
            version: 4,
            description: "teams",
            sqlite: TEAMS_SCHEMA,
            postgres: TEAMS_SCHEMA,
        },
        MigrationStep {
            version: 5,
            description: "OpenID Connect providers and pending log-ins",
            sqlite: OIDC_SCHEMA,
            postgres: OIDC_SCHEMA,
        },
        MigrationStep {
            version: 6,
            description: "remediation SLA per organisation (read by the security service)",
            sqlite: SLA_SCHEMA,
            postgres: SLA_SCHEMA,
        },
        MigrationStep {
            version: 7,
            description: "per-user session cut-off: access tokens issued before it are refused",
            sqlite: SESSIONS_SCHEMA,
            postgres: SESSIONS_SCHEMA,
        },
        MigrationStep {
            version: 8,
            description: "keyed audit chain: the sealed audit key and a MAC per record",
            sqlite: AUDIT_KEY_SCHEMA,
            postgres: AUDIT_KEY_SCHEMA,
        },
        MigrationStep {
            version: 9,
            description: "API tokens made with an API token belong to that token's owner",
            sqlite: TOKEN_OWNERS,
            postgres: TOKEN_OWNERS,
        },
        MigrationStep {
            version: 10,
            description: "organisations announced to other services",
            sqlite: ANNOUNCED_SCHEMA,
            postgres: ANNOUNCED_SCHEMA,
        },
        MigrationStep {
            version: 11,
            description: "a user's teams read along an index of the members by user",
            sqlite: MEMBERS_BY_USER,
            postgres: MEMBERS_BY_USER,
        },
    ],
};

/// One chain per organisation; `(organization_id, sequence)` is unique, which
/// serialises concurrent appends (the loser retries on the next sequence).
const AUDIT_SCHEMA: &str = "
    CREATE TABLE identity_audit_log (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        sequence BIGINT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        resource TEXT NOT NULL,
        result TEXT NOT NULL,
        correlation_id TEXT NOT NULL,
        time_us BIGINT NOT NULL,
        change_digest TEXT NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (organization_id, sequence)
    );";

const TEAMS_SCHEMA: &str = "
    CREATE TABLE identity_teams (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES identity_organizations (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        lead_id TEXT,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, name)
    );
    CREATE TABLE identity_team_members (
        team_id TEXT NOT NULL REFERENCES identity_teams (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
        PRIMARY KEY (team_id, user_id)
    );";

const OIDC_SCHEMA: &str = "
    CREATE TABLE identity_oidc_providers (
        organization_id TEXT PRIMARY KEY REFERENCES identity_organizations (id) ON DELETE CASCADE,
        issuer TEXT NOT NULL,
        client_id TEXT NOT NULL,
        sealed_client_secret TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        scopes TEXT NOT NULL,
        groups_claim TEXT NOT NULL,
        group_role_mappings TEXT NOT NULL,
        default_role_id TEXT NOT NULL
    );
    CREATE TABLE identity_oidc_logins (
        state TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        nonce TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        expire_at_us BIGINT NOT NULL
    );";

/// Days per severity as JSON (`{"critical_days":7,…}`); empty means the defaults.
const SLA_SCHEMA: &str =
    "ALTER TABLE identity_organizations ADD COLUMN sla_policy TEXT NOT NULL DEFAULT ''";

/// Access tokens issued before `sessions_valid_after_us` are refused (set when a
/// password changes or a user is deactivated).
const SESSIONS_SCHEMA: &str =
    "ALTER TABLE identity_users ADD COLUMN sessions_valid_after_us BIGINT NOT NULL DEFAULT 0";

/// The installation's audit key (sealed) and each record's MAC of its hash.
const AUDIT_KEY_SCHEMA: &str = "
    CREATE TABLE identity_audit_keys (
        id TEXT PRIMARY KEY,
        sealed_key TEXT NOT NULL,
        created_at_us BIGINT NOT NULL
    );
    ALTER TABLE identity_audit_log ADD COLUMN mac TEXT;";

/// Earlier versions recorded the creating API token's id as a token's creator;
/// a token now belongs to the person (or the operator) behind that token.
/// Applied twice, for tokens two creations deep.
const TOKEN_OWNERS: &str = "
    UPDATE identity_api_tokens SET created_by = (
        SELECT creator.created_by FROM identity_api_tokens creator
        WHERE creator.id = identity_api_tokens.created_by)
    WHERE created_by IN (SELECT id FROM identity_api_tokens);
    UPDATE identity_api_tokens SET created_by = (
        SELECT creator.created_by FROM identity_api_tokens creator
        WHERE creator.id = identity_api_tokens.created_by)
    WHERE created_by IN (SELECT id FROM identity_api_tokens);";

/// Whether an organisation's `identity.organizations` event was published
/// (existing organisations are announced once at the next start).
const ANNOUNCED_SCHEMA: &str =
    "ALTER TABLE identity_organizations ADD COLUMN announced INTEGER NOT NULL DEFAULT 0";

/// A user's teams (listed with the user, and behind the roles a user holds
/// through them) were found by reading every membership: the members' key
/// begins with the team.
const MEMBERS_BY_USER: &str =
    "CREATE INDEX identity_team_members_user ON identity_team_members (user_id, team_id)";
