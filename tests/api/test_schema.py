"""Property-based fuzzing of every operation in the OpenAPI spec: no input gives a 500, and every
answer is one the schema documents (status, content type, body)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import Case  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from api.serve_helpers import TOKEN  # noqa: E402

EXAMPLES = 25
"""Examples per operation: enough to hit odd parameters, small enough for < 60 s in all."""


def test_no_server_errors(make_client: Callable[..., TestClient], tmp_path: Path) -> None:
    app = make_client(token=TOKEN).app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11
    headers = {"Authorization": f"Bearer {TOKEN}"}
    for operation in operations:

        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Case[Any]) -> None:
            response = case.call(headers=headers)
            case.validate_response(response, checks=[
                not_a_server_error, status_code_conformance, content_type_conformance,
                response_schema_conformance])

        check()
