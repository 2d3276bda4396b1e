//! The pipeline service's section of the configuration (`[pipeline]`,
//! `SECUREFLOW_PIPELINE__…`).

use std::path::PathBuf;
use std::time::Duration;

use secureflow_platform::config::{Config, ConfigError, ConfigSection};
use serde::{Deserialize, Serialize};

/// Pipeline service settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineConfig {
    /// Executions running at once in this process; the others wait in the
    /// queue and start in the order they were queued.
    pub workers: u32,
    /// Executions of one organisation running at once (0: up to `workers`).
    pub organization_limit: u32,
    /// Where executions get their work directories (default
    /// `<data_dir>/pipeline/work`); each is removed when its execution ends.
    pub work_dir: Option<PathBuf>,
    /// Where logs are kept, and artifacts when `blobs.url` is not set
    /// (default `<data_dir>/pipeline/blobs`).
    pub blob_dir: Option<PathBuf>,
    /// Seconds a step gets to stop after SIGTERM (on cancel or timeout)
    /// before its process group is killed.
    pub kill_grace_seconds: u64,
    /// Longest log line kept, in bytes; a longer one is cut there and marked.
    pub max_log_line_bytes: usize,
    /// Keep work directories after their execution ends (for debugging).
    pub keep_work_dirs: bool,
    /// Days an execution's artifacts are kept when its pipeline's definition
    /// sets no `artifact_retention`.
    pub artifact_retention_days: u32,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        Self {
            workers: 16,
            organization_limit: 0,
            work_dir: None,
            blob_dir: None,
            kill_grace_seconds: 5,
            max_log_line_bytes: 16 * 1024,
            keep_work_dirs: false,
            artifact_retention_days: 30,
        }
    }
}

/// The `[pipeline]` section as the server composes it.
pub const SECTION: ConfigSection = ConfigSection {
    name: "pipeline",
    check: |config| PipelineConfig::of(config).map(drop),
    effective: |config| {
        let section = PipelineConfig::of(config)?;
        Ok(serde_json::to_value(section).unwrap_or_default())
    },
    warnings: secureflow_platform::config::no_warnings,
};

/// Most workers.
pub const MAX_WORKERS: u32 = 1024;

impl PipelineConfig {
    /// The section of `config`, checked and with its directories filled in
    /// under the data directory; the error names the key.
    pub fn of(config: &Config) -> Result<Self, ConfigError> {
        let mut section: Self = config.section(SECTION.name)?;
        let invalid = |key, problem: &str| ConfigError::Invalid {
            key,
            problem: problem.to_owned(),
        };
        if section.workers == 0 || section.workers > MAX_WORKERS {
            return Err(invalid(
                "pipeline.workers",
                &format!("must be between 1 and {MAX_WORKERS}"),
            ));
        }
        if section.artifact_retention_days == 0 || section.artifact_retention_days > 3 * 365 {
            return Err(invalid(
                "pipeline.artifact_retention_days",
                "must be between 1 and 1095",
            ));
        }
        if section.kill_grace_seconds > 600 {
            return Err(invalid(
                "pipeline.kill_grace_seconds",
                "must be at most 600",
            ));
        }
        if !(256..=1024 * 1024).contains(&section.max_log_line_bytes) {
            return Err(invalid(
                "pipeline.max_log_line_bytes",
                "must be between 256 and 1048576",
            ));
        }
        let under = config.data_dir.join("pipeline");
        section.work_dir.get_or_insert_with(|| under.join("work"));
        section.blob_dir.get_or_insert_with(|| under.join("blobs"));
        Ok(section)
    }

    /// Executions of one organisation that may run at once.
    pub fn organization_limit(&self) -> usize {
        match self.organization_limit {
            0 => self.workers as usize,
            limit => limit.min(self.workers) as usize,
        }
    }

    /// The grace between SIGTERM and SIGKILL.
    pub fn kill_grace(&self) -> Duration {
        Duration::from_secs(self.kill_grace_seconds)
    }

    /// The work directories' parent.
    pub fn work_root(&self) -> PathBuf {
        self.work_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from("work"))
    }

    /// The blob store's directory.
    pub fn blob_root(&self) -> PathBuf {
        self.blob_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from("blobs"))
    }
}
