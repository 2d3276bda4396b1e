//! Typed clients for every SecureFlow service.
//!
//! [`SecureFlow`] holds one HTTP/2 channel to `secureflowd` (plain or TLS) and
//! hands out a tonic client per service, each sending the API or access token
//! as `authorization: Bearer …`. [`SecureFlow::idempotent`] retries a call
//! with exponential backoff when the server was unreachable or overloaded —
//! for reads and other calls safe to repeat; [`upload`] streams a scanner
//! report in chunks and reports its progress until the gate verdict.
//!
//! ```no_run
//! # async fn example() -> Result<(), secureflow_client::Error> {
//! use secureflow_client::{ClientConfig, SecureFlow};
//! use secureflow_client::proto::secureflow::security::v1::ListVulnerabilitiesRequest;
//!
//! let config = ClientConfig::new("http://127.0.0.1:8080")?.with_token("sft_…");
//! let secureflow = SecureFlow::connect(&config).await?;
//! let page = secureflow
//!     .idempotent(|| async {
//!         let request = secureflow.request(ListVulnerabilitiesRequest::default());
//!         secureflow.security().list_vulnerabilities(request).await
//!     })
//!     .await?
//!     .into_inner();
//! println!("{} open vulnerabilities", page.total_size);
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]

mod client;
mod config;
mod error;
pub mod upload;

pub use client::{Authorized, BearerToken, SecureFlow, is_transient};
pub use config::{ClientConfig, RetryPolicy};
pub use error::Error;
/// The generated contracts (messages and raw clients).
pub use secureflow_proto as proto;
