"""`kg gazetteer import-ror FILE`: the organisation gazetteer from a ROR dump."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from kg.errors import InputError

gazetteer_app = typer.Typer(help="Build the gazetteers the extractors and resolvers read.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import-ror")
def import_ror(
    file: Path = typer.Argument(..., help="a ROR dump: .jsonl, .jsonl.gz, the official .json array, or its .zip"),
    out: Path | None = typer.Option(None, "--out", help="where to write (default KG_DATA_DIR/gazetteer/orgs.jsonl)"),
    include_withdrawn: bool = typer.Option(False, "--include-withdrawn", help="keep records ROR withdrew"),
) -> None:
    """Write the ROR organisations as gazetteer entries (JSON Lines), replacing any earlier import.

    The new file replaces the old one only once the import has finished and found at least one
    organisation and read the file to its end: an empty, unreadable, foreign or damaged file (a
    truncated download) is an error and leaves the gazetteer as it was. Unlike a paper load, which
    adds to the graph and keeps a damaged file's complete records, an import replaces the gazetteer,
    so a truncated dump would silently forget every organisation after the damage.
    """
    from extractors.resolver import gazetteer_path
    from extractors.ror import DEFAULT_STATUSES, RorTally, read_ror

    target = out or gazetteer_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    statuses = DEFAULT_STATUSES | {"withdrawn"} if include_withdrawn else DEFAULT_STATUSES
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    count = 0
    tally = RorTally()
    try:
        with partial.open("wb") as sink, Progress(
            TextColumn("importing ROR"), BarColumn(), TextColumn("{task.completed:,} organisations"),
            # On stderr, and only on a terminal: on stdout it left a blank line before the summary.
            TimeElapsedColumn(), transient=True, console=Console(stderr=True), disable=not sys.stderr.isatty(),
        ) as progress:
            task = progress.add_task("ror", total=None)
            for entry in read_ror(file, statuses=statuses, tally=tally):
                sink.write(orjson.dumps(entry.model_dump(mode="json", exclude_defaults=True)) + b"\n")
                count += 1
                if count % 1000 == 0:
                    progress.update(task, completed=count)
        if tally.damage:
            raise InputError(f"{tally.damage} after {count:,} organisations; {target} left unchanged", file=str(file))
        if count == 0:
            raise InputError(f"no organisations found ({tally.describe()}); {target} left unchanged", file=str(file))
        partial.replace(target)  # readers never see half a gazetteer
    finally:
        partial.unlink(missing_ok=True)
    typer.echo(f"imported {count:,} organisations into {target}")
