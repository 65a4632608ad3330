"""Mentors named by their place: "a former associate of Jane Doe at the X Institute", "an assistant to
John Roe at X", "X, where he was a disciple of A and B".

Someone is an associate, assistant or disciple *of a person at an organisation*: the organisation is the
mentor's workplace (the subject's own relation is left to the careers rules, which read the role noun).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extractors.relations import add_relation, hedged, org_entity, person_entity
from extractors.vocabulary import coarse

MENTOR_NOUNS = frozenset("associate associates assistant assistants disciple disciples pupil pupils protégé "
                         "protege protégés proteges apprentice apprentices".split())
_VIA = {"of", "to"}  # "associate of X", "assistant to X"


def mentors_at(doc: Doc, sent: Span, org_of: dict[int, Span], persons: Callable[[Token], list[str]]) -> None:
    """WORKS_AT for each mentor a sentence places at one of its organisations."""
    for noun in sent:
        if noun.lower_ not in MENTOR_NOUNS or coarse(noun) != "NOUN" or hedged([noun, noun.head]):
            continue
        mentors = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in _VIA
                   for g in c.children if g.dep_ == "pobj"]
        names = [name for m in mentors for name in persons(m)]
        org = _place(noun, mentors, org_of) if names else None
        if org is None:
            continue
        for name in dict.fromkeys(names):
            add_relation(doc, type="WORKS_AT", head=person_entity(name), tail=org_entity(org), sentence=sent,
                         confidence=0.6)


def _place(noun: Token, mentors: list[Token], org_of: dict[int, Span]) -> Span | None:
    """The organisation "at" the mentor or the role ("associate of X at Y"), or the one a "where" clause
    holding the role hangs on ("the University of Y, where he was a disciple of X")."""
    for token in [noun, *mentors]:
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == "at":
                found = next((org_of[g.i] for g in c.children if g.dep_ == "pobj" and g.i in org_of), None)
                if found is not None:
                    return found
    clause = noun
    while clause.dep_ in ("attr", "conj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
        return org_of.get(clause.head.i)
    return None
