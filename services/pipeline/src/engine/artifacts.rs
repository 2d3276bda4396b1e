//! Artifacts: the files a step declares it produces (`artifacts:` paths in
//! the work directory, a directory meaning every file in it) are kept once
//! the step succeeds — copied into the blob store (the platform's
//! [`BlobStore`]: `pipeline.blob_dir`, or the S3 bucket of `blobs.url`) at
//! `artifacts/<organisation>/<execution>/<sha256>` with their size and
//! digest, recorded in `pipeline_artifacts` — listed on the
//! execution and downloadable through `DownloadArtifact`. A re-run that
//! reuses a stage places that stage's artifacts in its own work directory
//! before its first stage runs, so later stages find them as if the stage
//! had run. A declared path that is missing, leaves the work directory or
//! is a symbolic link fails the step, saying which.

use std::io::Read;
use std::path::{Component, Path};

use secureflow_platform::blobs::BlobStore;
use sha2::{Digest, Sha256};

use crate::store::artifacts::ArtifactRow;

/// Files one step may keep, at most.
const MAX_FILES: usize = 10_000;

/// The key of execution `execution_id`'s artifact with digest `sha256` in
/// the blob store; `None` for ids that are not the server's own.
pub fn key(organization_id: &str, execution_id: &str, sha256: &str) -> Option<String> {
    let safe = super::logs::safe_name;
    (safe(organization_id) && safe(execution_id) && safe(sha256))
        .then(|| format!("artifacts/{organization_id}/{execution_id}/{sha256}"))
}

/// Who keeps: the execution, and the step that produced the files.
#[derive(Debug, Clone)]
pub struct Keeper<'a> {
    /// The blob store.
    pub blobs: &'a BlobStore,
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

/// The size and SHA-256 digest of the file `from` (blocking).
fn digest(from: &Path) -> Result<(i64, String), String> {
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
        size += read as i64;
    }
    Ok((size, hex::encode(hasher.finalize())))
}

/// Copies `from` into the blob store under its digest; its size and digest.
async fn store_file(keeper: &Keeper<'_>, from: &Path) -> Result<(i64, String), String> {
    let path = from.to_owned();
    let (size, sha256) = tokio::task::spawn_blocking(move || digest(&path))
        .await
        .map_err(|error| format!("`{}` cannot be read: {error}", from.display()))??;
    let key = key(keeper.organization_id, keeper.execution_id, &sha256)
        .ok_or_else(|| "the execution's artifacts cannot be kept".to_owned())?;
    // The same content kept twice by one execution is stored once.
    if !keeper.blobs.exists(&key).await.unwrap_or(false) {
        keeper
            .blobs
            .put_file(&key, from)
            .await
            .map_err(|error| error.to_string())?;
    }
    Ok((size, sha256))
}

/// Keeps the files of the `declared` paths; their rows (not yet recorded).
pub async fn keep(
    keeper: &Keeper<'_>,
    declared: &[String],
    now_us: i64,
) -> Result<Vec<ArtifactRow>, String> {
    let mut rows: Vec<ArtifactRow> = Vec::new();
    for path in declared {
        let (work_dir, declared) = (keeper.work_dir.to_owned(), path.clone());
        let files = tokio::task::spawn_blocking(move || files_of(&work_dir, &declared))
            .await
            .map_err(|error| format!("artifact `{path}` cannot be read: {error}"))??;
        for name in files {
            if rows.iter().any(|row| row.name == name) {
                continue;
            }
            let (size_bytes, sha256) = store_file(keeper, &keeper.work_dir.join(&name)).await?;
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
/// blob store (a copy) and its work directory; the rows recording them as
/// reused, kept until `expires_at_us`.
pub async fn place(
    blobs: &BlobStore,
    work_dir: &Path,
    execution_id: &str,
    kept: &[ArtifactRow],
    (now_us, expires_at_us): (i64, i64),
) -> Result<Vec<ArtifactRow>, String> {
    let mut rows = Vec::new();
    for row in kept {
        let from = key(&row.organization_id, &row.execution_id, &row.sha256)
            .ok_or_else(|| format!("artifact `{}` has no stored content", row.name))?;
        let to = key(&row.organization_id, execution_id, &row.sha256)
            .ok_or_else(|| format!("artifact `{}` cannot be placed", row.name))?;
        if !blobs.exists(&to).await.unwrap_or(false) {
            blobs.copy(&from, &to).await.map_err(|error| {
                format!(
                    "artifact `{}` of execution {} cannot be read: {error}",
                    row.name, row.execution_id
                )
            })?;
        }
        let inside = work_dir.join(&row.name);
        blobs
            .download(&to, &inside)
            .await
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

/// Removes the stored content of an expired artifact.
pub async fn remove(blobs: &BlobStore, row: &ArtifactRow) {
    let Some(key) = key(&row.organization_id, &row.execution_id, &row.sha256) else {
        return;
    };
    if let Err(error) = blobs.delete(&key).await {
        tracing::warn!(%error, %key, "removing an expired artifact failed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn declared_paths_are_kept_by_digest_and_bad_ones_named() {
        let work = tempfile::tempdir().expect("work");
        let root = tempfile::tempdir().expect("blobs");
        let blobs = BlobStore::local(root.path());
        std::fs::create_dir_all(work.path().join("dist/sub")).expect("dirs");
        std::fs::write(work.path().join("dist/app"), b"binary").expect("app");
        std::fs::write(work.path().join("dist/sub/notes.txt"), b"notes").expect("notes");
        std::fs::write(work.path().join("report.json"), b"{}").expect("report");
        let keeper = Keeper {
            blobs: &blobs,
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
        .await
        .expect("kept");
        let names: Vec<&str> = rows.iter().map(|row| row.name.as_str()).collect();
        assert_eq!(names, ["dist/app", "dist/sub/notes.txt", "report.json"]);
        assert_eq!(
            (rows[0].size_bytes, rows[0].sha256.clone()),
            (6, hex::encode(Sha256::digest(b"binary")))
        );
        let stored = key("org-1", "exec-1", &rows[0].sha256).expect("key");
        assert_eq!(
            std::fs::read(root.path().join(stored)).expect("stored"),
            b"binary"
        );
        for (declared, problem) in [
            ("missing", "artifact `missing` was not produced"),
            (
                "../elsewhere",
                "artifact `../elsewhere` is outside the work directory",
            ),
        ] {
            assert_eq!(
                keep(&keeper, &[declared.to_owned()], 7)
                    .await
                    .expect_err("refused"),
                problem
            );
        }
        std::os::unix::fs::symlink("/etc/hostname", work.path().join("link")).expect("link");
        assert!(
            keep(&keeper, &["link".to_owned()], 7)
                .await
                .expect_err("refused")
                .contains("symbolic link")
        );
        let again = tempfile::tempdir().expect("work");
        let placed = place(&blobs, again.path(), "exec-2", &rows, (9, 200))
            .await
            .expect("placed");
        assert_eq!(placed[0].expires_at_us, 200);
        assert_eq!(placed[1].reused_from, "exec-1");
        assert_eq!(
            std::fs::read(again.path().join("dist/sub/notes.txt")).expect("placed"),
            b"notes"
        );
    }
}
