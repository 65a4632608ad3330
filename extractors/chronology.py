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

`extractors/text_spells.py` holds the spell and the notes; the years a length gives are `extractors/spell_lengths.py`'s,
those the order of the story gives `extractors/successions.py`'s, and those a milestone gives are read here.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from extractors.docdate import AsOf
from extractors.milestones import MILESTONES, Milestone
from extractors.relations import sentence_bounds
from extractors.spell_lengths import apply_lengths, length_after_appointment, length_before_move, length_of_last
from extractors.text_spells import (
    ANNOUNCING,
    SPELL_NOTES,
    Note,
    Spell,
    last_placed,
    open_jobs,
    spells_of,
    undated_job,
)
from extractors.successions import after_that, before_that, joined_from, successions
from extractors.vocabulary import END_VERBS, INSTITUTION_WORDS
from kg.model import person_id


def complete_years(doc: Doc) -> None:
    """Fill the years the story gives but no single sentence does (see the module's docstring)."""
    notes: list[Note] = doc.user_data.pop(SPELL_NOTES, [])
    as_of: AsOf | None = doc._.kg_as_of
    events: list[Milestone] = doc.user_data.pop(MILESTONES, [])
    rels = doc._.kg_relations or []
    if not notes:
        return
    _fold_leavings(rels, notes)
    spells = spells_of(rels, notes)
    for kind, person, years, at, _ in events:
        if kind == "length":
            length_of_last(spells, person, years, at)
    order = {id(rel): k for k, rel in enumerate(rels)}
    before_that(spells, order)
    after_that(spells, order)
    length_before_move(spells)
    sentence = {start: k for k, (start, _) in enumerate(sentence_bounds(doc))}
    written = as_of.year if as_of is not None else None
    joined_from(spells, sentence, written)
    length_after_appointment(spells, sentence)
    apply_lengths(spells, written)
    for kind, person, year, at, target in events:
        if target is not None:
            _end_named(spells, person, year, target)
        elif kind != "length":
            {"starts": _start_announced, "ends": _end_current, "joined": _start_undated,
             "since": _since_there}[kind](spells, person, year, at)
    if as_of is not None:
        _started_now(spells, as_of.year)
    successions(spells)
    apply_lengths(spells, written)


def _fold_leavings(rels: list[dict[str, Any]], notes: list[Note]) -> None:
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


def _started_now(spells: dict[tuple, Spell], year: int) -> None:
    """A dated news item's "ASML has appointed X as head of Y", "X joins as director": the job begins in the year
    the item was written, when nothing else dates it."""
    for spell in spells.values():
        if undated_job(spell) and any(n.now for n in spell.notes):
            spell.set("start", year)


def _since_there(spells: dict[tuple, Spell], person: str, year: int, at: int) -> None:
    """"Keller is a professor at Stanford. She has been there since 2015": the spell the person was last
    placed at, when it has no start yet, began then."""
    latest = last_placed(spells, person, at)
    if latest is not None and latest.start is None and (latest.end is None or latest.end >= year):
        latest.set("start", year)


def _end_current(spells: dict[tuple, Spell], person: str, year: int, at: int) -> None:
    """"Stolz-Halvorsen retired in 2008": her latest open job ends; the sole one when none is dated."""
    pid = person_id(name=person)
    jobs = open_jobs(spells, pid, at)
    dated = [s for s in jobs if s.start is not None and s.start < year]
    if dated:
        latest = max(s.start for s in dated)
        chosen = [s for s in dated if s.start == latest]
    else:
        chosen = jobs if len([s for s in spells.values() if s.rels[0]["type"] == "WORKS_AT"
                              and s.rels[0]["head"] == pid]) == 1 else []
    if len(chosen) == 1:
        chosen[0].set("end", year)


def _start_announced(spells: dict[tuple, Spell], person: str, year: int, at: int) -> None:
    """"She will take up the post in September 2024": the one undated job announced before it starts then."""
    pid = person_id(name=person)
    announced = [s for s in open_jobs(spells, pid, at) if s.start is None
                 and any(n.trigger in ANNOUNCING for n in s.notes)]
    if len(announced) == 1:
        announced[0].set("start", year)


def _end_named(spells: dict[tuple, Spell], person: str, year: int, org: str) -> None:
    """"She is a professor at Kyoto University ... and will leave the university in March 2025"."""
    spell = spells.get(("WORKS_AT", person_id(name=person), org))
    if spell is not None and spell.end is None and (spell.start is None or spell.start <= year):
        spell.set("end", year)


def _start_undated(spells: dict[tuple, Spell], person: str, year: int, at: int) -> None:
    """"Kim is an assistant professor at SNU. She joined the faculty in 2021": the one job told before,
    with no year at all, began then."""
    pid = person_id(name=person)
    undated = [s for s in open_jobs(spells, pid, at) if s.start is None and s.first < at]
    if len(undated) == 1 and _academic(undated[0]):
        undated[0].set("start", year)


# Roles of a faculty or an institute: what "joined the faculty" may be about when the name does not say.
_ACADEMIC_ROLES = frozenset("professor lecturer researcher scientist fellow postdoc reader dean instructor".split())


def _academic(spell: Spell) -> bool:
    """"Seoul National University", "a researcher at INRIA": a job "the faculty" or "the institute" can be."""
    words = {w for n in spell.notes for w in n.tail_name.lower().split()} | {
        w for r in spell.rels for w in (r["role"] or "").lower().split()}
    return bool(words & INSTITUTION_WORDS or words & _ACADEMIC_ROLES)
