//! What the service adds to a vulnerability beyond its reports: the risk score
//! with its factors, the SLA deadline and whether it is breached — computed when
//! read, from the organisation's threat intelligence and SLA policy, so they are
//! always current — and the ranks listings are ordered by (stored:
//! [`crate::ranking`]).

use std::collections::{BTreeMap, HashMap, HashSet};

use secureflow_platform::Result;
use secureflow_platform::db::{Database, micros_to_timestamp, now_micros};
use secureflow_proto::secureflow::security::v1 as pb;

use crate::domain::finding::Severity;
use crate::domain::lifecycle::Status;
use crate::domain::posture::{self, Posture};
use crate::domain::report;
use crate::domain::risk::{self, Criticality, RiskInputs};
use crate::domain::sla::SlaPolicy;
use crate::reports;
use crate::store;
use crate::store::vulnerabilities::{self, Ranks, View, VulnerabilityRow};

/// The posture of an organisation, or of one repository when `repository_id`
/// is not empty: every open vulnerability counted once per repository (the
/// riskiest of its branches' copies), as reports count them.
pub async fn posture(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
) -> Result<(Posture, BTreeMap<String, i64>, i64)> {
    let sla = {
        let mut connection = db.pool().acquire().await?;
        store::organizations::sla_policy(&mut connection, organization_id).await?
    };
    let now = now_micros();
    let facts = reports::load_facts(db, organization_id, repository_id, now, now).await?;
    let open = report::open_at(&facts, &sla, now);
    let mut by_severity = BTreeMap::new();
    for item in &open {
        *by_severity
            .entry(item.fact.finding.severity.name().to_ascii_uppercase())
            .or_insert(0) += 1;
    }
    let breached = open.iter().filter(|item| item.breached).count();
    let risks: Vec<(String, f64)> = open
        .iter()
        .map(|item| (item.fact.id.clone(), item.risk))
        .collect();
    Ok((
        posture::posture(&risks),
        by_severity,
        i64::try_from(breached).unwrap_or(i64::MAX),
    ))
}

/// Threat intelligence and SLA policy for a set of vulnerabilities.
#[derive(Debug, Default)]
pub struct Assessor {
    sla: SlaPolicy,
    criticality: HashMap<String, Criticality>,
    kev: HashSet<String>,
    epss: HashMap<String, f64>,
    now_us: i64,
}

impl Assessor {
    /// Loads what `rows` need from the organisation's data: threat
    /// intelligence on their CVEs and their repositories' criticality (their
    /// deadlines are on the rows, so the SLA policy is not read:
    /// [`Assessor::ranks`] needs [`Assessor::for_cves`]).
    pub async fn load(
        db: &Database,
        organization_id: &str,
        rows: &[VulnerabilityRow],
    ) -> Result<Self> {
        let cves = rows.iter().filter_map(|row| row.finding.cve_id.as_deref());
        let mut assessor =
            Self::with_intel(db, organization_id, cves, SlaPolicy::default()).await?;
        // Only the rows' repositories: a listing keeps this with its page.
        let repositories: HashSet<&str> =
            rows.iter().map(|row| row.repository_id.as_str()).collect();
        assessor
            .criticality
            .retain(|id, _| repositories.contains(id.as_str()));
        Ok(assessor)
    }

    /// Loads the organisation's SLA policy and what it knows of `cves`.
    pub async fn for_cves<'a>(
        db: &Database,
        organization_id: &str,
        cves: impl Iterator<Item = &'a str>,
    ) -> Result<Self> {
        let sla = {
            let mut connection = db.pool().acquire().await?;
            store::organizations::sla_policy(&mut connection, organization_id).await?
        };
        Self::with_intel(db, organization_id, cves, sla).await
    }

    /// `sla` and what the organisation knows of `cves`.
    async fn with_intel<'a>(
        db: &Database,
        organization_id: &str,
        cves: impl Iterator<Item = &'a str>,
        sla: SlaPolicy,
    ) -> Result<Self> {
        let mut cves: Vec<&str> = cves.filter(|cve| !cve.is_empty()).collect();
        cves.sort_unstable();
        cves.dedup();
        let (kev, epss) = store::intel::known_cves(db, organization_id, &cves).await?;
        let criticality = {
            let mut connection = db.pool().acquire().await?;
            store::repositories::criticalities(&mut connection, organization_id).await?
        };
        Ok(Self {
            sla,
            criticality,
            kev,
            epss,
            now_us: now_micros(),
        })
    }

    /// The business criticality of a repository (unknown when nobody recorded one).
    pub fn criticality(&self, repository_id: &str) -> Criticality {
        self.criticality
            .get(repository_id)
            .copied()
            .unwrap_or_default()
    }

    /// The ranks of a vulnerability of `repository_id` first detected at
    /// `first_detected_us`.
    pub fn ranks(
        &self,
        repository_id: &str,
        severity: Severity,
        cvss_score: Option<f64>,
        cve: &str,
        first_detected_us: i64,
    ) -> Ranks {
        let inputs = RiskInputs::of_vulnerability(
            severity,
            cvss_score,
            self.kev.contains(cve),
            self.epss.get(cve).copied(),
            first_detected_us,
            &self.sla,
            self.now_us,
        )
        .in_repository(self.criticality(repository_id));
        Ranks {
            risk_score: risk::value(&inputs),
            sla_due_us: self
                .sla
                .due_us(severity, first_detected_us)
                .unwrap_or(vulnerabilities::NO_DEADLINE),
        }
    }

    /// Sets the risk score, SLA deadline and breach state of `message` (the
    /// message of `row`) at `now_us`, from the row's deadline as last ranked;
    /// the score's factors only in the [`View::Full`]. Only open and
    /// in-progress vulnerabilities can breach.
    pub fn apply(
        &self,
        row: &VulnerabilityRow,
        view: View,
        message: &mut pb::Vulnerability,
        now_us: i64,
    ) {
        let finding = &row.finding;
        let cve = finding.cve_id.as_deref().unwrap_or_default();
        let due = row.sla_due_us;
        let inputs = RiskInputs::with_deadline(
            finding.severity,
            finding.cvss.as_ref().map(|cvss| cvss.score),
            self.kev.contains(cve),
            self.epss.get(cve).copied(),
            row.first_detected_us,
            due,
            now_us,
        )
        .in_repository(self.criticality(&row.repository_id));
        message.risk = Some(match view {
            View::Basic => pb::RiskScore {
                score: risk::value(&inputs),
                factors: Vec::new(),
            },
            View::Full => {
                let score = risk::score(&inputs);
                pb::RiskScore {
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
                }
            }
        });
        message.sla_due_time = due.map(micros_to_timestamp);
        message.sla_breached = matches!(row.status, Status::Open | Status::InProgress)
            && due.is_some_and(|due| due <= now_us);
    }
}
