//! Storage faults as an operator meets them: the disk holding the embedded
//! database fills up during uploads, then space is freed, with no restart.

use crate::common;

use common::{ADMIN_TOKEN, client, sarif, upload};
use secureflow_platform::testkit::{TestDatabase, Tmpfs, with_token};
use secureflow_proto::secureflow::security::v1::ListScansRequest;
use tonic_types::StatusExt;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_uploads_clearly_and_recovers_when_space_returns() {
    let Some(filesystem) = Tmpfs::mount_or_skip(24) else {
        return;
    };
    let database = TestDatabase::sqlite_at(&filesystem.path().join("secureflow.db"));
    let server = common::start(&database).await;
    let report = |round: usize, findings: usize| {
        let results: Vec<_> = (0..findings)
            .map(|i| (i % 40, round * 2000 + i, 7))
            .collect();
        sarif(&results)
    };
    upload(server.channel().await, "r-before", &report(0, 1500))
        .await
        .expect("an upload with room to spare");

    let filler = filesystem.fill();
    let mut refusal = None;
    for round in 1..=30 {
        match upload(server.channel().await, "r-full", &report(round, 1500)).await {
            Ok(_) => continue,
            Err(status) => {
                refusal = Some(status);
                break;
            }
        }
    }
    let refusal = refusal.expect("uploads fail once the disk is full");
    assert_eq!(
        refusal.code(),
        tonic::Code::ResourceExhausted,
        "a full disk is named, not an internal error: {refusal:?}"
    );
    assert_eq!(
        refusal.get_details_error_info().map(|info| info.reason),
        Some("DISK_FULL".to_owned())
    );
    assert!(refusal.message().contains("disk"), "{}", refusal.message());

    std::fs::remove_file(filler).expect("space freed");
    // More uploads and reads than the pool has connections: none may be one
    // left inside the failed transaction.
    for round in 100..112 {
        upload(server.channel().await, "r-after", &report(round, 20))
            .await
            .unwrap_or_else(|status| panic!("upload {round} after space returned: {status:?}"));
        client(server.channel().await)
            .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
            .await
            .expect("reads work too");
    }
    server.stop().await.expect("clean shutdown");
}
