//! People: the users a rule, an escalation level or an in-app channel names
//! and the members of the teams it names, with their e-mail addresses, and
//! the users vulnerabilities are assigned to — asked of the identity and
//! security services' APIs (never their tables) as the notification
//! service's own workload identity (`users.read`, `teams.read`,
//! `security.read`), and remembered while one batch of events is routed.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use secureflow_platform::auth::{Authenticator, WorkloadGrant};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::mesh::{Mesh, MeshChannel};
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::secureflow::identity::v1::{
    GetTeamRequest, GetUserRequest, ListUsersRequest,
};
use secureflow_proto::secureflow::security::v1::GetVulnerabilityRequest;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;

/// How long one workload token for the identity service lives.
const TOKEN_TTL: Duration = Duration::from_secs(300);

/// Members of a team read at a time (every page is read).
const TEAM_MEMBERS_PAGE: i32 = 500;

/// A person who receives notifications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// User id.
    pub id: String,
    /// E-mail address.
    pub email: String,
}

/// Asks the identity service who is who.
#[derive(Clone)]
pub struct Directory {
    identity: Arc<dyn Authenticator>,
    mesh: Arc<Mesh>,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Directory").finish_non_exhaustive()
    }
}

/// What one batch has learnt: users (`None`: not found or inactive),
/// teams' members and vulnerabilities' assignees, per organisation.
#[derive(Debug, Default)]
pub struct Known {
    bearers: HashMap<String, String>,
    users: HashMap<(String, String), Option<Person>>,
    teams: HashMap<(String, String), Option<Vec<Person>>>,
    assignees: HashMap<(String, String), String>,
}

type Client = IdentityServiceClient<MeshChannel>;

impl Directory {
    /// Over the process's authenticator (which issues workload tokens) and
    /// its mesh of services.
    pub fn new(identity: Arc<dyn Authenticator>, mesh: Arc<Mesh>) -> Self {
        Self { identity, mesh }
    }

    /// The bearer credential acting in `organization_id`: one workload token
    /// per organisation for as long as `known` lives (one batch of events,
    /// one request).
    async fn bearer(&self, known: &mut Known, organization_id: &str) -> Result<String> {
        if let Some(bearer) = known.bearers.get(organization_id) {
            return Ok(bearer.clone());
        }
        let grant = WorkloadGrant {
            organization_id: organization_id.to_owned(),
            subject: "service:notification".to_owned(),
            permissions: BTreeSet::from([
                "users.read".to_owned(),
                "teams.read".to_owned(),
                "security.read".to_owned(),
            ]),
            ttl: TOKEN_TTL,
        };
        let bearer = format!("Bearer {}", self.identity.workload_token(&grant).await?);
        known
            .bearers
            .insert(organization_id.to_owned(), bearer.clone());
        Ok(bearer)
    }

    /// `message` with the bearer credential of `organization_id`.
    async fn request<T>(
        &self,
        known: &mut Known,
        organization_id: &str,
        message: T,
    ) -> Result<tonic::Request<T>> {
        let bearer = self.bearer(known, organization_id).await?;
        let mut request = tonic::Request::new(message);
        let value = bearer
            .parse()
            .map_err(|_| Error::internal("a workload token is not a valid header"))?;
        request.metadata_mut().insert("authorization", value);
        Ok(request)
    }

    fn identity_client(&self) -> Result<Client> {
        Ok(IdentityServiceClient::new(self.mesh.channel()?))
    }

    /// The users the organisation's vulnerabilities `ids` are assigned to,
    /// each once (a vulnerability not found or not assigned names nobody),
    /// from the security service's API.
    pub async fn assignees(
        &self,
        known: &mut Known,
        organization_id: &str,
        ids: &[String],
    ) -> Result<Vec<String>> {
        let mut assignees: Vec<String> = Vec::new();
        for id in ids {
            let key = (organization_id.to_owned(), id.clone());
            if !known.assignees.contains_key(&key) {
                let request = self
                    .request(
                        known,
                        organization_id,
                        GetVulnerabilityRequest { id: id.clone() },
                    )
                    .await?;
                let assigned = match SecurityServiceClient::new(self.mesh.channel()?)
                    .get_vulnerability(request)
                    .await
                {
                    Ok(answer) => answer
                        .into_inner()
                        .vulnerability
                        .map(|v| v.assigned_to)
                        .unwrap_or_default(),
                    Err(status) if status.code() == tonic::Code::NotFound => String::new(),
                    Err(status) => return Err(answered("security", &status)),
                };
                known.assignees.insert(key.clone(), assigned);
            }
            if let Some(assigned) = known.assignees.get(&key)
                && !assigned.is_empty()
                && !assignees.contains(assigned)
            {
                assignees.push(assigned.clone());
            }
        }
        Ok(assignees)
    }

    /// The user `id` of the organisation when it exists and is active.
    async fn user(
        &self,
        known: &mut Known,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<Person>> {
        let key = (organization_id.to_owned(), id.to_owned());
        if let Some(user) = known.users.get(&key) {
            return Ok(user.clone());
        }
        let request = self
            .request(known, organization_id, GetUserRequest { id: id.to_owned() })
            .await?;
        let user = match self.identity_client()?.get_user(request).await {
            Ok(answer) => answer
                .into_inner()
                .user
                .filter(|user| user.active)
                .map(|user| Person {
                    id: user.id,
                    email: user.email,
                }),
            Err(status) if status.code() == tonic::Code::NotFound => None,
            Err(status) => return Err(answered("identity", &status)),
        };
        known.users.insert(key, user.clone());
        Ok(user)
    }

    /// The active members of team `id` of the organisation, every one
    /// (`None`: no such team).
    async fn team(
        &self,
        known: &mut Known,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<Vec<Person>>> {
        let key = (organization_id.to_owned(), id.to_owned());
        if let Some(members) = known.teams.get(&key) {
            return Ok(members.clone());
        }
        let mut client = self.identity_client()?;
        let request = self
            .request(known, organization_id, GetTeamRequest { id: id.to_owned() })
            .await?;
        let members = match client.get_team(request).await {
            Ok(_) => Some(
                self.members(&mut client, known, organization_id, id)
                    .await?,
            ),
            Err(status) if status.code() == tonic::Code::NotFound => None,
            Err(status) => return Err(answered("identity", &status)),
        };
        known.teams.insert(key, members.clone());
        Ok(members)
    }

    /// The active members of team `id` of the organisation, page after page.
    async fn members(
        &self,
        client: &mut Client,
        known: &mut Known,
        organization_id: &str,
        id: &str,
    ) -> Result<Vec<Person>> {
        let mut members = Vec::new();
        let mut page_token = String::new();
        loop {
            let listing = ListUsersRequest {
                team_id: id.to_owned(),
                page_size: TEAM_MEMBERS_PAGE,
                page_token,
                ..Default::default()
            };
            let request = self.request(known, organization_id, listing).await?;
            let page = client
                .list_users(request)
                .await
                .map_err(|status| answered("identity", &status))?
                .into_inner();
            let active = page.users.into_iter().filter(|user| user.active);
            members.extend(active.map(|user| Person {
                id: user.id,
                email: user.email,
            }));
            if page.next_page_token.is_empty() {
                return Ok(members);
            }
            page_token = page.next_page_token;
        }
    }

    /// Every person `user_ids` and the members of `team_ids` name, each
    /// once, in the order named; users and teams not found (deleted since)
    /// are left out.
    pub async fn people(
        &self,
        known: &mut Known,
        organization_id: &str,
        user_ids: &[String],
        team_ids: &[String],
    ) -> Result<Vec<Person>> {
        let mut people: Vec<Person> = Vec::new();
        for id in user_ids {
            people.extend(self.user(known, organization_id, id).await?);
        }
        for id in team_ids {
            people.extend(
                self.team(known, organization_id, id)
                    .await?
                    .unwrap_or_default(),
            );
        }
        let mut seen = BTreeSet::new();
        people.retain(|person| seen.insert(person.id.clone()));
        Ok(people)
    }

    /// Checks that every user and team named belongs to the organisation:
    /// INVALID_ARGUMENT at `{field}user_ids[i]` / `{field}team_ids[i]` for
    /// the first that does not.
    pub async fn check_named(
        &self,
        known: &mut Known,
        organization_id: &str,
        field: &str,
        user_ids: &[String],
        team_ids: &[String],
    ) -> Result<()> {
        for (index, id) in user_ids.iter().enumerate() {
            if self.user(known, organization_id, id).await?.is_none() {
                return Err(Error::invalid_field(
                    format!("{field}user_ids[{index}]"),
                    format!("no active user `{id}` in the organisation"),
                ));
            }
        }
        for (index, id) in team_ids.iter().enumerate() {
            if self.team(known, organization_id, id).await?.is_none() {
                return Err(Error::invalid_field(
                    format!("{field}team_ids[{index}]"),
                    format!("team `{id}` not found"),
                ));
            }
        }
        Ok(())
    }
}

/// Another service's refusal, as this service's error.
fn answered(service: &str, status: &tonic::Status) -> Error {
    Error::new(
        ErrorCode::from_grpc(status.code()),
        format!("the {service} service answered: {}", status.message()),
    )
}

/// What a lookup found; when the service asked refuses for good, nobody
/// (logged: the channels still hear) — but an answer worth waiting for (the
/// service starting or busy) stays an error, so the work is tried again.
pub fn or_nobody<T: Default>(found: Result<T>, what: &str) -> Result<T> {
    match found {
        Ok(found) => Ok(found),
        Err(error)
            if matches!(
                error.code(),
                ErrorCode::Unavailable | ErrorCode::ResourceExhausted
            ) =>
        {
            Err(error)
        }
        Err(error) => {
            tracing::warn!(%error, "{what} could not be read; they are left out");
            Ok(T::default())
        }
    }
}
