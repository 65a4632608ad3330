"""What the text pipeline finds in one sentence or passage, in shapes tests can compare."""

from __future__ import annotations

from extractors.pipeline import extract_documents


def pairs(nlp, text: str, rel_type: str) -> set[tuple[str, str]]:
    """(head name, tail name) of every `rel_type` relation found in `text`."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.head, r.head), names.get(r.tail, r.tail)) for r in doc.relations
            if r.type.value == rel_type}


def degrees(nlp, text: str) -> set[tuple[str, str | None, int | None]]:
    """(school name, degree, end year) of every STUDIED_AT relation found in `text`."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.tail, r.tail), r.degree, r.end) for r in doc.relations if r.type.value == "STUDIED_AT"}


def careers(nlp, text: str) -> set[tuple]:
    """(type, person, organisation, degree or role, start, end) of every career relation found in `text`."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(r.type.value, names[r.head], names[r.tail], r.degree or r.role, r.start, r.end) for r in doc.relations
            if r.type.value in ("STUDIED_AT", "WORKS_AT")}
