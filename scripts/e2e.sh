#!/usr/bin/env bash
# Builds the `secureflow` CLI, starts secureflowd exactly as the README's quick start does (no config, fresh
# data directory) on a free port, and runs tests/e2e and the generated clients'
# tests against it with pytest and node --test, and the Node grpc-web client. A second instance, identical but without the edge
# rate limit, serves the schemathesis run (thousands of generated requests); a third, limited to 2 requests a
# minute, the grpc-web client's check of a refusal over the limit.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --locked --bin secureflowd --bin secureflow
bin="$PWD/target/debug/secureflowd"
# A throw-away admin token for this run (the documented first-start convenience).
admin_token="sft_e2e_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
pids=()
dirs=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for dir in "${dirs[@]}"; do
    rm -rf "$dir"
  done
}
trap cleanup EXIT

# start VAR [ENV=VALUE ...]: starts an instance with the given extra environment
# and stores its address in VAR.
start() {
  local var="$1"
  shift
  local workdir log pid found=""
  workdir="$(mktemp -d)"
  log="$workdir/secureflowd.log"
  dirs+=("$workdir")
  (cd "$workdir" && exec env SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN="$admin_token" "$@" "$bin" --listen 127.0.0.1:0) 2>"$log" &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 100); do
    found="$(grep -o 'address=[0-9.:]*' "$log" | head -n1 | cut -d= -f2 || true)"
    [ -n "$found" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      echo "secureflowd exited before listening" >&2
      exit 1
    fi
    sleep 0.1
  done
  if [ -z "$found" ]; then
    cat "$log" >&2
    echo "secureflowd did not log its address" >&2
    exit 1
  fi
  printf -v "$var" '%s' "$found"
}

start address
start fuzz_address SECUREFLOW_GATEWAY__RATE_LIMIT_PER_MINUTE=0
start limited_address SECUREFLOW_GATEWAY__RATE_LIMIT_PER_MINUTE=2
echo "secureflowd listening on $address (and on $fuzz_address without rate limit, for schemathesis," \
  "and on $limited_address with 2 requests a minute, for a grpc-web client over its limit)" >&2
SECUREFLOW_SERVER="$address" SECUREFLOW_FUZZ_SERVER="$fuzz_address" SECUREFLOW_TOKEN="$admin_token" \
  SECUREFLOW_CLI="$PWD/target/debug/secureflow" PYTHONPATH="$PWD/clients/python/src" \
  .venv/bin/python -m pytest -q -p no:cacheprovider tests/e2e clients/python/tests
# The generated TypeScript client: its declarations type-check, and it works over
# grpc-web (as browsers speak it) and gRPC (Node).
clients/typescript/node_modules/.bin/tsc -p clients/typescript/tsconfig.json
SECUREFLOW_SERVER="$address" SECUREFLOW_TOKEN="$admin_token" node --test clients/typescript/test/
# The web UI in Debian's Chromium (playwright-core drives it; axe-core checks each page).
SECUREFLOW_SERVER="$address" SECUREFLOW_TOKEN="$admin_token" SECUREFLOW_CLI="$PWD/target/debug/secureflow" \
  node --test clients/web/e2e/
# grpc-web with Connect's Node client (a client this project did not write).
node tests/grpc-web/client.mjs "$address" "$admin_token" proto/src/gen/secureflow_descriptor.bin \
  "$limited_address"
