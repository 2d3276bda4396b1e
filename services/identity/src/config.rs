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
    /// within this time.
    pub api_token_cache_seconds: u64,
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
        Ok(())
    }
}
