"""Career spells written from the graph's bylines, for the people a load or a merge touched.

The spells are worked out by `kg.spells` from every dated AUTHORED edge the graph holds for a
person, so they come out the same whatever order papers arrive in, and after `kg resolve`
joins (or its undo splits) two people's bylines. Stale byline spells are deleted by key.
"""

from __future__ import annotations

from collections import Counter

from tqdm import tqdm

from kg import queries
from kg.readahead import read_ahead
from kg.spells import Spell, spells
from kg.store import Store

SPELL_BATCH = 500


def rebuild_spells(store: Store, people: list[str], counters: Counter | None = None, progress: bool = False) -> int:
    """Recompute these people's byline spells from the graph's AUTHORED edges; returns how many there are."""
    counters = Counter() if counters is None else counters
    total = 0
    bar = tqdm(total=len(people), unit=" people", disable=not progress or not people, desc="careers")
    chunks = (people[start:start + SPELL_BATCH] for start in range(0, len(people), SPELL_BATCH))
    # The next chunk's bylines are read (and its spells worked out) while this chunk's are written.
    for ids, found in read_ahead((ids, _spells_of(store, ids)) for ids in chunks):
        keys: dict[str, list[str]] = {pid: [] for pid in ids}
        for spell in found:
            keys[spell.person].append(spell.key)
        keep = [{"person": pid, "keys": person_keys} for pid, person_keys in keys.items()]
        work = [s.row() for s in found if s.degree is None]
        study = [s.row() for s in found if s.degree is not None]

        def write(tx):
            changed = Counter(queries.write_in(tx, "delete_stale_spells", rows=keep))
            if work:
                changed.update(queries.write_in(tx, "merge_work_spells", rows=work))
            if study:
                changed.update(queries.write_in(tx, "merge_study_spells", rows=study))
            return changed

        counters.update(store.write(write))
        total += len(found)
        bar.update(len(ids))
    bar.close()
    return total


def _spells_of(store: Store, ids: list[str]) -> list[Spell]:
    by_person: dict[str, list[dict]] = {pid: [] for pid in ids}
    for row in queries.run(store, "person_bylines", ids=ids):
        by_person[row["person"]].append(row)
    return [s for pid, bylines in by_person.items() for s in spells(pid, bylines)]
