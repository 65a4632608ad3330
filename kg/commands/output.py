"""Printing rows as a table, JSON or CSV: the one output path for query-like commands.

Tables fit the terminal when there is one. When output goes to a pipe or a file, a table is
printed at its natural width instead: ids and names are never clipped or folded for a reader
that has no screen (rich would otherwise assume 80 columns).
"""

from __future__ import annotations

import csv
import enum
import sys
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

# Wide enough for any row; a table is never wider than its content (Table.expand is off).
_NO_LIMIT = 100_000


def table_console(*, stderr: bool = False) -> Console:
    """A console for tables: the terminal's width on a terminal, else unlimited so nothing is clipped."""
    console = Console(stderr=stderr)
    return console if console.is_terminal else Console(stderr=stderr, width=_NO_LIMIT)


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _plain(value: Any) -> Any:
    if hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return orjson.dumps(value).decode()
    return str(value)


def print_rows(rows: list[dict], fmt: Format, *, title: str | None = None, columns: list[str] | None = None) -> None:
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt is Format.json:
        sys.stdout.write(orjson.dumps([_plain(r) for r in rows], option=orjson.OPT_INDENT_2).decode() + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        table_console().print(table)
        if not rows:
            Console(stderr=True).print("(no rows)")
