"""One job's end read as the next one's start, and the other way round: the order a career story tells.

"Before that he was an engineer at Ericsson" ends the spell when the next one began (`before_that`); "He then
joined the University of Manchester" begins it when the one before ended (`after_that`); "Kowalski joins from
Amazon" ends the job left when the post announced begins (`joined_from`); "moved to RIKEN in 2019" ends the
open job begun before (`successions`). `extractors/chronology.py` runs these in its order.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from extractors.text_spells import SUCCEEDING, Spell, announced_near, held_beside, open_jobs
from extractors.textpeople import POSITION


def _told_at(rel: dict[str, Any], order: dict[int, int]) -> tuple[int, int]:
    """Where the text tells of a relation: its sentence, then its place among the relations found."""
    return rel[POSITION][0], order.get(id(rel), 0)


def before_that(spells: dict[tuple, Spell], order: dict[int, int]) -> None:
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


def after_that(spells: dict[tuple, Spell], order: dict[int, int]) -> None:
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


def joined_from(spells: dict[tuple, Spell], sentence: dict[int, int], written: int | None = None) -> None:
    """"Spotify named Kowalski its chief scientist in 2022. Kowalski joins from Amazon": the job one joins a new
    post from ends when that post, the one dated job announced in the sentence or the one before, begins; with no
    such post, a move the news tells in the present ("Dr. X joins from Apple", "He comes from Oxford") ends it in
    the year of writing."""
    for spell in spells.values():
        notes = [n for n in spell.notes if n.joined_from]
        if spell.end is not None or spell.rels[0]["type"] != "WORKS_AT" or not notes:
            continue
        starts = {s.start for s in announced_near(spells, spell, sentence,
                                                  sentence.get(notes[0].rel[POSITION][0], -9))}
        if not starts and written is not None and any(n.left_now for n in notes):
            starts = {written}
        if len(starts) == 1 and (spell.start is None or spell.start <= min(starts)):
            spell.set("end", starts.pop())


def successions(spells: dict[tuple, Spell]) -> None:
    """"joined NTT in 1998 ... moved to RIKEN in 2019": a move ends the person's latest open job begun before."""
    for spell in list(spells.values()):
        if spell.rels[0]["type"] != "WORKS_AT" or spell.start is None \
                or not any(n.trigger in SUCCEEDING for n in spell.notes) or held_beside(spell):
            continue
        head, moved = spell.rels[0]["head"], spell.start
        before = [s for s in open_jobs(spells, head, spell.first) if s is not spell
                  and s.start is not None and s.start < moved]
        if not before:
            continue
        latest = max(s.start for s in before)
        chosen = [s for s in before if s.start == latest]
        if len(chosen) == 1:
            chosen[0].set("end", moved)
