"""Presenters of a broadcast programme work for its broadcaster: "a talk show hosted by Jane Doe on
CNN", "Late Report is a weekday BBC Two current affairs programme. The programme's presenters are
A and B."

A programme is no employer; the broadcaster it goes out on is. The broadcaster is named on the
hosting verb ("hosted ... on CNN") or, in a text about one programme, in its opening sentence
("X is a <broadcaster> programme"), which later sentences about "the programme's presenters" use.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.relations import (
    add_relation,
    hedged,
    is_org,
    org_entity,
    person_entity,
    sentences,
)
from extractors.subjects import coordinated
from extractors.vocabulary import BE, PRESENTER_NOUNS
from extractors.wordfinder import find

HOST_VERBS = frozenset("hosted hosts presented presents anchored anchors fronted fronts co-hosted "
                       "co-presented".split())
PROGRAMME_NOUNS = frozenset("programme program show series newscast bulletin podcast".split())
_TRIGGERS = HOST_VERBS | PRESENTER_NOUNS


def presenters(doc: Doc, sent: Span, people: dict[int, str], ents: list[Span]) -> None:
    """WORKS_AT (role presenter) for the people `sent` says present a programme, at its broadcaster."""
    for word in find(doc, _TRIGGERS, sent.start, sent.end):
        if word.lower_ in HOST_VERBS and word.tag_.startswith("VB"):
            hosts = [g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not (_programme_hosted(word, hosts) or _about_programme(word)):
                continue  # "presented a paper on X", "hosted a party on Y"
            hosts = hosts or [c for c in word.children if c.dep_ == "nsubj"]
            station = _on_station(word, hosts, ents)
            if station is None and _about_programme(word):
                station = _broadcaster(doc, ents)
        elif word.lower_ in PRESENTER_NOUNS and word.dep_ == "nsubj" and word.head.lower_ in BE \
                and _about_programme(word):
            hosts = [c for c in word.head.children if c.dep_ == "attr"]
            station = _broadcaster(doc, ents)
        else:
            continue
        if station is None or hedged([word, word.head]):
            continue
        for host in hosts:
            for token in coordinated(host):
                person = next((e for e in ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
                if person is not None and person.start in people:
                    add_relation(doc, type="WORKS_AT", head=person_entity(people[person.start]),
                                 tail=org_entity(station), sentence=sent, confidence=0.6, role="presenter")


def _org_at(token: Token, ents: list[Span]) -> Span | None:
    return next((e for e in ents if e.start <= token.i < e.end and is_org(e)), None)


def _programme_hosted(verb: Token, agents: list[Token]) -> bool:
    """What is hosted is a programme: "hosted a talk show", "a talk show that was hosted by X"."""
    if agents:
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = verb.head
        return subject is not None and subject.lower_ in PROGRAMME_NOUNS
    return any(c.dep_ == "dobj" and c.lower_ in PROGRAMME_NOUNS for c in verb.children)


def _on_station(verb: Token, hosts: list[Token], ents: list[Span]) -> Span | None:
    """"hosted by X on CNN": the organisation after "on" (on the verb, its object or the host)."""
    for holder in (verb, *hosts, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "on"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                found = _org_at(obj, ents)
                if found is not None:
                    return found
    return None


def _about_programme(word: Token) -> bool:
    """The clause is about "the programme", "the show's presenters", "it": the programme the text is about."""
    subject = word if word.dep_ == "nsubj" else next(
        (c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ == "it" and subject.i != word.i:
        return True
    owners = [subject] + [c for c in subject.children if c.dep_ == "poss"]
    return any(o.lower_ in PROGRAMME_NOUNS and any(d.lower_ == "the" for d in o.children) or o.lower_ == "its"
               for o in owners)


def _broadcaster(doc: Doc, ents: list[Span]) -> Span | None:
    """The organisation the text's first sentence names on its programme noun: "X is a weekday BBC Two
    current affairs programme" (the names before the noun), "X is a programme on CNN"."""
    cache = doc.user_data.get("kg_broadcaster")
    if cache is None:
        first = sentences(doc)[0]
        found = None
        for token in first:
            if token.dep_ == "attr" and token.lower_ in PROGRAMME_NOUNS and token.head.lower_ in BE:
                names = [_org_at(t, ents) for t in doc[token.left_edge.i: token.i]] + [_on_station(token, [], ents)]
                found = next((n for n in names if n is not None), None)
                break
        # plain numbers: user_data may cross a process boundary
        cache = doc.user_data["kg_broadcaster"] = (found.start, found.end) if found is not None else ()
    return next((e for e in ents if (e.start, e.end) == cache), None) if cache else None
