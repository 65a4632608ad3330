"""Reading the dependency parse around a career trigger: clause heads, where an organisation
hangs, lists of organisations, role and degree phrases."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from spacy.tokens import Span, Token

from extractors.relations import hedged
from extractors.vocabulary import (
    DEGREE_NOUNS,
    HIRE_VERBS,
    ROLE_NOUNS,
    STUDENT_NOUNS,
    STUDY_VERBS,
    coarse,
    degree_of,
    degree_word,
    promotion,
)

MAX_CLIMB = 8


def clause(trigger: Token) -> Token:
    """The verb whose clause a trigger sits in: years of "became a professor at X in 2010" hang off it."""
    token = trigger
    for _ in range(MAX_CLIMB):
        if coarse(token) in ("VERB", "AUX") or token.dep_ == "ROOT" or token.head.i == token.i:
            return token
        token = token.head
    return token


def has_verb(span: Span) -> bool:
    """Any verb or modal in the span, by its fine tag (the pipeline sets no coarse tags)."""
    return any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in span)


def steps_down(verb: Token) -> bool:
    """"stepped down", "is stepping down": a verb of leaving a post written in two words."""
    return verb.lower_.startswith("step") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down"
                                                  for c in verb.children)


def anchor(org: Span) -> Token:
    """Where the organisation hangs in the parse: its root, or the word the preposition governs when
    the parser split the name ("at the San Pietro | a Maiella Conservatory")."""
    root = org.root
    if root.dep_ in ("det", "punct"):
        # "The New York Times technology columnist": the parser hung "The" on the noun after the name
        outside = [t for t in org if t.dep_ not in ("det", "punct") and not org.start <= t.head.i < org.end]
        root = outside[-1] if outside else root
    if root.dep_ in ("appos", "compound") or (root.dep_ == "prep" and root.i > org.start):
        # "from The University of Texas | at Austin": the name's own "at" hung on the verb
        for token in org:
            if token.dep_ == "pobj" and not org.start <= token.head.i < org.end:
                return token
    return root


LIST_GLUE = frozenset({",", ";", "(", ")", "and", "or", "&", "-", "–", "—", "as", "well", "later", "then", "also"})


def listed_after(before: Span, org: Span) -> bool:
    """Only commas, "and", brackets and years between two organisations: one list, one relation."""
    between = before.doc[before.end: org.start]
    return len(between) <= 12 and any(t.lower_ in (",", "and", "or", ";", "&") for t in between) and all(
        t.lower_ in LIST_GLUE or t.like_num or t.ent_type_ == "DATE" for t in between)


def post_nominal(org: Span | None) -> bool:
    """"CBE", "KCMG", "DPM" after a name: letters of an honour or a degree, not an employer."""
    return org is not None and not org._.kg and len(org) == 1 and org.text.isupper() and len(org.text) <= 5


_NAMES = frozenset({"ORG", "PERSON", "GPE", "FAC", "FUNDER"})


def phrase(token: Token) -> str:
    """A noun with its left modifiers: "senior research scientist", "PhD student"; not a name before
    them ("Google CEO" is a CEO)."""
    left = token
    for child in reversed(list(token.lefts)):
        if child.dep_ in ("compound", "amod", "nmod") and child.i == left.i - 1 and child.ent_type_ not in _NAMES:
            left = child
        elif child.dep_ == "poss" and child.i == left.i - 2 and degree_word(child.lower_) \
                and token.doc[child.i + 1].dep_ == "case":
            left = child  # "a master 's student": the degree is written as a possessive
        else:
            break
    return " ".join(t.text for t in token.doc[left.i: token.i + 1])


def role_phrase(token: Token, organisations: Container[int] = ()) -> str:
    """A role noun with all its left modifiers and a short "of" complement: "senior director of applied
    research", "member of technical staff", "machine learning engineer", "head of AI". The complement
    stops at a name, an article or an organisation (`organisations`: token indices): "director of the
    lab", "head of the RIKEN Center" keep their head noun only."""
    doc = token.doc
    if token.lower_ == "one":  # "joined X as one of its first research scientists": the role is the "of"
        group = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if group is None:
            return token.text
        phrase = role_phrase(group, organisations)
        return phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase
    left = token.i
    while left > token.sent.start:
        before = doc[left - 1]
        if before.dep_ not in ("compound", "amod", "nmod", "npadvmod") or not left <= before.head.i <= token.i \
                or before.ent_type_ in _NAMES or before.lower_ in _NOT_OF_THE_ROLE:
            break
        left -= 1
    end = token.i + 1
    of = doc[end] if end < len(doc) else None
    if of is not None and of.lower_ == "of" and of.head.i == token.i and of.dep_ == "prep" \
            and token.lower_ not in _FIELD_TITLES:
        field = next((c for c in of.children if c.dep_ == "pobj"), None)
        words = doc[field.left_edge.i: field.i + 1] if field is not None and field.left_edge.i > of.i else []
        if 1 <= len(words) <= 4 and all(_plain(t, organisations) for t in words):
            end = field.i + 1  # "director of engineering at X": the field, not where
    return " ".join(t.text for t in doc[left: end])


# Words before a role that say when it began or whose it is, not what it is: "its new chief executive".
_NOT_OF_THE_ROLE = frozenset("new first next former then later".split())
# Academic ranks whose "of" names the field taught, not the post: "Associate Professor of Computer Science".
_FIELD_TITLES = frozenset("professor professors lecturer lecturers reader readers chair professorship fellow "
                          "fellows instructor teacher".split())


def _plain(token: Token, organisations: Container[int]) -> bool:
    """A word of a field or a function, not of a name: "technical staff", "AI", "engineering"."""
    if token.i in organisations or token.ent_type_ in ("PERSON", "DATE"):
        return False
    if token.ent_type_ in ("GPE", "LOC", "FAC", "NORP") and not (token.is_upper and len(token) <= 4):
        return False  # "head of AI" (NER says AI is a place); not "director of Europe"
    if token.dep_ in ("det", "poss") or not (token.is_alpha or token.text == "-"):
        return False
    return token.is_lower or (token.is_upper and len(token) <= 4) or (token.is_title and not token.ent_type_)


# Nouns a degree word can qualify without naming a degree earned: "a PhD scholarship", "a doctoral grant".
FUNDING_NOUNS = frozenset("scholarship scholarships fellowship fellowships studentship studentships grant grants "
                          "award awards stipend bursary funding".split())


def degree_near(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "pobj", "oprd"):
            if child.lower_ in FUNDING_NOUNS:
                continue  # "received a PhD scholarship from X": money from X, not a degree
            # its own phrase, not the ones coordinated with it: "received the B.Eng. degree from X in 2010, the
            # M.Sc. degree from Y ..., and the Ph.D. degree from Z" (the parser hangs "from X" on the verb)
            phrase = own_phrase(child)
            for token in phrase:
                if token.lower_ in DEGREE_NOUNS or token.lower_ in STUDENT_NOUNS:
                    return degree_in(" ".join(t.text for t in phrase))
    return None


def own_phrase(token: Token) -> list[Token]:
    """`token`'s subtree without the phrases listed after it (its "conj" children's subtrees, and the "appos"
    the parser makes of a list's second item: "the B.Eng. degree ..., the M.Sc. degree ...")."""
    skipped = {t.i for c in token.children if c.dep_ in ("conj", "cc", "appos") for t in c.subtree}
    return [t for t in token.subtree if t.i not in skipped]


# "B.E.", "M.E.": engineering degrees. Only with their dots: undotted, "be" and "me" are words.
_ENGINEERING = re.compile(r"\b([BbMm])\.\s?[Ee]\.")
# "D.Eng.", "Dr.Eng.": the Japanese engineering doctorate. Only with a dot: "Deng" is a family name.
_ENGINEERING_DOCTORATE = re.compile(r"\bDr?\.\s?Eng\b\.?", re.I)


def degree_in(text: str) -> str:
    """The degree a phrase names, abbreviations read without their dots: "my B.S." is a Bachelor
    (the patterns end on a word boundary, which a final "." never gives)."""
    text = _ENGINEERING_DOCTORATE.sub("PhD", text)
    return degree_of(_ENGINEERING.sub(r"\1Eng", text).replace(".", ""))


def field_after_degree(path: list[Token]) -> bool:
    """"a PhD in Electrical and Computer Engineering from X": the organisation-like words right after
    "a degree in" are the field studied, wherever the parser hangs the "in"."""
    prep = next((t for t in path[1:] if t.dep_ == "prep"), None)  # "Electrical" hangs on "Engineering"
    if prep is None or prep.lower_ != "in" or prep.i == 0:
        return False
    return degree_word(prep.doc[prep.i - 1].lower_)


def degree_label(degree: str | None) -> str | None:
    return None if degree in (None, "degree") else degree


def honorary(token: Token) -> bool:
    return any(t.lower_ in ("honorary", "honoris") for t in token.subtree) or any(
        t.lower_ in ("honorary", "honoris") for t in token.lefts)


_RISING = frozenset("rise rose rising risen rises".split())


def role_after(verb: Token) -> str | None:
    """The role a joining or hiring verb names: "joined X as a member of technical staff", "named Jane Doe
    its new chief executive" (a post the organisation's "its" owns, beside the one hired)."""
    for child in verb.children:
        if child.dep_ in ("advcl", "conj") and child.lower_ in _RISING:
            # "spent eight years at Amazon, rising to Director of Applied Science": the post reached there
            post = next((g for c in child.children if c.dep_ == "prep" and c.lower_ in ("to", "as")
                         for g in c.children if g.dep_ == "pobj"), None)
            if post is not None:
                return role_phrase(post)
        # "promoted X to senior director of engineering": the post one is promoted to
        if child.dep_ == "prep" and (child.lower_ == "as" or child.lower_ == "to" and promotion(verb)):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return role_phrase(obj)
        if misread_post(child):
            return role_phrase(child)
    for hired in (c for c in verb.children if c.dep_ in ("dobj", "oprd")):
        for post in [*hired.children, *(c for c in verb.children if c.dep_ == "oprd")]:
            if post.dep_ in ("appos", "oprd") and post.lower_ in ROLE_NOUNS and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in post.children):
                return role_phrase(post)
    return None


def posts_given(verb: Token) -> list[Token]:
    """Where a hiring verb's post may stand: its objects ("named X chief scientist", the parse's "oprd"), what it
    is given "as", and what stands beside the one hired ("named X, its chief scientist")."""
    posts = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    posts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return posts + [g for c in posts for g in c.children if g.dep_ in ("appos", "oprd")]


def hire_hung_on(name: Token) -> Token | None:
    """"Spotify named Jane Doe its chief scientist": the small model may make the firm the sentence's root and hang
    the verb on it; the verb then, as if the firm were its subject."""
    if not (name.dep_ == "ROOT" or name.dep_ == "appos" and name.head.dep_ == "ROOT" and name.head.i < name.i):
        return None  # the root, or in apposition to a dateline's place ("MUMBAI, 2 February 2024 — TCS named")
    doc = name.doc
    for verb in name.rights:
        if verb.dep_ in ("acl", "xcomp", "advcl") and verb.tag_ in ("VBN", "VBD") and verb.lower_ in HIRE_VERBS \
                and all(t.ent_type_ == "DATE" or t.lower_ in ("on", ",") for t in doc[name.i + 1:verb.i]):
            return verb  # "Spotify today named ...", "Spotify on Monday named ..."
    return None


def misread_post(token: Token) -> bool:
    """"has been promoted to director at Spotify" with "to director" tagged an infinitive: a post."""
    return token.dep_ == "xcomp" and token.lower_ in ROLE_NOUNS and promotion(token.head) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def college_sport(verb: Token) -> bool:
    """"played college basketball for X": a student's team, so a student's school."""
    return any(c.dep_ == "dobj" and any(t.lower_ in ("college", "collegiate", "varsity") for t in c.lefts)
               for c in verb.children)


# What a player plays that is no team's game: "played a key role for X", "played host to".
_NOT_PLAYED_FOR = frozenset("role roles host part parts game games match concert gig".split())


def played_for_team(verb: Token, path: list[Token]) -> bool:
    """"played for X", "played most of his career for X", "played football for X": a player's club.
    Not "played a role for X" nor "played host to X"; "part of his career" is time at the club."""
    if not any(t.lower_ == "for" and t.head.i == verb.i for t in path):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(o.lower_ in _NOT_PLAYED_FOR and not any(
        g.lower_ in ("career", "careers") for g in o.subtree) for o in objects)


def studied_in(unit: Token) -> bool:
    """A unit word ("faculty") under a study verb: "studied in the faculty of X"."""
    token = unit
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in STUDY_VERBS:
            return True
    return False


_GUIDANCE = frozenset({"supervision", "guidance", "direction", "tutelage"})
_TEACHER_NOUNS = frozenset("teachers instructors professors mentors tutors teacher instructor mentor tutor".split())
_INCLUDE = frozenset("include includes included including".split())


def teachers(sent: Span, students: list[str], persons: Callable[[Token], list[str]],
             elsewhere: frozenset[int] = frozenset()) -> list[tuple[str, str | None]]:
    """Who taught at the school a sentence says someone studied at: "earned his doctorate from X
    under the supervision of P", "studied with P", "a disciple of P". `persons` names the people
    a token stands for (with those coordinated with it). A teacher the parse puts at another of the sentence's
    organisations (`elsewhere`, their tokens) taught there: in "completed a thesis at A under P, and then moved
    to B for a PhD" P taught at A, not B."""
    found: list[tuple[str, str | None]] = []
    for token in sent:
        lower = token.lower_
        if lower in ("with", "under") and token.head.i in elsewhere:
            continue
        if lower == "with" and token.head.lower_ in STUDY_VERBS or lower == "under" and token.dep_ == "prep":
            objects = [c for c in token.children if c.dep_ == "pobj"]
        elif lower in ("disciple", "disciples", "pupil", "pupils"):
            objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
        elif lower in _TEACHER_NOUNS and token.dep_ == "nsubj" and token.head.lower_ in _INCLUDE:
            # "studied at X, where his teachers included P and Q"
            objects = [c for c in token.head.children if c.dep_ in ("dobj", "attr")]
        else:
            continue
        role = None
        for obj in list(objects):
            if obj.lower_ in _GUIDANCE:
                role = "supervisor" if obj.lower_ == "supervision" else None
                objects += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"]
        if hedged([token, token.head]):
            continue
        # each of "Klaus Wagner and Karl Dörge" on its own: NER may have missed the first
        objects += [c for obj in list(objects) for c in obj.subtree if c.dep_ == "conj" and c.i != obj.i]
        found += [(name, role) for obj in objects for name in persons(obj) if name not in students]
    return list(dict.fromkeys(found))
