//! Authentication and authorisation, in one place.
//!
//! [`enforce_access`] runs in front of every service. For each call it looks up
//! the rule the contract declares for the RPC ([`AccessTable`]), authenticates
//! the `authorization: Bearer …` credential with the configured
//! [`Authenticator`], checks the permission, and hands the [`Caller`] to the
//! handler in the request extensions. Handlers never check permissions; they
//! scope their queries by [`Caller::organization_id`].

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use futures::future::BoxFuture;

use sha2::{Digest, Sha256};

use crate::access::{AccessRule, AccessTable};
use crate::audit::{
    AuditEntry, AuditSink, ObservedBody, OnEnd, code_name, descriptor_pool, resource_of,
    resource_targets, status_from,
};
use crate::error::{Error, ErrorCode, Result};

/// What kind of principal is calling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallerKind {
    /// A person, with a JWT access token.
    User,
    /// Automation, with an API token.
    ApiToken,
    /// The platform's own work acting for a resource (a pipeline's scanner
    /// steps sending their reports), with a short-lived workload token the
    /// identity service issued to another service of the mesh.
    Workload,
}

/// Permissions a workload token may carry: what the platform's own work needs
/// of other services (a scanner step sends its report and reads the gate
/// verdict; the notification service reads who the users and teams its
/// rules name are). Nothing else can be asked for, so a workload never
/// holds more.
pub const WORKLOAD_PERMISSIONS: &[&str] = &[
    "security.read",
    "security.write",
    "users.read",
    "teams.read",
];

/// Longest a workload token lives.
pub const WORKLOAD_TOKEN_TTL_LIMIT: std::time::Duration = std::time::Duration::from_secs(3600);

/// What a service asks a workload token for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkloadGrant {
    /// The organisation it acts in.
    pub organization_id: String,
    /// Who acts, `<kind>:<id>` (`pipeline:p-1`); the subject of the calls
    /// made with it, as the audit log shows them.
    pub subject: String,
    /// Permissions, among [`WORKLOAD_PERMISSIONS`].
    pub permissions: BTreeSet<String>,
    /// How long it lives, at most [`WORKLOAD_TOKEN_TTL_LIMIT`].
    pub ttl: std::time::Duration,
}

/// The authenticated principal of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// User id or API token id.
    pub subject: String,
    /// Person or automation.
    pub kind: CallerKind,
    /// The organisation every query of this call is scoped to.
    pub organization_id: String,
    /// The person the call acts for: the user of an access token, or the owner
    /// of an API token; `None` for the instance operator's tokens.
    pub user_id: Option<String>,
    /// Organisation-wide permissions held.
    pub permissions: BTreeSet<String>,
    /// Permissions held on single resources, keyed `<resource_type>:<id>`
    /// (`repository:r-1`), from role bindings scoped to a repository or team.
    pub scoped_permissions: BTreeMap<String, BTreeSet<String>>,
}

impl Caller {
    /// Whether the caller holds `permission` organisation-wide.
    pub fn has(&self, permission: &str) -> bool {
        self.permissions.contains(permission)
    }

    /// Whether the caller holds `permission` on the resource `<resource_type>:<id>`.
    pub fn has_on(&self, resource: &str, permission: &str) -> bool {
        self.has(permission)
            || self
                .scoped_permissions
                .get(resource)
                .is_some_and(|held| held.contains(permission))
    }

    /// Whether some scoped binding grants `permission` (so the request's resource matters).
    pub fn has_anywhere(&self, permission: &str) -> bool {
        self.scoped_permissions
            .values()
            .any(|held| held.contains(permission))
    }

    /// The caller of a request that passed [`enforce_access`]; `UNAUTHENTICATED`
    /// for anonymous calls.
    pub fn of<T>(request: &tonic::Request<T>) -> Result<&Caller> {
        request
            .extensions()
            .get::<Caller>()
            .ok_or_else(|| Error::new(ErrorCode::Unauthenticated, "this call needs credentials"))
    }
}

/// What a tonic handler returns.
pub type Reply<T> = std::result::Result<tonic::Response<T>, tonic::Status>;

/// A handler's successful reply. Inside a handler, `?` turns the platform's
/// errors into statuses through the one status table (`From<Error> for Status`).
pub fn ok<T>(message: T) -> Reply<T> {
    Ok(tonic::Response::new(message))
}

/// The correlation id of a call, as the access layer read or made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrelationId(pub String);

/// The correlation id of a request: the one the access layer settled on (the
/// client's `x-correlation-id` when it is sane, else a new one).
pub fn correlation_id_of<T>(request: &tonic::Request<T>) -> String {
    request
        .extensions()
        .get::<CorrelationId>()
        .map(|id| id.0.clone())
        .unwrap_or_else(|| {
            sane_correlation_id(
                request
                    .metadata()
                    .get("x-correlation-id")
                    .and_then(|value| value.to_str().ok()),
            )
        })
}

/// What events a call causes carry: its organisation, caller, correlation id
/// and trace context.
pub fn event_context<T>(
    request: &tonic::Request<T>,
) -> std::result::Result<crate::events::EventContext, tonic::Status> {
    let caller = caller(request)?;
    Ok(crate::events::EventContext {
        organization_id: caller.organization_id,
        actor: caller.subject,
        correlation_id: correlation_id_of(request),
        traceparent: request
            .metadata()
            .get("traceparent")
            .and_then(|value| value.to_str().ok())
            .filter(|value| value.len() == 55 && value.bytes().all(|b| b.is_ascii_graphic()))
            .unwrap_or_default()
            .to_owned(),
    })
}

/// The caller of a request, as a gRPC status when absent.
pub fn caller<T>(request: &tonic::Request<T>) -> std::result::Result<Caller, tonic::Status> {
    Caller::of(request).cloned().map_err(tonic::Status::from)
}

/// Turns a bearer credential into a [`Caller`], or refuses it; and answers
/// the directory questions other services ask of identity.
pub trait Authenticator: Send + Sync + 'static {
    /// Authenticates one credential (the text after `Bearer `).
    fn authenticate<'a>(&'a self, credential: &'a str) -> BoxFuture<'a, Result<Caller>>;

    /// Whether `user_id` is a user of the organisation (for requests that
    /// name a person: an assignee, a reviewer).
    fn is_member<'a>(
        &'a self,
        organization_id: &'a str,
        user_id: &'a str,
    ) -> BoxFuture<'a, Result<bool>>;

    /// Whether `team_id` is a team of the organisation (for requests that
    /// name a team: a repository's owners).
    fn is_team<'a>(
        &'a self,
        organization_id: &'a str,
        team_id: &'a str,
    ) -> BoxFuture<'a, Result<bool>>;

    /// The id of the organisation's user with this e-mail address (any
    /// case), if there is one (commit authors are matched to users by it).
    fn user_with_email<'a>(
        &'a self,
        organization_id: &'a str,
        email: &'a str,
    ) -> BoxFuture<'a, Result<Option<String>>> {
        let _ = (organization_id, email);
        Box::pin(async { Ok(None) })
    }

    /// A short-lived bearer credential for `grant`, which this authenticator
    /// accepts as a [`CallerKind::Workload`] caller. Only services of the
    /// process ask for one (it never leaves the server); the credential is
    /// kept in memory only and never logged.
    fn workload_token<'a>(&'a self, grant: &'a WorkloadGrant) -> BoxFuture<'a, Result<String>> {
        let _ = grant;
        Box::pin(async {
            Err(Error::new(
                ErrorCode::Unavailable,
                "no identity service is configured to issue workload tokens",
            ))
        })
    }
}

/// Carries the caller's identity on a call a service makes to another service:
/// copies the incoming credential, correlation id and trace context, so the
/// callee's access layer authorises the original caller (never the service).
pub fn forward_identity<T, U>(incoming: &tonic::Request<T>, outgoing: &mut tonic::Request<U>) {
    for key in ["authorization", "x-correlation-id", "traceparent"] {
        if let Some(value) = incoming.metadata().get(key) {
            outgoing.metadata_mut().insert(key, value.clone());
        }
    }
}

/// Refuses every credential: used when no identity service is running, so that
/// nothing but anonymous RPCs can be called.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAuthenticator;

impl Authenticator for NoAuthenticator {
    fn authenticate<'a>(&'a self, _credential: &'a str) -> BoxFuture<'a, Result<Caller>> {
        Box::pin(async {
            Err(Error::new(
                ErrorCode::Unauthenticated,
                "no identity service is configured",
            ))
        })
    }

    fn is_member<'a>(
        &'a self,
        _organization_id: &'a str,
        _user_id: &'a str,
    ) -> BoxFuture<'a, Result<bool>> {
        Box::pin(async { Ok(false) })
    }

    fn is_team<'a>(
        &'a self,
        _organization_id: &'a str,
        _team_id: &'a str,
    ) -> BoxFuture<'a, Result<bool>> {
        Box::pin(async { Ok(false) })
    }
}

/// Shared state of the [`enforce_access`] middleware.
#[derive(Clone)]
pub struct AccessState {
    /// Rules from the contracts.
    pub access: Arc<AccessTable>,
    /// Who checks credentials.
    pub authenticator: Arc<dyn Authenticator>,
    /// Where audit entries go.
    pub audit: Arc<dyn AuditSink>,
    /// Audited calls whose record is not written yet.
    pub in_flight: Arc<InFlight>,
}

/// Counts audited calls from the access decision until their record is
/// written, so a stopping server can wait for the last records.
#[derive(Debug, Default)]
pub struct InFlight {
    count: std::sync::atomic::AtomicUsize,
    idle: tokio::sync::Notify,
}

/// One audited call in flight; dropping it ends it.
#[derive(Debug)]
pub struct InFlightCall(Arc<InFlight>);

impl InFlight {
    /// Starts counting one call.
    pub fn enter(self: &Arc<Self>) -> InFlightCall {
        self.count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        InFlightCall(self.clone())
    }

    /// Calls still in flight.
    pub fn count(&self) -> usize {
        self.count.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Waits until no audited call is in flight.
    pub async fn idle(&self) {
        loop {
            let notified = self.idle.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.count() == 0 {
                return;
            }
            notified.await;
        }
    }
}

impl Drop for InFlightCall {
    fn drop(&mut self) {
        if self
            .0
            .count
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst)
            == 1
        {
            self.0.idle.notify_waiters();
        }
    }
}

/// Largest request body audited by digest; larger unary requests are refused
/// (gRPC's own message limits are far below this).
const MAX_AUDITED_BODY: usize = 256 * 1024 * 1024;

/// The bearer credential of a request, if any.
pub fn bearer(headers: &http::HeaderMap) -> Option<&str> {
    let value = headers.get(http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, credential) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| credential.trim())
        .filter(|c| !c.is_empty())
}

/// Decides whether a caller may make a call under `rule`.
pub fn authorize(rule: &AccessRule, caller: Option<&Caller>) -> Result<()> {
    match (rule, caller) {
        (AccessRule::Anonymous, _) => Ok(()),
        (_, None) => Err(Error::new(
            ErrorCode::Unauthenticated,
            "this call needs credentials: send `authorization: Bearer <token>`",
        )
        .with_reason("CREDENTIALS_MISSING")),
        (AccessRule::Authenticated, Some(_)) => Ok(()),
        (AccessRule::Permission(permission), Some(caller)) if caller.has(permission) => Ok(()),
        (AccessRule::Permission(permission), Some(_)) => Err(Error::new(
            ErrorCode::PermissionDenied,
            format!("this call needs the `{permission}` permission"),
        )
        .with_reason("PERMISSION_MISSING")),
    }
}

/// Axum middleware enforcing the contract's access rule of every RPC and
/// auditing mutating calls. Paths outside the contracts (health, reflection,
/// metrics) pass through.
pub async fn enforce_access(
    State(state): State<AccessState>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let Some(rule) = state.access.rule(&path).cloned() else {
        return next.run(request).await;
    };
    let caller = match bearer(request.headers()) {
        None => None,
        Some(credential) => match state.authenticator.authenticate(credential).await {
            Ok(caller) => Some(caller),
            // A bad credential on an anonymous RPC (a stale token on log-in) is ignored.
            Err(_) if rule == AccessRule::Anonymous => None,
            Err(error) => return refuse(request, error).await,
        },
    };
    let mutating = state.access.is_mutating(&path);
    // The id events and the audit record of a change carry; made only for
    // changes (reads that publish nothing need none: `correlation_id_of`
    // makes one if asked).
    let correlation = (caller.is_some() && mutating).then(|| {
        let correlation = correlation_id(request.headers());
        request
            .extensions_mut()
            .insert(CorrelationId(correlation.clone()));
        correlation
    });
    let audit = match (&caller, mutating, correlation) {
        (Some(caller), true, Some(correlation)) => Some(AuditEntry {
            organization_id: caller.organization_id.clone(),
            actor: caller.subject.clone(),
            action: path.trim_start_matches('/').to_owned(),
            resource: String::new(),
            result: String::new(),
            correlation_id: correlation,
            time_us: crate::db::now_micros(),
            change_digest: String::new(),
        }),
        _ => None,
    };
    let in_flight = audit.as_ref().map(|_| state.in_flight.enter());
    let mut decision = authorize(&rule, caller.as_ref());
    if let (Err(_), Some(caller), AccessRule::Permission(permission)) = (&decision, &caller, &rule)
        && caller.has_anywhere(permission)
        && !state.access.is_client_streaming(&path)
    {
        // A scoped binding may grant it on the resource this request names.
        let (parts, body) = request.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_AUDITED_BODY).await else {
            return status_response(Error::new(
                ErrorCode::InvalidArgument,
                "request body is unreadable or too large",
            ));
        };
        // Every resource the request names must be one the binding covers: a
        // grant on one repository does not carry a request that also names another.
        let targets = resource_targets(&descriptor_pool(), &path, &bytes);
        if !targets.is_empty()
            && targets
                .iter()
                .all(|target| caller.has_on(target, permission))
        {
            decision = Ok(());
        }
        request = Request::from_parts(parts, axum::body::Body::from(bytes));
    }
    if let Err(error) = decision {
        if let Some(mut entry) = audit {
            entry.result = code_name(error.code().grpc());
            record(state.audit.clone(), entry).await;
        }
        drop(in_flight);
        return refuse(request, error).await;
    }
    if let Some(caller) = caller {
        request.extensions_mut().insert(caller);
    }
    let Some(mut entry) = audit else {
        return next.run(request).await;
    };
    if !state.access.is_client_streaming(&path) {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_AUDITED_BODY).await else {
            return status_response(Error::new(
                ErrorCode::InvalidArgument,
                "request body is unreadable or too large",
            ));
        };
        entry.change_digest = hex::encode(Sha256::digest(&bytes));
        entry.resource = resource_of(&descriptor_pool(), &path, &bytes);
        request = Request::from_parts(parts, axum::body::Body::from(bytes));
    }
    let response = next.run(request).await;
    if let Some(code) = status_from(response.headers()) {
        // Trailers-only response (most errors): the outcome is known now.
        entry.result = code_name(code);
        record(state.audit.clone(), entry).await;
        drop(in_flight);
        return response;
    }
    let sink = state.audit.clone();
    response.map(|body| {
        let on_end: OnEnd = Box::new(move |code| {
            entry.result = code_name(code);
            Box::pin(async move {
                record(sink, entry).await;
                drop(in_flight);
            })
        });
        axum::body::Body::new(ObservedBody::new(body, on_end))
    })
}

async fn record(sink: Arc<dyn AuditSink>, entry: AuditEntry) {
    // The journaled sink logs what it could not keep.
    let _ = sink.record(entry).await;
}

/// The request's `x-correlation-id` (1–128 visible ASCII characters), or a new one.
pub(crate) fn correlation_id(headers: &http::HeaderMap) -> String {
    sane_correlation_id(
        headers
            .get("x-correlation-id")
            .and_then(|value| value.to_str().ok()),
    )
}

/// A client's correlation id when it is sane, else a new one.
fn sane_correlation_id(given: Option<&str>) -> String {
    given
        .filter(|value| {
            !value.is_empty() && value.len() <= 128 && value.bytes().all(|b| b.is_ascii_graphic())
        })
        .map_or_else(|| uuid::Uuid::now_v7().to_string(), str::to_owned)
}

/// Refuses a call. A small request body is read first: answering while an
/// HTTP/1.1 client is still sending makes the server close the connection
/// under it (the client sees a broken pipe instead of the status).
async fn refuse(request: Request, error: Error) -> Response {
    let _ = axum::body::to_bytes(request.into_body(), DRAINED_ON_REFUSAL).await;
    status_response(error)
}

/// Largest body read before a refusal is sent; larger uploads are cut off.
const DRAINED_ON_REFUSAL: usize = 1024 * 1024;

fn status_response(error: Error) -> Response {
    let status: tonic::Status = error.into();
    status.into_http::<axum::body::Body>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(permissions: &[&str]) -> Caller {
        Caller {
            subject: "u1".into(),
            kind: CallerKind::User,
            organization_id: "o1".into(),
            user_id: Some("u1".into()),
            permissions: permissions.iter().map(|p| p.to_string()).collect(),
            scoped_permissions: BTreeMap::new(),
        }
    }

    #[test]
    fn rules_decide_by_credentials_and_permissions() {
        let read = AccessRule::Permission("repositories.read".into());
        assert!(authorize(&AccessRule::Anonymous, None).is_ok());
        assert_eq!(
            authorize(&AccessRule::Authenticated, None)
                .expect_err("denied")
                .code(),
            ErrorCode::Unauthenticated
        );
        assert!(authorize(&AccessRule::Authenticated, Some(&caller(&[]))).is_ok());
        assert!(authorize(&read, Some(&caller(&["repositories.read"]))).is_ok());
        assert_eq!(
            authorize(&read, Some(&caller(&["pipelines.read"])))
                .expect_err("denied")
                .code(),
            ErrorCode::PermissionDenied
        );
        assert_eq!(
            authorize(&read, None).expect_err("denied").code(),
            ErrorCode::Unauthenticated
        );
    }

    #[test]
    fn service_to_service_calls_carry_the_original_caller() {
        let mut incoming = tonic::Request::new(());
        incoming
            .metadata_mut()
            .insert("authorization", "Bearer user-token".parse().expect("value"));
        incoming
            .metadata_mut()
            .insert("x-correlation-id", "c-1".parse().expect("value"));
        let mut outgoing = tonic::Request::new(());
        forward_identity(&incoming, &mut outgoing);
        assert_eq!(
            outgoing.metadata().get("authorization").expect("forwarded"),
            "Bearer user-token"
        );
        assert_eq!(
            outgoing
                .metadata()
                .get("x-correlation-id")
                .expect("forwarded"),
            "c-1"
        );
    }

    #[test]
    fn bearer_credentials_are_read_case_insensitively() {
        let mut headers = http::HeaderMap::new();
        assert_eq!(bearer(&headers), None);
        headers.insert(
            http::header::AUTHORIZATION,
            "bearer abc".parse().expect("header"),
        );
        assert_eq!(bearer(&headers), Some("abc"));
        headers.insert(
            http::header::AUTHORIZATION,
            "Basic abc".parse().expect("header"),
        );
        assert_eq!(bearer(&headers), None);
    }
}
