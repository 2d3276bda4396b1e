//! What deliveries and backfills recorded, read back: a repository's
//! branches, commits, contributors and pull or merge requests with their
//! reviews. The repository is named by id or full name, deleted or not.

use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};

use crate::repositories::Repositories;
use crate::store::accounts::{self, Users};
use crate::store::branches::{self, BranchRow};
use crate::store::commits::{self, CommitRow, Filters};
use crate::store::contributors::{self, ContributorRow};
use crate::store::pull_requests::{self, PullRequestRow};

/// A request with its reviewers: (reviewer, latest review state or empty,
/// comments, latest activity µs).
pub type WithReviews = (PullRequestRow, Vec<(String, String, i64, i64)>);

/// Reads of the recorded branches, commits and requests.
#[derive(Debug, Clone)]
pub struct Records {
    repositories: Repositories,
}

impl Records {
    /// Over the repositories (which name the database).
    pub fn new(repositories: Repositories) -> Self {
        Self { repositories }
    }

    async fn repository_id(&self, organization_id: &str, repository: &str) -> Result<String> {
        Ok(self.repository_on(organization_id, repository).await?.0)
    }

    /// The repository's id and its host's name.
    async fn repository_on(
        &self,
        organization_id: &str,
        repository: &str,
    ) -> Result<(String, &'static str)> {
        let row = self.repositories.get(organization_id, repository).await?;
        Ok((row.id, row.settings.host.name()))
    }

    /// The users the requests' authors, those who merged them and their
    /// reviewers are, by login.
    async fn users<'a>(
        &self,
        organization_id: &str,
        host: &str,
        logins: impl Iterator<Item = &'a str>,
    ) -> Result<Users> {
        let logins: Vec<&str> = logins.collect();
        accounts::users(
            self.repositories.db().pool(),
            organization_id,
            host,
            &logins,
        )
        .await
    }

    /// A page of the repository's branches, by name.
    pub async fn branches(
        &self,
        organization_id: &str,
        repository: &str,
        page: Page,
    ) -> Result<(String, Vec<BranchRow>)> {
        let id = self.repository_id(organization_id, repository).await?;
        let rows = branches::list(self.repositories.db(), organization_id, &id, page).await?;
        Ok((id, rows))
    }

    /// A page of the repository's contributors, most commits first.
    pub async fn contributors(
        &self,
        organization_id: &str,
        repository: &str,
        page: Page,
    ) -> Result<Vec<ContributorRow>> {
        let id = self.repository_id(organization_id, repository).await?;
        contributors::list(self.repositories.db(), organization_id, &id, page).await
    }

    /// A page of the repository's commits, newest first.
    pub async fn commits(
        &self,
        organization_id: &str,
        repository: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<(String, Vec<CommitRow>)> {
        let id = self.repository_id(organization_id, repository).await?;
        let rows =
            commits::list(self.repositories.db(), organization_id, &id, filters, page).await?;
        Ok((id, rows))
    }

    /// One commit, or NOT_FOUND.
    pub async fn commit(
        &self,
        organization_id: &str,
        repository: &str,
        sha: &str,
    ) -> Result<(String, CommitRow)> {
        let id = self.repository_id(organization_id, repository).await?;
        let row = commits::get(self.repositories.db(), organization_id, &id, sha.trim())
            .await?
            .ok_or_else(|| Error::not_found("commit", sha))?;
        Ok((id, row))
    }

    /// A page of the repository's requests in `state` (empty: any) into
    /// `target_branch` (empty: any), newest first.
    pub async fn pull_requests(
        &self,
        organization_id: &str,
        repository: &str,
        filters: (&str, &str),
        page: Page,
    ) -> Result<(String, Vec<PullRequestRow>, Users)> {
        let (id, host) = self.repository_on(organization_id, repository).await?;
        let rows = pull_requests::list(self.repositories.db(), organization_id, &id, filters, page)
            .await?;
        let logins = rows
            .iter()
            .flat_map(|row| [row.author.as_str(), row.merged_by.as_str()]);
        let users = self.users(organization_id, host, logins).await?;
        Ok((id, rows, users))
    }

    /// One request with its reviewers, or NOT_FOUND.
    pub async fn pull_request(
        &self,
        organization_id: &str,
        repository: &str,
        number: i64,
    ) -> Result<(String, WithReviews, Users)> {
        let (id, host) = self.repository_on(organization_id, repository).await?;
        let db = self.repositories.db();
        let row = pull_requests::get(db.pool(), organization_id, &id, number)
            .await?
            .ok_or_else(|| Error::not_found("pull request", &number.to_string()))?;
        let reviewers = pull_requests::reviewers(db, organization_id, &id, number).await?;
        let logins = [row.author.as_str(), row.merged_by.as_str()]
            .into_iter()
            .chain(reviewers.iter().map(|reviewer| reviewer.0.as_str()));
        let users = self.users(organization_id, host, logins).await?;
        Ok((id, (row, reviewers), users))
    }
}
