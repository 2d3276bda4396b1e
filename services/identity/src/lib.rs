//! Identity and access: organisations (tenants), users, teams, roles, API
//! tokens, log-in with JWT access tokens and rotating refresh tokens, the
//! authenticator every service uses, the hash-chained audit log, and signing
//! keys sealed at rest.
//!
//! The contract is `secureflow.identity.v1.IdentityService`
//! (`proto/secureflow/identity/v1/`). Everything is built except
//! `DeleteOrganization`, which answers `UNIMPLEMENTED`: local and OpenID Connect
//! log-in, refresh and log-out, password change, the first admin from a setup
//! token, new organisations, users, teams, built-in and custom roles, role
//! bindings (organisation-wide or on one repository or team), API tokens, the
//! audit log (list, export, verify) and key rotation.

#![forbid(unsafe_code)]

pub mod accounts;
pub mod audit;
pub mod authenticator;
pub mod bootstrap;
pub mod config;
pub mod convert;
pub mod directory;
pub mod domain;
pub mod events;
pub mod grpc;
pub mod jwt;
pub mod migrations;
pub mod oidc;
pub mod principals;
pub mod revocation;
pub mod store;
pub mod token_cache;
pub mod tokens;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use secureflow_platform::server::{Authentication, ServiceContext, ServiceModule};
use secureflow_proto::secureflow::identity::v1::identity_service_server::IdentityServiceServer;
use tonic::server::NamedService;

use crate::accounts::Accounts;
use crate::audit::AuditLog;
use crate::authenticator::IdentityAuthenticator;
use crate::config::IdentityConfig;
use crate::grpc::IdentityHandler;
use crate::jwt::KeyRing;
use crate::migrations::IDENTITY_MIGRATIONS;
use crate::principals::Principals;
use crate::token_cache::ApiTokenCache;

fn all_permissions(context: &ServiceContext) -> BTreeSet<String> {
    secureflow_platform::access::AccessTable::from_descriptor_set(
        secureflow_proto::FILE_DESCRIPTOR_SET,
        &secureflow_proto::DOMAIN_SERVICES,
    )
    .map(|table| table.permissions().into_iter().map(str::to_owned).collect())
    .unwrap_or_else(|_| {
        context
            .access
            .permissions()
            .into_iter()
            .map(str::to_owned)
            .collect()
    })
}

/// The `[identity]` section (checked when the server started, so the
/// defaults stand in only where it was never read: embedded uses).
fn settings(context: &ServiceContext) -> IdentityConfig {
    IdentityConfig::of(&context.config).unwrap_or_default()
}

/// The process's caches of credentials, with revocations shared over Redis
/// when `identity.revocation_redis_url` is set.
#[derive(Debug)]
struct Caches {
    tokens: Arc<ApiTokenCache>,
    principals: Arc<Principals>,
}

fn caches(context: &ServiceContext) -> Arc<Caches> {
    context.shared.get_or_insert_with(|| {
        let settings = settings(context);
        let tokens = Arc::new(ApiTokenCache::new(Duration::from_secs(
            settings.api_token_cache_seconds,
        )));
        let principals = Arc::new(Principals::new(
            context.db.clone(),
            Arc::new(all_permissions(context)),
            Duration::from_secs(settings.api_token_cache_seconds),
            Duration::from_secs(settings.access_token_ttl_seconds),
        ));
        if !settings.revocation_redis_url.is_empty() {
            let announcer = revocation::start(
                &settings.revocation_redis_url,
                tokens.clone(),
                principals.clone(),
            );
            tokens.announce_through(announcer.clone());
            principals.announce_through(announcer);
        }
        Caches { tokens, principals }
    })
}

/// The process's API-token cache: filled by authentication, cleared by revocation.
fn token_cache(context: &ServiceContext) -> Arc<ApiTokenCache> {
    caches(context).tokens.clone()
}

/// The process's user-state cache: filled by authentication, cleared by every
/// change to users, roles, bindings, teams and sessions.
fn principals(context: &ServiceContext) -> Arc<Principals> {
    caches(context).principals.clone()
}

/// The process's audit log: one, so checkpoint writes are serialised.
fn audit_log(context: &ServiceContext) -> Arc<AuditLog> {
    context.shared.get_or_insert_with(|| {
        AuditLog::new(
            context.db.clone(),
            context.secrets.clone(),
            &context.config.data_dir,
        )
        .with_records(audit::AuditRecords::new(&context.db, &context.documents))
    })
}

fn accounts(context: &ServiceContext) -> Accounts {
    Accounts::new(
        context.db.clone(),
        Arc::new(KeyRing::new(context.db.clone(), context.secrets.clone())),
        settings(context),
        Arc::new(all_permissions(context)),
    )
    .with_token_cache(token_cache(context))
    .with_principals(principals(context))
    .with_audit(context.audit.clone())
    .with_events(context.events.clone())
}

/// The identity service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: Some(config::SECTION),
    name: <IdentityServiceServer<IdentityHandler> as NamedService>::NAME,
    short_name: "identity",
    migrations: Some(IDENTITY_MIGRATIONS),
    register: |context, routes| {
        let handler = IdentityHandler::new(
            Arc::new(accounts(context)),
            (*audit_log(context)).clone(),
            context.secrets.clone(),
        );
        routes.add_service(IdentityServiceServer::new(handler));
    },
    start: Some(|context| {
        Box::pin(async move {
            let permissions = all_permissions(&context);
            if let Some(bootstrapped) =
                bootstrap::initialise(&context.db, &context.config, &context.secrets, &permissions)
                    .await?
            {
                bootstrap::announce(
                    &bootstrapped,
                    !context.config.bootstrap_admin_token.is_empty(),
                );
            }
            // The audit log's MongoDB indexes, when it lives there, in the
            // background: a MongoDB not answering yet holds nothing up (the
            // process is not ready meanwhile, and the first append creates them).
            let log = audit_log(&context);
            tokio::spawn(async move {
                if let Err(error) = log.prepare().await {
                    tracing::warn!(%error, "the audit log's indexes are not created yet");
                }
            });
            // Organisations created before `identity.organizations` events
            // existed (and the one bootstrap just made) are announced once.
            if events::announce_organizations(&context.db).await? > 0 {
                context.events.notify_committed();
            }
            Ok(())
        })
    }),
};

/// Credential checking for every service of the process, over the identity schema.
pub const AUTHENTICATION: Authentication = Authentication {
    migrations: IDENTITY_MIGRATIONS,
    authenticator: |context| {
        let keys = Arc::new(KeyRing::new(context.db.clone(), context.secrets.clone()));
        Arc::new(
            IdentityAuthenticator::new(context.db.clone(), keys, principals(context))
                .with_token_cache(token_cache(context)),
        )
    },
    audit: |context| audit_log(context),
};
