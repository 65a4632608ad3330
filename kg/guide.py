"""The named read queries as analyst material: Neo4j Browser favourites and guide, ArcadeDB request bodies.

`write_guide(out)` writes, for every `mode: read` query in cypher/ that an analyst would ask
(bookkeeping queries left out):

- `favorites/<name>.cypher`: a `// title` line, one `:param` line per parameter with an
  example value, then the query, unchanged. Import them in Neo4j Browser's Favorites
  drawer (drag the files in) and run them with the multi-statement editor on.
- `guide.html`: a Neo4j Browser guide, one slide per query with runnable `:param` and
  query blocks (`:play http://localhost:PORT/guide.html` with the folder served).
- `arcadedb/<name>.json`: `{"language": "cypher", "command": ..., "params": ...}`, the body of
  ArcadeDB's `POST /api/v1/query/kg` (the embedded server's HTTP port).

Example values come from the `e.g.` in each parameter's description, else from its type.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg import queries

# Plumbing and bookkeeping, not questions an analyst asks.
INTERNAL = frozenset({"applied_migrations", "show_constraints", "count_labels", "person_bylines", "sample_people"})
_EXAMPLE = re.compile(r"e\.g\.\s*([^\s,;)]+)")
_DEFAULTS = {"limit": 25, "depth": 2, "per_year": 5, "min_years": 3, "window": 5,
             # people and organisations of the example corpus (examples/EXPECTED.md)
             "person_id": "orcid:0000-0000-0000-1012", "from_id": "orcid:0000-0000-0000-1055",
             "to_id": "orcid:0000-0000-0000-1047", "org_id": "ror:03cve4549"}


@dataclass(frozen=True)
class GuideQuery:
    query: queries.NamedQuery
    params: dict[str, Any]

    @property
    def param_lines(self) -> list[str]:
        # The trailing `;` lets Browser's multi-statement editor run the block and the query in one go.
        return [f":param {name} => {cypher_literal(value)};" for name, value in self.params.items()]

    def favourite(self) -> str:
        return "\n".join([f"// {self.query.name}: {self.query.purpose}", *self.param_lines, self.query.text]) + "\n"

    def arcadedb_body(self) -> dict[str, Any]:
        return {"language": "cypher", "command": self.query.text, "params": self.params}


def analyst_queries() -> list[GuideQuery]:
    """Every read query an analyst would run, with example parameters."""
    return [
        GuideQuery(q, {p.name: example_value(p) for p in q.params})
        for q in queries.all_queries()
        if q.is_read and q.name not in INTERNAL and not q.name.startswith("check_")
    ]


def example_value(param: queries.Param) -> Any:
    """The `e.g.` value of the description, typed; else a sensible default; null when optional."""
    match = _EXAMPLE.search(param.description)
    if match:
        text = match.group(1).strip("\"'")
        try:
            return queries._parse(param.type, text) if param.type != "STRING" else text
        except ValueError:
            pass
    if param.optional:
        return None
    if param.name in _DEFAULTS:
        return _DEFAULTS[param.name]
    if param.type == "INTEGER":
        return 10
    return {"STRING": "", "FLOAT": 0.0, "BOOLEAN": False, "MAP": {}}.get(param.type, [])


def cypher_literal(value: Any) -> str:
    """A Cypher literal for `:param` lines (values here are plain JSON data)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def write_guide(out: Path) -> dict[str, int]:
    """Write favourites, the Browser guide and the ArcadeDB bodies under `out`; returns file counts."""
    chosen = analyst_queries()
    (out / "favorites").mkdir(parents=True, exist_ok=True)
    (out / "arcadedb").mkdir(parents=True, exist_ok=True)
    for item in chosen:
        (out / "favorites" / f"{item.query.name}.cypher").write_text(item.favourite(), encoding="utf-8")
        (out / "arcadedb" / f"{item.query.name}.json").write_text(
            json.dumps(item.arcadedb_body(), indent=2) + "\n", encoding="utf-8")
    (out / "guide.html").write_text(_guide_html(chosen), encoding="utf-8")
    return {"favorites": len(chosen), "arcadedb": len(chosen), "guide slides": len(chosen) + 1}


def _guide_html(items: list[GuideQuery]) -> str:
    slides = [
        "<slide class=\"row-fluid\"><div class=\"col-sm-12\"><h3>talent-kg questions</h3>"
        "<p>Each slide sets example parameters with <code>:param</code>, then runs one named query from "
        "<code>cypher/</code>. Click a block to put it in the editor; change the values to ask your own "
        "question.</p><ul>"
        + "".join(f"<li><b>{html.escape(i.query.name)}</b>: {html.escape(i.query.purpose)}</li>" for i in items)
        + "</ul></div></slide>"
    ]
    for item in items:
        params = "\n".join(item.param_lines) or "// no parameters"
        described = "".join(
            f"<li><code>${html.escape(p.name)}</code> {html.escape(p.type)}: {html.escape(p.description)}</li>"
            for p in item.query.params
        )
        slides.append(
            f"<slide class=\"row-fluid\"><div class=\"col-sm-12\"><h3>{html.escape(item.query.name)}</h3>"
            f"<p>{html.escape(item.query.purpose)}</p><ul>{described}</ul>"
            f"<p>Returns: {html.escape(', '.join(item.query.returns))}</p>"
            f"<pre class=\"pre-scrollable code runnable\">{html.escape(params)}</pre>"
            f"<pre class=\"pre-scrollable code runnable\">{html.escape(item.query.text)}</pre>"
            "</div></slide>"
        )
    return ("<article class=\"guide\" ng-controller=\"AdLibDataController\"><carousel class=\"deck container-fluid\">\n"
            + "\n".join(slides) + "\n</carousel></article>\n")
