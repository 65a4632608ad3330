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
    for child in root.children:
        # "Sabet is an ethnic Pashtun.": a bare surname NER missed, of someone the text names in full
        if child.dep_ in ("nsubj", "nsubjpass") and not child.ent_type_ and child.tag_ == "NNP":
            known = next((name for name in dict.fromkeys(people.values())
                          if len(name.split()) > 1 and child.text in name.split()[1:]), None)
            if known:
                return known
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


# Last words that make a name NER called a person a school: "he attended Arnold School".
_SCHOOL_ENDINGS = frozenset("school college university academy institute conservatory conservatoire seminary "
                            "polytechnic gymnasium".split())
# "( born ...", "( 5 April 1815 in Paris - ...": a biography's opening bracket after the name.
_BORN = frozenset({"born", "née", "nee", "b."})


def repair_people(doc: Doc) -> None:
    """Fix the two NER slips that cost a biography its relations: a school named like a person
    ("Arnold School" as PERSON) and the subject of the opening sentence missed or called an
    organisation ("Georg Jochmann ( 11 October 1874 ... ) was a German internist")."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _SCHOOL_ENDINGS and ent[-1].is_title:
            ents[k] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
    topic = _opening_name(doc)
    if topic is not None:
        start, end = topic
        kept = [e for e in ents if e.end <= start or e.start >= end]
        if not any(e.start == start and e.end == end and e.label_ == "PERSON" for e in ents):
            ents = sorted(kept + [Span(doc, start, end, label="PERSON")], key=lambda e: e.start)
            changed = True
    if changed:
        doc.ents = ents


def _opening_name(doc: Doc) -> tuple[int, int] | None:
    """The capitalised words that open the text when a bracket with "born" or a date follows them."""
    end = 0
    while end < min(len(doc), 10) and (doc[end].is_title or doc[end].text in (".", "'", "’", '"', "“", "”")) \
            and not doc[end].is_space:  # 'Elizabeth Tipton "Tippy" Walker ( born ...'
        end += 1
    if end < 2 or end >= len(doc) or not doc[end].text.startswith("("):  # "(", "(;"
        return None
    bracket = doc[end + 1: min(len(doc), end + 12)]
    dated = any(t.lower_ in _BORN for t in bracket[:2]) or (
        any(t.ent_type_ == "DATE" for t in bracket[:4]) and any(t.like_num for t in bracket[:4]))
    name = doc[0:end]
    if not dated or any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in name):
        return None
    if any(t.lower_ in _SCHOOL_ENDINGS or t.lower_ in ROLE_NOUNS for t in name):
        return None  # "Hollins University ( founded 1842 )": an organisation's own page
    return 0, end
