"""Ordered, idempotent schema migrations from `cypher/schema/NNNN_name.cypher`.

Each file lists the backends it applies to (`// backends: arcadedb, neo4j`); this is the one
place where ArcadeDB and Neo4j differ in schema (Neo4j also gets full-text indexes). Applied
migrations are recorded as `:Migration` nodes, so a re-run is a no-op; every statement also
says IF NOT EXISTS, so a half-applied migration simply finishes on the next run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

from kg import queries
from kg.store import Store

@dataclass(frozen=True)
class Migration:
    id: str
    backends: tuple[str, ...]
    statements: tuple[str, ...]

def migrations() -> list[Migration]:
    found = []
    for path in sorted(resources.files("cypher").joinpath("schema").iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".cypher"):
            continue
        source = path.read_text(encoding="utf-8")
        backends: tuple[str, ...] = ()
        body = []
        for line in source.splitlines():
            if line.startswith("// backends:"):
                backends = tuple(b.strip() for b in line.split(":", 1)[1].split(","))
            elif not line.startswith("//"):
                body.append(line)
        statements = tuple(s.strip() for s in "\n".join(body).split(";") if s.strip())
        found.append(Migration(path.name[: -len(".cypher")], backends, statements))
    return found

def migrate(store: Store) -> list[str]:
    """Apply every pending migration for this backend, in order; returns the ids applied now."""
    done = {row["id"] for row in queries.run(store, "applied_migrations")}
    applied = []
    for migration in migrations():
        if migration.id in done or store.backend not in migration.backends:
            continue
        for statement in migration.statements:
            # Schema statements must run alone, each in its own auto-commit transaction.
            with store.session() as session:
                session.run(statement).consume()
        queries.run(store, "record_migration", id=migration.id, applied_at=datetime.now(timezone.utc).isoformat())
        applied.append(migration.id)
    return applied

def constraints(store: Store) -> list[dict]:
    return queries.run(store, "show_constraints")
