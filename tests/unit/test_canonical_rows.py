"""A batch's rows pointed at the surviving person fold what each merged id brought (kg/identity.py)."""

from __future__ import annotations

from kg.identity import with_canonical_people


def person(pid: str, name: str, folded: list[str]) -> dict:
    return {"id": pid, "name": name, "names": [name], "orcid": None, "openalex": None, "openreview": None,
            "email_domains": [], "folded": folded}


def test_merged_ids_keep_every_spelling_and_its_folded_form():
    rows = {"people": [person("a", "Zoë Li", ["zoe li"]), person("b", "Åsa Berg", ["asa berg"])],
            "authored": [], "coauthors": []}
    (survivor,) = with_canonical_people(rows, {"b": "a"})["people"]
    assert survivor["id"] == "a"
    assert survivor["names"] == ["Zoë Li", "Åsa Berg"]
    assert survivor["folded"] == ["zoe li", "asa berg"]  # "asa berg" stays searchable
