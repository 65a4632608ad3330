"""A spell's length ("spent six years there", "after nine years at Amazon") read as one of its missing years.

A length alone dates nothing: it gives a spell's other end once one end is known (`apply_lengths`), or its
end when the story says what came next (`length_before_move`, `length_after_appointment`).
`extractors/chronology.py` runs these in its order.
"""

from __future__ import annotations

from extractors.text_spells import (
    ANNOUNCING,
    SUCCEEDING,
    Spell,
    announced_near,
    held_beside,
    last_placed,
    undated_job,
)
from extractors.textpeople import POSITION


def length_before_move(spells: dict[tuple, Spell]) -> None:
    """"X, who spent nine years at Amazon, joined Zalando in 2022", "joined Zalando in 2021, having spent seven
    years at Intel", "is leaving Amazon after nine years to join Zalando in 2022": a spell told only by its length
    ends when the one dated move the same sentence tells of the person began."""
    for spell in spells.values():
        if not undated_job(spell):
            continue
        head = spell.rels[0]["head"]
        for note in spell.notes:
            if not note.length or note.then or note.dated or note.orgs > 2:
                continue  # "nine years at Amazon and two at Meta before joining X": which came last is not said
            at = note.rel[POSITION]
            told = [s for s in spells.values() if s.rels[0]["head"] == head and any(r[POSITION] == at for r in s.rels)]
            if sum(1 for s in told if undated_job(s) and any(n.length for n in s.notes)) > 1:
                break
            moves = {n.rel["start"] for s in told if s is not spell and s.rels[0]["type"] == "WORKS_AT"
                     and not held_beside(s) for n in s.notes
                     if n.rel[POSITION] == at and n.trigger in SUCCEEDING | ANNOUNCING and n.rel["start"] is not None}
            if len(moves) == 1:
                spell.set("end", moves.pop())
                break


def length_after_appointment(spells: dict[tuple, Spell], sentence: dict[int, int]) -> None:
    """"Grab named X its CFO in 2025. X spent 14 years at Goldman Sachs": a spell told only by its length, in a
    sentence naming no other organisation, ends when the dated post announced in the sentence before began, if
    that is the person's latest."""
    for spell in spells.values():
        if not undated_job(spell) or not spell.notes or not all(
                n.length and not n.then and not n.dated and n.orgs == 1 for n in spell.notes):
            continue  # (a sentence naming one organisation cannot also announce another post)
        announced = announced_near(spells, spell, sentence, sentence.get(spell.notes[0].rel[POSITION][0], -9))
        head = spell.rels[0]["head"]
        latest = max((s.start for s in spells.values() if s.rels[0]["head"] == head and s.start is not None),
                     default=None)
        if len(announced) == 1 and announced[0].start == latest:
            spell.set("end", announced[0].start)


def apply_lengths(spells: dict[tuple, Spell], written: int | None = None) -> None:
    """"joined Google in 2012 ... spent six years there": a length and one known end give the other. Never an end
    after the year of writing (`written`): then the start or the length was misread ("spent six years at X" with
    X started "now" would end it six years after the article), and the spell keeps what it had."""
    for spell in spells.values():
        lengths = {n.length for n in spell.notes if n.length} | spell.lengths
        if len(lengths) != 1:
            continue  # none, or two that disagree
        (length,) = lengths
        start, end = spell.start, spell.end
        if start is not None and end is None:
            if written is None or start + length <= written:
                spell.set("end", start + length)
        elif end is not None and start is None:
            spell.set("start", end - length)


def length_of_last(spells: dict[tuple, Spell], person: str, years: int, at: int) -> None:
    """"Maria joined Google in 2012. She spent six years there": the spell the person was last placed at."""
    latest = last_placed(spells, person, at)
    if latest is not None:
        latest.lengths.add(years)
