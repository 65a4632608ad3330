"""What a role word says about the organisation next to it: a job there ("a faculty member of X",
"X chairperson Jane Doe"), or no job at all (an award title, a delegate sent to it)."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.vocabulary import ROLE_NOUNS


def staff_member(noun: Token) -> bool:
    """"a faculty member of X", "staff members at Y": a job; a bare "member of X" is a membership."""
    return noun.lower_ in ("member", "members") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("faculty", "staff") for c in noun.children)


# Roles that represent someone at an organisation ("envoy to the UN"), not a job there.
DELEGATES = frozenset("ambassador ambassadors envoy envoys representative representatives delegate delegates "
                      "observer observers".split())


def titled(person: Token, org_word: Token) -> bool:
    """A role noun between an organisation and a name, all hung on the name: "Eskom chairperson Ben Ngubane"."""
    return any(t.lower_ in ROLE_NOUNS and t.dep_ == "compound" for t in person.doc[org_word.i + 1: person.i])


def of_the_year(role: Token) -> bool:
    """"coach of the year", "Manager of the Year": the title of an award."""
    return any(child.dep_ == "prep" and child.lower_ == "of" and any(
        g.lower_ in ("year", "season", "decade", "month") for g in child.children if g.dep_ == "pobj")
        for child in role.children)
