//! First start: with an empty database, create the default organisation, a
//! signing key and a one-time setup token for the first admin (printed once), and
//! — when `bootstrap_admin_token` is configured — an admin API token with exactly
//! that value. Later starts only make sure a signing key exists.

use std::collections::BTreeSet;

use secureflow_platform::config::Config;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::EventContext;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{ErrorCode, Result};

use crate::domain::credentials::{SETUP_TOKEN_PREFIX, display_prefix, new_secret, secret_hash};
use crate::jwt::signing_key_context;
use crate::store::{self, ApiTokenRow, OrganizationRow};

/// Slug of the organisation created on first start.
pub const DEFAULT_ORGANIZATION: &str = "default";

/// What the first start created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bootstrapped {
    /// The organisation.
    pub organization_id: String,
    /// The one-time setup token (shown once).
    pub setup_token: String,
}

/// Initialises an empty database; `None` when it was initialised before (or by
/// a concurrent starter).
pub async fn initialise(
    db: &Database,
    config: &Config,
    secrets: &Secrets,
    all_permissions: &BTreeSet<String>,
) -> Result<Option<Bootstrapped>> {
    seal_legacy_keys(db, secrets).await?;
    ensure_signing_key(db, secrets).await?;
    // Refuse to start (rather than fail every log-in later) when the configured
    // keys cannot open what is stored, e.g. an old key retired too early.
    for (kid, sealed) in store::signing_keys(db).await? {
        secrets
            .open(&sealed, &signing_key_context(&kid))
            .map_err(|error| {
                secureflow_platform::Error::new(
                    ErrorCode::FailedPrecondition,
                    format!(
                        "signing key {kid} cannot be opened with the configured secrets keys: {}",
                        error.message()
                    ),
                )
            })?;
    }
    if store::organization_count(db).await? > 0 {
        return Ok(None);
    }
    let now = now_micros();
    let organization = OrganizationRow {
        id: uuid::Uuid::now_v7().to_string(),
        slug: DEFAULT_ORGANIZATION.to_owned(),
        display_name: "Default organisation".to_owned(),
        created_at_us: now,
        updated_at_us: now,
        sla_policy: String::new(),
    };
    let setup_token = new_secret(SETUP_TOKEN_PREFIX);
    let mut tx = db.begin().await?;
    match store::insert_organization(&mut tx, &organization).await {
        Err(error) if error.code() == ErrorCode::AlreadyExists => return Ok(None),
        other => other?,
    }
    store::insert_setup_token(&mut tx, &organization.id, &secret_hash(&setup_token)).await?;
    let admin_token = &config.bootstrap_admin_token;
    if !admin_token.is_empty() {
        let token = ApiTokenRow {
            id: uuid::Uuid::now_v7().to_string(),
            organization_id: organization.id.clone(),
            name: "bootstrap-admin".to_owned(),
            secret_hash: secret_hash(admin_token),
            prefix: display_prefix(admin_token),
            permissions: all_permissions.iter().cloned().collect(),
            created_by: crate::tokens::OPERATOR.to_owned(),
            expire_at_us: now
                + i64::from(
                    crate::config::IdentityConfig::of(config)
                        .unwrap_or_default()
                        .max_api_token_days,
                ) * 86_400
                    * 1_000_000,
            last_used_us: None,
            revoked_at_us: None,
            created_at_us: now,
        };
        store::insert_api_token(&mut tx, &token).await?;
    }
    tx.commit().await?;
    Ok(Some(Bootstrapped {
        organization_id: organization.id,
        setup_token,
    }))
}

async fn ensure_signing_key(db: &Database, secrets: &Secrets) -> Result<()> {
    if !store::signing_keys(db).await?.is_empty() {
        return Ok(());
    }
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).expect("the operating system's random source works");
    let kid = uuid::Uuid::now_v7().to_string();
    let sealed = secrets.seal(&secret, &signing_key_context(&kid))?;
    let mut tx = db.begin().await?;
    store::insert_signing_key(&mut tx, &kid, &sealed).await?;
    Ok(tx.commit().await?)
}

/// Seals keys written in clear by earlier versions and erases the clear bytes.
async fn seal_legacy_keys(db: &Database, secrets: &Secrets) -> Result<()> {
    for (kid, secret) in store::legacy_signing_keys(db).await? {
        let sealed = secrets.seal(&secret, &signing_key_context(&kid))?;
        store::set_sealed_signing_key(db, &kid, &sealed).await?;
    }
    Ok(())
}

/// Re-wraps every sealed identity secret (signing keys, OpenID Connect client
/// secrets) under the active key version; returns how many still use another
/// version (0 when rotation is complete).
pub async fn rewrap_secrets(db: &Database, secrets: &Secrets) -> Result<i64> {
    let keys = secrets
        .rewrap_each(
            "signing key",
            store::signing_keys(db).await?,
            |kid, sealed| async move { store::set_sealed_signing_key(db, &kid, &sealed).await },
        )
        .await?;
    let clients = store::oidc::CLIENT_SECRETS.rewrap(db, secrets).await?;
    Ok(i64::try_from(keys + clients).unwrap_or(i64::MAX))
}

/// Creates another organisation (tenant) with a one-time setup token for its
/// first admin; returns the organisation and the token.
pub async fn create_organization(
    db: &Database,
    events: &EventContext,
    slug: &str,
    display_name: &str,
) -> Result<(OrganizationRow, String)> {
    let valid_slug = (2..=63).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if !valid_slug {
        return Err(secureflow_platform::Error::invalid_field(
            "organization.slug",
            "must be 2 to 63 lower-case letters, digits or inner hyphens",
        ));
    }
    let name = display_name.trim();
    if name.is_empty() || name.len() > 200 {
        return Err(secureflow_platform::Error::invalid_field(
            "organization.display_name",
            "must be 1 to 200 characters",
        ));
    }
    let now = now_micros();
    let organization = OrganizationRow {
        id: uuid::Uuid::now_v7().to_string(),
        slug: slug.to_owned(),
        display_name: name.to_owned(),
        created_at_us: now,
        updated_at_us: now,
        sla_policy: String::new(),
    };
    let setup_token = new_secret(SETUP_TOKEN_PREFIX);
    let mut tx = db.begin().await?;
    store::insert_organization(&mut tx, &organization)
        .await
        .map_err(|error| match error.code() {
            ErrorCode::AlreadyExists => secureflow_platform::Error::new(
                ErrorCode::AlreadyExists,
                format!("organisation `{slug}` exists"),
            ),
            _ => error,
        })?;
    store::insert_setup_token(&mut tx, &organization.id, &secret_hash(&setup_token)).await?;
    let events = EventContext {
        organization_id: organization.id.clone(),
        ..events.clone()
    };
    crate::events::organization_changed(&mut tx, db.backend(), &events, &organization, "created")
        .await?;
    tx.commit().await?;
    Ok((organization, setup_token))
}

/// Tells the operator how to finish the set-up. Written to stderr, not the log
/// pipeline, so the token does not travel to log aggregation.
pub fn announce(bootstrapped: &Bootstrapped, admin_token_configured: bool) {
    eprintln!(
        "\n  SecureFlow first start: organisation `{DEFAULT_ORGANIZATION}` created.\n  \
         Create the first admin with this one-time setup token (shown only now):\n\n    {}\n\n  \
         e.g. IdentityService/RedeemSetupToken or POST /api/v1/auth/setup\n",
        bootstrapped.setup_token
    );
    if admin_token_configured {
        eprintln!(
            "  An admin API token with the configured SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN value was created.\n"
        );
    }
}
