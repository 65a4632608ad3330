"""Named Cypher: every statement lives in `cypher/<name>.cypher` with a header.

Header (comment lines before the body):

    // name_of_file: what the query answers.
    // mode: read | write
    // params:
    //   $org_id   STRING   what it is
    //   $depth    INTEGER  hops (1-3)
    // returns: col_a, col_b

Loading a file checks that the `$params` the body uses are exactly those declared;
running one checks the caller's parameters against the declaration and coerces
strings (from the CLI or a query string) to the declared types. An INTEGER must fit in
64 bits (what Bolt carries), `$limit` and `$skip` must be 0 to 2^31 - 1, and a range written
`(MIN-MAX)` in a parameter's description is enforced.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import neo4j

from kg.errors import NotFound, QueryParamError
from kg.store import Store, run_counted, run_merged, run_returning, run_rows

_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_PARAM_DECL = re.compile(r"^\s*\$([A-Za-z_][A-Za-z0-9_]*)\s+([A-Z<>_]+)\s*(.*)$")
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_RANGE = re.compile(r"\((-?\d+)\s*-\s*(-?\d+)\)")
INT64 = (-(2**63), 2**63 - 1)
# A negative LIMIT or SKIP is a syntax error on the server; caught here it is the caller's mistake.
# Above 2^31 - 1 ArcadeDB keeps only the low 32 bits (LIMIT 4294967296 returned no rows) or fails.
_ROW_COUNTS = frozenset({"limit", "skip"})
ROW_COUNT_MAX = 2**31 - 1
# ArcadeDB does not reject writes in a read transaction, so a `mode: read` header that lies
# (a query edited without updating it) must not become a way to change the graph. Labels and
# properties (`:Merge`, `n.set`) are not clauses.
_WRITE_CLAUSE = re.compile(
    r"(?<![:.`])\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b", re.IGNORECASE
)
TYPES = ("STRING", "INTEGER", "FLOAT", "BOOLEAN", "LIST<STRING>", "LIST<INTEGER>", "MAP", "LIST<MAP>")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str

    @property
    def optional(self) -> bool:
        """Declared `(optional)` in the header: may be left out, and is then null."""
        return "(optional)" in self.description.lower()

    @cached_property
    def bounds(self) -> tuple[int, int]:
        """The values an INTEGER (or each LIST<INTEGER> item) may take: 64-bit, narrowed by a
        `(MIN-MAX)` in the description, and 0 to 2^31 - 1 for `$limit` and `$skip`."""
        low, high = INT64
        if match := _RANGE.search(self.description):
            low, high = int(match.group(1)), int(match.group(2))
        if self.name in _ROW_COUNTS:
            low, high = max(low, 0), min(high, ROW_COUNT_MAX)
        return low, high


@dataclass(frozen=True)
class NamedQuery:
    name: str
    purpose: str
    mode: str
    params: tuple[Param, ...]
    returns: tuple[str, ...]
    text: str = field(repr=False)

    @property
    def is_read(self) -> bool:
        return self.mode == "read"

    @cached_property
    def read_only(self) -> bool:
        """A read query whose text holds no write clause: the only kind run without asking
        (`kg query` without --write, the API's questions)."""
        return self.is_read and not _WRITE_CLAUSE.search(_STRINGS.sub("''", self.text))

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise QueryParamError(f"{self.name}: unknown parameter ${name}")

    def bind(self, params: dict[str, Any], *, coerce: bool = False) -> dict[str, Any]:
        """Check names (none missing, none extra) and types; with `coerce`, parse strings first."""
        declared = {p.name for p in self.params}
        params = {**{p.name: None for p in self.params if p.optional}, **params}
        missing = sorted(declared - params.keys())
        extra = sorted(params.keys() - declared)
        if missing or extra:
            parts = []
            if missing:
                parts.append("missing " + ", ".join(f"${m}" for m in missing))
            if extra:
                parts.append("unexpected " + ", ".join(f"${e}" for e in extra))
            raise QueryParamError(f"{self.name}: {'; '.join(parts)}")
        return {name: _typed(self.name, self.param(name), value, coerce) for name, value in params.items()}


def _typed(query: str, param: Param, value: Any, coerce: bool) -> Any:
    if value is None:
        return None
    kind = param.type
    try:
        if coerce and isinstance(value, str) and kind != "STRING":
            value = _parse(kind, value)
        ok = {
            "STRING": isinstance(value, str),
            "INTEGER": isinstance(value, int) and not isinstance(value, bool),
            "FLOAT": isinstance(value, (int, float)) and not isinstance(value, bool),
            "BOOLEAN": isinstance(value, bool),
            "MAP": isinstance(value, dict),
        }.get(kind)
        if ok is None and kind.startswith("LIST<"):
            ok = isinstance(value, list) and all(_is(kind[5:-1], item) for item in value)
        if not ok:
            raise ValueError(f"expected {kind}")
        if kind in ("INTEGER", "LIST<INTEGER>"):
            _check_range(param, value if isinstance(value, list) else [value])
    except ValueError as exc:
        raise QueryParamError(f"{query}: ${param.name}: {exc}") from None
    return float(value) if kind == "FLOAT" else value


def _is(kind: str, item: Any) -> bool:
    """A list item of the declared type (null items pass: Cypher lists may hold them)."""
    if item is None:
        return True
    if kind == "INTEGER":
        return isinstance(item, int) and not isinstance(item, bool)
    return isinstance(item, {"STRING": str, "MAP": dict}[kind])


def _check_range(param: Param, values: list) -> None:
    low, high = param.bounds
    for value in values:
        if value is None or low <= value <= high:
            continue
        if not INT64[0] <= value <= INT64[1]:
            raise ValueError(f"{value} does not fit in a 64-bit integer")
        if high == INT64[1]:
            raise ValueError(f"must be {low} or more, got {value}")
        raise ValueError(f"must be from {low} to {high}, got {value}")


def _parse(kind: str, text: str) -> Any:
    if kind == "INTEGER":
        return int(text)
    if kind == "FLOAT":
        return float(text)
    if kind == "BOOLEAN":
        if text.lower() in ("true", "1", "yes"):
            return True
        if text.lower() in ("false", "0", "no"):
            return False
        raise ValueError("expected true or false")
    if kind == "LIST<STRING>" and not text.lstrip().startswith("["):
        return [item.strip() for item in text.split(",") if item.strip()]
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON for {kind}") from exc


def parse(name: str, source: str) -> NamedQuery:
    """Parse a named query file; a header that disagrees with its body is an error."""
    header, body = [], []
    for line in source.splitlines():
        if not body and line.startswith("//"):
            header.append(line[2:].rstrip())
        elif line.strip() or body:
            body.append(line)
    text = "\n".join(body).strip()
    if not header or not text:
        raise QueryParamError(f"{name}: needs a // header and a body")
    purpose = header[0].split(":", 1)[1].strip() if ":" in header[0] else header[0].strip()
    mode, returns, params, in_params, in_purpose = None, (), [], False, True
    for line in header[1:]:
        stripped = line.strip()
        # A purpose too long for one line goes on until `mode:` (people_search's was cut at "first;").
        in_purpose = in_purpose and not stripped.startswith(("mode:", "params:", "returns:"))
        if in_purpose:
            purpose = f"{purpose} {stripped}".strip()
            continue
        if stripped.startswith("mode:"):
            mode, in_params = stripped.split(":", 1)[1].strip(), False
        elif stripped.startswith("params:"):
            in_params = True
        elif stripped.startswith("returns:"):
            returns = tuple(c.strip() for c in stripped.split(":", 1)[1].split(",") if c.strip())
            in_params = False
        elif in_params and (match := _PARAM_DECL.match(line)):
            if match.group(2) not in TYPES:
                raise QueryParamError(f"{name}: ${match.group(1)} has unknown type {match.group(2)}")
            params.append(Param(match.group(1), match.group(2), match.group(3).strip()))
    if mode not in ("read", "write"):
        raise QueryParamError(f"{name}: header needs 'mode: read' or 'mode: write'")
    used = set(_PARAM_USE.findall(_STRINGS.sub("''", _strip_comments(text))))
    declared = {p.name for p in params}
    if used != declared:
        raise QueryParamError(
            f"{name}: header declares {sorted(declared)} but the body uses {sorted(used)}"
        )
    return NamedQuery(name, purpose, mode, tuple(params), returns, text)


def _strip_comments(text: str) -> str:
    return "\n".join(line.split("//", 1)[0] if "//" in line and "://" not in line else line for line in text.splitlines())


def _files():
    return resources.files("cypher")


@cache
def load(name: str) -> NamedQuery:
    if not re.fullmatch(r"[a-z0-9_]+", name):  # migrations (cypher/schema/) are no named queries
        raise NotFound("query", name)
    path = _files().joinpath(f"{name}.cypher")
    if not path.is_file():
        raise NotFound("query", name)
    return parse(name, path.read_text(encoding="utf-8"))


def names() -> list[str]:
    """Top-level named queries (schema migrations live apart, in cypher/schema/)."""
    return sorted(p.name[: -len(".cypher")] for p in _files().iterdir() if p.name.endswith(".cypher"))


def all_queries() -> list[NamedQuery]:
    return [load(n) for n in names()]


def run(store: Store, name: str, *, coerce: bool = False, timeout: float | None = None, **params: Any) -> list[dict]:
    """Run a named query with checked parameters; read queries run in read transactions."""
    query = load(name)
    bound = query.bind(params, coerce=coerce)

    def work(tx: neo4j.ManagedTransaction) -> list[dict]:
        return run_rows(tx, query.text, bound)

    if query.is_read:
        return store.read(work, timeout=timeout or store.settings.query_timeout)
    return store.write(work, timeout=timeout)


def run_in(tx: neo4j.ManagedTransaction, name: str, **params: Any) -> list[dict]:
    """Run a named query inside a transaction the caller already holds (loader batches)."""
    query = load(name)
    return run_rows(tx, query.text, query.bind(params))


def write_in(tx: neo4j.ManagedTransaction, name: str, **params: Any) -> dict[str, int]:
    """Run a named write query inside the caller's transaction; returns the server's change counters."""
    query = load(name)
    return run_counted(tx, query.text, query.bind(params))


def write_returning(tx: neo4j.ManagedTransaction, name: str, **params: Any) -> tuple[list[Any], dict[str, int]]:
    """Run a named write query that returns one row, inside the caller's transaction; that row's values
    and the changes."""
    query = load(name)
    return run_returning(tx, query.text, query.bind(params))


def merge_in(tx: neo4j.ManagedTransaction, name: str, **params: Any) -> dict[str, int]:
    """Like `write_in`, for a query that MERGEs one relationship per row and returns their count:
    the counters also hold `relationships_updated`, those it found already there."""
    query = load(name)
    return run_merged(tx, query.text, query.bind(params))
