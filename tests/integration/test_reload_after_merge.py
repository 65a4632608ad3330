"""Loading a source again after `kg resolve` adds to the merged people instead of re-creating them."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.articles import read_articles
from extractors.orglink import AffiliationLinker
from extractors.papers import read_papers
from extractors.pipeline import extract_documents
from kg import queries
from kg.documents import load_documents
from kg.loader import load_papers
from kg.merge import resolve_people
from kg.rejects import RejectLog

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.slow


def _load_all(store, tmp_path):
    with RejectLog(tmp_path / "rejects.jsonl") as log:
        load_papers(store, read_papers(EXAMPLES / "openalex_works.jsonl"), rejects=log,
                    link_org=AffiliationLinker(), progress=False)
        load_documents(store, extract_documents(read_articles([EXAMPLES / "articles"])), rejects=log,
                       progress=False)


def _counts(store):
    return {r["label"]: r["count"] for r in queries.run(store, "count_labels")} | queries.run(store, "count_graph")[0]


def test_reload_after_merge_changes_nothing(store, tmp_path):
    _load_all(store, tmp_path)
    first = resolve_people(store)
    assert len(first.merges) == 6
    merged = _counts(store)
    _load_all(store, tmp_path)
    assert _counts(store) == merged
    assert resolve_people(store).merges == []


def test_undoing_a_merge_after_an_article_was_read_again_asks_for_a_new_reading(store, tmp_path):
    from kg.merge import undo_merge

    _load_all(store, tmp_path)
    merge = next(m for m in resolve_people(store).merges if m["merged"] == "person:mei-lanqiu--tsinghua-university")
    (article,) = extract_documents(read_articles([EXAMPLES / "articles" / "mei_lanqiu_profile.md"]))
    older = article.model_copy(update={"relations": article.relations[:-1]})  # an earlier extractor read less
    older._text = article.text
    with RejectLog(tmp_path / "again.jsonl") as log:
        assert load_documents(store, [older], rejects=log, progress=False).counters["documents_read_again"] == 1
    result = undo_merge(store, merge["id"])
    assert result["reread"] == [article.id]  # the snapshot's facts are from before that reading
    assert queries.run(store, "document_readings", ids=[article.id]) == [{"id": article.id, "reading": None}]
    with RejectLog(tmp_path / "again.jsonl") as log:
        assert load_documents(store, [article], rejects=log, progress=False).counters["documents_read_again"] == 1
    facts = queries.run(store, "person_text_facts", person_id=merge["merged"])
    keys = [(f["type"], f["org"], f["start"]) for f in facts]
    assert keys and len(keys) == len(set(keys)) and all(f["sources"] == [article.id] for f in facts)
