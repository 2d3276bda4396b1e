//! What the identity service publishes: `identity.organizations` when an
//! organisation is created or its settings change (other services keep a copy
//! of what they need: the security service's SLA deadlines). It consumes
//! nothing.

use secureflow_platform::Result;
use secureflow_platform::db::{Backend, Database};
use secureflow_platform::events::{self, EventContext, Publisher};
use secureflow_proto::secureflow::events::v1::{OrganizationChanged, SlaDays, envelope};
use sqlx::{Any, Transaction};

use crate::store::{self, OrganizationRow};

/// Envelopes of this service.
pub const PUBLISHER: Publisher = Publisher::new("secureflow.identity.v1.IdentityService");

/// Appends `identity.organizations` for `organization` as it now is, and marks
/// it announced, inside the changing transaction.
pub async fn organization_changed(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    context: &EventContext,
    organization: &OrganizationRow,
    change: &str,
) -> Result<()> {
    let sla_policy = crate::convert::organization(organization)
        .sla_policy
        .map(|sla| SlaDays {
            critical_days: sla.critical_days,
            high_days: sla.high_days,
            medium_days: sla.medium_days,
            low_days: sla.low_days,
        });
    let data = envelope::Data::OrganizationChanged(OrganizationChanged {
        organization_id: organization.id.clone(),
        change: change.to_owned(),
        sla_policy,
    });
    let envelope = PUBLISHER.envelope(context, organization.id.clone(), data);
    events::append(tx, backend, &envelope).await?;
    store::mark_announced(tx, &organization.id).await
}

/// Announces every organisation not announced yet; returns how many.
pub async fn announce_organizations(db: &Database) -> Result<usize> {
    let pending = store::unannounced_organizations(db).await?;
    for organization in &pending {
        let mut tx = db.begin().await?;
        let context = EventContext::system(&organization.id);
        organization_changed(&mut tx, db.backend(), &context, organization, "announced").await?;
        tx.commit().await?;
    }
    Ok(pending.len())
}
