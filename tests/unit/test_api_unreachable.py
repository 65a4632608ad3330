"""The API when the graph goes away after it connected: every endpoint answers 503 promptly.

The app holds a driver for a Bolt port where nothing listens (a server stopped under a running
API). The client's timeout is a generous bound, not a timing assertion: before the fix /health answered
504 after its 5 s limit, /questions waited 30 s and /ingest 58 s, the driver retrying the refused connection.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from neo4j import GraphDatabase

from api.app import create_app
from kg.settings import Settings
from kg.store import Store
from tests.api_server import free_port, serving

API_KEY = "unreachable-test-key"
CLIENT_TIMEOUT = 25.0  # generous on a busy machine, yet below the old 30-58 s waits (and /health's old answer was 504)


@pytest.fixture(scope="module")
def api(tmp_path_factory) -> Iterator[str]:
    url = f"bolt://127.0.0.1:{free_port()}"  # closed again: connections are refused
    settings = Settings(graph_url=url, data_dir=tmp_path_factory.mktemp("unreachable"), api_key=API_KEY)
    driver = GraphDatabase.driver(url, auth=("neo4j", "x"), connection_timeout=2)
    store = Store(driver=driver, url=url, database=None, backend="neo4j", agent="", settings=settings)
    try:
        with serving(create_app(settings, store=store)) as api_url:
            yield api_url
    finally:
        driver.close()


@pytest.mark.parametrize(("method", "path", "kwargs"), [
    ("GET", "/health", {}),
    ("GET", "/people?q=mei", {}),
    ("POST", "/questions/returnees", {"json": {"country": "CN", "min_years": 3, "limit": 5}}),
    ("POST", "/ingest/papers", {"content": b'{"title": "x", "doi": "10.1/x"}\n',
                                "headers": {"X-API-Key": API_KEY}}),
])
def test_graph_down_is_503_problem(api, method, path, kwargs):
    with httpx.Client(base_url=api, timeout=CLIENT_TIMEOUT) as client:
        response = client.request(method, path, **kwargs)  # raises ReadTimeout past the bound
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"] == "the graph database cannot be reached; try again later"
