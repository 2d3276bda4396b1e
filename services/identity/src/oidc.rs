//! OpenID Connect log-in against an organisation's external provider:
//! authorization code flow with PKCE (S256), state and nonce; ID tokens
//! verified against the provider's JWKS (refetched when an unknown key id
//! appears, so the provider can rotate keys), with issuer, audience, expiry and
//! nonce checks. Users are created on first log-in; the provider's groups map
//! to roles on every log-in.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, ErrorCode, Result};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::sync::RwLock;

use crate::accounts::{Accounts, Tokens};
use crate::domain::credentials::new_secret;
use crate::domain::roles;
use crate::store::{self, UserRow};

/// How long a started log-in may take.
const LOGIN_TTL_US: i64 = 10 * 60 * 1_000_000;

/// An organisation's provider.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OidcSettings {
    /// Issuer URL.
    pub issuer: String,
    /// Client id.
    pub client_id: String,
    /// Client secret (sealed at rest).
    pub client_secret: String,
    /// Registered redirect URI.
    pub redirect_uri: String,
    /// Scopes besides `openid`.
    pub scopes: Vec<String>,
    /// Claim carrying group names.
    pub groups_claim: String,
    /// Group name → role id.
    pub group_role_mappings: BTreeMap<String, String>,
    /// Role of users no group maps.
    pub default_role_id: String,
}

/// What an organisation's client secret is sealed under (binds it to the organisation).
pub fn secret_context(organization_id: &str) -> String {
    format!("identity_oidc_providers.client_secret:{organization_id}")
}

fn is_http_url(text: &str) -> bool {
    url::Url::parse(text)
        .is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
}

async fn role_known(db: &Database, organization_id: &str, role: &str) -> Result<bool> {
    Ok(roles::built_in(role).is_some() || store::role(db, organization_id, role).await?.is_some())
}

/// Checks settings before they are stored; field paths are relative to `organization.oidc`.
pub async fn validate(
    db: &Database,
    organization_id: &str,
    settings: &OidcSettings,
    secret_known: bool,
) -> Result<()> {
    let field = |name: &str| format!("organization.oidc.{name}");
    if !is_http_url(&settings.issuer) {
        return Err(Error::invalid_field(
            field("issuer"),
            "must be an http(s) URL",
        ));
    }
    if settings.client_id.trim().is_empty() {
        return Err(Error::invalid_field(
            field("client_id"),
            "must not be empty",
        ));
    }
    if settings.client_secret.is_empty() && !secret_known {
        return Err(Error::invalid_field(
            field("client_secret"),
            "is required when configuring a provider",
        ));
    }
    if !is_http_url(&settings.redirect_uri) {
        return Err(Error::invalid_field(
            field("redirect_uri"),
            "must be an http(s) URL",
        ));
    }
    if !role_known(db, organization_id, &settings.default_role_id).await? {
        return Err(Error::invalid_field(
            field("default_role_id"),
            format!("unknown role `{}`", settings.default_role_id),
        ));
    }
    for (group, role) in &settings.group_role_mappings {
        if !role_known(db, organization_id, role).await? {
            return Err(Error::invalid_field(
                field(&format!("group_role_mappings[{group}]")),
                format!("unknown role `{role}`"),
            ));
        }
    }
    Ok(())
}

/// Stores an organisation's provider; an empty secret keeps the stored one.
pub async fn save_settings(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    secrets: &Secrets,
    organization_id: &str,
    settings: &OidcSettings,
) -> Result<()> {
    let sealed = if settings.client_secret.is_empty() {
        store::oidc::sealed_client_secret(tx, organization_id).await?
    } else {
        secrets.seal(
            settings.client_secret.as_bytes(),
            &secret_context(organization_id),
        )?
    };
    store::oidc::save_provider(tx, organization_id, settings, &sealed).await
}

/// An organisation's provider, if configured (`with_secret` opens the client secret).
pub async fn load_settings(
    db: &Database,
    secrets: &Secrets,
    organization_id: &str,
    with_secret: bool,
) -> Result<Option<OidcSettings>> {
    let Some((mut settings, sealed)) = store::oidc::provider(db, organization_id).await? else {
        return Ok(None);
    };
    if with_secret {
        settings.client_secret =
            String::from_utf8(secrets.open(&sealed, &secret_context(organization_id))?)
                .map_err(Error::internal)?;
    }
    Ok(Some(settings))
}

/// The provider's endpoints, from discovery.
#[derive(Debug, Clone, Deserialize)]
struct Discovery {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
}

/// Claims SecureFlow reads from an ID token.
#[derive(Debug, Clone, Deserialize)]
pub struct IdClaims {
    /// Subject at the provider.
    pub sub: String,
    /// E-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// Whether the provider verified the e-mail.
    #[serde(default)]
    pub email_verified: Option<bool>,
    /// Display name.
    #[serde(default)]
    pub name: Option<String>,
    /// Nonce echoed from the authorization request.
    #[serde(default)]
    pub nonce: Option<String>,
    /// Every other claim (groups live here).
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

fn unauthenticated(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::Unauthenticated, message.into()).with_reason("OIDC_FAILED")
}

fn unavailable(what: &str, error: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::Unavailable,
        format!("the identity provider is unreachable ({what}): {error}"),
    )
}

/// Talks to providers; caches discovery documents and key sets per issuer.
#[derive(Debug)]
pub struct OidcClient {
    http: reqwest::Client,
    discovery: RwLock<HashMap<String, Discovery>>,
    keys: RwLock<HashMap<String, JwkSet>>,
}

impl OidcClient {
    /// A client with short time-outs that never follows redirects.
    pub fn new() -> Result<Self> {
        // reqwest is built without a crypto provider of its own: the process's.
        secureflow_platform::tls::install_crypto_provider();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(Error::internal)?;
        Ok(Self {
            http,
            discovery: RwLock::new(HashMap::new()),
            keys: RwLock::new(HashMap::new()),
        })
    }

    async fn discover(&self, issuer: &str) -> Result<Discovery> {
        if let Some(found) = self.discovery.read().await.get(issuer) {
            return Ok(found.clone());
        }
        let url = format!(
            "{}/.well-known/openid-configuration",
            issuer.trim_end_matches('/')
        );
        let response = self
            .http
            .get(&url)
            .send()
            .await
            .map_err(|error| unavailable("discovery", error))?;
        let discovery: Discovery = response
            .error_for_status()
            .map_err(|error| unavailable("discovery", error))?
            .json()
            .await
            .map_err(|error| unavailable("discovery document", error))?;
        if discovery.issuer.trim_end_matches('/') != issuer.trim_end_matches('/') {
            return Err(unauthenticated(format!(
                "the provider calls itself `{}`, not `{issuer}`",
                discovery.issuer
            )));
        }
        self.discovery
            .write()
            .await
            .insert(issuer.to_owned(), discovery.clone());
        Ok(discovery)
    }

    async fn key_set(&self, issuer: &str, refresh: bool) -> Result<JwkSet> {
        if !refresh && let Some(keys) = self.keys.read().await.get(issuer) {
            return Ok(keys.clone());
        }
        let discovery = self.discover(issuer).await?;
        let response = self
            .http
            .get(&discovery.jwks_uri)
            .send()
            .await
            .map_err(|error| unavailable("JWKS", error))?;
        let keys: JwkSet = response
            .error_for_status()
            .map_err(|error| unavailable("JWKS", error))?
            .json()
            .await
            .map_err(|error| unavailable("JWKS document", error))?;
        self.keys
            .write()
            .await
            .insert(issuer.to_owned(), keys.clone());
        Ok(keys)
    }

    /// The URL to send the browser to.
    pub async fn authorization_url(
        &self,
        settings: &OidcSettings,
        state: &str,
        nonce: &str,
        verifier: &str,
    ) -> Result<String> {
        let discovery = self.discover(&settings.issuer).await?;
        let mut url =
            url::Url::parse(&discovery.authorization_endpoint).map_err(Error::internal)?;
        let mut scopes = vec!["openid".to_owned()];
        scopes.extend(
            settings
                .scopes
                .iter()
                .filter(|scope| *scope != "openid")
                .cloned(),
        );
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &settings.client_id)
            .append_pair("redirect_uri", &settings.redirect_uri)
            .append_pair("scope", &scopes.join(" "))
            .append_pair("state", state)
            .append_pair("nonce", nonce)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        Ok(url.into())
    }

    /// Exchanges an authorization code for the ID token.
    pub async fn exchange_code(
        &self,
        settings: &OidcSettings,
        code: &str,
        verifier: &str,
    ) -> Result<String> {
        #[derive(Deserialize)]
        struct TokenResponse {
            id_token: Option<String>,
        }
        let discovery = self.discover(&settings.issuer).await?;
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", settings.redirect_uri.as_str()),
            ("code_verifier", verifier),
        ];
        let response = self
            .http
            .post(&discovery.token_endpoint)
            .basic_auth(&settings.client_id, Some(&settings.client_secret))
            .form(&form)
            .send()
            .await
            .map_err(|error| unavailable("token endpoint", error))?;
        if !response.status().is_success() {
            let status = response.status();
            let body = response.text().await.unwrap_or_default();
            return Err(unauthenticated(format!(
                "the provider refused the code ({status}): {}",
                body.chars().take(200).collect::<String>()
            )));
        }
        let tokens: TokenResponse = response
            .json()
            .await
            .map_err(|error| unavailable("token response", error))?;
        tokens
            .id_token
            .ok_or_else(|| unauthenticated("the provider returned no ID token"))
    }

    /// Verifies an ID token's signature (by the provider's published keys),
    /// issuer, audience, expiry and nonce.
    pub async fn verify_id_token(
        &self,
        settings: &OidcSettings,
        token: &str,
        nonce: &str,
    ) -> Result<IdClaims> {
        let header = jsonwebtoken::decode_header(token)
            .map_err(|_| unauthenticated("the ID token is malformed"))?;
        let asymmetric = [
            Algorithm::RS256,
            Algorithm::RS384,
            Algorithm::RS512,
            Algorithm::PS256,
            Algorithm::PS384,
            Algorithm::PS512,
            Algorithm::ES256,
            Algorithm::ES384,
            Algorithm::EdDSA,
        ];
        if !asymmetric.contains(&header.alg) {
            return Err(unauthenticated(format!(
                "ID tokens signed with {:?} are not accepted",
                header.alg
            )));
        }
        let find = |keys: &JwkSet| match &header.kid {
            Some(kid) => keys.find(kid).cloned(),
            None if keys.keys.len() == 1 => keys.keys.first().cloned(),
            None => None,
        };
        let issuer = settings.issuer.trim_end_matches('/');
        let jwk = match find(&self.key_set(issuer, false).await?) {
            Some(jwk) => jwk,
            // An unknown key id: the provider may have rotated; look again once.
            None => find(&self.key_set(issuer, true).await?).ok_or_else(|| {
                unauthenticated("the ID token is signed with a key the provider does not publish")
            })?,
        };
        let key = DecodingKey::from_jwk(&jwk)
            .map_err(|_| unauthenticated("the provider publishes an unusable key"))?;
        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[issuer, &format!("{issuer}/")]);
        validation.set_audience(&[settings.client_id.as_str()]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 30;
        let claims = jsonwebtoken::decode::<IdClaims>(token, &key, &validation)
            .map_err(|error| unauthenticated(format!("the ID token is not valid: {error}")))?
            .claims;
        if claims.nonce.as_deref() != Some(nonce) {
            return Err(unauthenticated(
                "the ID token's nonce does not match this log-in",
            ));
        }
        Ok(claims)
    }
}

/// Starts a log-in: stores state, nonce and PKCE verifier; returns the provider URL and the state.
pub async fn begin(
    accounts: &Accounts,
    client: &OidcClient,
    secrets: &Secrets,
    organization: &str,
    redirect_uri: &str,
) -> Result<(String, String)> {
    let db = accounts.db();
    let org = store::organization_by_slug(db, organization)
        .await?
        .ok_or_else(|| Error::not_found("organisation", organization))?;
    let settings = load_settings(db, secrets, &org.id, false)
        .await?
        .ok_or_else(|| {
            Error::new(
                ErrorCode::FailedPrecondition,
                format!("organisation `{organization}` has no OpenID Connect provider"),
            )
        })?;
    if !redirect_uri.is_empty() && redirect_uri != settings.redirect_uri {
        return Err(Error::invalid_field(
            "redirect_uri",
            "must be the redirect URI registered for the provider",
        ));
    }
    let (state, nonce, verifier) = (new_secret(""), new_secret(""), new_secret(""));
    let url = client
        .authorization_url(&settings, &state, &nonce, &verifier)
        .await?;
    let pending = store::oidc::PendingLogin {
        state: state.clone(),
        organization_id: org.id.clone(),
        nonce,
        code_verifier: verifier,
        redirect_uri: settings.redirect_uri.clone(),
        expire_at_us: now_micros() + LOGIN_TTL_US,
    };
    store::oidc::insert_login(db, &pending).await?;
    Ok((url, state))
}

/// Completes a log-in with the provider's code: the state is spent whatever happens next.
pub async fn complete(
    accounts: &Accounts,
    client: &OidcClient,
    secrets: &Secrets,
    code: &str,
    state: &str,
) -> Result<(Tokens, UserRow)> {
    let db = accounts.db();
    let pending = store::oidc::take_login(db, state)
        .await?
        .ok_or_else(|| unauthenticated("unknown or already used log-in state"))?;
    let organization_id = pending.organization_id.clone();
    if pending.expire_at_us < now_micros() {
        return Err(unauthenticated("the log-in took too long; start again"));
    }
    let settings = load_settings(db, secrets, &organization_id, true)
        .await?
        .ok_or_else(|| unauthenticated("the organisation's provider was removed"))?;
    let id_token = client
        .exchange_code(&settings, code, &pending.code_verifier)
        .await?;
    let claims = client
        .verify_id_token(&settings, &id_token, &pending.nonce)
        .await?;
    let user = provision(accounts, &organization_id, &settings, &claims).await?;
    let tokens = accounts.issue(&user, None).await?;
    Ok((tokens, user))
}

/// The roles the provider's groups map to, or the default role.
pub fn mapped_roles(settings: &OidcSettings, claims: &IdClaims) -> Vec<String> {
    let groups: Vec<String> = match claims.other.get(&settings.groups_claim) {
        Some(serde_json::Value::Array(values)) => values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(serde_json::Value::String(single)) => vec![single.clone()],
        _ => Vec::new(),
    };
    let mut roles: Vec<String> = groups
        .iter()
        .filter_map(|group| settings.group_role_mappings.get(group).cloned())
        .collect();
    roles.sort();
    roles.dedup();
    if roles.is_empty() {
        roles.push(settings.default_role_id.clone());
    }
    roles
}

async fn provision(
    accounts: &Accounts,
    organization_id: &str,
    settings: &OidcSettings,
    claims: &IdClaims,
) -> Result<UserRow> {
    let db = accounts.db();
    let roles = mapped_roles(settings, claims);
    if let Some(user) = store::user_by_external_subject(db, organization_id, &claims.sub).await? {
        if !user.active {
            return Err(unauthenticated("this account is deactivated"));
        }
        let mut tx = db.begin().await?;
        store::replace_user_roles(&mut tx, organization_id, &user.id, &roles).await?;
        tx.commit().await?;
        store::record_login_success(db, &user.id).await?;
        return Ok(user);
    }
    let email = claims
        .email
        .as_deref()
        .filter(|email| email.contains('@'))
        .ok_or_else(|| {
            unauthenticated(
                "the provider did not share an e-mail address (request the `email` scope)",
            )
        })?
        .to_lowercase();
    if store::user_by_email(db, organization_id, &email)
        .await?
        .is_some()
    {
        // Never take over an existing account on the provider's word alone.
        return Err(Error::new(
            ErrorCode::FailedPrecondition,
            format!(
                "an account with e-mail `{email}` already exists; an admin must link it to single sign-on"
            ),
        ));
    }
    let now = now_micros();
    let user = UserRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: organization_id.to_owned(),
        display_name: claims.name.clone().unwrap_or_else(|| email.clone()),
        email,
        password_hash: None,
        auth_source: "oidc".to_owned(),
        external_subject: Some(claims.sub.clone()),
        active: true,
        failed_logins: 0,
        locked_until_us: None,
        last_login_us: Some(now),
        created_at_us: now,
        updated_at_us: now,
    };
    let mut tx = db.begin().await?;
    store::insert_user(&mut tx, &user).await?;
    for role in &roles {
        store::bind_role_to_user(&mut tx, organization_id, role, &user.id).await?;
    }
    tx.commit().await?;
    Ok(user)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(groups: serde_json::Value) -> IdClaims {
        let mut other = serde_json::Map::new();
        other.insert("groups".into(), groups);
        IdClaims {
            sub: "s".into(),
            email: None,
            email_verified: None,
            name: None,
            nonce: None,
            other,
        }
    }

    #[test]
    fn groups_map_to_roles_with_a_default() {
        let settings = OidcSettings {
            groups_claim: "groups".into(),
            group_role_mappings: [("sec".to_owned(), "security_engineer".to_owned())].into(),
            default_role_id: "viewer".into(),
            ..OidcSettings::default()
        };
        assert_eq!(
            mapped_roles(&settings, &claims(serde_json::json!(["sec", "other"]))),
            ["security_engineer"]
        );
        assert_eq!(
            mapped_roles(&settings, &claims(serde_json::json!(["other"]))),
            ["viewer"]
        );
        assert_eq!(
            mapped_roles(&settings, &claims(serde_json::json!("sec"))),
            ["security_engineer"]
        );
    }
}
