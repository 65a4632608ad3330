"""Score the article pipeline against labelled data in ../shared/data (never copied into the repo).

* Re-DocRED career documents: gold "educated at" (P69) -> STUDIED_AT and "employer" (P108)
  -> WORKS_AT. A predicted relation matches a gold one when its person matches any name of
  the gold head entity and its organisation any name of the gold tail entity (names
  compared after normalising case, accents and punctuation; a match is either name
  containing the other word-wise, or a rapidfuzz token-set ratio >= 90). Gold triples that
  state one fact twice (one person annotated as two entities, "Rudolf Halin" and "Halin",
  with the same organisation) are counted once: see `gold_facts`.
* GROBID funding/acknowledgement statements: funder precision/recall/F1 per statement
  (predicted funder names against the gold `funder` spans, same name matching, the
  acronym in "(NIH)" accepted for either side), and award ids: the share of gold
  grant numbers we output (exact after dropping spaces), and the share of ours that are gold.

Run: `kg eval [--data DIR] [--limit N]` or `python benchmarks/eval_text.py`.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from anyascii import anyascii
from rapidfuzz import fuzz

DEFAULT_DATA = Path("..") / "shared" / "data"
RELATIONS = {"P69": "STUDIED_AT", "P108": "WORKS_AT"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def norm(text: str) -> str:
    text = anyascii(text).lower()
    text = re.sub(r"\s+'s\b|'s\b", "", text)
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text.strip())
    return text.strip()


def same_name(a: str, b: str) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x == y:
        return True
    wx, wy = f" {x} ", f" {y} "
    if (wx in wy or wy in wx) and min(len(x), len(y)) >= 4:
        return True
    return fuzz.token_set_ratio(x, y) >= 90 and min(len(x), len(y)) >= 6


def _contains(a: str, b: str) -> bool:
    """One name equal to, or word-wise inside, the other ("Halin" in "Rudolf Halin")."""
    x, y = norm(a), norm(b)
    return bool(x and y) and (x == y or (min(len(x), len(y)) >= 4 and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")))


def acronyms(text: str) -> set[str]:
    return {m.lower() for m in re.findall(r"\(([A-Za-z][A-Za-z&.\-]{1,11})\)", text)}


def funder_match(pred: str, gold: str) -> bool:
    if same_name(pred, gold):
        return True
    p = norm(pred).replace(" ", "")
    return bool(p) and (p in acronyms(gold) or norm(gold).replace(" ", "") in acronyms(pred))


# --- Re-DocRED ------------------------------------------------------------------------------

def eval_careers(path: Path, nlp, *, limit: int | None = None, evidenced: bool = False) -> dict[str, Score]:
    """P/R/F1 per relation type; with `evidenced`, only gold triples whose evidence sentences the
    annotators marked are scored (predictions matching the others count neither way)."""
    from extractors.pipeline import extract_documents

    records = [orjson.loads(line) for line in path.open("rb")][:limit]
    scores = {name: Score() for name in RELATIONS.values()}
    docs = extract_documents((r["text"] for r in records), nlp=nlp, n_process=1)
    for record, doc in zip(records, docs):
        names = {e["idx"] if "idx" in e else i: list(dict.fromkeys(m["name"] for m in e["mentions"]))
                 for i, e in enumerate(record["entities"])}
        # An entity is matched by its canonical name or by the words the text used for it: the gold
        # names are the text's mentions, so "NYU" resolved to New York University still counts.
        labels = {e.id: tuple(dict.fromkeys(n for n in (e.name, e.text) if n)) for e in doc.entities}
        for rel_type in RELATIONS.values():
            triples = [r for r in record["relations"] if RELATIONS.get(r["relation"]) == rel_type]
            facts = gold_facts([(names[r["head_idx"]], names[r["tail_idx"]], bool(r["evidence_sent_ids"]))
                                for r in triples])
            gold = set(range(len(facts)))
            unmarked = {i for i, fact in enumerate(facts) if not fact[2]}
            predicted = [(labels.get(r.head, (r.head,)), labels.get(r.tail, (r.tail,)))
                         for r in doc.relations if r.type.value == rel_type]
            predicted = list(dict.fromkeys(predicted))
            matched_gold: set = set()
            for heads, tails in predicted:
                hit = next((g for g in sorted(gold) if g not in matched_gold
                            and names_match(heads, facts[g][0]) and names_match(tails, facts[g][1])), None)
                if hit is None:
                    # a second prediction for an already matched pair is not a false positive
                    if not any(names_match(heads, facts[g][0]) and names_match(tails, facts[g][1])
                               for g in matched_gold):
                        scores[rel_type].fp += 1
                elif evidenced and hit in unmarked:
                    matched_gold.add(hit)
                else:
                    matched_gold.add(hit)
                    scores[rel_type].tp += 1
            missed = gold - matched_gold
            scores[rel_type].fn += len(missed - unmarked) if evidenced else len(missed)
    return scores


def names_match(predicted: tuple[str, ...], gold: list[str]) -> bool:
    return any(same_name(p, g) for p in predicted for g in gold)


def gold_facts(triples: list[tuple[list[str], list[str], bool]]) -> list[tuple[list[str], list[str], bool]]:
    """Gold (head names, tail names, has evidence) triples merged when they state one fact twice.

    Re-DocRED sometimes annotates one person as two entities ("Rudolf Halin" and "Halin", each
    with its own "employer" triple to the same organisation): two triples whose heads name one
    person (one name equal to or word-wise inside the other) and whose tails share a name
    exactly (after `norm`) are one fact, matched (or missed) once. Stricter than `same_name`
    on purpose: "University of Vienna" and "Vienna University of Technology" stay two facts.
    The merged fact keeps every name of both and has evidence when either had.
    """
    facts: list[tuple[list[str], list[str], bool]] = []
    for heads, tails, evidenced in triples:
        for i, (fact_heads, fact_tails, fact_evidenced) in enumerate(facts):
            if any(_contains(a, b) for a in heads for b in fact_heads) and \
                    {norm(t) for t in tails} & {norm(t) for t in fact_tails}:
                facts[i] = (list(dict.fromkeys(fact_heads + heads)), list(dict.fromkeys(fact_tails + tails)),
                            fact_evidenced or evidenced)
                break
        else:
            facts.append((list(heads), list(tails), evidenced))
    return facts


# --- GROBID funding ---------------------------------------------------------------------------

def eval_funding(path: Path, nlp, *, limit: int | None = None) -> tuple[Score, Score]:
    from extractors.pipeline import extract_documents

    records = [orjson.loads(line) for line in path.open("rb")][:limit]
    funders, awards = Score(), Score()
    docs = extract_documents((r["text"] for r in records), nlp=nlp, n_process=1)
    for record, doc in zip(records, docs):
        gold_funders = [s["text"] for s in record["spans"] if s["label"] == "funder"]
        gold_awards = {re.sub(r"\s+", "", s["text"]) for s in record["spans"] if s["label"] == "grantNumber"}
        names = {e.id: (e.text or e.name) for e in doc.entities}
        funded = [r for r in doc.relations if r.type.value == "FUNDED_BY"]
        predicted = list(dict.fromkeys(names.get(r.tail, r.tail) for r in funded))
        used: set[int] = set()
        for name in predicted:
            hit = next((i for i, g in enumerate(gold_funders) if i not in used and funder_match(name, g)), None)
            if hit is None:
                if not any(funder_match(name, g) for g in gold_funders):
                    funders.fp += 1
            else:
                used.add(hit)
                funders.tp += 1
        funders.fn += len({norm(g) for i, g in enumerate(gold_funders) if i not in used}
                          - {norm(gold_funders[i]) for i in used})
        ours = {re.sub(r"\s+", "", r.award_id) for r in funded if r.award_id}
        awards.tp += len(ours & gold_awards)
        awards.fp += len(ours - gold_awards)
        awards.fn += len(gold_awards - ours)
    return funders, awards


def bios_sanity(path: Path, nlp) -> dict[str, int]:
    from extractors.pipeline import extract_documents

    records = [orjson.loads(line) for line in path.open("rb")]
    counts = {"documents": 0, "STUDIED_AT": 0, "WORKS_AT": 0, "PART_OF": 0, "FUNDED_BY": 0, "entities": 0}
    for doc in extract_documents((r["text"] for r in records), nlp=nlp, n_process=1):
        counts["documents"] += 1
        counts["entities"] += len(doc.entities)
        for rel in doc.relations:
            counts[rel.type.value] = counts.get(rel.type.value, 0) + 1
    return counts


def rows(data: Path, *, limit: int | None = None, nlp=None) -> list[dict]:
    """The evaluation table: one row per measure, for `kg eval` and this script."""
    from extractors.pipeline import build_nlp

    nlp = nlp or build_nlp()
    table: list[dict] = []
    careers = data / "redocred_career_docs" / "redocred_career_docs.jsonl"
    if careers.is_file():
        for name, score in eval_careers(careers, nlp, limit=limit).items():
            table.append(_row(f"Re-DocRED {name}", score, target="F1 >= 0.75"))
        for name, score in eval_careers(careers, nlp, limit=limit, evidenced=True).items():
            row = _row(f"  {name}, marked evidence", score, target="")
            row["measure"] = "gold triples with evidence sentences only"
            table.append(row)
    funding = data / "grobid_funding_affiliation_gold" / "funding_ack_statements.jsonl"
    if funding.is_file():
        funders, awards = eval_funding(funding, nlp, limit=limit)
        table.append(_row("GROBID funder", funders, target="F1 >= 0.85"))
        row = _row("GROBID award id", awards, target="")
        row["measure"] = "award-id accuracy = recall of gold grant numbers"
        table.append(row)
    bios = data / "researcher_bio_texts" / "bios.jsonl"
    if bios.is_file():
        counts = bios_sanity(bios, nlp)
        table.append({"set": "bios (sanity, no gold)", "tp": None, "fp": None, "fn": None, "precision": None,
                      "recall": None, "f1": None, "target": "", "measure": str(counts)})
    return table


def _row(name: str, score: Score, *, target: str) -> dict:
    return {"set": name, "tp": score.tp, "fp": score.fp, "fn": score.fn, "precision": round(score.precision, 3),
            "recall": round(score.recall, 3), "f1": round(score.f1, 3), "target": target, "measure": ""}


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="documents per set (for a quick look)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.data.is_dir():
        print(f"no labelled data at {args.data}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    table = rows(args.data, limit=args.limit)
    print(f"{'set':<28} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}  target / notes")
    for row in table:
        if row["tp"] is None:
            print(f"{row['set']:<28} {row['measure']}")
            continue
        print(f"{row['set']:<28} {row['tp']:>5} {row['fp']:>5} {row['fn']:>5} {row['precision']:>6.3f} "
              f"{row['recall']:>6.3f} {row['f1']:>6.3f}  {row['target']} {row['measure']}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
