"""How fast the paper readers stream, and whether memory stays flat.

    .venv/bin/python benchmarks/read_papers.py [PATH ...]

With no PATH it reads ../shared/data/papercopilot_paperlists (44,724 papers) and
examples/openalex_works.jsonl. Prints records/s and the peak RSS measured after
the first tenth of the records and at the end: a flat reader keeps the two close.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import psutil

from extractors.papers import read_papers
from kg.model import Reject

REPO = Path(__file__).resolve().parents[1]
DEFAULTS = [REPO.parent / "shared" / "data" / "papercopilot_paperlists", REPO / "examples" / "openalex_works.jsonl"]


def peak_rss_mb() -> float:
    memory = psutil.Process().memory_info()
    return getattr(memory, "peak_wset", None) or _ru_maxrss_mb() or memory.rss / 2**20


def _ru_maxrss_mb() -> float | None:
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(path: Path) -> None:
    start = time.perf_counter()
    papers = rejects = authors = 0
    early_rss = None
    for record in read_papers(path):
        if isinstance(record, Reject):
            rejects += 1
            continue
        papers += 1
        authors += len(record.authors)
        if papers == 4_000:
            early_rss = peak_rss_mb()
    elapsed = time.perf_counter() - start
    print(
        f"{path.name}: {papers:,} papers, {authors:,} authorships, {rejects:,} rejects "
        f"in {elapsed:.2f} s = {papers / elapsed:,.0f} papers/s; "
        f"peak RSS {peak_rss_mb():.0f} MB" + (f" (after 4,000 papers: {early_rss:.0f} MB)" if early_rss else "")
    )


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:]] or [path for path in DEFAULTS if path.exists()]
    for path in paths:
        measure(path)


if __name__ == "__main__":
    main()
