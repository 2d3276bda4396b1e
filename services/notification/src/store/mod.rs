//! The notification service's tables, one module per aggregate; the only
//! place with SQL.
//!
//! | module | tables |
//! |---|---|
//! | [`channels`] | `notification_channels` |
//! | [`templates`] | `notification_templates` |
//! | [`notifications`] | `notification_notifications`, `notification_addressees` (and the MongoDB collection `notifications`) |
//! | [`deliveries`] | `notification_deliveries`, `notification_unread` (SQLite), `notification_unread_changes` (PostgreSQL) |
//! | [`rules`] | `notification_rules` |
//! | [`escalation`] | `notification_escalation_rules` |
//! | [`preferences`] | `notification_preferences` |
//! | [`holds`] | `notification_holds`, `notification_held` |
//! | [`repositories`] | `notification_repositories` (the copy of `repository.repositories`) |

pub mod channels;
pub mod deliveries;
pub mod escalation;
pub mod holds;
pub mod notifications;
pub mod preferences;
pub mod repositories;
pub mod rules;
pub mod templates;

use secureflow_platform::db::{Database, Owned};
use secureflow_platform::{Error, Result};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

/// `value` as JSON text.
fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(Error::internal)
}

/// JSON text read back (a column this service wrote).
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(Error::internal)
}

/// A statement of the `Any` driver with what is bound so far.
type Statement<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>;

/// Binds a rule's own fields to a statement, in its table's column order.
type Fields<R> = for<'q> fn(Statement<'q>, &R) -> Result<Statement<'q>>;

/// A rule an organisation stored: a subscription rule ([`rules::RuleRow`]) or
/// an escalation rule ([`escalation::EscalationRow`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRule<R> {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// The rule.
    pub rule: R,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

impl<R> StoredRule<R> {
    /// A new rule of the organisation, with a new id, created now.
    pub fn new(organization_id: &str, rule: R) -> Self {
        let now = secureflow_platform::db::now_micros();
        Self {
            id: uuid::Uuid::now_v7().to_string(),
            organization_id: organization_id.to_owned(),
            rule,
            created_at_us: now,
            updated_at_us: now,
        }
    }

    /// Stores the rule with `insert`: `$1` the organisation, `$2` the id, its
    /// own fields bound by `fields`, then when it was created and updated.
    async fn insert<'e, E: Executor<'e, Database = Any>>(
        &self,
        executor: E,
        insert: &'static str,
        fields: Fields<R>,
    ) -> Result<()> {
        self.bound(insert, fields)?
            .bind(self.created_at_us)
            .bind(self.updated_at_us)
            .execute(executor)
            .await?;
        Ok(())
    }

    /// Replaces the rule with `update`: `$1` the organisation, `$2` the id,
    /// its own fields bound by `fields`, then when it was updated; whether it
    /// exists.
    async fn update<'e, E: Executor<'e, Database = Any>>(
        &self,
        executor: E,
        update: &'static str,
        fields: Fields<R>,
    ) -> Result<bool> {
        let updated = self
            .bound(update, fields)?
            .bind(self.updated_at_us)
            .execute(executor)
            .await?;
        Ok(updated.rows_affected() == 1)
    }

    fn bound(&self, sql: &'static str, fields: Fields<R>) -> Result<Statement<'static>> {
        let query = sqlx::query(sql)
            .bind(self.organization_id.clone())
            .bind(self.id.clone());
        fields(query, &self.rule)
    }
}

/// The organisation's row `id` of `table`, read by `read`.
async fn one<T>(
    table: Owned,
    db: &Database,
    organization_id: &str,
    id: &str,
    read: fn(&AnyRow) -> Result<T>,
) -> Result<Option<T>> {
    table
        .get(db.pool(), organization_id, id)
        .await?
        .as_ref()
        .map(read)
        .transpose()
}
