"""Award ids in a funding statement, and which funder each belongs to.

An award id is a code-like run with at least two digits ("61772345", "R01-ES015339",
"EP/N014162/1"); a short capitalised code written just before it belongs to it ("R01 AI42399",
"DBI 0638536") unless that code is a funder's name. Each id goes to the nearest funder before
it, else the first after it, so one sentence can name several funders with several awards each.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_YEAR_RANGE = re.compile(r"^(?:19|20)\d{2}[-–](?:19|20)?\d{2}$")
_AWARD = re.compile(r"(?<![\w/.-])(?=[A-Za-z0-9./-]*\d[A-Za-z0-9./-]*\d)[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*(?![\w])")
# The letters before a number that belong to the award id: NIH activity codes, NSF division codes.
_AWARD_PREFIX = re.compile(r"^(?:[A-Z]\d{2}|[A-Z]{2,5})$")
_YEARLIKE = re.compile(r"^(?:19|20)\d{2}$")


def awards_by_funder(span: Span, funders: list[tuple[Span, float]]) -> dict[int, list[str]]:
    """Award ids keyed by the start token of the funder each belongs to."""
    doc = span.doc
    names = {t.i for f, _ in funders for t in f}
    known = {i for ent in span.ents if ent._.kg or ent.label_ == "FUNDER" for i in range(ent.start, ent.end)}
    found: dict[int, list[str]] = {}
    for match in _AWARD.finditer(span.text):
        text = match.group(0).rstrip(".")
        start_char = span.start_char + match.start()
        token = doc.char_span(start_char, start_char + len(text), alignment_mode="expand")
        if token is None or token.start in names:
            continue
        previous = doc[token.start - 1].lower_ if token.start > 0 else ""
        if _YEARLIKE.match(text) and previous not in ("no", "no.", "grant", "number", "#", "nos", "nos."):
            continue
        if sum(c.isdigit() for c in text) < 3 or _YEAR_RANGE.match(text):
            continue
        prefix = doc[token.start - 1] if token.start > span.start else None
        if (prefix is not None and prefix.i not in names and _AWARD_PREFIX.match(prefix.text)
                and prefix.whitespace_ and prefix.i not in known):
            text = prefix.text + " " + text  # "R01 AI42399", "DBI 0638536", "NCR 89-04590"
        owner = _owner(token.start, funders)
        if owner is not None:
            found.setdefault(owner.start, []).append(text)
    return found


def _owner(position: int, funders: list[tuple[Span, float]]) -> Span | None:
    before = [f for f, _ in funders if f.end <= position]
    if before:
        return max(before, key=lambda f: f.end)
    after = [f for f, _ in funders if f.start > position]
    return min(after, key=lambda f: f.start) if after else None
