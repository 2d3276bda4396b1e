//! Repositories as this service knows them: the repository service owns them
//! and publishes `repository.repositories`; this service keeps a copy
//! ([`crate::store::repositories`]) so that
//!
//! - a request may name a repository by its id or by its full name
//!   ([`resolve`]): a registered full name (any case) means the registered
//!   repository's id, anything else is kept as given, so scans of a
//!   repository nobody registered keep working under the name they give;
//! - rows stored under a full name before it was registered move to the id
//!   when the repository is registered (or renamed to that name), so its
//!   history is one (a vulnerability already held under the id stays apart);
//! - every risk score counts the repository's business criticality;
//! - reports cannot be uploaded into a deleted repository (in its grace
//!   period), and a purged repository's scans (with their kept originals),
//!   vulnerabilities, gate verdicts and policies scoped to it are dropped
//!   (generated reports are kept: they are documents of what was true when
//!   they were made).

use secureflow_platform::db::Database;
use secureflow_platform::events::mark_processed;
use secureflow_platform::{Error, ErrorCode, Result};
use secureflow_proto::secureflow::events::v1::RepositoryChanged;

use crate::domain::risk::Criticality;
use crate::store::scans::Scans;
use crate::store::{self, repositories::Known};

/// The repository a request names, as this service stores it: the id of a
/// registered repository named by its id or full name, else the name as given
/// (trimmed).
pub async fn resolve(db: &Database, organization_id: &str, named: &str) -> Result<String> {
    let named = named.trim();
    // Ids never hold a slash and full names always do: only a full name needs
    // the copy.
    if !named.contains('/') {
        return Ok(named.to_owned());
    }
    Ok(known(db, organization_id, named)
        .await?
        .map_or_else(|| named.to_owned(), |known| known.repository_id))
}

/// The repository a report is uploaded for, refused while it is deleted.
pub async fn resolve_for_upload(
    db: &Database,
    organization_id: &str,
    named: &str,
) -> Result<String> {
    match known(db, organization_id, named.trim()).await? {
        Some(known) if known.deleted => Err(Error::new(
            ErrorCode::FailedPrecondition,
            format!(
                "scope.repository_id: repository `{}` is deleted; restore it (UndeleteRepository) before uploading reports for it",
                named.trim()
            ),
        )),
        Some(known) => Ok(known.repository_id),
        None => Ok(named.trim().to_owned()),
    }
}

async fn known(db: &Database, organization_id: &str, named: &str) -> Result<Option<Known>> {
    let mut connection = db.pool().acquire().await?;
    store::repositories::find(&mut connection, organization_id, named).await
}

/// What keeping a `repository.repositories` event changed, for the work that
/// follows its commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Nothing (already handled, or older than what is kept).
    Nothing,
    /// The copy changed (and rows stored under the full name, if any, moved
    /// to the id); `rescore` when scores or gates can differ: the criticality
    /// changed or vulnerabilities moved in.
    Copy {
        /// Ranks and gates need to be made good.
        rescore: bool,
    },
    /// The repository was purged and what this service held of it dropped;
    /// the originals of these scans are to be removed from the blob store.
    Purged {
        /// Scans whose originals were kept.
        originals: Vec<String>,
    },
}

/// Keeps what a `repository.repositories` event (id `event_id`, log position
/// `event_seq`) says, in one transaction.
pub async fn keep(
    db: &Database,
    scans: &Scans,
    consumer: &str,
    event_id: &str,
    event_seq: i64,
    organization_id: &str,
    changed: &RepositoryChanged,
) -> Result<Kept> {
    let mut tx = db.begin().await?;
    if !mark_processed(&mut tx, consumer, event_id).await? {
        return Ok(Kept::Nothing);
    }
    let id = changed.repository_id.as_str();
    let kept = if changed.change == "purged" {
        let originals = scans.purge_repository(&mut tx, organization_id, id).await?;
        store::repositories::remove(&mut tx, organization_id, id).await?;
        store::vulnerabilities::delete_repository(&mut tx, organization_id, id).await?;
        for rows in [store::gates::OF_REPOSITORY, store::policies::OF_REPOSITORY] {
            rows.delete(&mut tx, organization_id, id).await?;
        }
        Kept::Purged { originals }
    } else {
        let known = Known {
            repository_id: id.to_owned(),
            full_name_key: changed.full_name.trim().to_lowercase(),
            criticality: Criticality::from_name(&changed.criticality),
            deleted: changed.change == "deleted",
        };
        let before = store::repositories::find(&mut tx, organization_id, id).await?;
        if store::repositories::save(&mut tx, organization_id, &known, event_seq).await? {
            let key = known.full_name_key.as_str();
            scans
                .rekey_repository(&mut tx, organization_id, key, id)
                .await?;
            let moved =
                store::vulnerabilities::rekey_repository(&mut tx, organization_id, key, id).await?;
            for rows in [
                store::gates::OF_REPOSITORY,
                store::policies::OF_REPOSITORY,
                store::reports::OF_REPOSITORY,
            ] {
                rows.rekey(&mut tx, organization_id, key, id).await?;
            }
            let criticality_changed =
                before.is_none_or(|before| before.criticality != known.criticality);
            Kept::Copy {
                rescore: moved > 0 || criticality_changed,
            }
        } else {
            Kept::Nothing
        }
    };
    tx.commit().await?;
    Ok(kept)
}
