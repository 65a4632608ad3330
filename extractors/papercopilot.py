"""Paper Copilot paper lists -> `kg.model.Paper` fields.

Two shapes of the same data (github.com/papercopilot/paperlists):

* the conference files (`iclr/iclr2024.json`): a JSON array of papers whose
  per-author fields are strings split by `;` and aligned by author position,
  with `+` joining the several affiliations of one author;
* the flattened pair `papers.jsonl.gz` + `authorships.csv` (one CSV row per
  paper x author, with normalised institution and country per author).

`position` is the author's role ("PhD student", "Full Professor"), not the byline
position. A per-author field whose count does not match the author list cannot
be aligned and is not used for that paper (the index lists often skip blanks).
"""

from __future__ import annotations

import csv
import functools
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import pycountry

from extractors.fields import RecordError, byline_key, doi_field, text
from kg.model import paper_id

AUTHORSHIP_COLUMNS = (
    "paper_id", "venue", "year", "author_position", "author", "openreview_id",
    "position", "aff_raw", "aff_domain", "aff_norm", "aff_country",
)
_VENUE_YEAR = re.compile(r"^([a-z][a-z0-9]*?)(\d{4})$", re.I)


def looks_like_copilot(record: dict) -> bool:
    return isinstance(record.get("author"), str) and "authorships" not in record


def venue_year_hint(file_stem: str) -> tuple[str | None, int | None]:
    """'iclr2024' -> ('iclr', 2024): the conference files name venue and year only in their file name."""
    match = _VENUE_YEAR.match(file_stem.split(".")[0])
    return (match.group(1).lower(), int(match.group(2))) if match else (None, None)


def copilot_fields(
    record: dict,
    *,
    hint: tuple[str | None, int | None] = (None, None),
    rows: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """The keyword arguments of a `Paper`; authors come from `rows` (authorships.csv) when given."""
    title = text(record, "title")
    if not title:
        raise RecordError("missing title")
    venue = text(record, "venue") or hint[0]
    year = record.get("year") if record.get("year") not in (None, "") else hint[1]
    # `pid` (CVPR 2016-19) restarts in every session, so it is no key; the paper URL is.
    site_id = text(record, "id") or text(record, "site") or text(record, "source_url")
    doi = doi_field(record)
    # Site ids repeat across venues and years, so the fallback key names all three.
    fallback = " ".join(str(part) for part in (venue, year, site_id or title) if part)
    if not rows:  # the flattened pair's authors are in authorships.csv
        byline_key(record, "author", reader="Paper Copilot")
    authors = _authors_from_rows(rows, record) if rows else _authors_from_record(record)
    return {
        "id": paper_id(doi=doi, fallback=fallback),
        "title": title,
        "year": year,
        "venue": venue,
        "doi": doi,
        "authors": authors,
    }


def _aligned(record: dict, key: str, count: int, sep: str = ";") -> list[str] | None:
    value = text(record, key)
    if value is None:
        return None
    parts = [part.strip() for part in value.split(sep)]
    return parts if len(parts) == count else None


def _authors_from_record(record: dict) -> list[dict[str, Any]]:
    names = [name.strip() for name in (text(record, "author") or "").split(";")]
    if names == [""]:
        return []
    count = len(names)
    ids = _aligned(record, "authorids", count) or _aligned(record, "or_profile", count) or [""] * count
    orcids = _aligned(record, "orcid", count) or [""] * count
    roles = _aligned(record, "position", count) or [""] * count
    raw = _aligned(record, "aff", count) or [""] * count
    domains = _aligned(record, "aff_domain", count) or [""] * count
    norm_table = (text(record, "aff_unique_norm") or "").split(";")
    norm_index = _aligned(record, "aff_unique_index", count) or [""] * count
    country_table = (text(record, "aff_country_unique") or "").split(";")
    country_index = _aligned(record, "aff_country_unique_index", count) or [""] * count
    authors = []
    for i, name in enumerate(names):
        authors.append(_author(
            name=name,
            position=i,
            openreview=ids[i],
            orcid=orcids[i],
            roles=_plus(roles[i]),
            raw=_plus(raw[i]),
            domains=_plus(domains[i]),
            norm=[_lookup(norm_table, j) for j in _plus(norm_index[i])],
            countries=[_lookup(country_table, j) for j in _plus(country_index[i])],
        ))
    return authors


def _authors_from_rows(rows: list[dict[str, str]], record: dict) -> list[dict[str, Any]]:
    positions = [row["author_position"] for row in rows]
    if positions != [str(i) for i in range(1, len(rows) + 1)]:
        raise RecordError(f"authorships.csv: author positions are not 1..{len(rows)}: {','.join(positions)}")
    # The CSV has no ORCIDs; the paper record has them, aligned by position.
    orcids = _aligned(record, "orcid", len(rows)) or [""] * len(rows)
    return [
        _author(
            name=row["author"],
            position=i,
            openreview=row["openreview_id"],
            orcid=orcids[i],
            roles=_plus(row["position"]),
            raw=_plus(row["aff_raw"]),
            domains=_plus(row["aff_domain"]),
            norm=_bar(row["aff_norm"]),
            countries=_bar(row["aff_country"]),
        )
        for i, row in enumerate(rows)
    ]


def _author(
    *, name: str, position: int, openreview: str, orcid: str,
    roles: list[str], raw: list[str], domains: list[str], norm: list[str], countries: list[str],
) -> dict[str, Any]:
    names = norm if any(norm) else raw
    if len(norm) == len(raw):
        names = [n or r for n, r in zip(norm, raw)]
    affiliations: dict[str, dict[str, Any]] = {}
    for j, org in enumerate(names):
        if not org:
            continue
        printed = raw[j] if len(raw) == len(names) and raw[j] != org else None
        affiliations.setdefault(org.casefold(), {
            "name": org,
            "raw": printed,  # the byline's own string, when the normalised name replaced it
            "country": country_code(countries[j]) if len(countries) == len(names) else None,
            "role": (roles[j] if len(roles) == len(names) else roles[0] if len(roles) == 1 else "") or None,
        })
    return {
        "name": name,
        "position": position,
        "openreview": openreview if openreview.startswith("~") else None,
        "orcid": orcid or None,
        "email_domain": next((domain.lower() for domain in domains if domain), None),
        "role": next((role for role in roles if role), None),
        "affiliations": list(affiliations.values()),
    }


def _plus(value: str) -> list[str]:
    return [part.strip() for part in value.split("+")] if value else []


def _bar(value: str) -> list[str]:
    return [part.strip() for part in value.split(" | ")] if value else []


def _lookup(table: list[str], index: str) -> str:
    return table[int(index)].strip() if index.isdigit() and int(index) < len(table) else ""


@functools.lru_cache(maxsize=1024)
def country_code(name: str | None) -> str | None:
    """'United States' -> 'US'; None for blanks, 'Unknown' and names ISO 3166 does not know."""
    if not name or name.strip().lower() in {"unknown", "none", "n/a"}:
        return None
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        pass
    try:
        matches = pycountry.countries.search_fuzzy(name.strip())
    except LookupError:
        return None
    return matches[0].alpha_2 if len(matches) == 1 else None


# --- the flattened pair ------------------------------------------------------------------------

@dataclass
class AuthorshipGroup:
    """The authorships.csv rows of one paper."""

    key: tuple[str, str, str]
    line: int
    rows: list[dict[str, str]] = field(default_factory=list)


class AuthorshipRows:
    """authorships.csv read one paper at a time, to be joined in step with papers.jsonl.

    The CSV was written in the order of papers.jsonl, each paper's rows together
    (checked on the shared copy: every group follows its paper, 11 papers without
    authors have no rows), so a merge join needs a few groups in memory, not the
    file. Groups skipped over (their paper line was unreadable) land in `orphans`.
    """

    window = 3  # groups looked past to resynchronise after a paper line that could not be read

    def __init__(self, stream: IO[str], *, file: str):
        self.file = file
        reader = csv.DictReader(stream)
        missing = [column for column in AUTHORSHIP_COLUMNS if column not in (reader.fieldnames or [])]
        if missing:
            raise RecordError(f"missing columns {', '.join(missing)}")
        self._groups = _groups(reader)
        self._ahead: deque[AuthorshipGroup] = deque()
        self.orphans: list[AuthorshipGroup] = []

    def take(self, key: tuple[str, str, str], first_author: str | None) -> list[dict[str, str]] | None:
        """The rows of the paper `key` when they come next (or nearly); None when they do not."""
        if first_author is None:
            return None  # a paper without authors has no rows; never take a neighbour's
        for skip in range(self.window + 1):
            group = self._peek(skip)
            if group is None:
                return None
            if group.key == key and _squash(group.rows[0]["author"]) == _squash(first_author):
                self.orphans.extend(self._ahead.popleft() for _ in range(skip))
                return self._ahead.popleft().rows
        return None

    def pop_orphans(self) -> list[AuthorshipGroup]:
        orphans, self.orphans = self.orphans, []
        return orphans

    def leftovers(self) -> Iterator[AuthorshipGroup]:
        """Groups never joined to a paper: the orphans, then whatever the papers did not reach."""
        yield from self.pop_orphans()
        while self._peek(0) is not None:
            yield self._ahead.popleft()

    def _peek(self, index: int) -> AuthorshipGroup | None:
        while len(self._ahead) <= index:
            group = next(self._groups, None)
            if group is None:
                return None
            self._ahead.append(group)
        return self._ahead[index]


def _groups(reader: csv.DictReader) -> Iterator[AuthorshipGroup]:
    """Consecutive rows of one paper; a new paper starts where the key changes or position 1 comes again."""
    group: AuthorshipGroup | None = None
    for row in reader:
        if None in row.values():  # a short row: DictReader fills the missing columns with None
            row = {key: value or "" for key, value in row.items() if key is not None}
        key = _row_key(row)
        if group is None or key != group.key or row["author_position"] == "1":
            if group is not None:
                yield group
            group = AuthorshipGroup(key=key, line=reader.line_num)
        group.rows.append(row)
    if group is not None:
        yield group


def paper_key(record: dict) -> tuple[str, str, str]:
    """The join key a paper shares with its authorships.csv rows."""
    return (str(record.get("venue") or ""), str(record.get("year") or ""), str(record.get("id") or ""))


def first_author(record: dict) -> str | None:
    names = record.get("author")
    return names.split(";")[0].strip() if isinstance(names, str) and names.strip() else None


def _row_key(row: dict[str, str]) -> tuple[str, str, str]:
    return (row["venue"], row["year"], row["paper_id"])


def _squash(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()
