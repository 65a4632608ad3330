"""`kg query list` and `kg query NAME -p key=value ...`: run named Cypher from the shell.

Only read queries run as asked; a query that changes the graph (`mode: write`, or a read
header over a body that writes) needs `--write`, so `kg query clear_graph` cannot empty the
graph by a slip of the keyboard.
"""

from __future__ import annotations

import typer

from kg import queries
from kg.commands.output import Format, print_rows
from kg.errors import QueryParamError
from kg.store import open_store


def register(app: typer.Typer) -> None:
    app.command(name="query")(query)


def query(
    name: str = typer.Argument(..., help="a query name, or `list` to list them"),
    param: list[str] = typer.Option([], "--param", "-p", help="key=value, repeatable; typed by the query header"),
    write: bool = typer.Option(False, "--write", help="allow a query that changes the graph (mode: write)"),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="how to print the rows"),
) -> None:
    """Run a named query from cypher/ (or `kg query list`). Write queries need --write."""
    if name == "list":
        print_rows(listing(), fmt, title="named queries (write ones run only with --write)")
        return
    params = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise QueryParamError(f"{name}: -p takes key=value, got {item!r}")
        params[key.strip().lstrip("$")] = value
    named = queries.load(name)
    check_allowed(named, write=write)
    named.bind(params, coerce=True)  # fail on bad parameters before touching the graph
    with open_store() as store:
        rows = queries.run(store, name, coerce=True, **params)
    print_rows(rows, fmt, title=name, columns=list(named.returns) or None)


def check_allowed(named: queries.NamedQuery, *, write: bool) -> None:
    """Refuse a query that changes the graph unless `--write` was given."""
    if not write and not named.read_only:
        raise QueryParamError(f"{named.name} changes the graph (mode: {named.mode}); add --write to run it")


def listing() -> list[dict]:
    """Every named query, read ones first (what analysts ask), then those that change the graph."""
    rows = [
        {"name": q.name, "mode": "read" if q.read_only else "write (--write)",
         "params": " ".join(f"${p.name}:{p.type}" for p in q.params), "purpose": q.purpose}
        for q in queries.all_queries()
    ]
    return sorted(rows, key=lambda row: (row["mode"] != "read", row["name"]))
