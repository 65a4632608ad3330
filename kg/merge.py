"""Person merges in the graph: run the person resolver over Person nodes, apply merges, undo one.

A merge folds one Person node (`merged`) into another (`kept`): the kept node gains the
merged node's aliases, e-mail domains, missing strong ids and `merged_from`; every
relationship of the merged node is re-pointed to the kept node (CO_AUTHORED pairs are
combined, counting each paper once; a MENTIONS count is summed); the merged node is deleted.
Each merge is recorded as a `Merge` node whose snapshot holds the merged node's properties and
relationships and the kept node's prior state, so `undo` restores both exactly.
Merges into one person are undone newest first.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from extractors.people import Mention, PersonResolver
from kg import queries
from kg.byline_spells import rebuild_spells
from kg.bylines import joined
from kg.errors import MergeConflict, NotFound
from kg.load_lock import exclusive_load
from kg.model import RelType
from kg.search_text import folded_forms
from kg.store import Store

# Relationship types a Person takes part in, and the named queries that set / delete one of each.
_REL_FILES = {
    RelType.AUTHORED: "authored",
    RelType.WORKS_AT: "works_at",
    RelType.STUDIED_AT: "studied_at",
    RelType.FUNDED_BY: "funded_by_person",
    RelType.CO_AUTHORED: "coauthored",
    RelType.MENTIONS: "mentions_person",
}
# The property that tells apart several relationships of one type between the same two nodes.
_REL_KEYS = {RelType.WORKS_AT: "key", RelType.STUDIED_AT: "key", RelType.FUNDED_BY: "award_id"}
_ID_RANK = ("orcid:", "openalex:", "openreview:")  # which node survives: the one with the strongest id
_UNION_LISTS = ("aliases", "email_domains", "merged_from")
READ_TIMEOUT = 600.0  # seconds


@dataclass(frozen=True)
class PlannedMerge:
    kept: str
    merged: str
    reason: str
    score: float


@dataclass
class ResolveSummary:
    people: int = 0
    clusters: int = 0
    merges: list[dict[str, Any]] = field(default_factory=list)
    dry_run: bool = False


# -- reading the graph into mentions --------------------------------------------------------

def graph_mentions(store: Store) -> list[Mention]:
    """One mention per (person, authored paper), or one per person with no paper; co-authors from the papers."""
    # whole-graph reads: allowed far longer than an analyst's query (KG_QUERY_TIMEOUT)
    timeout = max(store.settings.query_timeout, READ_TIMEOUT)
    rows = queries.run(store, "person_resolution_rows", timeout=timeout)
    spell_orgs = {row["id"]: row["orgs"] for row in queries.run(store, "person_org_links", timeout=timeout)}
    authors_of: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row["paper"]:
            authors_of[row["paper"]].append(row["name"] or "")
    mentions = []
    for row in rows:
        pid, paper = row["id"], row["paper"]
        coauthors = tuple(n for n in authors_of.get(paper, ()) if n != row["name"]) if paper else ()
        orgs = tuple(dict.fromkeys([*(row["orgs"] or ()), *spell_orgs.get(pid, ())]))
        domains = row["email_domains"] or []
        mentions.append(Mention(
            id=f"{pid}|{paper or ''}", name=row["name"] or pid, paper=paper, year=row["year"],
            orcid=_strong(pid, row["orcid"], "orcid:"), openalex=_strong(pid, row["openalex"], "openalex:"),
            openreview=_strong(pid, row["openreview"], "openreview:"),
            coauthors=coauthors, orgs=orgs, email_domain=domains[0] if domains else None, person=pid,
        ))
    return mentions


def _strong(pid: str, value: str | None, prefix: str) -> str | None:
    return value or (pid[len(prefix):] if pid.startswith(prefix) else None)


def plan_merges(store: Store, resolver: PersonResolver | None = None) -> tuple[list[PlannedMerge], int, int]:
    """(merges to apply, people read, people after merging). Reads only."""
    mentions = graph_mentions(store)
    resolution = (resolver or PersonResolver()).resolve(mentions)
    person_of = {m.id: m.person for m in mentions}
    papers: dict[str, int] = defaultdict(int)
    for m in mentions:
        papers[m.person] += 1 if m.paper else 0
    nodes_of: dict[str, set[str]] = defaultdict(set)
    for mention_id, cluster in resolution.cluster_of.items():
        nodes_of[cluster].add(person_of[mention_id])
    # the best decision joining each pair of nodes explains their merge
    best: dict[frozenset[str], tuple[str, float]] = {}
    for d in resolution.decisions:
        pair = frozenset((person_of[d.kept], person_of[d.merged]))
        if len(pair) == 2 and d.score > best.get(pair, ("", -1.0))[1]:
            best[pair] = (d.reason, d.score)
    planned = []
    for nodes in nodes_of.values():
        if len(nodes) < 2:
            continue
        kept = min(nodes, key=lambda n: (_rank(n), -papers[n], n))
        for merged in sorted(nodes - {kept}):
            reason, score = best.get(frozenset((kept, merged))) or _via_cluster(best, kept, merged, nodes)
            planned.append(PlannedMerge(kept, merged, reason, score))
    people = len({m.person for m in mentions})
    return planned, people, len(nodes_of)


def _rank(node_id: str) -> int:
    return next((i for i, prefix in enumerate(_ID_RANK) if node_id.startswith(prefix)), len(_ID_RANK))


def _via_cluster(best, kept, merged, nodes) -> tuple[str, float]:
    """Joined through a third record of the cluster: the weakest link on the way is the score."""
    links = [v for pair, v in best.items() if merged in pair and pair <= nodes]
    reason, score = max(links, key=lambda v: v[1]) if links else ("cluster", 0.5)
    return f"{reason} (via cluster)", score


# -- applying -------------------------------------------------------------------------------

def resolve_people(store: Store, *, dry_run: bool = False, resolver: PersonResolver | None = None) -> ResolveSummary:
    """Run the resolver over every Person and apply (or with `dry_run` only list) the merges.

    Merges wait for a paper load into the same graph to finish, and a load for them: a load
    prepares batches ahead, pointing rows at surviving people as it reads them (see kg/load_lock.py).
    """
    if dry_run:
        return _resolve_people(store, dry_run=True, resolver=resolver)
    with exclusive_load(store.settings.data_dir, progress=False):
        return _resolve_people(store, dry_run=False, resolver=resolver)


def _resolve_people(store: Store, *, dry_run: bool, resolver: PersonResolver | None) -> ResolveSummary:
    planned, people, clusters = plan_merges(store, resolver)
    summary = ResolveSummary(people=people, clusters=clusters, dry_run=dry_run)
    for merge in planned:
        merge_id = None if dry_run else apply_merge(store, merge)
        summary.merges.append({"id": merge_id, "kept": merge.kept, "merged": merge.merged,
                               "reason": merge.reason, "score": round(merge.score, 3)})
    if planned and not dry_run:
        # The kept person now holds both bylines: its career spells are worked out again from all of
        # them (2015 at a lab from one record and 2016 from the other are one spell, not two).
        rebuild_spells(store, sorted({merge.kept for merge in planned}))
    return summary


def apply_merge(store: Store, merge: PlannedMerge) -> str:
    """Fold `merge.merged` into `merge.kept` in one transaction; returns the Merge id."""
    merge_id = f"merge:{uuid.uuid4().hex}"

    def work(tx) -> str:
        kept_props = _props(tx, merge.kept)
        merged_props = _props(tx, merge.merged)
        kept_rels = _rels(tx, merge.kept)
        merged_rels = _rels(tx, merge.merged)
        prior, writes = _repoint(merge, kept_rels, merged_rels)
        snapshot = {"merged": {"props": merged_props, "rels": merged_rels},
                    "kept": {"props": kept_props}, "kept_prior": prior}
        for rel_type, rows in writes.items():
            queries.write_in(tx, f"repoint_{_REL_FILES[rel_type]}", rows=rows)
        queries.write_in(tx, "delete_person", id=merge.merged)
        queries.write_in(tx, "set_person", id=merge.kept, props=_merged_props(kept_props, merged_props))
        queries.write_in(tx, "record_merge", id=merge_id, kept=merge.kept, merged=merge.merged, reason=merge.reason,
                         score=float(merge.score), at=_now(), snapshot=json.dumps(snapshot, default=str))
        return merge_id

    return store.write(work)


def _props(tx, person_id: str) -> dict[str, Any]:
    rows = queries.run_in(tx, "person_properties", id=person_id)
    if not rows:
        raise NotFound("person", person_id)
    return dict(rows[0]["props"])


def _rels(tx, person_id: str) -> list[dict[str, Any]]:
    rels = []
    for row in queries.run_in(tx, "person_snapshot", id=person_id):
        try:
            rel_type = RelType(row["type"])
        except ValueError:
            raise MergeConflict(f"{person_id}: cannot merge a person with a {row['type']} relationship") from None
        if rel_type not in _REL_FILES:
            raise MergeConflict(f"{person_id}: cannot merge a person with a {row['type']} relationship")
        props = dict(row["props"])
        key_prop = _REL_KEYS.get(rel_type)
        start, end = (person_id, row["other"]) if row["direction"] == "out" else (row["other"], person_id)
        rels.append({"type": rel_type.value, "from": start, "to": end, "key": props.get(key_prop) if key_prop else None,
                     "props": props})
    return rels


def _repoint(merge: PlannedMerge, kept_rels: list[dict], merged_rels: list[dict]):
    """(the kept node's prior state of every relationship touched, rows to write per type)."""
    def other(rel: dict, node: str) -> str:
        return rel["to"] if rel["from"] == node else rel["from"]

    existing = {(r["type"], other(r, merge.kept), r["key"]): r for r in kept_rels}
    prior, writes = [], defaultdict(list)
    for rel in merged_rels:
        rel_type, far = RelType(rel["type"]), other(rel, merge.merged)
        if far == merge.kept:
            continue  # a relationship between the two becomes a self-loop: dropped, restored by undo
        found = existing.get((rel["type"], far, rel["key"]))
        if found:
            start, end, props = found["from"], found["to"], _combine(rel_type, found["props"], rel["props"])
        else:
            start, end = (merge.kept, far) if rel["from"] == merge.merged else (far, merge.kept)
            if rel_type is RelType.CO_AUTHORED:
                start, end = sorted((merge.kept, far))  # stored once, from the smaller id
            props = rel["props"]
        prior.append({"type": rel["type"], "from": start, "to": end, "key": rel["key"],
                      "props": found["props"] if found else None})
        writes[rel_type].append({"from": start, "to": end, "key": rel["key"], "props": props})
    return prior, writes


def _combine(rel_type: RelType, kept: dict, merged: dict) -> dict:
    out = dict(kept)
    if rel_type is RelType.CO_AUTHORED:
        sources = list(dict.fromkeys([*(kept.get("sources") or []), *(merged.get("sources") or [])]))
        years = [y for y in (kept.get("first_year"), merged.get("first_year")) if y is not None]
        last = [y for y in (kept.get("last_year"), merged.get("last_year")) if y is not None]
        out.update(sources=sources, papers=len(sources) or (kept.get("papers") or 0) + (merged.get("papers") or 0),
                   first_year=min(years) if years else None, last_year=max(last) if last else None)
    elif rel_type is RelType.MENTIONS:
        out["count"] = (kept.get("count") or 0) + (merged.get("count") or 0)
    elif rel_type is RelType.AUTHORED:
        out["affiliations"], out["degrees"] = joined(kept, merged)  # as a reload folds the two bylines
        out["sources"] = list(dict.fromkeys([*(kept.get("sources") or []), *(merged.get("sources") or [])]))
    else:
        for name in ("sources", "evidence"):
            if isinstance(kept.get(name), list) or isinstance(merged.get(name), list):
                out[name] = list(dict.fromkeys([*(kept.get(name) or []), *(merged.get(name) or [])]))
    return {k: v for k, v in out.items() if v is not None}


def _merged_props(kept: dict, merged: dict) -> dict:
    out = dict(kept)
    for name in ("orcid", "openalex", "openreview"):
        if not out.get(name) and merged.get(name):
            out[name] = merged[name]
    extra = {"aliases": [merged.get("name"), *(merged.get("aliases") or [])], "merged_from": [merged["id"]]}
    for name in _UNION_LISTS:
        values = [*(kept.get(name) or []), *(merged.get(name) or []), *extra.get(name, [])]
        out[name] = list(dict.fromkeys(v for v in values if v))
    if "aliases_text" in out or "aliases_text" in merged:
        # Raw and folded forms, as merge_people writes them: searches match either.
        out["aliases_text"] = "".join(" " + a for a in [*out["aliases"], *folded_forms(out["aliases"])])
    return out


# -- undo -----------------------------------------------------------------------------------

def undo_merge(store: Store, merge_id: str) -> dict[str, Any]:
    """Restore the merged person, its relationships and the kept person's prior state; mark the merge undone."""
    with exclusive_load(store.settings.data_dir, progress=False):
        return _undo_merge(store, merge_id)


def _undo_merge(store: Store, merge_id: str) -> dict[str, Any]:
    def work(tx) -> dict[str, Any]:
        rows = queries.run_in(tx, "merge_get", id=merge_id)
        if not rows:
            raise NotFound("merge", merge_id)
        merge = rows[0]
        if merge["undone_at"]:
            raise MergeConflict(f"{merge_id} was already undone at {merge['undone_at']}")
        later = queries.run_in(tx, "later_merges", kept=merge["kept"], at=merge["at"])
        if later:
            raise MergeConflict(f"{merge_id}: undo the later merges into {merge['kept']} first: "
                                + ", ".join(r["id"] for r in later))
        snapshot = json.loads(merge["snapshot"])
        # the kept side first: delete what the merge created, put back what it changed
        deletes, restores = defaultdict(list), defaultdict(list)
        for rel in snapshot["kept_prior"]:
            target = restores if rel["props"] is not None else deletes
            row = {"from": rel["from"], "to": rel["to"], "key": rel["key"]}
            target[RelType(rel["type"])].append({**row, "props": rel["props"]} if rel["props"] is not None else row)
        for rel_type, rows in deletes.items():
            queries.write_in(tx, f"unlink_{_REL_FILES[rel_type]}", rows=rows)
        for rel_type, rows in restores.items():
            queries.write_in(tx, f"repoint_{_REL_FILES[rel_type]}", rows=rows)
        queries.write_in(tx, "set_person", id=merge["kept"], props=snapshot["kept"]["props"])
        merged = snapshot["merged"]
        queries.write_in(tx, "set_person", id=merge["merged"], props=merged["props"])
        back = defaultdict(list)
        for rel in merged["rels"]:
            back[RelType(rel["type"])].append({"from": rel["from"], "to": rel["to"], "key": rel["key"],
                                               "props": rel["props"]})
        for rel_type, rows in back.items():
            queries.write_in(tx, f"repoint_{_REL_FILES[rel_type]}", rows=rows)
        # Articles read again since the merge would keep the snapshot's older facts: their next ingest reads them anew.
        reread = queries.run_in(tx, "forget_readings_since", ids=[merge["kept"], merge["merged"]],
                                at=merge["at"])[0]["documents"]
        queries.write_in(tx, "undo_merge", id=merge_id, at=_now())
        return {"id": merge_id, "kept": merge["kept"], "restored": merge["merged"],
                "relationships": len(merged["rels"]), "reread": reread}

    result = store.write(work)
    # Byline spells are derived data: each person's come back from its own bylines again.
    rebuild_spells(store, [result["kept"], result["restored"]])
    return result


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
