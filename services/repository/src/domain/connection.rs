//! Connections to the hosts' REST APIs, which backfills read through: which
//! host, its API's base URL (the public one unless GitHub Enterprise or a
//! self-managed GitLab is named), and how it authenticates — an access token,
//! or a GitHub App (its id, its installation and its RSA private key, turned
//! into RS256 JWTs exchanged for installation tokens). Checked here; the
//! secret (token or key) is sealed by the use case and never shown again.

use super::repository::{Host, Invalid};

/// GitHub's public API.
pub const GITHUB_API: &str = "https://api.github.com";
/// GitLab.com's API.
pub const GITLAB_API: &str = "https://gitlab.com/api/v4";

/// How a connection authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// An access token.
    Token,
    /// A GitHub App.
    GitHubApp,
}

impl Auth {
    /// As stored.
    pub fn name(self) -> &'static str {
        match self {
            Auth::Token => "token",
            Auth::GitHubApp => "github_app",
        }
    }

    /// From its stored name.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "token" => Some(Auth::Token),
            "github_app" => Some(Auth::GitHubApp),
            _ => None,
        }
    }
}

/// A connection as a request describes it.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// Name (empty: the host and API URL).
    pub name: String,
    /// Host (`None`: not given).
    pub host: Option<Host>,
    /// API base URL (empty: the host's public one).
    pub api_url: String,
    /// How it authenticates (`None`: not given).
    pub auth: Option<Auth>,
    /// Token (TOKEN).
    pub token: String,
    /// App id (GITHUB_APP).
    pub app_id: String,
    /// Installation id (GITHUB_APP).
    pub installation_id: String,
    /// PEM private key (GITHUB_APP).
    pub private_key: String,
}

/// A checked connection and its secret (the token or the private key), to seal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Name.
    pub name: String,
    /// Host.
    pub host: Host,
    /// API base URL, without a trailing slash.
    pub api_url: String,
    /// How it authenticates.
    pub auth: Auth,
    /// App id (GITHUB_APP), else empty.
    pub app_id: String,
    /// Installation id (GITHUB_APP), else empty.
    pub installation_id: String,
}

impl Draft {
    /// The settings and the secret, or the first field that is wrong (never
    /// echoing a secret).
    pub fn checked(self) -> Result<(Settings, String), Invalid> {
        let host = match self.host {
            Some(host @ (Host::GitHub | Host::GitLab)) => host,
            Some(other) => {
                return Err((
                    "provider",
                    format!("backfill reads GitHub and GitLab; not {}", other.name()),
                ));
            }
            None => {
                return Err((
                    "provider",
                    "must be PROVIDER_GITHUB or PROVIDER_GITLAB".into(),
                ));
            }
        };
        let api_url = api_url(host, &self.api_url)?;
        let auth = self.auth.ok_or((
            "auth",
            "must be CONNECTION_AUTH_TOKEN or CONNECTION_AUTH_GITHUB_APP".to_owned(),
        ))?;
        let (app_id, installation_id, secret) = match auth {
            Auth::Token => (String::new(), String::new(), token(&self.token)?),
            Auth::GitHubApp if host != Host::GitHub => {
                return Err(("auth", "a GitHub App connects to GitHub only".into()));
            }
            Auth::GitHubApp => (
                number("app_id", &self.app_id)?,
                number("installation_id", &self.installation_id)?,
                private_key(&self.private_key)?,
            ),
        };
        let name = self.name.trim();
        let name = if name.is_empty() {
            format!("{} {api_url}", host.name())
        } else if name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err((
                "name",
                "must be at most 100 characters, without control characters".into(),
            ));
        } else {
            name.to_owned()
        };
        Ok((
            Settings {
                name,
                host,
                api_url,
                auth,
                app_id,
                installation_id,
            },
            secret,
        ))
    }
}

/// The API's base URL: `http` or `https`, no credentials, query or fragment.
fn api_url(host: Host, given: &str) -> Result<String, Invalid> {
    let given = given.trim();
    if given.is_empty() {
        return Ok(match host {
            Host::GitHub => GITHUB_API,
            _ => GITLAB_API,
        }
        .to_owned());
    }
    let field = "api_url";
    let url = url::Url::parse(given).map_err(|error| (field, format!("is not a URL: {error}")))?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err((field, "must be an http or https URL".into()));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err((
            field,
            "must not hold credentials (give them as the token)".into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() || url.host_str().is_none() {
        return Err((
            field,
            "must be a base URL, without a query or a fragment".into(),
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

fn token(given: &str) -> Result<String, Invalid> {
    let token = given.trim();
    if token.is_empty() {
        return Err(("token", "is required for CONNECTION_AUTH_TOKEN".into()));
    }
    if token.len() > 1024 || token.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err((
            "token",
            "must be at most 1024 characters without white space".into(),
        ));
    }
    Ok(token.to_owned())
}

fn number(field: &'static str, given: &str) -> Result<String, Invalid> {
    let given = given.trim();
    if given.is_empty() || given.len() > 20 || !given.bytes().all(|b| b.is_ascii_digit()) {
        return Err((field, "must be the App's number, as GitHub shows it".into()));
    }
    Ok(given.to_owned())
}

fn private_key(given: &str) -> Result<String, Invalid> {
    let key = given.trim();
    let pem = key.starts_with("-----BEGIN RSA PRIVATE KEY-----")
        || key.starts_with("-----BEGIN PRIVATE KEY-----");
    if !pem || !key.ends_with("-----") || key.len() > 16 * 1024 {
        return Err((
            "private_key",
            "must be the App's private key as GitHub gives it (PEM, `-----BEGIN RSA PRIVATE KEY-----`)".into(),
        ));
    }
    Ok(format!("{key}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        Draft {
            host: Some(Host::GitHub),
            auth: Some(Auth::Token),
            token: "ghp_0123456789abcdefghijklmnopqrstuvwxyz".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn defaults_are_the_public_apis() {
        let (settings, secret) = draft().checked().expect("checked");
        assert_eq!(settings.api_url, GITHUB_API);
        assert_eq!(settings.name, "github https://api.github.com");
        assert_eq!(secret, "ghp_0123456789abcdefghijklmnopqrstuvwxyz");
        let gitlab = Draft {
            host: Some(Host::GitLab),
            api_url: "https://gitlab.example.com/api/v4/".into(),
            ..draft()
        };
        let (settings, _) = gitlab.checked().expect("checked");
        assert_eq!(settings.api_url, "https://gitlab.example.com/api/v4");
    }

    #[test]
    fn bad_connections_are_refused_naming_the_field_never_the_secret() {
        let cases = [
            (
                Draft {
                    host: None,
                    ..draft()
                },
                "provider",
            ),
            (
                Draft {
                    host: Some(Host::Bitbucket),
                    ..draft()
                },
                "provider",
            ),
            (
                Draft {
                    api_url: "ftp://api.github.com".into(),
                    ..draft()
                },
                "api_url",
            ),
            (
                Draft {
                    api_url: "https://user:pw@github.example.com".into(),
                    ..draft()
                },
                "api_url",
            ),
            (
                Draft {
                    api_url: "not a url".into(),
                    ..draft()
                },
                "api_url",
            ),
            (
                Draft {
                    auth: None,
                    ..draft()
                },
                "auth",
            ),
            (
                Draft {
                    token: String::new(),
                    ..draft()
                },
                "token",
            ),
            (
                Draft {
                    token: "two words".into(),
                    ..draft()
                },
                "token",
            ),
            (
                Draft {
                    auth: Some(Auth::GitHubApp),
                    ..draft()
                },
                "app_id",
            ),
            (
                Draft {
                    host: Some(Host::GitLab),
                    auth: Some(Auth::GitHubApp),
                    ..draft()
                },
                "auth",
            ),
            (
                Draft {
                    auth: Some(Auth::GitHubApp),
                    app_id: "123".into(),
                    installation_id: "456".into(),
                    private_key: "secret-not-a-pem".into(),
                    ..draft()
                },
                "private_key",
            ),
        ];
        for (draft, field) in cases {
            let error = draft.checked().expect_err(field);
            assert_eq!(error.0, field, "{error:?}");
            assert!(
                !error.1.contains("ghp_") && !error.1.contains("secret-not"),
                "{error:?}"
            );
        }
    }

    #[test]
    fn a_github_app_needs_its_numbers_and_key() {
        let app = Draft {
            auth: Some(Auth::GitHubApp),
            app_id: " 123 ".into(),
            installation_id: "456".into(),
            private_key: "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"
                .into(),
            ..draft()
        };
        let (settings, key) = app.checked().expect("checked");
        assert_eq!(
            (settings.app_id.as_str(), settings.installation_id.as_str()),
            ("123", "456")
        );
        assert!(key.starts_with("-----BEGIN RSA PRIVATE KEY-----"));
    }
}
