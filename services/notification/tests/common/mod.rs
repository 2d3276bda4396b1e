//! What the notification service's tests share: a server with identity and
//! notifications, a recording HTTP receiver standing in for Slack, Teams and
//! webhook endpoints, and the real SMTP server (`secureflow_platform::testkit::SmtpServer`).
#![allow(dead_code)]

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::IntoResponse;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::notification::v1::notification_service_client::NotificationServiceClient;
use secureflow_proto::secureflow::notification::v1::*;
use tonic::transport::Channel as Transport;

pub const ADMIN_TOKEN: &str = "sft_notification_test_admin_012345";

pub async fn start(database: &TestDatabase) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_notification::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .start()
        .await
}

/// A server whose data directory (its secrets key) is `data`: started again
/// on it, it reads what the one before stored.
pub async fn start_at(database: &TestDatabase, data: &std::path::Path) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_notification::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .overrides(secureflow_platform::config::Overrides {
            data_dir: Some(data.to_path_buf()),
            ..Default::default()
        })
        .start()
        .await
}

pub async fn client(server: &TestServer) -> NotificationServiceClient<Transport> {
    NotificationServiceClient::new(server.channel().await)
}

pub fn map(pairs: &[(&str, &str)]) -> std::collections::HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

pub async fn create_channel(
    server: &TestServer,
    name: &str,
    kind: ChannelType,
    settings: &[(&str, &str)],
    credentials: &[(&str, &str)],
) -> Result<Channel, tonic::Status> {
    let request = CreateChannelRequest {
        channel: Some(Channel {
            name: name.into(),
            r#type: kind.into(),
            settings: map(settings),
            credentials: map(credentials),
            ..Channel::default()
        }),
    };
    Ok(client(server)
        .await
        .create_channel(with_token(request, ADMIN_TOKEN))
        .await?
        .into_inner()
        .channel
        .expect("channel"))
}

/// The deliveries `request` lists (newest first).
pub async fn deliveries(server: &TestServer, request: ListDeliveriesRequest) -> Vec<Delivery> {
    client(server)
        .await
        .list_deliveries(with_token(request, ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner()
        .deliveries
}

/// Creates the webhook channel `name` posting to `url`, signed with `secret`.
pub async fn webhook_channel(server: &TestServer, name: &str, url: &str, secret: &str) -> Channel {
    let kind = ChannelType::Webhook;
    create_channel(server, name, kind, &[("url", url)], &[("secret", secret)])
        .await
        .unwrap_or_else(|status| panic!("channel {name}: {status:?}"))
}

pub async fn test_channel(server: &TestServer, id: &str) -> Delivery {
    client(server)
        .await
        .test_channel(with_token(
            TestChannelRequest { id: id.into() },
            ADMIN_TOKEN,
        ))
        .await
        .expect("tested")
        .into_inner()
        .delivery
        .expect("delivery")
}

/// `UpdateChannel` of the fields `paths` names (none: every field).
pub async fn update_channel(
    server: &TestServer,
    channel: Channel,
    paths: &[&str],
) -> Result<Channel, tonic::Status> {
    let request = UpdateChannelRequest {
        channel: Some(channel),
        update_mask: (!paths.is_empty()).then(|| pbjson_types::FieldMask {
            paths: paths.iter().map(|path| (*path).to_owned()).collect(),
        }),
    };
    Ok(client(server)
        .await
        .update_channel(with_token(request, ADMIN_TOKEN))
        .await?
        .into_inner()
        .channel
        .expect("channel"))
}

/// `TestChannel` on channel `id`, which must deliver.
pub async fn test_delivered(server: &TestServer, id: &str) -> Delivery {
    let delivery = test_channel(server, id).await;
    assert_eq!(delivery.status(), DeliveryStatus::Delivered, "{delivery:?}");
    delivery
}

/// Channel `id` as the API reads it.
pub async fn get_channel(server: &TestServer, id: &str) -> Channel {
    client(server)
        .await
        .get_channel(with_token(GetChannelRequest { id: id.into() }, ADMIN_TOKEN))
        .await
        .expect("read")
        .into_inner()
        .channel
        .expect("channel")
}

/// One request a [`Receiver`] got.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    pub query: String,
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
}

impl Seen {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// How a receiver answers: status, headers, body.
pub type Reply = (u16, Vec<(&'static str, String)>, String);

/// Checks a body against the shape the receiver's documentation gives;
/// the problem is answered as a 400 (what the real services do with a
/// malformed payload).
pub type Shape = fn(&serde_json::Value) -> Result<(), String>;

/// A local HTTP server standing in for a SaaS endpoint: it records every
/// request, checks its body's shape, and answers with the replies queued
/// (then `default`).
#[derive(Clone)]
pub struct Receiver {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    replies: Arc<Mutex<VecDeque<Reply>>>,
}

/// Answers some requests by their path and query (a Web API's lookups)
/// before shapes and queued replies are considered.
pub type Route = fn(&Uri) -> Option<Reply>;

impl Receiver {
    pub async fn start(shape: Option<Shape>, default: Reply) -> Self {
        Self::start_with(shape, default, None).await
    }

    pub async fn start_with(shape: Option<Shape>, default: Reply, route: Option<Route>) -> Self {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let replies = Arc::new(Mutex::new(VecDeque::new()));
        let (recorded, queued) = (seen.clone(), replies.clone());
        let handler = move |uri: Uri, headers: HeaderMap, body: Bytes| {
            let (recorded, queued, default) = (recorded.clone(), queued.clone(), default.clone());
            async move {
                recorded.lock().expect("lock").push(Seen {
                    path: uri.path().to_owned(),
                    query: uri.query().unwrap_or_default().to_owned(),
                    headers: headers
                        .iter()
                        .map(|(name, value)| {
                            (
                                name.as_str().to_owned(),
                                value.to_str().unwrap_or_default().to_owned(),
                            )
                        })
                        .collect(),
                    body: body.to_vec(),
                });
                if let Some((status, _, body)) = route.and_then(|route| route(&uri)) {
                    return (StatusCode::from_u16(status).expect("status"), body).into_response();
                }
                if let Some(shape) = shape {
                    let parsed: serde_json::Value =
                        serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null);
                    if let Err(problem) = shape(&parsed) {
                        return (StatusCode::BAD_REQUEST, problem).into_response();
                    }
                }
                let (status, headers, body) =
                    queued.lock().expect("lock").pop_front().unwrap_or(default);
                let mut response =
                    (StatusCode::from_u16(status).expect("status"), body).into_response();
                for (name, value) in headers {
                    response
                        .headers_mut()
                        .insert(name, value.parse().expect("header value"));
                }
                response
            }
        };
        let app = axum::Router::new().fallback(handler);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { url, seen, replies }
    }

    pub fn answer(&self, reply: Reply) {
        self.replies.lock().expect("lock").push_back(reply);
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}
