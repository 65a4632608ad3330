"""Precision and coverage of organisation resolution on hand-linked affiliation strings.

Gold: S2AFF's affiliation strings linked to ROR ids by hand
(`../shared/data/s2aff_affiliation_gold`). Gazetteer: the ROR records in
`../shared/data/ror_records` (plus the curated list when present). Only rows whose
gold ids are all in those records are scored, since the records are a partial dump.

A prediction is the top resolution's ROR id; it is right when it is one of the row's
gold ids. Coverage = rows with a ROR prediction at or above `--min-score` / rows scored;
precision = right / predicted.

    python benchmarks/eval_orgs.py [--min-score 0] [--split test] [--limit N] [--errors 20]
"""

from __future__ import annotations

import argparse
import ast
import csv
import shlex
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from extractors.resolver import CURATED, OrgResolver, read_known_entities
from extractors.ror import read_ror
from kg.model import ror_suffix

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GOLD = DATA / "s2aff_affiliation_gold" / "gold_affiliation_annotations.csv"
ROR = DATA / "ror_records" / "ror_records_all.jsonl.gz"


@dataclass
class Score:
    rows: int
    predicted: int
    correct: int
    seconds: float
    build_seconds: float
    errors: list[tuple[str, set[str], str | None, float]]

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def coverage(self) -> float:
        return self.predicted / self.rows if self.rows else 0.0

    @property
    def per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def gold_rows(gold: Path, known: set[str], split: str | None = None) -> list[tuple[str, set[str]]]:
    """(raw affiliation, gold ROR suffixes) for rows whose gold ids are all in `known`."""
    rows = []
    with gold.open(newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            if split and row.get("split") != split:
                continue
            if "original_affiliation" in row:
                text, labels = row["original_affiliation"], row["labels"]
            else:  # the 2022 round: raw_affiliation_string, ror_ids as a tuple literal
                if row.get("valid_affiliation_string", "yes") != "yes":
                    continue
                text, labels = row["raw_affiliation_string"], row["ror_ids"]
            labels = {ror_suffix(label) for label in ast.literal_eval(labels or "()")}
            if labels and labels <= known:
                rows.append((text, labels))
    return rows


def build_resolver(ror: Path, *, curated: bool = True) -> tuple[OrgResolver, set[str], float]:
    started = time.perf_counter()
    entries = list(read_ror(ror))
    preferred = list(read_known_entities(CURATED)) if curated and CURATED.is_file() else []
    resolver = OrgResolver(entries, preferred=preferred)
    known = {entry.id.removeprefix("ror:") for entry in entries}
    return resolver, known, time.perf_counter() - started


def evaluate(
    resolver: OrgResolver, rows: list[tuple[str, set[str]]], *, min_score: float = 0.0, build_seconds: float = 0.0
) -> Score:
    predicted = correct = 0
    errors = []
    started = time.perf_counter()
    answers = [resolver.resolve(text) for text, _ in rows]
    seconds = time.perf_counter() - started
    for (text, labels), answer in zip(rows, answers):
        ror = answer.ror if answer and answer.resolved and answer.score >= min_score else None
        if ror is None:
            errors.append((text, labels, None, answer.score if answer else 0.0))
            continue
        predicted += 1
        if ror in labels:
            correct += 1
        else:
            errors.append((text, labels, f"{ror} {answer.name} [{answer.method} {answer.alias!r}]", answer.score))
    return Score(len(rows), predicted, correct, seconds, build_seconds, errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--ror", type=Path, default=ROR)
    parser.add_argument("--min-score", type=float, default=0.0, help="ignore resolutions scored below this")
    parser.add_argument("--split", choices=["train", "val", "test"], help="score one split only")
    parser.add_argument("--limit", type=int, help="score the first N rows only")
    parser.add_argument("--no-curated", action="store_true", help="ROR records only")
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes and misses")
    args = parser.parse_args(argv)
    if not args.gold.is_file() or not args.ror.is_file():
        print(f"shared data not found: {args.gold} / {args.ror}", file=sys.stderr)
        return 2

    resolver, known, build_seconds = build_resolver(args.ror, curated=not args.no_curated)
    rows = gold_rows(args.gold, known, args.split)[: args.limit]
    score = evaluate(resolver, rows, min_score=args.min_score, build_seconds=build_seconds)

    console = Console()
    print("$ python " + " ".join(shlex.quote(arg) for arg in sys.argv))
    table = Table(title="organisation resolution vs S2AFF gold (top ROR id)")
    for column in ("rows", "min score", "coverage", "precision", "strings/s", "build s", "gazetteer"):
        table.add_column(column, justify="right")
    table.add_row(
        str(score.rows), f"{args.min_score:g}", f"{score.coverage:.3f}", f"{score.precision:.3f}",
        f"{score.per_second:,.0f}", f"{score.build_seconds:.1f}", f"{len(resolver):,}",
    )
    console.print(table)
    for text, labels, got, value in score.errors[: args.errors]:
        console.print(f"[dim]{value:5.1f}[/] {text[:110]!r}\n      gold {sorted(labels)} got {got}", highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
