//! Pure rules of identity: the role catalogue, credentials, password policy,
//! and who may grant what.
//! Nothing here does I/O.

pub mod credentials;
pub mod grants;
pub mod roles;
