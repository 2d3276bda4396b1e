#!/usr/bin/env bash
# Starts secureflowd exactly as the README's quick start does (no config, fresh
# data directory) on a free port, and runs tests/e2e against it with pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --locked --bin secureflowd
workdir="$(mktemp -d)"
log="$workdir/secureflowd.log"
bin="$PWD/target/debug/secureflowd"
# A throw-away admin token for this run (the documented first-start convenience).
admin_token="sft_e2e_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
(cd "$workdir" && SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN="$admin_token" exec "$bin" --listen 127.0.0.1:0) 2>"$log" &
server_pid=$!
cleanup() {
  kill -TERM "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

address=""
for _ in $(seq 1 100); do
  address="$(grep -o 'address=[0-9.:]*' "$log" | head -n1 | cut -d= -f2 || true)"
  [ -n "$address" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    cat "$log" >&2
    echo "secureflowd exited before listening" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$address" ]; then
  cat "$log" >&2
  echo "secureflowd did not log its address" >&2
  exit 1
fi
echo "secureflowd listening on $address" >&2
SECUREFLOW_SERVER="$address" SECUREFLOW_TOKEN="$admin_token" .venv/bin/python -m pytest -q tests/e2e
# grpc-web with Connect's Node client (a client this project did not write).
node tests/grpc-web/client.mjs "$address" "$admin_token" proto/src/gen/secureflow_descriptor.bin
