//! Threat-intelligence imports: a KEV catalogue or EPSS file replaces the
//! organisation's previous one in one transaction (so a refused file changes
//! nothing), then every recorded gate of the organisation is re-evaluated.

use secureflow_platform::db::Database;
use secureflow_platform::events::EventContext;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::ThreatIntelSource;

use crate::domain::threat_intel::{self, EpssScore, KevEntry};
use crate::gates::{Affected, Gates};
use crate::store;
use crate::store::intel::Feed;
use crate::store::vulnerabilities::Ranked;

/// What an import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    /// Entries in the file.
    pub entries: i64,
    /// Open vulnerabilities of the organisation whose CVE the file lists.
    pub vulnerabilities_rescored: i64,
    /// Recorded gates re-evaluated.
    pub gates_reevaluated: i64,
}

enum Parsed {
    Kev(Vec<KevEntry>),
    Epss(Vec<(String, EpssScore)>),
}

/// Parses `content` as `source`, replaces the organisation's data with it and
/// re-evaluates every recorded gate of the organisation.
pub async fn import(
    db: &Database,
    gates: &Gates,
    context: &EventContext,
    source: i32,
    content: Vec<u8>,
) -> Result<Imported> {
    let organization_id = &context.organization_id;
    let source = ThreatIntelSource::try_from(source)
        .ok()
        .filter(|source| *source != ThreatIntelSource::Unspecified)
        .ok_or_else(|| {
            Error::invalid_field(
                "source",
                "must be THREAT_INTEL_SOURCE_CISA_KEV or THREAT_INTEL_SOURCE_EPSS",
            )
        })?;
    if content.is_empty() {
        return Err(Error::invalid_field("content", "is empty"));
    }
    let parsed = tokio::task::spawn_blocking(move || match source {
        ThreatIntelSource::CisaKev => threat_intel::parse_kev(&content).map(Parsed::Kev),
        _ => threat_intel::parse_epss(&content).map(Parsed::Epss),
    })
    .await
    .map_err(Error::internal)?
    .map_err(|error| Error::invalid_field("content", error.to_string()))?;
    let mut tx = db.begin().await?;
    let (feed, entries) = match &parsed {
        Parsed::Kev(entries) => {
            store::intel::replace_kev(&mut tx, db, organization_id, entries).await?;
            (Feed::Kev, entries.len())
        }
        Parsed::Epss(scores) => {
            store::intel::replace_epss(&mut tx, db, organization_id, scores).await?;
            (Feed::Epss, scores.len())
        }
    };
    let rescored = store::vulnerabilities::open_listed_in(&mut tx, organization_id, feed).await?;
    tx.commit().await?;
    crate::ranking::refresh(db, organization_id, Ranked::WithCve).await?;
    let cause = match feed {
        Feed::Kev => "kev_import",
        Feed::Epss => "epss_import",
    };
    let gates_reevaluated = gates.reevaluate(context, Affected::All, cause).await?;
    Ok(Imported {
        entries: i64::try_from(entries).unwrap_or(i64::MAX),
        vulnerabilities_rescored: rescored,
        gates_reevaluated,
    })
}
