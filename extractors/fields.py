"""Typed access to the fields of one raw input record (a decoded JSON object or CSV row).

Readers reach into loosely typed source records; a field of the wrong shape must
become a short, named reason on a `Reject`, never an `AttributeError` from deep
inside a reader. Scalars are left to pydantic (`kg.model.Paper`) to check; these
accessors only guard what a reader itself walks into: objects, lists and strings.
"""

from __future__ import annotations

import re
from typing import Any

from kg.model import doi_in, normalise_doi


class RecordError(ValueError):
    """One record cannot become a paper; the message is the reject reason."""


def obj(record: Any, key: str) -> dict:
    """`record[key]` as a dict; missing or null gives `{}`."""
    value = record.get(key) if isinstance(record, dict) else None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RecordError(f"{key}: expected an object, got {type(value).__name__}")
    return value


def items(record: Any, key: str) -> list:
    """`record[key]` as a list; missing or null gives `[]`."""
    value = record.get(key) if isinstance(record, dict) else None
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(f"{key}: expected a list, got {type(value).__name__}")
    return value


def text(record: Any, key: str) -> str | None:
    """`record[key]` as a stripped string; missing, null or blank gives None."""
    value = record.get(key) if isinstance(record, dict) else None
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise RecordError(f"{key}: expected a string, got {type(value).__name__}")
    return value.strip() or None


# What exports write where a work has no DOI: the field says "none", so the record loads without one.
_NO_DOI = frozenset({"n/a", "na", "none", "null", "nil", "-", "--", "unknown", "not available", "no doi"})
# A second DOI after a separator: "10.1000/x;10.1001/y" would otherwise pass as one DOI with an odd suffix.
_SECOND_DOI = re.compile(r"[;,|\s]\s*(?:doi:?\s*|https?://\S*?doi\S*?/)?10\.\d{4,9}/", re.I)


def doi_field(record: Any, key: str = "doi") -> str | None:
    """`record[key]` as a normalised DOI; missing, blank or a placeholder ('N/A', 'none') gives None. A value of
    another shape (a title, a URL elsewhere, two DOIs) is a reject: as the paper's id it would make a node no
    other source can match."""
    value = text(record, key)
    if value is None or value.lower() in _NO_DOI:
        return None
    if _SECOND_DOI.search(normalise_doi(value), 1):
        raise RecordError(f"{key}: {value[:60]!r} holds more than one DOI")
    if not (found := doi_in(value)):
        raise RecordError(f"{key}: {value[:40]!r} is not a DOI (10.<registrant>/<suffix>)")
    return found


def strings(record: Any, key: str) -> list[str]:
    """`record[key]` as a list of non-blank strings."""
    values = items(record, key)
    if not all(isinstance(value, str) for value in values):
        raise RecordError(f"{key}: expected a list of strings")
    return [value.strip() for value in values if value.strip()]


# Where each paper format keeps its byline, and what a reason calls a record of that format.
BYLINE_KEYS = {"authorships": "an OpenAlex", "authors": "a plain", "author": "a Paper Copilot"}


def byline_key(record: dict, key: str, *, reader: str) -> None:
    """Reject a record that lacks `key`, this format's byline, but has its authors under another format's:
    read as this format it would load without them. `reader` names the format ('Paper Copilot')."""
    if key in record:
        return
    found = [other for other in BYLINE_KEYS if other != key and record.get(other)]
    if found:
        keys = "/".join(f"'{other}'" for other in found)
        formats = " or ".join(BYLINE_KEYS[other] for other in found)
        raise RecordError(f"{key}: missing; the authors are under {keys}, which {reader} does not use "
                          f"(is this {formats} record? see --format)")
