"""`GET /health`: is the graph reachable, which backend, how big."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphSession
from api.models import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses={503: {"description": "the graph is unreachable"}})
async def health(graph: GraphSession) -> Health:
    """200 with node counts when the graph answers; 503 (problem+json) when it does not."""
    counts = (await graph.ask("graph_summary", {}, timeout=5.0))[0]
    return Health(status="ok", backend=graph.backend, counts=counts)
