//! The platform's health as this process sees it (`GetSystemStatus`): each
//! domain service's serving state from the process's gRPC health service
//! (called through the mesh, as any client would), or, when the gateway
//! forwards it to another process, that it is served there; and what the
//! configuration of the services it runs allows but most likely should not
//! (a `notification.public_url` only this machine can open…).

use std::sync::Arc;

use secureflow_platform::config::{Config, ConfigWarning};
use secureflow_platform::db::{Backend, micros_to_timestamp, now_micros};
use secureflow_platform::mesh::Mesh;
use secureflow_platform::server::upstream_service;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::analytics::v1::{
    ConfigurationWarning, GetSystemStatusResponse, ServiceStatus, ServingState,
};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

/// Version of this build.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What `GetSystemStatus` reads: the process's services, its configuration, when it started.
#[derive(Debug, Clone)]
pub struct SystemStatus {
    mesh: Arc<Mesh>,
    config: Arc<Config>,
    backend: Backend,
    warnings: Arc<[ConfigWarning]>,
    started_us: i64,
}

impl SystemStatus {
    /// The status of the process started now, with these services and
    /// configuration, and what its configuration should not be left as.
    pub fn new(
        mesh: Arc<Mesh>,
        config: Arc<Config>,
        backend: Backend,
        warnings: Arc<[ConfigWarning]>,
    ) -> Self {
        Self {
            mesh,
            config,
            backend,
            warnings,
            started_us: now_micros(),
        }
    }

    /// Each domain service's state, in dependency order.
    pub async fn read(&self) -> Result<GetSystemStatusResponse> {
        let mut health = HealthClient::new(self.mesh.channel()?);
        let mut services = Vec::with_capacity(secureflow_proto::DOMAIN_SERVICES.len());
        for name in secureflow_proto::DOMAIN_SERVICES {
            let answer = health
                .check(HealthCheckRequest {
                    service: name.to_owned(),
                })
                .await;
            let state = match answer.map(|answer| answer.into_inner().status()) {
                Ok(ServingStatus::Serving) => ServingState::Serving,
                Ok(_) => ServingState::NotServing,
                Err(status) if status.code() == tonic::Code::NotFound => {
                    match self.forwarded(name) {
                        true => ServingState::OtherProcess,
                        false => ServingState::Absent,
                    }
                }
                Err(status) => return Err(Error::internal(status)),
            };
            let here = matches!(state, ServingState::Serving | ServingState::NotServing);
            services.push(ServiceStatus {
                name: name.to_owned(),
                state: state.into(),
                version: if here {
                    VERSION.to_owned()
                } else {
                    String::new()
                },
            });
        }
        Ok(GetSystemStatusResponse {
            version: VERSION.to_owned(),
            start_time: Some(micros_to_timestamp(self.started_us)),
            database: match self.backend {
                Backend::Sqlite => "sqlite",
                Backend::Postgres => "postgres",
            }
            .to_owned(),
            services,
            warnings: self
                .warnings
                .iter()
                .map(|warning| ConfigurationWarning {
                    key: warning.key.to_owned(),
                    message: warning.message.clone(),
                })
                .collect(),
        })
    }

    fn forwarded(&self, service: &str) -> bool {
        self.config
            .gateway
            .upstreams
            .keys()
            .any(|name| upstream_service(name) == Some(service))
    }
}
