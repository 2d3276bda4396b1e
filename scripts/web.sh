#!/usr/bin/env bash
# The web UI (clients/web): React + TypeScript + Vite, talking to secureflowd only
# through the generated TypeScript client (grpc-web).
#
#   scripts/web.sh            build into clients/web/dist (checked in: secureflowd embeds
#                             it at compile time, so `cargo build` needs no Node)
#   scripts/web.sh --check    type-check, unit tests (Vitest), and fail when the checked-in
#                             dist/ differs from a fresh build (stale: run scripts/web.sh
#                             and commit the result)
#
# Its npm packages are installed by scripts/dev-tools.sh (npm ci, from package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/../clients/web"

if [ ! -d node_modules ]; then
  echo "clients/web/node_modules is missing: run scripts/dev-tools.sh" >&2
  exit 1
fi

if [ "${1:-}" != "--check" ]; then
  npx tsc -p tsconfig.json --noEmit
  npx vite build --logLevel warn
  echo "built clients/web/dist" >&2
  exit 0
fi

npx tsc -p tsconfig.json --noEmit
npx vitest run
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
npx vite build --logLevel warn --outDir "$fresh/dist"
if ! diff -r -q "$fresh/dist" dist >&2; then
  echo "clients/web/dist is stale: run scripts/web.sh and commit the result" >&2
  exit 1
fi
echo "clients/web/dist is up to date" >&2
