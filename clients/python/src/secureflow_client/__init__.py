"""SecureFlow clients for Python.

`connect()` opens a gRPC channel to secureflowd that sends the API token with every
call; `Clients` holds a synchronous client per service. Messages and stubs are
generated from the contracts by `buf generate` into `secureflow_client.gen`:

    from secureflow_client import Clients, connect
    from secureflow_client.gen.secureflow.security.v1.security_service_pb import (
        ListVulnerabilitiesRequest,
    )

    with connect("127.0.0.1:8080", token="sft_...") as channel:
        security = Clients(channel).security
        page = security.list_vulnerabilities(ListVulnerabilitiesRequest(page_size=10))
        print(page.total_size)
"""

from __future__ import annotations

import grpc

from .gen.secureflow.analytics.v1.analytics_service_pb_grpc import AnalyticsServiceClientSync
from .gen.secureflow.hr.v1.hr_service_pb_grpc import HrServiceClientSync
from .gen.secureflow.identity.v1.identity_service_pb_grpc import IdentityServiceClientSync
from .gen.secureflow.notification.v1.notification_service_pb_grpc import NotificationServiceClientSync
from .gen.secureflow.pipeline.v1.pipeline_service_pb_grpc import PipelineServiceClientSync
from .gen.secureflow.repository.v1.repository_service_pb_grpc import RepositoryServiceClientSync
from .gen.secureflow.security.v1.security_service_pb_grpc import SecurityServiceClientSync
from .gen.secureflow.testing.v1.testing_service_pb_grpc import TestingServiceClientSync
from .gen.secureflow.workflow.v1.workflow_service_pb_grpc import WorkflowServiceClientSync

__all__ = ["Clients", "connect"]


class _BearerToken(grpc.AuthMetadataPlugin):
    def __init__(self, token: str) -> None:
        self._metadata = (("authorization", f"Bearer {token}"),)

    def __call__(self, context, callback) -> None:  # noqa: ANN001 (grpc's own types)
        callback(self._metadata, None)


class _BearerInterceptor(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Adds the token on a plain-text channel (grpc sends call credentials only over TLS)."""

    def __init__(self, token: str) -> None:
        self._header = ("authorization", f"Bearer {token}")

    def _with_token(self, details):  # noqa: ANN001, ANN202
        metadata = list(details.metadata or []) + [self._header]
        return details._replace(metadata=metadata)

    def intercept_unary_unary(self, continuation, details, request):  # noqa: ANN001, ANN201
        return continuation(self._with_token(details), request)

    def intercept_unary_stream(self, continuation, details, request):  # noqa: ANN001, ANN201
        return continuation(self._with_token(details), request)

    def intercept_stream_unary(self, continuation, details, requests):  # noqa: ANN001, ANN201
        return continuation(self._with_token(details), requests)

    def intercept_stream_stream(self, continuation, details, requests):  # noqa: ANN001, ANN201
        return continuation(self._with_token(details), requests)


def connect(
    server: str = "127.0.0.1:8080",
    token: str | None = None,
    *,
    secure: bool | None = None,
    root_certificates: bytes | None = None,
) -> grpc.Channel:
    """A channel to `server` (`host:port`, `http://…` or `https://…`) sending `token`.

    TLS is used for `https://` addresses or `secure=True`, trusting the system's roots
    and `root_certificates` (PEM).
    """
    target = server
    if target.startswith("https://"):
        target, secure = target.removeprefix("https://"), True if secure is None else secure
    target = target.removeprefix("http://").rstrip("/")
    options = [("grpc.max_receive_message_length", 1024 * 1024 * 1024)]
    if secure:
        credentials = grpc.ssl_channel_credentials(root_certificates=root_certificates)
        if token:
            credentials = grpc.composite_channel_credentials(
                credentials, grpc.metadata_call_credentials(_BearerToken(token))
            )
        return grpc.secure_channel(target, credentials, options=options)
    channel = grpc.insecure_channel(target, options=options)
    if token:
        channel = grpc.intercept_channel(channel, _BearerInterceptor(token))
    return channel


class Clients:
    """A synchronous client per service over one channel."""

    def __init__(self, channel: grpc.Channel) -> None:
        self.identity = IdentityServiceClientSync(channel)
        self.repository = RepositoryServiceClientSync(channel)
        self.pipeline = PipelineServiceClientSync(channel)
        self.security = SecurityServiceClientSync(channel)
        self.testing = TestingServiceClientSync(channel)
        self.workflow = WorkflowServiceClientSync(channel)
        self.analytics = AnalyticsServiceClientSync(channel)
        self.hr = HrServiceClientSync(channel)
        self.notification = NotificationServiceClientSync(channel)
