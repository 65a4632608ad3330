"""Where a word stands as someone's employer in the parse, and the verb (or post) that puts it there: what a
person joins or founds ("joined Yandex"), works at or for ("worked at Criteo"), holds a company post of ("chief
executive of Feedzai"), was at or with over a span ("was previously at King", "was with Accenture from 2001"),
leads a unit at ("leads the vision team at Element AI"), takes a job at ("took a job at Nvidia") or holds a post
at ("is VP of analytics at Zalando", "served as director of AI at Mercado Libre").
`extractors/untagged_employers.py` asks it of the proper nouns NER left untagged or misnamed.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.verb_objects import described_as_venture
from extractors.vocabulary import (
    BE,
    COMPANY_POSTS,
    DOBJ_WORK_VERBS,
    FOUNDING_VERBS,
    JOIN_VERBS,
    LAUNCH_VERBS,
    ROLE_NOUNS,
    SPELL_ADVERBS,
    SPAN_NOUNS,
    SPELL_PREPS,
    SPEND_VERBS,
    STUDENT_NOUNS,
    UNIT_WORDS,
    coarse,
    degree_word,
)

_WORK = frozenset("work worked works working".split())
_WORK_AT = _WORK | frozenset("intern interned interns interning".split())
_JOB_NOUNS = frozenset("job jobs position positions post posts role roles appointment appointments lectureship "
                       "professorship internship".split())
# Verbs a post is held "as": "served as director of AI at X", "spent four years as an engineer at Y".
_SERVE_VERBS = _WORK | SPEND_VERBS | frozenset("serve served serves serving act acted acts".split())


def employing_verb(name: Token, *, place: bool) -> Token | None:
    """The verb (or the post, for an apposition) that makes `name` someone's employer, or None. A `place` (a
    word NER called a town) is no stay's "at": "was previously at Cambridge, where she earned her PhD"."""
    head = name.head
    if name.dep_ == "dobj" and (head.lower_ in JOIN_VERBS or head.lower_ in FOUNDING_VERBS):
        return head  # "joined Yandex", "co-founded Lumion Robotics"
    if name.dep_ == "dobj" and head.lower_ in LAUNCH_VERBS and described_as_venture(name):
        return head  # "has launched Arcwise, a startup building agents"
    if name.dep_ != "pobj":
        return None
    via, word = head.lower_, head.head
    if via in ("at", "for") and word.lower_ in _WORK_AT:
        return word
    if via == "of" and company_post_of(name) is not None and word.dep_ in ("attr", "oprd", "appos"):
        # "was appointed chief executive of Feedzai": only a company has one (a town has a mayor)
        return word.head if word.dep_ in ("attr", "oprd") else word
    if via in ("at", "with") and not place and word.lower_ in BE and any(
            c.dep_ == "advmod" and c.lower_ in SPELL_ADVERBS or c.dep_ == "prep" and c.lower_ in SPELL_PREPS
            for c in word.children):
        return word  # "was previously at King", "is now at Cohere", "was with Accenture from 2001"
    if via != "at":
        return None
    if (verb := _unit_led(word)) is not None and not _studied_as(verb):
        return verb  # "leads the vision team at Element AI"; not "joined the team at X as a PhD student"
    if (verb := _job_taken(word)) is not None:
        return verb  # "took a job at Nvidia", "accepted a position at X"
    if word.lower_ in SPEND_VERBS and any(c.dep_ == "dobj" and c.lower_ in SPAN_NOUNS for c in word.children):
        return word  # "spent her career at CERN", "spent six years at Criteo"
    if (verb := _served_as(name)) is not None:
        return verb  # "served as director of AI at Mercado Libre"
    role = _post_of(word)
    if role.lower_ in ROLE_NOUNS and role.dep_ == "attr":
        return role.head  # "X is Chief AI Officer at Mercado Libre", "she was VP of analytics at Zalando"
    if role.lower_ in ROLE_NOUNS and role.dep_ == "appos" and role.head.ent_type_ == "PERSON":
        return role  # "X, a research scientist at Mercado Libre"
    return None


def company_post_of(name: Token) -> Token | None:
    """The post only a company has that `name` is "of": "chief technology officer of Reliance Jio"."""
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in COMPANY_POSTS:
        return name.head.head
    return None


def _job_taken(word: Token) -> Token | None:
    """The verb that takes a job, when `word` (what "at" hangs on) is the job or that verb: "took a job at X"."""
    if word.lower_ in _JOB_NOUNS and word.dep_ == "dobj":
        return word.head
    if coarse(word) == "VERB" and any(c.dep_ == "dobj" and c.lower_ in _JOB_NOUNS for c in word.children):
        return word
    return None


def _unit_led(word: Token) -> Token | None:
    """The verb that leads or joins a unit, when `word` (what "at" hangs on) is the unit or that verb."""
    if word.lower_ in UNIT_WORDS and word.dep_ == "dobj" and word.head.lower_ in DOBJ_WORK_VERBS:
        return word.head
    if word.lower_ in DOBJ_WORK_VERBS and any(c.dep_ == "dobj" and c.lower_ in UNIT_WORDS for c in word.children):
        return word
    return None


def _studied_as(verb: Token) -> bool:
    """"joined the team at X as a PhD student": a place of study, which the career rules read for themselves."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ == "pobj" and (g.lower_ in STUDENT_NOUNS or degree_word(g.lower_)) for g in c.children)
        for c in verb.children)


def _post_of(word: Token) -> Token:
    """The post a field hangs from: "VP" for "analytics" in "VP of analytics"."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in ROLE_NOUNS:
        return word.head.head
    return word


def _served_as(name: Token) -> Token | None:
    """The verb of "served as director of AI at X" (`name` is X): a post held "as" is held at X."""
    if name.dep_ != "pobj" or name.head.lower_ != "at":
        return None
    if name.head.head.lower_ in _SERVE_VERBS and any(c.dep_ == "prep" and c.lower_ == "as"
                                                     for c in name.head.head.children):
        return name.head.head  # the parser hanging "at X" on the verb
    role = _post_of(name.head.head)
    if role.lower_ in ROLE_NOUNS and role.dep_ == "pobj" and role.head.lower_ == "as" \
            and role.head.head.lower_ in _SERVE_VERBS:
        return role.head.head
    return None
