"""`kg query list` and `kg query NAME -p key=value ...`: run named Cypher from the shell."""

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
    fmt: Format = typer.Option(Format.table, "--format", "-f"),
) -> None:
    """Run a named query from cypher/ (or `kg query list`)."""
    if name == "list":
        rows = [
            {"name": q.name, "mode": q.mode, "params": " ".join(f"${p.name}:{p.type}" for p in q.params),
             "purpose": q.purpose}
            for q in queries.all_queries()
        ]
        print_rows(rows, fmt, title="named queries")
        return
    params = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise QueryParamError(f"{name}: -p takes key=value, got {item!r}")
        params[key.strip().lstrip("$")] = value
    named = queries.load(name)
    named.bind(params, coerce=True)  # fail on bad parameters before touching the graph
    with open_store() as store:
        rows = queries.run(store, name, coerce=True, **params)
    print_rows(rows, fmt, title=name, columns=list(named.returns) or None)
