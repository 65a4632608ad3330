"""A career story's years read across sentences, the way an analyst reads a whole article.

A sentence gives its relation the years written beside it (`extractors/years.py`). Some years are only
known from the story: "joined Google in 2012 ... spent six years there" ends the spell in 2018; "Before
that he was an engineer at Ericsson for seven years" ends it when the next job started, and begins it
seven years earlier; "Stolz-Halvorsen retired in 2008" ends her current job; "She will take up the post
in September 2024" starts the job just announced; "He left IBM in 2017" ends the spell at IBM Research
the story already told rather than adding a second IBM spell; "The researcher moved to RIKEN in 2019"
ends the open job before it.

"From 1958 to 1964 he worked at Ferranti. He then joined the University of Manchester" starts the next
spell when the one before ended.

The career component notes, for each relation it adds, what the sentence said of the spell (a length,
the trigger word, a "Before that", a "then"), and `extractors/milestones.py` the events that name no
organisation (a retirement, a future start). `complete_years` then fills only missing years, each from
an anchor the text states, and only when the anchoring is unambiguous: a wrong year is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from spacy.tokens import Doc, Span, Token

from extractors.docdate import AsOf
from extractors.milestones import MILESTONES, Milestone
from extractors.relations import sentence_bounds
from extractors.syntax import clause
from extractors.textpeople import POSITION
from extractors.vocabulary import END_VERBS, HIRE_VERBS, INSTITUTION_WORDS, MOVE_VERBS, SPEND_VERBS, coarse
from kg.model import person_id

_NOTES = "kg_spell_notes"
# "moved to X in 2019" leaves the job before; "went to" may be a visit, so it ends nothing (as a next step, "then
# went to X", it begins one: _BEGINNINGS).
_MOVES = MOVE_VERBS - frozenset("go went gone goes going".split())
# What takes one from one job to the next: a move, or joining another organisation ("joined Waymo in 2015").
_SUCCEEDING = _MOVES | frozenset("join joins joined joining".split())
# The trigger words that announce a job ("has appointed", "joins"): what "the post" of a later sentence is.
_JOINS = frozenset("join joins joined joining".split())
_ANNOUNCING = HIRE_VERBS | _JOINS
_BEFORE_THAT = re.compile(r"^\s*(?:before|prior\s+to)\s+(?:that|this|then)\b", re.I)
_TIME = re.compile(r"(?:1[89]|20)\d\d|'\d\d")  # a year or a decade: "2016", "2000s", "'90s"
# Adverbs that put a step right after the one told before it: "He then joined X".
_NEXT_STEP = frozenset("then afterwards afterward subsequently thereafter".split())
# The verbs a next step is taken by: "then joined X", "was then appointed at Y", "then moved to Bell Labs" (a
# move to an organisation; one to a town names no job); not "then worked at X".
_BEGINNINGS = _ANNOUNCING | _MOVES | frozenset("became become started start went".split())  # "then went to Uber"


@dataclass
class _Note:
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


@dataclass
class _Spell:
    """The relations one sentence or several gave one (type, person, organisation), read together."""

    rels: list[dict[str, Any]] = field(default_factory=list)
    notes: list[_Note] = field(default_factory=list)
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
    joined_from = trigger.lower_ in _JOINS and any(
        c.dep_ == "prep" and c.lower_ == "from" and tail_name in doc[c.i:c.right_edge.i + 1].text
        for c in trigger.children)
    # the post given, not an apposition's ("has hired X, a research scientist at Google DeepMind": DeepMind is no
    # new job)
    now = not joined_from and not _in_apposition(trigger, verb) and _told_as_now(
        verb if verb.lower_ in _ANNOUNCING else trigger)
    doc.user_data.setdefault(_NOTES, []).append(_Note(rel, tail_name, trigger.lower_, length, before, then, orgs,
                                                      dated, joined_from, now))


def _in_apposition(token: Token, verb: Token) -> bool:
    """`token` hangs on `verb` through an apposition ("X, a scientist at Y")."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "appos":
            return True
        token = token.head
    return False


_PERFECT = frozenset("has have 's 've".split())


def _told_as_now(verb: Token) -> bool:
    """"ASML has appointed X", "X has joined Y", "X joins as director": a hire or a join in the present or the
    present perfect, neither negated nor hedged by a modal (`relations.hedged` judges the rest)."""
    if verb.lower_ not in _ANNOUNCING or coarse(verb) != "VERB":
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


def complete_years(doc: Doc) -> None:
    """Fill the years the story gives but no single sentence does (see the module's docstring)."""
    notes: list[_Note] = doc.user_data.pop(_NOTES, [])
    as_of: AsOf | None = doc._.kg_as_of
    events: list[Milestone] = doc.user_data.pop(MILESTONES, [])
    rels = doc._.kg_relations or []
    if not notes:
        return
    _fold_leavings(rels, notes)
    spells = _spells(rels, notes)
    for kind, person, years, at, _ in events:
        if kind == "length":
            _length_of_last(spells, person, years, at)
    order = {id(rel): k for k, rel in enumerate(rels)}
    _before_that(spells, order)
    _after_that(spells, order)
    _length_before_move(spells)
    sentence = {start: k for k, (start, _) in enumerate(sentence_bounds(doc))}
    _joined_from(spells, sentence)
    _length_after_appointment(spells, sentence)
    _apply_lengths(spells)
    for kind, person, year, at, target in events:
        if target is not None:
            _end_named(spells, person, year, target)
        elif kind != "length":
            {"starts": _start_announced, "ends": _end_current, "joined": _start_undated,
             "since": _since_there}[kind](spells, person, year, at)
    if as_of is not None:
        _started_now(spells, as_of.year)
    _successions(spells)
    _apply_lengths(spells)


def _key(rel: dict[str, Any]) -> tuple[str, str, str]:
    return rel["type"], rel["head"], rel["tail"]


def _spells(rels: list[dict[str, Any]], notes: list[_Note]) -> dict[tuple, _Spell]:
    spells: dict[tuple, _Spell] = {}
    for rel in rels:
        if rel["type"] in ("STUDIED_AT", "WORKS_AT") and POSITION in rel:
            spells.setdefault(_key(rel), _Spell()).rels.append(rel)
    kept = {id(r) for r in rels}
    for note in notes:
        if id(note.rel) in kept and _key(note.rel) in spells:
            spells[_key(note.rel)].notes.append(note)
    return spells


def _fold_leavings(rels: list[dict[str, Any]], notes: list[_Note]) -> None:
    """"He left IBM in 2017" after "joined IBM Research": the leaving ends the spell already told, not a
    second one at IBM without its role. Only when one spell of the person is so named."""
    names = {id(n.rel): n.tail_name for n in notes}
    for note in notes:
        rel = note.rel
        if rel["type"] != "WORKS_AT" or note.trigger not in END_VERBS or rel["end"] is None \
                or rel["start"] is not None or rel["role"] is not None:
            continue
        prefix = note.tail_name.lower() + " "
        fuller = [r for r in rels if r is not rel and r["type"] == "WORKS_AT" and r["head"] == rel["head"]
                  and names.get(id(r), "").lower().startswith(prefix)]
        if len({r["tail"] for r in fuller}) != 1 or any(r["start"] is not None and r["start"] > rel["end"]
                                                         for r in fuller):
            continue
        if any(r["tail"] == rel["tail"] for r in rels if r is not rel and r["type"] == "WORKS_AT"
               and r["head"] == rel["head"]):
            continue  # the text also tells of a spell at IBM itself
        for other in fuller:
            if other["end"] is None:
                other["end"] = rel["end"]
        rels.remove(rel)


def _told_at(rel: dict[str, Any], order: dict[int, int]) -> tuple[int, int]:
    """Where the text tells of a relation: its sentence, then its place among the relations found."""
    return rel[POSITION][0], order.get(id(rel), 0)


def _before_that(spells: dict[tuple, _Spell], order: dict[int, int]) -> None:
    """"Lindqvist has been at Spotify since 2018. Before that he was an engineer at Ericsson", "has led X since
    2021 and before that spent seven years at Intel": the spell ends when the person's spell told just before it
    (in the text, or earlier in the sentence) began."""
    told_at = partial(_told_at, order=order)

    for spell in spells.values():
        if spell.end is not None or not any(n.before_that for n in spell.notes):
            continue
        at = min(told_at(n.rel) for n in spell.notes if n.before_that)
        head = spell.rels[0]["head"]
        earlier = [s for s in spells.values() if s is not spell and s.rels[0]["head"] == head
                   and s.rels[0]["type"] == "WORKS_AT" and s.start is not None
                   and any(told_at(r) < at for r in s.rels)]
        if not earlier:
            continue
        told = max(told_at(r) for s in earlier for r in s.rels if told_at(r) < at)
        latest = [s for s in earlier if any(told_at(r) == told for r in s.rels)]
        if len(latest) == 1 and (spell.start is None or spell.start <= latest[0].start):
            spell.set("end", latest[0].start)


def _after_that(spells: dict[tuple, _Spell], order: dict[int, int]) -> None:
    """"From 1958 to 1964 he worked at Ferranti. He then joined the University of Manchester", "worked at NTT
    from 1990 to 2001 and then joined Osaka University": the spell begins when the person's job told just
    before it (in the text, or earlier in the sentence) ended."""
    told_at = partial(_told_at, order=order)

    for spell in spells.values():
        if spell.start is not None or spell.rels[0]["type"] != "WORKS_AT" or not any(n.then for n in spell.notes):
            continue
        at = min(told_at(n.rel) for n in spell.notes if n.then)
        head = spell.rels[0]["head"]
        # "completed her PhD at ETH in 2015, then spent three years at IBM": a degree is a step too
        earlier = [s for s in spells.values() if s is not spell and s.rels[0]["head"] == head
                   and any(told_at(r) < at for r in s.rels)]
        if not earlier:
            continue
        told = max(told_at(r) for s in earlier for r in s.rels if told_at(r) < at)
        latest = [s for s in earlier if any(told_at(r) == told for r in s.rels)]
        if len(latest) == 1 and latest[0].end is not None and (spell.end is None or latest[0].end <= spell.end):
            spell.set("start", latest[0].end)


def _length_before_move(spells: dict[tuple, _Spell]) -> None:
    """"X, who spent nine years at Amazon, joined Zalando in 2022", "joined Zalando in 2021, having spent seven
    years at Intel", "is leaving Amazon after nine years to join Zalando in 2022": a spell told only by its length
    ends when the one dated move the same sentence tells of the person began."""
    for spell in spells.values():
        if not _undated_job(spell):
            continue
        head = spell.rels[0]["head"]
        for note in spell.notes:
            if not note.length or note.then or note.dated or note.orgs > 2:
                continue  # "nine years at Amazon and two at Meta before joining X": which came last is not said
            at = note.rel[POSITION]
            told = [s for s in spells.values() if s.rels[0]["head"] == head and any(r[POSITION] == at for r in s.rels)]
            if sum(1 for s in told if _undated_job(s) and any(n.length for n in s.notes)) > 1:
                break
            moves = {n.rel["start"] for s in told if s is not spell and s.rels[0]["type"] == "WORKS_AT"
                     and not _held_beside(s) for n in s.notes
                     if n.rel[POSITION] == at and n.trigger in _SUCCEEDING | _ANNOUNCING and n.rel["start"] is not None}
            if len(moves) == 1:
                spell.set("end", moves.pop())
                break


def _undated_job(spell: _Spell) -> bool:
    return spell.start is None and spell.end is None and spell.rels[0]["type"] == "WORKS_AT"


def _announced_near(spells: dict[tuple, _Spell], spell: _Spell, sentence: dict[int, int], at: int) -> list[_Spell]:
    """The person's other dated jobs announced (hired, named, joined) in sentence `at` or the one before, save
    posts held beside another."""
    head = spell.rels[0]["head"]
    return [s for s in spells.values() if s is not spell and s.rels[0]["head"] == head
            and s.rels[0]["type"] == "WORKS_AT" and s.start is not None and not _held_beside(s)
            and any(n.trigger in _ANNOUNCING and 0 <= at - sentence.get(n.rel[POSITION][0], -9) <= 1
                    for n in s.notes)]


def _length_after_appointment(spells: dict[tuple, _Spell], sentence: dict[int, int]) -> None:
    """"Grab named X its CFO in 2025. X spent 14 years at Goldman Sachs": a spell told only by its length, in a
    sentence naming no other organisation, ends when the dated post announced in the sentence before began, if
    that is the person's latest."""
    for spell in spells.values():
        if not _undated_job(spell) or not spell.notes or not all(
                n.length and not n.then and not n.dated and n.orgs == 1 for n in spell.notes):
            continue  # (a sentence naming one organisation cannot also announce another post)
        announced = _announced_near(spells, spell, sentence, sentence.get(spell.notes[0].rel[POSITION][0], -9))
        head = spell.rels[0]["head"]
        latest = max((s.start for s in spells.values() if s.rels[0]["head"] == head and s.start is not None),
                     default=None)
        if len(announced) == 1 and announced[0].start == latest:
            spell.set("end", announced[0].start)


def _joined_from(spells: dict[tuple, _Spell], sentence: dict[int, int]) -> None:
    """"Spotify named Kowalski its chief scientist in 2022. Kowalski joins from Amazon": the job one joins a new
    post from ends when that post, the one dated job announced in the sentence or the one before, begins."""
    for spell in spells.values():
        notes = [n for n in spell.notes if n.joined_from]
        if spell.end is not None or spell.rels[0]["type"] != "WORKS_AT" or not notes:
            continue
        starts = {s.start for s in _announced_near(spells, spell, sentence,
                                                   sentence.get(notes[0].rel[POSITION][0], -9))}
        if len(starts) == 1 and (spell.start is None or spell.start <= min(starts)):
            spell.set("end", starts.pop())


def _started_now(spells: dict[tuple, _Spell], year: int) -> None:
    """A dated news item's "ASML has appointed X as head of Y", "X joins as director": the job begins in the year
    the item was written, when nothing else dates it."""
    for spell in spells.values():
        if _undated_job(spell) and any(n.now for n in spell.notes):
            spell.set("start", year)


def _apply_lengths(spells: dict[tuple, _Spell]) -> None:
    """"joined Google in 2012 ... spent six years there": a length and one known end give the other."""
    for spell in spells.values():
        lengths = {n.length for n in spell.notes if n.length} | spell.lengths
        if len(lengths) != 1:
            continue  # none, or two that disagree
        (length,) = lengths
        start, end = spell.start, spell.end
        if start is not None and end is None:
            spell.set("end", start + length)
        elif end is not None and start is None:
            spell.set("start", end - length)


def _length_of_last(spells: dict[tuple, _Spell], person: str, years: int, at: int) -> None:
    """"Maria joined Google in 2012. She spent six years there": the spell the person was last placed at."""
    latest = _last_placed(spells, person, at)
    if latest is not None:
        latest.lengths.add(years)


def _since_there(spells: dict[tuple, _Spell], person: str, year: int, at: int) -> None:
    """"Keller is a professor at Stanford. She has been there since 2015": the spell the person was last
    placed at, when it has no start yet, began then."""
    latest = _last_placed(spells, person, at)
    if latest is not None and latest.start is None and (latest.end is None or latest.end >= year):
        latest.set("start", year)


def _last_placed(spells: dict[tuple, _Spell], person: str, at: int) -> _Spell | None:
    pid = person_id(name=person)
    told = [s for s in spells.values() if s.rels[0]["head"] == pid and s.first < at]
    if not told:
        return None
    last = max(r[POSITION][0] for s in told for r in s.rels if r[POSITION][0] < at)
    latest = [s for s in told if any(r[POSITION][0] == last for r in s.rels)]
    return latest[0] if len(latest) == 1 else None


def _open_jobs(spells: dict[tuple, _Spell], person: str, before: int) -> list[_Spell]:
    return [s for s in spells.values() if s.rels[0]["type"] == "WORKS_AT" and s.rels[0]["head"] == person
            and s.end is None and s.first <= before]


def _end_current(spells: dict[tuple, _Spell], person: str, year: int, at: int) -> None:
    """"Stolz-Halvorsen retired in 2008": her latest open job ends; the sole one when none is dated."""
    pid = person_id(name=person)
    jobs = _open_jobs(spells, pid, at)
    dated = [s for s in jobs if s.start is not None and s.start < year]
    if dated:
        latest = max(s.start for s in dated)
        chosen = [s for s in dated if s.start == latest]
    else:
        chosen = jobs if len([s for s in spells.values() if s.rels[0]["type"] == "WORKS_AT"
                              and s.rels[0]["head"] == pid]) == 1 else []
    if len(chosen) == 1:
        chosen[0].set("end", year)


def _start_announced(spells: dict[tuple, _Spell], person: str, year: int, at: int) -> None:
    """"She will take up the post in September 2024": the one undated job announced before it starts then."""
    pid = person_id(name=person)
    announced = [s for s in _open_jobs(spells, pid, at) if s.start is None
                 and any(n.trigger in _ANNOUNCING for n in s.notes)]
    if len(announced) == 1:
        announced[0].set("start", year)


def _end_named(spells: dict[tuple, _Spell], person: str, year: int, org: str) -> None:
    """"She is a professor at Kyoto University ... and will leave the university in March 2025"."""
    spell = spells.get(("WORKS_AT", person_id(name=person), org))
    if spell is not None and spell.end is None and (spell.start is None or spell.start <= year):
        spell.set("end", year)


def _start_undated(spells: dict[tuple, _Spell], person: str, year: int, at: int) -> None:
    """"Kim is an assistant professor at SNU. She joined the faculty in 2021": the one job told before,
    with no year at all, began then."""
    pid = person_id(name=person)
    undated = [s for s in _open_jobs(spells, pid, at) if s.start is None and s.first < at]
    if len(undated) == 1 and _academic(undated[0]):
        undated[0].set("start", year)


# Roles of a faculty or an institute: what "joined the faculty" may be about when the name does not say.
_ACADEMIC_ROLES = frozenset("professor lecturer researcher scientist fellow postdoc reader dean instructor".split())


def _academic(spell: _Spell) -> bool:
    """"Seoul National University", "a researcher at INRIA": a job "the faculty" or "the institute" can be."""
    words = {w for n in spell.notes for w in n.tail_name.lower().split()} | {
        w for r in spell.rels for w in (r["role"] or "").lower().split()}
    return bool(words & INSTITUTION_WORDS or words & _ACADEMIC_ROLES)


# Posts held beside one's job: joining as one ends nothing.
_BESIDE = frozenset("adjunct visiting honorary affiliate affiliated part-time adviser advisor consultant".split())


def _held_beside(spell: _Spell) -> bool:
    """"In 2019 she joined Stanford as an adjunct professor": a post beside the job she has."""
    return any(w in _BESIDE for r in spell.rels for w in (r["role"] or "").lower().split())


def _successions(spells: dict[tuple, _Spell]) -> None:
    """"joined NTT in 1998 ... moved to RIKEN in 2019": a move ends the person's latest open job begun before."""
    for spell in list(spells.values()):
        if spell.rels[0]["type"] != "WORKS_AT" or spell.start is None \
                or not any(n.trigger in _SUCCEEDING for n in spell.notes) or _held_beside(spell):
            continue
        head, moved = spell.rels[0]["head"], spell.start
        before = [s for s in _open_jobs(spells, head, spell.first) if s is not spell
                  and s.start is not None and s.start < moved]
        if not before:
            continue
        latest = max(s.start for s in before)
        chosen = [s for s in before if s.start == latest]
        if len(chosen) == 1:
            chosen[0].set("end", moved)
