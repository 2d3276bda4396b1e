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

/// Most members read of one team.
const TEAM_MEMBERS_MAX: i32 = 500;

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

    /// A client and bearer credential acting in `organization_id`.
    async fn client(&self, organization_id: &str) -> Result<(Client, String)> {
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
        let token = self.identity.workload_token(&grant).await?;
        Ok((
            IdentityServiceClient::new(self.mesh.channel()?),
            format!("Bearer {token}"),
        ))
    }

    fn request<T>(message: T, bearer: &str) -> Result<tonic::Request<T>> {
        let mut request = tonic::Request::new(message);
        let value = bearer
            .parse()
            .map_err(|_| Error::internal("a workload token is not a valid header"))?;
        request.metadata_mut().insert("authorization", value);
        Ok(request)
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
        let mut bearer: Option<String> = None;
        for id in ids {
            let key = (organization_id.to_owned(), id.clone());
            if !known.assignees.contains_key(&key) {
                let token = match &bearer {
                    Some(token) => token.clone(),
                    None => bearer.insert(self.client(organization_id).await?.1).clone(),
                };
                let request = Self::request(GetVulnerabilityRequest { id: id.clone() }, &token)?;
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
                    Err(status) => return Err(answered(&status)),
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
    pub async fn user(&self, organization_id: &str, id: &str) -> Result<Option<Person>> {
        let (mut client, bearer) = self.client(organization_id).await?;
        let request = Self::request(GetUserRequest { id: id.to_owned() }, &bearer)?;
        match client.get_user(request).await {
            Ok(answer) => Ok(answer
                .into_inner()
                .user
                .filter(|user| user.active)
                .map(|user| Person {
                    id: user.id,
                    email: user.email,
                })),
            Err(status) if status.code() == tonic::Code::NotFound => Ok(None),
            Err(status) => Err(answered(&status)),
        }
    }

    /// The active members of team `id` of the organisation (`None`: no such
    /// team).
    pub async fn team(&self, organization_id: &str, id: &str) -> Result<Option<Vec<Person>>> {
        let (mut client, bearer) = self.client(organization_id).await?;
        let request = Self::request(GetTeamRequest { id: id.to_owned() }, &bearer)?;
        match client.get_team(request).await {
            Ok(_) => {}
            Err(status) if status.code() == tonic::Code::NotFound => return Ok(None),
            Err(status) => return Err(answered(&status)),
        }
        let request = Self::request(
            ListUsersRequest {
                team_id: id.to_owned(),
                page_size: TEAM_MEMBERS_MAX,
                ..Default::default()
            },
            &bearer,
        )?;
        let users = client
            .list_users(request)
            .await
            .map_err(|status| answered(&status))?
            .into_inner()
            .users;
        Ok(Some(
            users
                .into_iter()
                .filter(|user| user.active)
                .map(|user| Person {
                    id: user.id,
                    email: user.email,
                })
                .collect(),
        ))
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
            let key = (organization_id.to_owned(), id.clone());
            if !known.users.contains_key(&key) {
                let user = self.user(organization_id, id).await?;
                known.users.insert(key.clone(), user);
            }
            if let Some(Some(person)) = known.users.get(&key) {
                people.push(person.clone());
            }
        }
        for id in team_ids {
            let key = (organization_id.to_owned(), id.clone());
            if !known.teams.contains_key(&key) {
                let members = self.team(organization_id, id).await?;
                known.teams.insert(key.clone(), members);
            }
            if let Some(Some(members)) = known.teams.get(&key) {
                people.extend(members.iter().cloned());
            }
        }
        let mut seen = BTreeSet::new();
        people.retain(|person| seen.insert(person.id.clone()));
        Ok(people)
    }
}

/// The identity service's refusal, as this service's error.
fn answered(status: &tonic::Status) -> Error {
    Error::new(
        ErrorCode::from_grpc(status.code()),
        format!("the identity service answered: {}", status.message()),
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

impl Directory {
    /// Checks that every user and team named belongs to the organisation:
    /// INVALID_ARGUMENT at `{field}.user_ids[i]` / `{field}.team_ids[i]`
    /// for the first that does not.
    pub async fn check_named(
        &self,
        organization_id: &str,
        field: &str,
        user_ids: &[String],
        team_ids: &[String],
    ) -> Result<()> {
        for (index, id) in user_ids.iter().enumerate() {
            if self.user(organization_id, id).await?.is_none() {
                return Err(Error::invalid_field(
                    format!("{field}user_ids[{index}]"),
                    format!("no active user `{id}` in the organisation"),
                ));
            }
        }
        for (index, id) in team_ids.iter().enumerate() {
            if self.team(organization_id, id).await?.is_none() {
                return Err(Error::invalid_field(
                    format!("{field}team_ids[{index}]"),
                    format!("team `{id}` not found"),
                ));
            }
        }
        Ok(())
    }
}
