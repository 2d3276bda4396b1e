//! Pure rules of identity: the role catalogue, credentials, password policy.
//! Nothing here does I/O.

pub mod credentials;
pub mod roles;
