"""Person de-duplication on Paper Copilot author rows: pairwise precision/recall, time and peak memory.

    .venv/bin/python benchmarks/eval_people.py [--data ../shared/data/papercopilot_paperlists] [--scope both]

Truth is the `openreview_id` column, hidden from the resolver. It holds two id spaces:
OpenReview profile ids (`~First_Last1`, CoRL/COLM/WWW/ACM MM/AISTATS/3DV/ALT) and ACL Anthology
author ids (`/f/first-last/`, ACL/NAACL/COLING). A pair of mentions counts only when both carry an
id of the same space (the spaces cannot say whether `~Derek_Hoiem1` is `/d/derek-hoiem/`).
Pair counts come from cluster x truth contingency counts, never from enumerating pairs.

Evidence each mention carries (all from the row and its paper, nothing from the hidden id):
co-authors = the other author names on the same paper; organisations = `aff_norm` (the list's
normalised institution names, split on " | "), else the raw affiliation strings; e-mail domain =
`aff_domain` (first one; webmail ignored); year = the venue year; paper = venue/year/paper_id.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

from extractors.people import Mention, PersonResolver, Resolution

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "papercopilot_paperlists"


def read_mentions(path: Path) -> Iterator[tuple[Mention, str]]:
    """Stream (mention, truth id or "") from authorships.csv, one paper's rows at a time."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(handle)
        for _, group in groupby(rows, key=_PaperBoundary()):
            authors = list(group)
            names = [r["author"] for r in authors]
            first = authors[0]
            # some CVPR/ICCV rows have no paper_id: the paper is then the run of rows starting at position 1
            paper_key = f"{first['venue']}/{first['year']}/{first['paper_id'] or _PaperBoundary.count}"
            for pos, row in enumerate(authors):
                orgs = row["aff_norm"].split(" | ") if row["aff_norm"] else row["aff_raw"].split("+")
                domain = row["aff_domain"].split("+")[0] if row["aff_domain"] else None
                yield (
                    Mention(
                        id=f"{paper_key}#{row['author_position']}",
                        name=row["author"],
                        paper=paper_key,
                        year=int(row["year"]) if row["year"] else None,
                        coauthors=tuple(n for k, n in enumerate(names) if k != pos),
                        orgs=tuple(o.strip() for o in orgs if o.strip()),
                        email_domain=domain,
                    ),
                    row["openreview_id"],
                )


class _PaperBoundary:
    """groupby key: a new paper starts when the paper key changes or author_position goes back to 1."""

    count = 0

    def __init__(self) -> None:
        self.last: tuple[str, str, str] | None = None

    def __call__(self, row: dict[str, str]) -> int:
        key = (row["venue"], row["year"], row["paper_id"])
        if key != self.last or row["author_position"] == "1":
            _PaperBoundary.count += 1
            self.last = key
        return _PaperBoundary.count


def _space(truth_id: str) -> str:
    return "openreview" if truth_id.startswith("~") else "anthology"


def pairwise(resolution: Resolution, truth: dict[str, str]) -> dict[str, tuple[float, float, int, int, int]]:
    """Per id space (and all): precision, recall, true-positive pairs, predicted pairs, true pairs."""
    joint: Counter[tuple[str, str, str]] = Counter()
    predicted: Counter[tuple[str, str]] = Counter()
    actual: Counter[tuple[str, str]] = Counter()
    for mention_id, truth_id in truth.items():
        space = _space(truth_id)
        cluster = resolution.cluster_of[mention_id]
        joint[(space, cluster, truth_id)] += 1
        predicted[(space, cluster)] += 1
        actual[(space, truth_id)] += 1

    def pairs(counter: Counter, space: str | None) -> int:
        return sum(n * (n - 1) // 2 for key, n in counter.items() if space is None or key[0] == space)

    out = {}
    for space in ("openreview", "anthology", None):
        tp, pp, tt = pairs(joint, space), pairs(predicted, space), pairs(actual, space)
        out[space or "all"] = (tp / pp if pp else 1.0, tp / tt if tt else 1.0, tp, pp, tt)
    return out


def run(data: Path, scope: str, explain: int) -> None:
    started = time.perf_counter()
    mentions, truth = [], {}
    for mention, truth_id in read_mentions(data / "authorships.csv"):
        if scope == "truth" and not truth_id:
            continue
        mentions.append(mention)
        if truth_id:
            truth[mention.id] = truth_id
    read_s = time.perf_counter() - started
    resolve_started = time.perf_counter()
    resolution = PersonResolver().resolve(mentions)
    resolve_s = time.perf_counter() - resolve_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    clusters = len(set(resolution.cluster_of.values()))
    print(f"scope={scope}: {len(mentions):,} mentions -> {clusters:,} people; "
          f"read {read_s:.1f} s, resolve {resolve_s:.1f} s, total {read_s + resolve_s:.1f} s; peak RSS {peak_mb:,.0f} MB")
    reasons = Counter(d.reason for d in resolution.decisions)
    print("  merges by reason: " + ", ".join(f"{r} {n:,}" for r, n in reasons.most_common()))
    for space, (p, r, tp, pp, tt) in pairwise(resolution, truth).items():
        print(f"  {space:<10} precision {p:.4f}  recall {r:.4f}  (pairs: correct {tp:,}, predicted {pp:,}, true {tt:,})")
    if explain:
        _explain(resolution, truth, mentions, explain)


def _explain(resolution: Resolution, truth: dict[str, str], mentions: list[Mention], limit: int) -> None:
    """The clusters holding the most wrongly joined pairs: for tuning, printed only."""
    names = {m.id: m.name for m in mentions}
    members: dict[str, Counter] = {}
    for mention_id, truth_id in truth.items():
        members.setdefault(resolution.cluster_of[mention_id], Counter())[truth_id] += 1

    def wrong(c: Counter) -> int:  # wrongly joined pairs within one id space
        spaces = Counter()
        for truth_id, n in c.items():
            spaces[_space(truth_id)] += n
        return sum(n * (n - 1) // 2 for n in spaces.values()) - sum(n * (n - 1) // 2 for n in c.values())
    worst = sorted(members.items(), key=lambda kv: -wrong(kv[1]))[:limit]
    print("  clusters with most wrong pairs:")
    for cluster, counts in worst:
        print(f"    {names[cluster]!r}: {dict(counts.most_common(6))} wrong pairs {wrong(counts)}")
    reason_of = {d.merged: d.reason for d in resolution.decisions}
    wrong_reasons = Counter()
    for cluster, counts in members.items():
        if wrong(counts):
            wrong_reasons.update(reason_of.get(m, "?") for m, c in resolution.cluster_of.items() if c == cluster and m in truth)
    print("  reasons inside impure clusters:", dict(wrong_reasons.most_common()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scope", choices=("truth", "all", "both"), default="both",
                        help="resolve only rows with a truth id, all 182,554 rows, or both in turn")
    parser.add_argument("--explain", type=int, default=0, help="print the N least pure clusters")
    args = parser.parse_args(argv)
    if not (args.data / "authorships.csv").is_file():
        sys.exit(f"no authorships.csv under {args.data}")
    for scope in (("truth", "all") if args.scope == "both" else (args.scope,)):
        run(args.data, scope, args.explain)


if __name__ == "__main__":
    main()
