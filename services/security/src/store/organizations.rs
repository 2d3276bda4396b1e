//! `security_organizations`: this service's copy of what it needs of each
//! organisation — today its SLA policy. Identity owns organisations; this copy
//! is kept current from identity's `organization.changed` events
//! ([`crate::events`]), so no query here reaches another service's tables.

use secureflow_platform::Result;
use sqlx::{Any, AnyConnection, Transaction};

use crate::domain::sla::SlaPolicy;

/// The organisation's SLA policy (the defaults until identity says otherwise).
pub async fn sla_policy(
    connection: &mut AnyConnection,
    organization_id: &str,
) -> Result<SlaPolicy> {
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT sla_policy FROM security_organizations WHERE organization_id = $1",
    )
    .bind(organization_id)
    .fetch_optional(&mut *connection)
    .await?;
    Ok(stored
        .filter(|text| !text.is_empty())
        .and_then(|text| serde_json::from_str::<SlaPolicy>(&text).ok())
        .unwrap_or_default())
}

/// Keeps what an `identity.organizations` event at log position `event_seq`
/// says, unless a later event's is already kept (delivery is at least once).
pub async fn save(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    sla_policy: &SlaPolicy,
    event_seq: i64,
) -> Result<()> {
    let text = serde_json::to_string(sla_policy).map_err(secureflow_platform::Error::internal)?;
    sqlx::query(
        "INSERT INTO security_organizations (organization_id, sla_policy, event_seq)
         VALUES ($1, $2, $3)
         ON CONFLICT (organization_id) DO UPDATE SET sla_policy = $2, event_seq = $3
         WHERE security_organizations.event_seq <= $3",
    )
    .bind(organization_id)
    .bind(text)
    .bind(event_seq)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
