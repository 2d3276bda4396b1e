//! `pipeline_schedules`: when each `schedule` trigger of each pipeline fires
//! next (its cron expression is the key beside the pipeline).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use sqlx::{Any, Row};

/// The table.
pub const TABLE: Owned = Owned("pipeline_schedules");

/// A schedule due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// Pipeline.
    pub pipeline_id: String,
    /// Organisation.
    pub organization_id: String,
    /// The cron expression.
    pub cron: String,
    /// When it was due, µs.
    pub next_at_us: i64,
}

/// Makes a pipeline's schedules `wanted` (`(cron, next firing)`): those no
/// longer wanted go, new ones are added, kept ones keep their next firing.
pub async fn replace(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    pipeline_id: &str,
    wanted: &[(String, i64)],
) -> Result<()> {
    let kept: Vec<String> = sqlx::query_scalar::<_, String>(
        "SELECT cron FROM pipeline_schedules WHERE organization_id = $1 AND pipeline_id = $2",
    )
    .bind(organization_id.to_owned())
    .bind(pipeline_id.to_owned())
    .fetch_all(&mut **tx)
    .await?;
    for cron in &kept {
        if !wanted.iter().any(|(wanted, _)| wanted == cron) {
            sqlx::query(
                "DELETE FROM pipeline_schedules
                 WHERE organization_id = $1 AND pipeline_id = $2 AND cron = $3",
            )
            .bind(organization_id.to_owned())
            .bind(pipeline_id.to_owned())
            .bind(cron.clone())
            .execute(&mut **tx)
            .await?;
        }
    }
    for (cron, next_at_us) in wanted {
        if kept.contains(cron) {
            continue;
        }
        sqlx::query(
            "INSERT INTO pipeline_schedules (pipeline_id, organization_id, cron, next_at_us)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(pipeline_id.to_owned())
        .bind(organization_id.to_owned())
        .bind(cron.clone())
        .bind(*next_at_us)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Up to `limit` schedules of every organisation due at `now_us`, earliest first.
pub async fn due(db: &Database, now_us: i64, limit: i64) -> Result<Vec<Due>> {
    let query = sqlx::query(
        "SELECT pipeline_id, organization_id, cron, next_at_us FROM pipeline_schedules
         WHERE next_at_us <= $1 ORDER BY next_at_us LIMIT $2",
    )
    .bind(now_us)
    .bind(limit);
    db.rows(query, |row| {
        Ok(Due {
            pipeline_id: row.try_get("pipeline_id")?,
            organization_id: row.try_get("organization_id")?,
            cron: row.try_get("cron")?,
            next_at_us: row.try_get("next_at_us")?,
        })
    })
    .await
}

/// Moves a due schedule on to `next_at_us`, if it still is where `due`
/// found it; whether this call did (of several processes, one does).
pub async fn advance(db: &Database, due: &Due, next_at_us: i64) -> Result<bool> {
    let moved = sqlx::query(
        "UPDATE pipeline_schedules SET next_at_us = $4
         WHERE pipeline_id = $1 AND cron = $2 AND next_at_us = $3",
    )
    .bind(due.pipeline_id.clone())
    .bind(due.cron.clone())
    .bind(due.next_at_us)
    .bind(next_at_us)
    .execute(db.writer())
    .await?;
    Ok(moved.rows_affected() == 1)
}

/// Deletes a pipeline's schedules.
pub async fn delete_of_pipeline(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    pipeline_id: &str,
) -> Result<()> {
    TABLE
        .delete_by(&mut **tx, organization_id, "pipeline_id", pipeline_id)
        .await?;
    Ok(())
}
