"""Careers from bylines: the years a person published at an organisation, cut into spells.

A spell at an organisation runs while every year the person published in lists that
organisation; a year with papers that do not list it ends the spell (A 2015-2017,
B 2018-2020, A 2021 gives three spells). Years with no papers at all do not end a spell.
A byline that calls the author a student makes the spell a STUDIED_AT with that degree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.bylines import degree_of
from kg.model import student_degree


@dataclass
class Spell:
    person: str
    org: str
    degree: str | None  # None: a job (WORKS_AT); else the degree studied for (STUDIED_AT)
    start: int
    end: int
    sources: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        kind = self.degree or "work"
        return f"{self.org}|{kind}|{self.start}"

    def row(self) -> dict:
        return {
            "person": self.person, "org": self.org, "key": self.key, "start": self.start, "end": self.end,
            # Sorted, so the stored list does not depend on the order the bylines were read in.
            "papers": len(self.sources), "sources": sorted(self.sources), "degree": self.degree,
        }


def spells(person: str, bylines: Iterable[dict]) -> list[Spell]:
    """Spells of one person from rows {paper, year, role, affiliations, degrees?}.

    `degrees`, when given, runs parallel to `affiliations` (the degree studied for at each,
    "" or None for a job, see `kg.bylines`); otherwise the byline's `role` applies to every affiliation.
    """
    by_year: dict[int, dict[tuple[str, str | None], list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in bylines:
        orgs = row.get("affiliations") or []
        degrees = row.get("degrees") or [student_degree(row.get("role"))] * len(orgs)
        for org, degree in zip(orgs, degrees):
            by_year[row["year"]][(org, degree_of(degree))].append(row["paper"])
    result: list[Spell] = []
    open_spells: dict[tuple[str, str | None], Spell] = {}
    for year in sorted(by_year):
        here = by_year[year]
        for place in list(open_spells):
            if place not in here:
                result.append(open_spells.pop(place))
        for place, papers in here.items():
            spell = open_spells.get(place)
            if spell is None:
                spell = open_spells[place] = Spell(person, place[0], place[1], year, year)
            spell.end = year
            spell.sources.extend(p for p in papers if p not in spell.sources)
    result.extend(open_spells.values())
    return sorted(result, key=lambda s: (s.start, s.org))
