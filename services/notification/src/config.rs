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
    /// Seconds a delivery stays taken (`sending`) by the process sending it:
    /// after that, any process of the deployment sends it again (its sender
    /// stopped), and a process starting leaves alone what another one took
    /// more recently.
    pub sending_lease_seconds: u32,
}

impl Default for NotificationConfig {
    fn default() -> Self {
        Self {
            public_url: String::new(),
            acknowledge_link_days: 7,
            sending_lease_seconds: 120,
        }
    }
}

/// Longest validity of an acknowledgement link.
pub const MAX_LINK_DAYS: u32 = 90;

/// Longest lease of a delivery being sent, seconds.
pub const MAX_LEASE_SECONDS: u32 = 3600;

/// The shortest lease that outlasts the longest attempt with room to record
/// it, seconds.
pub const SAFE_LEASE_SECONDS: u32 = 60;

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
        if !(1..=MAX_LEASE_SECONDS).contains(&section.sending_lease_seconds) {
            return Err(ConfigError::Invalid {
                key: "notification.sending_lease_seconds",
                problem: format!("must be between 1 and {MAX_LEASE_SECONDS}"),
            });
        }
        Ok(section)
    }

    /// How long a delivery stays taken by the process sending it.
    pub fn sending_lease(&self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::from(self.sending_lease_seconds))
    }

    /// What to look at: links in messages that only this machine can open
    /// (`public_url` a loopback or unspecified address, as it is by default
    /// when `listen` is one); a lease shorter than an attempt can last.
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
        let mut warnings = Vec::new();
        if self.sending_lease_seconds < SAFE_LEASE_SECONDS {
            warnings.push(ConfigWarning {
                key: "notification.sending_lease_seconds",
                message: format!(
                    "a delivery stays taken by the process sending it for {} s, but an attempt \
                     can take {} s (e-mail, a Slack direct message) and its outcome is recorded \
                     after: another process may send a slow delivery a second time; set at \
                     least {SAFE_LEASE_SECONDS}",
                    self.sending_lease_seconds,
                    crate::send::LONGEST_ATTEMPT.as_secs()
                ),
            });
        }
        if !local {
            return warnings;
        }
        warnings.push(ConfigWarning {
            key: "notification.public_url",
            message: format!(
                "links in messages (acknowledgement links) point at {}, which only this machine can \
                 open: set notification.public_url (SECUREFLOW_NOTIFICATION__PUBLIC_URL) to the \
                 address people reach SecureFlow at",
                self.public_url
            ),
        });
        warnings
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use secureflow_platform::config::Overrides;

    use super::*;

    fn config(listen: &str, settings: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = settings
            .iter()
            .map(|(key, value)| {
                (
                    format!("SECUREFLOW_NOTIFICATION__{key}"),
                    (*value).to_owned(),
                )
            })
            .collect();
        let overrides = Overrides {
            listen: Some(listen.parse().expect("address")),
            ..Overrides::default()
        };
        let config = Config::load(None, &env, &overrides)?;
        (SECTION.check)(&config)?;
        Ok(config)
    }

    fn warnings(listen: &str, public_url: &str) -> Vec<&'static str> {
        let settings: &[(&str, &str)] = if public_url.is_empty() {
            &[]
        } else {
            &[("PUBLIC_URL", public_url)]
        };
        let config = config(listen, settings).expect("loads");
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

    #[test]
    fn a_lease_shorter_than_an_attempt_is_warned_of_and_a_lease_out_of_range_refused() {
        let public = "https://secureflow.example.com";
        let lease = |seconds: &str| {
            config(
                "10.1.2.3:8080",
                &[("PUBLIC_URL", public), ("SENDING_LEASE_SECONDS", seconds)],
            )
        };
        let warned = |seconds: &str| {
            (SECTION.warnings)(&lease(seconds).expect("loads"))
                .iter()
                .map(|warning| warning.key)
                .collect::<Vec<_>>()
        };
        assert!(warned("120").is_empty());
        assert!(warned("60").is_empty());
        assert_eq!(warned("59"), ["notification.sending_lease_seconds"]);
        assert_eq!(warned("1"), ["notification.sending_lease_seconds"]);
        for refused in ["0", "3601"] {
            let error = lease(refused).expect_err("refused").to_string();
            assert!(
                error.contains("notification.sending_lease_seconds"),
                "{error}"
            );
        }
        let section = NotificationConfig::of(&lease("90").expect("loads")).expect("section");
        assert_eq!(section.sending_lease(), std::time::Duration::from_secs(90));
    }
}
