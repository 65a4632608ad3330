"""Articles into a real graph: documents, mentions, facts with provenance, idempotence, a second source."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.articles import Article
from extractors.pipeline import extract_documents
from kg import queries
from kg.documents import load_documents
from kg.rejects import RejectLog

TSINGHUA, GOOGLE = "ror:03cve4549", "ror:00njsd438"
MEI = "person:mei-lanqiu--tsinghua-university"  # both articles place her at Tsinghua first
ONE = ("Mei Lanqiu studied at Tsinghua University before joining Google in 2015. "
       "She turned down an offer from Meta in 2019.")
TWO = "Tsinghua graduate Mei Lanqiu joined Google in 2015 as a research scientist."


def _articles(*texts: str):
    return [Article(f"a{i}.txt", None, f"article {i}", None, None, text) for i, text in enumerate(texts)]


def _load(store, tmp_path: Path, *texts: str):
    with RejectLog(tmp_path / "rejects.jsonl") as log:
        return load_documents(store, extract_documents(_articles(*texts)), rejects=log, progress=False)


def _facts(store, person: str):
    return queries.run(store, "person_text_facts", person_id=person)


@pytest.mark.slow
def test_articles_load_with_provenance_and_no_negated_facts(store, tmp_path):
    summary = _load(store, tmp_path, ONE)
    assert summary.loaded == 1 and summary.created_by_label["Document"] == 1
    facts = {(f["type"], f["org"]) for f in _facts(store, MEI)}
    assert ("WORKS_AT", GOOGLE) in facts
    assert ("STUDIED_AT", TSINGHUA) in facts
    assert not any(org == "ror:01zbnvs85" for _, org in facts)  # declined Meta: no fact
    google = next(f for f in _facts(store, MEI) if f["org"] == GOOGLE)
    assert google["start"] == 2015 and google["method"] == "text"
    assert len(google["sources"]) == 1 and "joining Google" in google["evidence"][0]


@pytest.mark.slow
def test_same_article_twice_changes_nothing_and_a_second_article_adds_a_source(store, tmp_path):
    first = _load(store, tmp_path, ONE)
    before = queries.run(store, "count_graph")[0]
    again = _load(store, tmp_path, ONE)
    assert queries.run(store, "count_graph")[0] == before
    assert again.counters["nodes_created"] == 0 and again.counters["relationships_created"] == 0
    by_type = {row["type"]: row["count"] for row in queries.run(store, "count_relationships")}
    assert first.relationships_updated == 0
    assert again.relationships_updated == sum(
        n for t, n in by_type.items() if t not in ("LOCATED_IN", "APPLIES_TO")) > 0
    _load(store, tmp_path, TWO)
    google = [f for f in _facts(store, MEI) if f["org"] == GOOGLE and f["type"] == "WORKS_AT"]
    assert len(google) == 1
    assert len(google[0]["sources"]) == 2 and len(google[0]["evidence"]) == 2
