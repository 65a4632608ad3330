"""Schooling read off the words between a person and an organisation: "a PhD student in X",
"Jane Doe (PhD 2007, X)", "a student in Data Mining at X".

The career rules climb from an organisation to the word that says what it is to someone. When that
climb passes a degree or a student noun on its way to a person's name, the place is where the person
studies or studied, not an employer; and "in" after a student noun names the place when an
institution follows it, the field otherwise.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.syntax import degree_in, degree_label, own_phrase
from extractors.vocabulary import DOTTED_DEGREES, ORG_WORDS, STUDENT_NOUNS, degree_word

# Student nouns that say nothing of studying when they stand for a body or an event.
_NOT_SCHOOLING = frozenset({"studies", "education"})
# What may stand between the degrees and years of a bracketed list: "(B.S. 2001, M.S. 2003)".
_BRACKET_GLUE = frozenset({",", ";", "and", "&"})
_YEAR = re.compile(r"(19|20)\d\d")


def keep_dotted_degrees(tokenizer) -> None:
    """Keep each of DOTTED_DEGREES one word, its final dot included, as "Ph.D." already is. Its norm is the
    plain degree word ("bachelor"): the tagger reads norms, and took an unknown word ending in a dot for the
    sentence's end ("obtained her B.Tech. | from X in 2006")."""
    for degree in DOTTED_DEGREES:
        tokenizer.add_special_case(degree, [{"ORTH": degree, "NORM": degree_in(degree).lower()}])


def schooling_word(word: str) -> bool:
    """A degree or student word (`word` in lower case): "phd", "ph.d.", "student", "alumnus"."""
    return word not in _NOT_SCHOOLING and (degree_word(word) or word in STUDENT_NOUNS)


def schooling_on(path: list[Token]) -> Token | None:
    """The degree or student noun between the organisation and the person at the top of `path`
    ("Jane Doe, a Ph.D. student in X": "student"; "Jane Doe (PhD 2007, X)": "PhD")."""
    org_tokens = {path[0].i}
    for token in path[1:-1]:
        if token.i not in org_tokens and schooling_word(token.lower_):
            return token
    return None


def student_in_school(path: list[Token], org: Span | None) -> bool:
    """"a PhD student in the Language Technologies Institute", "a Ph.D. student in Data Mining at
    Rutgers University": the organisation is where the person studies. Not "a PhD in Physics"."""
    if org is None or len(path) < 3:
        return False
    if path[1].lower_ != "in":
        return path[1].lower_ in ("at", "of")  # the field came first: "in Data Mining at X"
    student = path[-1].lower_ in STUDENT_NOUNS
    return student and any(t.lower_ in ORG_WORDS for t in org)


def degree_beside(person: Token, org: Span | None) -> Token | None:
    """"Jane Doe (PhD 2007, X)": the degree is the name's other apposition, just before the organisation."""
    if org is None:
        return None
    for child in (*person.children, *org.root.children):
        # "Jane Doe (PhD, Stanford)": the parser may hang the degree on the school
        if child.dep_ in ("appos", "npadvmod", "dep", "nmod") and person.i < child.i < org.start \
                and schooling_word(child.lower_):
            return child
    return None


def shared_degrees(trigger: Token, org: Span) -> list[Token]:
    """The degrees listed beside the one `trigger` gives that name no school of their own, so share `org`:
    "an M.S. and a Ph.D. from Georgia Tech", "a bachelor's and a master's from SNU" (the M.S., the
    bachelor's: `trigger` is the second degree), "earned her bachelor's and master's degrees at Tsinghua"
    (the master's: `trigger` is the verb, whose object is the first degree), "an MSc and PhD from Edinburgh"
    (the PhD: the parser hung "from" on the MSc)."""
    if degree_word(trigger.lower_):
        first = trigger.head
        shared = [first] if trigger.dep_ == "conj" and degree_word(first.lower_) and not any(
            c.dep_ == "prep" for c in first.children) else []
        return shared + [c for c in trigger.children if c.dep_ == "conj" and c.i < org.start
                         and degree_word(c.lower_) and not any(g.dep_ == "prep" for g in c.children)]
    objects = [c for c in trigger.children if c.dep_ == "dobj" and c.i < org.start]
    if len(objects) != 1 or not any(degree_word(t.lower_) for t in own_phrase(objects[0])):
        return []
    return [c for c in objects[0].children if c.dep_ == "conj" and c.i < org.start
            and not any(g.dep_ == "prep" for g in c.children) and any(degree_word(t.lower_) for t in own_phrase(c))]


def bracketed_degrees(org: Span) -> list[tuple[str | None, int | None]]:
    """"Seoul National University (B.S. 2001, M.S. 2003)", "Stanford (PhD, 2010)": the degrees, each with
    the year it ended, listed in brackets right after the school; nothing unless the brackets hold only
    degrees, years and commas (not "(the first in her family)", "(2015-2018)")."""
    doc = org.doc
    if org.end >= len(doc) or doc[org.end].text != "(":
        return []
    listed: list[tuple[str | None, int | None]] = []
    for token in doc[org.end + 1: min(org.end + 16, len(doc))]:
        if token.text == ")":
            return listed
        if degree_word(token.lower_) and token.lower_ not in ("degree", "degrees"):
            listed.append((degree_label(degree_in(token.text)), None))
        elif _YEAR.fullmatch(token.text) and listed and listed[-1][1] is None:
            listed[-1] = (listed[-1][0], int(token.text))
        elif token.lower_ not in _BRACKET_GLUE:
            return []
    return []


def studies_left(path: list[Token], org: Span | None, dep: str) -> Token | None:
    """The degree that makes a place left or gone to a school: "left X, where he had just finished a master's
    degree" (the place's own clause), "left Y for a PhD place at X" (what the place was left for)."""
    if org is not None and dep == "dobj":  # the organisation is what was left
        for clause in (c for c in org.root.children if c.dep_ == "relcl"):
            if any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
                degree = next((t for t in clause.subtree if degree_word(t.lower_)), None)
                if degree is not None:
                    return degree
    if "for" in (t.lower_ for t in path[1:-1]):
        purpose = path[path.index(next(t for t in path if t.lower_ == "for")) - 1]
        return next((c for c in purpose.children if c.dep_ in ("compound", "amod") and degree_word(c.lower_)), None)
    return None


def degree_object(verb: Token) -> Token | None:
    """The degree a verb's object names: "did my PhD", "completed her master's"."""
    return next((c for c in verb.children if c.dep_ == "dobj" and degree_word(c.lower_)), None)
