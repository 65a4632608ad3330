"""The `kg` command: one Typer app; each command group lives in `kg/commands/<group>.py`."""

from __future__ import annotations

import importlib
import sys

import typer

from kg.errors import KGError

app = typer.Typer(
    help="talent-kg: a knowledge graph of AI-research talent.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Each module exposes `register(app)`; a group whose module is not there yet is skipped.
COMMAND_MODULES = (
    "kg.commands.db",
    "kg.commands.query",
    "kg.commands.ingest",
    "kg.commands.demo",
    "kg.commands.extract",
    "kg.commands.gazetteer",
    "kg.commands.resolve",
    "kg.commands.evaluate",
    "kg.commands.serve",
    "kg.commands.guide",
)

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as exc:
        if exc.name != _name:
            raise
        continue
    _module.register(app)


def main() -> None:
    """Run the CLI, turning every KGError (and a file system refusal) into one line on stderr and an exit code."""
    try:
        app()
    except KGError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        # A path given that cannot be written or made (--out naming a file, --rejects a folder, no permission):
        # the user's to fix, said in one line like any other error rather than a traceback.
        where = f": {exc.filename}" if exc.filename else ""
        typer.echo(f"error: {exc.strerror or exc}{where}", err=True)
        sys.exit(1)
