#!/usr/bin/env bash
# Installs the tools the tests need that are not Rust crates, into the checkout
# (git-ignored), from the package registries:
#   - buf (npm package @bufbuild/buf) for `buf lint`, and oidc-provider (the OpenID
#     Connect provider the identity tests log in against), in .proto-deps/node
#   - a Python virtualenv in .venv with pytest and the grpcio clients used by the
#     end-to-end tests (gRPC clients this project did not write)
#   - the Google API protos (scripts/proto-deps.sh)
#   - Connect's grpc-web client for Node (tests/grpc-web, from its package-lock.json)
#   - the TypeScript client's packages (clients/typescript, from its package-lock.json),
#     protoc-gen-es among them; protoc-gen-py and protoc-gen-grpc-py come with .venv
#   - the web UI's packages (clients/web, from its package-lock.json), and Debian's
#     chromium for its end-to-end tests
#   - real scanners from PyPI (semgrep; bandit, checkov, detect-secrets) in
#     .venv-scanners/{semgrep,tools}, run by the security service's scanner tests
#   - a real SMTP server (aiosmtpd, with trustme) in .venv-scanners/smtp for the
#     notification service's e-mail tests
#   - a MongoDB-protocol server (SecantusDB, from PyPI) in .venv-scanners/mongodb for
#     the document-store tests
#   - a Kafka-protocol broker (tansu, from crates.io) in .tools for the event-bus tests
#   - an S3-compatible server (s3s-fs, from crates.io) in .tools for the blob-store tests
# Safe to run repeatedly; it does nothing when everything is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

BUF_VERSION="1.75.0"
OIDC_PROVIDER_VERSION="9.13.3"
PYTHON_REQUIREMENTS="tests/e2e/requirements.txt"

scripts/proto-deps.sh

node_stamp=".proto-deps/node/.installed-buf-$BUF_VERSION-oidc-provider-$OIDC_PROVIDER_VERSION"
if [ ! -f "$node_stamp" ]; then
  echo "installing buf $BUF_VERSION and oidc-provider $OIDC_PROVIDER_VERSION from npm" >&2
  npm install --silent --no-audit --no-fund --prefix .proto-deps/node \
    "@bufbuild/buf@$BUF_VERSION" "oidc-provider@$OIDC_PROVIDER_VERSION" >&2
  touch "$node_stamp"
fi

# python_venv DIR REQUIREMENTS WHAT: a virtualenv in DIR with REQUIREMENTS
# installed, made again when that file changes.
python_venv() {
  local venv="$1" requirements="$2" what="$3" stamp
  stamp="$venv/.requirements-$(sha256sum "$requirements" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "installing $what into $venv" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
    touch "$stamp"
  fi
}

python_venv .venv "$PYTHON_REQUIREMENTS" "the end-to-end tests' clients"

# Scanners for the security tests, one virtualenv per requirements file.
for name in semgrep tools; do
  python_venv ".venv-scanners/$name" \
    "services/security/tests/scanners/requirements-$name.txt" scanners
done

# The SMTP server (aiosmtpd) the notification service's e-mail tests send
# through, with trustme for its throw-away certificate authority.
python_venv .venv-scanners/smtp services/platform/testkit/smtp_requirements.txt \
  "the test SMTP server"

# The MongoDB-protocol server (SecantusDB) the document-store tests run
# against when SECUREFLOW_TEST_MONGODB_URL names no MongoDB.
python_venv .venv-scanners/mongodb services/platform/testkit/mongodb_requirements.txt \
  "the test MongoDB server (SecantusDB)"

# JMeter for the pipeline service's jmeter connector test: Debian's packages
# jmeter and jmeter-http (installed when missing and this runs as root), and a
# launcher (services/pipeline/tests/jmeter/JmeterLauncher.java, why it is
# needed is written there) compiled into .venv-scanners/jmeter.
if [ ! -f /usr/share/jmeter/lib/ext/ApacheJMeter_http.jar ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing JMeter (Debian packages jmeter, jmeter-http)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends jmeter jmeter-http >&2
  else
    echo "JMeter is missing: install the Debian packages jmeter and jmeter-http" >&2
  fi
fi
# Chromium for the web UI's end-to-end tests: Debian's package (playwright-core
# drives it; no browser is downloaded), installed when missing and this runs as root.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Chromium (Debian package chromium)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >&2
  else
    echo "Chromium is missing: install the Debian package chromium" >&2
  fi
fi
launcher="services/pipeline/tests/jmeter/JmeterLauncher.java"
jmeter_dir=".venv-scanners/jmeter"
jmeter_stamp="$jmeter_dir/.built-$(sha256sum "$launcher" | cut -c1-16)"
if [ -f /usr/share/jmeter/bin/ApacheJMeter.jar ] && [ ! -f "$jmeter_stamp" ]; then
  echo "building the JMeter launcher into $jmeter_dir" >&2
  rm -rf "$jmeter_dir"
  mkdir -p "$jmeter_dir/classes" "$jmeter_dir/bin"
  javac -nowarn -d "$jmeter_dir/classes" \
    -cp /usr/share/jmeter/bin/ApacheJMeter.jar:/usr/share/java/xstream.jar "$launcher" >&2
  cat > "$jmeter_dir/bin/jmeter" <<LAUNCH
#!/bin/sh
exec java -Djmeter.home=/usr/share/jmeter \\
  -cp /usr/share/jmeter/bin/ApacheJMeter.jar:$PWD/$jmeter_dir/classes JmeterLauncher "\$@"
LAUNCH
  chmod +x "$jmeter_dir/bin/jmeter"
  touch "$jmeter_stamp"
fi

# The TypeScript client's runtime, test transport and generator (npm), pinned by
# clients/typescript/package-lock.json.
ts_stamp="clients/typescript/node_modules/.installed-$(sha256sum clients/typescript/package-lock.json | cut -c1-16)"
if [ ! -f "$ts_stamp" ]; then
  echo "installing the TypeScript client's packages (npm)" >&2
  npm ci --silent --no-audit --no-fund --prefix clients/typescript >&2
  touch "$ts_stamp"
fi

# The web UI's packages (React, MUI, Vite, Vitest…), pinned by
# clients/web/package-lock.json (only to build and test the UI: secureflowd embeds
# the checked-in build).
ui_stamp="clients/web/node_modules/.installed-$(sha256sum clients/web/package-lock.json | cut -c1-16)"
if [ ! -f "$ui_stamp" ]; then
  echo "installing the web UI's packages (npm)" >&2
  npm ci --silent --no-audit --no-fund --prefix clients/web >&2
  touch "$ui_stamp"
fi

# grpc-web acceptance client (npm), pinned by tests/grpc-web/package-lock.json.
web_stamp="tests/grpc-web/node_modules/.installed-$(sha256sum tests/grpc-web/package-lock.json | cut -c1-16)"
if [ ! -f "$web_stamp" ]; then
  echo "installing the grpc-web test client (npm)" >&2
  npm ci --silent --no-audit --no-fund --prefix tests/grpc-web >&2
  touch "$web_stamp"
fi

# The test servers built from crates.io (below) take minutes to build, so one build
# serves every checkout of this user: it is kept under SECUREFLOW_TOOLS_CACHE
# (default ~/.cache/secureflow/tools), one folder per name and version, and the
# checkout's .tools/NAME links to it. A fresh machine builds each once.
TOOLS_CACHE="${SECUREFLOW_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/secureflow/tools}"

# cached_tool NAME BINARY CRATE VERSION FEATURES: .tools/NAME/bin/BINARY, from
# `cargo install CRATE --version VERSION --features FEATURES`, built into the
# cache when it is not there yet, with a release profile that builds faster (less
# optimisation, no debug info, no LTO: a test server needs no more;
# TOOLS_OPT_LEVEL overrides the optimisation level).
cached_tool() {
  local name="$1" binary="$2" crate="$3" version="$4" features="$5"
  local link=".tools/$name" cached="$TOOLS_CACHE/$name" building
  if [ -x "$link/bin/$binary" ]; then
    return
  fi
  if [ ! -x "$cached/bin/$binary" ]; then
    echo "building $crate $version into $cached (once for every checkout, several minutes)" >&2
    mkdir -p "$TOOLS_CACHE"
    # Built beside the cache and moved in whole, so a build cut short leaves nothing
    # that looks finished; when another checkout finished first, its build stays.
    building="$(mktemp -d "$TOOLS_CACHE/.building-$name-XXXXXX")"
    chmod 755 "$building"
    CARGO_PROFILE_RELEASE_OPT_LEVEL="${TOOLS_OPT_LEVEL:-1}" \
      CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_LTO=false \
      CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install --quiet --locked --root "$building" "$crate" --version "$version" --features "$features" >&2
    mv -T "$building" "$cached" 2>/dev/null || rm -rf "$building"
  fi
  mkdir -p .tools
  rm -rf "$link"
  ln -s "$cached" "$link"
}

# A Kafka-protocol broker for the event-bus tests: tansu. --locked is what builds;
# dynostore gives the in-memory storage the tests use, libsql the SQLite storage,
# the only one here where tansu keeps SCRAM users (the SASL test). It is the
# biggest part of a cold CI run's set-up (410 crates).
cached_tool tansu-0.6.0-libsql tansu tansu 0.6.0 dynostore,libsql
rm -rf .tools/tansu-0.6.0 # the build before SASL, no longer used

# An S3-compatible server for the blob-store tests: s3s-fs (the last release this
# toolchain builds; ~1.5 min).
cached_tool s3s-fs-0.14.1 s3s-fs s3s-fs 0.14.1 binary
