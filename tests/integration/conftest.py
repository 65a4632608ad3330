"""A real graph for integration tests: embedded ArcadeDB always; Neo4j 5 when one can be had.

One server per backend per test run; every test starts from an empty graph. Neo4j comes
from `KG_TEST_GRAPH_URL` (+ `KG_TEST_GRAPH_USER` / `KG_TEST_GRAPH_PASSWORD`) when set, else from
testcontainers when a Docker engine answers, else its half of the suite is skipped with that reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import embedded, queries, schema
from kg.settings import Settings
from kg.store import Store, connect

BACKENDS = ("embedded", "neo4j")


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _embedded_store(data_dir: Path) -> Iterator[Store]:
    settings = Settings(graph_url="embedded", data_dir=data_dir, bolt_port=0, http_port=0)
    state = embedded.ensure_running(data_dir, bolt_port=17688, http_port=12481)
    store = connect(
        state.url, (embedded.USER, embedded.password(data_dir)), database=embedded.DATABASE,
        settings=settings, server=state,
    )
    try:
        yield store
    finally:
        store.close()
        embedded.stop(data_dir)


def _neo4j_store(tmp: Path) -> Iterator[Store]:
    url = os.environ.get("KG_TEST_GRAPH_URL")
    if url:
        auth = (os.environ.get("KG_TEST_GRAPH_USER", "neo4j"), os.environ.get("KG_TEST_GRAPH_PASSWORD", ""))
        settings = Settings(graph_url=url, data_dir=tmp)
        store = connect(url, auth, database=os.environ.get("KG_TEST_GRAPH_DATABASE"), settings=settings)
        try:
            yield store
        finally:
            store.close()
        return
    if not _docker_answers():
        pytest.skip("Neo4j backend: KG_TEST_GRAPH_URL is not set and no Docker engine answers for testcontainers")
    from testcontainers.neo4j import Neo4jContainer

    with Neo4jContainer("neo4j:5-community") as container:
        url = container.get_connection_url()
        settings = Settings(graph_url=url, data_dir=tmp)
        store = connect(url, ("neo4j", container.password), database=None, settings=settings)
        try:
            yield store
        finally:
            store.close()


@pytest.fixture(scope="session", params=BACKENDS)
def graph_server(request, tmp_path_factory) -> Iterator[Store]:
    """A migrated graph server, one per backend for the whole run."""
    tmp = tmp_path_factory.mktemp(f"graph-{request.param}")
    factory = _embedded_store if request.param == "embedded" else _neo4j_store
    for store in factory(tmp):
        schema.migrate(store)
        yield store


@pytest.fixture()
def store(graph_server: Store) -> Store:
    """The graph, emptied for this test."""
    queries.run(graph_server, "clear_graph")
    return graph_server


def pytest_collection_modifyitems(items):
    for item in items:
        if "integration" in str(item.fspath):
            item.add_marker(pytest.mark.graph)
