"""/openapi.json describes the errors the API sends, so a client generated from it can read them."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.app import create_app
from api.errors import PROBLEM_JSON, Problem
from kg.settings import Settings


def test_every_error_response_is_documented_as_the_problem_the_api_sends():
    # Nothing listens at the graph URL: a validation error is answered before any query.
    with TestClient(create_app(Settings(graph_url="bolt://127.0.0.1:9", graph_password="x"))) as http:
        spec = http.get("/openapi.json").json()
        errors = {(path, method, status): response for path, operations in spec["paths"].items()
                  for method, operation in operations.items()
                  for status, response in operation["responses"].items() if status[0] in "45"}
        # FastAPI's default was `application/json` with its own HTTPValidationError (`detail` a list).
        assert ("/people", "get", "422") in errors and ("/ingest/papers", "post", "401") in errors
        assert all(set(r["content"]) == {PROBLEM_JSON} for r in errors.values())
        assert {r["content"][PROBLEM_JSON]["schema"]["$ref"] for r in errors.values()} == {
            "#/components/schemas/Problem"}
        assert "HTTPValidationError" not in spec["components"]["schemas"]

        sent = http.get("/people", params={"limit": 0})
        assert sent.status_code == 422 and sent.headers["content-type"].startswith(PROBLEM_JSON)
        problem = Problem.model_validate(sent.json())
        assert problem.status == 422 and problem.errors[0].loc == ["query", "limit"]
