//! Backfills: a repository's history read from its host's REST API through
//! one of the organisation's connections — branches (with their protection),
//! commits with their stats (filling in what pushes did not carry),
//! contributors, pull/merge requests, then each request's reviews and review
//! comments. Page after page: each page is read with what else it takes
//! (GitHub commits' own pages, the users its people are) outside any
//! transaction, then its records are written with the cursor (the next
//! page's URL) and the counts in one transaction, so a backfill stopped
//! anywhere — an error, a restart, a SIGKILL — resumes at the page it had
//! not finished (the service resumes unfinished ones when it starts). A rate
//! limit is waited out as the host says ([`crate::domain::api::wait_until`]),
//! visible as `rate_limited` with its resume time; transient failures
//! (connection errors, 5xx) are retried three times with backoff. After a
//! backfill succeeded, the next one reads commits and pull/merge requests
//! changed since it started (GitHub's list of pull requests has no `since`:
//! it is read newest update first and stops at the first page reaching older
//! ones), and the reviews of those requests only, unless a full one is asked
//! for. Backfilled history publishes no events: it is history, not new
//! activity (pipelines must not start for it).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use crate::connections::secret_context;
use crate::domain::api::{self, ApiCommit, ApiContributor};
use crate::domain::connection::Auth;
use crate::domain::repository::Host;
use crate::domain::webhook::{PullRequestEvent, ReviewActivity, ReviewKind};
use crate::repositories::Repositories;
use crate::store::accounts::{self, AccountRow};
use crate::store::branches;
use crate::store::commits::{self, CommitRow, Seen};
use crate::store::connections::{self, ConnectionRow};
use crate::store::contributors::{self, ContributorRow};
use crate::store::pull_requests::{self, PullRequestRow, ReviewRow};
use crate::store::repositories::RepositoryRow;
use crate::store::syncs::{self, SyncRow};

/// Where a backfill is: the phase, the next page's URL in it (`None`: its
/// first), and, for reviews, the requests left and which of their two lists.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
struct Cursor {
    phase: Phase,
    next: Option<String>,
    pulls: Vec<i64>,
    comments: bool,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Phase {
    #[default]
    Branches,
    Commits,
    Contributors,
    PullRequests,
    Reviews,
    Done,
}

impl Phase {
    fn name(self) -> &'static str {
        match self {
            Phase::Branches => "branches",
            Phase::Commits => "commits",
            Phase::Contributors => "contributors",
            Phase::PullRequests => "pull_requests",
            Phase::Reviews => "reviews",
            Phase::Done => "",
        }
    }
}

/// What a page said, read and ready to be written.
enum PageRecords {
    Branches(Vec<branches::BranchRow>),
    Commits(Vec<CommitRow>),
    Contributors(Vec<ContributorRow>),
    PullRequests(Vec<PullRequestRow>),
    Reviews(i64, Vec<ReviewRow>),
    Nothing,
}

/// Attempts at a page that fails transiently.
const ATTEMPTS: u32 = 4;

type Key = (String, String);

/// The backfills of every organisation's repositories.
#[derive(Clone)]
pub struct Backfills {
    db: Database,
    secrets: Arc<Secrets>,
    repositories: Repositories,
    http: reqwest::Client,
}

/// The backfills running in this process (one per repository at most),
/// shared by every [`Backfills`] (the start hook's and the handlers').
static RUNNING: std::sync::LazyLock<Mutex<HashMap<Key, watch::Receiver<SyncRow>>>> =
    std::sync::LazyLock::new(Mutex::default);

impl std::fmt::Debug for Backfills {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Backfills").finish_non_exhaustive()
    }
}

/// What a page read gives back.
struct Page {
    body: Vec<u8>,
    next: Option<String>,
}

impl Backfills {
    /// Over the service's database, the secrets service and the repositories.
    pub fn new(db: Database, secrets: Arc<Secrets>, repositories: Repositories) -> Self {
        // reqwest is built without a crypto provider of its own: the process's.
        secureflow_platform::tls::install_crypto_provider();
        let http = reqwest::Client::builder()
            .user_agent(concat!("SecureFlow/", env!("CARGO_PKG_VERSION")))
            .timeout(Duration::from_secs(60))
            .build()
            .unwrap_or_default();
        Self {
            db,
            secrets,
            repositories,
            http,
        }
    }

    /// Starts (or joins, when one is running) the backfill of `repository`
    /// (id or full name) through `connection_id` (empty: the organisation's
    /// only connection to the repository's host); its progress.
    pub async fn start(
        &self,
        organization_id: &str,
        repository: &str,
        connection_id: &str,
        full: bool,
    ) -> Result<watch::Receiver<SyncRow>> {
        let repository = self.repositories.live(organization_id, repository).await?;
        let key = (organization_id.to_owned(), repository.id.clone());
        if let Some(running) = self.running_now(&key) {
            return Ok(running);
        }
        let connection = self
            .connection(organization_id, &repository, connection_id)
            .await?;
        let previous = syncs::get(&self.db, organization_id, &repository.id).await?;
        let now = now_micros();
        let resumable = previous.as_ref().filter(|sync| {
            !full && matches!(sync.state.as_str(), "failed" | "running" | "rate_limited")
        });
        let sync = match resumable {
            // Go on where the previous one stopped.
            Some(previous) => SyncRow {
                state: "running".into(),
                error: String::new(),
                connection_id: connection.id.clone(),
                updated_at_us: now,
                finished_at_us: None,
                ..previous.clone()
            },
            None => SyncRow {
                organization_id: organization_id.to_owned(),
                repository_id: repository.id.clone(),
                connection_id: connection.id.clone(),
                state: "running".into(),
                phase: Phase::Branches.name().into(),
                cursor: serde_json::to_string(&Cursor::default()).map_err(Error::internal)?,
                full,
                since_us: if full {
                    None
                } else {
                    previous.as_ref().and_then(|sync| sync.last_success_at_us)
                },
                started_at_us: now,
                updated_at_us: now,
                last_success_at_us: previous.and_then(|sync| sync.last_success_at_us),
                ..SyncRow::default()
            },
        };
        syncs::save(self.db.pool(), &sync).await?;
        Ok(self.spawn(key, sync, repository, connection))
    }

    /// A repository's last (or running) backfill.
    pub async fn get(&self, organization_id: &str, repository: &str) -> Result<SyncRow> {
        let repository = self.repositories.get(organization_id, repository).await?;
        let key = (organization_id.to_owned(), repository.id.clone());
        if let Some(running) = self.running_now(&key) {
            return Ok(running.borrow().clone());
        }
        syncs::get(&self.db, organization_id, &repository.id)
            .await?
            .ok_or_else(|| Error::not_found("sync of repository", &repository.id))
    }

    /// Resumes the backfills a stop interrupted (when the service starts).
    pub async fn resume_unfinished(&self) -> Result<usize> {
        let unfinished = syncs::unfinished(&self.db).await?;
        let count = unfinished.len();
        for sync in unfinished {
            let organization_id = sync.organization_id.clone();
            let resumed = self
                .start(
                    &organization_id,
                    &sync.repository_id,
                    &sync.connection_id,
                    false,
                )
                .await;
            if let Err(error) = resumed {
                tracing::warn!(%error, repository = %sync.repository_id, "a backfill could not resume");
                let failed = SyncRow {
                    state: "failed".into(),
                    error: error.message().to_owned(),
                    finished_at_us: Some(now_micros()),
                    ..sync
                };
                syncs::save(self.db.pool(), &failed).await?;
            }
        }
        Ok(count)
    }

    fn running_now(&self, key: &Key) -> Option<watch::Receiver<SyncRow>> {
        let running = RUNNING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        running
            .get(key)
            .filter(|receiver| is_running(receiver))
            .cloned()
    }

    async fn connection(
        &self,
        organization_id: &str,
        repository: &RepositoryRow,
        connection_id: &str,
    ) -> Result<ConnectionRow> {
        let host = repository.settings.host;
        if connection_id.trim().is_empty() {
            let matching: Vec<ConnectionRow> = connections::list(&self.db, organization_id)
                .await?
                .into_iter()
                .filter(|connection| connection.settings.host == host)
                .collect();
            return match <[ConnectionRow; 1]>::try_from(matching) {
                Ok([only]) => Ok(only),
                Err(matching) => Err(Error::new(
                    ErrorCode::FailedPrecondition,
                    format!(
                        "connection_id: the organisation has {} connections to {}; name one (CreateConnection adds one)",
                        matching.len(),
                        host.name()
                    ),
                )),
            };
        }
        let connection = connections::get(&self.db, organization_id, connection_id.trim())
            .await?
            .ok_or_else(|| Error::not_found("connection", connection_id))?;
        if connection.settings.host != host {
            return Err(Error::invalid_field(
                "connection_id",
                format!(
                    "the connection is to {}, the repository on {}",
                    connection.settings.host.name(),
                    host.name()
                ),
            ));
        }
        Ok(connection)
    }

    fn spawn(
        &self,
        key: Key,
        sync: SyncRow,
        repository: RepositoryRow,
        connection: ConnectionRow,
    ) -> watch::Receiver<SyncRow> {
        let (sender, receiver) = watch::channel(sync.clone());
        {
            // Checked again under the lock: of two calls that started the
            // same repository's backfill at once, the second joins the first.
            let mut running = RUNNING
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(other) = running.get(&key).filter(|other| is_running(other)) {
                return other.clone();
            }
            running.insert(key, receiver.clone());
        }
        let this = self.clone();
        tokio::spawn(async move {
            let mut run = Run {
                backfills: &this,
                sync,
                sender,
                repository,
                connection,
                token: None,
            };
            if let Err(error) = run.go().await {
                tracing::warn!(%error, repository = %run.sync.repository_id, "backfill failed");
                run.sync.state = "failed".into();
                run.sync.error = error.message().to_owned();
                run.sync.resume_at_us = None;
                run.sync.finished_at_us = Some(now_micros());
                run.sync.updated_at_us = now_micros();
                if let Err(error) = syncs::save(this.db.pool(), &run.sync).await {
                    tracing::warn!(%error, "recording a failed backfill failed");
                }
                run.sender.send_replace(run.sync.clone());
            }
        });
        receiver
    }
}

/// One backfill running.
struct Run<'a> {
    backfills: &'a Backfills,
    sync: SyncRow,
    sender: watch::Sender<SyncRow>,
    repository: RepositoryRow,
    connection: ConnectionRow,
    /// The token requests carry, and (a GitHub App's installation token)
    /// when it expires, seconds since the epoch.
    token: Option<(String, Option<i64>)>,
}

/// A GitHub App's JWT claims (GitHub: issued a minute back for clock drift,
/// at most ten minutes long, issued by the App's id).
#[derive(Serialize)]
struct AppClaims {
    iat: i64,
    exp: i64,
    iss: String,
}

#[derive(Deserialize)]
struct InstallationToken {
    token: String,
    expires_at: Option<String>,
}

impl Run<'_> {
    fn db(&self) -> &Database {
        &self.backfills.db
    }

    fn on_github(&self) -> bool {
        self.connection.settings.host == Host::GitHub
    }

    async fn go(&mut self) -> Result<()> {
        let mut cursor: Cursor = serde_json::from_str(&self.sync.cursor).unwrap_or_default();
        while cursor.phase != Phase::Done {
            let url = match &cursor.next {
                Some(next) => next.clone(),
                None => match self.first_url(&cursor) {
                    Some(url) => url,
                    None => {
                        cursor = next_phase(cursor, self.on_github());
                        continue;
                    }
                },
            };
            let page = self.fetch(&url).await?;
            let mut after = cursor.clone();
            after.next = page.next.clone();
            let records = self.read(&mut after, &page.body).await?;
            let mut tx = self.db().begin().await?;
            self.write(&mut tx, records).await?;
            if after.next.is_none() {
                after = next_phase(after, self.on_github());
            }
            self.sync.phase = after.phase.name().into();
            self.sync.cursor = serde_json::to_string(&after).map_err(Error::internal)?;
            self.sync.updated_at_us = now_micros();
            syncs::save(&mut *tx, &self.sync).await?;
            tx.commit().await?;
            self.sender.send_replace(self.sync.clone());
            cursor = after;
        }
        self.sync.state = "succeeded".into();
        let now = now_micros();
        self.sync.finished_at_us = Some(now);
        self.sync.updated_at_us = now;
        self.sync.last_success_at_us = Some(self.sync.started_at_us);
        syncs::save(self.db().pool(), &self.sync).await?;
        self.sender.send_replace(self.sync.clone());
        Ok(())
    }

    /// The first page of the cursor's phase (`None`: nothing to read in it).
    fn first_url(&self, cursor: &Cursor) -> Option<String> {
        let api = &self.connection.settings.api_url;
        let full_name = &self.repository.settings.full_name;
        let since = self
            .sync
            .since_us
            .and_then(chrono::DateTime::from_timestamp_micros)
            .map(|time| time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        let since_query = |name: &str| {
            since
                .as_ref()
                .map(|since| format!("&{name}={since}"))
                .unwrap_or_default()
        };
        let github = format!("{api}/repos/{full_name}");
        let gitlab = format!(
            "{api}/projects/{}",
            url::form_urlencoded::byte_serialize(full_name.as_bytes()).collect::<String>()
        );
        let on_github = self.connection.settings.host == Host::GitHub;
        Some(match cursor.phase {
            Phase::Branches if on_github => format!("{github}/branches?per_page=100"),
            Phase::Branches => format!("{gitlab}/repository/branches?per_page=100"),
            Phase::Commits if on_github => {
                format!("{github}/commits?per_page=100{}", since_query("since"))
            }
            Phase::Commits => format!(
                "{gitlab}/repository/commits?per_page=100&with_stats=true{}",
                since_query("since")
            ),
            Phase::Contributors if on_github => {
                format!("{github}/contributors?per_page=100&anon=1")
            }
            Phase::Contributors => format!("{gitlab}/repository/contributors?per_page=100"),
            Phase::PullRequests if on_github => {
                format!("{github}/pulls?state=all&per_page=100&sort=updated&direction=desc")
            }
            Phase::PullRequests => format!(
                "{gitlab}/merge_requests?state=all&per_page=100&order_by=updated_at{}",
                since_query("updated_after")
            ),
            Phase::Reviews => {
                let number = cursor.pulls.first()?;
                match (on_github, cursor.comments) {
                    (true, false) => format!("{github}/pulls/{number}/reviews?per_page=100"),
                    (true, true) => format!("{github}/pulls/{number}/comments?per_page=100"),
                    (false, _) => format!("{gitlab}/merge_requests/{number}/notes?per_page=100"),
                }
            }
            Phase::Done => return None,
        })
    }

    /// Reads what a page says — with what else it takes: each GitHub
    /// commit's own page, the users its people are — and notes what the next
    /// phases need. Outside the page's transaction: nothing waits on the
    /// host or on identity while holding the database.
    async fn read(&mut self, cursor: &mut Cursor, body: &[u8]) -> Result<PageRecords> {
        let on_github = self.on_github();
        let organization_id = self.sync.organization_id.clone();
        let full_name = self.repository.settings.full_name.clone();
        let host = self.connection.settings.host.name();
        let phase = cursor.phase;
        let malformed = |error: crate::domain::webhook::Malformed| {
            Error::new(
                ErrorCode::Unavailable,
                format!(
                    "the host's {} answer is not what its API documents: {error}",
                    phase.name()
                ),
            )
        };
        let now = now_micros();
        Ok(match phase {
            Phase::Branches => {
                let read = if on_github {
                    api::github_branches(body)
                } else {
                    api::gitlab_branches(body)
                }
                .map_err(malformed)?;
                PageRecords::Branches(
                    read.into_iter()
                        .map(|branch| branches::BranchRow {
                            name: branch.name,
                            head_sha: branch.sha,
                            updated_at_us: now,
                            protected: branch.protected,
                        })
                        .collect(),
                )
            }
            Phase::Commits => {
                let mut read = if on_github {
                    api::github_commits(body)
                } else {
                    api::gitlab_commits(body)
                }
                .map_err(malformed)?;
                if on_github {
                    // A list carries no stats: each commit's own page does.
                    for commit in &mut read {
                        let url = format!(
                            "{}/repos/{full_name}/commits/{}",
                            self.connection.settings.api_url, commit.sha
                        );
                        let page = self.fetch(&url).await?;
                        *commit = api::github_commit(&page.body).map_err(malformed)?;
                    }
                }
                let branch = self.repository.settings.default_branch.clone();
                let mut rows: Vec<CommitRow> =
                    read.into_iter().map(|c| commit_row(c, &branch)).collect();
                // Authors matched to the organisation's users by e-mail, as pushes are.
                let mut users = UsersByEmail::default();
                for row in &mut rows {
                    row.author_user_id = users.by_email(self, &row.author_email).await?;
                }
                PageRecords::Commits(rows)
            }
            Phase::Contributors => {
                let read = if on_github {
                    api::github_contributors(body)
                } else {
                    api::gitlab_contributors(body)
                }
                .map_err(malformed)?;
                // By e-mail where the host gives one; a GitHub account by
                // the user its linked address is.
                let logins: Vec<&str> = read.iter().map(|c| c.login.as_str()).collect();
                let by_login =
                    accounts::users(self.db().pool(), &organization_id, host, &logins).await?;
                let mut users = UsersByEmail::default();
                let mut rows = Vec::with_capacity(read.len());
                for contributor in read {
                    let mut user_id = users.by_email(self, &contributor.email).await?;
                    if user_id.is_empty() {
                        user_id = by_login
                            .get(&contributor.login)
                            .cloned()
                            .unwrap_or_default();
                    }
                    rows.push(contributor_row(contributor, user_id, now));
                }
                PageRecords::Contributors(rows)
            }
            Phase::PullRequests => {
                let read = if on_github {
                    let since = self.sync.since_us;
                    let (read, reached_older) =
                        api::github_pulls(body, &full_name, since).map_err(malformed)?;
                    if reached_older {
                        // Sorted by update, newest first: the rest are older still.
                        cursor.next = None;
                    }
                    Ok(read)
                } else {
                    api::gitlab_merge_requests(body, &full_name)
                }
                .map_err(malformed)?;
                cursor
                    .pulls
                    .extend(read.iter().map(|request| request.number));
                PageRecords::PullRequests(read.iter().map(pull_request_row).collect())
            }
            Phase::Reviews => {
                let Some(&number) = cursor.pulls.first() else {
                    return Ok(PageRecords::Nothing);
                };
                let read = match (on_github, cursor.comments) {
                    (true, false) => api::github_reviews(body, &full_name, number),
                    (true, true) => api::github_review_comments(body, &full_name, number),
                    (false, _) => api::gitlab_notes(body, &full_name, number),
                }
                .map_err(malformed)?;
                PageRecords::Reviews(number, read.iter().map(review_row).collect())
            }
            Phase::Done => PageRecords::Nothing,
        })
    }

    /// Writes what a page said, and counts it.
    async fn write(
        &mut self,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        records: PageRecords,
    ) -> Result<()> {
        let organization_id = self.sync.organization_id.clone();
        let repository_id = self.sync.repository_id.clone();
        let keys = (organization_id.as_str(), repository_id.as_str());
        let now = now_micros();
        match records {
            PageRecords::Branches(rows) => {
                for row in &rows {
                    branches::set_head(tx, keys.0, keys.1, row).await?;
                }
                self.sync.branches += count(rows.len());
            }
            PageRecords::Commits(rows) => {
                commits::insert(tx, keys, &rows, Seen::Complete, now).await?;
                // GitHub links each author's address to an account.
                let linked: Vec<AccountRow> = rows
                    .iter()
                    .filter(|row| !row.author_login.is_empty() && !row.author_email.is_empty())
                    .map(|row| AccountRow {
                        login: row.author_login.clone(),
                        email: row.author_email.clone(),
                        user_id: row.author_user_id.clone(),
                    })
                    .collect();
                let host = self.connection.settings.host.name();
                accounts::remember(tx, keys.0, host, &linked, now).await?;
                self.sync.commits += count(rows.len());
            }
            PageRecords::Contributors(rows) => {
                contributors::save(tx, keys, &rows).await?;
                self.sync.contributors += count(rows.len());
            }
            PageRecords::PullRequests(rows) => {
                for row in &rows {
                    pull_requests::save(tx, keys.0, keys.1, row, now).await?;
                }
                self.sync.pull_requests += count(rows.len());
            }
            PageRecords::Reviews(number, rows) => {
                for row in &rows {
                    pull_requests::add_review(tx, keys.0, keys.1, number, row).await?;
                }
                self.sync.reviews += count(rows.len());
            }
            PageRecords::Nothing => {}
        }
        Ok(())
    }

    /// One page, with rate limits waited out and transient failures retried;
    /// the body and the next page's URL.
    async fn fetch(&mut self, url: &str) -> Result<Page> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let request = self.authorized(self.backfills.http.get(url)).await?;
            self.sync.requests += 1;
            let response = match request.send().await {
                Ok(response) => response,
                Err(error) if attempt < ATTEMPTS => {
                    tracing::debug!(%error, url, "retrying a page");
                    tokio::time::sleep(backoff(attempt)).await;
                    continue;
                }
                Err(error) => return Err(unreachable(url, &error.without_url().to_string())),
            };
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
            let now_seconds = now_micros() / 1_000_000;
            if let Some(until) = api::wait_until(status, header, now_seconds) {
                self.wait_out(until).await?;
                attempt = 0;
                continue;
            }
            if status >= 500 && attempt < ATTEMPTS {
                tokio::time::sleep(backoff(attempt)).await;
                continue;
            }
            let next = api::next_link(header("link"))
                .or_else(|| api::next_page(header("x-next-page")).map(|page| with_page(url, page)));
            let body = response
                .bytes()
                .await
                .map_err(|error| unreachable(url, &error.without_url().to_string()))?;
            if !(200..300).contains(&status) {
                let said: String = String::from_utf8_lossy(&body).chars().take(200).collect();
                return Err(Error::new(
                    if matches!(status, 401 | 403 | 404) {
                        ErrorCode::FailedPrecondition
                    } else {
                        ErrorCode::Unavailable
                    },
                    format!("GET {} answered {status}: {said}", without_query(url)),
                ));
            }
            return Ok(Page {
                body: body.to_vec(),
                next,
            });
        }
    }

    /// Rate limited until `until` (seconds since the epoch): said, saved, waited.
    async fn wait_out(&mut self, until: i64) -> Result<()> {
        self.sync.state = "rate_limited".into();
        self.sync.resume_at_us = Some(until * 1_000_000);
        self.sync.updated_at_us = now_micros();
        syncs::save(self.db().pool(), &self.sync).await?;
        self.sender.send_replace(self.sync.clone());
        let wait = u64::try_from(until - now_micros() / 1_000_000).unwrap_or(0);
        tokio::time::sleep(Duration::from_secs(wait.max(1))).await;
        self.sync.state = "running".into();
        self.sync.resume_at_us = None;
        self.sender.send_replace(self.sync.clone());
        Ok(())
    }

    /// The request with the connection's credentials.
    async fn authorized(
        &mut self,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::RequestBuilder> {
        let now = now_micros() / 1_000_000;
        // An installation token is renewed five minutes before it expires.
        let fresh =
            matches!(&self.token, Some((_, expires)) if expires.is_none_or(|at| at - 300 > now));
        if !fresh {
            let secret = self.backfills.secrets.open(
                &self.connection.secret_sealed,
                &secret_context(&self.connection.id),
            )?;
            let secret = String::from_utf8(secret).map_err(Error::internal)?;
            self.token = Some(match self.connection.settings.auth {
                Auth::Token => (secret, None),
                Auth::GitHubApp => self.installation_token(&secret, now).await?,
            });
        }
        let token = self
            .token
            .as_ref()
            .map(|(token, _)| token.as_str())
            .unwrap_or_default();
        Ok(match self.connection.settings.host {
            Host::GitHub => request
                .bearer_auth(token)
                .header("accept", "application/vnd.github+json")
                .header("x-github-api-version", "2022-11-28"),
            _ => request.header("private-token", token),
        })
    }

    /// A GitHub App installation token: an RS256 JWT signed with the App's
    /// key, exchanged at `POST /app/installations/{id}/access_tokens`.
    async fn installation_token(&mut self, key: &str, now: i64) -> Result<(String, Option<i64>)> {
        let settings = &self.connection.settings;
        let refused = |problem: String| {
            Error::new(
                ErrorCode::FailedPrecondition,
                format!("connection {}: {problem}", self.connection.id),
            )
        };
        let signing = jsonwebtoken::EncodingKey::from_rsa_pem(key.as_bytes()).map_err(|error| {
            refused(format!(
                "the GitHub App's private key is not a usable RSA key: {error}"
            ))
        })?;
        let claims = AppClaims {
            iat: now - 60,
            exp: now + 540,
            iss: settings.app_id.clone(),
        };
        let jwt = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256),
            &claims,
            &signing,
        )
        .map_err(Error::internal)?;
        let url = format!(
            "{}/app/installations/{}/access_tokens",
            settings.api_url, settings.installation_id
        );
        self.sync.requests += 1;
        let response = self
            .backfills
            .http
            .post(&url)
            .bearer_auth(jwt)
            .header("accept", "application/vnd.github+json")
            .header("x-github-api-version", "2022-11-28")
            .send()
            .await
            .map_err(|error| unreachable(&url, &error.without_url().to_string()))?;
        let status = response.status().as_u16();
        let body = response
            .bytes()
            .await
            .map_err(|error| unreachable(&url, &error.without_url().to_string()))?;
        if !(200..300).contains(&status) {
            let said: String = String::from_utf8_lossy(&body).chars().take(200).collect();
            return Err(refused(format!("POST {url} answered {status}: {said}")));
        }
        let issued: InstallationToken = serde_json::from_slice(&body)
            .map_err(|error| refused(format!("POST {url} answered {error}")))?;
        let expires = issued
            .expires_at
            .as_deref()
            .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
            .map(|at| at.timestamp());
        Ok((issued.token, expires))
    }
}

fn is_running(progress: &watch::Receiver<SyncRow>) -> bool {
    matches!(progress.borrow().state.as_str(), "running" | "rate_limited")
}

/// After the last page of a phase: the next phase (reviews go request by
/// request; with `two_lists` (GitHub) each request's reviews then its review comments).
fn next_phase(mut cursor: Cursor, two_lists: bool) -> Cursor {
    cursor.next = None;
    cursor.phase = match cursor.phase {
        Phase::Branches => Phase::Commits,
        Phase::Commits => Phase::Contributors,
        Phase::Contributors => Phase::PullRequests,
        Phase::PullRequests => Phase::Reviews,
        Phase::Reviews => {
            if two_lists && !cursor.comments {
                cursor.comments = true;
                return cursor;
            }
            cursor.comments = false;
            if !cursor.pulls.is_empty() {
                cursor.pulls.remove(0);
            }
            if cursor.pulls.is_empty() {
                Phase::Done
            } else {
                Phase::Reviews
            }
        }
        Phase::Done => Phase::Done,
    };
    cursor
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250 * 2_u64.pow(attempt.min(6)))
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn unreachable(url: &str, error: &str) -> Error {
    Error::new(
        ErrorCode::Unavailable,
        format!("GET {} failed: {error}", without_query(url)),
    )
}

fn without_query(url: &str) -> &str {
    url.split('?').next().unwrap_or(url)
}

/// `url` asking for page `page` (GitLab's `X-Next-Page` without a `Link`).
fn with_page(url: &str, page: u32) -> String {
    let Ok(mut parsed) = url::Url::parse(url) else {
        return url.to_owned();
    };
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(key, _)| key != "page")
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    parsed
        .query_pairs_mut()
        .clear()
        .extend_pairs(kept)
        .append_pair("page", &page.to_string());
    parsed.to_string()
}

fn commit_row(commit: ApiCommit, branch: &str) -> CommitRow {
    CommitRow {
        sha: commit.sha,
        branch: branch.to_owned(),
        message: commit.message,
        author_name: commit.author.name,
        author_email: commit.author.email,
        author_login: commit.author.login,
        author_user_id: String::new(),
        committer_name: commit.committer.name,
        committer_email: commit.committer.email,
        authored_at_us: commit.authored_at_us,
        committed_at_us: commit.committed_at_us,
        parent_shas: commit.parents,
        additions: commit.additions,
        deletions: commit.deletions,
        files_changed: commit.files_changed,
    }
}

fn contributor_row(contributor: ApiContributor, user_id: String, now_us: i64) -> ContributorRow {
    ContributorRow {
        login: contributor.login,
        name: contributor.name,
        email: contributor.email,
        commits: contributor.commits,
        additions: contributor.additions,
        deletions: contributor.deletions,
        user_id,
        updated_at_us: now_us,
    }
}

/// The organisation's users by e-mail, each asked of identity once a page.
#[derive(Default)]
struct UsersByEmail(HashMap<String, String>);

impl UsersByEmail {
    /// The user with `email` (any case), or empty.
    async fn by_email(&mut self, run: &Run<'_>, email: &str) -> Result<String> {
        let email = email.to_lowercase();
        if email.is_empty() {
            return Ok(String::new());
        }
        if let Some(user) = self.0.get(&email) {
            return Ok(user.clone());
        }
        let user = run
            .backfills
            .repositories
            .identity()
            .user_with_email(&run.sync.organization_id, &email)
            .await?
            .unwrap_or_default();
        self.0.insert(email, user.clone());
        Ok(user)
    }
}

fn pull_request_row(event: &PullRequestEvent) -> PullRequestRow {
    crate::deliveries::pull_request_row(event)
}

fn review_row(activity: &ReviewActivity) -> ReviewRow {
    ReviewRow {
        activity_id: activity.id.clone(),
        reviewer: activity.reviewer.clone(),
        kind: match activity.kind {
            ReviewKind::Review(state) => state.name(),
            ReviewKind::Comment => "comment",
        }
        .to_owned(),
        submitted_at_us: activity.at_us,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_go_in_order_and_reviews_request_by_request() {
        let mut cursor = Cursor::default();
        let mut seen = Vec::new();
        for _ in 0..3 {
            cursor = next_phase(cursor, true);
            seen.push(cursor.phase);
        }
        cursor.pulls = vec![7, 9];
        for _ in 0..5 {
            cursor = next_phase(cursor, true);
            seen.push(cursor.phase);
        }
        assert_eq!(
            seen,
            [
                Phase::Commits,
                Phase::Contributors,
                Phase::PullRequests,
                Phase::Reviews,
                Phase::Reviews,
                Phase::Reviews,
                Phase::Reviews,
                Phase::Done,
            ]
        );
        // GitLab: one list (notes) per request.
        let mut gitlab = Cursor {
            phase: Phase::PullRequests,
            pulls: vec![1, 2],
            ..Cursor::default()
        };
        let mut phases = Vec::new();
        for _ in 0..3 {
            gitlab = next_phase(gitlab, false);
            phases.push((gitlab.phase, gitlab.pulls.first().copied()));
        }
        assert_eq!(
            phases,
            [
                (Phase::Reviews, Some(1)),
                (Phase::Reviews, Some(2)),
                (Phase::Done, None)
            ]
        );
    }

    #[test]
    fn gitlab_pages_keep_the_query() {
        assert_eq!(
            with_page(
                "https://gitlab.example.com/api/v4/projects/a%2Fb/merge_requests?state=all&page=1",
                2
            ),
            "https://gitlab.example.com/api/v4/projects/a%2Fb/merge_requests?state=all&page=2"
        );
    }
}
