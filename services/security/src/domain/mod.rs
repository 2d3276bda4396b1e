//! Pure rules of the security service: the normalised finding, report format
//! detection and the parsers. Nothing here does I/O.

pub mod finding;
pub mod formats;
pub mod lifecycle;
pub mod triage;
