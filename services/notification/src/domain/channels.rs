//! Channel types and the settings and credentials each reads: which keys
//! exist, which are required, what a value must look like. Every problem is
//! named by its field (`channel.settings.url`) so a client can show it where
//! it belongs.

use std::collections::BTreeMap;

#[cfg(test)]
use secureflow_platform::Error;
use secureflow_platform::Result;

/// A transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// E-mail over SMTP.
    Email,
    /// Slack: incoming webhook, or the Web API with a bot token.
    Slack,
    /// Microsoft Teams incoming webhook or Workflows URL.
    Teams,
    /// Signed HTTP webhook.
    Webhook,
    /// Stored for users to read in the product.
    InApp,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 5] = [
        Kind::Email,
        Kind::Slack,
        Kind::Teams,
        Kind::Webhook,
        Kind::InApp,
    ];

    /// Its name in the database and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Slack => "slack",
            Kind::Teams => "ms_teams",
            Kind::Webhook => "webhook",
            Kind::InApp => "in_app",
        }
    }

    /// The kind named `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The settings and credentials it reads.
    pub fn keys(self) -> &'static [Key] {
        match self {
            Kind::Webhook => WEBHOOK,
            Kind::Slack => SLACK,
            Kind::Teams => TEAMS,
            Kind::Email => EMAIL,
            Kind::InApp => IN_APP,
        }
    }
}

/// A channel's health, from its deliveries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// Delivering.
    Active,
    /// Kept failing (server errors, 429, time-outs): deliveries wait.
    Paused,
    /// Refused by the receiver (4xx): nothing is sent.
    Disabled,
}

impl Health {
    /// Its name in the database.
    pub fn name(self) -> &'static str {
        match self {
            Health::Active => "active",
            Health::Paused => "paused",
            Health::Disabled => "disabled",
        }
    }

    /// The health named `name` (unknown names read as active).
    pub fn parse(name: &str) -> Self {
        match name {
            "paused" => Health::Paused,
            "disabled" => Health::Disabled,
            _ => Health::Active,
        }
    }
}

/// What a value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Any text.
    Text,
    /// An `http` or `https` URL.
    Url,
    /// A TCP port.
    Port,
    /// One of the listed words.
    OneOf(&'static [&'static str]),
    /// Comma-separated e-mail addresses.
    Addresses,
    /// Comma-separated ids.
    Ids,
    /// PEM certificates.
    Pem,
}

/// One key of a channel type.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    /// The key.
    pub name: &'static str,
    /// A credential (sealed, write-only) rather than a setting.
    pub credential: bool,
    /// Required.
    pub required: bool,
    /// What its value must be.
    pub shape: Shape,
    /// What it is, for messages and documentation.
    pub about: &'static str,
}

const fn setting(name: &'static str, required: bool, shape: Shape, about: &'static str) -> Key {
    Key {
        name,
        credential: false,
        required,
        shape,
        about,
    }
}

const fn credential(name: &'static str, required: bool, about: &'static str) -> Key {
    Key {
        name,
        credential: true,
        required,
        shape: Shape::Text,
        about,
    }
}

const WEBHOOK: &[Key] = &[
    setting("url", true, Shape::Url, "where the JSON body is POSTed"),
    credential(
        "secret",
        true,
        "signs each body (X-SecureFlow-Signature: HMAC-SHA256 of timestamp.body)",
    ),
];

const SLACK: &[Key] = &[
    setting(
        "webhook_url",
        false,
        Shape::Url,
        "an incoming webhook (messages go to its channel)",
    ),
    setting(
        "channel",
        false,
        Shape::Text,
        "channel or user id for chat.postMessage (with bot_token)",
    ),
    setting(
        "direct_messages",
        false,
        Shape::OneOf(&["true", "false"]),
        "true: also a direct message to each person a rule or escalation level names, found by their e-mail address (users.lookupByEmail; with bot_token)",
    ),
    setting(
        "api_url",
        false,
        Shape::Url,
        "Slack Web API base (default https://slack.com/api)",
    ),
    credential(
        "bot_token",
        false,
        "bot token (xoxb-…) for chat.postMessage and direct messages",
    ),
];

const TEAMS: &[Key] = &[setting(
    "url",
    true,
    Shape::Url,
    "incoming webhook or Workflows URL; receives an Adaptive Card",
)];

/// How an SMTP connection is secured.
pub const SECURITY: &[&str] = &["starttls", "tls", "none"];

const EMAIL: &[Key] = &[
    setting("host", true, Shape::Text, "SMTP server"),
    setting(
        "port",
        false,
        Shape::Port,
        "SMTP port (default 587 with starttls, 465 with tls, 25 with none)",
    ),
    setting(
        "security",
        false,
        Shape::OneOf(SECURITY),
        "starttls (default), tls (implicit) or none",
    ),
    setting("from", true, Shape::Addresses, "sender address"),
    setting(
        "to",
        false,
        Shape::Addresses,
        "recipients of every message (besides the users a rule names)",
    ),
    setting("username", false, Shape::Text, "SMTP user (with password)"),
    setting(
        "ca_certificate",
        false,
        Shape::Pem,
        "PEM certificate of a private CA the server's certificate is signed by",
    ),
    credential("password", false, "SMTP password"),
];

const IN_APP: &[Key] = &[
    setting(
        "user_ids",
        false,
        Shape::Ids,
        "users who receive every message (besides those a rule names)",
    ),
    setting(
        "team_ids",
        false,
        Shape::Ids,
        "teams whose members receive every message",
    ),
];

/// Comma-separated values, trimmed, empty ones left out.
pub fn list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Addresses a channel never sends to: link-local ones (where cloud
/// instances' metadata services answer, handing out credentials), the
/// unspecified address, multicast and broadcast — so a channel's URL cannot
/// turn the server into a client of its own host's metadata. Loopback and
/// private networks stay open: self-hosted receivers live there.
pub fn reserved_address(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            v4.is_link_local() || v4.is_unspecified() || v4.is_multicast() || v4.is_broadcast()
        }
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => reserved_address(v4.into()),
            None => {
                v6.is_unspecified() || v6.is_multicast() || (v6.segments()[0] & 0xffc0) == 0xfe80
            }
        },
    }
}

/// Why a URL's host may not be sent to, when it is a reserved address literal.
pub fn reserved_host(url: &url::Url) -> Option<String> {
    let ip = match url.host()? {
        url::Host::Ipv4(v4) => std::net::IpAddr::V4(v4),
        url::Host::Ipv6(v6) => std::net::IpAddr::V6(v6),
        url::Host::Domain(_) => return None,
    };
    reserved_address(ip).then(|| {
        format!(
            "points at {ip}, a link-local, unspecified, multicast or broadcast address: refused"
        )
    })
}

fn check_value(key: &Key, value: &str) -> std::result::Result<(), String> {
    match key.shape {
        Shape::Text if value.trim().is_empty() => Err("must not be empty".into()),
        Shape::Text => Ok(()),
        Shape::Url => match url::Url::parse(value.trim()) {
            Ok(url) => match reserved_host(&url) {
                Some(problem) => Err(problem),
                None if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(()),
                None => Err(format!(
                    "must be an http or https URL (this one is `{}:`)",
                    url.scheme()
                )),
            },
            Err(error) => Err(format!("is not a URL: {error}")),
        },
        Shape::Port => match value.trim().parse::<u16>() {
            Ok(port) if port > 0 => Ok(()),
            _ => Err("must be a port number from 1 to 65535".into()),
        },
        Shape::OneOf(words) if words.contains(&value.trim()) => Ok(()),
        Shape::OneOf(words) => Err(format!("must be one of {}", words.join(", "))),
        Shape::Addresses => {
            let addresses = list(value);
            if addresses.is_empty() {
                return Err("must name at least one address".into());
            }
            for address in addresses {
                if address.parse::<lettre::message::Mailbox>().is_err() {
                    return Err(format!("`{address}` is not an e-mail address"));
                }
            }
            Ok(())
        }
        Shape::Ids if list(value).is_empty() => Err("must name at least one id".into()),
        Shape::Ids => Ok(()),
        Shape::Pem if value.contains("-----BEGIN CERTIFICATE-----") => Ok(()),
        Shape::Pem => Err("must be a PEM certificate (-----BEGIN CERTIFICATE-----)".into()),
    }
}

/// Checks `settings` and `credentials` of a channel of type `kind`; every
/// problem at once, each at its field. `credentials_kept` are the names of
/// credentials already stored (an update need not send them again).
pub fn check(
    kind: Kind,
    settings: &BTreeMap<String, String>,
    credentials: &BTreeMap<String, String>,
    credentials_kept: &[String],
) -> Result<()> {
    let mut problems = Vec::new();
    let keys = kind.keys();
    for (given, credential, field) in [
        (settings, false, "channel.settings"),
        (credentials, true, "channel.credentials"),
    ] {
        for (name, value) in given {
            match keys.iter().find(|key| key.name == name) {
                Some(key) if key.credential == credential => {
                    if let Err(problem) = check_value(key, value) {
                        problems.push((format!("{field}.{name}"), problem));
                    }
                }
                Some(key) => problems.push((
                    format!("{field}.{name}"),
                    format!(
                        "belongs in channel.{} ({})",
                        if key.credential {
                            "credentials: it is sealed and never returned"
                        } else {
                            "settings"
                        },
                        key.about
                    ),
                )),
                None => problems.push((
                    format!("{field}.{name}"),
                    format!(
                        "is not a key of {} channels (they read {})",
                        kind.name(),
                        keys.iter()
                            .filter(|key| key.credential == credential)
                            .map(|key| key.name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )),
            }
        }
    }
    for key in keys.iter().filter(|key| key.required) {
        let present = if key.credential {
            credentials.contains_key(key.name) || credentials_kept.iter().any(|k| k == key.name)
        } else {
            settings.contains_key(key.name)
        };
        if !present {
            problems.push((
                format!(
                    "channel.{}.{}",
                    if key.credential {
                        "credentials"
                    } else {
                        "settings"
                    },
                    key.name
                ),
                format!("is required for {} channels: {}", kind.name(), key.about),
            ));
        }
    }
    if kind == Kind::Slack {
        let has_token = credentials.contains_key("bot_token")
            || credentials_kept.iter().any(|k| k == "bot_token");
        let direct = settings.get("direct_messages").map(String::as_str) == Some("true");
        match (
            settings.contains_key("webhook_url"),
            settings.contains_key("channel") || direct,
        ) {
            (false, false) => problems.push((
                "channel.settings.webhook_url".into(),
                "a Slack channel needs webhook_url (an incoming webhook), or channel or direct_messages with the credential bot_token".into(),
            )),
            (false, true) if !has_token => problems.push((
                "channel.credentials.bot_token".into(),
                "is required with settings.channel and settings.direct_messages (chat.postMessage)".into(),
            )),
            (true, _) if direct && !has_token => problems.push((
                "channel.credentials.bot_token".into(),
                "is required with settings.direct_messages (users.lookupByEmail, chat.postMessage)".into(),
            )),
            _ => {}
        }
    }
    if kind == Kind::Email
        && settings.contains_key("username")
            != (credentials.contains_key("password")
                || credentials_kept.iter().any(|k| k == "password"))
    {
        problems.push((
            "channel.credentials.password".into(),
            "username and password go together".into(),
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(super::invalid(problems))
}

#[cfg(test)]
mod tests {
    #[test]
    fn metadata_and_other_reserved_addresses_are_refused_loopback_and_private_kept() {
        for reserved in [
            "169.254.169.254",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "fe80::1",
            "::",
            "::ffff:169.254.169.254",
        ] {
            assert!(
                reserved_address(reserved.parse().expect("ip")),
                "{reserved}"
            );
        }
        for open in [
            "127.0.0.1",
            "10.0.0.8",
            "192.168.1.2",
            "8.8.8.8",
            "::1",
            "fd00::1",
        ] {
            assert!(!reserved_address(open.parse().expect("ip")), "{open}");
        }
        let mut settings = BTreeMap::new();
        settings.insert(
            "url".to_owned(),
            "http://169.254.169.254/latest/meta-data/".to_owned(),
        );
        let error = check(Kind::Teams, &settings, &BTreeMap::new(), &[]).expect_err("refused");
        assert!(
            format!("{error:?}").contains("channel.settings.url"),
            "{error:?}"
        );
        settings.insert("url".to_owned(), "http://[fe80::1]:8080/hook".to_owned());
        check(Kind::Teams, &settings, &BTreeMap::new(), &[]).expect_err("refused");
        settings.insert("url".to_owned(), "http://127.0.0.1:8080/hook".to_owned());
        check(Kind::Teams, &settings, &BTreeMap::new(), &[]).expect("loopback kept");
    }

    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn fields(error: &Error) -> Vec<String> {
        error.violations().iter().map(|v| v.field.clone()).collect()
    }

    #[test]
    fn a_webhook_needs_a_url_and_a_secret() {
        let error = check(Kind::Webhook, &map(&[]), &map(&[]), &[]).expect_err("empty");
        assert_eq!(
            fields(&error),
            ["channel.settings.url", "channel.credentials.secret"]
        );
        check(
            Kind::Webhook,
            &map(&[("url", "https://hooks.example.com/x")]),
            &map(&[("secret", "s")]),
            &[],
        )
        .expect("valid");
        // Kept from before: an update need not send it again.
        check(
            Kind::Webhook,
            &map(&[("url", "https://hooks.example.com/x")]),
            &map(&[]),
            &["secret".into()],
        )
        .expect("kept secret");
    }

    #[test]
    fn unknown_misplaced_and_malformed_values_are_named() {
        let error = check(
            Kind::Webhook,
            &map(&[("url", "ftp://x"), ("secret", "s"), ("colour", "red")]),
            &map(&[("secret", "s")]),
            &[],
        )
        .expect_err("problems");
        let found = fields(&error);
        assert!(
            found.contains(&"channel.settings.url".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"channel.settings.secret".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"channel.settings.colour".to_owned()),
            "{found:?}"
        );
        let error = check(
            Kind::Email,
            &map(&[
                ("host", "smtp"),
                ("from", "not an address"),
                ("port", "99999"),
            ]),
            &map(&[]),
            &[],
        )
        .expect_err("problems");
        assert_eq!(
            fields(&error),
            ["channel.settings.from", "channel.settings.port"]
        );
    }

    #[test]
    fn slack_needs_a_webhook_or_a_channel_with_a_token() {
        let error = check(Kind::Slack, &map(&[]), &map(&[]), &[]).expect_err("nothing");
        assert_eq!(fields(&error), ["channel.settings.webhook_url"]);
        let error =
            check(Kind::Slack, &map(&[("channel", "C1")]), &map(&[]), &[]).expect_err("no token");
        assert_eq!(fields(&error), ["channel.credentials.bot_token"]);
        check(
            Kind::Slack,
            &map(&[("channel", "C1")]),
            &map(&[("bot_token", "xoxb-1")]),
            &[],
        )
        .expect("bot");
        // Direct messages alone, with the token.
        check(
            Kind::Slack,
            &map(&[("direct_messages", "true")]),
            &map(&[("bot_token", "xoxb-1")]),
            &[],
        )
        .expect("direct messages");
        let error = check(
            Kind::Slack,
            &map(&[
                ("webhook_url", "https://hooks.slack.com/x"),
                ("direct_messages", "true"),
            ]),
            &map(&[]),
            &[],
        )
        .expect_err("no token for direct messages");
        assert_eq!(fields(&error), ["channel.credentials.bot_token"]);
    }
}
