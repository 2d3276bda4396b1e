"""deploy/envoy/envoy.yaml against Envoy's own API definitions (the xds-protos
package: Envoy's protos compiled by the gRPC project). Envoy is not installable
from the registries this project builds from, so its configuration is checked
the way Envoy reads it: every message and typed extension parsed strictly (an
unknown or misspelt field fails), then the parts that must agree with our
contracts: the transcoded services and the descriptor set Envoy is given."""

import pathlib

import yaml
from google.protobuf import descriptor_pb2, json_format

# The typed extensions the configuration names; importing them registers their
# messages so `@type` URLs resolve while parsing.
from envoy.config.bootstrap.v3 import bootstrap_pb2
from envoy.extensions.access_loggers.stream.v3 import stream_pb2  # noqa: F401
from envoy.extensions.filters.http.cors.v3 import cors_pb2  # noqa: F401
from envoy.extensions.filters.http.grpc_json_transcoder.v3 import transcoder_pb2  # noqa: F401
from envoy.extensions.filters.http.grpc_web.v3 import grpc_web_pb2  # noqa: F401
from envoy.extensions.filters.http.local_ratelimit.v3 import local_rate_limit_pb2  # noqa: F401
from envoy.extensions.filters.http.router.v3 import router_pb2  # noqa: F401
from envoy.extensions.filters.network.http_connection_manager.v3 import (
    http_connection_manager_pb2,
)
from envoy.extensions.upstreams.http.v3 import http_protocol_options_pb2  # noqa: F401

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "envoy" / "envoy.yaml"
DESCRIPTOR_SET = ROOT / "proto" / "src" / "gen" / "secureflow_descriptor.bin"


def bootstrap():
    message = bootstrap_pb2.Bootstrap()
    json_format.ParseDict(yaml.safe_load(CONFIG.read_text()), message)
    return message


def connection_manager(config):
    (listener,) = config.static_resources.listeners
    (chain,) = listener.filter_chains
    (network_filter,) = chain.filters
    manager = http_connection_manager_pb2.HttpConnectionManager()
    assert network_filter.typed_config.Unpack(manager)
    return manager


def http_filter(manager, name, message_type):
    (entry,) = [f for f in manager.http_filters if f.name == name]
    message = message_type()
    assert entry.typed_config.Unpack(message), name
    return message


def descriptor_set():
    files = descriptor_pb2.FileDescriptorSet()
    files.ParseFromString(DESCRIPTOR_SET.read_bytes())
    return files


def test_the_configuration_parses_strictly_as_an_envoy_bootstrap():
    config = bootstrap()
    manager = connection_manager(config)
    names = [f.name for f in manager.http_filters]
    assert names == [
        "envoy.filters.http.cors",
        "envoy.filters.http.local_ratelimit",
        "envoy.filters.http.grpc_web",
        "envoy.filters.http.grpc_json_transcoder",
        "envoy.filters.http.router",
    ], "the router comes last, translation after CORS and limits"
    (cluster,) = config.static_resources.clusters
    assert cluster.name == "secureflowd"
    assert all(route.route.cluster == "secureflowd" for host in manager.route_config.virtual_hosts for route in host.routes)


def test_a_misspelt_field_would_be_caught():
    document = yaml.safe_load(CONFIG.read_text())
    document["static_resources"]["clusters"][0]["conect_timeout"] = "5s"
    try:
        json_format.ParseDict(document, bootstrap_pb2.Bootstrap())
    except json_format.ParseError as error:
        assert "conect_timeout" in str(error)
    else:
        raise AssertionError("an unknown field was accepted")


def test_the_transcoder_serves_every_domain_service_of_the_descriptor_set():
    manager = connection_manager(bootstrap())
    transcoder = http_filter(
        manager, "envoy.filters.http.grpc_json_transcoder", transcoder_pb2.GrpcJsonTranscoder
    )
    assert transcoder.proto_descriptor.endswith("secureflow_descriptor.bin")
    files = descriptor_set()
    services = {
        f"{file.package}.{service.name}"
        for file in files.file
        if file.package.startswith("secureflow.")
        for service in file.service
    }
    assert set(transcoder.services) == services
    assert transcoder.print_options.always_print_primitive_fields
    assert transcoder.print_options.stream_sse_style_delimited
    assert transcoder.convert_grpc_status


def test_the_descriptor_set_is_complete_for_envoy():
    """Envoy builds its pool from this one file: every import must be inside it,
    including the google.api.http annotations the routes come from."""
    files = descriptor_set()
    names = {file.name for file in files.file}
    assert "google/api/annotations.proto" in names
    assert "google/api/http.proto" in names
    for file in files.file:
        missing = [dependency for dependency in file.dependency if dependency not in names]
        assert not missing, f"{file.name} imports {missing}, absent from the descriptor set"


def test_rate_limits_are_per_credential_and_per_address():
    manager = connection_manager(bootstrap())
    limit = http_filter(
        manager, "envoy.filters.http.local_ratelimit", local_rate_limit_pb2.LocalRateLimit
    )
    keys = {descriptor.entries[0].key: descriptor.token_bucket for descriptor in limit.descriptors}
    assert set(keys) == {"credential", "remote_address"}
    for bucket in keys.values():
        assert (bucket.max_tokens, bucket.fill_interval.seconds) == (100, 60)
    assert all(not descriptor.entries[0].value for descriptor in limit.descriptors), "wildcards: one bucket per value"
    assert limit.max_dynamic_descriptors.value > 0
