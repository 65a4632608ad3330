"""A real API over a real embedded graph holding the example corpus (examples/openalex_works.jsonl).

One embedded ArcadeDB and one uvicorn server (in a thread, on a free loopback port) per run;
tests talk HTTP to it with httpx.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from api.app import create_app
from kg import embedded, schema
from kg.rejects import RejectLog
from kg.settings import Settings
from kg.store import connect

REPO = Path(__file__).resolve().parents[2]
API_KEY = "e2e-test-key"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.graph)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
    port = _free_port()
    config = uvicorn.Config(create_app(api_settings), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="session")
def client(api_url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_url, timeout=60) as http:
        yield http
