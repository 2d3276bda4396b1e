"""Acceptance checks with gRPC clients this project did not write (Python grpcio).

Run against a running secureflowd: SECUREFLOW_SERVER=127.0.0.1:8080 pytest tests/e2e
"""

import os

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

DOMAIN_SERVICES = [
    "secureflow.identity.v1.IdentityService",
    "secureflow.repository.v1.RepositoryService",
    "secureflow.pipeline.v1.PipelineService",
    "secureflow.security.v1.SecurityService",
    "secureflow.testing.v1.TestingService",
    "secureflow.workflow.v1.WorkflowService",
    "secureflow.analytics.v1.AnalyticsService",
    "secureflow.hr.v1.HrService",
    "secureflow.notification.v1.NotificationService",
]


@pytest.fixture(scope="module")
def channel():
    target = os.environ.get("SECUREFLOW_SERVER", "127.0.0.1:8080").removeprefix("http://")
    with grpc.insecure_channel(target) as channel:
        grpc.channel_ready_future(channel).result(timeout=30)
        yield channel


@pytest.mark.parametrize("service", DOMAIN_SERVICES)
def test_each_domain_service_reports_serving(channel, service):
    stub = health_pb2_grpc.HealthStub(channel)
    response = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5)
    assert response.status == health_pb2.HealthCheckResponse.SERVING


def test_unknown_service_is_not_found(channel):
    stub = health_pb2_grpc.HealthStub(channel)
    with pytest.raises(grpc.RpcError) as error:
        stub.Check(health_pb2.HealthCheckRequest(service="secureflow.nope.v1.NopeService"), timeout=5)
    assert error.value.code() == grpc.StatusCode.NOT_FOUND


def test_reflection_lists_every_domain_service(channel):
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    request = reflection_pb2.ServerReflectionRequest(list_services="")
    responses = list(stub.ServerReflectionInfo(iter([request]), timeout=5))
    listed = {service.name for service in responses[0].list_services_response.service}
    assert set(DOMAIN_SERVICES) <= listed


def test_reflection_serves_descriptors_with_http_rules(channel):
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    request = reflection_pb2.ServerReflectionRequest(
        file_containing_symbol="secureflow.security.v1.SecurityService"
    )
    responses = list(stub.ServerReflectionInfo(iter([request]), timeout=5))
    files = responses[0].file_descriptor_response.file_descriptor_proto
    assert files, "the service's file descriptor is served"


def raw_unary(channel, path):
    return channel.unary_unary(path, request_serializer=lambda _: b"", response_deserializer=lambda data: data)


def test_calls_without_credentials_are_refused(channel):
    list_vulnerabilities = raw_unary(channel, "/secureflow.security.v1.SecurityService/ListVulnerabilities")
    with pytest.raises(grpc.RpcError) as error:
        list_vulnerabilities(None, timeout=5)
    assert error.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_unbuilt_rpc_answers_unimplemented(channel):
    token = os.environ["SECUREFLOW_TOKEN"]
    list_suites = raw_unary(channel, "/secureflow.testing.v1.TestingService/ListTestSuites")
    with pytest.raises(grpc.RpcError) as error:
        list_suites(None, timeout=5, metadata=[("authorization", f"Bearer {token}")])
    assert error.value.code() == grpc.StatusCode.UNIMPLEMENTED
