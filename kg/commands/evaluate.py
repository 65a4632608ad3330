"""`kg eval`: score the article pipeline on labelled data (../shared/data) and print a table."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.errors import InputError


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def evaluate(
    data: Path = typer.Option(Path("..") / "shared" / "data", "--data", help="folder holding the labelled sets"),
    limit: int | None = typer.Option(None, "--limit", help="documents per set, for a quick look"),
) -> None:
    """Re-DocRED careers (STUDIED_AT/WORKS_AT P/R/F1), GROBID funding (funder F1, award ids), bios sanity."""
    from extractors.evaluation import main

    if not data.is_dir():
        raise InputError("no labelled data here (Re-DocRED, GROBID funding)", file=str(data))
    args = ["--data", str(data)] + (["--limit", str(limit)] if limit else [])
    raise typer.Exit(main(args))
