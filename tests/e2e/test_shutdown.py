"""Stopping secureflowd (SIGTERM, a one-second grace period) while it stores an upload
from the CLI: the CLI does not report a failed gate (exit 1) for what was a stopped
server, it says what happened, and no audit record is lost — records the closing
database could not take are journaled and stored at the next start.

Starts its own secureflowd (SECUREFLOW_SERVER_BIN, else target/debug/secureflowd) on a
fresh data directory; scripts/e2e.sh builds both binaries."""

import json
import os
import pathlib
import re
import signal
import subprocess
import time
import urllib.request

import pytest

from cli_support import CLI, IN_CI, ROOT, clean_env

SERVER_BIN = pathlib.Path(
    os.environ.get("SECUREFLOW_SERVER_BIN", ROOT / "target/debug/secureflowd")
).resolve()
TOKEN = "sft_shutdown_test_" + os.urandom(12).hex()


def binaries_or_skip():
    for binary in (SERVER_BIN, CLI):
        if not binary.exists():
            if IN_CI:
                pytest.fail(f"{binary} is missing (scripts/e2e.sh builds it)")
            pytest.skip(f"{binary} is not built")


def start_server(data_dir, **settings):
    """Starts secureflowd in `data_dir`; returns the process, its address and its log."""
    log = data_dir / "secureflowd.log"
    start = log.stat().st_size if log.exists() else 0
    env = clean_env({"SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN": TOKEN, **settings})
    process = subprocess.Popen(
        [str(SERVER_BIN), "--listen", "127.0.0.1:0"],
        cwd=data_dir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("ab"),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        text = log.read_bytes()[start:].decode(errors="replace")
        found = re.findall(r"address=([0-9.:]+)", text)
        if found and process.poll() is None:
            return process, found[-1], log
        if process.poll() is not None:
            pytest.fail(f"secureflowd exited before listening:\n{text}")
        time.sleep(0.1)
    process.kill()
    pytest.fail("secureflowd did not log its address")


def get(address, path):
    request = urllib.request.Request(f"http://{address}{path}")
    request.add_header("authorization", f"Bearer {TOKEN}")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def big_sarif(path, results):
    rows = [
        {
            "ruleId": f"rule-{index % 50}",
            "level": "error",
            "message": {"text": f"problem {index}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f"src/module_{index // 100}.py"},
                        "region": {"startLine": index % 100 + 1},
                    }
                }
            ],
        }
        for index in range(results)
    ]
    report = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": rows}]}
    path.write_text(json.dumps(report))


def test_a_server_stopped_while_storing_loses_no_audit_record_and_fails_no_gate(tmp_path):
    binaries_or_skip()
    data_dir = tmp_path / "server"
    data_dir.mkdir()
    server, address, log = start_server(data_dir, SECUREFLOW_SHUTDOWN_GRACE_SECONDS="1")
    report = tmp_path / "big.sarif"
    big_sarif(report, 40_000)
    # A policy applies, so a completed upload carries a verdict.
    policy = {
        "name": "no new high",
        "enabled": True,
        "conditions": [
            {
                "onViolation": "VERDICT_FAIL",
                "threshold": {
                    "findingSet": "FINDING_SET_NEW",
                    "minSeverity": "SEVERITY_HIGH",
                    "maxCount": 1000000,
                },
            }
        ],
    }
    request = urllib.request.Request(
        f"http://{address}/api/v1/security/policies", data=json.dumps(policy).encode(), method="POST"
    )
    request.add_header("authorization", f"Bearer {TOKEN}")
    request.add_header("content-type", "application/json")
    urllib.request.urlopen(request, timeout=30).close()

    cli = subprocess.Popen(
        [str(CLI), "scan", "upload", str(report), "--repo", "r-shutdown", "--branch", "main"],
        env=clean_env(
            {"SECUREFLOW_SERVER": address, "SECUREFLOW_TOKEN": TOKEN, "CI": "true", "HOME": str(tmp_path)}
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    progress = []
    for line in cli.stderr:
        progress.append(line)
        if ": storing" in line:
            break
    else:
        pytest.fail("the upload never reached storing:\n" + "".join(progress))
    server.send_signal(signal.SIGTERM)
    rest_out, rest_err = cli.communicate(timeout=180)
    progress.append(rest_err)
    output = rest_out + "".join(progress)
    assert server.wait(timeout=60) == 0, log.read_text()
    assert cli.returncode != 1, f"a stopped server is not a failed gate:\n{output}"
    if cli.returncode == 2:
        assert (
            "connection to the server was lost" in output
            or "could not be evaluated" in output
            or "UNAVAILABLE" in output
        ), output
    server_log = log.read_text()
    assert "audit record lost" not in server_log, server_log

    # The next start stores what the journal kept; the chain verifies.
    server, address, log = start_server(data_dir)
    try:
        records = get(address, "/api/v1/audit/records?pageSize=1000")["records"]
        uploads = [r for r in records if r["action"].endswith("SecurityService/IngestReport")]
        assert len(uploads) == 1, records
        verified = get(address, "/api/v1/audit/verify")
        assert verified["valid"], verified
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


def test_the_cli_says_what_to_check_when_it_cannot_reach_the_server_or_has_no_token(tmp_path):
    binaries_or_skip()
    report = tmp_path / "r.json"
    big_sarif(report, 1)
    env = {"HOME": str(tmp_path), "SECUREFLOW_CONFIG": str(tmp_path / "config.toml")}
    refused = subprocess.run(
        [str(CLI), "--server", "127.0.0.1:1", "--token", "sft_x", "scan", "upload", str(report), "--repo", "r"],
        env=clean_env(env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2
    assert "cannot reach SecureFlow at http://127.0.0.1:1: connection refused" in refused.stderr
    assert refused.stderr.count("transport error") == 0, refused.stderr
    missing = subprocess.run(
        [str(CLI), "--server", "127.0.0.1:1", "scan", "upload", str(report), "--repo", "r"],
        env=clean_env(env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2
    for way in ("--token", "SECUREFLOW_TOKEN", "secureflow login"):
        assert way in missing.stderr, missing.stderr
