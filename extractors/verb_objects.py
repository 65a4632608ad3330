"""What the object of a career verb says about the organisation it hangs on: research done there ("did
research at Bell Labs"), a part of it led or run ("runs the robotics group at Amazon"), a deal done to it
("led the investment in X"), one's own group ("started her own lab at the Crick"), or the role a "be" verb
gives ("was a postdoc at X"). `extractors/verb_triggers.py` reads them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.institutions import school
from extractors.vocabulary import (
    BE,
    ROLE_NOUNS,
    SITE_WORDS,
    SPEND_VERBS,
    STUDENT_NOUNS,
    UNIT_WORDS,
    VENTURE_NOUNS,
    WORK_VERBS,
    coarse,
    degree_word,
)

DID = frozenset("do did does done doing".split())
_RESEARCH = frozenset("work research".split())


def research_done(verb: Token) -> bool:
    """The verb's object is research or work, or most of it: not "her PhD work" (a degree's, read elsewhere)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj")]
        if any(n.lower_ in _RESEARCH and not any(degree_word(c.lower_) for c in n.children) for n in nouns):
            return True
    return False


# What one leads, heads or runs at an organisation, beyond its units: "heads the research arm of Samsung".
LED_PARTS = UNIT_WORDS | SITE_WORDS | frozenset("operations business businesses".split())


def part_led(verb: Token, path: list[Token], org: Span | None, dep: str) -> bool:
    """The verb's object is a part of the organisation the path climbs from: "runs the robotics group at Amazon"
    (the "at" on the group or, as the parser may hang it, on the verb)."""
    if dep == "dobj":
        return org is not None and not org.start <= path[-2].i < org.end and path[-2].lower_ in LED_PARTS
    return dep == "prep" and path[-2].lower_ == "at" and any(
        c.dep_ == "dobj" and c.lower_ in LED_PARTS for c in verb.children)


def deal_of(path: list[Token], org: Span | None) -> bool:
    """The verb's object is a thing done to or in the organisation, not a part of it: "led the investment in X",
    "led the acquisition of X", "ran the campaign for X"; not "led the NLP group at X" nor "heads the research
    arm of X"."""
    if org is None or len(path) < 3:
        return False
    thing, prep = path[-2], path[-3]
    return not (org.start <= thing.i < org.end) and coarse(thing) == "NOUN" and thing.lower_ not in LED_PARTS \
        and thing.lower_ not in ROLE_NOUNS and prep.lower_ in ("in", "into", "of", "on", "for")




def company_started(path: list[Token], org: Span | None) -> bool:
    """The organisation the path climbs from is what the verb starts: "started Lumen Robotics" (a "start" verb's
    object) or "launched a startup, Cobalt Labs" (named in apposition to a venture); not "started a PhD at X"
    nor "launched a product with X"."""
    if org is None or len(path) < 2:
        return False
    verb, obj = path[-1], path[-2]
    if org.start <= obj.i < org.end:
        return verb.lower_.startswith("start") or described_as_venture(obj)
    return obj.lower_ in VENTURE_NOUNS and org.start <= path[-3].i < org.end and path[-3].dep_ == "appos"


def described_as_venture(name: Token) -> bool:
    """"Arcwise, a startup building agents": a name in apposition with a venture is a firm's."""
    # the parser may make "a startup building agents" agents that are a startup's
    return any(c.dep_ == "appos" and (c.lower_ in VENTURE_NOUNS or any(
        g.dep_ == "compound" and g.lower_ in VENTURE_NOUNS for g in c.children)) for c in name.children)


def joined_later(path: list[Token], org: Span | None) -> bool:
    """"Prior to Anthropic, she was at OpenAI", "Before Stripe, he worked at Google": fronted before the subject,
    the organisation is where the person went next. Not a school ("Before Stanford, ..." may be a degree) nor
    an event ("Before the war")."""
    if org is None or len(path) not in (3, 4) or school(org) or org[0].lower_ == "the":
        return False
    verb, prep = path[-1], path[-2]
    if len(path) == 3:
        fronted = prep.lower_ == "before" and prep.dep_ == "prep"
    else:
        fronted = prep.lower_ == "prior" and path[-3].lower_ == "to"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return fronted and path[0].dep_ == "pobj" and bool(subjects) and prep.i < subjects[0].i \
        and (verb.lower_ in BE or verb.lower_ in WORK_VERBS or verb.lower_ in SPEND_VERBS)


# What one leads or does "on" a topic: "led work on Alexa".
_PROJECT_WORDS = _RESEARCH | frozenset("development efforts effort projects project teams team".split())


def topic_worked_on(verb: Token, path: list[Token]) -> bool:
    """The organisation is the verb's "on" after an object that is work: "led work on Alexa", "did research on
    X" name what the work was about, not where it was done."""
    return len(path) == 3 and any(c.dep_ == "dobj" and c.lower_ in _PROJECT_WORDS for c in verb.children)


def own_unit(noun: Token) -> bool:
    """"started her own group at the Crick", "started his lab at X": a research group someone leads there."""
    return noun.lower_ in UNIT_WORDS and any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their", "my")
                                         for c in noun.children)


def held_noun(verb: Token) -> Token | None:
    """The role or schooling a "be" verb gives its subject: "was a postdoc", "is a PhD student"."""
    # a capitalised title is one too: "where she is a Principal Engineer"
    return next((c for c in verb.children if c.dep_ == "attr" and coarse(c) in ("NOUN", "PROPN") and (
        c.lower_ in ROLE_NOUNS or c.lower_ in STUDENT_NOUNS or degree_word(c.lower_))), None)
