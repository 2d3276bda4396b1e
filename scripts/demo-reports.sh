#!/usr/bin/env bash
# Regenerates the demo data's scanner reports (examples/demo/reports/) by running
# the real scanners that scripts/dev-tools.sh installs (Bandit, Semgrep with the
# demo's local rules, Checkov) over the deliberately vulnerable demo code in
# examples/demo/. `secureflow demo` uploads these reports (they are compiled
# into the CLI). The "main" reports leave out app/refunds.py, which only the
# feature branch has.
set -euo pipefail
cd "$(dirname "$0")/.."
scanners=.venv-scanners
out=examples/demo/reports
mkdir -p "$out"
[ -x "$scanners/tools/bin/bandit" ] || { echo "run scripts/dev-tools.sh first (it installs the scanners)" >&2; exit 2; }

(
  cd examples/demo/payments
  # Bandit exits 1 when it finds something: that is the point here.
  "../../../$scanners/tools/bin/bandit" -r app -f json -q -o "../../../$out/bandit-feature.json" || true
  "../../../$scanners/tools/bin/bandit" -r app -x app/refunds.py -f json -q -o "../../../$out/bandit-main.json" || true
  "../../../$scanners/semgrep/bin/semgrep" --config ../semgrep-rules.yaml --sarif --metrics off -q \
    -o "../../../$out/semgrep-feature.sarif" app
  "../../../$scanners/semgrep/bin/semgrep" --config ../semgrep-rules.yaml --sarif --metrics off -q \
    --exclude refunds.py -o "../../../$out/semgrep-main.sarif" app
)
(
  # The checkout service after its fixes: Semgrep finds nothing (a report of no results).
  cd examples/demo/checkout
  "../../../$scanners/semgrep/bin/semgrep" --config ../semgrep-rules.yaml --sarif --metrics off -q \
    -o "../../../$out/semgrep-fixed.sarif" app
)
(
  cd examples/demo
  # Checkov asks its vendor's API for guidelines first; offline it says so on stderr and goes on.
  "../../$scanners/tools/bin/checkov" -d infra -o json --quiet --compact > "../../$out/checkov.json" 2>/dev/null || true
)
# The reports are the scanners' own output, except that Checkov's absolute paths
# (this machine's) become relative to examples/demo. Each must hold findings.
python3 - "$out" "$PWD/examples/demo/" <<'PY'
import json, pathlib, sys
for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    text = path.read_text().replace(sys.argv[2], "")
    path.write_text(text)
    data = json.loads(text)
    count = (len(data["runs"][0]["results"]) if "runs" in data
             else len(data["results"]) if isinstance(data.get("results"), list)
             else len(data["results"]["failed_checks"]))
    assert count > 0 or "fixed" in path.name, f"{path}: no findings"
    print(f"{path}: {count} findings")
PY
