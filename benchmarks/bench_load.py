"""Load benchmark: all Paper Copilot papers in batches vs. the first 2,000 one auto-committed MERGE per row.

    .venv/bin/python benchmarks/bench_load.py [--data-dir /tmp/kg-bench-load] [--limit N]

Prints papers/s and relationships/s of the batched load end to end (reading, linking
affiliations, writing, career spells), the per-row baseline on the same first 2,000 papers,
the speed-up, and the peak RSS of this process (reader + loader) sampled as it goes, so
flatness in input size shows. Needs ../shared/data/papercopilot_paperlists.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from itertools import islice
from pathlib import Path

import psutil

from extractors.orglink import AffiliationLinker
from extractors.papers import read_papers
from kg import embedded, queries, schema
from kg.loader import _rows, attach_elements, load_papers
from kg.model import Paper, Reject
from kg.rejects import RejectLog
from kg.settings import Settings
from kg.spells import spells
from kg.store import connect

FLAT = Path(__file__).resolve().parents[2] / "shared" / "data" / "papercopilot_paperlists"
BASELINE_PAPERS = 2000


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


class RssSampler(threading.Thread):
    """Peak RSS of this process at each 10% of the input, to show memory stays flat."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak = 0.0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.wait(0.2):
            self.peak = max(self.peak, rss_mb())


def open_graph(data_dir: Path):
    state = embedded.ensure_running(data_dir, bolt_port=0, http_port=0)
    settings = Settings(graph_url="embedded", data_dir=data_dir)
    store = connect(state.url, (embedded.USER, embedded.password(data_dir)), database=embedded.DATABASE,
                    settings=settings, server=state)
    schema.migrate(store)
    return store


def per_row(store, papers: Iterable[Paper | Reject], linker) -> tuple[int, float, int]:
    """The naive way, end to end like the batched load: read, link, flatten, then every row of every
    statement (career spells included) in its own auto-committed transaction. Returns papers, seconds
    and relationships created.

    The statements are the batched loader's. Its relationship rows find their nodes by the
    elementIds the node statements return; here those come from earlier auto-commits, which holds
    on a server no one else writes to (and an id-index lookup instead would cost ~7 us of a row's
    ~700 us, so the baseline is not slowed by this).
    """
    started = time.perf_counter()
    relationships = 0
    accepted = [p for p in papers if isinstance(p, Paper)]
    rows = _rows(accepted, linker)
    by_person: dict[str, list[dict]] = defaultdict(list)
    for byline in rows["authored"]:
        if byline["year"] is not None:
            by_person[byline["person"]].append(byline)
    found = [s for pid, bylines in by_person.items() for s in spells(pid, bylines)]
    rows["work_spells"] = [s.row() for s in found if s.degree is None]
    rows["study_spells"] = [s.row() for s in found if s.degree is not None]
    elements: dict[str, dict[str, str]] = {"papers": {}, "people": {}}
    with store.session() as session:
        for name, key in (("merge_papers", "papers"), ("merge_people", "people"), ("merge_organizations", "orgs")):
            text = queries.load(name).text
            for row in rows[key]:
                result = session.run(text, {"rows": [row]})
                if key in elements:
                    elements[key].update(result.single(strict=True)["elements"])
                relationships += result.consume().counters.relationships_created
        attach_elements(rows, elements["people"], elements["papers"])
        for name, key in (("merge_authored", "authored"), ("merge_coauthors", "coauthors"),
                          ("merge_paper_funders", "funders"), ("merge_work_spells", "work_spells"),
                          ("merge_study_spells", "study_spells")):
            text = queries.load(name).text
            for row in rows[key]:
                summary = session.run(text, {"rows": [row]}).consume()
                relationships += summary.counters.relationships_created
    return len(accepted), time.perf_counter() - started, relationships


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/kg-bench-load"))
    parser.add_argument("--limit", type=int, default=None, help="papers to load (default: all)")
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    if not FLAT.is_dir():
        print(f"skipped: {FLAT} not present (internal test data)")
        return 0
    for sub in ("batched", "per-row"):
        embedded.stop(args.data_dir / sub)
        shutil.rmtree(args.data_dir / sub, ignore_errors=True)

    linker = AffiliationLinker()
    sampler = RssSampler()
    sampler.start()
    store = open_graph(args.data_dir / "batched")
    rss_start = rss_mb()
    started = time.perf_counter()
    with RejectLog(args.data_dir / "rejects.jsonl") as log:
        items = read_papers(FLAT) if args.limit is None else islice(read_papers(FLAT), args.limit)
        summary = load_papers(store, items, rejects=log, link_org=linker, batch_size=args.batch_size,
                              progress=sys.stderr.isatty())
    batched_s = time.perf_counter() - started
    sampler.stop.set()
    counts = queries.run(store, "count_graph")[0]
    store.close()
    embedded.stop(args.data_dir / "batched")

    store = open_graph(args.data_dir / "per-row")
    # A linker of its own: the batched run's would answer from a warm cache.
    row_papers, row_s, row_rels = per_row(store, islice(read_papers(FLAT), BASELINE_PAPERS), AffiliationLinker())
    store.close()
    embedded.stop(args.data_dir / "per-row")

    batched_rate = summary.loaded / batched_s
    row_rate = row_papers / row_s
    rels = summary.counters["relationships_created"]
    print(f"batched   : {summary.loaded} papers ({summary.rejected} rejected) in {batched_s:.1f} s = "
          f"{batched_rate:,.0f} papers/s, {rels:,} relationships = {rels / batched_s:,.0f} rel/s "
          f"(graph: {counts['nodes']:,} nodes, {counts['relationships']:,} relationships)")
    print(f"            of which career spells {summary.spell_seconds:.1f} s ({summary.spells:,} spells)")
    print(f"per-row   : {row_papers} papers in {row_s:.1f} s = {row_rate:,.1f} papers/s, "
          f"{row_rels:,} relationships = {row_rels / row_s:,.0f} rel/s")
    print(f"speed-up  : {batched_rate / row_rate:.1f}x papers/s")
    print(f"peak RSS  : {sampler.peak:.0f} MB (loader process; {rss_start:.0f} MB before loading; "
          f"ru_maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    print(f"affiliations resolved: {linker.resolved}, unresolved: {linker.unresolved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
