"""The HTTP API end to end: example corpus -> embedded graph -> uvicorn -> HTTP (facts from examples/EXPECTED.md)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg.settings import Settings

MEI, ZHOU, SHEN = "orcid:0000-0000-0000-1012", "orcid:0000-0000-0000-1020", "orcid:0000-0000-0000-1039"
WHITCOMBE, SONG, KOFI = "orcid:0000-0000-0000-1047", "orcid:0000-0000-0000-1055", "orcid:0000-0000-0000-1100"
FAIRBROOK = "openalex:A9000000006"
TSINGHUA = "ror:03cve4549"
PROBLEM = "application/problem+json"


def test_health_reports_backend_and_counts(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["backend"] == "arcadedb"
    assert body["counts"]["people"] == 13 and body["counts"]["papers"] == 41 and body["counts"]["funders"] == 5


def test_people_search_and_pages(client):
    found = client.get("/people", params={"q": "mei lan"}).json()
    assert [p["id"] for p in found["items"]] == [MEI] and found["next_cursor"] is None
    first = client.get("/people", params={"limit": 5}).json()
    assert len(first["items"]) == 5 and first["next_cursor"]
    seen = [p["id"] for p in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = client.get("/people", params={"limit": 5, "cursor": cursor}).json()
        seen += [p["id"] for p in page["items"]]
        cursor = page["next_cursor"]
    assert len(seen) == 13 and len(set(seen)) == 13


def test_person_record(client):
    body = client.get(f"/people/{MEI}").json()
    assert body["name"] == "Mei Lanqiu" and body["orcid"] == "0000-0000-0000-1012" and body["papers"] == 12


def test_career_is_ordered_with_sources(client):
    body = client.get(f"/people/{MEI}/career").json()
    assert body["person"] == {"id": MEI, "name": "Mei Lanqiu"}
    spells = [(s["organization"], s["start"], s["end"]) for s in body["spells"]]
    assert spells == [("Tsinghua University", 2011, 2014), ("Google (United States)", 2015, 2019),
                      ("Tsinghua University", 2020, 2022)]
    google = body["spells"][1]
    assert google["relation"] == "WORKS_AT" and len(google["sources"]) == 5
    assert [p["year"] for p in google["papers"]] == [2015, 2016, 2017, 2018, 2019]


def test_ids_with_slashes_and_unknown_people(client):
    response = client.get("/people/" + quote("doi:10.5555/not-a-person", safe=":/") + "/career")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["detail"] == "person not found: doi:10.5555/not-a-person"


def test_coauthors_by_depth(client):
    one = client.get(f"/people/{SONG}/coauthors", params={"depth": 1}).json()
    assert MEI in [c["id"] for c in one["items"]] and all(c["hops"] == 1 for c in one["items"])
    three = client.get(f"/people/{SONG}/coauthors", params={"depth": 3, "limit": 100}).json()
    hops = {c["id"]: c["hops"] for c in three["items"]}
    assert hops[FAIRBROOK] == 2 and hops[WHITCOMBE] == 3
    assert SHEN not in hops  # Shen's group is not connected
    assert client.get(f"/people/{SONG}/coauthors", params={"depth": 4}).status_code == 422


def test_coauthor_pages_cover_the_list(client):
    full = client.get(f"/people/{MEI}/coauthors", params={"depth": 3, "limit": 100}).json()["items"]
    paged, cursor = [], None
    while True:
        params = {"depth": 3, "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get(f"/people/{MEI}/coauthors", params=params).json()
        paged += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert paged == full


def test_collaboration_path(client):
    body = client.get("/paths", params={"from": SONG, "to": WHITCOMBE}).json()
    assert body["connected"] and body["hops"] == 3
    assert [p["id"] for p in body["people"]] == [SONG, MEI, FAIRBROOK, WHITCOMBE]
    assert client.get("/paths", params={"from": KOFI, "to": SONG}).json()["hops"] == 4
    apart = client.get("/paths", params={"from": SHEN, "to": MEI}).json()
    assert apart == {"connected": False, "hops": None, "people": [], "papers": []}
    assert client.get("/paths", params={"from": "orcid:nobody", "to": MEI}).status_code == 404


def test_orgs(client):
    found = client.get("/orgs", params={"q": "tsinghua"}).json()["items"]
    assert [o["id"] for o in found] == [TSINGHUA]
    profile = client.get(f"/orgs/{TSINGHUA}").json()
    assert profile["name"] == "Tsinghua University" and profile["country"] == "CN"
    assert {"year": 2015, "joined": 0, "left": 1} in profile["by_year"]  # Mei Lanqiu left for Google
    assert [f["id"] for f in profile["funders"]] == ["ror:01h0zpd94"]
    assert client.get("/orgs/ror:000000000").status_code == 404


def test_flows(client):
    body = client.get("/flows", params={"from": "cn", "to": "US"}).json()
    assert {(f["year"], f["people"]) for f in body["items"]} >= {(2015, 2)}  # Mei and Zhou (and Shen in 2016)
    assert all(f["from_country"] == "CN" and f["to_country"] == "US" for f in body["items"])
    assert client.get("/flows", params={"from": "CHN"}).status_code == 422


def test_questions_list_only_read_queries(client):
    names = {q["name"]: q for q in client.get("/questions").json()}
    for name in ("boomerang_careers", "returnees", "country_flows", "brain_drain", "lab_concentration",
                 "coauthor_network", "collaboration_path", "people_search", "person_career", "org_profile",
                 "funders_of", "policy_timeline", "recruit_nearby"):
        assert name in names
    assert "merge_people" not in names and "clear_graph" not in names
    assert {p["name"]: p["optional"] for p in names["brain_drain"]["params"]}["org_id"] is True


def test_ask_a_question(client):
    response = client.post("/questions/boomerang_careers", json={"org_id": TSINGHUA, "abroad": "US", "limit": "10"})
    assert response.status_code == 200
    body = response.json()
    assert body["columns"][0] == "person_id" and [r["person"] for r in body["rows"]] == ["Mei Lanqiu"]
    flows = client.post("/questions/returnees", json={"country": "CN", "min_years": 3, "limit": 10}).json()
    assert {r["person"] for r in flows["rows"]} == {"Mei Lanqiu", "Zhou Tiancheng"}


@pytest.mark.parametrize("name, params, status", [
    ("boomerang_careers", {"org_id": TSINGHUA}, 422),  # missing parameters
    ("boomerang_careers", {"org_id": TSINGHUA, "abroad": "US", "limit": "ten"}, 422),
    ("boomerang_careers", {"org_id": TSINGHUA, "abroad": "US", "limit": 10, "extra": 1}, 422),
    ("people_search", {"q": "x", "limit": 2**70}, 422),
    ("clear_graph", {}, 404),  # a write query is not a question
    ("merge_people", {"rows": []}, 404),
    ("no_such_question", {}, 404),
])
def test_bad_questions_are_problems(client, name, params, status):
    response = client.post(f"/questions/{name}", json=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and "MATCH" not in body["detail"]


def test_write_query_did_not_run(client):
    client.post("/questions/clear_graph", json={})
    assert client.get("/health").json()["counts"]["people"] == 13


def test_graph_down_at_startup_gives_503():
    settings = Settings(graph_url="bolt://127.0.0.1:9", graph_password="x")
    with TestClient(create_app(settings)) as http:
        response = http.get("/health")
        assert response.status_code == 503
        assert response.headers["content-type"].startswith(PROBLEM)
        assert "bolt://" not in response.text and "password" not in response.text
        assert http.get(f"/people/{MEI}/career").status_code == 503
        assert http.get("/questions").status_code == 200  # the catalogue needs no graph


def test_openapi_is_served(client):
    spec = client.get("/openapi.json").json()
    assert "/people/{person_id}/career" in spec["paths"] and "/ingest/papers" in spec["paths"]
    assert client.get("/docs").status_code == 200
