#!/usr/bin/env bash
# Screenshots of every page of the web UI with the demo data: builds secureflowd and
# the CLI, starts a fresh server (a temporary data folder), fills it with
# `secureflow demo`, and writes one PNG per page into docs/screenshots/ (or the
# folder given). Needs what scripts/dev-tools.sh installs (the web UI's packages,
# Debian's chromium).
#
#   scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
cargo build --release --bin secureflowd --bin secureflow
data="$(mktemp -d)"
log="$data/secureflowd.log"
token="sft_screenshots_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN="$token" SECUREFLOW_DATA_DIR="$data" \
  target/release/secureflowd --listen 127.0.0.1:0 >"$log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$data"' EXIT
address=""
for _ in $(seq 1 150); do
  address="$(grep -oE 'address=127\.0\.0\.1:[0-9]+' "$log" | head -1 | cut -d= -f2 || true)"
  [ -n "$address" ] && break
  sleep 0.2
done
[ -n "$address" ] || { echo "secureflowd did not start:" >&2; cat "$log" >&2; exit 1; }
SECUREFLOW_SERVER="http://$address" SECUREFLOW_TOKEN="$token" target/release/secureflow demo
node clients/web/scripts/screenshots.mjs "$address" "$token" "$out"
echo "screenshots in $out"
