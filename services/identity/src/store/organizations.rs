//! `identity_organizations` (tenants, their settings, whether other services were told of them) and `identity_setup_tokens` (one-time tokens that create an organisation's first admin).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// An organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationRow {
    /// Id.
    pub id: String,
    /// Unique slug.
    pub slug: String,
    /// Display name.
    pub display_name: String,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
    /// Remediation SLA as JSON (`critical_days`, `high_days`, `medium_days`,
    /// `low_days`); empty for the defaults.
    pub sla_policy: String,
}

fn organization_from_row(row: &AnyRow) -> Result<OrganizationRow> {
    Ok(OrganizationRow {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        display_name: row.try_get("display_name")?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
        sla_policy: row.try_get("sla_policy")?,
    })
}

/// How many organisations exist (0 means a fresh installation).
pub async fn organization_count(db: &Database) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM identity_organizations")
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get("n")?)
}

/// Inserts an organisation.
pub async fn insert_organization(
    tx: &mut Transaction<'_, Any>,
    org: &OrganizationRow,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_organizations (id, slug, display_name, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&org.id)
    .bind(&org.slug)
    .bind(&org.display_name)
    .bind(org.created_at_us)
    .bind(org.updated_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An organisation by id.
pub async fn organization(db: &Database, id: &str) -> Result<Option<OrganizationRow>> {
    let query = sqlx::query("SELECT * FROM identity_organizations WHERE id = $1").bind(id);
    db.row(query, organization_from_row).await
}

/// An organisation by id, read inside a transaction.
pub async fn organization_in(
    tx: &mut Transaction<'_, Any>,
    id: &str,
) -> Result<Option<OrganizationRow>> {
    let row = sqlx::query("SELECT * FROM identity_organizations WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(organization_from_row).transpose()
}

/// Organisations never announced with an `identity.organizations` event.
pub async fn unannounced_organizations(db: &Database) -> Result<Vec<OrganizationRow>> {
    let query = sqlx::query("SELECT * FROM identity_organizations WHERE announced = 0 ORDER BY id");
    db.rows(query, organization_from_row).await
}

/// Records that an organisation's event is in the outbox (same transaction).
pub async fn mark_announced(tx: &mut Transaction<'_, Any>, id: &str) -> Result<()> {
    sqlx::query("UPDATE identity_organizations SET announced = 1 WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// An organisation by slug.
pub async fn organization_by_slug(db: &Database, slug: &str) -> Result<Option<OrganizationRow>> {
    let query = sqlx::query("SELECT * FROM identity_organizations WHERE slug = $1").bind(slug);
    db.row(query, organization_from_row).await
}

/// Changes an organisation's display name.
pub async fn rename_organization(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    display_name: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE identity_organizations SET display_name = $2, updated_at_us = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(display_name)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Sets an organisation's SLA policy (JSON, see [`OrganizationRow::sla_policy`]).
pub async fn set_sla_policy(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    sla_policy: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE identity_organizations SET sla_policy = $2, updated_at_us = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(sla_policy)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Stores the one-time setup token of an organisation.
pub async fn insert_setup_token(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    token_hash: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_setup_tokens (organization_id, token_hash, created_at_us) VALUES ($1, $2, $3)",
    )
    .bind(organization_id)
    .bind(token_hash)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Spends a setup token; returns its organisation, or `None` if unknown or spent.
pub async fn redeem_setup_token(
    tx: &mut Transaction<'_, Any>,
    token_hash: &str,
) -> Result<Option<String>> {
    let row = sqlx::query(
        "UPDATE identity_setup_tokens SET redeemed_at_us = $2
         WHERE token_hash = $1 AND redeemed_at_us IS NULL RETURNING organization_id",
    )
    .bind(token_hash)
    .bind(now_micros())
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|row| Ok(row.try_get("organization_id")?))
        .transpose()
}

/// The organisation a setup token (by hash) belongs to, redeemed or not.
pub async fn setup_token_organization(db: &Database, token_hash: &str) -> Result<Option<String>> {
    let row =
        sqlx::query("SELECT organization_id FROM identity_setup_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(db.pool())
            .await?;
    row.map(|row| Ok(row.try_get("organization_id")?))
        .transpose()
}
