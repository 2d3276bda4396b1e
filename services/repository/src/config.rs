//! The repository service's section of the configuration (`[repository]`,
//! `SECUREFLOW_REPOSITORY__…`).

use secureflow_platform::config::{Config, ConfigError, ConfigSection};
use serde::{Deserialize, Serialize};

/// Repository service settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RepositoryConfig {
    /// Days a deleted repository can be restored (`UndeleteRepository`)
    /// before it is purged with its history; 0 purges at the next check
    /// (within a minute).
    pub deletion_grace_days: u32,
}

impl Default for RepositoryConfig {
    fn default() -> Self {
        Self {
            deletion_grace_days: 30,
        }
    }
}

/// Longest grace period.
pub const MAX_GRACE_DAYS: u32 = 3650;

/// The `[repository]` section as the server composes it.
pub const SECTION: ConfigSection = ConfigSection {
    name: "repository",
    check: |config| RepositoryConfig::of(config).map(drop),
    effective: |config| {
        let section = RepositoryConfig::of(config)?;
        Ok(serde_json::to_value(section).unwrap_or_default())
    },
    warnings: secureflow_platform::config::no_warnings,
};

impl RepositoryConfig {
    /// The section of `config`, checked; the error names the key.
    pub fn of(config: &Config) -> Result<Self, ConfigError> {
        let section: Self = config.section(SECTION.name)?;
        if section.deletion_grace_days > MAX_GRACE_DAYS {
            return Err(ConfigError::Invalid {
                key: "repository.deletion_grace_days",
                problem: format!("must be at most {MAX_GRACE_DAYS}"),
            });
        }
        Ok(section)
    }

    /// The grace period in µs.
    pub fn grace_us(&self) -> i64 {
        i64::from(self.deletion_grace_days) * 86_400 * 1_000_000
    }
}
