//! Triage decisions (status changes, assignment) and the expiry of accepted
//! risks, each change with its `vulnerability.status_changed` event.

use secureflow_platform::auth::Caller;
use secureflow_platform::db::{Database, micros_to_timestamp, now_micros};
use secureflow_platform::events::{self, EventLog};
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::{
    Envelope, Metadata, VulnerabilityStatusChanged, envelope,
};

use crate::domain::lifecycle::Status;
use crate::domain::triage;
use crate::gates;
use crate::store::{self, VulnerabilityRow};

fn status_event(
    organization_id: &str,
    actor: &str,
    row: &VulnerabilityRow,
    status: Status,
    justification: &str,
) -> Envelope {
    Envelope {
        event_id: uuid::Uuid::now_v7().to_string(),
        event_type: "vulnerability.status_changed".to_owned(),
        timestamp: Some(micros_to_timestamp(now_micros())),
        source: "secureflow.security.v1.SecurityService".to_owned(),
        aggregate_id: row.id.clone(),
        metadata: Some(Metadata {
            organization_id: organization_id.to_owned(),
            user_id: actor.to_owned(),
            ..Metadata::default()
        }),
        data: Some(envelope::Data::VulnerabilityStatusChanged(
            VulnerabilityStatusChanged {
                vulnerability_id: row.id.clone(),
                repository_id: row.repository_id.clone(),
                previous_status: store::status_name(row.status).to_owned(),
                status: store::status_name(status).to_owned(),
                justification: justification.to_owned(),
            },
        )),
    }
}

/// Changes a vulnerability's status after checking the triage rules.
pub async fn change_status(
    db: &Database,
    log: &EventLog,
    caller: &Caller,
    id: &str,
    status: Option<Status>,
    justification: &str,
    accepted_until_us: Option<i64>,
) -> Result<VulnerabilityRow> {
    let status = status.ok_or_else(|| Error::invalid_field("status", "must be set"))?;
    let now = now_micros();
    triage::check(status, justification, accepted_until_us, now)
        .map_err(|(field, problem)| Error::invalid_field(field, problem))?;
    let current = store::vulnerability(db, &caller.organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("vulnerability", id))?;
    let mut tx = db.begin().await?;
    store::set_status(
        &mut tx,
        &caller.organization_id,
        id,
        store::Decision {
            status,
            justification,
            accepted_until_us,
            changed_by: &caller.subject,
        },
        now,
    )
    .await?;
    let event = status_event(
        &caller.organization_id,
        &caller.subject,
        &current,
        status,
        justification.trim(),
    );
    events::append(&mut tx, db.backend(), &event).await?;
    gates::bump_branch(
        &mut tx,
        &caller.organization_id,
        &current.repository_id,
        &current.branch,
    )
    .await?;
    tx.commit().await?;
    log.notify_committed();
    store::vulnerability(db, &caller.organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("vulnerability", id))
}

/// Reopens every accepted risk whose expiry passed; returns them.
pub async fn reopen_expired(db: &Database, log: &EventLog) -> Result<Vec<store::Reopened>> {
    let mut tx = db.begin().await?;
    let reopened = store::reopen_expired(&mut tx, now_micros()).await?;
    for store::Reopened {
        organization_id,
        id,
        repository_id,
        branch,
    } in &reopened
    {
        gates::bump_branch(&mut tx, organization_id, repository_id, branch).await?;
        let event = Envelope {
            event_id: uuid::Uuid::now_v7().to_string(),
            event_type: "vulnerability.status_changed".to_owned(),
            timestamp: Some(micros_to_timestamp(now_micros())),
            source: "secureflow.security.v1.SecurityService".to_owned(),
            aggregate_id: id.clone(),
            metadata: Some(Metadata {
                organization_id: organization_id.clone(),
                ..Metadata::default()
            }),
            data: Some(envelope::Data::VulnerabilityStatusChanged(
                VulnerabilityStatusChanged {
                    vulnerability_id: id.clone(),
                    repository_id: repository_id.clone(),
                    previous_status: "accepted_risk".to_owned(),
                    status: "open".to_owned(),
                    justification: "the accepted risk expired".to_owned(),
                },
            )),
        };
        events::append(&mut tx, db.backend(), &event).await?;
    }
    tx.commit().await?;
    if !reopened.is_empty() {
        log.notify_committed();
    }
    Ok(reopened)
}
