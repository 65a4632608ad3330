"""Person ids after de-duplication: an id merged away by `kg resolve` maps to the person it joined.

Loaders pass every person id they are about to write through `canonical_people`, so loading a
source again after a merge adds to the merged person instead of re-creating the old one.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import queries
from kg.bylines import joined
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


def with_canonical_people(rows: dict[str, list[dict]], merged: dict[str, str]) -> dict[str, list[dict]]:
    """A paper batch's rows (kg.loader) pointed at the surviving person wherever an author id was merged
    away by `kg resolve`, with the rows that then coincide folded as the merge folded them."""
    if not merged:
        return rows
    people: dict[str, dict] = {}
    for row in rows["people"]:
        pid = merged.get(row["id"], row["id"])
        if pid in people:
            known = people[pid]
            known["names"] += [n for n in row["names"] if n not in known["names"]]
            known["email_domains"] += [d for d in row["email_domains"] if d not in known["email_domains"]]
            known["folded"] += [f for f in row.get("folded", []) if f not in known["folded"]]
        else:
            people[pid] = {**row, "id": pid}
    authored = {}
    for row in rows["authored"]:
        pid = merged.get(row["person"], row["person"])
        known = authored.get((pid, row["paper"]))
        if known is None:
            authored[pid, row["paper"]] = {**row, "person": pid}
        else:
            # Two ids of one person on one paper, in one batch: folded as the merge folded their two links.
            # Across batches the last record read still sets the link (merge_authored ON MATCH), so a
            # reload after a merge can change the link's organisations when the merged-away record
            # comes last: AUTHORED holds one byline, not one per record (see the design notes).
            known["affiliations"], known["degrees"] = joined(known, row)
    pairs: dict[tuple[str, str], dict] = {}
    for row in rows["coauthors"]:
        a, b = sorted((merged.get(row["a"], row["a"]), merged.get(row["b"], row["b"])))
        if a == b:
            continue
        pair = pairs.setdefault((a, b), {**row, "a": a, "b": b, "papers": []})
        pair["papers"] += [p for p in row["papers"] if p not in pair["papers"]]
        years = [y for y in (pair["first_year"], pair["last_year"], row["first_year"], row["last_year"]) if y]
        pair["first_year"], pair["last_year"] = (min(years), max(years)) if years else (None, None)
    return {**rows, "people": list(people.values()), "authored": list(authored.values()),
            "coauthors": list(pairs.values())}
