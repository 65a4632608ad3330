"""Person de-duplication in a real graph: two paper sources and an article about the same people,
`kg resolve` merges them (sources kept), and undo restores the graph exactly."""

from __future__ import annotations

import json

import pytest

from kg import queries
from kg.documents import load_documents
from kg.errors import MergeConflict, NotFound
from kg.loader import load_papers
from kg.merge import resolve_people, undo_merge
from kg.model import Document, Paper
from kg.rejects import RejectLog

from tests.conftest import FIXTURES

pytestmark = pytest.mark.graph

KAIMING = "orcid:0000-0001-0000-0001"
JIAN_SUN = "openalex:A100"
OTHER_JIAN_SUN = "person:jian-sun--xi-an-jiaotong-university"


def _load(store, tmp_path, *, moved: dict[str, int] | None = None) -> None:
    data = json.loads((FIXTURES / "people" / "overlap.json").read_text(encoding="utf-8"))
    for paper in data["papers"]:
        paper["year"] = (moved or {}).get(paper["id"], paper["year"])
    with RejectLog(tmp_path / "rejects.jsonl") as log:
        load_papers(store, [Paper(**p) for p in data["papers"]], rejects=log, progress=False)
        load_documents(store, [Document(**d) for d in data["documents"]], rejects=log, progress=False)


def _people(store) -> dict[str, dict]:
    """Every person with its properties and its relationships (sorted), for exact comparison."""
    ids = sorted({row["id"] for row in queries.run(store, "person_resolution_rows")})
    state = {}
    for pid in ids:
        props = queries.run(store, "person_properties", id=pid)[0]["props"]
        rels = sorted(json.dumps(r, sort_keys=True, default=str) for r in queries.run(store, "person_snapshot", id=pid))
        state[pid] = {"props": dict(props), "rels": rels}
    return state


def _rels_of(store, pid: str, rel_type: str) -> list[dict]:
    return [r for r in queries.run(store, "person_snapshot", id=pid) if r["type"] == rel_type]


def test_resolve_merges_sources_and_undo_restores(store, tmp_path):
    _load(store, tmp_path)
    before = _people(store)
    counts_before = queries.run(store, "count_graph")[0]
    assert len(before) == 9

    summary = resolve_people(store)

    merged = {(m["kept"], m["merged"]) for m in summary.merges}
    assert merged == {
        (KAIMING, "person:kaiming-he--facebook-ai-research"),
        (KAIMING, "person:he-kaiming--microsoft-research-asia"),
        (KAIMING, "person:kaiming-he"),
        (JIAN_SUN, "person:jian-sun--microsoft-research-asia"),
    }
    after = _people(store)
    assert len(after) == 5 and OTHER_JIAN_SUN in after  # the other Jian Sun shares nothing: kept apart
    kaiming = after[KAIMING]["props"]
    assert {"Kaiming He", "He Kaiming"} <= set(kaiming["aliases"])
    assert len(kaiming["merged_from"]) == 3
    # both paper sources and the article now hang off one person
    authored = _rels_of(store, KAIMING, "AUTHORED")
    assert len(authored) == 4
    assert {r["props"]["method"] for r in authored} == {"openalex", "papercopilot"}
    assert [r["other"] for r in _rels_of(store, KAIMING, "MENTIONS")] == ["doc:kaiming-he-profile"]
    # co-authorship from the two sources is one relationship counting both papers
    with_sun = [r for r in _rels_of(store, KAIMING, "CO_AUTHORED") if r["other"] == JIAN_SUN]
    assert len(with_sun) == 1 and with_sun[0]["props"]["papers"] == 2
    with_ross = [r for r in _rels_of(store, KAIMING, "CO_AUTHORED") if r["other"].startswith("person:ross-girshick")]
    assert len(with_ross) == 1 and with_ross[0]["props"]["papers"] == 2
    assert queries.run(store, "check_duplicate_coauthors", limit=10) == []

    # undo must go newest first for one kept person; the oldest one is refused while later ones stand
    by_kept = [m for m in summary.merges if m["kept"] == KAIMING]
    with pytest.raises(MergeConflict):
        undo_merge(store, by_kept[0]["id"])
    for merge in reversed(summary.merges):
        undo_merge(store, merge["id"])
    assert _people(store) == before
    counts = queries.run(store, "count_graph")[0]
    assert counts["relationships"] == counts_before["relationships"]
    assert counts["nodes"] == counts_before["nodes"] + len(summary.merges)  # the Merge records stay, marked undone
    with pytest.raises(MergeConflict):
        undo_merge(store, summary.merges[0]["id"])


def test_undo_of_an_unknown_merge_is_not_found(store):
    with pytest.raises(NotFound):
        undo_merge(store, "merge:does-not-exist")


def test_resolving_twice_changes_nothing_more(store, tmp_path):
    _load(store, tmp_path)
    resolve_people(store)
    state = _people(store)
    again = resolve_people(store)
    assert again.merges == [] and _people(store) == state


def _spells(store, pid: str) -> list[tuple]:
    return sorted((r["other"], r["props"]["start"], r["props"]["end"]) for r in _rels_of(store, pid, "WORKS_AT")
                  if r["props"]["method"] == "affiliation")


def test_merged_bylines_make_one_career(store, tmp_path):
    # He Kaiming at MSRA in 2015 (one record) and Kaiming He there in 2016 (another): one spell once merged.
    _load(store, tmp_path, moved={"paper:eccv-2014-sppnet": 2015})
    msra = "org:microsoft-research-asia"
    assert (msra, 2015, 2015) in _spells(store, "person:he-kaiming--microsoft-research-asia")
    assert (msra, 2016, 2016) in _spells(store, KAIMING)
    before = {pid: _spells(store, pid) for pid in (KAIMING, "person:he-kaiming--microsoft-research-asia")}

    summary = resolve_people(store)

    assert [s for s in _spells(store, KAIMING) if s[0] == msra] == [(msra, 2015, 2016)]
    assert queries.run(store, "check_overlapping_spells", limit=10) == []
    for merge in reversed(summary.merges):
        undo_merge(store, merge["id"])
    assert {pid: _spells(store, pid) for pid in before} == before
