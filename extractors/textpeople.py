"""Ids for people named in articles: one per person per document, never one per name.

A name alone does not say who someone is: "Wang Wei joined Alibaba" and "Wang Wei, a professor
at the University of Toronto" are, as far as two articles say, two people. So a text person's id
follows the paper convention (`kg.model.person_id`: the name plus the first affiliation):
`person:<slug(name)>--<slug(organisation)>`, the organisation being the one of that person's first
STUDIED_AT/WORKS_AT relation in document order. A person with no such relation gets an id scoped
to its document (`person:<slug(name)>--doc-<12 hex of the document id>`), so names that are only
mentioned never meet across articles. Joining a text person to the same person from papers or
other articles is `kg resolve`'s job, on evidence (shared organisations, co-authors).

Rule components key people by name while they read (`relations.person_entity`); the document
builder calls `text_person_ids` once at the end and `rekeyed` re-keys entities, mention counts and
relation heads and tails in one pass, so every mention of a person in one document gets one id.
Ids depend only on the text, so re-ingesting an article changes nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from kg.model import person_id

CAREER = frozenset({"STUDIED_AT", "WORKS_AT"})
DOC_SCOPE_HEX = 12  # of the document's sha256: enough to never collide within one corpus
POSITION = "at"  # relation key holding its evidence sentence's (start, end) token offsets; dropped on re-keying


def mention_starts(mentions: Iterable[tuple[str, int]]) -> dict[str, list[int]]:
    """Where each entity is named: (entity id, token offset) pairs -> its id -> the offsets, ascending."""
    starts: dict[str, list[int]] = defaultdict(list)
    for entity_id, start in mentions:
        starts[entity_id].append(start)
    for offsets in starts.values():
        offsets.sort()
    return starts


def document_order(rel: Mapping[str, Any], starts: Mapping[str, list[int]]) -> tuple[int, int, str]:
    """Where a relation sits in the text: its sentence, then its organisation's first mention in that sentence.

    The id tie-breaks, so the order never depends on the order rules appended relations in.
    """
    begin, end = rel.get(POSITION) or (1 << 30, 1 << 30)
    positions = starts.get(rel["tail"], ())
    i = bisect_left(positions, begin)
    within = positions[i] if i < len(positions) and positions[i] < end else end
    return begin, within, rel["tail"]


def text_person_ids(
    names: Mapping[str, str],
    relations: Iterable[Mapping[str, Any]],
    *,
    document: str,
    org_names: Mapping[str, str],
    starts: Mapping[str, list[int]],
) -> dict[str, str]:
    """Provisional (name-keyed) id -> final id, for every person in `names` (provisional id -> name).

    `org_names` gives organisation names by id (an organisation not in it is named by its id);
    `starts` says where entities are mentioned (`mention_starts`).
    """
    first: dict[str, tuple[tuple[int, int, str], str]] = {}
    for rel in relations:
        if rel["type"] not in CAREER or rel["head"] not in names:
            continue
        order = document_order(rel, starts)
        if rel["head"] not in first or order < first[rel["head"]][0]:
            first[rel["head"]] = (order, rel["tail"])
    scope = "doc " + document.removeprefix("doc:")[:DOC_SCOPE_HEX]
    ids = {}
    for key, name in names.items():
        org = first.get(key)
        affiliation = (org_names.get(org[1]) or org[1]) if org else scope
        ids[key] = person_id(name=name, first_affiliation=affiliation)
    return ids


def rekeyed(
    entities: Mapping[str, dict[str, Any]],
    mentions: Mapping[str, int],
    relations: Iterable[Mapping[str, Any]],
    ids: Mapping[str, str],
) -> tuple[dict[str, dict[str, Any]], Counter[str], list[dict[str, Any]]]:
    """Entities, mention counts and relations with every person id in `ids` replaced, positions dropped."""
    out_entities = {ids.get(key, key): dict(entity, id=ids.get(key, key)) for key, entity in entities.items()}
    out_mentions: Counter[str] = Counter()
    for key, count in mentions.items():
        out_mentions[ids.get(key, key)] += count
    out_relations = []
    for rel in relations:
        row = {k: v for k, v in rel.items() if k != POSITION}
        row["head"] = ids.get(row["head"], row["head"])
        row["tail"] = ids.get(row["tail"], row["tail"])
        out_relations.append(row)
    return out_entities, out_mentions, out_relations
