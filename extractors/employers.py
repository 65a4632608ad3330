"""Employers named in the sentence before: "The Royal Court Orchestra is a Swedish orchestra. It had only male
members until 1727, when A and B were employed as vocalists."

A passive "were employed" with no "by" names no employer of its own; the organisation is the one the
sentence's subject ("It", "The orchestra") refers to. We take it only when that is unambiguous: the
previous sentence's subject is an organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.relations import add_relation, hedged, is_org, org_entity, person_entity
from extractors.subjects import coordinated
from extractors.vocabulary import ORG_KIND_NOUNS
from extractors.wordfinder import find

_EMPLOYED = frozenset("employed hired engaged recruited appointed".split())


def employed_by_referent(doc: Doc, sent: Span, people: dict[int, str], ents: list[Span]) -> None:
    """WORKS_AT for people a passive "were employed" in `sent` names, at the previous sentence's subject."""
    verbs = [t for t in find(doc, _EMPLOYED, sent.start, sent.end) if t.tag_ == "VBN"
             and any(c.dep_ == "auxpass" for c in t.children) and not any(c.dep_ == "agent" for c in t.children)]
    verbs = [v for v in verbs if _refers_back(sent, verb=v)]
    if not verbs or sent.start == 0:
        return
    employer = None
    previous = sent
    for _ in range(5):  # "X is an orchestra. Its existence was recorded in 1526. It had ...": a chain of "it"
        if previous.start == 0:
            break
        previous = doc[previous.start - 1].sent
        employer = _previous_subject(previous, ents)
        if employer is not None or not _refers_back(previous, possessive=True):
            break
    if employer is None:
        return
    for verb in verbs:
        if hedged([verb]) or any(c.dep_ == "prep" and c.lower_ in ("at", "by", "in") for c in verb.children):
            continue  # "employed at a bank": a place of its own
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            for token in coordinated(subject):
                ent = next((e for e in ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
                if ent is not None and ent.start in people:
                    add_relation(doc, type="WORKS_AT", head=person_entity(people[ent.start]),
                                 tail=org_entity(employer), sentence=sent, confidence=0.6)


def _refers_back(sent: Span, *, possessive: bool = False, verb: Token | None = None) -> bool:
    """The main clause's subject is "It" or "The <kind of organisation>" (or, with `possessive`, "Its ...").
    With `verb`, the clause is the one `verb` sits in: "It had only men until 1727, when A was employed;
    in 1850 B became ..." is one sentence to the parser, whose root is "became"."""
    heads = [sent.root]
    if verb is not None:
        heads = [t for t in verb.ancestors if t.tag_.startswith("VB")][:3] or heads
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ == "it" or (c.lower_ in ORG_KIND_NOUNS and any(
        d.lower_ == "the" for d in c.children)) or (possessive and any(
            d.dep_ == "poss" and d.lower_ == "its" for d in c.children))) for head in heads for c in head.children)


def _previous_subject(sent: Span, ents: list[Span]) -> Span | None:
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Kungliga Hovkapellet (The Royal Court Orchestra) is ...": NER may miss the name but not its apposition
    for token in [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "appos")]:
        found = next((e for e in ents if e.start <= token.i < e.end), None)
        if found is not None and is_org(found):
            return found
    return None
