"""A Link: what an organisation is to someone (STUDIED_AT or WORKS_AT), and the words that say so.

`extractors/triggers.py` reads a trigger word into one, `extractors/trigger_subjects.py` fills in whom it is
about, and the career component (`extractors/careers.py`) turns it into relations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Link:
    """How an organisation hangs off its trigger."""

    type: str  # STUDIED_AT | WORKS_AT
    trigger: Token
    path: list[Token]
    confidence: float
    people: list[str] = field(default_factory=list)
    degree: str | None = None
    role: str | None = None
    roles: dict[str, str] = field(default_factory=dict)  # a person's own role: "A and chief executive B"
    dated: bool = True  # False for a title by a name: the clause's years are not the title's
