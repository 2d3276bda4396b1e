#!/usr/bin/env bash
# Fetches the third-party .proto files our contracts import (google/api/*.proto) from
# the PyPI package googleapis-common-protos into .proto-deps/ (git-ignored). Used by
# `buf lint` and by the code generator; nothing third-party is committed.
set -euo pipefail
cd "$(dirname "$0")/.."

GOOGLEAPIS_VERSION="1.76.0"
DEPS_LAYOUT=2
deps=".proto-deps"
stamp="$deps/googleapis-common-protos-$GOOGLEAPIS_VERSION-$DEPS_LAYOUT"
if [ -f "$stamp" ]; then
  exit 0
fi
rm -rf "$deps"
mkdir -p "$deps/pip" "$deps/googleapis/google/api"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-deps \
  --target "$deps/pip" "googleapis-common-protos==$GOOGLEAPIS_VERSION"
for f in annotations.proto http.proto httpbody.proto; do
  cp "$deps/pip/google/api/$f" "$deps/googleapis/google/api/$f"
done
touch "$stamp"
