"""A real API over a real embedded graph holding the example corpus (examples/openalex_works.jsonl).

One embedded ArcadeDB and one uvicorn server (in a thread, on a free loopback port) per run;
tests talk HTTP to it with httpx.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from kg import embedded, schema
from kg.rejects import RejectLog
from kg.settings import Settings
from kg.store import connect
from tests.api_server import serving

REPO = Path(__file__).resolve().parents[2]
API_KEY = "e2e-test-key"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.graph)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, request) -> Iterator[Path]:
    """A data directory of its own per test module, for `kg` run as a child (tests/e2e/kg_process.py)."""
    path = tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1])
    yield path
    embedded.stop(path)


@pytest.fixture(scope="session")
def api_settings(tmp_path_factory) -> Iterator[Settings]:
    """An embedded graph with the example corpus loaded, and settings pointing at it."""
    from extractors.orglink import AffiliationLinker
    from extractors.papers import read_papers
    from kg.loader import load_papers

    data_dir = tmp_path_factory.mktemp("e2e-graph")
    settings = Settings(graph_url="embedded", data_dir=data_dir, bolt_port=0, http_port=0,
                        api_key=API_KEY, api_max_body=200_000)
    state = embedded.ensure_running(data_dir, bolt_port=0, http_port=0)
    store = connect(state.url, (embedded.USER, embedded.password(data_dir)), database=embedded.DATABASE,
                    settings=settings, server=state)
    try:
        schema.migrate(store)
        with RejectLog(data_dir / "rejects.jsonl") as log:
            load_papers(store, read_papers(REPO / "examples" / "openalex_works.jsonl"), rejects=log,
                        link_org=AffiliationLinker(), progress=False)
    finally:
        store.close()
    yield settings
    embedded.stop(data_dir)


@pytest.fixture(scope="session")
def api_url(api_settings) -> Iterator[str]:
    """A uvicorn server running the app on loopback."""
    with serving(create_app(api_settings)) as url:
        yield url


@pytest.fixture(scope="session")
def client(api_url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_url, timeout=60) as http:
        yield http
