"""The one way into the graph: the official neo4j driver over Bolt, embedded or remote.

`open_store(settings)` starts (or reuses) the embedded server when `KG_GRAPH_URL=embedded`,
connects, checks the connection and wraps the driver's failures into `GraphUnavailable`
with one line that names the URL (never the password) and says what to do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

from kg import embedded
from kg.errors import GraphError, GraphUnavailable, KGError
from kg.settings import Settings, get_settings

T = TypeVar("T")

ARCADEDB = "arcadedb"
NEO4J = "neo4j"


@dataclass
class Store:
    """A connected driver plus the database to use and the kind of server behind it."""

    driver: neo4j.Driver
    url: str
    database: str | None
    backend: str
    agent: str
    settings: Settings
    server: embedded.ServerState | None = None

    def read(self, work: Callable[[ManagedTransaction], T], *, timeout: float | None = None) -> T:
        """Run `work` in a read transaction (retried by the driver when it says retryable)."""
        return self._run(work, read=True, timeout=timeout)

    def write(self, work: Callable[[ManagedTransaction], T], *, timeout: float | None = None) -> T:
        return self._run(work, read=False, timeout=timeout)

    def _run(self, work, *, read: bool, timeout: float | None):
        unit = neo4j.unit_of_work(timeout=timeout)(work) if timeout else work
        with graph_errors(self.url):
            with self.driver.session(database=self.database) as session:
                return session.execute_read(unit) if read else session.execute_write(unit)

    @contextlib.contextmanager
    def session(self) -> Iterator[neo4j.Session]:
        with graph_errors(self.url):
            with self.driver.session(database=self.database) as session:
                yield session

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(settings: Settings | None = None) -> Store:
    """Connect to the configured graph, starting the embedded server on demand."""
    settings = settings or get_settings()
    server = None
    if settings.is_embedded:
        server = embedded.ensure_running(
            settings.data_dir, bolt_port=settings.bolt_port, http_port=settings.http_port
        )
        url, auth = server.url, (embedded.USER, embedded.password(settings.data_dir))
    else:
        url = settings.graph_url
        secret = settings.graph_password.get_secret_value() if settings.graph_password else ""
        auth = (settings.graph_user, secret)
    return connect(url, auth, database=settings.database, settings=settings, server=server)


def connect(
    url: str,
    auth: tuple[str, str],
    *,
    database: str | None,
    settings: Settings | None = None,
    server: embedded.ServerState | None = None,
) -> Store:
    try:
        driver = GraphDatabase.driver(url, auth=auth, connection_timeout=10, max_connection_pool_size=64)
    except (ValueError, neo4j_errors.ConfigurationError):
        # The driver's message repeats the URL, password included: never pass it on.
        raise GraphUnavailable(
            f"bad graph URL {redact(url)}: use bolt://HOST:PORT or neo4j://HOST:PORT, "
            "with the user and password in KG_GRAPH_USER and KG_GRAPH_PASSWORD"
        ) from None
    with graph_errors(url):
        driver.verify_connectivity()
        info = driver.get_server_info()
    agent = info.agent or ""
    return Store(
        driver=driver,
        url=url,
        database=database,
        backend=ARCADEDB if "arcadedb" in agent.lower() else NEO4J,
        agent=agent,
        settings=settings or get_settings(),
        server=server,
    )


@contextlib.contextmanager
def graph_errors(url: str) -> Iterator[None]:
    """Turn the driver's connection and auth failures into one clear line each."""
    try:
        yield
    except KGError:
        raise
    except neo4j_errors.AuthError:
        raise GraphUnavailable(
            f"the graph at {redact(url)} refused the credentials; check KG_GRAPH_USER and KG_GRAPH_PASSWORD"
        ) from None
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError) as exc:
        raise GraphUnavailable(
            f"cannot reach the graph at {redact(url)} ({type(exc).__name__}); "
            "start it (`kg db start`, `docker compose up -d neo4j`) or fix KG_GRAPH_URL"
        ) from None
    except neo4j_errors.DatabaseUnavailable:
        raise GraphUnavailable(f"the database at {redact(url)} is unavailable; check KG_GRAPH_DATABASE") from None
    except neo4j_errors.Neo4jError as exc:
        # The server's message embeds the statement text; say only what failed and how.
        raise GraphError(f"the graph at {redact(url)} rejected a statement ({exc.code or type(exc).__name__})") from exc


def redact(url: str) -> str:
    """The URL without any user:password part."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        parts = parts._replace(netloc=host)
    return urlunsplit(parts)


def run_rows(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run one statement in a transaction function and return its rows as plain dicts."""
    return [record.data() for record in tx.run(text, params)]


def run_counted(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> dict[str, int]:
    """Run one write statement in a transaction function and return what it changed."""
    return _changes(tx.run(text, params).consume().counters)


def run_returning(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> tuple[list[Any], dict[str, int]]:
    """Run one write statement and return its single row's values and what it changed."""
    result = tx.run(text, params)
    row = result.single(strict=True)
    return list(row.values()), _changes(result.consume().counters)


def run_merged(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> dict[str, int]:
    """Run a statement that MERGEs one relationship per row and RETURNs how many it merged; its changes
    plus `relationships_updated`, the merged relationships that were already there."""
    result = tx.run(text, params)
    merged = result.single(strict=True)[0]
    changes = _changes(result.consume().counters)
    changes["relationships_updated"] = merged - changes["relationships_created"]
    return changes


def _changes(counters) -> dict[str, int]:
    return {
        name: getattr(counters, name)
        for name in ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
                     "properties_set", "labels_added")
    }
