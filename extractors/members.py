"""Members named in an institution's own text: "Notable alumni include A, B and C", "Faculty included X",
"The Vice-Chancellor is Professor Y".

Pages about a university or company list its people without a verb linking each of them
to it; the organisation is the one the text is about (the subject of its first sentence)
unless the list names its own ("Hollins's alumnae include", "alumni of X include").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.employers import employed_by_referent
from extractors.relations import add_relation, hedged, is_org, org_entity, person_entity
from extractors.vocabulary import BE, ORG_KIND_NOUNS, ROLE_NOUNS

_INCLUDE = frozenset("include includes included including comprise comprises comprised".split())
MEMBER_TYPES = {
    **{w: "STUDIED_AT" for w in "alumni alumnae alumnus alumna graduates students".split()},
    **{w: "WORKS_AT" for w in "professors faculty lecturers researchers scientists staff employees".split()},
}


def about_topic(doc: Doc, sent: Span, topic: Span | None, people: dict[int, str], in_sent: list[Span],
                ents: list[Span]) -> None:
    """Relations a sentence states about the organisation the text is about, or the one before it names."""
    if topic is not None:
        for org in (topic, *_owner(topic, ents)):
            members_of(doc, sent, org, people, in_sent)
            leaders_of(doc, sent, org, people, in_sent)
    employed_by_referent(doc, sent, people, ents)


def members_of(doc: Doc, sent: Span, topic: Span, people: dict[int, str], ents: list[Span]) -> None:
    """Add a relation for each person a member list in `sent` names."""
    for token in sent:
        rel_type = MEMBER_TYPES.get(token.lower_)
        verb = token.head
        if rel_type is None or token.dep_ not in ("nsubj", "nsubjpass") or verb.lower_ not in _INCLUDE:
            continue
        if hedged([token, verb]):
            continue
        org = _own_org(token, ents) or topic
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
        if not objects:
            continue
        lo = min(c.left_edge.i for c in objects)
        hi = max(c.right_edge.i for c in objects)
        tail = org_entity(org)
        for ent in ents:
            if ent.label_ == "PERSON" and lo <= ent.start and ent.end <= hi + 1 and ent.start in people:
                add_relation(doc, type=rel_type, head=person_entity(people[ent.start]), tail=tail, sentence=sent,
                             confidence=0.7)


def leaders_of(doc: Doc, sent: Span, topic: Span, people: dict[int, str], ents: list[Span]) -> None:
    """"The Vice-Chancellor is Professor Jane Doe", "Its current president is X": in the text about an
    organisation, a role named with no organisation of its own is a role there."""
    for token in sent:
        if token.lower_ not in ROLE_NOUNS or token.dep_ != "nsubj" or token.head.lower_ not in BE:
            continue
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        if not determiners or not determiners <= {"the", "its", "their"}:
            continue  # "his director", "a professor": someone else's, or no one in particular
        if any(c.dep_ == "prep" for c in token.children) or hedged([token, token.head]):
            continue  # "the president of X is ...": the careers rules read that with its own organisation
        for attr in (c for c in token.head.children if c.dep_ == "attr"):
            for ent in ents:
                if ent.label_ == "PERSON" and ent.start <= attr.i < ent.end and ent.start in people:
                    add_relation(doc, type="WORKS_AT", head=person_entity(people[ent.start]), tail=org_entity(topic),
                                 sentence=sent, confidence=0.7)


def _owner(topic: Span, ents: list[Span]) -> list[Span]:
    """"The X School of Law was the law school of Y University": whoever teaches at X works for Y too."""
    root = topic.root
    if root.dep_ != "nsubj" or root.head.lower_ not in BE:
        return []
    kinds = [c for c in root.head.children if c.dep_ == "attr" and c.lower_ in ORG_KIND_NOUNS
             and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
    objects = [g for k in kinds for c in k.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return [e for o in objects for e in ents if is_org(e) and e.start <= o.i < e.end][:1]


def _own_org(token: Token, ents: list[Span]) -> Span | None:
    """"Hollins's alumnae", "alumni of Yale": the organisation the list names itself."""
    for child in token.children:
        candidates = [child] if child.dep_ == "poss" else (
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "of" else [])
        for cand in candidates:
            for ent in ents:
                if is_org(ent) and ent.start <= cand.i < ent.end:
                    return ent
    return None
