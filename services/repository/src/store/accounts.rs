//! `repository_accounts`: accounts at a host (a GitHub login, a GitLab
//! username) linked to an e-mail address — as pushes and the hosts' commit
//! lists link them — and to the organisation's user with that address.
//! Organisation-wide: one account commits to many repositories. Pull
//! requests and reviews name people only by login; this is how they are
//! matched to users.

use std::collections::HashMap;

use secureflow_platform::Result;
use sqlx::{Any, Executor, Row, Transaction};

/// The organisation's users by host login (those linked to one).
pub type Users = HashMap<String, String>;

/// An account as a push or a commit list links it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AccountRow {
    /// Login at the host.
    pub login: String,
    /// E-mail address it committed or pushed with.
    pub email: String,
    /// The organisation's user with that address, or empty.
    pub user_id: String,
}

/// Remembers accounts of `host` (`github`, `gitlab`): what is newly known
/// (an address, a user) replaces what was; nothing known is forgotten. An
/// account already known as it is written is left alone — read, not
/// rewritten — so that deliveries by the same people do not queue on its
/// row (PostgreSQL locks a row an upsert touches until the commit).
pub async fn remember(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    host: &str,
    accounts: &[AccountRow],
    now_us: i64,
) -> Result<()> {
    let mut seen: Vec<&str> = Vec::new();
    for account in accounts.iter().filter(|account| !account.login.is_empty()) {
        if seen.contains(&account.login.as_str()) {
            continue;
        }
        seen.push(&account.login);
        let email = account.email.to_lowercase();
        let known = sqlx::query(
            "SELECT email, user_id FROM repository_accounts
             WHERE organization_id = $1 AND host = $2 AND login = $3",
        )
        .bind(organization_id.to_owned())
        .bind(host.to_owned())
        .bind(account.login.clone())
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(known) = known {
            let (known_email, known_user): (String, String) =
                (known.try_get("email")?, known.try_get("user_id")?);
            let same_email = email.is_empty() || email == known_email;
            let same_user = account.user_id.is_empty() || account.user_id == known_user;
            if same_email && same_user {
                continue;
            }
        }
        sqlx::query(
            "INSERT INTO repository_accounts (organization_id, host, login, email, user_id, seen_at_us)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (organization_id, host, login) DO UPDATE SET
                 email = CASE WHEN excluded.email <> '' THEN excluded.email
                     ELSE repository_accounts.email END,
                 user_id = CASE WHEN excluded.user_id <> '' THEN excluded.user_id
                     ELSE repository_accounts.user_id END,
                 seen_at_us = excluded.seen_at_us",
        )
        .bind(organization_id.to_owned())
        .bind(host.to_owned())
        .bind(account.login.clone())
        .bind(email)
        .bind(account.user_id.clone())
        .bind(now_us)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The users the `logins` of `host` are linked to (those that are).
pub async fn users<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    host: &str,
    logins: &[&str],
) -> Result<Users> {
    let mut logins: Vec<&str> = logins
        .iter()
        .copied()
        .filter(|login| !login.is_empty())
        .collect();
    logins.sort_unstable();
    logins.dedup();
    if logins.is_empty() {
        return Ok(HashMap::new());
    }
    let placeholders: Vec<String> = (0..logins.len()).map(|i| format!("${}", i + 3)).collect();
    let sql = format!(
        "SELECT login, user_id FROM repository_accounts
         WHERE organization_id = $1 AND host = $2 AND user_id <> '' AND login IN ({})",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(organization_id.to_owned())
        .bind(host.to_owned());
    for login in logins {
        query = query.bind(login.to_owned());
    }
    let rows = query.fetch_all(executor).await?;
    rows.iter()
        .map(|row| Ok((row.try_get("login")?, row.try_get("user_id")?)))
        .collect()
}
