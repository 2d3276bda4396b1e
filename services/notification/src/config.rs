//! The notification service's section of the configuration
//! (`[notification]`, `SECUREFLOW_NOTIFICATION__…`).

use secureflow_platform::config::{Config, ConfigError, ConfigSection, ConfigWarning};
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
    warnings: |config| {
        NotificationConfig::of(config)
            .map(|section| section.warnings())
            .unwrap_or_default()
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

    /// What to look at: links in messages that only this machine can open
    /// (`public_url` a loopback or unspecified address, as it is by default
    /// when `listen` is one).
    pub fn warnings(&self) -> Vec<ConfigWarning> {
        let host = url::Url::parse(&self.public_url)
            .ok()
            .and_then(|url| url.host().map(|host| host.to_owned()));
        let local = match host {
            Some(url::Host::Ipv4(address)) => address.is_loopback() || address.is_unspecified(),
            Some(url::Host::Ipv6(address)) => address.is_loopback() || address.is_unspecified(),
            Some(url::Host::Domain(name)) => {
                let name = name.to_ascii_lowercase();
                name == "localhost" || name.ends_with(".localhost")
            }
            None => false,
        };
        if !local {
            return Vec::new();
        }
        vec![ConfigWarning {
            key: "notification.public_url",
            message: format!(
                "links in messages (acknowledgement links) point at {}, which only this machine can \
                 open: set notification.public_url (SECUREFLOW_NOTIFICATION__PUBLIC_URL) to the \
                 address people reach SecureFlow at",
                self.public_url
            ),
        }]
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use secureflow_platform::config::Overrides;

    use super::*;

    fn warnings(listen: &str, public_url: &str) -> Vec<&'static str> {
        let mut env = HashMap::new();
        if !public_url.is_empty() {
            env.insert(
                "SECUREFLOW_NOTIFICATION__PUBLIC_URL".to_owned(),
                public_url.to_owned(),
            );
        }
        let overrides = Overrides {
            listen: Some(listen.parse().expect("address")),
            ..Overrides::default()
        };
        let config = Config::load(None, &env, &overrides).expect("loads");
        (SECTION.warnings)(&config)
            .iter()
            .map(|warning| warning.key)
            .collect()
    }

    #[test]
    fn links_only_this_machine_can_open_are_warned_of() {
        let warned = ["notification.public_url"];
        // The default: `listen`, a loopback or unspecified address.
        assert_eq!(warnings("127.0.0.1:8080", ""), warned);
        assert_eq!(warnings("0.0.0.0:8080", ""), warned);
        assert_eq!(warnings("[::1]:8080", ""), warned);
        assert_eq!(warnings("0.0.0.0:8080", "http://localhost:8080"), warned);
        assert_eq!(warnings("0.0.0.0:8080", "http://app.localhost"), warned);
        // An address others reach.
        assert!(warnings("10.1.2.3:8080", "").is_empty());
        assert!(warnings("127.0.0.1:8080", "https://secureflow.example.com").is_empty());
        assert!(warnings("127.0.0.1:8080", "http://192.168.1.20:8080").is_empty());
    }
}
