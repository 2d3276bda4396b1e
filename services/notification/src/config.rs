//! The notification service's section of the configuration
//! (`[notification]`, `SECUREFLOW_NOTIFICATION__…`).

use secureflow_platform::config::{Config, ConfigError, ConfigSection};
use serde::{Deserialize, Serialize};

/// Notification service settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NotificationConfig {
    /// The address people reach this server at, for the links in messages
    /// (`https://secureflow.example.com`); empty: `http://` and `listen`.
    pub public_url: String,
    /// Days an acknowledgement link in a message stays valid.
    pub acknowledge_link_days: u32,
}

impl Default for NotificationConfig {
    fn default() -> Self {
        Self {
            public_url: String::new(),
            acknowledge_link_days: 7,
        }
    }
}

/// Longest validity of an acknowledgement link.
pub const MAX_LINK_DAYS: u32 = 90;

/// The `[notification]` section as the server composes it.
pub const SECTION: ConfigSection = ConfigSection {
    name: "notification",
    check: |config| NotificationConfig::of(config).map(drop),
    effective: |config| {
        let section = NotificationConfig::of(config)?;
        Ok(serde_json::to_value(section).unwrap_or_default())
    },
};

impl NotificationConfig {
    /// The section of `config`, checked (the error names the key), with
    /// `public_url` filled from `listen` when it is not set.
    pub fn of(config: &Config) -> Result<Self, ConfigError> {
        let mut section: Self = config.section(SECTION.name)?;
        if section.public_url.trim().is_empty() {
            section.public_url = format!("http://{}", config.listen);
        }
        match reqwest::Url::parse(section.public_url.trim()) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
                section.public_url = url.as_str().trim_end_matches('/').to_owned();
            }
            _ => {
                return Err(ConfigError::Invalid {
                    key: "notification.public_url",
                    problem: format!(
                        "`{}` is not an http(s) URL (https://secureflow.example.com)",
                        section.public_url
                    ),
                });
            }
        }
        if !(1..=MAX_LINK_DAYS).contains(&section.acknowledge_link_days) {
            return Err(ConfigError::Invalid {
                key: "notification.acknowledge_link_days",
                problem: format!("must be between 1 and {MAX_LINK_DAYS}"),
            });
        }
        Ok(section)
    }
}
