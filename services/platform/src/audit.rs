//! The audit hook of the access layer: every call to a mutating RPC (its HTTP
//! rule is not a GET) by an authenticated caller becomes an [`AuditEntry`] —
//! allowed or refused — once its outcome is known. The [`AuditSink`] (the
//! identity service's hash-chained log) stores it.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use http_body::{Frame, SizeHint};
use prost_reflect::{DescriptorPool, DynamicMessage, ReflectMessage, Value};

use crate::error::Result;

/// One audited call.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AuditEntry {
    /// Organisation whose chain the record joins.
    pub organization_id: String,
    /// User id or API token id.
    pub actor: String,
    /// Full RPC name (`secureflow.identity.v1.IdentityService/RevokeApiToken`).
    pub action: String,
    /// Ids the request names (`id=…`, `user.id=…`), for finding the record later.
    pub resource: String,
    /// gRPC status code name of the outcome (`OK`, `PERMISSION_DENIED`, …).
    pub result: String,
    /// Correlation id of the request.
    pub correlation_id: String,
    /// When the call was made, µs since the epoch.
    pub time_us: i64,
    /// SHA-256 (hex) of the request message bytes.
    pub change_digest: String,
}

/// Stores audit entries.
pub trait AuditSink: Send + Sync + 'static {
    /// Appends one entry.
    fn record(&self, entry: AuditEntry) -> BoxFuture<'_, Result<()>>;
}

/// Discards entries (when no identity service provides a log).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAudit;

impl AuditSink for NoAudit {
    fn record(&self, _entry: AuditEntry) -> BoxFuture<'_, Result<()>> {
        Box::pin(async { Ok(()) })
    }
}

/// The UPPER_SNAKE name of a gRPC status code (`PermissionDenied` → `PERMISSION_DENIED`).
pub fn code_name(code: tonic::Code) -> String {
    let camel = format!("{code:?}");
    let mut name = String::with_capacity(camel.len() + 4);
    for (index, character) in camel.chars().enumerate() {
        if character.is_uppercase() && index > 0 {
            name.push('_');
        }
        name.push(character.to_ascii_uppercase());
    }
    name
}

/// The ids a request names: top-level `id`/`*_id` strings and the `id` of
/// top-level messages (`user.id`), as `field=value` pairs.
pub fn resource_of(pool: &DescriptorPool, path: &str, body: &[u8]) -> String {
    let Some(message) = request_message(pool, path, body) else {
        return String::new();
    };
    let mut parts = Vec::new();
    for (field, value) in message.fields() {
        let name = field.name();
        match value {
            Value::String(text) if !text.is_empty() && (name == "id" || name.ends_with("_id")) => {
                parts.push(format!("{name}={text}"));
            }
            Value::Message(inner) => {
                if let Some(Value::String(id)) = inner.get_field_by_name("id").as_deref()
                    && !id.is_empty()
                {
                    parts.push(format!("{name}.id={id}"));
                }
            }
            _ => {}
        }
    }
    parts.join(",")
}

/// The resources a request names, as `<resource_type>:<id>` keys for scoped
/// role bindings: `repository_id` fields name repositories and `team_id` fields
/// teams anywhere; on the repository service `id`/`repository.id` name the
/// repository, and on team RPCs `id`/`team.id` name the team — except on
/// `Create…` RPCs, whose resource does not exist yet: an id written into a new
/// repository or team names nothing a grant can be held on (the server assigns
/// it), so it must not let a grant on another resource create one.
pub fn resource_targets(pool: &DescriptorPool, path: &str, body: &[u8]) -> Vec<String> {
    let Some(message) = request_message(pool, path, body) else {
        return Vec::new();
    };
    let method = path.rsplit('/').next().unwrap_or_default();
    let own_type = if method.starts_with("Create") {
        None
    } else if path.starts_with("/secureflow.repository.v1.RepositoryService/") {
        Some("repository")
    } else if method.ends_with("Team") {
        Some("team")
    } else {
        None
    };
    let mut targets = Vec::new();
    for (field, value) in message.fields() {
        let name = field.name();
        match value {
            Value::String(id) if !id.is_empty() => match name {
                "repository_id" => targets.push(format!("repository:{id}")),
                "team_id" => targets.push(format!("team:{id}")),
                "id" => targets.extend(own_type.map(|kind| format!("{kind}:{id}"))),
                _ => {}
            },
            Value::Message(inner) if Some(name) == own_type => {
                if let Some(Value::String(id)) = inner.get_field_by_name("id").as_deref()
                    && !id.is_empty()
                {
                    targets.extend(own_type.map(|kind| format!("{kind}:{id}")));
                }
            }
            _ => {}
        }
    }
    targets
}

fn request_message(pool: &DescriptorPool, path: &str, body: &[u8]) -> Option<DynamicMessage> {
    let (service, method) = path.trim_start_matches('/').split_once('/')?;
    let method = pool
        .get_service_by_name(service)?
        .methods()
        .find(|m| m.name() == method)?;
    // One uncompressed gRPC frame: flag byte, 4-byte length, message.
    let (header, message) = body.split_at_checked(5)?;
    if header[0] != 0 {
        return None;
    }
    let decoded = DynamicMessage::decode(method.input(), message).ok()?;
    debug_assert_eq!(decoded.descriptor().full_name(), method.input().full_name());
    Some(decoded)
}

/// Turns the final status of a call into the work of recording it.
pub type OnEnd = Box<dyn FnOnce(tonic::Code) -> BoxFuture<'static, ()> + Send>;

/// A response body that records the call's final gRPC status (from the
/// trailers; `OK` when the body ends without them) *before* it lets the end of
/// the response through: a client sees a call complete only once its
/// audit record is written.
pub struct ObservedBody {
    inner: axum::body::Body,
    on_end: Option<OnEnd>,
    recording: Option<BoxFuture<'static, ()>>,
    /// The final frame (or the end) held back until `recording` is done.
    held: Option<Option<Frame<bytes::Bytes>>>,
}

impl ObservedBody {
    /// Wraps `inner`; `on_end` runs once, with the final status.
    pub fn new(inner: axum::body::Body, on_end: OnEnd) -> Self {
        Self {
            inner,
            on_end: Some(on_end),
            recording: None,
            held: None,
        }
    }
}

/// The status a `grpc-status` header value names.
pub fn status_from(headers: &http::HeaderMap) -> Option<tonic::Code> {
    let value = headers
        .get("grpc-status")?
        .to_str()
        .ok()?
        .parse::<i32>()
        .ok()?;
    Some(tonic::Code::from_i32(value))
}

impl http_body::Body for ObservedBody {
    type Data = bytes::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        loop {
            if let Some(recording) = self.recording.as_mut() {
                futures::ready!(recording.as_mut().poll(cx));
                self.recording = None;
                return Poll::Ready(self.held.take().flatten().map(Ok));
            }
            let end_code = match futures::ready!(Pin::new(&mut self.inner).poll_frame(cx)) {
                Some(Ok(frame)) => match frame.trailers_ref().and_then(status_from) {
                    Some(code) => {
                        self.held = Some(Some(frame));
                        code
                    }
                    None => return Poll::Ready(Some(Ok(frame))),
                },
                Some(Err(error)) => {
                    if let Some(on_end) = self.on_end.take() {
                        tokio::spawn(on_end(tonic::Code::Unknown));
                    }
                    return Poll::Ready(Some(Err(error)));
                }
                None => {
                    self.held = Some(None);
                    tonic::Code::Ok
                }
            };
            match self.on_end.take() {
                Some(on_end) => self.recording = Some(on_end(end_code)),
                None => return Poll::Ready(self.held.take().flatten().map(Ok)),
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        // Not over until the outcome is recorded, so the end is always polled.
        self.on_end.is_none()
            && self.held.is_none()
            && self.recording.is_none()
            && self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for ObservedBody {
    fn drop(&mut self) {
        // The client went away before the end: record the call as cancelled.
        if let Some(on_end) = self.on_end.take() {
            tokio::spawn(on_end(tonic::Code::Cancelled));
        }
    }
}

/// Shared pool for [`resource_of`].
pub fn descriptor_pool() -> Arc<DescriptorPool> {
    static POOL: std::sync::OnceLock<Arc<DescriptorPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        Arc::new(
            DescriptorPool::decode(secureflow_proto::FILE_DESCRIPTOR_SET)
                .expect("the built-in descriptor set decodes"),
        )
    })
    .clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message;
    use secureflow_proto::secureflow::identity::v1::{
        RevokeApiTokenRequest, UpdateUserRequest, User,
    };

    fn frame(message: &impl Message) -> Vec<u8> {
        let bytes = message.encode_to_vec();
        let mut framed = vec![0];
        framed.extend_from_slice(&u32::try_from(bytes.len()).expect("small").to_be_bytes());
        framed.extend_from_slice(&bytes);
        framed
    }

    #[test]
    fn code_names_are_upper_snake() {
        assert_eq!(code_name(tonic::Code::Ok), "OK");
        assert_eq!(
            code_name(tonic::Code::PermissionDenied),
            "PERMISSION_DENIED"
        );
        assert_eq!(code_name(tonic::Code::InvalidArgument), "INVALID_ARGUMENT");
    }

    #[test]
    fn resources_are_read_from_the_request() {
        let pool = descriptor_pool();
        let revoke = frame(&RevokeApiTokenRequest { id: "t-1".into() });
        assert_eq!(
            resource_of(
                &pool,
                "/secureflow.identity.v1.IdentityService/RevokeApiToken",
                &revoke
            ),
            "id=t-1"
        );
        let update = frame(&UpdateUserRequest {
            user: Some(User {
                id: "u-9".into(),
                ..Default::default()
            }),
            update_mask: None,
        });
        assert_eq!(
            resource_of(
                &pool,
                "/secureflow.identity.v1.IdentityService/UpdateUser",
                &update
            ),
            "user.id=u-9"
        );
        assert_eq!(resource_of(&pool, "/nope/Nope", &revoke), "");
    }

    #[test]
    fn scoped_targets_follow_the_service() {
        use secureflow_proto::secureflow::identity::v1::{GetTeamRequest, ListUsersRequest};
        use secureflow_proto::secureflow::repository::v1::{
            CreateRepositoryRequest, CreateWebhookRequest, GetRepositoryRequest,
            ListCommitsRequest, Repository,
        };
        let pool = descriptor_pool();
        let repo = frame(&GetRepositoryRequest { id: "r-1".into() });
        assert_eq!(
            resource_targets(
                &pool,
                "/secureflow.repository.v1.RepositoryService/GetRepository",
                &repo
            ),
            ["repository:r-1"]
        );
        let commits = frame(&ListCommitsRequest {
            repository_id: "r-2".into(),
            ..Default::default()
        });
        assert_eq!(
            resource_targets(
                &pool,
                "/secureflow.repository.v1.RepositoryService/ListCommits",
                &commits
            ),
            ["repository:r-2"]
        );
        let team = frame(&GetTeamRequest { id: "t-1".into() });
        assert_eq!(
            resource_targets(
                &pool,
                "/secureflow.identity.v1.IdentityService/GetTeam",
                &team
            ),
            ["team:t-1"]
        );
        let users = frame(&ListUsersRequest {
            team_id: "t-2".into(),
            ..Default::default()
        });
        assert_eq!(
            resource_targets(
                &pool,
                "/secureflow.identity.v1.IdentityService/ListUsers",
                &users
            ),
            ["team:t-2"]
        );
        // A new resource's id names nothing a grant is held on.
        let create = frame(&CreateRepositoryRequest {
            repository: Some(Repository {
                id: "r-1".into(),
                ..Default::default()
            }),
        });
        let none: [&str; 0] = [];
        assert_eq!(
            resource_targets(
                &pool,
                "/secureflow.repository.v1.RepositoryService/CreateRepository",
                &create
            ),
            none
        );
        let webhook = frame(&CreateWebhookRequest {
            repository_id: "r-3".into(),
            ..Default::default()
        });
        assert_eq!(
            resource_targets(
                &pool,
                "/secureflow.repository.v1.RepositoryService/CreateWebhook",
                &webhook
            ),
            ["repository:r-3"]
        );
    }
}
