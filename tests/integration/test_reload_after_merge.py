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
