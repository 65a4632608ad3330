"""Two articles about two people who share a common name load as two Person nodes, and stay two."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import queries
from extractors.articles import read_articles
from kg.documents import ingest_articles
from kg.rejects import RejectLog
from kg.merge import plan_merges

ALIBABA_WANG = "person:wang-wei--alibaba-group"
TORONTO_WANG = "person:wang-wei--university-of-toronto"
ARTICLES = {
    "w1.txt": "Wang Wei joined Alibaba in 2019.\n",
    "w2.txt": "Wang Wei, a professor at the University of Toronto, received his PhD from Stanford University "
              "in 2001.\n",
}


def _ingest(store, tmp_path: Path):
    folder = tmp_path / "ww"
    folder.mkdir(exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    with RejectLog(tmp_path / "rejects.jsonl") as log:
        return ingest_articles(store, read_articles([folder]), rejects=log, progress=False)


def _career(store, person_id: str) -> set[tuple[str, str, int | None]]:
    return {(r["relation"], r["organization"], r["start"] or r["end"])
            for r in queries.run(store, "person_career", person_id=person_id) if r["relation"]}


@pytest.mark.slow
def test_a_common_name_in_two_articles_is_two_people(store, tmp_path):
    summary = _ingest(store, tmp_path)
    assert summary.loaded == 2 and summary.created_by_label["Person"] == 2
    assert _career(store, ALIBABA_WANG) == {("WORKS_AT", "Alibaba Group", 2019)}
    assert _career(store, TORONTO_WANG) == {("WORKS_AT", "University of Toronto", None),
                                            ("STUDIED_AT", "Stanford University", 2001)}
    assert queries.run(store, "person_career", person_id="person:wang-wei") == []
    planned, _, _ = plan_merges(store)
    assert planned == []  # `kg resolve` has no evidence that they are one person: a shared name is not enough


@pytest.mark.slow
def test_ingesting_the_same_articles_again_changes_nothing(store, tmp_path):
    _ingest(store, tmp_path)
    before = queries.run(store, "count_graph")[0]
    again = _ingest(store, tmp_path)
    assert queries.run(store, "count_graph")[0] == before
    assert again.counters["nodes_created"] == 0 and again.counters["relationships_created"] == 0
