"""`kg ingest papers PATH...` (and `kg ingest articles PATH...`): sources into the graph."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer

from kg.errors import InputError
from kg.rejects import RejectLog
from kg.settings import get_settings
from kg.store import open_store

ingest_app = typer.Typer(help="Load papers or articles into the graph.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(ingest_app, name="ingest")


def rejects_path(kind: str, given: Path | None) -> Path:
    if given:
        return given
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return get_settings().data_dir / "rejects" / f"{kind}-{stamp}.jsonl"


@ingest_app.command("papers")
def ingest_papers(
    paths: list[Path] = typer.Argument(..., help="files (.json, .jsonl, .gz) or a Paper Copilot flat directory"),
    fmt: str | None = typer.Option(None, "--format", help="openalex | papercopilot | papercopilot-flat | plain"),
    rejects: Path | None = typer.Option(None, "--rejects", help="where rejected records go (JSON Lines)"),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1),
    link: bool = typer.Option(True, "--link/--no-link", help="resolve affiliations to known organisations"),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Load paper records: people, organisations, papers, funders, co-authorship, careers."""
    from extractors.orglink import AffiliationLinker
    from extractors.papers import FORMATS, detect_format, read_papers
    from kg.loader import load_papers

    if fmt and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    for path in paths:
        if not path.exists():
            raise InputError("no such file or directory", file=str(path))
        if fmt is None:
            detect_format(path)  # an unreadable file fails here, before anything is written
    progress = progress and sys.stderr.isatty()
    linker = AffiliationLinker() if link else None

    def items():
        for path in paths:
            yield from read_papers(path, format=fmt)

    with open_store() as store, RejectLog(rejects_path("papers", rejects)) as log:
        summary = load_papers(store, items(), rejects=log, link_org=linker, batch_size=batch_size,
                              progress=progress)
    for line in summary.lines():
        typer.echo(line)
    if linker:
        typer.echo(f"affiliation strings resolved: {linker.resolved}, unresolved: {linker.unresolved}")


@ingest_app.command("articles")
def ingest_articles_command(
    paths: list[Path] = typer.Argument(..., help=".txt/.md/.html files or folders (recursive), or JSON Lines"),
    rejects: Path | None = typer.Option(None, "--rejects", help="where unreadable or empty documents go"),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Extract people, organisations, funders, policies and their links from articles and load them."""
    from kg.documents import ingest_articles

    for path in paths:
        if not path.exists():
            raise InputError("no such file or directory", file=str(path))
    with open_store() as store:
        summary = ingest_articles(store, paths, rejects_dir=get_settings().data_dir / "rejects",
                                  rejects_file=rejects, progress=progress and sys.stderr.isatty())
    for line in summary.lines():
        typer.echo(line)
