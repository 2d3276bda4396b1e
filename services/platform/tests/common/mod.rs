//! What the event-log and event-bus tests share.
#![allow(dead_code)]

use secureflow_platform::db::{Database, MigrationSet, MigrationStep};
use secureflow_platform::migrations::PLATFORM_MIGRATIONS;
use secureflow_platform::testkit::TestDatabase;

/// The test consumer's table of what it received.
pub const RECEIVED_MIGRATIONS: MigrationSet = MigrationSet {
    service: "receiver",
    steps: &[MigrationStep {
        version: 1,
        description: "what the test consumer received",
        sqlite: "CREATE TABLE received (event_id TEXT NOT NULL, handled_at_us BIGINT NOT NULL)",
        postgres: "CREATE TABLE received (event_id TEXT NOT NULL, handled_at_us BIGINT NOT NULL)",
    }],
};

/// A connection to `database` with the platform's tables and `received`.
pub async fn migrated(database: &TestDatabase) -> Database {
    let db = database.connect().await;
    db.migrate(&PLATFORM_MIGRATIONS)
        .await
        .expect("platform migrations");
    db.migrate(&RECEIVED_MIGRATIONS)
        .await
        .expect("receiver migrations");
    db
}

/// The full name the test harness gives the test `name` of the module at
/// `module_path` (`module_path!()` there): the module path without the crate, so that
/// a test can run another, ignored, test of its own binary as a child process.
pub fn test_name(module_path: &str, name: &str) -> String {
    match module_path.split_once("::") {
        Some((_, module)) => format!("{module}::{name}"),
        None => name.to_owned(),
    }
}
