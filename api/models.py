"""Typed response bodies: what each endpoint promises, built from named-query rows."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from fastapi.responses import Response
from pydantic import BaseModel, Field

T = TypeVar("T")


class ModelResponse(Response):
    """A response body the endpoint built (and pydantic validated) from graph rows, serialised once.

    Returned as a model, FastAPI would validate it a second time against `response_model` before
    serialising it; the hot endpoints return this instead and keep `response_model` for OpenAPI.
    """

    media_type = "application/json"

    def __init__(self, body: BaseModel, status_code: int = 200):
        super().__init__(content=body.model_dump_json(), status_code=status_code)


class Page(BaseModel, Generic[T]):
    """One page of a list; pass `next_cursor` back as `cursor` for the next (null on the last page)."""

    items: list[T]
    limit: int
    next_cursor: str | None = None


class PersonRef(BaseModel):
    id: str
    name: str | None = None


class PersonSummary(PersonRef):
    aliases: list[str] = Field(default_factory=list)
    papers: int = 0

    @classmethod
    def from_row(cls, row: dict) -> "PersonSummary":
        return cls(id=row["person_id"], name=row["name"], aliases=row["aliases"] or [], papers=row["papers"] or 0)


class Person(PersonSummary):
    orcid: str | None = None
    openalex: str | None = None
    openreview: str | None = None
    email_domains: list[str] = Field(default_factory=list)
    coauthors: int = 0

    @classmethod
    def from_row(cls, row: dict) -> "Person":
        return cls(id=row["person_id"], name=row["name"], aliases=row["aliases"] or [], papers=row["papers"] or 0,
                   orcid=row["orcid"], openalex=row["openalex"], openreview=row["openreview"],
                   email_domains=row["email_domains"] or [], coauthors=row["coauthors"] or 0)


class SourcePaper(BaseModel):
    id: str
    title: str | None = None
    year: int | None = None


class Spell(BaseModel):
    """One stay at an organisation: a job (WORKS_AT) or studies (STUDIED_AT)."""

    relation: Literal["WORKS_AT", "STUDIED_AT"]
    org_id: str
    organization: str | None = None
    country: str | None = None
    start: int | None = None
    end: int | None = None
    degree: str | None = None
    role: str | None = None
    method: str | None = Field(None, description="how the spell was found: affiliation (bylines), text, orcid, ...")
    confidence: float | None = None
    sources: list[str] = Field(default_factory=list, description="ids of the papers/documents that support it")
    evidence: list[str] = Field(default_factory=list, description="the sentences it was read from, for text sources")
    papers: list[SourcePaper] = Field(default_factory=list, description="the source papers, oldest first")


class Career(BaseModel):
    person: PersonRef
    spells: list[Spell]

    @classmethod
    def from_rows(cls, rows: list[dict]) -> "Career":
        spells = [
            Spell(relation=r["relation"], org_id=r["org_id"], organization=r["organization"], country=r["country"],
                  start=r["start"], end=r["end"], degree=r["degree"], role=r["role"], method=r["method"],
                  confidence=r["confidence"], sources=r["sources"] or [], evidence=_strings(r["evidence"]),
                  papers=sorted((SourcePaper(**p) for p in r["source_papers"] or []),
                                key=lambda p: (p.year or 0, p.id)))
            for r in rows if r["relation"] is not None
        ]
        return cls(person=PersonRef(id=rows[0]["person_id"], name=rows[0]["person"]), spells=spells)


class Coauthor(PersonRef):
    hops: int
    papers_with_person: int = Field(0, description="papers written with the person at the centre (0 beyond 1 hop)")
    via: str | None = Field(None, description="a first-hop co-author linking them, beyond 1 hop")


class CollaborationPath(BaseModel):
    connected: bool
    hops: int | None = None
    people: list[PersonRef] = Field(default_factory=list, description="from the first person to the second")
    papers: list[int] = Field(default_factory=list, description="papers shared along each link")


class OrgRef(BaseModel):
    id: str
    name: str | None = None


class OrgSummary(OrgRef):
    country: str | None = None
    kind: str | None = None
    type: str | None = None
    people: int = 0


class YearCount(BaseModel):
    year: int
    joined: int
    left: int


class FunderCount(BaseModel):
    id: str
    name: str | None = None
    papers: int


class Org(OrgSummary):
    ror: str | None = None
    countries: list[str] = Field(default_factory=list,
                                 description="every country it was seen in; `country` is the first")
    aliases: list[str] = Field(default_factory=list)
    parents: list[OrgRef] = Field(default_factory=list)
    by_year: list[YearCount] = Field(default_factory=list, description="spells starting, and people moving out")
    funders: list[FunderCount] = Field(default_factory=list, description="funders of papers listing it")

    @classmethod
    def from_row(cls, row: dict) -> "Org":
        return cls(
            id=row["org_id"], name=row["name"], country=row["country"], kind=row["kind"], type=row["type"],
            people=row["people"] or 0, ror=row["ror"], countries=sorted(row["countries"] or []),
            aliases=row["aliases"] or [],
            parents=[OrgRef(**p) for p in row["parents"] or []],
            by_year=[YearCount(**y) for y in row["by_year"] or [] if y.get("year") is not None],
            funders=[FunderCount(id=f["funder_id"], name=f["funder"], papers=f["papers"])
                     for f in row["funders"] or [] if f.get("funder_id")],
        )


class Flow(BaseModel):
    from_country: str
    to_country: str
    year: int
    people: int


class QuestionParam(BaseModel):
    name: str
    type: str
    description: str
    optional: bool


class Question(BaseModel):
    name: str
    purpose: str
    params: list[QuestionParam]
    returns: list[str]

    @classmethod
    def from_query(cls, query) -> "Question":
        return cls(name=query.name, purpose=query.purpose, returns=list(query.returns),
                   params=[QuestionParam(name=p.name, type=p.type, description=p.description, optional=p.optional)
                           for p in query.params])


class Answer(BaseModel):
    name: str
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(False, description="more rows existed than the server returns at once")


class Health(BaseModel):
    status: Literal["ok"]
    backend: str
    counts: dict[str, int]


class IngestSummary(BaseModel):
    kind: Literal["papers", "articles"]
    read: int
    loaded: int
    rejected: int
    reject_reasons: dict[str, int] = Field(default_factory=dict)
    spells: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    seconds: float


def _strings(value: Any) -> list[str]:
    """A property that should be a list of strings, whatever shape an older load left it in."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def plain(value: Any) -> Any:
    """A driver value as JSON-ready data (temporal and spatial values become strings)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "items"):  # a Node or Relationship, should a query return one
        return {k: plain(v) for k, v in value.items()}
    return str(value)
