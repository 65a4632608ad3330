"""Score the article pipeline on ../shared/data (Re-DocRED careers, GROBID funding) and print a table.

    python benchmarks/eval_text.py [--data ../shared/data] [--limit N]

Same as `kg eval`; the scoring lives in `extractors/evaluation.py`.
"""

from __future__ import annotations

from pathlib import Path

from extractors.evaluation import main

if __name__ == "__main__":
    import sys

    default = ["--data", str(Path(__file__).resolve().parents[2] / "shared" / "data")]
    raise SystemExit(main(sys.argv[1:] or default))
