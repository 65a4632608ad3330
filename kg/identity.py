"""Person ids after de-duplication: an id merged away by `kg resolve` maps to the person it joined.

Loaders pass every person id they are about to write through `canonical_people`, so loading a
source again after a merge adds to the merged person instead of re-creating the old one.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import queries
from kg.store import Store

MAX_CHAIN = 8  # A merged into B merged into C ...; longer chains mean a cycle, which merges never make


def canonical_people(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """{id: surviving id} for the ids that were merged away; ids not in the result are canonical."""
    mapping: dict[str, str] = {}
    pending = sorted(set(ids))
    for _ in range(MAX_CHAIN):
        if not pending:
            break
        found = {row["id"]: row["kept"] for row in queries.run(store, "merged_into", ids=pending)}
        for old, kept in found.items():
            for source, target in list(mapping.items()):
                if target == old:
                    mapping[source] = kept
            mapping[old] = kept
        pending = sorted(set(found.values()))
    return mapping
