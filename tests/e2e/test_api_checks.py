"""API answers found wrong by a user-level review: parameter ranges are 422, organisation search
counts people (as the profile does), and name search folds accents and scripts."""

from __future__ import annotations

import pytest

TSINGHUA = "ror:03cve4549"
PROBLEM = "application/problem+json"


@pytest.mark.parametrize(("name", "params", "detail"), [
    ("returnees", {"country": "CN", "min_years": 3, "limit": -1}, "must be from 0 to 2147483647"),
    ("returnees", {"country": "CN", "min_years": 3, "limit": "-1"}, "must be from 0 to 2147483647"),
    ("people_search", {"q": "wang", "limit": 4294967296}, "must be from 0 to 2147483647"),
    ("returnees", {"country": "CN", "min_years": 3, "limit": 99999999999999999999}, "64-bit"),
    ("coauthor_network", {"person_id": "orcid:0000-0000-0000-1012", "depth": 50, "limit": 5}, "from 1 to 3"),
    ("recruit_nearby", {"person_id": "orcid:0000-0000-0000-1012", "depth": 0, "limit": 5}, "from 1 to 3"),
])
def test_out_of_range_parameters_are_422(client, name, params, detail):
    response = client.post(f"/questions/{name}", json=params)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith(PROBLEM)
    assert detail in response.json()["detail"]


def test_in_range_depth_still_answers(client):
    response = client.post("/questions/coauthor_network",
                           json={"person_id": "orcid:0000-0000-0000-1012", "depth": 3, "limit": 5})
    assert response.status_code == 200 and response.json()["rows"]


def test_org_search_counts_the_people_the_profile_counts(client):
    found = {o["id"]: o for o in client.get("/orgs", params={"q": "tsinghua"}).json()["items"]}
    profile = client.get(f"/orgs/{TSINGHUA}").json()
    assert found[TSINGHUA]["people"] == profile["people"]


def test_people_search_with_a_folded_query_finds_the_same_people(client):
    plain = [p["id"] for p in client.get("/people", params={"q": "mei lan"}).json()["items"]]
    accented = [p["id"] for p in client.get("/people", params={"q": "Méi Lán"}).json()["items"]]
    assert plain and accented == plain
