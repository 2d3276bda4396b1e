"""The `secureflow` CLI against the real secureflowd binary: a real scanner report
from the shared fixtures is streamed in with `secureflow scan upload`, and the exit
code follows the gate — 0 with no policy or a passing one, 1 with a failing one,
2 on errors — while `-o json` prints the ingestion summary under its contract names.

Run through scripts/e2e.sh, which builds the CLI and starts secureflowd.
"""

import hashlib
import hmac
import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest

from cli_support import CLI, IN_CI, ROOT, RUN, SERVER, TOKEN, clean_env, create_policy, fail_on_high, fixture, manifest_entry, needs_server


def cli(*args, env_extra=None, tmp_path=None):
    env = {"SECUREFLOW_SERVER": SERVER, "SECUREFLOW_TOKEN": TOKEN}
    if tmp_path is not None:
        env["SECUREFLOW_CONFIG"] = str(tmp_path / "config.toml")
    env.update(env_extra or {})
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, env=clean_env(env), timeout=120)


def upload_json(report, repository, *extra, tmp_path=None):
    result = cli(
        "scan", "upload", str(report), "--repo", repository, "--branch", "main",
        "--commit", "0123456789abcdef", "-o", "json", *extra, tmp_path=tmp_path,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, lines


@needs_server
def test_upload_without_a_policy_passes_and_prints_the_summary_under_contract_names(tmp_path):
    entry = manifest_entry("semgrep/many_vulns.json")
    report = fixture(entry["file"])
    result, lines = upload_json(report, f"e2e-cli-none-{RUN}", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(lines) == 1
    outcome = lines[0]
    assert outcome["format"] == entry["format"]
    assert outcome["findings_parsed"] == entry["expected_findings"]
    assert outcome["new"] == outcome["findings_parsed"] - outcome["duplicates_in_report"]
    assert outcome["updated"] == 0 and outcome["reopened"] == 0 and outcome["resolved"] == 0
    assert outcome["gate"] is None

    # The same report again: nothing new, everything seen again.
    result, lines = upload_json(report, f"e2e-cli-none-{RUN}", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert lines[0]["new"] == 0
    assert lines[0]["updated"] == outcome["new"]


@needs_server
def test_a_failing_gate_exits_1_and_a_passing_one_exits_0(tmp_path):
    report = fixture("semgrep/many_vulns.json")
    fail_on_high(f"e2e-cli-fail-{RUN}", name="e2e: no new high")
    create_policy({
        "name": "e2e: fewer than a thousand",
        "enabled": True,
        "scope": {"repositoryId": f"e2e-cli-pass-{RUN}"},
        "conditions": [{
            "onViolation": "VERDICT_FAIL",
            "threshold": {"findingSet": "FINDING_SET_TOTAL", "minSeverity": "SEVERITY_INFO", "maxCount": 1000},
        }],
    })

    failed, lines = upload_json(report, f"e2e-cli-fail-{RUN}", tmp_path=tmp_path)
    assert failed.returncode == 1, failed.stderr
    gate = lines[0]["gate"]
    assert gate["verdict"] == "FAIL"
    violation = gate["policies"][0]["violations"][0]
    assert violation["verdict"] == "FAIL"
    assert violation["vulnerability_ids"]

    passed, lines = upload_json(report, f"e2e-cli-pass-{RUN}", tmp_path=tmp_path)
    assert passed.returncode == 0, passed.stderr
    assert lines[0]["gate"]["verdict"] == "PASS"

    # People get the verdict with the failed conditions, and plain progress lines in CI.
    people = cli(
        "scan", "upload", str(report), "--repo", f"e2e-cli-fail-{RUN}", "--branch", "main",
        env_extra={"CI": "true"}, tmp_path=tmp_path,
    )
    assert people.returncode == 1
    assert "gate: FAIL" in people.stdout
    assert "e2e: no new high — FAIL" in people.stdout
    assert "receiving" in people.stderr and "completed" in people.stderr

    # `gate check` answers the same without uploading.
    check = cli("gate", "check", "--repo", f"e2e-cli-fail-{RUN}", "--branch", "main", tmp_path=tmp_path)
    assert check.returncode == 1, check.stderr
    assert check.stdout.startswith("gate: FAIL")


@needs_server
def test_the_scope_comes_from_the_ci_environment(tmp_path):
    report = fixture("semgrep/one_finding.json")
    result = cli(
        "scan", "upload", str(report), "-o", "json",
        env_extra={
            "GITHUB_ACTIONS": "true",
            "GITHUB_REPOSITORY": f"acme/e2e-cli-github-{RUN}",
            "GITHUB_SHA": "feedface",
            "GITHUB_REF": "refs/pull/12/merge",
            "GITHUB_HEAD_REF": "feature/cli",
            "GITHUB_BASE_REF": "main",
        },
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    listed = cli("vulns", "list", "--repo", f"acme/e2e-cli-github-{RUN}", "-o", "json", tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr
    vulnerabilities = json.loads(listed.stdout)
    assert len(vulnerabilities) == 1
    assert vulnerabilities[0]["branch"] == "feature/cli"
    assert vulnerabilities[0]["commitSha"] == "feedface"


@needs_server
def test_vulnerabilities_of_several_repositories_list_as_one(tmp_path):
    report = fixture("semgrep/one_finding.json")
    repositories = [f"acme/e2e-cli-many-{name}-{RUN}" for name in "abc"]
    for repository in repositories:
        result, _ = upload_json(report, repository, tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr

    def listed(*repos):
        result = cli("vulns", "list", *[arg for repo in repos for arg in ("--repo", repo)], "-o", "json", tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    one = listed(repositories[0])
    assert len(one) == 1 and one[0]["repositoryId"] == repositories[0]
    two = listed(repositories[0], repositories[1])
    assert sorted(v["repositoryId"] for v in two) == sorted(repositories[:2])

    sarif = cli("vulns", "list", "--repo", repositories[0], "--repo", repositories[1], "-o", "sarif", tmp_path=tmp_path)
    assert sarif.returncode == 2
    assert "one --repo" in sarif.stderr


@needs_server
def test_errors_exit_2_with_a_clear_message(tmp_path):
    missing = cli("scan", "upload", "no-such-report.json", "--repo", "r", "--branch", "main", tmp_path=tmp_path)
    assert missing.returncode == 2
    assert "no-such-report.json" in missing.stderr

    broken = tmp_path / "broken.json"
    broken.write_text('{"results": [')
    refused = cli("scan", "upload", str(broken), "--repo", "r", "--branch", "main", tmp_path=tmp_path)
    assert refused.returncode == 2
    assert "INVALID_ARGUMENT" in refused.stderr

    unauthenticated = cli(
        "vulns", "list", env_extra={"SECUREFLOW_TOKEN": "sft_not_a_real_token_000000000"}, tmp_path=tmp_path
    )
    assert unauthenticated.returncode == 2
    assert "UNAUTHENTICATED" in unauthenticated.stderr
    assert "secureflow login" in unauthenticated.stderr


@needs_server
def test_output_piped_into_a_reader_that_stops_early_ends_quietly():
    # `secureflow … | head -1`: the completion script is larger than a pipe holds,
    # so the CLI is still writing when the reader closes its end.
    process = subprocess.Popen(
        [str(CLI), "completions", "zsh"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env({})
    )
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert first.startswith(b"#compdef secureflow")
    assert "panicked" not in stderr, stderr
    assert stderr == ""
    # Ended by SIGPIPE, as `head`'s writers are (or done before the reader closed).
    assert process.returncode in (0, -13), (process.returncode, stderr)


@needs_server
def test_login_keeps_the_token_for_later_commands(tmp_path):
    login = cli("login", tmp_path=tmp_path)
    assert login.returncode == 0, login.stderr
    config = (tmp_path / "config.toml").read_text()
    assert TOKEN in config
    assert oct((tmp_path / "config.toml").stat().st_mode & 0o777) == "0o600"
    # Without SECUREFLOW_TOKEN the kept token is used.
    env = {"SECUREFLOW_TOKEN": ""}
    listed = cli("policies", "list", env_extra=env, tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr


@needs_server
def test_scan_run_runs_the_installed_scanners_and_uploads_their_reports(tmp_path):
    scanners = ROOT / ".venv-scanners"
    if not (scanners / "tools/bin/bandit").exists():
        if IN_CI:
            pytest.fail("the scanners are missing: scripts/dev-tools.sh installs them into .venv-scanners")
        pytest.skip("no scanners in .venv-scanners")
    path = os.pathsep.join([str(scanners / "tools/bin"), str(scanners / "semgrep/bin"), os.environ["PATH"]])
    # Outside this repository: semgrep skips paths under a `tests/` directory.
    sample = tmp_path / "sample"
    shutil.copytree(ROOT / "services/security/tests/scanners/sample", sample)
    result = cli(
        "scan", "run", str(sample), "--repo", f"e2e-cli-run-{RUN}",
        "--branch", "main", "-o", "json",
        "--scanner", "semgrep", "--scanner", "bandit", "--scanner", "checkov", "--scanner", "detect-secrets",
        env_extra={
            "PATH": path,
            "SECUREFLOW_SEMGREP_CONFIG": str(ROOT / "services/security/tests/scanners/rules.yaml"),
        },
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    outcomes = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted((o["file"], o["format"]) for o in outcomes) == [
        ("bandit", "bandit-json"), ("checkov", "checkov-json"),
        ("detect-secrets", "detect-secrets-json"), ("semgrep", "sarif"),
    ]
    assert all(o["findings_parsed"] > 0 for o in outcomes), outcomes

    unknown = cli("scan", "run", "--repo", "r", "--branch", "main", "--scanner", "nessus", tmp_path=tmp_path)
    assert unknown.returncode == 2
    assert "unknown scanner `nessus`" in unknown.stderr


@needs_server
def test_repositories_are_registered_archived_deleted_and_restored(tmp_path):
    name = f"e2e/cli-repos-{RUN}"

    def listed(*flags):
        result = cli("repos", "list", "--query", f"cli-repos-{RUN}", *flags, "-o", "json", tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr
        return [repository["fullName"] for repository in json.loads(result.stdout)]

    added = cli(
        "repos", "add", name, "--clone-url", f"https://github.com/{name}.git",
        "--criticality", "high", "--label", "tier=1", "-o", "json", tmp_path=tmp_path,
    )
    assert added.returncode == 0, added.stderr
    repository = json.loads(added.stdout)
    assert repository["fullName"] == name
    assert repository["provider"] == "PROVIDER_GITHUB"
    assert repository["criticality"] == "CRITICALITY_HIGH"
    assert repository["labels"] == {"tier": "1"}
    shown = cli("repos", "show", name.upper(), "-o", "json", tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == repository["id"]

    again = cli("repos", "add", name, tmp_path=tmp_path)
    assert again.returncode == 2 and "already has repository" in again.stderr, again.stderr
    no_owner = cli("repos", "add", f"cli-repos-{RUN}", tmp_path=tmp_path)
    assert no_owner.returncode == 2 and "repository.full_name" in no_owner.stderr, no_owner.stderr
    token_in_url = cli("repos", "add", f"{name}-2", "--clone-url", "https://ghp_x@github.com/a/b.git", tmp_path=tmp_path)
    assert token_in_url.returncode == 2 and "credentials" in token_in_url.stderr, token_in_url.stderr
    assert "ghp_x" not in token_in_url.stderr

    hook = cli("repos", "webhook", "create", name, "--event", "push", tmp_path=tmp_path)
    assert hook.returncode == 0, hook.stderr
    url, secret = hook.stdout.split()
    assert url.startswith(f"{SERVER}/webhooks/github/"), url
    assert len(secret) == 64 and "shown only now" in hook.stderr
    hooks = cli("repos", "webhook", "list", name, "-o", "json", tmp_path=tmp_path)
    assert hooks.returncode == 0, hooks.stderr
    [listed_hook] = json.loads(hooks.stdout)
    assert listed_hook["events"] == ["push"] and "secret" not in listed_hook
    assert secret not in hooks.stdout

    # GitHub delivers a push to the URL: verified, recorded once, listed.
    push = (ROOT / "services/repository/tests/payloads/github-push.json").read_bytes()

    def deliver(signature, delivery=f"e2e-push-{RUN}"):
        request = urllib.request.Request(url, data=push, method="POST", headers={
            "content-type": "application/json", "x-github-event": "push",
            "x-github-delivery": delivery, "x-hub-signature-256": signature,
        })
        try:
            with urllib.request.urlopen(request) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    signature = "sha256=" + hmac.new(secret.encode(), push, hashlib.sha256).hexdigest()
    assert deliver("sha256=" + "0" * 64)[0] == 401
    status, answer = deliver(signature)
    assert (status, answer["outcome"], answer["commitsRecorded"]) == (200, "recorded", 2), answer
    status, answer = deliver(signature)
    assert (status, answer["duplicate"]) == (200, True), answer
    deliveries = cli("repos", "webhook", "deliveries", name, listed_hook["id"], "-o", "json", tmp_path=tmp_path)
    assert deliveries.returncode == 0, deliveries.stderr
    [delivery] = json.loads(deliveries.stdout)
    assert (delivery["deliveryId"], delivery["outcome"]) == (f"e2e-push-{RUN}", "recorded"), delivery
    table = cli("repos", "webhook", "deliveries", name, listed_hook["id"], tmp_path=tmp_path)
    assert table.returncode == 0 and "2 commit(s) pushed to `main`" in table.stdout, table.stdout

    assert cli("repos", "archive", name, tmp_path=tmp_path).returncode == 0
    assert listed() == []
    assert listed("--archived") == [name]
    deleted = cli("repos", "delete", name, tmp_path=tmp_path)
    assert deleted.returncode == 0 and "restorable" in deleted.stderr, deleted.stderr
    assert listed("--archived") == []
    assert listed("--deleted") == [name]
    restored = cli("repos", "restore", repository["id"], tmp_path=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert listed("--archived") == [name]


def test_a_repository_is_backfilled_from_its_host_with_progress(tmp_path):
    """`repos sync` against a local server answering as GitHub's REST API documents."""
    import http.server
    import threading

    name = f"e2e/sync-{RUN}"
    payloads = ROOT / "services/repository/tests/api"
    commit = json.loads((payloads / "github-commit.json").read_text())
    listed = {key: value for key, value in commit.items() if key not in ("stats", "files")}
    answers = {
        f"/repos/{name}/branches": json.loads((payloads / "github-branches.json").read_text()),
        f"/repos/{name}/commits": [listed],
        f"/repos/{name}/commits/{commit['sha']}": commit,
        f"/repos/{name}/contributors": json.loads((payloads / "github-contributors.json").read_text()),
        f"/repos/{name}/pulls": [],
    }
    seen = []

    class GitHub(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the standard library's name)
            seen.append((self.path, self.headers.get("authorization")))
            body = answers.get(self.path.split("?")[0])
            self.send_response(200 if body is not None else 404)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(body if body is not None else {"message": "Not Found"}).encode())

        def log_message(self, *args):
            pass

    host = http.server.ThreadingHTTPServer(("127.0.0.1", 0), GitHub)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    try:
        added = cli("repos", "add", name, "--clone-url", f"https://github.com/{name}.git", tmp_path=tmp_path)
        assert added.returncode == 0, added.stderr
        request = urllib.request.Request(
            SERVER + "/api/v1/repository-connections", method="POST",
            data=json.dumps({
                "name": f"e2e sync {RUN}", "provider": "PROVIDER_GITHUB", "auth": "CONNECTION_AUTH_TOKEN",
                "apiUrl": f"http://127.0.0.1:{host.server_port}", "token": "ghp_e2e_fake_host_token",
            }).encode(),
            headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            connection = json.loads(response.read())["connection"]
        assert not connection.get("token") and "ghp_e2e_fake_host_token" not in json.dumps(connection)

        synced = cli("repos", "sync", name, "--connection", connection["id"], tmp_path=tmp_path)
        assert synced.returncode == 0, synced.stderr
        assert "backfilled 2 branches, 1 commits, 2 contributors, 0 pull requests" in synced.stderr, synced.stderr
        assert all(auth == "Bearer ghp_e2e_fake_host_token" for _, auth in seen), seen
        commits = cli("repos", "show", name, tmp_path=tmp_path)
        assert commits.returncode == 0, commits.stderr
    finally:
        host.shutdown()


@needs_server
def test_demo_fills_the_server_and_can_run_again(tmp_path):
    """`secureflow demo`: teams, people, repositories, policies scoped to the demo's
    repositories, real scanner reports; gates that fail, warn and pass (a fix resolves
    the checkout service's findings); a second run adds nothing twice."""
    env = clean_env({"SECUREFLOW_SERVER": SERVER, "SECUREFLOW_TOKEN": TOKEN, "HOME": str(tmp_path)})
    for run in (1, 2):
        done = subprocess.run([CLI, "demo"], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"run {run}: {done.stderr}"
        lines = done.stderr.splitlines()
        assert any("acme/payments-api @ main: bandit-main.json" in l and l.endswith("gate FAIL") for l in lines), done.stderr
        assert any("feature/refunds" in l and l.endswith("gate WARN") for l in lines), done.stderr
        fixed = next(l for l in lines if "semgrep-fixed.sarif" in l)
        assert fixed.endswith("4 resolved; gate PASS"), fixed
    triaged = json.loads(urllib.request.urlopen(urllib.request.Request(
        f"{SERVER}/api/v1/security/vulnerabilities?repository_id=acme/payments-api&branch=main"
        "&statuses=VULNERABILITY_STATUS_FALSE_POSITIVE&statuses=VULNERABILITY_STATUS_ACCEPTED_RISK",
        headers={"Authorization": f"Bearer {TOKEN}"})).read())
    assert triaged["totalSize"] == "2", triaged
