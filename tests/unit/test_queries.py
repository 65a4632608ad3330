"""Named-query files: headers parse, declared and used parameters agree, binding checks callers."""

from __future__ import annotations

import pytest

from kg import queries
from kg.errors import NotFound, QueryParamError

GOOD = """// people_at: who works at an organisation.
// mode: read
// params:
//   $org_id  STRING   the organisation
//   $limit   INTEGER  maximum rows
// returns: person
MATCH (p:Person)-[:WORKS_AT]->(:Organization {id: $org_id})
RETURN p.name AS person LIMIT $limit
"""


def test_header_is_parsed():
    query = queries.parse("people_at", GOOD)
    assert query.purpose == "who works at an organisation."
    assert query.mode == "read"
    assert [(p.name, p.type) for p in query.params] == [("org_id", "STRING"), ("limit", "INTEGER")]
    assert query.returns == ("person",)
    assert query.text.startswith("MATCH")


def test_a_purpose_written_over_several_lines_is_read_whole():
    source = GOOD.replace("// people_at: who works at an organisation.",
                          "// people_at: who works at an organisation,\n// newest first.")
    assert queries.parse("people_at", source).purpose == "who works at an organisation, newest first."
    people_search = queries.load("people_search").purpose
    assert people_search.endswith('letter triples (typos: "yoshua bengo").')
    assert not queries.load("people_search").purpose.count("score:")  # lines after the header keys are notes


def test_body_using_an_undeclared_param_is_rejected():
    source = GOOD.replace("LIMIT $limit", "LIMIT $limit SKIP $skip")
    with pytest.raises(QueryParamError, match="skip"):
        queries.parse("people_at", source)


def test_declared_but_unused_param_is_rejected():
    source = GOOD.replace("LIMIT $limit", "LIMIT 5")
    with pytest.raises(QueryParamError, match="limit"):
        queries.parse("people_at", source)


def test_dollar_inside_a_string_literal_is_not_a_param():
    source = GOOD.replace("RETURN p.name", "RETURN '$notaparam' + p.name")
    assert {p.name for p in queries.parse("people_at", source).params} == {"org_id", "limit"}


def test_missing_mode_is_rejected():
    with pytest.raises(QueryParamError, match="mode"):
        queries.parse("x", GOOD.replace("// mode: read\n", ""))


def test_bind_reports_missing_and_extra():
    query = queries.parse("people_at", GOOD)
    with pytest.raises(QueryParamError) as info:
        query.bind({"org_id": "ror:1", "bogus": 1})
    assert "missing $limit" in str(info.value) and "unexpected $bogus" in str(info.value)


def test_bind_checks_and_coerces_types():
    query = queries.parse("people_at", GOOD)
    assert query.bind({"org_id": "ror:1", "limit": "5"}, coerce=True) == {"org_id": "ror:1", "limit": 5}
    with pytest.raises(QueryParamError, match=r"\$limit"):
        query.bind({"org_id": "ror:1", "limit": "five"}, coerce=True)
    with pytest.raises(QueryParamError, match=r"\$limit"):
        query.bind({"org_id": "ror:1", "limit": "5"})


def test_every_shipped_query_parses_with_a_purpose_and_returns():
    names = queries.names()
    assert "count_graph" in names
    for query in queries.all_queries():
        assert query.purpose, query.name
        assert query.mode in ("read", "write")
        assert query.returns, f"{query.name} declares no returned columns"


def test_unknown_or_path_like_names_are_not_found():
    with pytest.raises(NotFound):
        queries.load("no_such_query")
    with pytest.raises(NotFound):
        queries.load("../pyproject")
    with pytest.raises(NotFound):  # a migration: `kg query schema/0001_constraints` said its header lacked a mode
        queries.load("schema/0001_constraints")
