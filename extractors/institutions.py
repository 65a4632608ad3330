"""Which organisation mentions name institutions, and the ids of their units.

Units ("Department of Computer Science", "School of Computing") share names across
universities, so their ids carry the institution's; names made of generic words, degree
names NER took for organisations, events and legislatures are no place of study or work.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from extractors.relations import org_entity
from extractors.vocabulary import (
    DEGREE_NOUNS, GENERIC_ORG_WORDS, INSTITUTION_WORDS, NOT_EMPLOYERS, ROLE_NOUNS, UNIT_WORDS,
)


def is_unit(org: Span) -> bool:
    """"Department of X", "School of Computing": a part of an institution, named by its first word."""
    words = [t.lower_ for t in org if t.lower_ not in ("the", "a", "an")]
    return bool(words) and words[0] in UNIT_WORDS and not org._.kg


def unit_entity(unit: Span, institution: dict[str, Any]) -> dict[str, Any]:
    """Departments share names across universities: qualify the id with the institution."""
    info = org_entity(unit)
    if unit._.kg:
        return info
    suffix = institution["id"].split(":", 1)[1]
    return dict(info, id=f"{info['id']}--{suffix}")


def institution_named(ent: Span) -> bool:
    """NER calls some schools places or facilities: "the San Pietro a Maiella Conservatory" (FAC)."""
    return ent.label_ in ("FAC", "GPE", "LOC") and any(t.lower_ in INSTITUTION_WORDS for t in ent)


def generic(ent: Span) -> bool:
    """"the Board", "Congress", "Co-Chair", a conference: no particular employer or school."""
    words = [t.lower_ for t in ent if t.is_alpha and t.lower_ not in ("the", "a", "an")]
    if ent._.kg:
        return False
    return all(w in GENERIC_ORG_WORDS or w in ROLE_NOUNS for w in words) or bool(set(words) & NOT_EMPLOYERS)


def degree_name(ent: Span) -> bool:
    """NER sometimes tags "a Master of Business Administration" as an organisation."""
    words = [t.lower_ for t in ent if t.dep_ != "det" and t.lower_ not in ("a", "an", "the", "his", "her")]
    if words and words[-1] in INSTITUTION_WORDS:
        return False  # "The Masters School": a school named with a degree word
    return bool(words) and (words[0] in DEGREE_NOUNS or words[0] in ("doctor", "bachelor", "master"))
