"""`/questions`: the named read queries, listed and run with validated parameters.

Only files whose header says `mode: read` exist here; a write query's name answers 404 like
an unknown one. No client-supplied Cypher is ever run.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path

from api.deps import GraphSession
from api.models import Answer, Question, plain
from kg import queries
from kg.errors import NotFound

router = APIRouter(prefix="/questions", tags=["questions"])
MAX_ROWS = 5000
Name = Annotated[str, Path(pattern="^[a-z0-9_]{1,64}$", description="a name from GET /questions")]


def _read_query(name: str) -> queries.NamedQuery:
    """The named read query; an unknown name and a write query's get the same 404, word for word."""
    try:
        query = queries.load(name)
    except NotFound:
        query = None
    if query is None or not query.read_only:
        raise NotFound("question", name)
    return query


@router.get("", response_model=list[Question])
async def list_questions() -> list[Question]:
    """Every named read query with its parameters (type, description, optional) and returned columns."""
    return [Question.from_query(q) for q in queries.all_queries() if q.read_only]


@router.get("/{name}", response_model=Question, responses={404: {"description": "no such question"}})
async def read_question(name: Name) -> Question:
    return Question.from_query(_read_query(name))


@router.post("/{name}", response_model=Answer,
             responses={404: {"description": "no such question"}, 504: {"description": "took too long"}})
async def ask(
    name: Name,
    graph: GraphSession,
    params: Annotated[dict[str, Any], Body(
        description="parameters by name (without `$`); strings are converted to the declared types",
        examples=[{"org_id": "ror:03cve4549", "abroad": "US", "limit": 10}],
    )] = None,
) -> Answer:
    """Run a named read query in a read transaction with the server's time limit."""
    query = _read_query(name)
    rows = await graph.ask(name, params or {})
    columns = list(query.returns) or (list(rows[0]) if rows else [])
    return Answer(name=name, columns=columns, rows=[plain(r) for r in rows[:MAX_ROWS]],
                  truncated=len(rows) > MAX_ROWS)
