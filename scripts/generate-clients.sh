#!/usr/bin/env bash
# Generates the TypeScript and Python clients from the contracts with `buf generate`
# (buf.gen.yaml): protoc-gen-es from clients/typescript's package-lock, protoc-gen-py
# and protoc-gen-grpc-py from tests/e2e/requirements.txt (in .venv). The output is
# checked in.
#
#   scripts/generate-clients.sh          # rewrite clients/*/src/.../gen
#   scripts/generate-clients.sh --check  # fail if the checked-in output is stale
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/dev-tools.sh >/dev/null
export PATH="$PWD/clients/typescript/node_modules/.bin:$PWD/.venv/bin:$PATH"
buf=".proto-deps/node/node_modules/.bin/buf"
generated=(clients/typescript/src/gen clients/python/src/secureflow_client/gen)

if [ "${1:-}" != "--check" ]; then
  "$buf" generate
  echo "generated: ${generated[*]}" >&2
  exit 0
fi

fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
"$buf" generate --output "$fresh"
stale=0
for dir in "${generated[@]}"; do
  if ! diff -r -q "$fresh/$dir" "$dir" >&2; then
    stale=1
  fi
done
if [ "$stale" -ne 0 ]; then
  echo "the generated clients are stale: run scripts/generate-clients.sh and commit the result" >&2
  exit 1
fi
echo "generated clients are up to date" >&2
