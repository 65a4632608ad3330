"""Which organisation mentions name institutions, and the ids of their units.

Units ("Department of Computer Science", "School of Computing") share names across
universities, so their ids carry the institution's; names made of generic words, degree
names NER took for organisations, events and legislatures are no place of study or work.
"""

from __future__ import annotations

import re

from typing import Any

from spacy.tokens import Span

from extractors.relations import is_org, org_entity
from extractors.vocabulary import (
    DEGREE_NOUNS,
    GENERIC_ORG_WORDS,
    INSTITUTION_WORDS,
    NOT_EMPLOYERS,
    ORG_WORDS,
    ROLE_NOUNS,
    UNIT_WORDS,
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
    """NER calls some schools places or facilities: "the San Pietro a Maiella Conservatory" (FAC); not the town
    after a school's name and a comma ("the University of Maryland, College Park")."""
    return ent.label_ in ("FAC", "GPE", "LOC") and any(t.lower_ in INSTITUTION_WORDS for t in ent) \
        and not (ent.label_ == "GPE" and ent.start >= 2 and ent.doc[ent.start - 1].text == ","
                 and ent.doc[ent.start - 2].ent_type_ == "ORG")


def place_named_as_person(ent: Span, ents: list[Span]) -> bool:
    """"taught at Eastman", "a visiting professor at Tulane": NER took the place for a person. Only
    after "at" (people are "with" or "under" someone, not at them) and only when no other person
    mention of the text shares a word with it ("George Eastman" would make it a person)."""
    if ent.label_ != "PERSON" or ent.root.dep_ != "pobj" or ent.root.head.lower_ != "at":
        return False
    if not all(t.text[:1].isupper() for t in ent if t.is_alpha):
        return False
    words = {t.lower_ for t in ent if t.is_alpha}
    return bool(words) and not any(other.label_ == "PERSON" and other.start != ent.start
                                   and words & {t.lower_ for t in other} for other in ents)


def organisation_like(org: Span | None) -> bool:
    """Known to the gazetteer, an acronym, named with an organisation word, or written as only brands are
    ("ANYbotics", "DeepL", "OpenAI"): not a bare town name."""
    if org is None:
        return False
    return bool(org._.kg) or any(t.lower_ in ORG_WORDS for t in org) or (
        len(org) == 1 and org.text.isupper() and len(org.text) >= 2) or any(_BRAND.match(t.text) for t in org)


# Capitals inside a word after its start: "ANYbotics", "DeepL", "OpenAI"; no town is written so (a short first
# part, as in "McAllen", "LaSalle" or "GitHub", is not counted).
_BRAND = re.compile(r"^(?:[A-Z]{2,}[a-z]{2,}|[A-Z][a-z]{3,}[A-Z][A-Za-z]*)$")


def names_person(org: Span, people: dict[int, str]) -> bool:
    """NER took "Klaus Wagner" for an organisation: its words are all in a person's name the text gives
    elsewhere (`people`: PERSON mention start -> full name)."""
    if org._.kg or any(t.lower_ in ORG_WORDS for t in org):
        return False
    words = [t.text for t in org if t.is_alpha]
    names = {name for start, name in people.items() if not org.start <= start < org.end}
    return bool(words) and any(set(words) <= set(name.split()) for name in names)


_DANGLING = frozenset({"of", "for", "and", "&", "the", "at", "in", "on"})
_WEB_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]+\.(?:com|ai|io|org|net|co)$", re.I)


def generic(ent: Span) -> bool:
    """"the Board", "Congress", "Co-Chair", a conference: no particular employer or school."""
    # a web name is a word: "Booking.com", "Character.AI"
    words = [t.lower_ for t in ent if (t.is_alpha or _WEB_NAME.match(t.text)) and t.lower_ not in ("the", "a", "an")]
    if ent._.kg:
        return False
    alpha = [t for t in ent if t.is_alpha]
    if alpha and all(t.is_lower for t in alpha) and not any(_WEB_NAME.match(t.text) for t in ent):
        return True  # "chaired the department of physics at X": a unit described, not named ("eBay" is a name)
    return all(w in GENERIC_ORG_WORDS or w in ROLE_NOUNS for w in words) or bool(set(words) & NOT_EMPLOYERS)


def linkable_org(ent: Span, ents: list[Span] | None = None) -> bool:
    """An organisation a person can study or work at: an organisation or a school NER called a place (with
    the doc's `ents`, also a place NER called a person: "taught at Eastman"), that is neither a degree NER
    took for an organisation nor a generic body ("the Board")."""
    named = is_org(ent) or institution_named(ent) or (ents is not None and place_named_as_person(ent, ents))
    # a name cut short before its last word ("Department of") names nothing
    return named and not degree_name(ent) and not generic(ent) and ent[-1].lower_ not in _DANGLING


def degree_name(ent: Span) -> bool:
    """NER sometimes tags "a Master of Business Administration" as an organisation."""
    words = [t.lower_ for t in ent if t.dep_ != "det" and t.lower_ not in ("a", "an", "the", "his", "her")]
    if words and words[-1] in INSTITUTION_WORDS:
        return False  # "The Masters School": a school named with a degree word
    return bool(words) and (words[0] in DEGREE_NOUNS or words[0] in ("doctor", "bachelor", "master"))


# --- organisations inside organisations ----------------------------------------------------

def containers_of(orgs: list[Span], org_of: dict[int, Span]) -> dict[int, Span]:
    """id(unit) -> institution for "the Department of X at Stanford", "School of Y, CMU".
    `org_of` maps a token index to the organisation mention covering it."""
    found: dict[int, Span] = {}
    for org in orgs:
        root = org.root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in ("at", "of", "in") and head.head.i in org_of:
            unit = org_of[head.head.i]
        elif root.dep_ == "appos" and head.i in org_of:
            unit = org_of[head.i]
        else:
            continue
        if unit is not org and is_unit(unit):
            found[id(unit)] = org
    return found


def owners_of(orgs: list[Span], org_of: dict[int, Span]) -> dict[int, Span]:
    """id(possessed) -> possessor: "Tsinghua's Institute for ..." is PART_OF Tsinghua."""
    found: dict[int, Span] = {}
    for org in orgs:
        root = org.root
        if root.dep_ == "poss" and root.head.i in org_of and org_of[root.head.i] is not org:
            found[id(org_of[root.head.i])] = org
    return found


def school(org: Span) -> bool:
    """The organisation is a school or a university by its name as written or as resolved."""
    known = org._.kg or {}
    words = {t.lower_ for t in org} | set((known.get("name") or "").lower().split())
    return bool(words & INSTITUTION_WORDS) or known.get("type") in ("education", "University")
