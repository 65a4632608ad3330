"""Career spells written from bylines, for the people a load or a merge touched.

The spells are worked out by `kg.spells` from every dated AUTHORED edge of a person, so they
come out the same whatever order papers arrive in, and after `kg resolve` joins (or its undo
splits) two people's bylines. `rebuild_spells` reads those edges back from the graph and deletes
stale byline spells by key; `write_new_spells` takes them from a load's `BylineSpill` for people
the load created, who have no other edge to read and no older spell to delete or merge onto.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from more_itertools import chunked
from tqdm import tqdm

from kg import queries
from kg.readahead import read_ahead
from kg.spells import Spell, spells
from kg.store import Store

SPELL_BATCH = 500


def rebuild_spells(store: Store, people: list[str], counters: Counter | None = None, bar: tqdm | None = None) -> int:
    """Recompute these people's byline spells from the graph's AUTHORED edges; returns how many there are."""
    # The next chunk's bylines are read (and its spells worked out) while this chunk's are written.
    found = read_ahead((ids, _spells_of(store, ids)) for ids in chunked(people, SPELL_BATCH))
    return _write(store, found, counters, bar, delete_stale=True)


def write_new_spells(store: Store, bylines: Iterable[tuple[str, list[dict]]], counters: Counter | None = None,
                     bar: tqdm | None = None) -> int:
    """Write the spells of people who have no byline but these (a load's new people); returns how many."""
    # As above: the next chunk is read from the spill and worked out while this one is written.
    found = read_ahead(([pid for pid, _ in chunk], [s for pid, rows in chunk for s in spells(pid, rows)])
                       for chunk in chunked(bylines, SPELL_BATCH))
    return _write(store, found, counters, bar, delete_stale=False)


def _write(store: Store, chunks: Iterable[tuple[list[str], list[Spell]]], counters: Counter | None,
           bar: tqdm | None, *, delete_stale: bool) -> int:
    counters = Counter() if counters is None else counters
    # A load's new people have no spell yet: a CREATE costs half a MERGE (~20 of ~40 us a spell).
    statements = ("merge_work_spells", "merge_study_spells") if delete_stale else ("create_work_spells",
                                                                                  "create_study_spells")
    total = 0
    for ids, found in chunks:
        keep = _kept_keys(ids, found) if delete_stale else []
        work = [s.row() for s in found if s.degree is None]
        study = [s.row() for s in found if s.degree is not None]

        def write(tx):
            changed = Counter()
            if delete_stale:
                changed.update(queries.write_in(tx, "delete_stale_spells", rows=keep))
            if work:
                changed.update(queries.merge_in(tx, statements[0], rows=work))
            if study:
                changed.update(queries.merge_in(tx, statements[1], rows=study))
            return changed

        if delete_stale or work or study:
            counters.update(store.write(write))
        total += len(found)
        if bar is not None:
            bar.update(len(ids))
    return total


def _kept_keys(ids: list[str], found: list[Spell]) -> list[dict]:
    """Per person, the keys of the byline spells their bylines still support (the rest are stale)."""
    keys: dict[str, list[str]] = {pid: [] for pid in ids}
    for spell in found:
        keys[spell.person].append(spell.key)
    return [{"person": pid, "keys": person_keys} for pid, person_keys in keys.items()]


def _spells_of(store: Store, ids: list[str]) -> list[Spell]:
    by_person: dict[str, list[dict]] = {pid: [] for pid in ids}
    for row in queries.run(store, "person_bylines", ids=ids):
        by_person[row["person"]].append(row)
    return [s for pid, bylines in by_person.items() for s in spells(pid, bylines)]
