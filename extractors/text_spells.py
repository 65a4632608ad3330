"""A spell told in text: one person's relation with one organisation (type, person, organisation), as the whole story tells it.

The career component notes, for each relation it adds, what the sentence said of the spell (`note_spell`: a
length, the trigger word, a "Before that", a "then"); `extractors/chronology.py` reads the notes back, groups
the relations into spells (`spells_of`) and fills their missing years from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from extractors.syntax import clause
from extractors.textpeople import POSITION
from extractors.vocabulary import HIRE_VERBS, MOVE_VERBS, SPEND_VERBS, coarse
from kg.model import person_id

SPELL_NOTES = "kg_spell_notes"
# "moved to X in 2019" leaves the job before; "went to" may be a visit, so it ends nothing (as a next step, "then
# went to X", it begins one: _BEGINNINGS).
_MOVES = MOVE_VERBS - frozenset("go went gone goes going".split())
# What takes one from one job to the next: a move, or joining another organisation ("joined Waymo in 2015").
SUCCEEDING = _MOVES | frozenset("join joins joined joining".split())
# The trigger words that announce a job ("has appointed", "joins"): what "the post" of a later sentence is.
_JOINS = frozenset("join joins joined joining".split())
_COMES = frozenset("come comes came coming".split())  # "He comes from the University of Oxford, where ..."
ANNOUNCING = HIRE_VERBS | _JOINS
_BEFORE_THAT = re.compile(r"^\s*(?:before|prior\s+to)\s+(?:that|this|then)\b", re.I)
_TIME = re.compile(r"(?:1[89]|20)\d\d|'\d\d")  # a year or a decade: "2016", "2000s", "'90s"
# Adverbs that put a step right after the one told before it: "He then joined X".
_NEXT_STEP = frozenset("then afterwards afterward subsequently thereafter".split())
# The verbs a next step is taken by: "then joined X", "was then appointed at Y", "then moved to Bell Labs" (a
# move to an organisation; one to a town names no job); not "then worked at X".
_BEGINNINGS = ANNOUNCING | _MOVES | frozenset("became become started start went".split())  # "then went to Uber"


@dataclass
class Note:
    rel: dict[str, Any]
    tail_name: str
    trigger: str
    length: int | None = None
    before_that: bool = False  # "Before that he was an engineer at Ericsson": ends when the next spell began
    then: bool = False  # "He then joined X": begins when the spell told before it ended
    orgs: int = 0  # organisations the sentence names
    dated: bool = False  # the spell's clause has a time of its own ("spent nine years at Amazon in the 2000s")
    joined_from: bool = False  # "Kowalski joins from Amazon": the job left for the one announced
    now: bool = False  # "ASML has appointed X", "X joins as director": a hire the news tells as just made
    left_now: bool = False  # "X joins from Apple", "He comes from Oxford": the job left as the news tells it


@dataclass
class Spell:
    """The relations one sentence or several gave one (type, person, organisation), read together."""

    rels: list[dict[str, Any]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    lengths: set[int] = field(default_factory=set)  # "She spent six years there", said in a later sentence

    @property
    def start(self) -> int | None:
        return next((r["start"] for r in self.rels if r["start"] is not None), None)

    @property
    def end(self) -> int | None:
        return next((r["end"] for r in self.rels if r["end"] is not None), None)

    @property
    def first(self) -> int:
        return min(r[POSITION][0] for r in self.rels)

    @property
    def last(self) -> int:
        return max(r[POSITION][0] for r in self.rels)

    def set(self, key: str, year: int) -> None:
        for rel in self.rels:
            if rel[key] is None:
                rel[key] = year


def note_spell(doc: Doc, rel: dict[str, Any], *, tail_name: str, trigger: Token, sent: Span,
               length: int | None, orgs: int) -> None:
    """Keep what the sentence said of the spell `rel` (a relation dict just added) for `complete_years`; `orgs` is
    how many organisations the sentence names."""
    verb = clause(trigger)  # "then joined the faculty of X": the role's verb
    # "and before that worked at Microsoft" after a dated spell says only the order; with a length ("and before
    # that spent seven years at Intel") the text gives both ends
    before = _BEFORE_THAT.match(sent.text) is not None or length is not None and _before_that_said(verb)
    then = (trigger.lower_ in _BEGINNINGS or verb.lower_ in _BEGINNINGS
            or length is not None and verb.lower_ in SPEND_VERBS) and _follows_on(verb)
    dated = any(t.ent_type_ == "DATE" and _TIME.match(t.text) and clause(t.head).i == verb.i for t in verb.subtree)
    come_from = trigger.lower_ in _JOINS | _COMES and any(
        c.dep_ == "prep" and c.lower_ == "from" and tail_name in doc[c.i:c.right_edge.i + 1].text
        for c in trigger.children)
    joined_from = come_from and not _kept(trigger)
    # the post given, not an apposition's ("has hired X, a research scientist at Google DeepMind": DeepMind is no
    # new job)
    told_now = not _in_apposition(trigger, verb) and _told_as_now(verb if verb.lower_ in ANNOUNCING else trigger)
    left_now = joined_from and _told_as_now(trigger, ANNOUNCING | _COMES)
    doc.user_data.setdefault(SPELL_NOTES, []).append(Note(rel, tail_name, trigger.lower_, length, before, then, orgs,
                                                          dated, joined_from, told_now and not come_from, left_now))


_KEEPS = frozenset("remain remains retain retains retaining keep keeps keeping continue continues stay stays".split())


def _kept(trigger: Token) -> bool:
    """"joins from McGill, where she remains (or "is") an assistant professor", "comes from Oxford, where he will
    retain a part-time chair": the place come from is kept."""
    return any(t.lower_ in _KEEPS or t.dep_ == "relcl" and t.tag_ in ("VBZ", "VBP")
               for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)


def _in_apposition(token: Token, verb: Token) -> bool:
    """`token` hangs on `verb` through an apposition ("X, a scientist at Y")."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "appos":
            return True
        token = token.head
    return False


_PERFECT = frozenset("has have 's 've".split())


def _told_as_now(verb: Token, verbs: frozenset[str] = ANNOUNCING) -> bool:
    """"ASML has appointed X", "X has joined Y", "X joins as director": a hire or a join (or another of `verbs`:
    "he comes from X") in the present or the present perfect, neither negated nor hedged by a modal
    (`relations.hedged` judges the rest)."""
    if verb.lower_ not in verbs or coarse(verb) != "VERB":
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and auxes[0] in _PERFECT and all(a in _PERFECT | {"been"} for a in auxes)


def _before_that_said(verb: Token) -> bool:
    """"She spent nine years at Amazon before that", "and before that spent seven years at Intel"."""
    return any(c.dep_ == "prep" and c.lower_ in ("before", "prior") and any(
        g.lower_ in ("that", "this", "then") for g in c.subtree if g.i != c.i) for c in verb.children)


def _follows_on(verb: Token) -> bool:
    """"He then joined X", "After that she moved to Y", "Afterwards he joined Z": the verb follows the step
    told before it."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _NEXT_STEP:
            return True
        if child.dep_ == "prep" and child.lower_ == "after" and any(
                g.dep_ == "pobj" and g.lower_ in ("that", "this") for g in child.children):
            return True
    return False


def _key(rel: dict[str, Any]) -> tuple[str, str, str]:
    return rel["type"], rel["head"], rel["tail"]


def spells_of(rels: list[dict[str, Any]], notes: list[Note]) -> dict[tuple, Spell]:
    """The career relations grouped by (type, person, organisation), each group with the notes of its relations."""
    spells: dict[tuple, Spell] = {}
    for rel in rels:
        if rel["type"] in ("STUDIED_AT", "WORKS_AT") and POSITION in rel:
            spells.setdefault(_key(rel), Spell()).rels.append(rel)
    kept = {id(r) for r in rels}
    for note in notes:
        if id(note.rel) in kept and _key(note.rel) in spells:
            spells[_key(note.rel)].notes.append(note)
    return spells


def undated_job(spell: Spell) -> bool:
    return spell.start is None and spell.end is None and spell.rels[0]["type"] == "WORKS_AT"


def open_jobs(spells: dict[tuple, Spell], person: str, before: int) -> list[Spell]:
    return [s for s in spells.values() if s.rels[0]["type"] == "WORKS_AT" and s.rels[0]["head"] == person
            and s.end is None and s.first <= before]


def last_placed(spells: dict[tuple, Spell], person: str, at: int) -> Spell | None:
    pid = person_id(name=person)
    told = [s for s in spells.values() if s.rels[0]["head"] == pid and s.first < at]
    if not told:
        return None
    last = max(r[POSITION][0] for s in told for r in s.rels if r[POSITION][0] < at)
    latest = [s for s in told if any(r[POSITION][0] == last for r in s.rels)]
    return latest[0] if len(latest) == 1 else None


# Posts held beside one's job: joining as one ends nothing.
_BESIDE = frozenset("adjunct visiting honorary affiliate affiliated part-time adviser advisor consultant".split())


def held_beside(spell: Spell) -> bool:
    """"In 2019 she joined Stanford as an adjunct professor": a post beside the job she has."""
    return any(w in _BESIDE for r in spell.rels for w in (r["role"] or "").lower().split())


def announced_near(spells: dict[tuple, Spell], spell: Spell, sentence: dict[int, int], at: int) -> list[Spell]:
    """The person's other dated jobs announced (hired, named, joined) in sentence `at` or the one before, save
    posts held beside another."""
    head = spell.rels[0]["head"]
    return [s for s in spells.values() if s is not spell and s.rels[0]["head"] == head
            and s.rels[0]["type"] == "WORKS_AT" and s.start is not None and not held_beside(s)
            and any(n.trigger in ANNOUNCING and 0 <= at - sentence.get(n.rel[POSITION][0], -9) <= 1
                    for n in s.notes)]
