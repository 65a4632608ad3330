"""The issue-6 questions on a small fictional corpus with known answers (tests/fixtures/questions/)."""

from __future__ import annotations

import pytest

from extractors.papers import read_papers
from kg import queries
from kg.loader import load_papers
from kg.rejects import RejectLog

ANN, BOB, CAI, DEE, EVE = (f"openalex:A100000000{i}" for i in range(1, 6))
ALPHA, BETA, GAMMA, DELTA = "org:alpha-university", "org:beta-university", "org:gamma-corp", "org:delta-university"
POLICY = {"id": "policy:fixture-return", "name": "Fixture Return Plan", "country": "CN", "year": 2016,
          "kind": "talent_program"}


@pytest.fixture(scope="module")
def graph(graph_server, fixtures, tmp_path_factory):
    """The fixture corpus, loaded once for this module (the tests only read)."""
    queries.run(graph_server, "clear_graph")
    rejects = tmp_path_factory.mktemp("rejects") / "rejects.jsonl"
    with RejectLog(rejects) as log:
        summary = load_papers(graph_server, read_papers(fixtures / "questions" / "question_corpus.jsonl"), rejects=log,
                              progress=False)
    assert summary.rejected == 0
    queries.run(graph_server, "merge_policies", rows=[POLICY])
    return graph_server


def ask(graph, name, **params):
    return queries.run(graph, name, **params)


def test_returnees_after_at_least_three_years(graph):
    rows = ask(graph, "returnees", country="CN", min_years=3, limit=10)
    assert [(r["person_id"], r["left_in"], r["returned_in"], r["years_abroad"], r["returned_to"]) for r in rows] == [
        (ANN, 2013, 2018, 5, "Alpha University")
    ]
    assert rows[0]["abroad_countries"] == ["US"] and rows[0]["abroad_orgs"] == ["Gamma Corp"]


def test_returnees_after_two_years_include_the_short_stay(graph):
    rows = ask(graph, "returnees", country="CN", min_years=2, limit=10)
    assert [(r["person_id"], r["left_in"], r["returned_in"], r["years_abroad"]) for r in rows] == [
        (ANN, 2013, 2018, 5), (BOB, 2012, 2014, 2)
    ]


def test_boomerang_careers(graph):
    rows = ask(graph, "boomerang_careers", org_id=ALPHA, abroad="US", limit=10)
    assert [(r["person_id"], r["left_in"], r["abroad_org"], r["returned_to"], r["returned_in"]) for r in rows] == [
        (ANN, 2012, "Gamma Corp", "Alpha University", 2018)
    ]


def test_country_flows(graph):
    rows = ask(graph, "country_flows", from_country=None, to_country=None, since=None, until=None)
    assert [(r["from_country"], r["to_country"], r["year"], r["people"]) for r in rows] == [
        ("CN", "US", 2012, 1), ("CN", "US", 2013, 2), ("US", "CN", 2014, 1), ("GB", "US", 2015, 1),
        ("US", "CN", 2018, 1),
    ]


def test_brain_drain_from_an_organisation(graph):
    rows = ask(graph, "brain_drain", org_id=ALPHA, country=None, any_spell=None, limit=10)
    assert [(r["org_id"], r["abroad"], r["people"], r["person_ids"]) for r in rows] == [
        (ALPHA, False, 1, [ANN]), (DELTA, True, 1, [CAI])
    ]


def test_brain_drain_from_a_country(graph):
    rows = ask(graph, "brain_drain", org_id=None, country="CN", any_spell=None, limit=10)
    assert {(r["org_id"], r["abroad"], r["people"]) for r in rows} == {
        (ALPHA, False, 1), (BETA, False, 1), (DELTA, True, 1)
    }


def test_brain_drain_counting_workers_too(graph):
    rows = ask(graph, "brain_drain", org_id=GAMMA, country=None, any_spell=True, limit=10)
    # Everyone who worked at Gamma Corp: Ann went back to Alpha; Dee and Eve are still there.
    assert [(r["org_id"], r["people"], sorted(r["person_ids"])) for r in rows] == [
        (GAMMA, 2, [DEE, EVE]), (ALPHA, 1, [ANN])
    ]


def test_lab_concentration_top_per_year(graph):
    rows = ask(graph, "lab_concentration", country="US", kind=None, since=2015, until=2017, per_year=1)
    assert [(r["year"], r["org_id"], r["researchers"]) for r in rows] == [
        (2015, GAMMA, 2), (2016, GAMMA, 3), (2017, GAMMA, 3)
    ]


def test_lab_concentration_by_kind(graph):
    rows = ask(graph, "lab_concentration", country="US", kind="University", since=2012, until=2014, per_year=5)
    assert [(r["year"], r["org_id"], r["researchers"], r["kind"]) for r in rows] == [
        (2012, DELTA, 1, "University"), (2013, DELTA, 2, "University"), (2014, DELTA, 1, "University")
    ]
    lab = ask(graph, "lab_concentration", country=None, kind="facility", since=None, until=None, per_year=5)
    assert {(r["year"], r["org_id"], r["researchers"]) for r in lab} == {
        (year, "org:epsilon-lab", 1) for year in (2012, 2013, 2014)
    }


def test_coauthor_network(graph):
    rows = ask(graph, "coauthor_network", person_id=ANN, depth=3, limit=10)
    assert [(r["person_id"], r["hops"], r["papers_with_ego"], r["via"]) for r in rows] == [
        (BOB, 1, 1, None), (DEE, 1, 1, None), (EVE, 2, 0, "Dee Dogwood"), (CAI, 3, 0, "Dee Dogwood")
    ]


@pytest.mark.parametrize("depth, expected", [
    (1, [(BOB, 1, 1, None), (DEE, 1, 1, None)]),
    (2, [(BOB, 1, 1, None), (DEE, 1, 1, None), (EVE, 2, 0, "Dee Dogwood")]),
    (3, [(BOB, 1, 1, None), (DEE, 1, 1, None), (EVE, 2, 0, "Dee Dogwood"), (CAI, 3, 0, "Dee Dogwood")]),
])
def test_person_coauthors_agrees_with_coauthor_network(graph, depth, expected):
    (row,) = ask(graph, "person_coauthors", person_id=ANN, depth=depth, limit=10)
    rows = row["coauthors"]
    assert [(r["person_id"], r["hops"], r["papers_with_ego"], r["via"]) for r in rows] == expected


def test_person_coauthors_pages_are_prefixes_of_the_full_list(graph):
    def coauthors(limit):
        (row,) = ask(graph, "person_coauthors", person_id=ANN, depth=3, limit=limit)
        return [r["person_id"] for r in row["coauthors"]]

    full = coauthors(10)
    for limit in (1, 2, 3):  # the first hop alone fills limits 1 and 2: deeper hops are skipped
        assert coauthors(limit) == full[:limit]
    assert ask(graph, "person_coauthors", person_id="openalex:A0", depth=2, limit=10) == []  # unknown person
    assert ask(graph, "person_coauthors", person_id=ANN, depth=3, limit=0) == [{"person_id": ANN, "coauthors": []}]


def test_collaboration_path(graph):
    rows = ask(graph, "collaboration_path", from_id=BOB, to_id=CAI)
    assert rows[0]["hops"] == 4
    assert rows[0]["ids"] == [BOB, ANN, DEE, EVE, CAI]


def test_people_search(graph):
    assert [r["person_id"] for r in ask(graph, "people_search", q="ann", skip=None, limit=10)] == [ANN]
    assert [r["person_id"] for r in ask(graph, "people_search", q="alder ANN", skip=None, limit=10)] == [ANN]
    # "A. Alder" is only an alias, from the 2014 byline.
    assert [r["person_id"] for r in ask(graph, "people_search", q="a. alder", skip=None, limit=10)] == [ANN]
    everyone = ask(graph, "people_search", q="", skip=None, limit=10)
    assert len(everyone) == 5 and everyone[0]["person_id"] == ANN  # most papers first among equal scores
    assert [r["person_id"] for r in ask(graph, "people_search", q="", skip=1, limit=2)] == [
        r["person_id"] for r in everyone[1:3]
    ]
    assert ask(graph, "people_search", q="zzz", skip=None, limit=10) == []


def test_people_search_forgives_a_typo_only_when_nothing_matches(graph):
    (near,) = ask(graph, "people_search", q="dee dogwod", skip=None, limit=10)
    assert near["person_id"] == DEE and -1 < near["score"] < 0
    assert [r["score"] for r in ask(graph, "people_search", q="dee dogwood", skip=None, limit=10)] == [3]
    assert ask(graph, "people_search", q="qqq dogwxyz", skip=None, limit=10) == []  # too far from anyone


def test_person_career(graph):
    rows = ask(graph, "person_career", person_id=ANN)
    assert [(r["relation"], r["org_id"], r["start"], r["end"], r["degree"]) for r in rows] == [
        ("STUDIED_AT", ALPHA, 2010, 2012, "PhD"), ("WORKS_AT", GAMMA, 2013, 2017, None),
        ("WORKS_AT", ALPHA, 2018, 2019, None),
    ]
    assert sorted(rows[0]["sources"]) == ["paper:q-ann-2010", "paper:q-ann-2011", "paper:q-ann-2012"]
    assert sorted(p["year"] for p in rows[0]["source_papers"]) == [2010, 2011, 2012]
    assert all(r["method"] == "affiliation" and r["evidence"] == [] for r in rows)


def test_person_career_of_unknown_person_is_empty(graph):
    assert ask(graph, "person_career", person_id="openalex:A0") == []


def test_person_get(graph):
    (row,) = ask(graph, "person_get", person_id=ANN)
    assert row["name"] == "Ann Alder" and sorted(row["aliases"]) == ["A. Alder", "Ann Alder"]
    assert (row["papers"], row["coauthors"], row["openalex"]) == (10, 2, "A1000000001")


def test_org_profile(graph):
    (row,) = ask(graph, "org_profile", org_id=ALPHA)
    assert (row["name"], row["country"], row["kind"], row["people"]) == ("Alpha University", "CN", "University", 2)
    assert row["by_year"] == [
        {"year": 2010, "joined": 1, "left": 0}, {"year": 2011, "joined": 1, "left": 0},
        {"year": 2013, "joined": 0, "left": 2}, {"year": 2018, "joined": 1, "left": 0},
    ]
    assert row["funders"] == [
        {"funder_id": "funder:alpha-science-fund", "funder": "Alpha Science Fund", "papers": 2},
        {"funder_id": "funder:beta-research-council", "funder": "Beta Research Council", "papers": 1},
    ]


def test_funders_of(graph):
    rows = ask(graph, "funders_of", org_id=ALPHA, limit=10)
    assert [(r["funder_id"], r["papers"], r["people"], sorted(r["awards"])) for r in rows] == [
        ("funder:alpha-science-fund", 2, 1, ["A-1", "A-2"]), ("funder:beta-research-council", 1, 1, ["B-1"])
    ]
    assert ask(graph, "funders_of", org_id=GAMMA, limit=10) == []


def test_policy_timeline(graph):
    rows = ask(graph, "policy_timeline", policy_id=POLICY["id"], window=3)
    assert [(r["year"], r["relative_year"], r["period"], r["moved_in"], r["moved_out"], r["net"]) for r in rows] == [
        (2013, -3, "before", 0, 2, -2), (2014, -2, "before", 1, 0, 1), (2018, 2, "after", 1, 0, 1)
    ]
    wide = ask(graph, "policy_timeline", policy_id=POLICY["id"], window=None)  # 5 years either side
    assert [(r["year"], r["moved_in"], r["moved_out"]) for r in wide] == [
        (2012, 0, 1), (2013, 0, 2), (2014, 1, 0), (2018, 1, 0)
    ]


def test_recruit_nearby(graph):
    rows = ask(graph, "recruit_nearby", person_id=ANN, depth=2, country="US", kind="Company", limit=10)
    assert [(r["person_id"], r["hops"], r["org_id"]) for r in rows] == [(DEE, 1, GAMMA), (EVE, 2, GAMMA)]
    far = ask(graph, "recruit_nearby", person_id=ANN, depth=3, country="US", kind="university", limit=10)
    assert [(r["person_id"], r["hops"], r["org_id"], r["since"]) for r in far] == [(CAI, 3, DELTA, 2013)]
    home = ask(graph, "recruit_nearby", person_id=ANN, depth=1, country="CN", kind=None, limit=10)
    assert [(r["person_id"], r["org_id"]) for r in home] == [(BOB, BETA)]


def test_org_search(graph):
    rows = ask(graph, "org_search", q="university", country=None, skip=None, limit=10)
    assert {r["org_id"] for r in rows} == {ALPHA, BETA, DELTA}
    assert [r["org_id"] for r in ask(graph, "org_search", q="univ", country="US", skip=None, limit=10)] == [DELTA]
    assert [r["org_id"] for r in ask(graph, "org_search", q="gamma corp", country=None, skip=None, limit=10)] == [GAMMA]


def test_graph_summary_and_sample(graph):
    (row,) = ask(graph, "graph_summary")
    assert (row["people"], row["organizations"], row["papers"], row["funders"]) == (5, 5, 32, 2)
    sample = ask(graph, "sample_people", skip=0, limit=10)
    assert {r["person_id"] for r in sample} == {ANN, BOB, CAI, DEE, EVE}
