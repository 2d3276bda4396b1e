//! A step's process: started in a process group of its own, with only the
//! environment the step is given, its output read line by line into the
//! execution's log, stopped with its whole group (children included) at its
//! time limit or on cancel — SIGTERM, then SIGKILL after the grace period —
//! and its group killed when it exits, so nothing it started lives on.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use rustix::process::{Pid, Signal, kill_process_group};
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::sync::{mpsc, oneshot, watch};

use super::logs::{Raw, Stream};

/// Why a running execution is being stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// It is not.
    Running,
    /// A user cancelled it.
    Cancel,
    /// It ran past its time limit.
    Timeout,
}

/// What to run.
#[derive(Debug, Clone)]
pub struct Spawn {
    /// Program (looked up on the step's `PATH`).
    pub program: String,
    /// Arguments.
    pub args: Vec<String>,
    /// The whole environment of the process.
    pub env: BTreeMap<String, String>,
    /// Working directory.
    pub dir: PathBuf,
    /// Time limit.
    pub timeout: Option<Duration>,
    /// Between SIGTERM and SIGKILL.
    pub kill_grace: Duration,
    /// Longest line read whole (longer ones are cut, what is cut counted).
    pub max_line_bytes: usize,
    /// Standard output goes to this file instead of the log (a scanner's report).
    pub stdout_to: Option<PathBuf>,
}

/// How a process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// It exited with this code.
    Exited(i32),
    /// A signal ended it.
    Signalled(i32),
    /// It ran past its time limit and was stopped.
    TimedOut,
    /// The execution was stopped (cancel or the execution's time limit).
    Stopped(Stop),
    /// It could not be started.
    NotStarted(String),
}

/// Where a step's lines go.
#[derive(Debug, Clone)]
pub struct Output {
    /// Stage name.
    pub stage: Arc<str>,
    /// Step name.
    pub step: Arc<str>,
    /// The execution's log writer.
    pub lines: mpsc::Sender<Raw>,
}

impl Output {
    /// Writes a line a tool printed (on stdout) into the step's log, as
    /// connectors that read a remote tool's output do.
    pub async fn line(&self, text: impl Into<String>) {
        self.write(Stream::Stdout, text.into()).await;
    }

    /// Writes a line of the engine's own (on stderr) into the step's log.
    pub async fn note(&self, text: impl Into<String>) {
        self.write(Stream::Stderr, text.into()).await;
    }

    async fn write(&self, stream: Stream, text: String) {
        let _ = self
            .lines
            .send(Raw {
                stage: self.stage.clone(),
                step: self.step.clone(),
                stream,
                text,
                dropped: 0,
            })
            .await;
    }
}

/// Longest a process's output is waited for after its group is gone (a
/// grandchild that left the group may hold the pipe open).
const DRAIN: Duration = Duration::from_secs(2);

/// Runs `spawn`, its output into `output`, until it ends, its time limit
/// passes or `stop` says the execution stops.
/// `started` learns the process id (which is also its group's) once it runs.
pub async fn run(
    spawn: Spawn,
    output: &Output,
    mut stop: watch::Receiver<Stop>,
    started: oneshot::Sender<u32>,
) -> Ended {
    // The program by its full path: the process is then started with
    // posix_spawn (vfork) rather than fork, which copies the server's page
    // tables and makes every page it writes until the exec a copy.
    let Some(program) = locate(&spawn.program, &spawn.env, &spawn.dir) else {
        return Ended::NotStarted(format!(
            "`{}` is not installed or not on the step's PATH ({})",
            spawn.program,
            spawn.env.get("PATH").map_or("", String::as_str)
        ));
    };
    let stdout = match &spawn.stdout_to {
        Some(path) => match std::fs::File::create(path) {
            Ok(file) => Stdio::from(file),
            Err(error) => {
                return Ended::NotStarted(format!(
                    "the file for `{}`'s output could not be made: {error}",
                    spawn.program
                ));
            }
        },
        None => Stdio::piped(),
    };
    let mut command = tokio::process::Command::new(&program);
    command
        .args(&spawn.args)
        .env_clear()
        .envs(&spawn.env)
        .current_dir(&spawn.dir)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true);
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ended::NotStarted(format!(
                "`{}` is not installed or not on the step's PATH ({})",
                spawn.program,
                spawn.env.get("PATH").map_or("", String::as_str)
            ));
        }
        Err(error) => {
            return Ended::NotStarted(format!("`{}` could not be started: {error}", spawn.program));
        }
    };
    if let Some(id) = child.id() {
        let _ = started.send(id);
    }
    let group = child
        .id()
        .and_then(|id| i32::try_from(id).ok())
        .and_then(Pid::from_raw);
    let keep = spawn.max_line_bytes + crate::pipelines::MAX_SECRET_BYTES;
    let readers = [
        child
            .stdout
            .take()
            .map(|out| tokio::spawn(read_lines(out, Stream::Stdout, output.clone(), keep))),
        child
            .stderr
            .take()
            .map(|err| tokio::spawn(read_lines(err, Stream::Stderr, output.clone(), keep))),
    ];
    let limit = async {
        match spawn.timeout {
            Some(timeout) => tokio::time::sleep(timeout).await,
            None => std::future::pending().await,
        }
    };
    let stopped = async {
        loop {
            let now = *stop.borrow_and_update();
            if now != Stop::Running {
                return now;
            }
            if stop.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    };
    let waited = tokio::select! {
        status = child.wait() => Waited::Exit(status),
        () = limit => Waited::Limit,
        why = stopped => Waited::Stop(why),
    };
    let ended = match waited {
        Waited::Exit(Ok(status)) => {
            match (
                status.code(),
                std::os::unix::process::ExitStatusExt::signal(&status),
            ) {
                (Some(code), _) => Ended::Exited(code),
                (None, Some(signal)) => Ended::Signalled(signal),
                (None, None) => Ended::Exited(-1),
            }
        }
        Waited::Exit(Err(error)) => {
            Ended::NotStarted(format!("waiting for `{}` failed: {error}", spawn.program))
        }
        Waited::Limit => {
            terminate(group, &mut child, spawn.kill_grace).await;
            Ended::TimedOut
        }
        Waited::Stop(why) => {
            terminate(group, &mut child, spawn.kill_grace).await;
            Ended::Stopped(why)
        }
    };
    // Whatever the step started and left behind goes with it.
    signal(group, Signal::KILL);
    for reader in readers.into_iter().flatten() {
        let abort = reader.abort_handle();
        if tokio::time::timeout(DRAIN, reader).await.is_err() {
            abort.abort();
            output
                .note("output still open after the step ended: a process it started outside its group holds it; no longer read")
                .await;
        }
    }
    ended
}

/// The server's values of the environment variables `names` (those set).
pub fn inherited(names: &[&str]) -> BTreeMap<String, String> {
    names
        .iter()
        .filter_map(|name| {
            std::env::var(name)
                .ok()
                .map(|value| ((*name).to_owned(), value))
        })
        .collect()
}

/// The file `program` names: itself when it holds a `/` (relative to `dir`),
/// else the first executable of that name in the directories of the step's
/// `PATH`.
pub fn locate(program: &str, env: &BTreeMap<String, String>, dir: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |path: &Path| {
        std::fs::metadata(path)
            .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        let path = dir.join(program);
        return executable(&path).then_some(path);
    }
    if program.is_empty() {
        return None;
    }
    env.get("PATH")?
        .split(':')
        .filter(|entry| !entry.is_empty())
        .map(|entry| dir.join(entry).join(program))
        .find(|path| executable(path))
}

/// Kills what is left of a step a stopped server ran: the process group of
/// `pid`, if that process still runs as a step of `execution_id` (its
/// environment says so, so a reused process id is left alone); whether it
/// did. Linux only (reads `/proc`).
pub fn kill_leftover(pid: u32, execution_id: &str) -> bool {
    let Ok(environment) = std::fs::read(format!("/proc/{pid}/environ")) else {
        return false;
    };
    let marker = format!("SECUREFLOW_EXECUTION_ID={execution_id}");
    let ours = environment
        .split(|byte| *byte == 0)
        .any(|entry| entry == marker.as_bytes());
    if !ours {
        return false;
    }
    let group = i32::try_from(pid).ok().and_then(Pid::from_raw);
    signal(group, Signal::KILL);
    true
}

enum Waited {
    Exit(std::io::Result<std::process::ExitStatus>),
    Limit,
    Stop(Stop),
}

/// SIGTERM to the group, then SIGKILL once `grace` has passed without the
/// process exiting.
async fn terminate(group: Option<Pid>, child: &mut tokio::process::Child, grace: Duration) {
    signal(group, Signal::TERM);
    if tokio::time::timeout(grace, child.wait()).await.is_err() {
        signal(group, Signal::KILL);
        let _ = child.wait().await;
    }
}

fn signal(group: Option<Pid>, signal: Signal) {
    if let Some(group) = group {
        // ESRCH: the group is gone already.
        let _ = kill_process_group(group, signal);
    }
}

/// Reads `stream` line by line into `output`; a line longer than `keep`
/// bytes keeps its first `keep` bytes and counts the rest.
async fn read_lines(stream: impl AsyncRead + Unpin, kind: Stream, output: Output, keep: usize) {
    let mut reader = BufReader::with_capacity(64 * 1024, stream);
    let mut line: Vec<u8> = Vec::new();
    let mut dropped = 0usize;
    while let Ok(available) = reader.fill_buf().await {
        if available.is_empty() {
            break;
        }
        let (piece, end) = match memchr::memchr(b'\n', available) {
            Some(at) => (&available[..at], Some(at + 1)),
            None => (available, None),
        };
        let room = keep.saturating_sub(line.len());
        line.extend_from_slice(&piece[..piece.len().min(room)]);
        dropped += piece.len().saturating_sub(room);
        let consumed = end.unwrap_or(available.len());
        reader.consume(consumed);
        if end.is_some() && !send(&output, kind, &mut line, &mut dropped).await {
            return;
        }
    }
    if !line.is_empty() || dropped > 0 {
        send(&output, kind, &mut line, &mut dropped).await;
    }
}

async fn send(output: &Output, stream: Stream, line: &mut Vec<u8>, dropped: &mut usize) -> bool {
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    let raw = Raw {
        stage: output.stage.clone(),
        step: output.step.clone(),
        stream,
        text: String::from_utf8_lossy(line).into_owned(),
        dropped: std::mem::take(dropped),
    };
    line.clear();
    output.lines.send(raw).await.is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_found_on_the_steps_path_or_by_their_path() {
        let env = BTreeMap::from([("PATH".to_owned(), "/nowhere:/bin:/usr/bin".to_owned())]);
        let dir = Path::new("/");
        let sh = locate("sh", &env, dir).expect("sh is on PATH");
        assert!(sh.ends_with("sh") && sh.is_absolute());
        assert_eq!(locate("/bin/sh", &env, dir), Some(PathBuf::from("/bin/sh")));
        assert_eq!(locate("no-such-program-here", &env, dir), None);
        assert_eq!(locate("sh", &BTreeMap::new(), dir), None);
        assert_eq!(locate("", &env, dir), None);
        // A directory of that name is not a program.
        assert_eq!(
            locate(
                "tmp",
                &BTreeMap::from([("PATH".to_owned(), "/".to_owned())]),
                dir
            ),
            None
        );
    }
}
