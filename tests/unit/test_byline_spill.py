"""`BylineSpill` keeps what the graph would hold: the last byline read for a person on a paper, and the
paper's last given year."""

from __future__ import annotations

from kg.byline_spill import BylineSpill


def _byline(person: str, paper: str, org: str | None) -> dict:
    return {"person": person, "paper": paper, "affiliations": [org] if org else [], "degrees": []}


def test_the_last_byline_read_wins_and_people_come_back_in_id_order():
    with BylineSpill() as spill:
        spill.add([{"id": "p1", "year": 2019}, {"id": "p2", "year": None}],
                  [_byline("b", "p1", "ror:a"), _byline("a", "p1", "ror:a"), _byline("a", "p2", "ror:a")])
        # a second record of p1 names another organisation for a, and p2 gets its year
        spill.add([{"id": "p2", "year": 2021}, {"id": "p1", "year": None}, {"id": "p3", "year": None}],
                  [_byline("a", "p1", "ror:b"), _byline("c", "p3", "ror:c")])
        assert spill.people() == 3
        assert spill.undated() == {"c"}  # p3 was given no year in this load
        got = {person: [(b["paper"], b["year"], b["affiliations"]) for b in bylines]
               for person, bylines in spill.bylines()}
    assert list(got) == ["a", "b"]
    assert got["a"] == [("p1", 2019, ["ror:b"]), ("p2", 2021, ["ror:a"])]
    assert got["b"] == [("p1", 2019, ["ror:a"])]
