"""schemathesis (PyPI) generates requests for every operation of /openapi.json and
checks the answers: no 5xx, and every response matches its documented schema.

Only the services not built yet may answer 501 UNIMPLEMENTED (as the contract
says they must until then): NOT_BUILT lists them, NOT_BUILT_RPCS the few RPCs of
built services still missing, and both shrink as work lands, so a built RPC that
fell back to UNIMPLEMENTED fails here. Every operation is tried
with the admin token and with a Developer-like API token (refusals are answers
too: 403 with the JSON error body, never a 5xx).

Needs a server without rate limiting (scripts/e2e.sh starts one and sets
SECUREFLOW_FUZZ_SERVER); skipped without it, except under CI.
"""

import json
import os
import urllib.request

import pytest

from cli_support import IN_CI
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

SERVER = os.environ.get("SECUREFLOW_FUZZ_SERVER", "")
TOKEN = os.environ.get("SECUREFLOW_TOKEN", "")

if not SERVER and not IN_CI:
    pytest.skip("needs SECUREFLOW_FUZZ_SERVER (scripts/e2e.sh sets it)", allow_module_level=True)

# The live event stream never ends by itself (a generated request would wait
# for ever); services/secureflowd/tests/rest.rs reads it as Server-Sent Events.
schema = schemathesis.openapi.from_url(f"http://{SERVER}/openapi.json").exclude(
    path="/api/v1/analytics/events"
)


# Services whose RPCs answer UNIMPLEMENTED until their issue builds them.
NOT_BUILT = {
    "TestingService",
    "WorkflowService",
    "AnalyticsService",
    "HrService",
}

# RPCs of built services that are not built yet, each with why.
NOT_BUILT_RPCS = {
    # Deleting a tenant must purge what every service holds of it (an
    # `identity.organizations` deletion consumed by each); not built yet.
    "DELETE /api/v1/organizations/{id}",
}

# What a Developer reads and writes (a token cannot carry more than its owner holds).
LIMITED_PERMISSIONS = [
    "organizations.read", "users.read", "teams.read", "roles.read",
    "repositories.read", "pipelines.read", "security.read", "security.write",
]


@pytest.fixture(scope="module")
def limited_token():
    """An API token of the admin carrying only a Developer's permissions."""
    request = urllib.request.Request(
        f"http://{SERVER}/api/v1/tokens",
        data=json.dumps({"name": "schemathesis-limited", "permissions": LIMITED_PERMISSIONS}).encode(),
        method="POST",
        headers={"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["secret"]


def check(case, token):
    response = case.call(headers={"Authorization": f"Bearer {token}"})
    service = case.operation.definition.raw.get("tags", [""])[0]
    if response.status_code == 501:
        assert service in NOT_BUILT or case.operation.label in NOT_BUILT_RPCS, (
            f"{case.operation.label} answered 501 but {service} is built: {response.text}"
        )
        assert response.json()["status"] == "UNIMPLEMENTED", response.text
        return
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_responses_match_the_schema(case):
    check(case, TOKEN)


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_a_limited_caller_gets_answers_not_errors(case, limited_token):
    check(case, limited_token)
