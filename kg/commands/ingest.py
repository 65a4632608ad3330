"""`kg ingest papers PATH...` (and `kg ingest articles PATH...`): sources into the graph.

Both commands share one exit rule: a run that loads something exits 0 and its summary
says how many records were rejected and where they were written; a run that could read
nothing at all from its inputs is an `InputError` (one line, exit 5), whether the inputs
failed before loading (unreadable, unsupported) or every record in them was rejected.
An input that cannot be read beside others that can (a missing path, a `.pdf` among articles)
is a reject with its reason, counted once in "records read", and the rest loads.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import NoReturn

import typer

from kg.errors import InputError, NothingLoaded
from kg.model import Reject
from kg.rejects import NO_SUCH_FILE, RejectLog
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
    readable, unreadable = paper_inputs(paths, fmt, detect_format)
    progress = progress and sys.stderr.isatty()
    linker = AffiliationLinker() if link else None

    def items():
        yield from unreadable  # counted as read and rejected, like a bad record
        for path, path_format in readable:
            yield from read_papers(path, format=path_format)

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
    from extractors.articles import read_article_files
    from kg.documents import ingest_articles

    # The rejected inputs go through the loader with the documents, so each is counted once as read.
    items = read_article_files(article_inputs(paths))
    with open_store() as store, RejectLog(rejects_path("articles", rejects)) as log:
        summary = ingest_articles(store, items, rejects=log, progress=progress and sys.stderr.isatty())
    _fail_when_nothing_loaded(paths, summary.loaded, log)
    for line in summary.lines():
        typer.echo(line)


def article_inputs(paths: Iterable[Path]) -> Iterator[Path | Reject]:
    """The article files under `paths` and a reject for each named path holding none, as
    `extractors.articles.article_files` walks them (each folder once, lazily). Checked up to the first
    file before the graph starts: raises `InputError` when there is none."""
    from extractors.articles import article_files

    files = article_files(paths)
    unreadable = []
    for item in files:
        if not isinstance(item, Reject):
            return chain(unreadable, [item], files)
        unreadable.append(item)
    _nothing_readable(paths, unreadable)


def paper_inputs(paths: Iterable[Path], fmt: str | None,
                 detect_format: Callable[[Path], str]) -> tuple[list[tuple[Path, str | None]], list[Reject]]:
    """Each readable input with its format (detected here when `fmt` is None), and a reject for each
    missing path and, without `--format`, each file whose format cannot be recognised.

    The checks run before anything is written. Raises `InputError` when nothing readable is left:
    with one bad input, that input's own error.
    """
    readable: list[tuple[Path, str | None]] = []
    unreadable: list[Reject] = []
    for path in paths:
        if not path.exists():
            unreadable.append(Reject(file=str(path), reason=NO_SUCH_FILE))
            continue
        try:
            readable.append((path, fmt or detect_format(path)))
        except InputError as exc:
            unreadable.append(Reject(file=exc.file or str(path), line=exc.line, reason=exc.reason))
    if not readable:
        _nothing_readable(paths, unreadable)
    return readable, unreadable


def _nothing_readable(paths: Iterable[Path], rejects: list[Reject]) -> NoReturn:
    """Raise for inputs none of which can be read: with one, that input's own reason."""
    if len(rejects) == 1:
        raise InputError(rejects[0].reason, file=rejects[0].file, line=rejects[0].line)
    raise InputError(f"none of the {len(rejects)} inputs can be read (first: {rejects[0].reason})",
                     file=_named(paths))


def _fail_when_nothing_loaded(paths: list[Path], loaded: int, log: RejectLog) -> None:
    """Nothing at all read from the inputs is an error, not a quiet success with zero rows."""
    if not loaded:
        raise NothingLoaded(_named(paths), log.reasons, rejects_file=str(log.path))


def _named(paths: Iterable[Path]) -> str:
    paths = list(paths)
    return str(paths[0]) if len(paths) == 1 else f"{paths[0]} (and {len(paths) - 1} more)"
