"""Organisations named by their kind only: "University principal, Sir Jane Doe, said ...", "Company
President John Roe announced ...".

News and encyclopaedia text name an organisation once and then call it by its kind ("the university",
"University President X"). A role noun titled by a bare, capitalised kind word before a person's name
refers to the last organisation of that kind the text named. When the text named none, nothing is said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.antecedents import DescribedOrgs
from extractors.relations import add_relation, hedged, person_entity
from extractors.vocabulary import ROLE_NOUNS, TITLES, coarse

# Kind words a bare title uses for an organisation the text named in full (each one "the <kind>" can be too).
KINDS = frozenset("university college institute company corporation firm academy hospital bank school "
                  "museum orchestra conservatory seminary polytechnic foundation agency".split())
_GLUE = frozenset({",", "-", "–"})


def named_by_kind(doc: Doc, sent: Span, people: dict[int, str], in_sent: list[Span], described: DescribedOrgs) -> None:
    """WORKS_AT for each person of `sent` titled "<Kind> <role>" (see the module docstring); the organisation
    is found as "the <kind>" is (`DescribedOrgs.named_before`)."""
    for person in in_sent:
        if person.label_ != "PERSON" or person.start not in people:
            continue
        kind = _kind_before(person, sent)
        if kind is None or hedged([kind, kind.head]):
            continue
        org = described.named_before(kind.lower_, kind.i)
        if org is not None:
            add_relation(doc, type="WORKS_AT", head=person_entity(people[person.start]), tail=org,
                         sentence=sent, confidence=0.6, role=kind.doc[kind.i + 1].text.lower())


def _kind_before(person: Span, sent: Span) -> Token | None:
    """The kind word of "University President Jane Doe", "University principal, Sir Jane Doe"."""
    doc = person.doc
    i = person.start - 1
    while i >= sent.start and (doc[i].lower_.rstrip(".") in TITLES or doc[i].text in _GLUE):
        i -= 1  # "Sir", "Dr.", the comma of an apposition
    if i <= sent.start or doc[i].lower_ not in ROLE_NOUNS or coarse(doc[i]) not in ("NOUN", "PROPN"):
        return None
    kind = doc[i - 1]
    if kind.lower_ not in KINDS or not kind.is_title:
        return None
    before = doc[kind.i - 1] if kind.i > sent.start else None
    if before is not None and (before.is_title or before.ent_type_) and before.lower_ != "the":
        return None  # "Harvard University President X": the organisation is named, other rules read it
    if kind.ent_type_ and not (kind.ent_type_ == "ORG" and _alone(kind)):
        return None
    return kind


def _alone(token: Token) -> bool:
    """NER tagged the kind word by itself ("University" as an ORG)."""
    return not (token.i > 0 and token.doc[token.i - 1].ent_iob_ in ("B", "I") and
                token.doc[token.i - 1].ent_type_ == token.ent_type_) and token.ent_iob_ == "B" and not (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")
