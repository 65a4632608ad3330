"""Reading Research Organization Registry (ROR) records as gazetteer entries.

Three shapes of record are accepted, one per line (`.jsonl`, `.jsonl.gz`) or as the
official dump's JSON array (`.json`, `.json.gz`, or the `.zip` Zenodo publishes):

* the ROR schema v2 (`names` with types ror_display/alias/acronym/label, `locations`),
* the ROR schema v1 (`name`, `aliases`, `labels` [{label, iso639}], `country`, `addresses`),
* the flattened form of `../shared/data/ror_records` (`ror_id`, `labels` [{value, lang}],
  `country_code`, `city`, `fundref`).

Records are streamed: memory stays flat whatever the size of the dump.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlparse

import ijson
import orjson
from pydantic import ValidationError

from kg.errors import InputError
from kg.model import KnownEntity, NodeLabel, ror_suffix

# Withdrawn records are duplicates or mistakes ROR retracted: linking to them would split a node.
DEFAULT_STATUSES = frozenset({"active", "inactive"})


def read_ror(path: str | Path, *, statuses: Iterable[str] = DEFAULT_STATUSES) -> Iterator[KnownEntity]:
    """Yield one `KnownEntity` per ROR record in `path`, skipping statuses not in `statuses`."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    wanted = {status.lower() for status in statuses}
    for line, record in _records(path):
        if not isinstance(record, dict):
            raise InputError("a ROR record must be a JSON object", file=str(path), line=line)
        status = str(record.get("status") or "active").lower()
        if status not in wanted:
            continue
        try:
            yield ror_entity(record)
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            raise InputError(f"not a ROR record: {exc}", file=str(path), line=line) from None


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

def _records(path: Path) -> Iterator[tuple[int | None, Any]]:
    """(line number or None, parsed record) for each record in a JSONL or JSON-array file."""
    with _open(path) as stream:
        first = _first_byte(stream)
        if first == b"[":
            for record in ijson.items(stream, "item", use_float=True):
                yield None, record
            return
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield number, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise InputError(f"invalid JSON: {exc}", file=str(path), line=number) from None


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".zip":
        archive = zipfile.ZipFile(path)
        members = sorted(
            (name for name in archive.namelist() if name.endswith(".json")),
            key=lambda name: "schema_v2" not in name,  # the v2 file when a release holds both
        )
        if not members:
            raise InputError("zip holds no .json dump", file=str(path))
        return io.BufferedReader(archive.open(members[0]))
    if path.suffix == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


def _first_byte(stream: IO[bytes]) -> bytes:
    """Peek at the first non-blank byte without consuming it."""
    while True:
        head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
        stripped = head.lstrip()
        if stripped or not head:
            return stripped[:1]
        stream.read(len(head))
