"""`kg browser-guide` output: every analyst query, unchanged, with a :param line per parameter."""

from __future__ import annotations

import json

from kg import queries
from kg.guide import INTERNAL, cypher_literal, example_value, write_guide


def test_guide_files(tmp_path):
    counts = write_guide(tmp_path)
    names = {p.stem for p in (tmp_path / "favorites").glob("*.cypher")}
    assert counts["favorites"] == len(names)
    assert {"returnees", "brain_drain", "recruit_nearby", "policy_timeline", "boomerang_careers"} <= names
    assert not names & INTERNAL and "merge_people" not in names and "clear_graph" not in names
    guide = (tmp_path / "guide.html").read_text()
    for name in names:
        query = queries.load(name)
        favourite = (tmp_path / "favorites" / f"{name}.cypher").read_text()
        assert favourite.startswith(f"// {name}: ")
        assert favourite.rstrip().endswith(query.text)  # the query itself, unchanged
        assert {line.split()[1] for line in favourite.splitlines() if line.startswith(":param")} == {
            p.name for p in query.params
        }
        body = json.loads((tmp_path / "arcadedb" / f"{name}.json").read_text())
        assert body["command"] == query.text and set(body["params"]) == {p.name for p in query.params}
        query.bind(body["params"])  # the example values have the declared types
        assert f"<h3>{name}</h3>" in guide


def test_example_values_follow_the_header():
    boomerang = queries.load("boomerang_careers")
    assert example_value(boomerang.param("org_id")) == "ror:03cve4549"
    assert example_value(boomerang.param("limit")) == 25
    assert example_value(queries.load("brain_drain").param("any_spell")) is None  # optional


def test_cypher_literals():
    assert cypher_literal("it's") == "'it\\'s'"
    assert cypher_literal([1, None, True]) == "[1, null, true]"
    assert cypher_literal({"a": "x"}) == "{`a`: 'x'}"
