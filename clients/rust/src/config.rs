//! How to reach a server: address, token, TLS, timeouts, retries.

use std::time::Duration;

use crate::Error;

/// Retries of idempotent calls: exponential backoff with jitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts after the first (0 disables retries).
    pub max_retries: usize,
    /// The first delay; each next one doubles, up to `max_delay`.
    pub min_delay: Duration,
    /// The longest delay between two attempts.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Four retries from 200 ms doubling to at most 5 s: about 3 s of waiting
    /// in all, enough to ride out a restart of the server.
    fn default() -> Self {
        Self {
            max_retries: 4,
            min_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
        }
    }
}

/// Where and how to connect.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// `http://host:port` or `https://host:port`.
    pub server: String,
    /// API token (`sft_…`) or access token; `None` for anonymous calls.
    pub token: Option<String>,
    /// PEM of a CA to trust for `https` besides the system's roots.
    pub ca_certificate: Option<Vec<u8>>,
    /// How long to wait for the connection.
    pub connect_timeout: Duration,
    /// Deadline of a unary call made through [`crate::SecureFlow::request`].
    pub timeout: Duration,
    /// Retries of idempotent calls.
    pub retry: RetryPolicy,
}

impl ClientConfig {
    /// A configuration for `server` with default timeouts (connect 10 s,
    /// calls 60 s) and retries; the address is `http://…` or `https://…`, or
    /// `host:port` for plain HTTP.
    pub fn new(server: &str) -> Result<Self, Error> {
        let raw = server.trim();
        let with_scheme = if raw.contains("://") {
            raw.to_owned()
        } else {
            format!("http://{raw}")
        };
        let server = with_scheme.trim_end_matches('/').to_owned();
        let uri: http::Uri = server
            .parse()
            .map_err(|error| Error::Config(format!("server address `{server}`: {error}")))?;
        match uri.scheme_str() {
            Some("http" | "https") if uri.host().is_some() => {}
            _ => {
                return Err(Error::Config(format!(
                    "server address `{server}` must look like http://host:port or https://host:port"
                )));
            }
        }
        Ok(Self {
            server,
            token: None,
            ca_certificate: None,
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            retry: RetryPolicy::default(),
        })
    }

    /// The same configuration sending `token`.
    pub fn with_token(mut self, token: &str) -> Self {
        self.token = Some(token.trim().to_owned()).filter(|token| !token.is_empty());
        self
    }

    /// Whether the connection is encrypted.
    pub fn is_tls(&self) -> bool {
        self.server.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_addresses_must_be_http_urls() {
        let config = ClientConfig::new(" http://127.0.0.1:8080/ ").expect("valid");
        assert_eq!(config.server, "http://127.0.0.1:8080");
        assert!(!config.is_tls());
        assert!(
            ClientConfig::new("https://sf.example:443")
                .expect("valid")
                .is_tls()
        );
        let bare = ClientConfig::new("127.0.0.1:8080").expect("host and port");
        assert_eq!(bare.server, "http://127.0.0.1:8080");
        for bad in ["ftp://host", "http://", "not a url"] {
            let error = ClientConfig::new(bad).expect_err(bad).to_string();
            assert!(error.contains("server address"), "{error}");
        }
    }

    #[test]
    fn blank_tokens_are_no_token() {
        let config = ClientConfig::new("http://h:1")
            .expect("valid")
            .with_token("  ");
        assert_eq!(config.token, None);
    }
}
