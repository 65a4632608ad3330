"""Reading Research Organization Registry (ROR) records as gazetteer entries.

Three shapes of record are accepted, one per line (`.jsonl`, `.jsonl.gz`) or as the
official dump's JSON array (`.json`, `.json.gz`, or the `.zip` Zenodo publishes):

* the ROR schema v2 (`names` with types ror_display/alias/acronym/label, `locations`),
* the ROR schema v1 (`name`, `aliases`, `labels` [{label, iso639}], `country`, `addresses`),
* the flattened form of `../shared/data/ror_records` (`ror_id`, `labels` [{value, lang}],
  `country_code`, `city`, `fundref`).

Records are streamed: memory stays flat whatever the size of the dump. Compression is
recognised by its magic bytes. A dump that ends in damaged data (a truncated download)
yields the complete records before the damage and says so in its `RorTally`, as the paper
readers do; a record that is not a ROR record is an `InputError`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlparse

import ijson
import orjson
from pydantic import ValidationError

from extractors.inputfile import DAMAGE, ZIP_MAGIC, described, magic, open_input
from kg.errors import InputError
from kg.model import KnownEntity, NodeLabel, ror_suffix

# Withdrawn records are duplicates or mistakes ROR retracted: linking to them would split a node.
DEFAULT_STATUSES = frozenset({"active", "inactive"})
# What a damaged stream raises part-way: gzip/zip decompression and an unfinished JSON array.
_DAMAGE = (*DAMAGE, zipfile.BadZipFile, ijson.JSONError, UnicodeDecodeError)


@dataclass
class RorTally:
    """What one read of a dump saw besides the organisations it yielded."""

    records: int = 0  # JSON records read
    skipped: int = 0  # records whose status was not wanted (withdrawn, by default)
    damage: str | None = None  # why reading stopped before the end of the file, when it did

    def describe(self) -> str:
        said = f"{self.records:,} records read, {self.skipped:,} skipped for their status"
        return f"{said}; {self.damage}" if self.damage else said


def read_ror(
    path: str | Path, *, statuses: Iterable[str] = DEFAULT_STATUSES, tally: RorTally | None = None
) -> Iterator[KnownEntity]:
    """Yield one `KnownEntity` per ROR record in `path`, skipping statuses not in `statuses`."""
    path = Path(path)
    if path.is_dir():
        raise InputError("is a directory, expected a ROR dump file (.jsonl, .json, .gz or .zip)", file=str(path))
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    tally = tally if tally is not None else RorTally()
    wanted = {status.lower() for status in statuses}
    for line, record in _records(path, tally):
        tally.records += 1
        if not isinstance(record, dict):
            raise InputError("a ROR record must be a JSON object", file=str(path), line=line)
        status = str(record.get("status") or "active").lower()
        if status not in wanted:
            tally.skipped += 1
            continue
        try:
            yield ror_entity(record)
        except (AttributeError, KeyError, IndexError, TypeError, ValueError, ValidationError) as exc:
            raise InputError(f"not a ROR record ({type(exc).__name__}: {exc})", file=str(path), line=line) from None


def ror_entity(record: dict[str, Any]) -> KnownEntity:
    """One ROR record, any of the three shapes, as a gazetteer entry."""
    if "names" in record:
        return _from_v2(record)
    return _from_v1_or_flat(record)


# --- record shapes ---------------------------------------------------------------------------

def _from_v2(record: dict[str, Any]) -> KnownEntity:
    name = None
    aliases: list[str] = []
    acronyms: list[str] = []
    for entry in record.get("names") or []:
        kinds = entry.get("types") or []
        value = entry.get("value")
        if not value:
            continue
        if "ror_display" in kinds:
            name = value
        elif "acronym" in kinds:
            acronyms.append(value)
        else:  # alias and other-language label are matched alike
            aliases.append(value)
    location = ((record.get("locations") or [{}])[0] or {}).get("geonames_details") or {}
    return _entity(
        ror_id=record["id"],
        name=name or aliases.pop(0),
        aliases=aliases,
        acronyms=acronyms,
        country=location.get("country_code"),
        city=location.get("name"),
        types=record.get("types") or [],
        relationships=record.get("relationships") or [],
        domains=record.get("domains") or [],
        links=[link.get("value") for link in record.get("links") or [] if isinstance(link, dict)],
        fundref=_v2_fundref(record.get("external_ids") or []),
    )


def _v2_fundref(external_ids: list[dict[str, Any]]) -> list[str]:
    for external in external_ids:
        if str(external.get("type", "")).lower() == "fundref":
            return list(external.get("all") or [])
    return []


def _from_v1_or_flat(record: dict[str, Any]) -> KnownEntity:
    labels = [label.get("value") or label.get("label") for label in record.get("labels") or []]
    country = record.get("country_code") or (record.get("country") or {}).get("country_code")
    city = record.get("city")
    if city is None and record.get("addresses"):
        city = record["addresses"][0].get("city")
    fundref = record.get("fundref")
    if fundref is None:
        fundref = ((record.get("external_ids") or {}).get("FundRef") or {}).get("all") or []
    return _entity(
        ror_id=record.get("ror_id") or record["id"],
        name=record["name"],
        aliases=list(record.get("aliases") or []) + [label for label in labels if label],
        acronyms=list(record.get("acronyms") or []),
        country=country,
        city=city,
        types=record.get("types") or [],
        relationships=record.get("relationships") or [],
        domains=record.get("domains") or [],
        links=[link for link in record.get("links") or [] if isinstance(link, str)],
        fundref=fundref if isinstance(fundref, list) else [fundref],
    )


def _entity(
    *,
    ror_id: str,
    name: str,
    aliases: list[str],
    acronyms: list[str],
    country: str | None,
    city: str | None,
    types: list[str],
    relationships: list[dict[str, Any]],
    domains: list[str],
    links: list[str | None],
    fundref: list[str],
) -> KnownEntity:
    parents = [
        f"ror:{ror_suffix(rel['id'])}"
        for rel in relationships
        if str(rel.get("type", "")).lower() == "parent" and rel.get("id")
    ]
    return KnownEntity(
        id=f"ror:{ror_suffix(ror_id)}",
        label=NodeLabel.ORGANIZATION,
        name=name,
        aliases=_unique(alias for alias in aliases if alias != name),
        acronyms=_unique(acronyms),
        country=country.upper() if country else None,
        city=city or None,
        type=_primary_type(types),
        parents=parents,
        # v1 records carry no domains; the website host is the next best e-mail-domain hint.
        domains=_unique(domains) or _unique(_host(link) for link in links if link),
        funder_ids=[str(value) for value in fundref if value],
    )


# ROR lists "funder" beside the kind of body that funds; the kind is what the graph labels by.
_TYPE_ORDER = ("education", "company", "facility", "government", "healthcare", "nonprofit", "archive", "other", "funder")


def _primary_type(types: list[str]) -> str | None:
    lowered = [str(kind).lower() for kind in types]
    for kind in _TYPE_ORDER:
        if kind in lowered:
            return kind
    return lowered[0] if lowered else None


def _host(link: str) -> str:
    host = urlparse(link if "//" in link else f"//{link}").hostname or ""
    return host.removeprefix("www.")


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value.strip() for value in values if value and value.strip()))


# --- files -----------------------------------------------------------------------------------

def _records(path: Path, tally: RorTally) -> Iterator[tuple[int | None, Any]]:
    """(line number or None, parsed record) for each record in a JSONL or JSON-array file.

    Damage part-way (a truncated download) ends the records and is noted in `tally`: the
    complete records before it have been yielded, as the paper readers keep theirs.
    """
    stream = _open(path)
    number, first = 0, b""
    try:
        with stream:
            first = _first_byte(stream)
            if first == b"[":
                for number, record in enumerate(ijson.items(stream, "item", use_float=True), start=1):
                    yield None, record
                return
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    record = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise InputError(f"invalid JSON: {exc}", file=str(path), line=number) from None
                yield number, record
    except _DAMAGE as exc:
        where = f"line {number + 1}" if first != b"[" else f"record {number + 1}"
        tally.damage = f"the file ends in damaged data at {where} ({described(exc)}); the rest is unread"


def _open(path: Path) -> IO[bytes]:
    """The dump's bytes: the JSON file inside the zip Zenodo publishes, else the file, gunzipped if need be."""
    try:
        if magic(path) != ZIP_MAGIC:
            return open_input(path)
        archive = zipfile.ZipFile(path)
        members = sorted(
            (name for name in archive.namelist() if name.endswith(".json")),
            key=lambda name: "schema_v2" not in name,  # the v2 file when a release holds both
        )
        if not members:
            raise InputError("zip holds no .json dump", file=str(path))
        return io.BufferedReader(archive.open(members[0]))
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"cannot read: {exc}", file=str(path)) from None


def _first_byte(stream: IO[bytes]) -> bytes:
    """Peek at the first non-blank byte without consuming it."""
    while True:
        head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
        stripped = head.lstrip()
        if stripped or not head:
            return stripped[:1]
        stream.read(len(head))
