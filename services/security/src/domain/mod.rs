//! Pure rules of the security service: the normalised finding, report format
//! detection and the parsers. Nothing here does I/O.

pub mod compliance;
pub mod finding;
pub mod formats;
pub mod gate;
pub mod lifecycle;
pub mod posture;
pub mod report;
pub mod risk;
pub mod secrets;
pub mod sla;
pub mod threat_intel;
pub mod triage;
