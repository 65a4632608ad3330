"""The bylines a load wrote for people it created, kept on disk for their career spells.

A person first created by this load has no AUTHORED edge but the ones this load wrote, so
their spells can be worked out from what the loader already had in hand instead of being read
back from the graph (which was half the cost of the spell step). The rows go to a private
temporary SQLite file: memory stays flat however large the input. Rows are appended in the order
read (a primary key on (person, paper) made every batch's rows random-order B-tree inserts, 2 s of
a Paper Copilot load on the writer's thread against 0.8 s) and read back sorted by SQLite, whose
sorter spills to the file too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter

import orjson


class BylineSpill:
    """A load's bylines and paper years, kept the way the graph keeps them.

    A byline is keyed by (person, paper) and the last one read (the highest rowid) wins, as
    `merge_authored`'s ON MATCH SET does; a paper's year is the last one given, as `merge_papers`' coalesce does.
    """

    def __init__(self) -> None:
        # An empty file name is SQLite's private on-disk temporary database, removed on close.
        # Read back from the loader's read-ahead thread, never while the loader writes to it.
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("PRAGMA cache_size = -8192")  # KiB: pages beyond 8 MB go to the file, not memory
        self._db.execute(
            "CREATE TABLE bylines (person TEXT, paper TEXT, affiliations BLOB, degrees BLOB)"
        )
        self._db.execute("CREATE TABLE papers (paper TEXT PRIMARY KEY, year INTEGER) WITHOUT ROWID")

    def add(self, papers: list[dict], authored: list[dict]) -> None:
        """Keep a batch's paper years and these of its AUTHORED rows. A row without an organisation is
        kept too: it replaces what an earlier record of the same paper said, as it does in the graph."""
        self._db.executemany(
            "INSERT INTO papers VALUES (?, ?) ON CONFLICT (paper) DO UPDATE SET year = coalesce(excluded.year, year)",
            [(p["id"], p["year"]) for p in papers],
        )
        self._db.executemany(
            "INSERT INTO bylines VALUES (?, ?, ?, ?)",
            [(r["person"], r["paper"], orjson.dumps(r["affiliations"]), orjson.dumps(r["degrees"])) for r in authored],
        )

    def people(self) -> int:
        """How many people have a kept byline."""
        return self._db.execute("SELECT COUNT(DISTINCT person) FROM bylines").fetchone()[0]

    def undated(self) -> set[str]:
        """People with a byline on a paper this load gave no year: the graph may know it from before."""
        return {row[0] for row in self._db.execute(
            "SELECT DISTINCT person FROM bylines JOIN papers USING (paper) WHERE year IS NULL")}

    def bylines(self) -> Iterator[tuple[str, list[dict]]]:
        """(person, dated bylines) for every person with a kept byline, in id order."""
        cursor = self._db.execute(
            "SELECT person, paper, year, affiliations, degrees FROM bylines JOIN papers USING (paper) "
            "WHERE year IS NOT NULL ORDER BY person, paper, bylines.rowid"
        )
        for person, rows in groupby(cursor, key=itemgetter(0)):
            last = {paper: (year, orgs, degrees) for _, paper, year, orgs, degrees in rows}
            yield person, [
                {"paper": paper, "year": year, "affiliations": orjson.loads(orgs), "degrees": orjson.loads(degrees)}
                for paper, (year, orgs, degrees) in last.items()
            ]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> BylineSpill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
