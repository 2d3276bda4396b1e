//! Artifacts: the files a step declares it produces (`artifacts:` paths in
//! the work directory, a directory meaning every file in it) are kept once
//! the step succeeds — copied into the blob store
//! (`<blob_dir>/artifacts/<organisation>/<execution>/<sha256>`) with their
//! size and digest, recorded in `pipeline_artifacts` — listed on the
//! execution and downloadable through `DownloadArtifact`. A re-run that
//! reuses a stage places that stage's artifacts in its own work directory
//! before its first stage runs, so later stages find them as if the stage
//! had run. A declared path that is missing, leaves the work directory or
//! is a symbolic link fails the step, saying which.

use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::store::artifacts::ArtifactRow;

/// Files one step may keep, at most.
const MAX_FILES: usize = 10_000;

/// Where execution `execution_id`'s artifact with digest `sha256` is kept;
/// `None` for ids that are not the server's own.
pub fn blob_path(
    root: &Path,
    organization_id: &str,
    execution_id: &str,
    sha256: &str,
) -> Option<PathBuf> {
    let safe = super::logs::safe_name;
    (safe(organization_id) && safe(execution_id) && safe(sha256)).then(|| {
        root.join("artifacts")
            .join(organization_id)
            .join(execution_id)
            .join(sha256)
    })
}

/// Who keeps: the execution, and the step that produced the files.
#[derive(Debug, Clone)]
pub struct Keeper<'a> {
    /// Blob store root.
    pub root: &'a Path,
    /// Organisation.
    pub organization_id: &'a str,
    /// Execution.
    pub execution_id: &'a str,
    /// Work directory.
    pub work_dir: &'a Path,
    /// Stage.
    pub stage: &'a str,
    /// Step.
    pub step: &'a str,
    /// When what it keeps expires, µs.
    pub expires_at_us: i64,
}

/// The files under declared path `declared`, relative to the work directory.
fn files_of(work_dir: &Path, declared: &str) -> Result<Vec<String>, String> {
    let relative = Path::new(declared);
    if relative.is_absolute()
        || relative
            .components()
            .any(|part| !matches!(part, Component::Normal(_) | Component::CurDir))
    {
        return Err(format!(
            "artifact `{declared}` is outside the work directory"
        ));
    }
    let path = work_dir.join(relative);
    let meta = std::fs::symlink_metadata(&path)
        .map_err(|_| format!("artifact `{declared}` was not produced"))?;
    if meta.file_type().is_symlink() {
        return Err(format!(
            "artifact `{declared}` is a symbolic link; declare the file it points to"
        ));
    }
    if meta.is_file() {
        return Ok(vec![normal(relative)]);
    }
    let mut files = Vec::new();
    let mut pending = vec![path];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir)
            .map_err(|error| format!("artifact `{declared}` cannot be read: {error}"))?;
        for entry in entries {
            let entry =
                entry.map_err(|error| format!("artifact `{declared}` cannot be read: {error}"))?;
            let kind = entry
                .file_type()
                .map_err(|error| format!("artifact `{declared}` cannot be read: {error}"))?;
            if kind.is_dir() {
                pending.push(entry.path());
            } else if kind.is_file() {
                let inside = entry
                    .path()
                    .strip_prefix(work_dir)
                    .map(normal)
                    .map_err(|_| format!("artifact `{declared}` is outside the work directory"))?;
                files.push(inside);
                if files.len() > MAX_FILES {
                    return Err(format!(
                        "artifact `{declared}` holds more than {MAX_FILES} files"
                    ));
                }
            }
        }
    }
    files.sort();
    Ok(files)
}

/// A relative path written with `/`, without `.` parts.
fn normal(path: &Path) -> String {
    path.components()
        .filter_map(|part| match part {
            Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Copies `from` into the blob store while hashing it; its size and digest.
fn store_file(keeper: &Keeper<'_>, from: &Path) -> Result<(i64, String), String> {
    let dir = keeper
        .root
        .join("artifacts")
        .join(keeper.organization_id)
        .join(keeper.execution_id);
    std::fs::create_dir_all(&dir)
        .map_err(|error| format!("the blob store cannot be written: {error}"))?;
    let mut temporary = tempfile::NamedTempFile::new_in(&dir)
        .map_err(|error| format!("the blob store cannot be written: {error}"))?;
    let mut source = std::fs::File::open(from)
        .map_err(|error| format!("`{}` cannot be read: {error}", from.display()))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut size = 0i64;
    loop {
        let read = source
            .read(&mut buffer)
            .map_err(|error| format!("`{}` cannot be read: {error}", from.display()))?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        temporary
            .write_all(&buffer[..read])
            .map_err(|error| format!("the blob store cannot be written: {error}"))?;
        size += read as i64;
    }
    let digest = hex::encode(hasher.finalize());
    temporary
        .persist(dir.join(&digest))
        .map_err(|error| format!("the blob store cannot be written: {error}"))?;
    Ok((size, digest))
}

/// Keeps the files of the `declared` paths; their rows (not yet recorded).
/// Blocking: run it off the async threads.
pub fn keep(
    keeper: &Keeper<'_>,
    declared: &[String],
    now_us: i64,
) -> Result<Vec<ArtifactRow>, String> {
    let mut rows: Vec<ArtifactRow> = Vec::new();
    for path in declared {
        for name in files_of(keeper.work_dir, path)? {
            if rows.iter().any(|row| row.name == name) {
                continue;
            }
            let (size_bytes, sha256) = store_file(keeper, &keeper.work_dir.join(&name))?;
            rows.push(ArtifactRow {
                execution_id: keeper.execution_id.to_owned(),
                organization_id: keeper.organization_id.to_owned(),
                name,
                stage: keeper.stage.to_owned(),
                step: keeper.step.to_owned(),
                size_bytes,
                sha256,
                created_at_us: now_us,
                reused_from: String::new(),
                expires_at_us: keeper.expires_at_us,
            });
        }
    }
    Ok(rows)
}

/// Places `kept` (an earlier execution's artifacts) in this execution: its
/// blob store (a hard link, or a copy) and its work directory; the rows
/// recording them as reused, kept until `expires_at_us`. Blocking.
pub fn place(
    root: &Path,
    work_dir: &Path,
    execution_id: &str,
    kept: &[ArtifactRow],
    (now_us, expires_at_us): (i64, i64),
) -> Result<Vec<ArtifactRow>, String> {
    let mut rows = Vec::new();
    for row in kept {
        let from = blob_path(root, &row.organization_id, &row.execution_id, &row.sha256)
            .ok_or_else(|| format!("artifact `{}` has no stored content", row.name))?;
        let to = blob_path(root, &row.organization_id, execution_id, &row.sha256)
            .ok_or_else(|| format!("artifact `{}` cannot be placed", row.name))?;
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("the blob store cannot be written: {error}"))?;
        }
        if !to.exists() && std::fs::hard_link(&from, &to).is_err() {
            std::fs::copy(&from, &to).map_err(|error| {
                format!(
                    "artifact `{}` of execution {} cannot be read: {error}",
                    row.name, row.execution_id
                )
            })?;
        }
        let inside = work_dir.join(&row.name);
        if let Some(parent) = inside.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("the work directory cannot be written: {error}"))?;
        }
        std::fs::copy(&to, &inside)
            .map_err(|error| format!("artifact `{}` cannot be placed: {error}", row.name))?;
        rows.push(ArtifactRow {
            execution_id: execution_id.to_owned(),
            created_at_us: now_us,
            expires_at_us,
            reused_from: match row.reused_from.as_str() {
                "" => row.execution_id.clone(),
                earlier => earlier.to_owned(),
            },
            ..row.clone()
        });
    }
    Ok(rows)
}

/// An artifact's content read from its file in chunks of 64 KiB; a read
/// error ends the stream with it.
pub fn chunks(
    file: tokio::fs::File,
) -> impl futures::Stream<Item = std::io::Result<Vec<u8>>> + Send + 'static {
    futures::stream::unfold(Some(file), |file| async move {
        use tokio::io::AsyncReadExt;
        let mut file = file?;
        let mut chunk = vec![0u8; 64 * 1024];
        match file.read(&mut chunk).await {
            Ok(0) => None,
            Ok(read) => {
                chunk.truncate(read);
                Some((Ok(chunk), Some(file)))
            }
            Err(error) => Some((Err(error), None)),
        }
    })
}

/// Removes the stored content of an expired artifact (blocking); the
/// execution's directory goes with its last file.
pub fn remove(root: &Path, row: &ArtifactRow) {
    let Some(path) = blob_path(root, &row.organization_id, &row.execution_id, &row.sha256) else {
        return;
    };
    if let Err(error) = std::fs::remove_file(&path)
        && error.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!(%error, path = %path.display(), "removing an expired artifact failed");
    }
    if let Some(dir) = path.parent() {
        // Fails (and stays) while other files are in it.
        let _ = std::fs::remove_dir(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_paths_are_kept_by_digest_and_bad_ones_named() {
        let work = tempfile::tempdir().expect("work");
        let blobs = tempfile::tempdir().expect("blobs");
        std::fs::create_dir_all(work.path().join("dist/sub")).expect("dirs");
        std::fs::write(work.path().join("dist/app"), b"binary").expect("app");
        std::fs::write(work.path().join("dist/sub/notes.txt"), b"notes").expect("notes");
        std::fs::write(work.path().join("report.json"), b"{}").expect("report");
        let keeper = Keeper {
            root: blobs.path(),
            organization_id: "org-1",
            execution_id: "exec-1",
            work_dir: work.path(),
            stage: "build",
            step: "make",
            expires_at_us: 100,
        };
        let rows = keep(
            &keeper,
            &[
                "dist".to_owned(),
                "./report.json".to_owned(),
                "dist/app".to_owned(),
            ],
            7,
        )
        .expect("kept");
        let names: Vec<&str> = rows.iter().map(|row| row.name.as_str()).collect();
        assert_eq!(names, ["dist/app", "dist/sub/notes.txt", "report.json"]);
        assert_eq!(
            (rows[0].size_bytes, rows[0].sha256.clone()),
            (6, hex::encode(Sha256::digest(b"binary")))
        );
        let stored = blob_path(blobs.path(), "org-1", "exec-1", &rows[0].sha256).expect("path");
        assert_eq!(std::fs::read(stored).expect("stored"), b"binary");
        for (declared, problem) in [
            ("missing", "artifact `missing` was not produced"),
            (
                "../elsewhere",
                "artifact `../elsewhere` is outside the work directory",
            ),
        ] {
            assert_eq!(
                keep(&keeper, &[declared.to_owned()], 7).expect_err("refused"),
                problem
            );
        }
        std::os::unix::fs::symlink("/etc/hostname", work.path().join("link")).expect("link");
        assert!(
            keep(&keeper, &["link".to_owned()], 7)
                .expect_err("refused")
                .contains("symbolic link")
        );
        let again = tempfile::tempdir().expect("work");
        let placed = place(blobs.path(), again.path(), "exec-2", &rows, (9, 200)).expect("placed");
        assert_eq!(placed[0].expires_at_us, 200);
        assert_eq!(placed[1].reused_from, "exec-1");
        assert_eq!(
            std::fs::read(again.path().join("dist/sub/notes.txt")).expect("placed"),
            b"notes"
        );
    }
}
