"""Read queries really only read: the API relies on it (ArcadeDB accepts writes in read transactions)."""

from __future__ import annotations

import pytest

from kg import queries
from kg.queries import parse


@pytest.mark.parametrize("name", [q.name for q in queries.all_queries() if q.is_read])
def test_read_header_means_no_write_clause(name):
    assert queries.load(name).read_only, f"{name} says mode: read but writes"


def test_write_clauses_are_recognised():
    lying = parse("lying", "// lying: says read.\n// mode: read\n// params:\n// returns: n\n"
                           "MATCH (n) SET n.x = 1 RETURN n")
    assert not lying.read_only
    sneaky = parse("sneaky", "// sneaky: says read.\n// mode: read\n// params:\n// returns: n\n"
                             "MATCH (n:Merge) merge (m:Merge {id: 1}) RETURN m AS n")
    assert not sneaky.read_only
    honest = parse("honest", "// honest: reads.\n// mode: read\n// params:\n// returns: n\n"
                             "MATCH (n:Merge) WHERE n.name = 'CREATE SET' RETURN n.set AS n")
    assert honest.read_only
    assert not queries.load("merge_people").read_only
