//! What the service adds to a vulnerability beyond its reports: the risk score
//! with its factors, the SLA deadline and whether it is breached — computed when
//! read, from the organisation's threat intelligence and SLA policy, so they are
//! always current.

use std::collections::{HashMap, HashSet};

use secureflow_platform::Result;
use secureflow_platform::bulk::Bulk;
use secureflow_platform::db::{Database, Placeholders, micros_to_timestamp, now_micros};
use secureflow_proto::secureflow::security::v1 as pb;
use sqlx::Row;

use crate::domain::lifecycle::Status;
use crate::domain::risk::{self, RiskInputs};
use crate::domain::sla::{self, SlaPolicy};
use crate::gates;
use crate::store::VulnerabilityRow;

/// Threat intelligence and SLA policy for a set of vulnerabilities.
#[derive(Debug, Default)]
pub struct Assessor {
    sla: SlaPolicy,
    kev: HashSet<String>,
    epss: HashMap<String, f64>,
    now_us: i64,
}

impl Assessor {
    /// Loads what `rows` need from the organisation's data.
    pub async fn load(
        db: &Database,
        organization_id: &str,
        rows: &[VulnerabilityRow],
    ) -> Result<Self> {
        let mut connection = db.pool().acquire().await?;
        let sla = gates::sla_policy(&mut connection, organization_id).await?;
        let mut cves: Vec<&str> = rows
            .iter()
            .filter_map(|row| row.finding.cve_id.as_deref())
            .filter(|cve| !cve.is_empty())
            .collect();
        cves.sort_unstable();
        cves.dedup();
        let mut assessor = Self {
            sla,
            now_us: now_micros(),
            ..Self::default()
        };
        if cves.is_empty() {
            return Ok(assessor);
        }
        let cve_list =
            serde_json::to_string(&cves).map_err(secureflow_platform::Error::internal)?;
        let mut marks = Placeholders::new(db.backend());
        let organization = marks.mark();
        let listed = Bulk::new(db.backend()).texts(&mut marks);
        let kev_sql = format!(
            "SELECT cve_id FROM security_kev WHERE organization_id = {organization} AND cve_id IN ({listed})"
        );
        for row in sqlx::query(sqlx::AssertSqlSafe(kev_sql))
            .bind(organization_id)
            .bind(&cve_list)
            .fetch_all(&mut *connection)
            .await?
        {
            assessor.kev.insert(row.try_get("cve_id")?);
        }
        let epss_sql = format!(
            "SELECT cve_id, probability FROM security_epss WHERE organization_id = {organization} AND cve_id IN ({listed})"
        );
        for row in sqlx::query(sqlx::AssertSqlSafe(epss_sql))
            .bind(organization_id)
            .bind(&cve_list)
            .fetch_all(&mut *connection)
            .await?
        {
            assessor
                .epss
                .insert(row.try_get("cve_id")?, row.try_get("probability")?);
        }
        Ok(assessor)
    }

    /// Sets the risk score, SLA deadline and breach state of `message` (the
    /// message of `row`). Only open and in-progress vulnerabilities can breach.
    pub fn apply(&self, row: &VulnerabilityRow, message: &mut pb::Vulnerability) {
        let finding = &row.finding;
        let cve = finding.cve_id.as_deref().unwrap_or_default();
        let severity = finding.severity;
        let score = risk::score(&RiskInputs {
            severity: Some(severity),
            cvss_score: finding.cvss.as_ref().map(|cvss| cvss.score),
            known_exploited: self.kev.contains(cve),
            epss: self.epss.get(cve).copied(),
            criticality: risk::Criticality::Unknown,
            age_days: sla::age_days(row.first_detected_us, self.now_us),
            sla_days: self.sla.days(severity),
        });
        message.risk = Some(pb::RiskScore {
            score: score.score,
            factors: score
                .factors
                .into_iter()
                .map(|factor| pb::RiskFactor {
                    name: factor.name.to_owned(),
                    value: factor.value,
                    weight: factor.weight,
                    contribution: factor.contribution,
                    explanation: factor.explanation,
                })
                .collect(),
        });
        let due = self.sla.due_us(severity, row.first_detected_us);
        message.sla_due_time = due.map(micros_to_timestamp);
        message.sla_breached = matches!(row.status, Status::Open | Status::InProgress)
            && due.is_some_and(|due| due <= self.now_us);
    }
}
