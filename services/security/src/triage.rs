//! Triage decisions (status changes, assignment) and the expiry of accepted
//! risks, each change with its `vulnerability.status_changed` event.

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{self as platform_events, EventContext, EventLog};
use secureflow_platform::{Error, Result};

use crate::domain::lifecycle::Status;
use crate::domain::triage;
use crate::store::vulnerabilities::{self, Decision, Reopened, VulnerabilityRow};
use crate::{events, store};

/// Changes a vulnerability's status after checking the triage rules.
pub async fn change_status(
    db: &Database,
    log: &EventLog,
    context: &EventContext,
    id: &str,
    status: Option<Status>,
    justification: &str,
    accepted_until_us: Option<i64>,
) -> Result<VulnerabilityRow> {
    let organization_id = &context.organization_id;
    let status = status.ok_or_else(|| Error::invalid_field("status", "must be set"))?;
    let now = now_micros();
    triage::check(status, justification, accepted_until_us, now)
        .map_err(|(field, problem)| Error::invalid_field(field, problem))?;
    let current = vulnerabilities::vulnerability(db, organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("vulnerability", id))?;
    let mut tx = db.begin().await?;
    vulnerabilities::set_status(
        &mut tx,
        organization_id,
        id,
        Decision {
            status,
            justification,
            accepted_until_us,
            changed_by: &context.actor,
        },
        now,
    )
    .await?;
    let (aggregate, data) = events::status_changed(
        &current.id,
        &current.repository_id,
        current.status,
        status,
        justification.trim(),
    );
    let event = events::PUBLISHER.envelope(context, aggregate, data);
    platform_events::append(&mut tx, db.backend(), &event).await?;
    store::gates::bump_branch(
        &mut tx,
        organization_id,
        &current.repository_id,
        &current.branch,
    )
    .await?;
    tx.commit().await?;
    log.notify_committed();
    vulnerabilities::vulnerability(db, organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("vulnerability", id))
}

/// Reopens every accepted risk whose expiry passed; returns them.
pub async fn reopen_expired(db: &Database, log: &EventLog) -> Result<Vec<Reopened>> {
    let mut tx = db.begin().await?;
    let reopened = vulnerabilities::reopen_expired(&mut tx, now_micros()).await?;
    for Reopened {
        organization_id,
        id,
        repository_id,
        branch,
    } in &reopened
    {
        store::gates::bump_branch(&mut tx, organization_id, repository_id, branch).await?;
        let (aggregate, data) = events::status_changed(
            id,
            repository_id,
            Status::AcceptedRisk,
            Status::Open,
            "the accepted risk expired",
        );
        let event =
            events::PUBLISHER.envelope(&EventContext::system(organization_id), aggregate, data);
        platform_events::append(&mut tx, db.backend(), &event).await?;
    }
    tx.commit().await?;
    if !reopened.is_empty() {
        log.notify_committed();
    }
    Ok(reopened)
}
