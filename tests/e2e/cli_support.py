"""What the CLI and CI-plugin end-to-end tests share: where the server, the CLI and the
shared fixtures are, an environment free of CI variables, and policies made over REST."""

import json
import os
import pathlib
import urllib.request
import uuid

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SERVER = "http://" + os.environ.get("SECUREFLOW_SERVER", "127.0.0.1:8080").removeprefix("http://")
TOKEN = os.environ.get("SECUREFLOW_TOKEN", "")
CLI = pathlib.Path(os.environ.get("SECUREFLOW_CLI", ROOT / "target/debug/secureflow")).resolve()
FIXTURES = pathlib.Path(os.environ.get("SECUREFLOW_FIXTURES", ROOT.parent / "shared/fixtures"))

def in_ci():
    """CI is set to anything but empty, false or 0 (as the Rust tests read it)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


IN_CI = in_ci()
# Repositories get a per-run suffix: reruns against one server stay independent.
RUN = uuid.uuid4().hex[:8]

needs_server = pytest.mark.skipif(
    not TOKEN and not IN_CI, reason="needs SECUREFLOW_TOKEN (scripts/e2e.sh sets it)"
)


def fixture(path):
    """A shared fixture report; missing fixtures fail under CI."""
    file = FIXTURES / "scans" / path
    if not file.exists():
        if IN_CI:
            pytest.fail(f"the shared fixtures are missing: {file}")
        pytest.skip(f"no shared fixtures at {FIXTURES}")
    return file


def manifest_entry(path):
    manifest = json.loads((FIXTURES / "scans" / "manifest.json").read_text())
    return next(entry for entry in manifest["files"] if entry["file"] == path)


def clean_env(extra):
    """This process's environment without CI systems' or SecureFlow's variables (the CLI
    reads them), with the CLI on PATH, then `extra`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GITHUB_", "GITLAB", "CI_", "JENKINS", "SECUREFLOW_", "RUNNER_"))
    }
    env["PATH"] = f"{CLI.parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env


def create_policy(policy):
    request = urllib.request.Request(
        SERVER + "/api/v1/security/policies", data=json.dumps(policy).encode(), method="POST"
    )
    request.add_header("authorization", f"Bearer {TOKEN}")
    request.add_header("content-type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["policy"]


def fail_on_high(repository, name=None):
    """A policy that fails `repository`'s gate while a high or critical finding is open."""
    return create_policy({
        "name": name or f"{repository}: no high",
        "enabled": True,
        "scope": {"repositoryId": repository},
        "conditions": [{
            "onViolation": "VERDICT_FAIL",
            "threshold": {"findingSet": "FINDING_SET_TOTAL", "minSeverity": "SEVERITY_HIGH", "maxCount": 0},
        }],
    })
