"""What `kg query` and the API refuse before the graph sees it: write queries without --write,
integers out of range (64-bit, negative limits, documented ranges)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg import queries
from kg.cli import app
from kg.errors import QueryParamError

runner = CliRunner()


def _error_line(result) -> str:
    # kg.cli.main turns KGError into one line; CliRunner calls the Typer app directly, so the error
    # comes back as the exception.
    assert isinstance(result.exception, QueryParamError), result.output
    return str(result.exception)


@pytest.mark.parametrize("args", [["clear_graph"], ["delete_person", "-p", "id=person:x"]])
def test_write_query_is_refused_without_the_flag(args):
    result = runner.invoke(app, ["query", *args])
    message = _error_line(result)
    assert "--write" in message and "changes the graph" in message


def test_list_puts_read_queries_first_and_marks_write_ones():
    result = runner.invoke(app, ["query", "list", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()[1:]
    modes = [line.split(",")[1] for line in lines]
    first_write = modes.index("write (--write)")
    assert set(modes[:first_write]) == {"read"} and set(modes[first_write:]) == {"write (--write)"}
    assert any(line.startswith("clear_graph,write") for line in lines)


def test_clear_graph_header_names_a_command_that_exists():
    purpose = queries.load("clear_graph").purpose
    assert "kg db reset" not in purpose and "--write" in purpose


@pytest.mark.parametrize(("query", "params", "message"), [
    ("people_search", {"q": "x", "limit": "-1"}, "must be from 0 to 2147483647"),
    ("people_search", {"q": "x", "limit": "5", "skip": "-2"}, "must be from 0 to 2147483647"),
    # ArcadeDB keeps only the low 32 bits of a larger LIMIT: 4294967296 returned no rows
    ("people_search", {"q": "x", "limit": str(2**32)}, "must be from 0 to 2147483647"),
    ("people_search", {"q": "x", "limit": "99999999999999999999"}, "64-bit"),
    ("coauthor_network", {"person_id": "p", "depth": "50", "limit": "5"}, "from 1 to 3"),
    ("recruit_nearby", {"person_id": "p", "depth": "0", "limit": "5"}, "from 1 to 3"),
    ("returnees", {"country": "CN", "min_years": str(-(2**63) - 1), "limit": "5"}, "64-bit"),
])
def test_integers_out_of_range_are_refused(query, params, message):
    with pytest.raises(QueryParamError, match=message):
        queries.load(query).bind(params, coerce=True)


def test_integers_in_range_pass():
    bound = queries.load("coauthor_network").bind({"person_id": "p", "depth": "3", "limit": "0"}, coerce=True)
    assert bound["depth"] == 3 and bound["limit"] == 0
    assert queries.load("returnees").bind({"country": "CN", "min_years": -2, "limit": 2**31 - 1})["min_years"] == -2


def test_cli_reports_a_bad_integer_in_one_line_before_connecting():
    result = runner.invoke(app, ["query", "people_search", "-p", "q=x", "-p", "limit=99999999999999999999"])
    assert "does not fit in a 64-bit integer" in _error_line(result)


def test_range_in_a_header_is_parsed():
    source = ("// q: demo.\n// mode: read\n// params:\n//   $n  INTEGER  how many (2-5)\n"
              "//   $k  LIST<INTEGER>  keys (0-9)\n// returns: n\nRETURN $n AS n, $k AS k")
    query = queries.parse("q", source)
    assert query.param("n").bounds == (2, 5)
    with pytest.raises(QueryParamError, match="from 0 to 9"):
        query.bind({"n": 3, "k": [1, 10]})
    with pytest.raises(QueryParamError, match="LIST<INTEGER>"):
        query.bind({"n": 3, "k": [1, "2"]})
