//! Live progress of scans being ingested: the uploader's stream gets every
//! update in order; `WatchScan` callers get the latest state and each change
//! after it. Finished scans stay here for a while so a late watcher still sees
//! how a refused upload ended (completed scans are also in the database).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use secureflow_platform::db::{micros_to_timestamp, now_micros};
use secureflow_proto::secureflow::security::v1::{
    GateEvaluation, IngestionSummary, ScanPhase, ScanProgress,
};
use tokio::sync::{mpsc, watch};

/// Where the uploader's stream of progress goes; an error ends the stream.
pub type ProgressSender = mpsc::UnboundedSender<Result<ScanProgress, tonic::Status>>;

/// How long a finished scan's last progress stays watchable in memory.
pub const RETENTION: Duration = Duration::from_secs(600);

struct Entry {
    organization_id: String,
    state: watch::Sender<ScanProgress>,
}

/// Scans in flight (and recently finished), by id.
#[derive(Clone, Default)]
pub struct ProgressHub {
    scans: Arc<Mutex<HashMap<String, Entry>>>,
}

impl std::fmt::Debug for ProgressHub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProgressHub").finish_non_exhaustive()
    }
}

impl ProgressHub {
    /// Starts tracking a scan; `stream`, when given, receives every update.
    pub fn track(
        &self,
        organization_id: &str,
        scan_id: &str,
        stream: Option<ProgressSender>,
    ) -> Tracker {
        let first = ScanProgress {
            scan_id: scan_id.to_owned(),
            phase: ScanPhase::Receiving as i32,
            time: Some(micros_to_timestamp(now_micros())),
            ..Default::default()
        };
        let (state, _) = watch::channel(first);
        self.scans
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(
                scan_id.to_owned(),
                Entry {
                    organization_id: organization_id.to_owned(),
                    state: state.clone(),
                },
            );
        Tracker {
            hub: Some(self.clone()),
            scan_id: scan_id.to_owned(),
            state,
            stream,
        }
    }

    /// Follows a scan of the organisation while it is known here.
    pub fn watch(
        &self,
        organization_id: &str,
        scan_id: &str,
    ) -> Option<watch::Receiver<ScanProgress>> {
        let scans = self.scans.lock().unwrap_or_else(PoisonError::into_inner);
        scans
            .get(scan_id)
            .filter(|entry| entry.organization_id == organization_id)
            .map(|entry| entry.state.subscribe())
    }

    fn forget_later(&self, scan_id: String) {
        let hub = self.clone();
        let forget = async move {
            tokio::time::sleep(RETENTION).await;
            hub.scans
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .remove(&scan_id);
        };
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(forget);
        }
    }
}

/// Reports one scan's progress.
pub struct Tracker {
    hub: Option<ProgressHub>,
    scan_id: String,
    state: watch::Sender<ScanProgress>,
    stream: Option<ProgressSender>,
}

impl std::fmt::Debug for Tracker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tracker")
            .field("scan_id", &self.scan_id)
            .finish_non_exhaustive()
    }
}

impl Tracker {
    /// A tracker nobody watches (benchmarks, tools).
    pub fn detached(scan_id: &str) -> Self {
        let (state, _) = watch::channel(ScanProgress::default());
        Self {
            hub: None,
            scan_id: scan_id.to_owned(),
            state,
            stream: None,
        }
    }

    /// The scan's id.
    pub fn scan_id(&self) -> &str {
        &self.scan_id
    }

    /// Changes the progress and tells everyone following it.
    pub fn update(&self, change: impl FnOnce(&mut ScanProgress)) {
        self.state.send_modify(|progress| {
            change(progress);
            progress.scan_id.clone_from(&self.scan_id);
            progress.time = Some(micros_to_timestamp(now_micros()));
        });
        if let Some(stream) = &self.stream {
            // A gone uploader does not stop ingestion.
            let _ = stream.send(Ok(self.state.borrow().clone()));
        }
    }

    /// Enters a phase.
    pub fn phase(&self, phase: ScanPhase) {
        self.update(|progress| progress.phase = phase as i32);
    }

    /// The final, successful update.
    pub fn completed(&self, summary: IngestionSummary, gate: Option<GateEvaluation>) {
        self.update(|progress| {
            progress.phase = ScanPhase::Completed as i32;
            progress.summary = Some(summary);
            progress.gate = gate;
        });
    }

    /// The final update of a refused or failed scan.
    pub fn failed(&self, error: &str) {
        self.update(|progress| {
            progress.phase = ScanPhase::Failed as i32;
            progress.error = error.to_owned();
        });
    }
}

impl Drop for Tracker {
    fn drop(&mut self) {
        if let Some(hub) = self.hub.take() {
            hub.forget_later(std::mem::take(&mut self.scan_id));
        }
    }
}

/// Whether a phase ends a scan.
pub fn is_final(progress: &ScanProgress) -> bool {
    progress.phase == ScanPhase::Completed as i32 || progress.phase == ScanPhase::Failed as i32
}
