//! Triage decisions (status changes, assignment) and the expiry of accepted
//! risks, each status change with its `vulnerability.status_changed` event and
//! the re-evaluation of the gates it can flip.

use secureflow_platform::auth::Authenticator;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{self as platform_events, EventContext, EventLog};
use secureflow_platform::{Error, Result};

use crate::domain::lifecycle::Status;
use crate::domain::triage;
use crate::gates::{Affected, Gates};
use crate::store::vulnerabilities::{self, Decision, Reopened, VulnerabilityRow};
use crate::{events, store};

/// A requested status change.
#[derive(Debug, Clone, Copy)]
pub struct StatusChange<'a> {
    /// The vulnerability.
    pub id: &'a str,
    /// The new status (`None`: not given).
    pub status: Option<Status>,
    /// Why.
    pub justification: &'a str,
    /// When an accepted risk expires, µs.
    pub accepted_until_us: Option<i64>,
}

/// Changes a vulnerability's status after checking the triage rules, then
/// re-evaluates the gates of its branch and of the branches it is the base of.
pub async fn change_status(
    db: &Database,
    log: &EventLog,
    gates: &Gates,
    context: &EventContext,
    change: StatusChange<'_>,
) -> Result<VulnerabilityRow> {
    let StatusChange {
        id,
        status,
        justification,
        accepted_until_us,
    } = change;
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
    store::vulnerabilities::bump_branch(
        &mut tx,
        organization_id,
        &current.repository_id,
        &current.branch,
    )
    .await?;
    tx.commit().await?;
    log.notify_committed();
    let affected = Affected::Branch {
        repository: &current.repository_id,
        branch: &current.branch,
    };
    gates.reevaluate(context, affected, "triage").await?;
    vulnerabilities::vulnerability(db, organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("vulnerability", id))
}

/// Assigns a vulnerability to a person of the organisation (`identity`
/// answers who is), or unassigns it with an empty `assignee`.
pub async fn assign(
    db: &Database,
    identity: &dyn Authenticator,
    context: &EventContext,
    id: &str,
    assignee: &str,
) -> Result<VulnerabilityRow> {
    let organization_id = &context.organization_id;
    if !assignee.is_empty() && !identity.is_member(organization_id, assignee).await? {
        return Err(Error::invalid_field(
            "assigned_to",
            format!("unknown user `{assignee}`"),
        ));
    }
    let mut tx = db.begin().await?;
    let Some((repository_id, branch)) =
        vulnerabilities::assign(&mut tx, organization_id, id, assignee).await?
    else {
        return Err(Error::not_found("vulnerability", id));
    };
    // Listings filter by assignee: their cached totals learn of it this way.
    store::vulnerabilities::bump_branch(&mut tx, organization_id, &repository_id, &branch).await?;
    tx.commit().await?;
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
        store::vulnerabilities::bump_branch(&mut tx, organization_id, repository_id, branch)
            .await?;
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
