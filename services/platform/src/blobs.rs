//! The blob store: content too large for a database row or an event —
//! pipeline artifacts (`artifacts/<org>/<execution>/<sha256>`), finished
//! executions' logs (`logs/<org>/<execution>.jsonl`) and generated security
//! reports (`reports/<org>/<report>`) today — kept by key through the
//! `object_store` crate.
//!
//! By default each service keeps its blobs in a local directory of its own
//! (the embedded default); with `blobs.url = "s3://BUCKET[/PREFIX]"` every
//! service keeps them in that S3 bucket — or an S3-compatible server such as
//! MinIO, named by `blobs.endpoint` — under `<PREFIX>/<service>/`, so that
//! the processes of a distributed deployment share them. Credentials come
//! from `blobs.access_key_id` and `blobs.secret_access_key` (the secret best
//! given in the environment), or else from the standard `AWS_*` variables.

use std::path::Path as FsPath;
use std::sync::Arc;

use futures::StreamExt;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, WriteMultipart};
use serde::{Deserialize, Serialize};
use tokio::io::AsyncReadExt;

use crate::error::{Error, ErrorCode, Result};

/// Parts a large upload is cut into (S3's minimum part is 5 MiB).
const PART: usize = 8 * 1024 * 1024;
/// Parts uploaded at once.
const PARTS_IN_FLIGHT: usize = 4;
/// How much of a file is read at a time.
const READ: usize = 256 * 1024;

/// The `[blobs]` section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BlobsConfig {
    /// Empty: each service's own local directory; `s3://BUCKET[/PREFIX]`:
    /// an S3 bucket shared by every process.
    pub url: String,
    /// With `url`: an S3-compatible server (`http://minio:9000`); empty: AWS.
    pub endpoint: String,
    /// With `url`: the bucket's region.
    pub region: String,
    /// With `url`: the access key; empty: `AWS_ACCESS_KEY_ID` (and the
    /// other standard sources of AWS credentials).
    pub access_key_id: String,
    /// With `access_key_id`: its secret (best given as
    /// `SECUREFLOW_BLOBS__SECRET_ACCESS_KEY`; never printed or logged).
    pub secret_access_key: String,
}

impl Default for BlobsConfig {
    fn default() -> Self {
        Self {
            url: String::new(),
            endpoint: String::new(),
            region: "us-east-1".to_owned(),
            access_key_id: String::new(),
            secret_access_key: String::new(),
        }
    }
}

impl BlobsConfig {
    /// Checks the section; the error names the key.
    pub fn check(&self) -> std::result::Result<(), (&'static str, String)> {
        if !self.url.is_empty() {
            let Some(rest) = self.url.strip_prefix("s3://") else {
                return Err((
                    "blobs.url",
                    format!(
                        "`{}` is not s3://BUCKET[/PREFIX] (empty keeps blobs in local directories)",
                        self.url
                    ),
                ));
            };
            if rest.split('/').next().unwrap_or_default().is_empty() {
                return Err(("blobs.url", "names no bucket".to_owned()));
            }
        }
        if self.access_key_id.is_empty() != self.secret_access_key.is_empty() {
            return Err((
                if self.access_key_id.is_empty() {
                    "blobs.access_key_id"
                } else {
                    "blobs.secret_access_key"
                },
                "blobs.access_key_id and blobs.secret_access_key are set together".to_owned(),
            ));
        }
        let web = ["http://", "https://"];
        if !self.endpoint.is_empty() && !web.iter().any(|scheme| self.endpoint.starts_with(scheme))
        {
            return Err((
                "blobs.endpoint",
                format!("`{}` is not an http(s):// address", self.endpoint),
            ));
        }
        Ok(())
    }
}

/// Where a service keeps its blobs.
#[derive(Debug, Clone)]
pub struct BlobStore {
    /// The store, or why it cannot be used (said by every operation, and by
    /// [`BlobStore::ready`] at start).
    store: std::result::Result<Arc<dyn ObjectStore>, Arc<str>>,
    /// What the store is, for messages (`s3://bucket/prefix/pipeline`, a directory).
    name: String,
    /// A directory of this machine (not shared with other processes).
    local: bool,
}

impl BlobStore {
    /// The store `config` names for `service`: its own directory `local_root`
    /// (created if missing) when no URL is set. A store that cannot be used says why at
    /// [`BlobStore::ready`] and at every operation.
    pub fn open(config: &BlobsConfig, service: &str, local_root: &FsPath) -> Self {
        Self::open_with_keys(config, service, local_root, None)
    }

    /// [`BlobStore::open`] with S3 credentials given (access key, secret
    /// key) instead of the configured ones.
    pub fn open_with_keys(
        config: &BlobsConfig,
        service: &str,
        local_root: &FsPath,
        keys: Option<(&str, &str)>,
    ) -> Self {
        let Some(rest) = config.url.strip_prefix("s3://") else {
            return Self::local(local_root);
        };
        // The S3 client's HTTPS (reqwest on rustls) takes the process's
        // default crypto provider and panics when none is installed yet.
        crate::tls::install_crypto_provider();
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        let prefix = [prefix.trim_matches('/'), service]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("/");
        let mut builder = object_store::aws::AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .with_region(&config.region);
        let configured = (!config.access_key_id.is_empty()).then_some((
            config.access_key_id.as_str(),
            config.secret_access_key.as_str(),
        ));
        if let Some((access_key, secret_key)) = keys.or(configured) {
            builder = builder
                .with_access_key_id(access_key)
                .with_secret_access_key(secret_key);
        }
        if !config.endpoint.is_empty() {
            builder = builder
                .with_endpoint(&config.endpoint)
                .with_allow_http(config.endpoint.starts_with("http://"));
        }
        Self {
            name: format!("s3://{bucket}/{prefix}"),
            local: false,
            store: builder
                .build()
                .map(|store| {
                    Arc::new(object_store::prefix::PrefixStore::new(store, prefix))
                        as Arc<dyn ObjectStore>
                })
                .map_err(|error| Arc::from(error.to_string())),
        }
    }

    /// Blobs kept as files under `root` (created if missing).
    pub fn local(root: &FsPath) -> Self {
        let store = std::fs::create_dir_all(root)
            .map_err(|error| format!("the directory cannot be created: {error}"))
            .and_then(|()| {
                object_store::local::LocalFileSystem::new_with_prefix(root)
                    .map_err(|error| error.to_string())
            })
            .map(|store| Arc::new(store.with_automatic_cleanup(true)) as Arc<dyn ObjectStore>)
            .map_err(Arc::from);
        Self {
            name: root.display().to_string(),
            store,
            local: true,
        }
    }

    /// Whether the store can be used; why not, naming it.
    pub fn ready(&self) -> Result<()> {
        self.inner().map(|_| ())
    }

    fn inner(&self) -> Result<&Arc<dyn ObjectStore>> {
        self.store.as_ref().map_err(|problem| {
            Error::new(
                ErrorCode::Unavailable,
                format!("the blob store ({}) cannot be used: {problem}", self.name),
            )
        })
    }

    /// Whether the store is a directory of this machine (the embedded
    /// default) rather than a bucket every process shares.
    pub fn is_local(&self) -> bool {
        self.local
    }

    /// What the store is (a directory or `s3://bucket/prefix`).
    pub fn name(&self) -> &str {
        &self.name
    }

    fn failed(&self, key: &str, error: object_store::Error) -> Error {
        match error {
            object_store::Error::NotFound { .. } => Error::not_found("blob", key),
            error => Error::new(
                ErrorCode::Unavailable,
                format!("the blob store ({}) failed on `{key}`: {error}", self.name),
            ),
        }
    }

    /// Stores `bytes` at `key`.
    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<()> {
        let path = path(key)?;
        self.inner()?
            .put(&path, bytes.into())
            .await
            .map_err(|error| self.failed(key, error))?;
        Ok(())
    }

    /// Stores the file `from` at `key` — in one request up to 8 MiB, else
    /// read and sent a part at a time (a multipart upload in S3); its size.
    /// Nothing is left at `key` when it fails.
    pub async fn put_file(&self, key: &str, from: &FsPath) -> Result<u64> {
        let path = path(key)?;
        let unreadable = |error: std::io::Error| {
            Error::new(
                ErrorCode::FailedPrecondition,
                format!("`{}` cannot be read: {error}", from.display()),
            )
        };
        let mut file = tokio::fs::File::open(from).await.map_err(unreadable)?;
        let length = file.metadata().await.map_err(unreadable)?.len();
        if length <= PART as u64 {
            // One request for what fits in one part.
            let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(PART));
            file.read_to_end(&mut bytes).await.map_err(unreadable)?;
            let size = bytes.len() as u64;
            self.put(key, bytes).await?;
            return Ok(size);
        }
        let upload = self
            .inner()?
            .put_multipart(&path)
            .await
            .map_err(|error| self.failed(key, error))?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART);
        let mut buffer = vec![0u8; READ];
        let mut size = 0u64;
        loop {
            let read = match file.read(&mut buffer).await {
                Ok(read) => read,
                Err(error) => {
                    let _ = writer.abort().await;
                    return Err(unreadable(error));
                }
            };
            if read == 0 {
                break;
            }
            if let Err(error) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
                return Err(self.failed(key, error));
            }
            writer.write(&buffer[..read]);
            size += read as u64;
        }
        writer
            .finish()
            .await
            .map_err(|error| self.failed(key, error))?;
        Ok(size)
    }

    async fn fetch(&self, key: &str) -> Result<object_store::GetResult> {
        let path = path(key)?;
        self.inner()?
            .get(&path)
            .await
            .map_err(|error| self.failed(key, error))
    }

    /// The content at `key`, in chunks; `NOT_FOUND` when there is none.
    pub async fn read(
        &self,
        key: &str,
    ) -> Result<impl futures::Stream<Item = std::io::Result<Vec<u8>>> + Send + 'static + use<>>
    {
        let found = self.fetch(key).await?;
        Ok(found.into_stream().map(|chunk| {
            chunk
                .map(|bytes| bytes.to_vec())
                .map_err(std::io::Error::other)
        }))
    }

    /// The whole content at `key` (for blobs small enough to hold in
    /// memory); `NOT_FOUND` when there is none.
    pub async fn get(&self, key: &str) -> Result<Vec<u8>> {
        let bytes = self
            .fetch(key)
            .await?
            .bytes()
            .await
            .map_err(|error| self.failed(key, error))?;
        Ok(bytes.to_vec())
    }

    /// The content at `key`, which a row says is there: its absence is lost
    /// data — logged, and INTERNAL naming `what` ("the content of report
    /// R"), not the NOT_FOUND of [`BlobStore::get`].
    pub async fn get_recorded(&self, key: &str, what: &str) -> Result<Vec<u8>> {
        self.get(key).await.map_err(|error| {
            if error.code() == ErrorCode::NotFound {
                tracing::error!(%key, store = %self.name, "{what} is missing from the blob store");
                Error::internal(format!("{what} is missing from the blob store"))
            } else {
                error
            }
        })
    }

    /// Writes the content at `key` to the file `to` (replaced), creating its
    /// directory: fetched into a file beside it and moved in whole, so a
    /// reader never sees part of it, and a failure leaves `to` as it was.
    pub async fn download(&self, key: &str, to: &FsPath) -> Result<()> {
        use tokio::io::AsyncWriteExt;
        let unwritable = |error: std::io::Error| {
            Error::new(
                ErrorCode::FailedPrecondition,
                format!("`{}` cannot be written: {error}", to.display()),
            )
        };
        let mut chunks = std::pin::pin!(self.read(key).await?);
        if let Some(parent) = to.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(unwritable)?;
        }
        let name = to.file_name().unwrap_or_default().to_string_lossy();
        let partial = to.with_file_name(format!(".{name}.{}.part", uuid::Uuid::now_v7().simple()));
        let written = async {
            let mut file = tokio::fs::File::create(&partial)
                .await
                .map_err(unwritable)?;
            while let Some(chunk) = chunks.next().await {
                let chunk = chunk.map_err(|error| {
                    Error::new(
                        ErrorCode::Unavailable,
                        format!("the blob store ({}) failed on `{key}`: {error}", self.name),
                    )
                })?;
                file.write_all(&chunk).await.map_err(unwritable)?;
            }
            file.flush().await.map_err(unwritable)?;
            tokio::fs::rename(&partial, to).await.map_err(unwritable)
        }
        .await;
        if written.is_err() {
            let _ = tokio::fs::remove_file(&partial).await;
        }
        written
    }

    /// Copies the content at `from` to `to`.
    pub async fn copy(&self, from: &str, to: &str) -> Result<()> {
        self.inner()?
            .copy(&path(from)?, &path(to)?)
            .await
            .map_err(|error| self.failed(from, error))
    }

    /// Whether there is content at `key`.
    pub async fn exists(&self, key: &str) -> Result<bool> {
        match self.inner()?.head(&path(key)?).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(error) => Err(self.failed(key, error)),
        }
    }

    /// Removes the content at `key` (nothing there is not an error).
    pub async fn delete(&self, key: &str) -> Result<()> {
        match self.inner()?.delete(&path(key)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(self.failed(key, error)),
        }
    }
}

/// A key as the store's path; an empty key, or one with empty, `.` or
/// `..` parts, is refused.
fn path(key: &str) -> Result<Path> {
    if key.is_empty() || key.starts_with('/') || key.ends_with('/') {
        return Err(Error::invalid_field(
            "blob key",
            format!("`{key}` names no object (empty, or starting or ending with `/`)"),
        ));
    }
    Path::parse(key).map_err(|error| Error::invalid_field("blob key", error.to_string()))
}
