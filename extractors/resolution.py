"""What the organisation resolver answers: a `Resolution`, and how each kind of answer is made.

A match names the known entry with its score, the alias it matched and how ("exact", "acronym", "fuzzy").
No match gives an `org:<slug>` of the strongest institution phrase, or nothing when the string names only a
unit, a place or a fragment. A match outside the country an analyst insisted on is no match, but its note
says what it was. The look-ups that find matches are `extractors/resolver.py`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractors.affiliation import ORG, PLACE, UNIT, Component, is_org_phrase
from kg.model import KnownEntity, org_id

# A unit word opening a phrase: such a phrase alone is no institution worth a node.
_UNIT_WORDS = {"department", "faculty", "division", "section", "unit", "program", "programme", "chair", "group",
               "team", "school", "graduate", "key", "state"}


@dataclass(frozen=True)
class Resolution:
    """What one affiliation string resolved to.

    `method` is "exact", "acronym" or "fuzzy"; "none" when `resolved` is False, in which
    case `id` is an `org:<slug>` of the institution phrase and `score` is 0. `unit` is the
    unit a possessive named ("Tsinghua's Institute for X": the institute, of Tsinghua) and
    `unit_id` its id as the text pipeline makes it (`org:<slug>--<institution id suffix>`).
    `note` says why a match was not taken: it lies outside the country the caller gave.
    """

    query: str
    id: str
    name: str
    country: str | None
    ror: str | None
    score: float
    alias: str | None
    method: str
    resolved: bool
    unit: str | None = None
    unit_id: str | None = None
    note: str | None = None

    def as_dict(self) -> dict:
        return {
            "query": self.query, "id": self.id, "name": self.name, "country": self.country, "ror": self.ror,
            "score": round(self.score, 1), "alias": self.alias, "method": self.method, "resolved": self.resolved,
            "unit": self.unit, "unit_id": self.unit_id, "note": self.note,
        }


def matched(query: str, entry: KnownEntity, *, score: float, alias: str, method: str) -> Resolution:
    return Resolution(
        query=query,
        id=entry.id,
        name=entry.name,
        country=entry.country,
        ror=entry.id.removeprefix("ror:") if entry.id.startswith("ror:") else None,
        score=max(0.0, min(100.0, score)),
        alias=alias,
        method=method,
        resolved=True,
    )


def unmatched(query: str, components: tuple[Component, ...]) -> Resolution | None:
    """An `org:` id for a strong institution phrase; None for a unit, a place or a fragment."""
    strong = [c for c in components if c.kind == ORG]
    strong = strong or [
        c for c in components
        if c.kind == UNIT and is_org_phrase(c.text) and c.key.split()[0] not in _UNIT_WORDS
    ]
    if not strong:
        return None
    phrase = strong[-1].text
    return Resolution(query, org_id(phrase), phrase, None, None, 0.0, None, "none", False)


def abroad(query: str, components: tuple[Component, ...], entry: KnownEntity, *, score: float, method: str,
           given: str) -> Resolution:
    """The best match lies outside the country the caller gave ("Cambridge University" in the US):
    unresolved, with the match named in the note for the analyst to judge."""
    note = (f"nearest match {entry.name} ({entry.id}, {method} {score:.0f}) is in {entry.country}, "
            f"not {given}")
    unresolved = unmatched(query, components)
    if unresolved is None:  # "MIT" alone: no phrase to make a node of; still say what was found
        phrase = next((c.text for c in components if c.kind != PLACE), query)
        unresolved = Resolution(query, org_id(phrase), phrase, None, None, 0.0, None, "none", False)
    return replace(unresolved, country=given, note=note)
