"""Name search on a real graph: accents and scripts fold on both sides; organisations count people."""

from __future__ import annotations

from pathlib import Path

import orjson

from extractors.orglink import AffiliationLinker
from extractors.papers import read_papers
from kg import queries
from kg.loader import load_papers
from kg.rejects import RejectLog
from kg.search_text import folded_forms, folded_query

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "openalex_works.jsonl"
TSINGHUA = "ror:03cve4549"


def _load(store, path: Path, tmp_path: Path) -> None:
    with RejectLog(tmp_path / "rejects.jsonl") as log:
        load_papers(store, read_papers(path), rejects=log, link_org=AffiliationLinker(), progress=False)


def _people(store, q: str) -> list[str]:
    rows = queries.run(store, "people_search", q=q, folded=folded_query(q), limit=20)
    return [r["name"] for r in rows if r["score"] >= 0]


def _orgs(store, q: str) -> list[str]:
    return [r["org_id"] for r in queries.run(store, "org_search", q=q, folded=folded_query(q), limit=20)]


def test_org_search_counts_distinct_people_as_the_profile_does(store, tmp_path):
    _load(store, EXAMPLES, tmp_path)
    found = queries.run(store, "org_search", q="", limit=1000)
    assert any(r["org_id"] == TSINGHUA for r in found)
    for row in found:
        profile = queries.run(store, "org_profile", org_id=row["org_id"])[0]
        assert row["people"] == profile["people"], row["org_id"]


def test_people_search_folds_accents_and_scripts(store, tmp_path):
    papers = tmp_path / "names.jsonl"
    papers.write_bytes(orjson.dumps({
        "id": "paper:fold-1", "title": "Folding Names", "year": 2023,
        "authors": [{"name": "Ana Sofía Berrocal", "openalex": "A9999998001"},
                    {"name": "王伟", "openalex": "A9999998002"},
                    {"name": "Mei Lan", "openalex": "A9999998003"}],
    }) + b"\n")
    _load(store, papers, tmp_path)
    assert _people(store, "ana sofia") == ["Ana Sofía Berrocal"]
    assert _people(store, "Ana Sofía Berrocal") == ["Ana Sofía Berrocal"]
    assert _people(store, "wang") == ["王伟"]
    assert _people(store, "王") == ["王伟"]  # the raw form is matched too
    assert _people(store, "mei") == ["Mei Lan"]
    # Raw forms stay what clients are shown.
    rows = queries.run(store, "people_search", q="wang", folded=None, limit=5)
    assert rows[0]["aliases"] == ["王伟"]


def test_new_spelling_of_a_known_person_is_folded_too(store, tmp_path):
    for number, name in enumerate(("Ana Berrocal", "Ána Sofía Berrocal")):
        papers = tmp_path / f"p{number}.jsonl"
        papers.write_bytes(orjson.dumps({"id": f"paper:fold-{number}", "title": "T", "year": 2023,
                                         "authors": [{"name": name, "openalex": "A9999998001"}]}) + b"\n")
        _load(store, papers, tmp_path)
    assert _people(store, "ana sofia") == ["Ana Berrocal"]


def test_org_search_matches_chinese_aliases_raw_and_folded(store):
    aliases = ["Tsinghua University", "清华大学"]
    row = {"id": TSINGHUA, "name": "Tsinghua University", "ror": "03cve4549", "country": "CN", "countries": [],
           "type": "education", "kind": "University", "resolved": True, "aliases": aliases, "parents": [],
           "folded": folded_forms(aliases)}
    store.write(lambda tx: queries.write_in(tx, "merge_organizations", rows=[row]))
    assert _orgs(store, "清华") == [TSINGHUA]
    assert _orgs(store, "qinghua") == [TSINGHUA]
    assert _orgs(store, "tsinghua university") == [TSINGHUA]
    org = queries.run(store, "org_profile", org_id=TSINGHUA)[0]
    assert org["aliases"] == aliases


def test_org_search_folds_the_organisations_a_paper_load_writes(store, tmp_path):
    papers = tmp_path / "orgs.jsonl"
    papers.write_bytes(orjson.dumps({
        "id": "paper:fold-org", "title": "T", "year": 2023,
        "authors": [{"name": "Ana Example", "openalex": "A9999998101",
                     "affiliations": [{"name": "Institut Polytechnique de Montréal-Nord Étoile"}]}],
    }) + b"\n")
    _load(store, papers, tmp_path)
    found = _orgs(store, "polytechnique de montreal-nord etoile")
    assert len(found) == 1
    assert _orgs(store, "Montréal-Nord Étoile") == found  # the raw form as written
