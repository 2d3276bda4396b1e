//! The security service's section of the configuration (`[security]`,
//! `SECUREFLOW_SECURITY__…`).

use secureflow_platform::config::{Config, ConfigError, ConfigSection};
use serde::{Deserialize, Serialize};

/// Security service settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SecurityConfig {
    /// The base branch "new" findings are measured against when neither the
    /// gate call nor the upload names one (a pull request's target branch).
    pub default_base_branch: String,
    /// Most open findings the gate cache keeps in memory across branches.
    pub gate_cache_findings: usize,
    /// Branches whose gate inputs nobody used for this long leave the cache.
    pub gate_cache_idle_seconds: u64,
    /// Keep each uploaded report as it was (encrypted, in the blob store), for
    /// `GetScanReport`.
    pub keep_reports: bool,
}

impl Default for SecurityConfig {
    fn default() -> Self {
        Self {
            default_base_branch: "main".to_owned(),
            gate_cache_findings: 250_000,
            gate_cache_idle_seconds: 60,
            keep_reports: true,
        }
    }
}

/// The `[security]` section as the server composes it.
pub const SECTION: ConfigSection = ConfigSection {
    name: "security",
    check: |config| SecurityConfig::of(config).map(drop),
    effective: |config| {
        let section = SecurityConfig::of(config)?;
        Ok(serde_json::to_value(section).unwrap_or_default())
    },
    warnings: secureflow_platform::config::no_warnings,
};

impl SecurityConfig {
    /// The section of `config`, checked; the error names the key.
    pub fn of(config: &Config) -> Result<Self, ConfigError> {
        let section: Self = config.section(SECTION.name)?;
        if section.default_base_branch.trim().is_empty() {
            return Err(ConfigError::Invalid {
                key: "security.default_base_branch",
                problem: "must not be empty".to_owned(),
            });
        }
        Ok(section)
    }
}
