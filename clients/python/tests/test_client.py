"""The generated Python client against a running secureflowd (scripts/e2e.sh starts
one and sets SECUREFLOW_SERVER and SECUREFLOW_TOKEN): a report streamed in with its
progress followed to the end, then listed and watched."""

import json
import os
import uuid

import grpc
import pytest
from protobuf import Oneof

from secureflow_client import Clients, connect
from secureflow_client.gen.google.api.httpbody_pb import HttpBody
from secureflow_client.gen.secureflow.security.v1.scan_pb import ScanPhase, ScanScope
from secureflow_client.gen.secureflow.security.v1.security_service_pb import (
    CreateScanRequest,
    IngestReportHeader,
    IngestReportRequest,
    ListVulnerabilitiesRequest,
    WatchScanRequest,
)

SERVER = os.environ.get("SECUREFLOW_SERVER", "")
TOKEN = os.environ.get("SECUREFLOW_TOKEN", "")
# Repositories get a per-run suffix: reruns against one server stay independent.
RUN = uuid.uuid4().hex[:8]
pytestmark = pytest.mark.skipif(
    not SERVER and os.environ.get("CI", "").strip().lower() in ("", "0", "false"), reason="needs SECUREFLOW_SERVER (scripts/e2e.sh sets it)"
)


def sarif(rules):
    results = [
        {
            "ruleId": rule,
            "level": "warning",
            "message": {"text": f"{rule} found"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "app.py"}, "region": {"startLine": i + 1}}}],
        }
        for i, rule in enumerate(rules)
    ]
    return json.dumps({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "ruff"}}, "results": results}]}).encode()


def test_an_upload_streams_its_progress_and_the_findings_are_listed():
    report = sarif(["S101", "S301", "S602"])
    with connect(SERVER, TOKEN) as channel:
        security = Clients(channel).security

        def parts():
            header = IngestReportHeader(
                scope=ScanScope(repository_id=f"e2e-python-{RUN}", branch="main", commit_sha="beef"),
                file_name="ruff.sarif",
                size_bytes=len(report),
            )
            yield IngestReportRequest(part=Oneof("header", header))
            for offset in range(0, len(report), 100):
                yield IngestReportRequest(part=Oneof("chunk", report[offset : offset + 100]))

        updates = [response.progress for response in security.ingest_report(parts())]
        phases = [update.phase for update in updates]
        assert ScanPhase.RECEIVING in phases and ScanPhase.STORING in phases, phases
        assert updates[-1].phase == ScanPhase.COMPLETED
        assert updates[-1].summary.new == 3

        listed = security.list_vulnerabilities(ListVulnerabilitiesRequest(repository_id=f"e2e-python-{RUN}"))
        assert listed.total_size == 3
        assert sorted(v.rule_id for v in listed.vulnerabilities) == ["S101", "S301", "S602"]

        watched = list(security.watch_scan(WatchScanRequest(id=updates[-1].scan_id)))
        assert watched[-1].progress.phase == ScanPhase.COMPLETED


def test_a_report_sent_as_one_body_and_a_bad_token():
    with connect(SERVER, TOKEN) as channel:
        scan = Clients(channel).security.create_scan(
            CreateScanRequest(
                scope=ScanScope(repository_id=f"e2e-python-body-{RUN}", branch="main"),
                report=HttpBody(content_type="application/sarif+json", data=sarif(["B105"])),
            )
        ).scan
        assert scan.summary.new == 1
        assert scan.format == "sarif"
    with connect(SERVER, "sft_not_a_real_token_000000000") as channel:
        with pytest.raises(grpc.RpcError) as refused:
            Clients(channel).security.list_vulnerabilities(ListVulnerabilitiesRequest())
        assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
