"""OpenAlex Work objects -> `kg.model.Paper` fields.

Follows the Work object as OpenAlex documents it: `id`, `doi`, `display_name`
(or `title`), `publication_year`, `primary_location.source.display_name`,
`authorships[]` and the funding fields: the older `grants[]` and the newer
`funders[]` / `awards[]` lists, which replaced it.
"""

from __future__ import annotations

from typing import Any

from extractors.fields import RecordError, byline_key, doi_field, items, obj, strings, text
from kg.model import openalex_work_id, paper_id


def looks_like_work(record: dict) -> bool:
    """True when a decoded JSON object has the shape of an OpenAlex Work.

    The byline decides first: a Work lists `authorships`, while the plain format's `authors` list
    and Paper Copilot's `author` string mark the other shapes, whatever their `id` looks like
    (a plain record may well carry an OpenAlex id).
    """
    if "authorships" in record:
        return True
    if "authors" in record or "author" in record:
        return False
    if isinstance(record.get("id"), str) and openalex_work_id(record["id"]):
        return True
    return "display_name" in record and "publication_year" in record


def work_fields(work: dict) -> dict[str, Any]:
    """The keyword arguments of a `Paper` for one Work (validation is the caller's)."""
    given_id = text(work, "id")
    openalex_id = openalex_work_id(given_id)
    if given_id and not openalex_id:
        raise RecordError(f"id: {given_id[:40]!r} is not an OpenAlex work id (W…)")
    doi = doi_field(work)
    if not openalex_id and not doi:
        raise RecordError("missing id: a work needs an OpenAlex id or a doi")
    byline_key(work, "authorships", reader="an OpenAlex work")
    title = text(work, "display_name") or text(work, "title")
    if not title:
        raise RecordError("missing title")
    return {
        "id": paper_id(doi=doi, openalex=openalex_id),
        "title": title,
        "year": work.get("publication_year"),
        "venue": _venue(work),
        "doi": doi,
        "authors": [_author(authorship, index) for index, authorship in enumerate(items(work, "authorships"))],
        "funders": _funding(work),
    }


def _venue(work: dict) -> str | None:
    source = obj(obj(work, "primary_location"), "source")
    return text(source, "display_name") or text(obj(work, "host_venue"), "display_name")


def _author(authorship: Any, index: int) -> dict[str, Any]:
    """One byline entry; the array order is the byline order, so `position` is the index.

    `author_position` (first/middle/last) only says which end of the byline an
    author sits at, so it adds nothing the order does not already give.
    """
    if not isinstance(authorship, dict):
        raise RecordError(f"authorships[{index}]: expected an object")
    author = obj(authorship, "author")
    name = text(author, "display_name") or text(authorship, "raw_author_name")
    if not name:
        raise RecordError(f"authorships[{index}]: author has no name")
    institutions = items(authorship, "institutions")
    affiliations = [_institution(inst, index) for inst in institutions]
    if not affiliations:
        # Works without institution matching still carry what the byline said.
        raw = strings(authorship, "raw_affiliation_strings") or [
            raw_string
            for entry in items(authorship, "affiliations")
            if isinstance(entry, dict) and (raw_string := text(entry, "raw_affiliation_string"))
        ]
        affiliations = [{"name": raw_string} for raw_string in dict.fromkeys(raw)]
    return {
        "name": name,
        "position": index,
        "orcid": text(author, "orcid"),
        "openalex": _short_id(text(author, "id")),
        "affiliations": affiliations,
    }


def _institution(institution: Any, index: int) -> dict[str, Any]:
    if not isinstance(institution, dict):
        raise RecordError(f"authorships[{index}].institutions: expected objects")
    return {
        "name": text(institution, "display_name"),
        "ror": text(institution, "ror"),
        "country": text(institution, "country_code"),
        "type": text(institution, "type"),
    }


def _funding(work: dict) -> list[dict[str, Any]]:
    """Grants, awards and funders of a work, one entry per (funder, award id).

    `funders[]` carries the ROR id that `grants[]` and `awards[]` lack, so it is
    read first and used to give every grant the same funder id.
    """
    known: dict[str, dict[str, Any]] = {}
    for funder in items(work, "funders"):
        if isinstance(funder, dict) and (name := text(funder, "display_name")):
            key = _short_id(text(funder, "id")) or name
            known[key] = {
                "funder": name,
                "funder_id": _funder_id(text(funder, "ror"), text(funder, "id")),
                "country": text(funder, "country_code"),
            }
    funding: dict[tuple[str, str | None], dict[str, Any]] = {}

    def add(funder_ref: str | None, name: str | None, award_id: str | None, ror: str | None = None) -> None:
        entry = known.get(_short_id(funder_ref) or "") or known.get(name or "")
        if entry is None:
            if not name:
                return
            entry = {"funder": name, "funder_id": _funder_id(ror, funder_ref), "country": None}
        funding.setdefault((entry["funder_id"] or entry["funder"], award_id), {**entry, "award_id": award_id})

    for grant in items(work, "grants"):
        if isinstance(grant, dict):
            add(text(grant, "funder"), text(grant, "funder_display_name"), text(grant, "award_id"))
    for award in items(work, "awards"):
        if isinstance(award, dict):
            funder = obj(award, "funder")
            add(
                text(award, "funder_id") or text(funder, "id"),
                text(award, "funder_display_name") or text(funder, "display_name"),
                text(award, "funder_award_id"),
                text(funder, "ror"),
            )
    named = {entry["funder_id"] or entry["funder"] for entry in funding.values()}
    for entry in known.values():
        if (entry["funder_id"] or entry["funder"]) not in named:
            funding[(entry["funder_id"] or entry["funder"], None)] = {**entry, "award_id": None}
    return list(funding.values())


def _funder_id(ror: str | None, openalex_id: str | None) -> str | None:
    if ror:
        return "ror:" + ror.rstrip("/").rsplit("/", 1)[-1].lower()
    short = _short_id(openalex_id)
    return f"openalex:{short}" if short else None


def _short_id(value: str | None) -> str | None:
    """'https://openalex.org/A123' -> 'A123'."""
    if not value:
        return None
    return value.rstrip("/").rsplit("/", 1)[-1] or None
