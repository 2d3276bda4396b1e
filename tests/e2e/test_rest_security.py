"""REST/JSON against the real secureflowd binary with Python's own HTTP client:
a scanner report uploaded as the request body, then listed and watched.

Run against a running secureflowd: SECUREFLOW_SERVER=127.0.0.1:8080 SECUREFLOW_TOKEN=... pytest tests/e2e
"""

import json
import os
import urllib.error
import urllib.request

import pytest

from cli_support import IN_CI, RUN

BASE = "http://" + os.environ.get("SECUREFLOW_SERVER", "127.0.0.1:8080").removeprefix("http://")
TOKEN = os.environ.get("SECUREFLOW_TOKEN", "")


def call(method, path, body=None, content_type="application/json"):
    request = urllib.request.Request(BASE + path, data=body, method=method)
    request.add_header("authorization", f"Bearer {TOKEN}")
    if body is not None:
        request.add_header("content-type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("content-type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type"), error.read()


def sarif(count):
    results = [
        {
            "ruleId": f"py-rule-{i}",
            "level": "warning",
            "message": {"text": f"finding {i}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "app/main.py"}, "region": {"startLine": i + 1}}}],
        }
        for i in range(count)
    ]
    return json.dumps({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "pytest-scanner"}}, "results": results}]}).encode()


@pytest.mark.skipif(not TOKEN and not IN_CI, reason="needs SECUREFLOW_TOKEN (scripts/e2e.sh sets it)")
def test_a_report_uploaded_over_rest_is_listed_and_watchable():
    report = sarif(4)
    status, kind, body = call(
        "POST",
        f"/api/v1/security/scans?scope.repository_id=e2e-rest-{RUN}&scope.branch=main",
        report,
        "application/sarif+json",
    )
    assert status == 200, body
    assert kind.startswith("application/json")
    scan = json.loads(body)["scan"]
    assert scan["format"] == "sarif"
    assert scan["summary"]["new"] == "4"

    status, _, body = call("GET", f"/api/v1/security/vulnerabilities?repository_id=e2e-rest-{RUN}&tools=pytest-scanner")
    assert status == 200, body
    listed = json.loads(body)
    assert listed["totalSize"] == "4"
    assert {v["severity"] for v in listed["vulnerabilities"]} == {"SEVERITY_MEDIUM"}

    status, kind, body = call("GET", f"/api/v1/security/scans/{scan['id']}/watch")
    assert status == 200 and kind.startswith("text/event-stream")
    event = json.loads(body.decode().split("data: ", 1)[1].splitlines()[0])
    assert event["progress"]["phase"] == "SCAN_PHASE_COMPLETED"

    # Kept as uploaded: the file itself, byte for byte.
    assert scan["reportKept"] is True
    status, kind, body = call("GET", f"/api/v1/security/scans/{scan['id']}/report")
    assert status == 200, body
    assert kind.startswith("application/json")
    assert body == report


@pytest.mark.skipif(not TOKEN and not IN_CI, reason="needs SECUREFLOW_TOKEN (scripts/e2e.sh sets it)")
def test_a_broken_report_is_refused_with_a_json_error_and_nothing_stored():
    status, _, body = call(
        "POST",
        f"/api/v1/security/scans?scope.repository_id=e2e-broken-{RUN}&scope.branch=main",
        sarif(2)[:-30],
    )
    assert status == 400
    error = json.loads(body)
    assert error["status"] == "INVALID_ARGUMENT"
    assert "sarif" in error["message"] or "auto" in error["message"]
    status, _, body = call("GET", f"/api/v1/security/vulnerabilities?repository_id=e2e-broken-{RUN}")
    assert json.loads(body)["totalSize"] == "0"
