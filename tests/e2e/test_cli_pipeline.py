"""`secureflow pipeline` against the real secureflowd binary: a definition file is
created and updated (new version), `run --follow` streams stages, steps and log lines and
exits with the execution's outcome (0 succeeded, 1 failed, 2 error), `logs` and `show`
read an execution back by its id alone, and `cancel` stops a running one.

Run through scripts/e2e.sh, which builds the CLI and starts secureflowd.
"""

import json
import subprocess
import time
import urllib.request

from cli_support import CLI, RUN, SERVER, TOKEN, clean_env, needs_server


def cli(*args, tmp_path=None, timeout=120):
    env = {"SECUREFLOW_SERVER": SERVER, "SECUREFLOW_TOKEN": TOKEN}
    if tmp_path is not None:
        env["SECUREFLOW_CONFIG"] = str(tmp_path / "config.toml")
    return subprocess.run(
        [str(CLI), *args], capture_output=True, text=True, env=clean_env(env), timeout=timeout
    )


def definition(name, command):
    return f"""name: {name}
variables: {{LEVEL: low}}
stages:
  - name: build
    steps:
      - name: compile
        command: "{command}"
  - name: test
    steps:
      - name: unit
        command: "echo testing ${{LEVEL}}"
"""


@needs_server
def test_a_pipeline_is_created_run_followed_and_read_back(tmp_path):
    name = f"cli-{RUN}"
    file = tmp_path / "pipeline.yml"
    file.write_text(definition(name, "echo building; echo warning >&2"))
    created = cli("pipeline", "create", "--file", str(file), "-o", "json", tmp_path=tmp_path)
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["version"] == "1"

    # A definition with a mistake names its line and column, and exits 2.
    bad = tmp_path / "bad.yml"
    bad.write_text(f"name: {name}-bad\nstages:\n  - name: s\n    steps:\n      - name: t\n        timeout: soon\n        command: x\n")
    refused = cli("pipeline", "create", "--file", str(bad), tmp_path=tmp_path)
    assert refused.returncode == 2
    assert "line 6, column" in refused.stderr, refused.stderr

    ran = cli("pipeline", "run", name, "--param", "LEVEL=high", "--follow", tmp_path=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert "[build/compile]  building" in ran.stdout, ran.stdout
    assert "[build/compile]! warning" in ran.stdout, ran.stdout
    assert "[test/unit]  testing high" in ran.stdout, ran.stdout
    assert "stage build: succeeded" in ran.stderr, ran.stderr
    assert "succeeded" in ran.stderr.splitlines()[-1], ran.stderr

    # A failing step: exit 1, the reason said.
    file.write_text(definition(name, "echo broken; exit 3"))
    updated = cli("pipeline", "update", name, "--file", str(file), "-o", "json", tmp_path=tmp_path)
    assert updated.returncode == 0, updated.stderr
    assert json.loads(updated.stdout)["version"] == "2"
    failed = cli("pipeline", "run", name, "--follow", tmp_path=tmp_path)
    assert failed.returncode == 1, failed.stderr
    assert "exited with code 3" in failed.stderr, failed.stderr

    listed = cli("pipeline", "list", "--executions", name, "-o", "json", tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr
    executions = json.loads(listed.stdout)
    assert [e["status"] for e in executions] == ["EXECUTION_STATUS_FAILED", "EXECUTION_STATUS_SUCCEEDED"]
    assert executions[0]["pipelineVersion"] == "2"

    rerun = cli("pipeline", "rerun", executions[0]["id"], "--from-failed", "--follow", tmp_path=tmp_path)
    assert rerun.returncode == 1, rerun.stderr
    assert f"re-runs #{executions[0]['number']}" in rerun.stderr, rerun.stderr

    # The list of pipelines shows each one's last run.
    table = cli("pipeline", "list", tmp_path=tmp_path)
    assert table.returncode == 0, table.stderr
    row = next(line for line in table.stdout.splitlines() if f" {name} " in line)
    assert "#3 failed" in row, table.stdout

    # Over REST, the list of pipelines brings each one's latest runs on request.
    request = urllib.request.Request(f"{SERVER}/api/v1/pipelines?pageSize=500&latestExecutions=2")
    request.add_header("authorization", f"Bearer {TOKEN}")
    with urllib.request.urlopen(request, timeout=30) as response:
        page = json.loads(response.read())
    pipeline_id = json.loads(created.stdout)["id"]
    latest = {entry["pipelineId"]: entry.get("executions", []) for entry in page["latestExecutions"]}
    assert len(latest) == len(page["pipelines"])
    assert [e["number"] for e in latest[pipeline_id]] == ["3", "2"], latest[pipeline_id]

    first = executions[1]["id"]
    logs = cli("pipeline", "logs", first, "--step", "unit", tmp_path=tmp_path)
    assert logs.returncode == 0, logs.stderr
    assert logs.stdout.strip() == "[test/unit]  testing high"
    shown = cli("pipeline", "show", first, tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "succeeded" in shown.stdout

    unknown = cli("pipeline", "run", f"nothing-{RUN}", tmp_path=tmp_path)
    assert unknown.returncode == 2
    assert "no pipeline is named" in unknown.stderr


@needs_server
def test_cancel_stops_a_running_execution(tmp_path):
    name = f"cli-cancel-{RUN}"
    file = tmp_path / "pipeline.yml"
    file.write_text(f"""name: {name}
stages:
  - name: long
    steps:
      - {{name: wait, command: "echo waiting; sleep 120"}}
finally:
  name: cleanup
  steps:
    - {{name: tidy, command: "echo tidied", when: {{outcome: always}}}}
""")
    assert cli("pipeline", "create", "--file", str(file), tmp_path=tmp_path).returncode == 0
    started = cli("pipeline", "run", name, tmp_path=tmp_path)
    assert started.returncode == 0, started.stderr
    execution = started.stdout.strip()
    deadline = time.monotonic() + 30
    while "waiting" not in cli("pipeline", "logs", execution, tmp_path=tmp_path).stdout:
        assert time.monotonic() < deadline, "the step never started"
        time.sleep(0.2)
    follower = subprocess.Popen(
        [str(CLI), "pipeline", "logs", execution, "--follow"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=clean_env({"SECUREFLOW_SERVER": SERVER, "SECUREFLOW_TOKEN": TOKEN,
                       "SECUREFLOW_CONFIG": str(tmp_path / "config.toml")}),
    )
    cancelled = cli("pipeline", "cancel", execution, "--reason", "not needed", tmp_path=tmp_path)
    assert cancelled.returncode == 0, cancelled.stderr
    out, err = follower.communicate(timeout=60)
    assert follower.returncode == 1, err
    assert "[cleanup/tidy]  tidied" in out, out
    shown = cli("pipeline", "show", execution, "-o", "json", tmp_path=tmp_path)
    state = json.loads(shown.stdout)
    assert state["status"] == "EXECUTION_STATUS_CANCELLED"
    assert "not needed" in state["failureReason"]


@needs_server
def test_artifacts_are_listed_and_downloaded(tmp_path):
    name = f"cli-artifacts-{RUN}"
    file = tmp_path / "pipeline.yml"
    file.write_text(
        f"""name: {name}
stages:
  - name: build
    steps:
      - name: package
        command: "mkdir -p dist && seq 1 50000 > dist/numbers.txt"
        artifacts: [dist]
"""
    )
    assert cli("pipeline", "create", "--file", str(file), tmp_path=tmp_path).returncode == 0
    ran = cli("pipeline", "run", name, "--follow", tmp_path=tmp_path)
    assert ran.returncode == 0, ran.stderr
    listed = cli("pipeline", "list", "--executions", name, "-o", "json", tmp_path=tmp_path)
    execution = json.loads(listed.stdout)[0]["id"]

    shown = cli("pipeline", "show", execution, tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "dist/numbers.txt" in shown.stdout and "build/package" in shown.stdout, shown.stdout

    target = tmp_path / "numbers.txt"
    downloaded = cli("pipeline", "download", execution, "dist/numbers.txt", "--to", str(target), tmp_path=tmp_path)
    assert downloaded.returncode == 0, downloaded.stderr
    assert target.read_text() == "".join(f"{n}\n" for n in range(1, 50001))

    piped = cli("pipeline", "download", execution, "dist/numbers.txt", "--to", "-", tmp_path=tmp_path)
    assert piped.stdout.splitlines()[-1] == "50000"

    missing = cli("pipeline", "download", execution, "dist/other.txt", tmp_path=tmp_path)
    assert missing.returncode == 2
    assert "artifact" in missing.stderr and "dist/other.txt" in missing.stderr, missing.stderr
