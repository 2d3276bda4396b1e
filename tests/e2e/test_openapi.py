"""The OpenAPI document served by the real binary is a valid OpenAPI 3.1 document
(checked by openapi-spec-validator) and covers the REST routes."""

import json
import os
import urllib.request

from openapi_spec_validator import validate

BASE = "http://" + os.environ.get("SECUREFLOW_SERVER", "127.0.0.1:8080").removeprefix("http://")


def test_openapi_document_is_valid_and_names_the_security_routes():
    with urllib.request.urlopen(BASE + "/openapi.json", timeout=30) as response:
        assert response.headers.get("content-type").startswith("application/json")
        document = json.load(response)
    validate(document)
    assert document["openapi"] == "3.1.0"
    assert "post" in document["paths"]["/api/v1/security/scans"]
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
