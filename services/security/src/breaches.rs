//! SLA breaches: open vulnerabilities past their organisation's deadline are
//! announced once each (`sla.breached`), their branches marked changed, and the
//! gates of those branches re-evaluated by the caller.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, micros_to_timestamp, now_micros};
use secureflow_platform::events::{self, EventLog};
use secureflow_proto::secureflow::events::v1::{Envelope, Metadata, SlaBreached, envelope};
use sqlx::Row;

use crate::domain::finding::Severity;
use crate::domain::lifecycle::Status;
use crate::gates;
use crate::store;

const DAY_US: i64 = 86_400 * 1_000_000;

/// A branch with newly breached vulnerabilities.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct BreachedBranch {
    /// Organisation.
    pub organization_id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
}

/// Announces every breach not announced yet; returns the branches they are on.
pub async fn announce(db: &Database, log: &EventLog) -> Result<Vec<BreachedBranch>> {
    let now = now_micros();
    let organizations: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT organization_id FROM security_vulnerabilities
         WHERE status IN ($1, $2) AND sla_breach_announced_us IS NULL",
    )
    .bind(store::status_name(Status::Open))
    .bind(store::status_name(Status::InProgress))
    .fetch_all(db.pool())
    .await?;
    let mut branches = Vec::new();
    for organization_id in organizations {
        let policy = {
            let mut connection = db.pool().acquire().await?;
            gates::sla_policy(&mut connection, &organization_id).await?
        };
        // Detected at or before this instant, per severity, means past due now
        // (i64::MIN where the severity has no deadline).
        let cutoff = |severity: Severity| {
            policy
                .days(severity)
                .map_or(i64::MIN, |days| now - i64::from(days) * DAY_US)
        };
        let mut tx = db.begin().await?;
        let rows = sqlx::query(
            "UPDATE security_vulnerabilities SET sla_breach_announced_us = $2
             WHERE organization_id = $1 AND status IN ($3, $4) AND sla_breach_announced_us IS NULL
               AND ((severity = $5 AND first_detected_us <= $6) OR (severity = $7 AND first_detected_us <= $8)
                 OR (severity = $9 AND first_detected_us <= $10) OR (severity = $11 AND first_detected_us <= $12))
             RETURNING id, repository_id, branch, severity, first_detected_us",
        )
        .bind(&organization_id)
        .bind(now)
        .bind(store::status_name(Status::Open))
        .bind(store::status_name(Status::InProgress))
        .bind(store::severity_number(Severity::Critical))
        .bind(cutoff(Severity::Critical))
        .bind(store::severity_number(Severity::High))
        .bind(cutoff(Severity::High))
        .bind(store::severity_number(Severity::Medium))
        .bind(cutoff(Severity::Medium))
        .bind(store::severity_number(Severity::Low))
        .bind(cutoff(Severity::Low))
        .fetch_all(&mut *tx)
        .await?;
        let mut changed = Vec::new();
        let mut envelopes = Vec::with_capacity(rows.len());
        for row in &rows {
            let severity = store::severity_from(row.try_get("severity")?);
            let id: String = row.try_get("id")?;
            let repository_id: String = row.try_get("repository_id")?;
            let branch: String = row.try_get("branch")?;
            let due = policy.due_us(severity, row.try_get("first_detected_us")?);
            envelopes.push(Envelope {
                event_id: uuid::Uuid::now_v7().to_string(),
                event_type: "sla.breached".to_owned(),
                timestamp: Some(micros_to_timestamp(now)),
                source: "secureflow.security.v1.SecurityService".to_owned(),
                aggregate_id: id.clone(),
                metadata: Some(Metadata {
                    organization_id: organization_id.clone(),
                    ..Metadata::default()
                }),
                data: Some(envelope::Data::SlaBreached(SlaBreached {
                    vulnerability_id: id,
                    repository_id: repository_id.clone(),
                    severity: severity.name().to_owned(),
                    due_at: due.map(micros_to_timestamp),
                })),
            });
            changed.push(BreachedBranch {
                organization_id: organization_id.clone(),
                repository_id,
                branch,
            });
        }
        changed.sort();
        changed.dedup();
        for branch in &changed {
            gates::bump_branch(
                &mut tx,
                &branch.organization_id,
                &branch.repository_id,
                &branch.branch,
            )
            .await?;
        }
        for chunk in envelopes.chunks(2000) {
            events::append_all(&mut tx, db.backend(), chunk).await?;
        }
        tx.commit().await?;
        if !envelopes.is_empty() {
            log.notify_committed();
        }
        branches.extend(changed);
    }
    Ok(branches)
}
