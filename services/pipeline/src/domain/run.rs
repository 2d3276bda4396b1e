//! The state of an execution, its stages and its steps, and the rules that
//! move it: what a stage's or step's outcome makes of its stage and of the
//! execution. Stored as one JSON document per execution.

use serde::{Deserialize, Serialize};

use super::definition::{Definition, Stage};

/// Lifecycle of an execution, a stage or a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Waiting to run.
    Queued,
    /// Running.
    Running,
    /// Finished successfully.
    Succeeded,
    /// Finished with a failure.
    Failed,
    /// Stopped by a user.
    Cancelled,
    /// Stopped at its time limit.
    TimedOut,
    /// Not run (its condition did not hold, or the run stopped first).
    Skipped,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 7] = [
        Status::Queued,
        Status::Running,
        Status::Succeeded,
        Status::Failed,
        Status::Cancelled,
        Status::TimedOut,
        Status::Skipped,
    ];

    /// As stored.
    pub fn name(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Running => "running",
            Status::Succeeded => "succeeded",
            Status::Failed => "failed",
            Status::Cancelled => "cancelled",
            Status::TimedOut => "timed_out",
            Status::Skipped => "skipped",
        }
    }

    /// The status stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.name() == name)
    }

    /// Whether nothing more happens to it.
    pub fn is_final(self) -> bool {
        !matches!(self, Status::Queued | Status::Running)
    }

    /// Whether it counts as a failure for what comes after.
    pub fn is_failure(self) -> bool {
        matches!(self, Status::Failed | Status::TimedOut | Status::Cancelled)
    }
}

/// A step's state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepState {
    /// Step name.
    pub name: String,
    /// Status.
    pub status: Status,
    /// The process's exit code, once it exited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// Started, µs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at_us: Option<i64>,
    /// Finished, µs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at_us: Option<i64>,
    /// Why it failed, timed out, was cancelled or skipped.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Tries made.
    #[serde(default)]
    pub attempts: u32,
    /// Scan created from its report, for scan steps.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scan_id: String,
    /// Environment a deploying step (`kubectl`) deploys to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub environment: String,
    /// Process id (and process group) of its current try while it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u32>,
}

/// A stage's state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageState {
    /// Stage name.
    pub name: String,
    /// Status.
    pub status: Status,
    /// Its steps.
    pub steps: Vec<StepState>,
    /// Started, µs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at_us: Option<i64>,
    /// Finished, µs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at_us: Option<i64>,
    /// Why it failed or was skipped.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The state of every stage of an execution (the `finally` stage last).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunState {
    /// Stages, in the definition's order, `finally` last.
    pub stages: Vec<StageState>,
}

fn planned_stage(stage: &Stage) -> StageState {
    StageState {
        name: stage.name.clone(),
        status: Status::Queued,
        steps: stage
            .steps
            .iter()
            .map(|step| StepState {
                name: step.name.clone(),
                status: Status::Queued,
                exit_code: None,
                started_at_us: None,
                ended_at_us: None,
                reason: String::new(),
                attempts: 0,
                scan_id: String::new(),
                environment: String::new(),
                pid: None,
            })
            .collect(),
        started_at_us: None,
        ended_at_us: None,
        reason: String::new(),
    }
}

impl StageState {
    /// Ends a stage that did not run its steps: it takes `status` and
    /// `reason`, each step is skipped with `steps_reason`.
    pub fn end_unrun(&mut self, status: Status, reason: String, steps_reason: &str, now_us: i64) {
        self.status = status;
        self.reason = reason;
        self.ended_at_us = Some(now_us);
        for step in &mut self.steps {
            step.status = Status::Skipped;
            step.reason = steps_reason.to_owned();
        }
    }
}

impl RunState {
    /// Every stage and step of `definition`, queued.
    pub fn planned(definition: &Definition) -> Self {
        Self {
            stages: definition
                .stages
                .iter()
                .chain(definition.finally.as_ref())
                .map(planned_stage)
                .collect(),
        }
    }

    /// Everything not finished marked `status` with `reason` at `now_us`
    /// (a cancel before the run started, an interrupted run): running steps
    /// and stages take `status`, queued ones are skipped.
    pub fn stop_all(&mut self, status: Status, reason: &str, now_us: i64) {
        for stage in &mut self.stages {
            for step in &mut stage.steps {
                if !step.status.is_final() {
                    step.status = if step.status == Status::Running {
                        status
                    } else {
                        Status::Skipped
                    };
                    step.reason = reason.to_owned();
                    step.ended_at_us.get_or_insert(now_us);
                }
            }
            if !stage.status.is_final() {
                stage.status = if stage.status == Status::Running {
                    status
                } else {
                    Status::Skipped
                };
                stage.reason = reason.to_owned();
                stage.ended_at_us.get_or_insert(now_us);
            }
        }
    }

    /// The process ids of every step marked running.
    pub fn running_processes(&self) -> Vec<u32> {
        self.stages
            .iter()
            .flat_map(|stage| &stage.steps)
            .filter(|step| step.status == Status::Running)
            .filter_map(|step| step.pid)
            .collect()
    }

    /// The first stage that failed (not counting skips), if any.
    pub fn failed_stage(&self) -> Option<&StageState> {
        self.stages
            .iter()
            .find(|stage| matches!(stage.status, Status::Failed | Status::TimedOut))
    }
}

/// What a stage's steps make of it: failed when a step that may not fail
/// failed or timed out, cancelled when one was cancelled, skipped when none
/// ran, succeeded otherwise; with the reason naming the step.
pub fn stage_outcome(steps: &[(StepState, bool)]) -> (Status, String) {
    let mut ran = false;
    for (step, allow_failure) in steps {
        if step.status != Status::Skipped {
            ran = true;
        }
        match step.status {
            Status::Cancelled => {
                return (
                    Status::Cancelled,
                    format!("step `{}` was cancelled", step.name),
                );
            }
            Status::Failed | Status::TimedOut if !allow_failure => {
                let what = if step.status == Status::TimedOut {
                    "timed out"
                } else {
                    "failed"
                };
                return (Status::Failed, format!("step `{}` {what}", step.name));
            }
            _ => {}
        }
    }
    if ran {
        (Status::Succeeded, String::new())
    } else {
        (Status::Skipped, "no step's condition held".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(name: &str, status: Status) -> StepState {
        StepState {
            name: name.into(),
            status,
            exit_code: None,
            started_at_us: None,
            ended_at_us: None,
            reason: String::new(),
            attempts: 1,
            scan_id: String::new(),
            environment: String::new(),
            pid: None,
        }
    }

    #[test]
    fn a_stage_fails_with_a_step_that_may_not_fail() {
        let steps = [
            (step("a", Status::Succeeded), false),
            (step("b", Status::Failed), true),
        ];
        assert_eq!(stage_outcome(&steps).0, Status::Succeeded);
        let steps = [
            (step("a", Status::Succeeded), false),
            (step("b", Status::TimedOut), false),
        ];
        assert_eq!(
            stage_outcome(&steps),
            (Status::Failed, "step `b` timed out".into())
        );
        let steps = [(step("a", Status::Skipped), false)];
        assert_eq!(stage_outcome(&steps).0, Status::Skipped);
        let steps = [
            (step("a", Status::Cancelled), false),
            (step("b", Status::Failed), false),
        ];
        assert_eq!(stage_outcome(&steps).0, Status::Cancelled);
    }

    #[test]
    fn stopping_skips_what_had_not_started() {
        let mut state = RunState {
            stages: vec![StageState {
                name: "s".into(),
                status: Status::Running,
                steps: vec![step("a", Status::Running), step("b", Status::Queued)],
                started_at_us: Some(1),
                ended_at_us: None,
                reason: String::new(),
            }],
        };
        state.stop_all(Status::Failed, "interrupted", 5);
        let stage = &state.stages[0];
        assert_eq!(stage.status, Status::Failed);
        assert_eq!(stage.steps[0].status, Status::Failed);
        assert_eq!(stage.steps[1].status, Status::Skipped);
        assert_eq!(stage.steps[1].reason, "interrupted");
        assert_eq!(stage.ended_at_us, Some(5));
        assert!(
            Status::ALL
                .iter()
                .all(|s| Status::parse(s.name()) == Some(*s))
        );
    }
}
