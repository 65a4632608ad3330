"""Papers into the graph: batched UNWIND writes, idempotent, resumable.

Each batch of papers becomes one write transaction of a few `UNWIND ... MERGE` statements
(papers, people, organisations, authorship, co-authorship, funding). A crash or Ctrl-C loses
at most the batch in flight; re-running the same input MERGEs onto what is there, so it
finishes without duplicates. Career spells are recomputed for every person the run touched, so
they stay right whatever order files arrive in: from the graph's bylines for people it already
held, and from the bylines this run wrote (kept in a `BylineSpill`) for people it created.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial
from itertools import combinations
from typing import TypeVar

import pycountry
from more_itertools import chunked, partition
from neo4j import exceptions as neo4j_errors
from tqdm import tqdm

from kg import queries, schema
from kg.byline_spells import rebuild_spells, write_new_spells
from kg.byline_spill import BylineSpill
from kg.bylines import JOB
from kg.collector import full_collections_every
from kg.errors import GraphError
from kg.identity import canonical_people, with_canonical_people
from kg.load_lock import exclusive_load
from kg.model import Affiliation, OrgKind, Paper, Reject, student_degree
from kg.org_news import OrgNews
from kg.readahead import AHEAD, read_ahead
from kg.rejects import RejectLog
from kg.search_text import folded_forms
from kg.load_summary import LoadSummary, accepted, label_counts
from kg.store import NEO4J, Rows, Store

MAX_COAUTHORS = 50  # hyper-authored papers (hundreds of names) would add n^2 edges and say little about ties

FULL_COLLECTION_BATCHES = 100  # see kg/collector.py and _sent: the cyclic garbage a batch leaves is small now

T = TypeVar("T")
OrgLinker = Callable[[Affiliation], list[Affiliation]]


def load_papers(
    store: Store,
    items: Iterable[Paper | Reject],
    *,
    rejects: RejectLog,
    link_org: OrgLinker | None = None,
    batch_size: int | None = None,
    progress: bool = True,
) -> LoadSummary:
    """Write papers (skipping and logging rejects) and then their authors' career spells."""
    with exclusive_load(store.settings.data_dir, progress):
        return _load_papers(store, items, rejects=rejects, link_org=link_org, batch_size=batch_size,
                            progress=progress)


def _load_papers(store: Store, items: Iterable[Paper | Reject], *, rejects: RejectLog, link_org: OrgLinker | None,
                 batch_size: int | None, progress: bool) -> LoadSummary:
    schema.migrate(store)
    summary = LoadSummary(rejects_file=str(rejects.path))
    before = label_counts(store)
    started = time.perf_counter()
    written: dict[str, int] = {}  # each person this run touched -> what it last prepared for them (_people_news)
    created: set[str] = set()  # people this run created: all their bylines are in the spill
    size = batch_size or store.settings.batch_size
    bar = tqdm(unit=" papers", disable=not progress, desc="loading", smoothing=0.1)
    with BylineSpill() as spill, full_collections_every(FULL_COLLECTION_BATCHES) as batch_written:
        for batch, rows, fresh, fresh_papers, unchanged in _prepared(
                store, chunked(accepted(items, rejects, summary), size), link_org, written):
            changes, fresh = write_batch(store, rows, unchanged, fresh, fresh_papers)
            summary.counters.update(changes)
            created.update(fresh)
            kinds = [{"id": r["id"], "kind": r["kind"]} for r in rows["orgs"] if r["kind"]]
            if kinds and store.backend == NEO4J:
                # Kind labels on Neo4j only: ArcadeDB cannot re-type a vertex held by a unique index
                # (see cypher/schema/0004_kind_labels.cypher); there `kind` is a property on both.
                summary.counters.update(store.write(
                    lambda tx: queries.write_in(tx, "label_organizations", rows=kinds)))
            spill.add(rows["papers"], [r for r in rows["authored"] if r["person"] in created])
            summary.loaded += len(batch)
            bar.update(len(batch))
            batch_written()
        bar.close()
        spells_started = time.perf_counter()
        undated = spill.undated()  # every one of them has a kept byline
        from_spill = created - undated
        from_graph = sorted(written.keys() - from_spill)
        bar = tqdm(total=len(from_graph) + spill.people() - len(undated), unit=" people", disable=not progress,
                   desc="careers")
        summary.spells = rebuild_spells(store, from_graph, summary.counters, bar)
        summary.spells += write_new_spells(
            store, ((pid, b) for pid, b in spill.bylines() if pid in from_spill), summary.counters, bar)
        bar.close()
    summary.spell_seconds = time.perf_counter() - spells_started
    summary.seconds = time.perf_counter() - started
    summary.rejected = rejects.count
    after = label_counts(store)
    summary.created_by_label = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    return summary


def _prepared(store: Store, batches: Iterator[list[Paper]], link_org: OrgLinker | None,
              written: dict[str, int]) -> Iterator[tuple[list[Paper], dict, set[str], set[str], list[dict]]]:
    """Read, validate, flatten and check the next batch while the server writes this one.

    Yields each batch with its rows (person and organisation rows: those that change something, see
    `_people_news` and kg/org_news.py), the people that
    are fresh (first seen in this batch and not in the graph), the papers that are fresh and the
    person rows left out as unchanged. Checking ahead of the writes is safe: batches are written in
    order, a person held before the run always shows, and one first seen in this batch cannot have
    been written by an earlier one. Only this thread touches `written`, so "first seen" is exact.

    Papers are not remembered for the whole run (there is one row per paper, not one per byline
    as for people): a paper is fresh when the graph lacks it and no batch that may still be
    unwritten holds it. The batches that may be are the ones prepared since the last committed one;
    read_ahead runs at most AHEAD + 1 ahead of the writer, so those are the last AHEAD + 1 prepared.
    """

    # No merge can start while this load holds the load lock, so with none in force now, every id is
    # its own survivor for the whole run (and 45 lookups of ~3k ids are saved on Paper Copilot).
    merges_in_force = queries.run(store, "count_active_merges")[0]["merges"] > 0
    orgs = OrgNews()
    unwritten: deque[set[str]] = deque(maxlen=AHEAD + 1)  # paper ids of the batches that may not be written yet

    def prepare(batch: list[Paper]) -> tuple[list[Paper], dict, set[str], set[str], list[dict]]:
        rows = _rows(batch, link_org)
        if merges_in_force:
            rows = with_canonical_people(rows, canonical_people(store, (r["id"] for r in rows["people"])))
        unseen = [r["id"] for r in rows["people"] if r["id"] not in written]
        news, unchanged = _people_news(rows["people"], written)
        held = {row["id"] for row in queries.run(store, "people_existing", ids=unseen)} if unseen else set()
        paper_ids = {r["id"] for r in rows["papers"]}
        unseen_papers = [pid for pid in paper_ids if not any(pid in ids for ids in unwritten)]
        unwritten.append(paper_ids)
        held_papers = ({row["id"] for row in queries.run(store, "papers_existing", ids=unseen_papers)}
                       if unseen_papers else set())
        return (batch, {**rows, "people": news, "orgs": orgs.news(rows["orgs"])}, set(unseen) - held,
                set(unseen_papers) - held_papers, unchanged)

    return read_ahead((prepare(batch) for batch in batches), depth=AHEAD)


def _people_news(people: list[dict], written: dict[str, int]) -> tuple[list[dict], list[dict]]:
    """The person rows that can change something, and the others. A row the same as the last
    one this run wrote for that person would be a no-op MERGE (a quarter of a Paper Copilot load's
    person rows)."""
    news, unchanged = [], []
    for row in people:
        # A hash, not the tuple, keeps memory small; a collision (~1e-9 per load) would skip one row's new
        # aliases, e-mail domains or ids.
        seen = hash((tuple(row["names"]), tuple(row["email_domains"]), row["orcid"], row["openalex"],
                     row["openreview"]))
        if written.get(row["id"]) != seen:
            written[row["id"]] = seen
            news.append(row)
        else:
            unchanged.append(row)
    return news, unchanged


def write_batch(store: Store, rows: dict[str, list[dict]], unchanged: list[dict],
                fresh: set[str], fresh_papers: set[str] = frozenset()) -> tuple[Counter, set[str]]:
    """Write one batch; its changes and the people it created.

    If someone else created one of the `fresh` people or papers after the batch was checked (the
    id constraint refuses the CREATE and the transaction rolls back), the batch is written again
    the careful way, and none of its people count as this run's own.
    """
    try:
        return store.write(partial(_write_batch, rows=rows, unchanged=unchanged, fresh=fresh,
                                   fresh_papers=fresh_papers)), fresh
    except GraphError as exc:
        if not (fresh or fresh_papers) or not isinstance(exc.__cause__, neo4j_errors.ConstraintError):
            raise
    return store.write(partial(_write_batch, rows=rows, unchanged=unchanged, fresh=set(),
                               fresh_papers=set())), set()


def _write_batch(tx, rows: dict[str, list[dict]], unchanged: list[dict], fresh: set[str],
                 fresh_papers: set[str]) -> Counter:
    """One batch in one transaction.

    The relationship statements find their nodes by the elementIds that the node statements
    returned in this same transaction (ids are only promised within one): on ArcadeDB that is
    1 us a lookup against 7-8 us through the id index, and a load makes ~1.3M. People and papers
    in `fresh` and `fresh_papers` are created outright, and so are the AUTHORED and CO_AUTHORED
    links that cannot exist yet: a CREATE costs half a MERGE, and most of a first load is fresh.
    """
    counters: Counter = Counter()
    created_papers = set()
    new_papers, known_papers = [], []
    for row in rows["papers"]:  # a paper twice in the batch: created once, then merged as before
        if row["id"] in fresh_papers and row["id"] not in created_papers:
            created_papers.add(row["id"])
            new_papers.append(row)
        else:
            known_papers.append(row)
    papers = _elements(tx, "create_papers", new_papers, counters)
    papers.update(_elements(tx, "merge_papers", known_papers, counters))
    known_people, new_people = map(list, partition(lambda r: r["id"] in fresh, rows["people"]))
    people = _elements(tx, "create_people", new_people, counters)
    people.update(_elements(tx, "merge_people", known_people, counters))
    if unchanged:
        found = dict(queries.run_in(tx, "person_elements", ids=[r["id"] for r in unchanged])[0]["elements"])
        people.update(found)
        # a person merged away by `kg resolve` since the batch was read is written again, not lost
        people.update(_elements(tx, "merge_people", [r for r in unchanged if r["id"] not in found], counters))
    if rows["orgs"]:
        counters.update(_sent(queries.write_in, tx, "merge_organizations", rows["orgs"]))
    attach_elements(rows, people, papers)
    known_authored, new_authored = map(list, partition(lambda r: r["person"] in fresh or r["paper"] in fresh_papers,
                                                       rows["authored"]))
    known_pairs, new_pairs = map(list, partition(lambda r: r["a"] in fresh or r["b"] in fresh, rows["coauthors"]))
    for name, statement_rows in (("create_authored", new_authored), ("merge_authored", known_authored),
                                 ("create_coauthors", new_pairs), ("merge_coauthors", known_pairs),
                                 ("merge_paper_funders", rows["funders"])):
        if statement_rows:
            counters.update(_sent(queries.merge_in, tx, name, statement_rows))
    return counters


def _sent(write: Callable[..., T], tx, name: str, rows: list[dict]) -> T:
    """Run a statement on a copy of `rows`, emptied afterwards. The driver keeps every statement's
    parameters in a reference cycle (its Result and error handler) until a full collection: 666k
    row objects and 2.3 s of full collections in a Paper Copilot load. This way it keeps an empty list
    (a `Rows`, which the store passes on as it is rather than copying)."""
    sent = Rows(rows)
    try:
        return write(tx, name, rows=sent)
    finally:
        sent.clear()


def attach_elements(rows: dict[str, list[dict]], people: dict[str, str], papers: dict[str, str]) -> None:
    """Give the relationship rows the elementIds of their people and papers."""
    for row in rows["authored"]:
        row["person_element"], row["paper_element"] = people[row["person"]], papers[row["paper"]]
    for row in rows["coauthors"]:
        row["a_element"], row["b_element"] = people[row["a"]], people[row["b"]]
    for row in rows["funders"]:
        row["paper_element"] = papers[row["paper"]]


def _elements(tx, name: str, rows: list[dict], counters: Counter) -> dict[str, str]:
    """Run a node statement that returns [id, elementId] per row; the map of the two."""
    if not rows:
        return {}
    (elements,), changes = _sent(queries.write_returning, tx, name, rows)
    counters.update(changes)
    return dict(elements)


def _rows(batch: list[Paper], link_org: OrgLinker | None) -> dict[str, list[dict]]:
    """Flatten a batch into one row list per statement, merged within the batch."""
    papers, people, orgs, funders = [], {}, {}, []
    authored: dict[tuple[str, str], dict] = {}
    pairs: dict[tuple[str, str], dict] = {}
    for paper in batch:
        papers.append({"id": paper.id, "title": paper.title, "year": paper.year, "venue": paper.venue,
                       "doi": paper.doi, "source": paper.source})
        author_ids = []
        for author in paper.authors:
            affiliations = [linked for a in author.affiliations for linked in (link_org(a) if link_org else [a])]
            pid = author.person_id
            author_ids.append(pid)
            person = people.get(pid)
            if person is None:
                person = people[pid] = {"id": pid, "name": author.name, "names": [], "orcid": author.orcid,
                                        "openalex": author.openalex, "openreview": author.openreview,
                                        "email_domains": [], "folded": []}
            if author.name not in person["names"]:
                person["names"].append(author.name)
                _add_folded(person["folded"], author.name)
            if author.email_domain and author.email_domain not in person["email_domains"]:
                person["email_domains"].append(author.email_domain)
            places: dict[str, str] = {}  # org id -> degree studied for there (JOB: a job)
            for affiliation in affiliations:
                oid = affiliation.canonical_id()
                if oid is None:
                    continue
                places.setdefault(oid, student_degree(affiliation.role or author.role) or JOB)
                _add_org(orgs, oid, affiliation)
            byline = authored.get((pid, paper.id))
            if byline is None:
                authored[pid, paper.id] = {"person": pid, "paper": paper.id, "position": author.position,
                                           "role": author.role, "affiliations": list(places),
                                           "degrees": list(places.values()), "year": paper.year,
                                           "method": paper.method}
            else:  # one person twice on a paper (or a paper twice in the batch): one link, as MERGE made it
                byline["affiliations"], byline["degrees"] = list(places), list(places.values())
        if len(author_ids) <= MAX_COAUTHORS:
            _add_pairs(pairs, sorted(set(author_ids)), paper)
        for funding in paper.funders:
            funders.append({"paper": paper.id, "funder": funding.canonical_id, "name": funding.funder,
                            "country": funding.country, "award_id": funding.award_id, "method": paper.method})
    return {"papers": papers, "people": list(people.values()), "orgs": list(orgs.values()),
            "authored": list(authored.values()), "coauthors": list(pairs.values()), "funders": funders}


def _add_pairs(pairs: dict[tuple[str, str], dict], authors: list[str], paper: Paper) -> None:
    # The innermost loop of a load (~8 pairs a paper): plain comparisons, no per-pair temporaries.
    year = paper.year
    for key in combinations(authors, 2):
        pair = pairs.get(key)
        if pair is None:
            pairs[key] = {"a": key[0], "b": key[1], "papers": [paper.id], "first_year": year, "last_year": year,
                          "method": paper.method}
            continue
        if paper.id not in pair["papers"]:  # a paper repeated in one input counts once
            pair["papers"].append(paper.id)
        if year is not None:
            if pair["first_year"] is None or year < pair["first_year"]:
                pair["first_year"] = year
            if pair["last_year"] is None or year > pair["last_year"]:
                pair["last_year"] = year


def _add_org(orgs: dict[str, dict], oid: str, affiliation: Affiliation) -> None:
    # First value wins for the scalar fields, as in merge_organizations across batches; every
    # country seen is kept (LOCATED_IN), so the graph does not depend on where batches split.
    row = orgs.get(oid)
    if row is None:
        row = orgs[oid] = {
            "id": oid, "name": affiliation.name or oid, "ror": affiliation.ror, "country": None, "countries": [],
            "type": None, "kind": None, "resolved": True if oid.startswith("ror:") else affiliation.resolved,
            "aliases": [], "folded": [], "parents": [{"id": p, "name": None} for p in affiliation.parents],
        }
    if affiliation.country and all(c["code"] != affiliation.country for c in row["countries"]):
        row["countries"].append({"code": affiliation.country, "name": country_name(affiliation.country)})
        row["country"] = row["country"] or affiliation.country
    if affiliation.type and row["type"] is None:
        kind = OrgKind.from_type(affiliation.type)
        row["type"], row["kind"] = affiliation.type, kind.value if kind else None
    for alias in (affiliation.name, affiliation.raw):
        if alias and alias not in row["aliases"]:
            row["aliases"].append(alias)
            _add_folded(row["folded"], alias)


def _add_folded(folded: list[str], name: str) -> None:
    # What searches also match (kg/search_text.py): "Universite de Montreal" for "Université de Montréal".
    folded.extend(form for form in folded_forms([name]) if form not in folded)


@cache  # a few hundred codes; pycountry's lookup costs ~40 µs, once per organisation row otherwise
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else None
