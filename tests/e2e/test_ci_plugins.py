"""The CI plugins' own scripts, run as their CI systems would run them, with the
`secureflow` CLI against the real secureflowd: the GitHub Action's upload step (with
GitHub's variables and $GITHUB_OUTPUT) and the GitLab CI template's job script (with
GitLab's variables). Each must fail exactly when the gate fails.

The Jenkins step is Groovy for Jenkins' pipeline engine, which cannot run here; it calls
the same command and maps the same exit codes.
"""

import re
import subprocess

import yaml

from cli_support import ROOT, RUN, SERVER, TOKEN, clean_env, fail_on_high, fixture, needs_server


def report():
    return fixture("semgrep/many_vulns.json")


def test_the_action_declares_every_input_it_uses():
    action = yaml.safe_load((ROOT / "clients/ci/github/action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    used = set(re.findall(r"inputs\.([a-z-]+)", (ROOT / "clients/ci/github/action.yml").read_text()))
    assert used <= set(action["inputs"]), used - set(action["inputs"])


@needs_server
def test_the_github_action_fails_the_job_exactly_when_the_gate_fails(tmp_path):
    action = yaml.safe_load((ROOT / "clients/ci/github/action.yml").read_text())
    step = next(step for step in action["runs"]["steps"] if step.get("id") == "upload")
    outputs = tmp_path / "github_output"

    def run(repository):
        outputs.write_text("")
        inputs = {"server": SERVER, "token": TOKEN, "reports": str(report()), "format": "auto",
                  "repository": "", "partial": "false"}
        env = {
            name: re.sub(r"\$\{\{ inputs\.([a-z-]+) \}\}", lambda m: inputs[m.group(1)], value)
            for name, value in step["env"].items()
        }
        env.update({
            "GITHUB_ACTIONS": "true",
            "GITHUB_REPOSITORY": repository,
            "GITHUB_REF_NAME": "main",
            "GITHUB_REF": "refs/heads/main",
            "GITHUB_SHA": "5ec0f10e",
            "GITHUB_OUTPUT": str(outputs),
            "RUNNER_TEMP": str(tmp_path),
            "SECUREFLOW_CONFIG": str(tmp_path / "config.toml"),
        })
        # GitHub runs `shell: bash` steps as `bash --noprofile --norc -eo pipefail`.
        return subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            capture_output=True, text=True, env=clean_env(env), timeout=120,
        )

    passed = run(f"acme/e2e-action-pass-{RUN}")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "gate: no policy applies" in passed.stdout
    assert outputs.read_text() == "verdict=\n"

    fail_on_high(f"acme/e2e-action-fail-{RUN}")
    failed = run(f"acme/e2e-action-fail-{RUN}")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "gate: FAIL" in failed.stdout
    assert outputs.read_text() == "verdict=FAIL\n"


@needs_server
def test_the_gitlab_template_fails_the_job_exactly_when_the_gate_fails(tmp_path):
    template = yaml.safe_load((ROOT / "clients/ci/gitlab/secureflow.gitlab-ci.yml").read_text())
    job = template[".secureflow-upload"]

    def run(project):
        env = dict(job["variables"])
        env.update({
            "SECUREFLOW_REPORTS": str(report()),
            "SECUREFLOW_SERVER": SERVER,
            "SECUREFLOW_TOKEN": TOKEN,
            "SECUREFLOW_CONFIG": str(tmp_path / "config.toml"),
            "GITLAB_CI": "true",
            "CI_PROJECT_PATH": project,
            "CI_COMMIT_REF_NAME": "main",
            "CI_COMMIT_SHA": "9a11ab",
        })
        # GitLab runs the script lines in one shell that stops at the first failure.
        script = "set -e\n" + "\n".join(job["script"])
        return subprocess.run(["sh", "-c", script], capture_output=True, text=True,
                              env=clean_env(env), timeout=120)

    passed = run(f"group/e2e-gitlab-pass-{RUN}")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    fail_on_high(f"group/e2e-gitlab-fail-{RUN}")
    failed = run(f"group/e2e-gitlab-fail-{RUN}")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "gate: FAIL" in failed.stdout
