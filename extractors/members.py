"""Members named in an institution's own text: "Notable alumni include A, B and C", "Faculty included X".

Pages about a university or company list its people without a verb linking each of them
to it; the organisation is the one the text is about (the subject of its first sentence)
unless the list names its own ("Hollins's alumnae include", "alumni of X include").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.relations import add_relation, hedged, is_org, org_entity, person_entity

_INCLUDE = frozenset("include includes included including comprise comprises comprised".split())
MEMBER_TYPES = {
    **{w: "STUDIED_AT" for w in "alumni alumnae alumnus alumna graduates students".split()},
    **{w: "WORKS_AT" for w in "professors faculty lecturers researchers scientists staff employees".split()},
}


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
