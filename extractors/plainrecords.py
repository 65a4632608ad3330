"""The plain record format -> `kg.model.Paper` fields.

One JSON object per line, shaped like `kg.model.Paper` (see docs/record-format.md):
anything else can be converted to it and loaded. The only work here is the id:
a record may give `id`, or only `doi`, and still be accepted; either way the graph
id is `kg.model.paper_id`'s, so a work another reader also loads is the same node.
"""

from __future__ import annotations

from typing import Any

from extractors.fields import RecordError, byline_key, doi_field, items, text
from kg.model import doi_in, paper_id


def looks_like_plain(record: dict) -> bool:
    return isinstance(record.get("authors"), list) or ("title" in record and "authorships" not in record)


def plain_fields(record: dict) -> dict[str, Any]:
    given_id = text(record, "id")
    doi = doi_field(record) or doi_in(given_id)
    if not given_id and not doi:
        raise RecordError("missing id: a record needs an id or a doi")
    byline_key(record, "authors", reader="the plain format")
    authors = items(record, "authors")
    for index, author in enumerate(authors):
        if isinstance(author, dict) and "position" not in author:
            author = authors[index] = {**author, "position": index}
    return {
        **record,
        "id": paper_id(doi=doi, fallback=given_id),
        "doi": doi,
        "authors": authors,
        "funders": [_funding(entry) for entry in items(record, "funders")],
    }


def _funding(entry: Any) -> Any:
    """Accept the Paper field names, plus `name`/`id` as the documented short forms."""
    if not isinstance(entry, dict):
        return entry
    return {
        **entry,
        "funder": entry.get("funder", entry.get("name")),
        "funder_id": entry.get("funder_id", entry.get("id")),
    }
