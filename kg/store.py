"""The one way into the graph: the official neo4j driver over Bolt, embedded or remote.

`open_store(settings)` starts (or reuses) the embedded server when `KG_GRAPH_URL=embedded`,
connects, checks the connection and wraps the driver's failures into `GraphUnavailable`
with one line that names the URL (never the password) and says what to do.

Every transaction (`Store.read`, `Store.write`, and the API's queries through `Store.retried`) is
tried again, with tenacity, while the driver calls its failure retryable. Under a time limit (an API
request) a lost connection (ServiceUnavailable, SessionExpired) is retried for
`CONNECTION_RETRY_SECONDS` at most, so a graph that is down is reported at once instead of after the
driver's own 30 s loop, and a transient error (a lock, a deadlock) within the limit; without one (a
load, a command) for `TRANSIENT_RETRY_SECONDS`, as the driver did. Each retry is logged.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    wait_random_exponential,
)

from kg import embedded
from kg.errors import GraphError, GraphUnavailable, KGError
from kg.settings import Settings, get_settings

T = TypeVar("T")

ARCADEDB = "arcadedb"
NEO4J = "neo4j"
log = logging.getLogger("kg.store")
# A lost connection is retried this long at most: a restarting server or a cluster changing leader is
# back within it, while a server that is down is reported at once (the driver's own retry loop would
# try for 30 s, past every API endpoint's time limit).
CONNECTION_RETRY_SECONDS = 1.0
# A transient failure (a lock, a deadlock) without a time limit of its own: the driver's default.
TRANSIENT_RETRY_SECONDS = 30.0


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
        """Run `work` in a read transaction, tried again as `retried` says."""
        return self._run(work, read=True, timeout=timeout)

    def write(self, work: Callable[[ManagedTransaction], T], *, timeout: float | None = None) -> T:
        """Run `work` in a write transaction, tried again as `retried` says."""
        return self._run(work, read=False, timeout=timeout)

    def _run(self, work, *, read: bool, timeout: float | None):
        # An explicit transaction, not execute_read/execute_write: their retry loop is the driver's 30 s one.
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        start = time.monotonic()

        def attempt():
            left = max(timeout - (time.monotonic() - start), 0.1) if timeout else None  # each try: the time left
            with (self.driver.session(database=self.database, default_access_mode=mode) as session,
                  session.begin_transaction(timeout=left) as tx):
                result = work(tx)
                tx.commit()
                return result

        return self.retried(attempt, timeout=timeout)

    def retried(self, attempt: Callable[[], T], *, timeout: float | None = None,
                before_retry: Callable[[], None] | None = None) -> T:
        """`attempt()`, tried again while the driver calls its failure retryable, for `retry_budget`.
        `before_retry` runs after each failed try (to drop a broken session); failures come out as
        `graph_errors` words them."""
        with graph_errors(self.url):
            started = time.monotonic()  # the budget counts the first try too
            try:
                return attempt()  # the common case pays nothing for the retry machinery (~20 µs a call)
            except (neo4j_errors.DriverError, neo4j_errors.Neo4jError) as exc:
                if not retryable(exc):
                    raise
                first = exc
            again = partial(_again, redact(self.url), before_retry)
            again(first, 1)
            return Retrying(retry=retry_if_exception(retryable), stop=partial(_out_of_budget, timeout, started),
                            wait=wait_random_exponential(multiplier=0.1, max=1.0), reraise=True,
                            before_sleep=lambda state: again(state.outcome.exception(), state.attempt_number + 1),
                            )(attempt)

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


def retryable(exc: BaseException) -> bool:
    """What the driver says may succeed when tried again."""
    return isinstance(exc, (neo4j_errors.DriverError, neo4j_errors.Neo4jError)) and exc.is_retryable()


def retry_budget(exc: BaseException | None, timeout: float | None) -> float:
    """Seconds a failed transaction may be retried for. Under a time limit (an API request), a lost
    connection briefly and a transient error within the limit; without one, as long as the driver would."""
    if timeout is None:  # a load or a command: as patient as the driver's own loop
        return TRANSIENT_RETRY_SECONDS
    if isinstance(exc, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired)):
        return min(CONNECTION_RETRY_SECONDS, timeout)
    return timeout


def _out_of_budget(timeout: float | None, started: float, state: RetryCallState) -> bool:
    exc = state.outcome.exception() if state.outcome else None
    return time.monotonic() - started + (state.upcoming_sleep or 0.0) >= retry_budget(exc, timeout)


def _again(url: str, before_retry: Callable[[], None] | None, exc: BaseException | None, retry: int) -> None:
    """After a failed try: drop what it broke, and log that it is tried again."""
    if before_retry:
        before_retry()
    log.warning("graph at %s: %s; trying again (retry %d)", url, type(exc).__name__, retry)


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
    except neo4j_errors.IncompleteCommit:
        # Not retried (the driver says so): the commit may have landed. Every load MERGEs, so running it again is safe.
        raise GraphError(
            f"lost the graph at {redact(url)} while committing: the write may or may not have been saved; "
            "running the same load again is safe (what is there already is not duplicated)"
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


class Rows(list):
    """A statement's list parameter, packed like any list but shown in logs by its length. neo4j 6.4
    formats every RUN message for its debug log whether debug logging is on or not (`Bolt5x*.run`:
    `" ".join(map(repr, fields))`); for a loader batch that repr cost as much CPU as packing the
    rows (5.4 against 6.3 ms for 4,000 byline rows), on the writer's critical path. It also keeps
    row data out of a debug log."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _quiet(params: dict[str, Any]) -> dict[str, Any]:
    return {name: Rows(value) if type(value) is list else value for name, value in params.items()}


def run_rows(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run one statement in a transaction function and return its rows as plain dicts."""
    return [record.data() for record in tx.run(text, _quiet(params))]


def run_counted(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> dict[str, int]:
    """Run one write statement in a transaction function and return what it changed."""
    return _changes(tx.run(text, _quiet(params)).consume().counters)


def run_returning(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> tuple[list[Any], dict[str, int]]:
    """Run one write statement and return its single row's values and what it changed."""
    result = tx.run(text, _quiet(params))
    row = result.single(strict=True)
    return list(row.values()), _changes(result.consume().counters)


def run_merged(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> dict[str, int]:
    """Run a statement that MERGEs one relationship per row and RETURNs how many it merged; its changes
    plus `relationships_updated`, the merged relationships that were already there."""
    result = tx.run(text, _quiet(params))
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
