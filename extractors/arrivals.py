"""Arrivals at the organisation a news item is about: "The University of Michigan's CSE division welcomes
four new faculty members. A joins as an assistant professor ...; B arrives as an associate professor."

A faculty or staff announcement names its organisation once, as the subject of its first sentence's
welcoming or hiring verb; each arrival after it says only "joins as", "arrives as", "will start as" a
post. With no organisation of its own in the clause, such an arrival is at that host.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from extractors.institutions import is_unit
from extractors.relations import add_relation, hedged, org_entity, person_entity
from extractors.syntax import role_after
from extractors.vocabulary import HIRE_VERBS, coarse

_HOSTING = HIRE_VERBS | frozenset("welcomes announce announces announced hires appoints".split())
_WELCOMING = frozenset("welcome announce introduce".split())
_ARRIVING = frozenset("join joins joined joining arrive arrives arrived arriving start starts started starting come "
                      "comes came begin begins began return returns returned".split())


def host_of(sent: Span, orgs: list[Span]) -> Span | None:
    """The organisation that welcomes, hires or announces in the sentence's main clause (the first named in
    its subject: "The University of Michigan's CSE division welcomes ..."), else None."""
    root = sent.root
    if root.lower_ not in _HOSTING and not any(c.dep_ == "xcomp" and c.lower_ in _WELCOMING for c in root.children) \
            and not any(g.dep_ == "xcomp" and g.lower_ in _WELCOMING for c in root.children if c.dep_ == "acomp"
                        for g in c.children):
        return None  # "X is delighted to welcome five colleagues": the welcome is the sentence's too
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    inside = [o for o in orgs if subject.left_edge.i <= o.start and o.end <= subject.right_edge.i + 1]
    # "The Department of Computer Science at the University of Toronto": the institution, not its unit
    return next((o for o in inside if not is_unit(o)), inside[0]) if inside else None


def arrivals(doc, sent: Span, host: Span, subject_of: Callable[[Token, Token], list[str]]) -> None:
    """A job at `host` for each person of `sent` who "joins as" or "arrives as" a post and names no other
    organisation in that clause."""
    for verb in sent:
        if verb.lower_ not in _ARRIVING or coarse(verb) != "VERB" or hedged([verb]):
            continue
        if any(c.dep_ in ("dobj", "neg") for c in verb.children) or any(
                c.dep_ == "prep" and c.lower_ in ("at", "to", "with") and any(
                    g.ent_type_ in ("ORG", "FUNDER") for g in c.subtree) for c in verb.children):
            continue  # "joins Google as ...", "comes to X from Y": an organisation of its own
        role = role_after(verb)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if role is None or not subjects:
            continue
        for name in subject_of(subjects[0], verb):
            add_relation(doc, type="WORKS_AT", head=person_entity(name), tail=org_entity(host), sentence=sent,
                         confidence=0.7, role=role)
