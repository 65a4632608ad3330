"""`kg ingest papers PATH...` (and `kg ingest articles PATH...`): sources into the graph.

Both commands share one exit rule: a run that loads something exits 0 and its summary
says how many records were rejected and where they were written; a run that could read
nothing at all from its inputs is an `InputError` (one line, exit 5), whether the inputs
failed before loading (unreadable, unsupported) or every record in them was rejected.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path

import typer

from kg.errors import InputError
from kg.model import Reject
from kg.rejects import RejectLog
from kg.settings import get_settings
from kg.store import open_store

ingest_app = typer.Typer(help="Load papers or articles into the graph.", no_args_is_help=True)

_PROGRESS_HELP = "show a progress bar on stderr (only ever drawn when stderr is a terminal)"


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
    fmt: str | None = typer.Option(None, "--format", help="openalex | papercopilot | papercopilot-flat | plain "
                                   "(default: recognised from each file's first records)"),
    rejects: Path | None = typer.Option(None, "--rejects", help="where rejected records go (JSON Lines; default: a new "
                                        "file in KG_DATA_DIR/rejects)"),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="papers written per transaction "
                                          "(default KG_BATCH_SIZE)"),
    link: bool = typer.Option(True, "--link/--no-link", help="resolve affiliations to known organisations"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help=_PROGRESS_HELP),
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
    _fail_when_nothing_loaded(paths, summary.loaded, log)
    for line in summary.lines():
        typer.echo(line)
    if linker:
        typer.echo(f"affiliation strings resolved: {linker.resolved}, unresolved: {linker.unresolved}")


@ingest_app.command("articles")
def ingest_articles_command(
    paths: list[Path] = typer.Argument(..., help=".txt/.md/.html files or folders (recursive), or JSON Lines"),
    rejects: Path | None = typer.Option(None, "--rejects", help="where unreadable, unsupported or empty documents "
                                        "go (JSON Lines; default: a new file in KG_DATA_DIR/rejects)"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help=_PROGRESS_HELP),
) -> None:
    """Extract people, organisations, funders, policies and their links from articles and load them.

    A file named on the command line is read only when a directory walk would read it (.txt, .text,
    .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson); any other is rejected with its reason.
    """
    from extractors.articles import read_articles
    from extractors.pipeline import extract_documents
    from kg.documents import load_documents

    readable, unsupported = article_inputs(paths)
    with open_store() as store, RejectLog(rejects_path("articles", rejects)) as log:
        for reject in unsupported:
            log.add(reject)
        summary = load_documents(store, extract_documents(read_articles(readable)), rejects=log,
                                 progress=progress and sys.stderr.isatty())
    _fail_when_nothing_loaded(paths, summary.loaded, log)
    for line in summary.lines():
        typer.echo(line)


def article_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[Reject]]:
    """The inputs the article reader will read, and a reject for each named file of a type it does not read.

    The rule is the directory walk's (`extractors.articles.SUFFIXES`), so naming a file and
    walking its folder agree. Raises `InputError` when a path is missing or nothing readable is left.
    """
    from extractors.articles import SUFFIXES

    readable: list[Path] = []
    unsupported: list[Reject] = []
    for path in paths:
        if not path.exists():
            raise InputError("no such file or directory", file=str(path))
        if path.is_dir():
            if any(p.suffix.lower() in SUFFIXES and p.is_file() for p in path.rglob("*")):
                readable.append(path)
        elif path.suffix.lower() in SUFFIXES:
            readable.append(path)
        else:
            kind = f"type {path.suffix!r}" if path.suffix else "type (no extension)"
            unsupported.append(Reject(file=str(path), reason=f"unsupported file {kind}; articles are "
                                      f"{' '.join(sorted(SUFFIXES))}, as in a directory walk"))
    if not readable:
        if len(unsupported) == 1:
            raise InputError(unsupported[0].reason, file=unsupported[0].file)
        raise InputError(f"no article files ({' '.join(sorted(SUFFIXES))}) to read", file=_named(paths))
    return readable, unsupported


def _fail_when_nothing_loaded(paths: list[Path], loaded: int, log: RejectLog) -> None:
    """Nothing at all read from the inputs is an error, not a quiet success with zero rows."""
    if loaded:
        return
    if not log.count:
        raise InputError("nothing to load: the input holds no records", file=_named(paths))
    reason, _ = log.reasons.most_common(1)[0]
    raise InputError(f"nothing could be read: all {log.count:,} records rejected (most often: {reason}); "
                     f"rejects written to {log.path}", file=_named(paths))


def _named(paths: Iterable[Path]) -> str:
    paths = list(paths)
    return str(paths[0]) if len(paths) == 1 else f"{paths[0]} (and {len(paths) - 1} more)"
