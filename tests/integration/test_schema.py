"""Migrations on a real server: applied once, constraints enforced, re-run is a no-op."""

from __future__ import annotations

import neo4j
import pytest

from kg import queries, schema
from kg.model import NodeLabel


def test_migrations_are_idempotent(store):
    assert schema.migrate(store) == []  # the session fixture applied them already
    applied = [row["id"] for row in queries.run(store, "applied_migrations")]
    expected = [m.id for m in schema.migrations() if store.backend in m.backends]
    assert applied == expected


def test_every_node_label_has_a_unique_id_constraint(store):
    constrained = {
        label
        for row in schema.constraints(store)
        if row["properties"] == ["id"]
        for label in row["labelsOrTypes"]
    }
    assert {label.value for label in NodeLabel} <= constrained


def test_duplicate_id_is_rejected(store):
    with store.session() as session:
        session.run("CREATE (:Person {id: 'person:dup'})").consume()
        with pytest.raises(neo4j.exceptions.ConstraintError):
            session.run("CREATE (:Person {id: 'person:dup'})").consume()
