"""`kg resolve ...`: show what names resolve to, so an analyst can check one.

`kg resolve org "STRING"...` resolves affiliation strings to organisations. Person
resolution adds its commands to the same `resolve_app`.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path

import orjson
import typer

from kg.commands.output import Format as RowFormat
from kg.commands.output import print_rows
from kg.errors import InputError

resolve_app = typer.Typer(
    help="Resolve organisations (and people) to canonical ids. Without a sub-command: de-duplicate the graph's people.",
    invoke_without_command=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(resolve_app, name="resolve")


class OrgFormat(str, enum.Enum):
    table = "table"
    json = "json"


ORG_COLUMNS = ["query", "id", "name", "country", "ror", "score", "alias", "method", "resolved", "unit", "unit_id",
               "note"]


@resolve_app.command("org")
def resolve_org(
    strings: list[str] = typer.Argument(None, help="affiliation strings, e.g. 'Dept. of CS, Tsinghua Univ., China'"),
    file: Path | None = typer.Option(None, "--file", help="a text file with one affiliation string per line"),
    country: str | None = typer.Option(None, "--country", help="ISO 3166 alpha-2 code known for every string; "
                                       "a match elsewhere is reported unresolved, with a note"),
    fmt: OrgFormat = typer.Option(OrgFormat.table, "--format", "-f", help="table, or json (JSON Lines)"),
) -> None:
    """What each affiliation string resolves to: id, name, country, ROR id, score, alias matched.

    JSON Lines give one object per input string, in input order; a string naming no
    institution gives `"id": null`. "X's Y" resolves X and keeps Y as its `unit` (with the
    `unit_id` the text pipeline gives it). With --country, a match in another country is
    not taken: the row is unresolved and its `note` names the match.
    """
    from extractors.affiliation import iso_country
    from extractors.resolver import (
        OrgResolver,  # the gazetteer loads only for this command
    )

    country = iso_country(country) if country is not None else None
    queries = list(strings or []) + (_read_lines(file) if file else [])
    if not queries:
        raise InputError("give affiliation strings as arguments or --file LINES.txt")
    resolver = OrgResolver.default()
    rows = []
    for query in queries:
        result = resolver.resolve(query, country=country, within=country is not None)
        row = result.as_dict() if result else dict.fromkeys(ORG_COLUMNS) | {"resolved": False}
        row["query"] = query  # the string as given, not the part that was matched
        rows.append(row)
    if fmt is OrgFormat.json:
        for row in rows:
            sys.stdout.write(orjson.dumps(row).decode() + "\n")
        return
    print_rows(rows, RowFormat.table, title=f"organisations ({len(resolver):,} known)", columns=ORG_COLUMNS)


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", file=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=str(path)) from None
    return [line.strip() for line in text.splitlines() if line.strip()]


# -- people (kg/merge.py) ---------------------------------------------------------------------

MERGE_COLUMNS = ["id", "kept", "merged", "reason", "score"]


@resolve_app.callback()
def resolve_people(
    ctx: typer.Context,
    dry_run: bool = typer.Option(False, "--dry-run", help="list the merges without applying them"),
    fmt: RowFormat = typer.Option(RowFormat.table, "--format", "-f", help="how to print the merges"),
) -> None:
    """Run the person resolver over the graph and merge duplicate people (each merge recorded, undoable)."""
    if ctx.invoked_subcommand is not None:
        return
    from kg.merge import resolve_people as run_resolver
    from kg.store import open_store

    with open_store() as store:
        summary = run_resolver(store, dry_run=dry_run)
    verb = "would merge" if dry_run else "merged"
    title = f"{summary.people:,} people -> {summary.clusters:,}; {verb} {len(summary.merges):,}"
    print_rows(summary.merges, fmt, title=title, columns=MERGE_COLUMNS)
    if fmt is RowFormat.table and summary.merges and not dry_run:
        typer.echo("undo one with `kg resolve undo MERGE_ID` (newest first for one person)")


@resolve_app.command("undo")
def resolve_undo(merge_id: str = typer.Argument(..., help="a merge id printed by `kg resolve`, e.g. merge:3f2a...")) -> None:
    """Undo one person merge: the merged person and its relationships come back exactly."""
    from kg.merge import undo_merge
    from kg.store import open_store

    with open_store() as store:
        result = undo_merge(store, merge_id)
    typer.echo(f"undone {result['id']}: restored {result['restored']} ({result['relationships']} relationships); "
               f"{result['kept']} is as before the merge")
    if result["reread"]:
        typer.echo(f"{len(result['reread'])} article(s) naming them were read again since the merge; ingest them "
                   f"again to bring their facts up to date: {', '.join(result['reread'])}")
