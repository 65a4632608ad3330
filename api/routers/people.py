"""People: search, one record, career, co-author network.

Person ids contain ':' and may contain '/', so they are matched as paths; the longer routes
(`.../career`, `.../coauthors`) are declared before the bare one so they win.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import GraphSession, PageParams
from api.models import Career, Coauthor, ModelResponse, Page, Person, PersonSummary
from kg.errors import NotFound
from kg.search_text import folded_query

router = APIRouter(prefix="/people", tags=["people"])
PersonId = Annotated[str, Path(min_length=1, max_length=300, description="e.g. orcid:0000-0000-0000-1012")]
NOT_FOUND = {404: {"description": "no such person"}}


@router.get("", response_model=Page[PersonSummary])
async def search_people(
    graph: GraphSession,
    page: PageParams,
    q: Annotated[str, Query(max_length=200, description="words in the name or an alias; empty lists everyone")] = "",
) -> Page[PersonSummary]:
    """People whose name or an alias contains every word of `q`, best matches first; accents and
    scripts fold to ASCII on both sides ("ana sofia" finds "Ana Sofía", "wang" finds 王伟)."""
    rows = await graph.run("people_search", q=q, folded=folded_query(q), skip=page.offset, limit=page.limit + 1)
    return Page(items=[PersonSummary.from_row(r) for r in rows[: page.limit]], limit=page.limit,
                next_cursor=page.cursor_after(len(rows)))


@router.get("/{person_id:path}/career", response_model=Career, responses=NOT_FOUND)
async def read_career(person_id: PersonId, graph: GraphSession) -> ModelResponse:
    """A researcher's education and jobs, oldest first, each with its sources and evidence."""
    rows = await graph.run("person_career", person_id=person_id)
    if not rows:
        raise NotFound("person", person_id)
    return ModelResponse(Career.from_rows(rows))


@router.get("/{person_id:path}/coauthors", response_model=Page[Coauthor], responses=NOT_FOUND)
async def read_coauthors(
    person_id: PersonId,
    graph: GraphSession,
    page: PageParams,
    depth: Annotated[int, Query(ge=1, le=3, description="co-author hops")] = 1,
) -> ModelResponse:
    """Co-authors up to `depth` hops away, nearest and closest first."""
    found = await graph.run("person_coauthors", person_id=person_id, depth=depth, limit=page.offset + page.limit + 1)
    if not found and not await graph.run("person_get", person_id=person_id):
        raise NotFound("person", person_id)
    rows = found[0]["coauthors"] if found else []
    window = rows[page.offset: page.offset + page.limit]
    items = [Coauthor(id=r["person_id"], name=r["name"], hops=r["hops"], papers_with_person=r["papers_with_ego"],
                      via=r["via"]) for r in window]
    return ModelResponse(Page[Coauthor](items=items, limit=page.limit,
                                        next_cursor=page.cursor_after(len(rows) - page.offset)))


@router.get("/{person_id:path}", response_model=Person, responses=NOT_FOUND)
async def read_person(person_id: PersonId, graph: GraphSession) -> Person:
    """One person: names, external ids, how many papers and co-authors."""
    rows = await graph.run("person_get", person_id=person_id)
    if not rows:
        raise NotFound("person", person_id)
    return Person.from_row(rows[0])
