#!/usr/bin/env bash
# Runs every test: contract lint, the Rust test suites (SQLite and PostgreSQL),
# and the end-to-end tests against a real secureflowd with third-party clients.
#
# PostgreSQL: SECUREFLOW_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test).
# Outside CI a missing PostgreSQL is skipped with a message; under CI (CI set to anything
# but empty, false or 0; .ci/run sets it) it fails.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*" >&2; }

step "tools (buf, Python clients, Google API protos)"
scripts/dev-tools.sh

step "buf lint"
.proto-deps/node/node_modules/.bin/buf lint

step "generated TypeScript and Python clients are up to date (buf generate)"
scripts/generate-clients.sh --check

step "web UI: type-check, unit tests, checked-in build up to date"
scripts/web.sh --check

step "cargo test (includes the generated-code drift check)"
cargo test --workspace --locked

step "end-to-end: secureflowd with the CLI, the generated clients and third-party clients"
scripts/e2e.sh
