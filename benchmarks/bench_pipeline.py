"""Words per second of the whole article pipeline against bare `nlp.pipe` of en_core_web_sm.

Same texts, same run: Re-DocRED career documents and researcher bios from ../shared/data
when present, else the repo's article fixtures repeated. The baseline is the installed
model with all its default components (`spacy.load(KG_SPACY_MODEL)`, `nlp.pipe`, one
process, spaCy's default ops); ours is `extract_documents` (Document records out) with 1 and with N processes,
on the matrix products KG_SPACY_BLAS chooses. The bare model on those too is printed beside, not as the baseline.
Loading is not timed; process start-up is. Runs are interleaved over
`--rounds` rounds and the best time of each is kept, so other load on the machine hits all alike.

    python benchmarks/bench_pipeline.py [--data ../shared/data] [--processes 2] [--repeat 1] [--rounds 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import orjson
import spacy
from thinc.api import use_ops

from extractors.pipeline import build_nlp, extract_documents
from kg.settings import get_settings

REPO = Path(__file__).resolve().parents[1]


def texts(data: Path, repeat: int) -> list[str]:
    found: list[str] = []
    for path in (data / "redocred_career_docs" / "redocred_career_docs.jsonl",
                 data / "researcher_bio_texts" / "bios.jsonl"):
        if path.is_file():
            found += [orjson.loads(line)["text"] for line in path.open("rb") if line.strip()]
    if not found:
        for path in sorted((REPO / "tests" / "fixtures" / "articles").glob("*.txt")):
            found.append(path.read_text())
        found *= 200
    return found * repeat


def seconds(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    corpus = texts(args.data, args.repeat)
    words = sum(len(t.split()) for t in corpus)
    model = get_settings().spacy_model
    print(f"{len(corpus)} texts, {words:,} words; model {model}")

    bare = spacy.load(model)  # spaCy's default ops: blis
    ours = build_nlp()
    # The same bare model on the matrix products ours uses (KG_SPACY_BLAS), to show how much of the
    # difference is the BLAS; not the baseline.
    with use_ops("numpy", use_blis=get_settings().spacy_blas == "blis"):
        bare_ours_blas = spacy.load(model)
    print(f"bare pipeline: {bare.pipe_names}")
    print(f"our pipeline:  {ours.pipe_names}")
    # Warm both up so lazy initialisation is not timed.
    list(bare.pipe(corpus[:5]))
    list(bare_ours_blas.pipe(corpus[:5]))
    list(extract_documents(corpus[:5], nlp=ours, n_process=1))

    runs = {
        "bare nlp.pipe (all default components, 1 proc)":
            lambda: sum(1 for _ in bare.pipe(corpus, batch_size=args.batch_size)),
        "extract_documents, 1 process":
            lambda: sum(1 for _ in extract_documents(corpus, nlp=ours, n_process=1, batch_size=args.batch_size)),
        f"extract_documents, {args.processes} processes":
            lambda: sum(1 for _ in extract_documents(corpus, nlp=ours, n_process=args.processes,
                                                      batch_size=args.batch_size)),
        f"bare nlp.pipe on KG_SPACY_BLAS={get_settings().spacy_blas}, 1 proc":
            lambda: sum(1 for _ in bare_ours_blas.pipe(corpus, batch_size=args.batch_size)),
    }
    # Rounds interleave the runs so load from other processes hits all of them alike; best of each.
    best = {label: float("inf") for label in runs}
    for _ in range(args.rounds):
        for label, run in runs.items():
            best[label] = min(best[label], seconds(run))
    rates = {label: words / secs for label, secs in best.items()}
    for label, rate in rates.items():
        print(f"{label:<48} best {best[label]:>7.2f} s {rate:>9,.0f} words/s")
    baseline, *ours_rates, same_blas = rates.values()
    print(f"speed-up vs bare: 1 process {ours_rates[0] / baseline:.2f}x, {args.processes} processes "
          f"{ours_rates[1] / baseline:.2f}x; best {max(ours_rates):,.0f} words/s "
          "(targets: >= 1.0x and >= 10,000 words/s on 2 cores)")
    # The same model on the same matrix products: what our components cost, and what processes gain.
    print(f"vs bare on the same BLAS: 1 process {ours_rates[0] / same_blas:.2f}x, {args.processes} processes "
          f"{ours_rates[1] / same_blas:.2f}x")


if __name__ == "__main__":
    main()
