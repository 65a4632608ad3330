"""The FastAPI app: `create_app()` wires routers, error handling and the graph's lifetime.

    uvicorn --factory api.app:create_app      # or: kg serve
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api import errors
from api.deps import StoreHolder
from api.routers import flows, health, ingest, orgs, paths, people, questions
from kg.settings import Settings, get_settings
from kg.store import Store

DESCRIPTION = """A knowledge graph of AI-research talent: people, organisations, careers, co-authors,
funders and moves between countries. Every list is paged with `limit` and the opaque `cursor`
from the previous page's `next_cursor`. Errors are `application/problem+json`."""


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The app; pass `store` to share an open graph connection (it is then left open at shutdown)."""
    graph = StoreHolder(settings or (store.settings if store else get_settings()), store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Graph calls run in the threadpool; a few threads keep the driver's pool busy, while 40
        # (anyio's default) only fight over the GIL and stretch the latency tail.
        anyio.to_thread.current_default_thread_limiter().total_tokens = graph.settings.api_threads
        # Connecting may start the embedded server (seconds): keep the event loop free meanwhile.
        await run_in_threadpool(graph.start)
        if gc.get_freeze_count() == 0:
            # A full collection walks every object the imports made (~25 ms here, GIL held, every
            # request waiting): frozen after startup, the collector only looks at what requests make.
            gc.collect()
            gc.freeze()
        try:
            yield
        finally:
            graph.close()

    app = FastAPI(
        title="talent-kg",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.graph = graph
    errors.install(app)
    for module in (health, people, paths, orgs, flows, questions, ingest):
        app.include_router(module.router)
    return app
