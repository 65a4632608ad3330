"""Articles into the graph: Documents, the entities they mention, and the facts they state.

Every fact carries provenance (`sources` = document ids, `evidence` = the sentences,
`confidence`, `method: "text"`); the same fact read in a second article gains a source and a
sentence instead of a duplicate. A Document's id is the hash of its normalised text and it keeps
a fingerprint of what was read from it (`Document.reading`): ingesting an article again with the
same extractor changes nothing (it is skipped), and after the extractor changed (a better rule, a
ROR import) the new reading replaces the old one in the same transaction. The old reading's facts
lose this document as a source and its sentences, and go when no source is left; its mentions go,
and so do people only it named (a person read from text is keyed by name and first organisation,
which a better reading may change). So re-reading a corpus never leaves duplicates or stale facts.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import partial
from typing import Any

from more_itertools import chunked
from tqdm import tqdm

from kg import queries, schema
from kg.identity import canonical_people
from kg.load_summary import LoadSummary, accepted, label_counts
from kg.loader import country_name
from kg.model import Document, Entity, NodeLabel, OrgKind, Reject, RelType
from kg.rejects import RejectLog
from kg.search_text import folded_forms
from kg.store import Store

BATCH = 50
MIN_CONFIDENCE = 0.5  # relations the extractor itself doubts are shown by `kg extract`, not written

_MENTIONS = {
    NodeLabel.PERSON: "merge_mentions_person",
    NodeLabel.ORGANIZATION: "merge_mentions_organization",
    NodeLabel.FUNDER: "merge_mentions_funder",
    NodeLabel.POLICY: "merge_mentions_policy",
}
_FUNDED_HEAD = {
    NodeLabel.DOCUMENT: "merge_text_funded_by_document",
    NodeLabel.PERSON: "merge_text_funded_by_person",
    NodeLabel.ORGANIZATION: "merge_text_funded_by_organization",
}


def ingest_articles(store: Store, items: Iterable[Any], *, rejects: RejectLog, progress: bool = True) -> LoadSummary:
    """Extract and load articles as `extractors.articles.read_articles` gives them (rejects among them are
    set aside in `rejects`): the one way the CLI, the API and the demo load text."""
    from extractors.pipeline import extract_documents

    return load_documents(store, extract_documents(items), rejects=rejects, progress=progress)


def load_documents(store: Store, items: Iterable[Document | Reject], *, rejects: RejectLog,
                   progress: bool = True) -> LoadSummary:
    schema.migrate(store)
    summary = LoadSummary(rejects_file=str(rejects.path))
    before = label_counts(store)
    started = time.perf_counter()
    bar = tqdm(unit=" docs", disable=not progress, desc="articles")
    for batch in chunked(accepted(items, rejects, summary), BATCH):
        # One text twice in a batch (another title or wrapping): its last reading, as across batches.
        docs = list({doc.id: doc for doc in batch}.values())
        held = {row["id"]: row["reading"] for row in queries.run(store, "document_readings",
                                                                   ids=[doc.id for doc in docs])}
        readings = {doc.id: doc.reading() for doc in docs}
        changed = [doc for doc in docs if doc.id not in held or held[doc.id] != readings[doc.id]]
        # Evidence is stored whitespace-normalised (relations.add_relation): so is the text it is looked for in.
        again = {doc.id: " ".join((doc.text or "").split()) for doc in changed if doc.id in held}
        summary.counters["documents_unchanged"] += len(docs) - len(changed)
        summary.counters["documents_read_again"] += len(again)
        rows = _rows(changed, readings, read_at=datetime.now(timezone.utc).isoformat(timespec="microseconds"))
        # A document read the same way still gains a title or url another copy brings.
        fresh = {doc.id for doc in changed}
        rows["merge_documents"] += [_document_row(doc, readings, None) for doc in docs if doc.id not in fresh]
        merged = canonical_people(store, (r["id"] for r in rows["merge_people"]))
        if merged:
            rows = _with_canonical_people(rows, merged)
        summary.counters.update(store.write(partial(_write, rows=rows, again=again)))
        summary.loaded += len(batch)
        bar.update(len(batch))
    bar.close()
    summary.seconds = time.perf_counter() - started
    summary.rejected = rejects.count
    after = label_counts(store)
    summary.created_by_label = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    return summary


def _write(tx, rows: dict[str, list[dict]], again: dict[str, str]) -> Counter:
    changed: Counter = Counter()
    if again:  # documents read differently before: their old reading goes first (see the module docstring)
        changed.update(queries.write_in(tx, "retract_document_facts",
                                        rows=[{"doc": doc, "text": text} for doc, text in again.items()]))
        changed.update(queries.write_in(tx, "retract_document_mentions", ids=list(again)))
    for name, batch in rows.items():
        if batch:
            # Mentions and facts MERGE one relationship a row: count those found already there.
            write = queries.merge_in if name.startswith(("merge_mentions_", "merge_text_")) else queries.write_in
            changed.update(write(tx, name, rows=batch))
    return changed


def _with_canonical_people(rows: dict[str, list[dict]], merged: dict[str, str]) -> dict[str, list[dict]]:
    """Point rows at the surviving person wherever a person id was merged away by `kg resolve`."""
    fields = {"merge_people": "id", "merge_mentions_person": "id", "merge_text_works_at": "person",
              "merge_text_studied_at": "person", "merge_text_funded_by_person": "head"}
    out = dict(rows)
    for name, field in fields.items():
        out[name] = [{**row, field: merged.get(row[field], row[field])} for row in rows[name]]
    return out


def _label_of(entity_id: str, entities: dict[str, Entity]) -> NodeLabel | None:
    if entity_id in entities:
        return entities[entity_id].label
    if entity_id.startswith("doc:"):
        return NodeLabel.DOCUMENT
    return None


def _rows(batch: list[Document], readings: dict[str, str], *, read_at: str) -> dict[str, list[dict]]:
    """Rows per statement, in dependency order (nodes before the relationships between them)."""
    rows: dict[str, list[dict]] = {name: [] for name in (
        "merge_documents", "merge_people", "merge_organizations", "merge_funders", "merge_policies",
        *_MENTIONS.values(), "merge_text_works_at", "merge_text_studied_at", *_FUNDED_HEAD.values(),
        "merge_text_part_of",
    )}
    for doc in batch:
        rows["merge_documents"].append(_document_row(doc, readings, read_at))
        entities = {e.id: e for e in doc.entities}
        for entity in entities.values():
            _add_entity(rows, entity)
            if entity.label in _MENTIONS:
                rows[_MENTIONS[entity.label]].append(
                    {"doc": doc.id, "id": entity.id, "count": doc.mentions.get(entity.id, 1)})
        for rel in doc.relations:
            if rel.confidence < MIN_CONFIDENCE:
                continue
            common = {"doc": doc.id, "evidence": rel.evidence, "confidence": rel.confidence}
            if rel.type in (RelType.WORKS_AT, RelType.STUDIED_AT):
                kind = rel.degree or rel.role or "" if rel.type is RelType.STUDIED_AT else ""
                key = f"text|{rel.tail}|{kind}|{rel.start if rel.start is not None else 'undated'}"
                name = "merge_text_works_at" if rel.type is RelType.WORKS_AT else "merge_text_studied_at"
                rows[name].append({"person": rel.head, "org": rel.tail, "key": key, "start": rel.start,
                                   "end": rel.end, "degree": rel.degree, "role": rel.role, **common})
            elif rel.type is RelType.FUNDED_BY:
                tail = entities.get(rel.tail)
                if tail is not None and tail.label is not NodeLabel.FUNDER:
                    # An organisation named as paying (a company, a university) is a Funder too.
                    _add_entity(rows, tail.model_copy(update={"label": NodeLabel.FUNDER}))
                head = _label_of(rel.head, entities)
                if head in _FUNDED_HEAD:
                    rows[_FUNDED_HEAD[head]].append(
                        {"head": rel.head, "funder": rel.tail, "award_id": rel.award_id, **common})
            elif rel.type is RelType.PART_OF:
                rows["merge_text_part_of"].append({"child": rel.head, "parent": rel.tail, **common})
    return rows


def _document_row(doc: Document, readings: dict[str, str], read_at: str | None) -> dict[str, Any]:
    # `read_at`: when this reading was written, for `kg resolve undo` (cypher/forget_readings_since.cypher)
    return {"id": doc.id, "title": doc.title, "url": doc.url, "published": doc.published, "source": doc.source,
            "reading": readings[doc.id], "read_at": read_at}


def _add_entity(rows: dict[str, list[dict]], entity: Entity) -> None:
    aliases = [a for a in dict.fromkeys((entity.name, entity.text, entity.alias)) if a]
    if entity.label is NodeLabel.PERSON:
        rows["merge_people"].append({"id": entity.id, "name": entity.name, "names": aliases, "orcid": None,
                                     "openalex": None, "openreview": None, "email_domains": [],
                                     "folded": folded_forms(aliases)})
    elif entity.label is NodeLabel.ORGANIZATION:
        kind = OrgKind.from_type(entity.type)
        rows["merge_organizations"].append({
            "id": entity.id, "name": entity.name, "ror": entity.id[4:] if entity.id.startswith("ror:") else None,
            "country": entity.country, "type": entity.type,
            "countries": [{"code": entity.country, "name": country_name(entity.country)}] if entity.country else [],
            "kind": kind.value if kind else None, "resolved": not entity.id.startswith("org:") or None,
            "aliases": aliases, "folded": folded_forms(aliases), "parents": [],
        })
    elif entity.label is NodeLabel.FUNDER:
        rows["merge_funders"].append({"id": entity.id, "name": entity.name, "country": entity.country,
                                      "aliases": aliases})
    elif entity.label is NodeLabel.POLICY:
        rows["merge_policies"].append({"id": entity.id, "name": entity.name, "country": entity.country,
                                       "country_name": country_name(entity.country), "year": entity.year,
                                       "kind": entity.kind, "aliases": aliases})
