//! The blob store's contract, on both stores it can be: a local directory
//! (the embedded default) and S3 — `s3s-fs`, an S3-compatible server from
//! crates.io, speaking the S3 API over HTTP (signed requests, multipart
//! uploads, copies) to `object_store`'s S3 client.

use std::path::Path;

use futures::StreamExt;
use secureflow_platform::ErrorCode;
use secureflow_platform::blobs::{BlobStore, BlobsConfig};
use secureflow_platform::testkit::S3Server;

async fn read_all(store: &BlobStore, key: &str) -> Vec<u8> {
    let chunks: Vec<Vec<u8>> = store
        .read(key)
        .await
        .expect("found")
        .map(|chunk| chunk.expect("chunk"))
        .collect()
        .await;
    chunks.concat()
}

/// Content of `size` bytes that differs along its length.
fn content(size: usize) -> Vec<u8> {
    (0..size).map(|n| (n * 31 % 251) as u8).collect()
}

async fn contract(store: &BlobStore, scratch: &Path) {
    // Small content, put and read back.
    store
        .put("artifacts/org-1/exec-1/small", b"hello".to_vec())
        .await
        .expect("put");
    assert_eq!(
        read_all(store, "artifacts/org-1/exec-1/small").await,
        b"hello"
    );
    assert_eq!(
        store
            .get("artifacts/org-1/exec-1/small")
            .await
            .expect("get"),
        b"hello"
    );
    let missing = store
        .get("artifacts/org-1/exec-1/nothing")
        .await
        .expect_err("nothing there");
    assert_eq!(missing.code(), ErrorCode::NotFound);
    // Content a row names but the store lacks is lost data, not "not found".
    let lost = store
        .get_recorded("artifacts/org-1/exec-1/nothing", "the content of x")
        .await
        .expect_err("lost");
    assert_eq!(lost.code(), ErrorCode::Internal);
    assert!(
        lost.to_string().contains("the content of x is missing"),
        "{lost}"
    );
    assert!(
        store
            .exists("artifacts/org-1/exec-1/small")
            .await
            .expect("head")
    );

    // A file larger than one part (8 MiB): sent in parts, read back whole.
    // (Beside an object already there: s3s-fs, unlike S3, cannot start a
    // multipart upload where no object's directory exists yet.)
    let large = content(20 * 1024 * 1024 + 123);
    let file = scratch.join("large.bin");
    std::fs::write(&file, &large).expect("write");
    let size = store
        .put_file("artifacts/org-1/exec-1/large", &file)
        .await
        .expect("put_file");
    assert_eq!(size, large.len() as u64);
    assert!(read_all(store, "artifacts/org-1/exec-1/large").await == large);

    // Copied under another key, then downloaded to a file.
    store
        .copy(
            "artifacts/org-1/exec-1/large",
            "artifacts/org-1/exec-2/large",
        )
        .await
        .expect("copy");
    // Into a directory that does not exist yet; only the file lands there.
    let downloaded = scratch.join("fetched/downloaded.bin");
    store
        .download("artifacts/org-1/exec-2/large", &downloaded)
        .await
        .expect("download");
    assert!(std::fs::read(&downloaded).expect("read") == large);
    let beside: Vec<_> = std::fs::read_dir(scratch.join("fetched"))
        .expect("dir")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name())
        .collect();
    assert_eq!(beside, ["downloaded.bin"], "nothing partial left beside it");
    // Missing content leaves the file there as it was.
    let absent = store
        .download("artifacts/org-1/none", &downloaded)
        .await
        .expect_err("nothing to fetch");
    assert_eq!(absent.code(), ErrorCode::NotFound);
    assert!(std::fs::read(&downloaded).expect("read") == large);

    // Missing content is NOT_FOUND; a file that cannot be read fails the
    // upload and leaves nothing.
    let missing = store
        .read("artifacts/org-1/none")
        .await
        .err()
        .expect("missing");
    assert_eq!(missing.code(), ErrorCode::NotFound);
    assert!(!store.exists("artifacts/org-1/none").await.expect("head"));
    assert!(!store.exists("elsewhere/deeper/none").await.expect("head"));
    let missing = store
        .read("elsewhere/deeper/none")
        .await
        .err()
        .expect("missing");
    assert_eq!(missing.code(), ErrorCode::NotFound);
    let unreadable = store
        .put_file("artifacts/org-1/exec-3/x", &scratch.join("no-such-file"))
        .await
        .expect_err("no file");
    assert!(
        unreadable.to_string().contains("no-such-file"),
        "{unreadable}"
    );
    assert!(
        !store
            .exists("artifacts/org-1/exec-3/x")
            .await
            .expect("head")
    );

    // Keys leaving their place are refused.
    for bad in [
        "artifacts/../secrets",
        "artifacts//x",
        "",
        "/x",
        "artifacts/",
    ] {
        let refused = store.put(bad, b"x".to_vec()).await.expect_err(bad);
        assert_eq!(
            refused.code(),
            ErrorCode::InvalidArgument,
            "{bad}: {refused}"
        );
    }

    // Deleted content is gone; deleting again is not an error.
    for key in [
        "artifacts/org-1/exec-1/small",
        "artifacts/org-1/exec-1/large",
        "artifacts/org-1/exec-2/large",
    ] {
        store.delete(key).await.expect("delete");
        assert!(!store.exists(key).await.expect("head"), "{key}");
        store.delete(key).await.expect("delete again");
    }
}

#[tokio::test]
async fn a_local_directory_keeps_blobs() {
    let root = tempfile::tempdir().expect("root");
    let scratch = tempfile::tempdir().expect("scratch");
    let store = BlobStore::open(
        &BlobsConfig::default(),
        "pipeline",
        &root.path().join("blobs"),
    );
    store.ready().expect("local store");
    contract(&store, scratch.path()).await;
    // Files under the root, by key, and nothing left once deleted.
    store
        .put("artifacts/org-1/exec-9/kept", b"kept".to_vec())
        .await
        .expect("put");
    assert_eq!(
        std::fs::read(root.path().join("blobs/artifacts/org-1/exec-9/kept")).expect("file"),
        b"kept"
    );
    // A directory that cannot be made: said at start and by every operation.
    std::fs::write(root.path().join("a-file"), b"x").expect("file");
    let broken = BlobStore::local(&root.path().join("a-file/blobs"));
    let problem = broken.ready().expect_err("unusable");
    assert!(problem.to_string().contains("a-file/blobs"), "{problem}");
    assert!(broken.put("artifacts/x", b"x".to_vec()).await.is_err());
}

#[tokio::test]
async fn s3_keeps_blobs() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let Some(server) = S3Server::start(&["secureflow"]).await else {
        return;
    };
    let scratch = tempfile::tempdir().expect("scratch");
    let config = BlobsConfig {
        url: "s3://secureflow/deployment-1".to_owned(),
        endpoint: server.endpoint.clone(),
        ..BlobsConfig::default()
    };
    let store = BlobStore::open_with_keys(
        &config,
        "pipeline",
        scratch.path(),
        Some((&server.access_key, &server.secret_key)),
    );
    store.ready().expect("S3 store");
    assert_eq!(store.name(), "s3://secureflow/deployment-1/pipeline");
    contract(&store, scratch.path()).await;
    // In the bucket under the prefix and the service's name.
    store
        .put("artifacts/org-1/exec-9/kept", b"kept".to_vec())
        .await
        .expect("put");
    let in_bucket = server
        .root()
        .join("secureflow/deployment-1/pipeline/artifacts/org-1/exec-9/kept");
    assert_eq!(std::fs::read(&in_bucket).expect("object file"), b"kept");

    // Wrong credentials are refused by the server: UNAVAILABLE, named.
    let wrong = BlobStore::open_with_keys(
        &config,
        "pipeline",
        scratch.path(),
        Some((&server.access_key, "not-the-secret")),
    );
    let refused = wrong
        .put("artifacts/org-1/x", b"x".to_vec())
        .await
        .expect_err("wrong secret");
    assert_eq!(refused.code(), ErrorCode::Unavailable);
    assert!(refused.to_string().contains("s3://secureflow"), "{refused}");
}

#[test]
fn blob_settings_are_checked_naming_the_key() {
    for (config, key) in [
        (
            BlobsConfig {
                url: "gs://bucket".into(),
                ..BlobsConfig::default()
            },
            "blobs.url",
        ),
        (
            BlobsConfig {
                url: "s3://".into(),
                ..BlobsConfig::default()
            },
            "blobs.url",
        ),
        (
            BlobsConfig {
                url: "s3://bucket".into(),
                endpoint: "minio:9000".into(),
                ..BlobsConfig::default()
            },
            "blobs.endpoint",
        ),
    ] {
        let (named, _) = config.check().expect_err("refused");
        assert_eq!(named, key);
    }
    assert!(BlobsConfig::default().check().is_ok());
}
