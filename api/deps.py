"""Request dependencies: the graph (one session per request), paging, and the API key.

The Store (driver + pool) belongs to the app and is made in its lifespan; when the graph is
down at startup the app still starts, and `StoreHolder` tries again, at most every
`RETRY_SECONDS`, when a request needs it. Each request then borrows one driver session.
"""

from __future__ import annotations

import base64
import binascii
import logging
import secrets
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any

import anyio
import anyio.to_thread
import neo4j
from fastapi import Depends, Query, Request, Security
from fastapi.security import APIKeyHeader

from api.errors import AuthRejected, AuthRequired, IngestDisabled, QueryTimedOut
from kg import embedded, queries
from kg.errors import GraphUnavailable, NotFound, QueryParamError
from kg.settings import Settings
from kg.store import Store, connect, graph_errors, open_store, run_rows

log = logging.getLogger("api")
RETRY_SECONDS = 5.0
TIMEOUT_GRACE = 0.5  # seconds past the time limit before the API gives up waiting
MAX_LIMIT = 200


class StoreHolder:
    """The app's Store, or the reason there is none; reconnects lazily after a failed start."""

    def __init__(self, settings: Settings, store: Store | None = None):
        self.settings = settings
        self.store = store
        self.owned = store is None
        self._lock = threading.Lock()
        self._last_try = 0.0

    def start(self) -> None:
        """At startup: connect, starting the embedded server when that is the configuration."""
        if self.store is None:
            try:
                self.store = open_store(self.settings)
            except GraphUnavailable:
                self._last_try = time.monotonic()

    def get(self) -> Store:
        if self.store is not None:
            return self.store
        with self._lock:
            if self.store is None and time.monotonic() - self._last_try >= RETRY_SECONDS:
                self._last_try = time.monotonic()
                self.store = self._reconnect()
        if self.store is None:
            raise GraphUnavailable("the graph is not connected")
        return self.store

    def _reconnect(self) -> Store | None:
        # A request never starts the embedded server (that takes seconds); it only finds a running one.
        try:
            if self.settings.is_embedded:
                state = embedded.read_state(self.settings.data_dir.resolve())
                if state is None:
                    return None
                auth = (embedded.USER, embedded.password(self.settings.data_dir.resolve()))
                return connect(state.url, auth, database=self.settings.database, settings=self.settings,
                               server=state)
            return open_store(self.settings)
        except GraphUnavailable:
            return None

    def close(self) -> None:
        if self.store is not None and self.owned:
            self.store.close()
        self.store = None


class Graph:
    """One request's view of the graph: named read queries in one driver session.

    Endpoints are `async def` and await `run`, which does the blocking driver work in the
    threadpool: one thread hop per query, and FastAPI then validates and serialises the
    response model on the event loop (a sync endpoint costs a second hop for that).
    The session is opened on the first query and closed by `graph_session` after the response.
    """

    def __init__(self, holder: StoreHolder):
        self._holder = holder
        self._store: Store | None = None
        self._session: neo4j.Session | None = None
        self._lock = threading.Lock()
        self._busy = False  # a worker thread is using the session
        self._close_when_done = False

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = self._holder.get()
        return self._store

    @property
    def session(self) -> neo4j.Session:
        if self._session is None:
            with graph_errors(self.store.url):
                self._session = self.store.driver.session(database=self.store.database,
                                                          default_access_mode=neo4j.READ_ACCESS)
        return self._session

    def close(self) -> None:
        """At the end of the request; a query still running (timed out) closes the session when done."""
        with self._lock:
            if self._busy:
                self._close_when_done = True
                return
        self._close_session()

    def _close_session(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            try:
                session.close()
            except Exception:  # a broken connection: the request already has its answer (or its 503)
                log.debug("closing a graph session failed", exc_info=True)

    @property
    def backend(self) -> str:
        return self.store.backend

    async def run(self, name: str, /, **params: Any) -> list[dict]:
        """Rows of a named read query, parameters already typed."""
        return await self._in_thread(name, params)

    async def ask(self, name: str, params: dict[str, Any], *, timeout: float | None = None) -> list[dict]:
        """Rows of a named read query, parameters as a client sent them (strings converted), run in an
        explicit read transaction (`Store.read`)."""
        return await self._in_thread(name, params, coerce=True, timeout=timeout, managed=True)

    async def _in_thread(
        self, name: str, params: dict[str, Any], *, timeout: float | None = None, **kw: Any
    ) -> list[dict]:
        # The server is given the time limit too, but ArcadeDB does not enforce it: past the limit
        # (plus a grace for the server's own error) the request stops waiting and answers 504,
        # while the worker thread finishes the query and then closes the session itself.
        limit = timeout or self._holder.settings.query_timeout
        try:
            with anyio.fail_after(limit + TIMEOUT_GRACE):
                return await anyio.to_thread.run_sync(
                    partial(self.run_named, name, params, timeout=limit, **kw), abandon_on_cancel=True)
        except TimeoutError:
            raise QueryTimedOut(f"{name} ran longer than {limit:g} s") from None

    def run_named(
        self, name: str, params: dict[str, Any], *, coerce: bool = False, timeout: float | None = None,
        managed: bool = False,
    ) -> list[dict]:
        """Rows of a named query (blocking); only `mode: read` queries run, each in a read transaction."""
        query = queries.load(name)
        if not query.read_only:
            raise NotFound("question", name)  # write queries do not exist as far as a client can tell
        # Names, types, 64-bit and declared ranges: a bad value is a 422, never the server's error.
        bound = query.bind({k.lstrip("$"): v for k, v in params.items()}, coerce=coerce)

        limit = timeout or self.store.settings.query_timeout
        with self._lock:
            self._busy = True
        try:
            return self._rows(query, bound, limit, managed)
        finally:
            with self._lock:
                self._busy = False
                close = self._close_when_done
            if close:
                self._close_session()

    def _rows(self, query: queries.NamedQuery, bound: dict[str, Any], limit: float, managed: bool) -> list[dict]:
        """The rows, tried again as `Store.retried` says when the graph fails in a way worth retrying: a lost
        connection briefly, so a graph that is down answers 503 at once, not when the time limit runs out."""
        if managed:
            return self.store.read(lambda tx: run_rows(tx, query.text, bound), timeout=limit)
        start = time.monotonic()  # each try gets the time left as its server-side limit, as Store.read gives

        def attempt() -> list[dict]:
            return self._auto_commit(query, bound, max(limit - (time.monotonic() - start), 0.1))

        return self.store.retried(attempt, timeout=limit,
                                  before_retry=self._close_session)  # the next try starts on a fresh connection

    def _auto_commit(self, query: queries.NamedQuery, bound: dict[str, Any], limit: float) -> list[dict]:
        # The endpoints' own queries: an auto-commit transaction in a read-access session is one
        # round trip (RUN+PULL) where a managed one takes three (BEGIN, RUN+PULL, COMMIT); on the
        # benchmark that is 520 -> 790 requests/s for /career.
        result = self.session.run(neo4j.Query(query.text, timeout=limit), bound)
        # These queries return values, maps and lists, never nodes: a record is its keys zipped with
        # its values, without `Record.data()`'s recursive walk (a tenth of the API's CPU on /coauthors).
        keys = result.keys()
        return [dict(zip(keys, record)) for record in result]


def holder(request: Request) -> StoreHolder:
    return request.app.state.graph


# Dependencies that never block are `async def`: FastAPI runs them on the event loop instead of
# a threadpool hop each (measured: a third of the per-request CPU at 32 concurrent clients).
async def graph_session(request: Request) -> AsyncIterator[Graph]:
    graph = Graph(holder(request))
    try:
        yield graph
    finally:
        graph.close()  # after the transaction committed this only hands the connection back to the pool


GraphSession = Annotated[Graph, Depends(graph_session)]


@dataclass(frozen=True)
class Paging:
    """`limit` and an opaque `cursor` (base64 of the offset) for list endpoints."""

    limit: int
    offset: int

    def cursor_after(self, rows_seen: int) -> str | None:
        """The cursor of the next page, when the query returned more than a page."""
        return encode_cursor(self.offset + self.limit) if rows_seen > self.limit else None


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        offset = int(value)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise QueryParamError("cursor: not a cursor this API gave out") from None
    if kind != "o" or not 0 <= offset <= 1_000_000:
        raise QueryParamError("cursor: not a cursor this API gave out")
    return offset


async def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")] = 20,
    cursor: Annotated[str | None, Query(max_length=64, description="`next_cursor` of the previous page")] = None,
) -> Paging:
    return Paging(limit=limit, offset=decode_cursor(cursor) if cursor else 0)


PageParams = Annotated[Paging, Depends(paging)]

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the server's KG_API_KEY")


async def require_api_key(request: Request, key: Annotated[str | None, Security(_api_key_header)] = None) -> None:
    """401 without a key, 403 with a wrong one, 403 for everyone when the server has no key."""
    expected = holder(request).settings.api_key
    if expected is None or not expected.get_secret_value():
        raise IngestDisabled("ingestion through the API is disabled: the server has no KG_API_KEY")
    if not key:
        raise AuthRequired("send the API key in the X-API-Key header")
    if not secrets.compare_digest(key.encode(), expected.get_secret_value().encode()):
        raise AuthRejected("the API key is not valid")
