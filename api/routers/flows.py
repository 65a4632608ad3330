"""`GET /flows`: moves between countries by year (the `country_flows` question)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphSession, PageParams
from api.models import Flow, Page

router = APIRouter(tags=["flows"])
Country = Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code")]
Year = Annotated[int | None, Query(ge=1900, le=2100)]


@router.get("/flows", response_model=Page[Flow])
async def read_flows(
    graph: GraphSession,
    page: PageParams,
    from_country: Annotated[Country, Query(alias="from")] = None,
    to_country: Annotated[Country, Query(alias="to")] = None,
    since: Year = None,
    until: Year = None,
) -> Page[Flow]:
    """People moving from one country to another, per year of arrival, oldest first."""
    rows = await graph.run("country_flows", from_country=from_country.upper() if from_country else None,
                     to_country=to_country.upper() if to_country else None, since=since, until=until)
    window = rows[page.offset: page.offset + page.limit]
    return Page(items=[Flow(**r) for r in window], limit=page.limit,
                next_cursor=page.cursor_after(len(rows) - page.offset))
