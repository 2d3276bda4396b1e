//! `security_repositories`: this service's copy of what it needs of each
//! registered repository — its full name (to accept either the id or the
//! full name wherever a request names a repository), its business
//! criticality (a factor of every risk score) and whether it is deleted. The
//! repository service owns repositories; this copy is kept current from its
//! `repository.repositories` events ([`crate::events`]).

use std::collections::HashMap;

use secureflow_platform::Result;
use sqlx::{Any, AnyConnection, Row, Transaction};

use crate::domain::risk::Criticality;

/// What the copy holds of one repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Id.
    pub repository_id: String,
    /// Full name in lowercase.
    pub full_name_key: String,
    /// Business criticality.
    pub criticality: Criticality,
    /// Deleted and waiting for its purge.
    pub deleted: bool,
}

/// Keeps what an event at log position `event_seq` says of a repository,
/// unless a later event's is already kept (delivery is at least once);
/// whether it was kept.
pub async fn save(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    known: &Known,
    event_seq: i64,
) -> Result<bool> {
    let kept = sqlx::query(
        "INSERT INTO security_repositories
             (organization_id, repository_id, full_name_key, criticality, deleted, event_seq)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (organization_id, repository_id) DO UPDATE
             SET full_name_key = $3, criticality = $4, deleted = $5, event_seq = $6
         WHERE security_repositories.event_seq <= $6",
    )
    .bind(organization_id)
    .bind(&known.repository_id)
    .bind(&known.full_name_key)
    .bind(criticality_name(known.criticality))
    .bind(i64::from(known.deleted))
    .bind(event_seq)
    .execute(&mut **tx)
    .await?;
    Ok(kept.rows_affected() > 0)
}

/// Forgets a repository (purged).
pub async fn remove(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
) -> Result<()> {
    sqlx::query(
        "DELETE FROM security_repositories WHERE organization_id = $1 AND repository_id = $2",
    )
    .bind(organization_id)
    .bind(repository_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The repository a request names by its id or by its full name (any case),
/// if it is registered.
pub async fn find(
    connection: &mut AnyConnection,
    organization_id: &str,
    named: &str,
) -> Result<Option<Known>> {
    // Each half along its own index (an `OR` of the two let SQLite walk
    // every repository of the organisation).
    let row = sqlx::query(
        "SELECT * FROM (
             SELECT repository_id, full_name_key, criticality, deleted FROM security_repositories
             WHERE organization_id = $1 AND repository_id = $2
             UNION ALL
             SELECT repository_id, full_name_key, criticality, deleted FROM security_repositories
             WHERE organization_id = $1 AND full_name_key = $3
         ) AS known ORDER BY deleted LIMIT 1",
    )
    .bind(organization_id)
    .bind(named)
    .bind(named.to_lowercase())
    .fetch_optional(&mut *connection)
    .await?;
    row.map(|row| {
        Ok(Known {
            repository_id: row.try_get("repository_id")?,
            full_name_key: row.try_get("full_name_key")?,
            criticality: Criticality::from_name(&row.try_get::<String, _>("criticality")?),
            deleted: row.try_get::<i64, _>("deleted")? != 0,
        })
    })
    .transpose()
}

/// Two columns changing whenever a repository of the organisation bound at
/// `$1` is kept or forgotten (the sum of their event positions, which a kept
/// change raises, and their number), for versions composed elsewhere
/// ([`super::vulnerabilities::Version`]).
pub(crate) const REPOSITORIES_VERSION: [&str; 2] = [
    "(SELECT CAST(COALESCE(SUM(event_seq), 0) AS BIGINT) FROM security_repositories
      WHERE organization_id = $1)",
    "(SELECT COUNT(*) FROM security_repositories WHERE organization_id = $1)",
];

/// The criticality of each of the organisation's repositories that has one
/// recorded (the others are [`Criticality::Unknown`]).
pub async fn criticalities(
    connection: &mut AnyConnection,
    organization_id: &str,
) -> Result<HashMap<String, Criticality>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT repository_id, criticality FROM security_repositories
         WHERE organization_id = $1 AND criticality <> ''",
    )
    .bind(organization_id)
    .fetch_all(&mut *connection)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| (id, Criticality::from_name(&name)))
        .collect())
}

/// Criticality as stored: empty when not recorded.
fn criticality_name(criticality: Criticality) -> &'static str {
    match criticality {
        Criticality::Unknown => "",
        level => level.name(),
    }
}
