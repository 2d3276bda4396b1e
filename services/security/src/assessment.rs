//! What the service adds to a vulnerability beyond its reports: the risk score
//! with its factors, the SLA deadline and whether it is breached — computed when
//! read, from the organisation's threat intelligence and SLA policy, so they are
//! always current.

use std::collections::{BTreeMap, HashMap, HashSet};

use secureflow_platform::Result;
use secureflow_platform::db::{Database, micros_to_timestamp, now_micros};
use secureflow_platform::pagination::Page;
use secureflow_proto::secureflow::security::v1 as pb;

use crate::domain::lifecycle::Status;
use crate::domain::posture::{self, Posture};
use crate::domain::report;
use crate::domain::risk::{self, RiskInputs};
use crate::domain::sla::SlaPolicy;
use crate::reports;
use crate::store::vulnerabilities::{self, VulnerabilityRow};
use crate::store::{
    self, vulnerabilities::Filters, vulnerabilities::Order, vulnerabilities::RankKey,
};

/// A page of the vulnerabilities matching `filters` in their order, with the
/// total: risk and SLA-deadline orders are ranked here ([`list_ranked`]), the
/// others by the database.
pub async fn list(
    db: &Database,
    organization_id: &str,
    filters: &Filters,
    page: Page,
) -> Result<(Vec<VulnerabilityRow>, i64)> {
    if matches!(filters.order, Order::Risk | Order::SlaDue) {
        list_ranked(db, organization_id, filters, page).await
    } else {
        vulnerabilities::list(db, organization_id, filters, page).await
    }
}

/// A page of the vulnerabilities matching `filters` in an order the database
/// cannot make — riskiest first ([`Order::Risk`]) or soonest SLA
/// deadline first ([`Order::SlaDue`], those without one last) — ties by
/// id, with the total. Scores and deadlines follow the clock, threat
/// intelligence and the SLA policy, so they are ranked when read: the light
/// keys of every match are ranked, and only the page's rows are loaded.
pub async fn list_ranked(
    db: &Database,
    organization_id: &str,
    filters: &Filters,
    page: Page,
) -> Result<(Vec<VulnerabilityRow>, i64)> {
    let keys = vulnerabilities::rank_keys(db, organization_id, filters).await?;
    let total = i64::try_from(keys.len()).unwrap_or(i64::MAX);
    let by_risk = filters.order == Order::Risk;
    let cves = keys
        .iter()
        .filter(|_| by_risk)
        .map(|key| key.cve_id.as_str());
    let assessor = Assessor::for_cves(db, organization_id, cves).await?;
    // Lower ranks first.
    let rank = |key: &RankKey| -> f64 {
        if by_risk {
            let inputs = RiskInputs::of_vulnerability(
                key.severity,
                key.cvss_score,
                assessor.kev.contains(&key.cve_id),
                assessor.epss.get(&key.cve_id).copied(),
                key.first_detected_us,
                &assessor.sla,
                assessor.now_us,
            );
            -risk::value(&inputs)
        } else {
            assessor
                .sla
                .due_us(key.severity, key.first_detected_us)
                .map_or(f64::INFINITY, |due| due as f64)
        }
    };
    let mut ranked: Vec<(f64, &RankKey)> = keys.iter().map(|key| (rank(key), key)).collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let ids: Vec<String> = ranked
        .iter()
        .skip(usize::try_from(page.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(page.limit + 1).unwrap_or(usize::MAX))
        .map(|(_, key)| key.id.clone())
        .collect();
    let rows = vulnerabilities::vulnerabilities_by_id(db, organization_id, &ids).await?;
    Ok((rows, total))
}

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
        let cves = rows.iter().filter_map(|row| row.finding.cve_id.as_deref());
        Self::for_cves(db, organization_id, cves).await
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
        let mut cves: Vec<&str> = cves.filter(|cve| !cve.is_empty()).collect();
        cves.sort_unstable();
        cves.dedup();
        let (kev, epss) = store::intel::known_cves(db, organization_id, &cves).await?;
        Ok(Self {
            sla,
            kev,
            epss,
            now_us: now_micros(),
        })
    }

    /// Sets the risk score, SLA deadline and breach state of `message` (the
    /// message of `row`). Only open and in-progress vulnerabilities can breach.
    pub fn apply(&self, row: &VulnerabilityRow, message: &mut pb::Vulnerability) {
        let finding = &row.finding;
        let cve = finding.cve_id.as_deref().unwrap_or_default();
        let severity = finding.severity;
        let score = risk::score(&RiskInputs::of_vulnerability(
            severity,
            finding.cvss.as_ref().map(|cvss| cvss.score),
            self.kev.contains(cve),
            self.epss.get(cve).copied(),
            row.first_detected_us,
            &self.sla,
            self.now_us,
        ));
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
