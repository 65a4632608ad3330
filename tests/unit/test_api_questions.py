"""The question catalogue over HTTP: what a client can learn without a graph."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg.settings import Settings


@pytest.fixture(scope="module")
def http():
    # Nothing listens there: the catalogue and the checks before a query runs need no graph.
    with TestClient(create_app(Settings(graph_url="bolt://127.0.0.1:9", graph_password="x"))) as client:
        yield client


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_write_query_is_as_unknown_as_a_name_that_does_not_exist(http, method):
    # The 404 for clear_graph said "question not found", an unknown name's "query not found": a client
    # could tell which write queries the server holds.
    write = http.request(method, "/questions/clear_graph", json={})
    unknown = http.request(method, "/questions/no_such_question", json={})
    assert write.status_code == unknown.status_code == 404
    assert write.json()["detail"] == "question not found: clear_graph"
    assert unknown.json()["detail"] == "question not found: no_such_question"
