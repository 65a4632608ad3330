"""`GET /paths`: the shortest co-author chain between two people."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphSession
from api.models import CollaborationPath, PersonRef
from kg.errors import NotFound

router = APIRouter(tags=["people"])


@router.get("/paths", response_model=CollaborationPath, responses={404: {"description": "no such person"}})
async def read_path(
    graph: GraphSession,
    from_id: Annotated[str, Query(alias="from", min_length=1, max_length=300, description="a person id")],
    to_id: Annotated[str, Query(alias="to", min_length=1, max_length=300, description="a person id")],
) -> CollaborationPath:
    """The shortest co-author chain (up to 8 hops); `connected` is false when there is none."""
    rows = await graph.run("collaboration_path", from_id=from_id, to_id=to_id)
    if not rows:
        for pid in (from_id, to_id):
            if not await graph.run("person_get", person_id=pid):
                raise NotFound("person", pid)
        return CollaborationPath(connected=False)
    row = rows[0]
    people = [PersonRef(id=i, name=n) for i, n in zip(row["ids"], row["names"])]
    return CollaborationPath(connected=True, hops=row["hops"], people=people,
                             papers=[p or 0 for p in row["papers"] or []])
