"""Who "I" is on a page: homepages and speaker bios written in the first person.

A personal page says who it is about once ("Hi! I am Jane Doe, a PhD student at ...", "My name is
Jane Doe") and then speaks as "I" and "my". The career rules bind those words to that name. A page
that never names its writer binds them to no one: the subject is never guessed (from a repository, a
file name or a forked page), so such pages give no first-person relations. In a third-person text
a quoted "I" names no one either, unless the text introduced its narrator this way.
"""

from __future__ import annotations

from spacy.tokens import Span

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
_AM = frozenset({"am", "'m", "’m", "is"})


def self_introduction(sent: Span, people: dict[int, str], ents: list[Span]) -> str | None:
    """The name in "I am Jane Doe", "I'm Jane Doe, a ...", "My name is Jane Doe"; else None."""
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start not in people:
            continue
        root = ent.root
        if root.dep_ != "attr" or root.head.lower_ not in _AM:
            continue
        subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.lower_ == "i" and root.head.lower_ != "is":
            return people[ent.start]
        if subject.lower_ == "name" and any(c.lower_ == "my" for c in subject.children):
            return people[ent.start]
    return None


def speaks_as_narrator(sent: Span) -> bool:
    """The sentence's main clause has "I" for subject ("Previously, I worked at ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in sent.root.children)
