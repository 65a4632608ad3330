"""Organisations: search and profile (people in and out by year, funders)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import GraphSession, PageParams
from api.models import Org, OrgSummary, Page
from kg.errors import NotFound
from kg.search_text import folded_query

router = APIRouter(prefix="/orgs", tags=["organisations"])
Country = Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code")]


@router.get("", response_model=Page[OrgSummary])
async def search_orgs(
    graph: GraphSession,
    page: PageParams,
    q: Annotated[str, Query(max_length=200, description="words in the name or an alias")] = "",
    country: Country = None,
) -> Page[OrgSummary]:
    """Organisations whose name or an alias contains every word of `q`, best matches first; accents and
    scripts fold to ASCII on both sides, and raw forms still match (清华 finds 清华大学)."""
    rows = await graph.run("org_search", q=q, folded=folded_query(q), country=country.upper() if country else None,
                           skip=page.offset, limit=page.limit + 1)
    items = [OrgSummary(id=r["org_id"], name=r["name"], country=r["country"], kind=r["kind"], type=r["type"],
                        people=r["people"] or 0) for r in rows[: page.limit]]
    return Page(items=items, limit=page.limit, next_cursor=page.cursor_after(len(rows)))


@router.get("/{org_id:path}", response_model=Org, responses={404: {"description": "no such organisation"}})
async def read_org(
    org_id: Annotated[str, Path(min_length=1, max_length=300, description="e.g. ror:03cve4549")],
    graph: GraphSession,
) -> Org:
    """An organisation: its names, parents, people joining and moving out by year, funders of its papers."""
    rows = await graph.run("org_profile", org_id=org_id)
    if not rows:
        raise NotFound("organisation", org_id)
    return Org.from_row(rows[0])
