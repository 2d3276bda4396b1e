//! The identity service's section of the configuration (`[identity]`,
//! `SECUREFLOW_IDENTITY__…`).

use secureflow_platform::config::{Config, ConfigError, ConfigSection};
use serde::{Deserialize, Serialize};

/// Authentication and account settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IdentityConfig {
    /// Lifetime of JWT access tokens, in seconds.
    pub access_token_ttl_seconds: u64,
    /// Lifetime of refresh tokens, in seconds.
    pub refresh_token_ttl_seconds: u64,
    /// Failed log-ins in a row that lock an account.
    pub max_failed_logins: u32,
    /// How long a locked account stays locked, in seconds.
    pub lockout_seconds: u64,
    /// Longest lifetime an API token may be given, in days.
    pub max_api_token_days: u32,
    /// How long a checked API token is trusted without reading it again, in
    /// seconds (0: read on every call). Revocation clears it at once in the
    /// process that revokes; other processes of a split deployment notice
    /// within this time, or at once with `revocation_redis_url`.
    pub api_token_cache_seconds: u64,
    /// `redis://host:port`: revocations and changes to users are published
    /// there and every process empties its caches at once; empty: each
    /// process alone.
    pub revocation_redis_url: String,
}

impl Default for IdentityConfig {
    fn default() -> Self {
        Self {
            access_token_ttl_seconds: 900,
            refresh_token_ttl_seconds: 30 * 24 * 3600,
            max_failed_logins: 5,
            lockout_seconds: 900,
            max_api_token_days: 366,
            api_token_cache_seconds: 5,
            revocation_redis_url: String::new(),
        }
    }
}

/// The `[identity]` section as the server composes it.
pub const SECTION: ConfigSection = ConfigSection {
    name: "identity",
    check: |config| IdentityConfig::of(config).map(drop),
    effective: |config| {
        let section = IdentityConfig::of(config)?;
        Ok(serde_json::to_value(section).unwrap_or_default())
    },
    warnings: secureflow_platform::config::no_warnings,
};

impl IdentityConfig {
    /// The section of `config`, checked; the error names the key.
    pub fn of(config: &Config) -> Result<Self, ConfigError> {
        let section: Self = config.section(SECTION.name)?;
        section.validate()?;
        Ok(section)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |key, problem: &str| ConfigError::Invalid {
            key,
            problem: problem.to_owned(),
        };
        if !(60..=86_400).contains(&self.access_token_ttl_seconds) {
            return Err(invalid(
                "identity.access_token_ttl_seconds",
                "must be between 60 and 86400",
            ));
        }
        if self.refresh_token_ttl_seconds < self.access_token_ttl_seconds {
            return Err(invalid(
                "identity.refresh_token_ttl_seconds",
                "must be at least identity.access_token_ttl_seconds",
            ));
        }
        if self.max_failed_logins == 0 {
            return Err(invalid("identity.max_failed_logins", "must be at least 1"));
        }
        if self.max_api_token_days == 0 {
            return Err(invalid("identity.max_api_token_days", "must be at least 1"));
        }
        let url = &self.revocation_redis_url;
        if !url.is_empty() && redis::Client::open(url.as_str()).is_err() {
            return Err(invalid(
                "identity.revocation_redis_url",
                "must be a redis:// or rediss:// URL",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secureflow_platform::config::Overrides;

    fn with(key: &str, value: &str) -> Result<IdentityConfig, ConfigError> {
        let env = [(format!("SECUREFLOW_IDENTITY__{key}"), value.to_owned())]
            .into_iter()
            .collect();
        let config = Config::load(None, &env, &Overrides::default()).expect("config");
        IdentityConfig::of(&config)
    }

    #[test]
    fn a_revocation_url_must_be_redis() {
        let refused = with("REVOCATION_REDIS_URL", "http://cache:6379").expect_err("refused");
        assert!(
            refused
                .to_string()
                .contains("identity.revocation_redis_url"),
            "{refused}"
        );
        let taken = with("REVOCATION_REDIS_URL", "redis://cache:6379").expect("taken");
        assert_eq!(taken.revocation_redis_url, "redis://cache:6379");
        assert_eq!(
            with("MAX_FAILED_LOGINS", "3")
                .expect("taken")
                .max_failed_logins,
            3
        );
    }
}
