"""What the text pipeline finds in one sentence or passage, in shapes tests can compare."""

from __future__ import annotations

from extractors.pipeline import extract_documents


def _named(nlp, text: str) -> list[tuple]:
    """(relation, head name, tail name) of every relation found in `text`."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return [(r, names.get(r.head, r.head), names.get(r.tail, r.tail)) for r in doc.relations]


def pairs(nlp, text: str, rel_type: str) -> set[tuple[str, str]]:
    """(head name, tail name) of every `rel_type` relation found in `text`."""
    return {(head, tail) for r, head, tail in _named(nlp, text) if r.type.value == rel_type}


def degrees(nlp, text: str) -> set[tuple[str, str | None, int | None]]:
    """(school name, degree, end year) of every STUDIED_AT relation found in `text`."""
    return {(tail, r.degree, r.end) for r, _, tail in _named(nlp, text) if r.type.value == "STUDIED_AT"}


def careers(nlp, text: str) -> set[tuple]:
    """(type, person, organisation, degree or role, start, end) of every career relation found in `text`."""
    return {(r.type.value, head, tail, r.degree or r.role, r.start, r.end) for r, head, tail in _named(nlp, text)
            if r.type.value in ("STUDIED_AT", "WORKS_AT")}
