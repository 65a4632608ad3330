"""One person's byline on one paper, as the graph stores it on AUTHORED.

`affiliations` lists organisation ids; `degrees` runs parallel to it: the degree studied for at
each, or "" for a job ("" rather than null because Neo4j stores no null inside a list property).
"""

from __future__ import annotations

JOB = ""  # the `degrees` entry of an affiliation that is a job


def degree_of(entry: str | None) -> str | None:
    """A stored `degrees` entry as a degree, None for a job (older graphs hold null there)."""
    return entry or None


def joined(first: dict, second: dict) -> tuple[list[str], list[str]]:
    """The affiliations and degrees of two bylines of one person on one paper, each organisation once.

    Two records of one paper can list one person under two ids that `kg resolve` later joined; a
    reload then folds their bylines as the merge did, so reloading changes nothing. The first
    byline's degree wins for an organisation both name.
    """
    orgs = list(first.get("affiliations") or [])
    degrees = list(first.get("degrees") or [JOB] * len(orgs))
    more = second.get("affiliations") or []
    for org, degree in zip(more, second.get("degrees") or [JOB] * len(more)):
        if org not in orgs:
            orgs.append(org)
            degrees.append(degree if degree is not None else JOB)
    return orgs, degrees
