"""Who a text is about: the people it names, in full, and who a later "she" or "he" is.

News and bios name a person in full once ("Ross Patterson Alger") and then shorten
("Alger", "He"); relations need the full name every time. Names are kept as written,
family name first or not ("Zhang Wei" is one person, id `person:zhang-wei`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from extractors.relations import clean_name
from extractors.vocabulary import ROLE_NOUNS, TITLES


def canonical_people(doc: Doc) -> dict[int, str]:
    """PERSON mention start -> the fullest earlier name it abbreviates ("Alger" -> "Ross Patterson Alger")."""
    names: dict[int, str] = {}
    full: list[tuple[set[str], str]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = person_name(ent)
        if not name or (" " not in name and name.lower() in ROLE_NOUNS):
            continue  # "Dean" tagged as a person
        words = set(name.lower().split())
        match = next((known for tokens, known in full if words < tokens), None)
        names[ent.start] = match or name
        if match is None:
            full.append((words, name))
    return names


def person_name(ent: Span) -> str:
    """The name as written ("Tie-Yan Liu", "Zhang Wei"), without titles or a possessive."""
    start = ent.start
    while start < ent.end and ent.doc[start].lower_.rstrip(".") in TITLES:
        start += 1
    end = ent.end
    while end > start and ent.doc[end - 1].text in ("'s", "’s", "'"):
        end -= 1
    return clean_name(ent.doc[start:end].text) if end > start else ""


def coordinated(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from coordinated(child)


def subject_after(sent: Span, people: dict[int, str], ents: list[Span]) -> str | None:
    """The person a later "she"/"he" refers to: the main clause's subject, else a PERSON subject."""
    persons = [e for e in ents if e.label_ == "PERSON" and e.start in people and not bracketed(e, sent.start)]
    root = sent.root
    for ent in persons:
        if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.i == root.i:
            return people[ent.start]
    subject = None
    for ent in persons:
        if ent.root.dep_ in ("nsubj", "nsubjpass"):
            subject = people[ent.start]
    if subject is None and sent.start == 0:
        first = persons[0] if persons else None
        subject = people[first.start] if first is not None else None
    return subject


def bracketed(ent: Span, floor: int) -> bool:
    """Inside "( ... )" next to a name: birth places and dates, not the subject."""
    doc = ent.doc
    window = doc[max(floor, ent.start - 12): ent.start]
    opening = next((t for t in reversed(window) if t.text in "()"), None)
    return opening is not None and opening.text == "("
