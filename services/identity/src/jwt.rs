//! Short-lived JWT access tokens: HS256, signed with the newest key of the key
//! ring and verified by the key its `kid` header names, so keys can rotate while
//! tokens signed with the previous key stay valid until they expire.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use secureflow_platform::db::Database;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, ErrorCode, Result};
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

use crate::store;

/// `iss` of every access token.
pub const ISSUER: &str = "secureflow";

/// Claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    /// Issuer, [`ISSUER`].
    pub iss: String,
    /// User id.
    pub sub: String,
    /// Organisation id.
    pub org: String,
    /// Organisation-wide permissions at issue time.
    pub perms: BTreeSet<String>,
    /// Permissions on single resources (`repository:r-1`) at issue time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scoped: BTreeMap<String, BTreeSet<String>>,
    /// Issued at, seconds since the epoch.
    pub iat: u64,
    /// Expires at, seconds since the epoch.
    pub exp: u64,
    /// Token id.
    pub jti: String,
    /// The session (refresh-token family) the token belongs to: signing out
    /// ends it. Empty in tokens issued before sessions were tracked.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sid: String,
    /// Issued at, µs since the epoch (`iat` is whole seconds, too coarse to
    /// compare with a session cut-off made in the same second).
    #[serde(default)]
    pub iat_us: i64,
    /// A workload token ([`secureflow_platform::auth::CallerKind::Workload`]):
    /// `sub` is the resource the platform's work acts for, not a user.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wl: bool,
}

impl AccessClaims {
    /// When the token was issued, µs.
    pub fn issued_at_us(&self) -> i64 {
        if self.iat_us > 0 {
            return self.iat_us;
        }
        i64::try_from(self.iat)
            .unwrap_or(i64::MAX)
            .saturating_mul(1_000_000)
    }
}

/// The signing keys, cached (opened) from the database.
#[derive(Debug)]
pub struct KeyRing {
    db: Database,
    secrets: Arc<Secrets>,
    keys: RwLock<Vec<(String, Vec<u8>)>>,
}

/// The context a signing key is sealed under.
pub fn signing_key_context(kid: &str) -> String {
    format!("identity_signing_keys.secret:{kid}")
}

impl KeyRing {
    /// A key ring reading from `db` on first use, opening keys with `secrets`.
    pub fn new(db: Database, secrets: Arc<Secrets>) -> Self {
        Self {
            db,
            secrets,
            keys: RwLock::new(Vec::new()),
        }
    }

    async fn reload(&self) -> Result<()> {
        let mut keys = Vec::new();
        for (kid, sealed) in store::signing_keys(&self.db).await? {
            let secret = self.secrets.open(&sealed, &signing_key_context(&kid))?;
            keys.push((kid, secret));
        }
        *self.keys.write().await = keys;
        Ok(())
    }

    /// Signs claims with the newest key.
    pub async fn sign(&self, claims: &AccessClaims) -> Result<String> {
        if self.keys.read().await.is_empty() {
            self.reload().await?;
        }
        let keys = self.keys.read().await;
        let (kid, secret) = keys
            .first()
            .ok_or_else(|| Error::new(ErrorCode::Unavailable, "no signing key exists yet"))?;
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(kid.clone());
        jsonwebtoken::encode(&header, claims, &EncodingKey::from_secret(secret))
            .map_err(Error::internal)
    }

    async fn key(&self, kid: &str) -> Result<Option<Vec<u8>>> {
        let find = |keys: &Vec<(String, Vec<u8>)>| {
            keys.iter()
                .find(|(id, _)| id == kid)
                .map(|(_, s)| s.clone())
        };
        if let Some(secret) = find(&*self.keys.read().await) {
            return Ok(Some(secret));
        }
        // A key created by another process since we last looked.
        self.reload().await?;
        Ok(find(&*self.keys.read().await))
    }

    /// Verifies signature, issuer and expiry; returns the claims.
    pub async fn verify(&self, token: &str) -> Result<AccessClaims> {
        let refused = |message: &str| {
            Error::new(ErrorCode::Unauthenticated, message.to_owned()).with_reason("TOKEN_INVALID")
        };
        let header =
            jsonwebtoken::decode_header(token).map_err(|_| refused("malformed access token"))?;
        if header.alg != Algorithm::HS256 {
            return Err(refused(
                "access token uses an algorithm this server does not issue",
            ));
        }
        let kid = header
            .kid
            .ok_or_else(|| refused("access token names no key"))?;
        let secret = self
            .key(&kid)
            .await?
            .ok_or_else(|| refused("access token signed with an unknown key"))?;
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.leeway = 5;
        match jsonwebtoken::decode::<AccessClaims>(
            token,
            &DecodingKey::from_secret(&secret),
            &validation,
        ) {
            Ok(data) => Ok(data.claims),
            Err(error)
                if matches!(
                    error.kind(),
                    jsonwebtoken::errors::ErrorKind::ExpiredSignature
                ) =>
            {
                Err(Error::new(
                    ErrorCode::Unauthenticated,
                    "access token expired; refresh it",
                )
                .with_reason("TOKEN_EXPIRED"))
            }
            Err(_) => Err(refused("access token is not valid")),
        }
    }
}
