//! The pipeline service's own types and pure rules: no I/O, no protobuf.
//!
//! - [`connectors`] — what a scanner step runs and where its report appears.
//! - [`definition`] — a pipeline as its YAML (or JSON) form writes it,
//!   checked whole: every problem named with its line, column and the rule
//!   it breaks.
//! - [`run`] — the state of an execution, its stages and steps, and what
//!   their outcomes make of each other.
//! - [`schedule`] — cron expressions of `schedule` triggers.
//! - [`masking`] — secret values replaced in every log line.
//! - [`variables`] — `${NAME}` references in commands, environments and
//!   tool settings, and their expansion.

pub mod connectors;
pub mod definition;
pub mod masking;
pub mod results;
pub mod run;
pub mod schedule;
pub mod variables;
