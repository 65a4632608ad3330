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
    assert first.relationships_updated == 0 and again.relationships_updated == 0
    assert again.counters["documents_unchanged"] == 1 and again.counters["documents_read_again"] == 0
    _load(store, tmp_path, TWO)
    google = [f for f in _facts(store, MEI) if f["org"] == GOOGLE and f["type"] == "WORKS_AT"]
    assert len(google) == 1
    assert len(google[0]["sources"]) == 2 and len(google[0]["evidence"]) == 2


def _graph(store):
    """Everything a reading leaves: counts, and every person's text facts with their sources and sentences."""
    people = sorted(row["person_id"] for row in queries.run(store, "people_search", q="", limit=100))
    facts = {p: sorted((f["type"], f["org"], f["start"], f["end"], tuple(sorted(f["sources"])),
                        tuple(sorted(f["evidence"]))) for f in _facts(store, p)) for p in people}
    return queries.run(store, "count_graph")[0], facts


def _load_documents(store, tmp_path: Path, documents):
    with RejectLog(tmp_path / "rejects.jsonl") as log:
        return load_documents(store, documents, rejects=log, progress=False)


def _older_reading(document):
    """What an earlier extractor might have read: Google undated, and Mei keyed by Google, not Tsinghua."""
    older_id = "person:mei-lanqiu--google"
    relations = [rel.model_copy(update={"start": None} if rel.tail == GOOGLE else {}) for rel in document.relations]
    relations = [rel.model_copy(update={"head": older_id} if rel.head == MEI else {}) for rel in relations]
    entities = [e.model_copy(update={"id": older_id} if e.id == MEI else {}) for e in document.entities]
    mentions = {older_id if k == MEI else k: n for k, n in document.mentions.items()}
    older = document.model_copy(update={"relations": relations, "entities": entities, "mentions": mentions})
    older._text = document.text
    return older


@pytest.mark.slow
def test_an_article_read_differently_replaces_its_old_reading(store, tmp_path):
    new, other = list(extract_documents(_articles(ONE, TWO)))
    _load_documents(store, tmp_path, [new])
    expected = _graph(store)
    queries.run(store, "clear_graph")

    _load_documents(store, tmp_path, [_older_reading(new)])
    assert any(p == "person:mei-lanqiu--google" for p in _graph(store)[1])
    again = _load_documents(store, tmp_path, [new])
    assert again.counters["documents_read_again"] == 1
    assert _graph(store) == expected  # no undated Google fact, no Mei keyed by Google, nothing else changed


@pytest.mark.slow
def test_reading_one_article_again_keeps_what_another_says_of_the_same_fact(store, tmp_path):
    new, other = list(extract_documents(_articles(ONE, TWO)))
    _load_documents(store, tmp_path, [new, other])
    expected = _graph(store)
    queries.run(store, "clear_graph")

    older = new.model_copy(update={"relations": [r for r in new.relations if r.tail != GOOGLE]})
    older._text = new.text
    _load_documents(store, tmp_path, [older, other])
    _load_documents(store, tmp_path, [new])
    assert _graph(store) == expected
    _load_documents(store, tmp_path, [older])  # ONE now says nothing of Google: TWO's source and sentence stay
    google = [f for f in _facts(store, MEI) if f["org"] == GOOGLE and f["type"] == "WORKS_AT"]
    assert len(google) == 1 and google[0]["sources"] == [other.id]
    assert len(google[0]["evidence"]) == 1 and "Tsinghua graduate" in google[0]["evidence"][0]


IIIS = "Tsinghua's Institute for Interdisciplinary Information Sciences hired Mei Lanqiu in 2020."


def _parents(store, org: str) -> list[str]:
    return [p["id"] for p in queries.run(store, "org_profile", org_id=org)[0]["parents"]]


@pytest.mark.slow
def test_reading_again_keeps_a_part_of_link_that_ror_also_gives(store, tmp_path):
    (new,) = extract_documents(_articles(IIIS))
    part_of = next(r for r in new.relations if r.type.value == "PART_OF")
    older = new.model_copy(update={"relations": [r for r in new.relations if r.type.value != "PART_OF"]})
    older._text = new.text
    child = next(e for e in new.entities if e.id == part_of.head)
    structured = {"id": child.id, "name": child.name, "ror": None, "country": None, "countries": [], "type": None,
                  "kind": None, "resolved": None, "aliases": [child.name], "folded": [],
                  "parents": [{"id": part_of.tail, "name": None}]}
    for structured_first in (True, False):
        queries.run(store, "clear_graph")
        if structured_first:
            store.write(lambda tx: queries.write_in(tx, "merge_organizations", rows=[structured]))
        _load_documents(store, tmp_path, [new])
        if not structured_first:
            store.write(lambda tx: queries.write_in(tx, "merge_organizations", rows=[structured]))
        assert _parents(store, child.id) == [part_of.tail]
        _load_documents(store, tmp_path, [older])  # the article no longer says it; ROR still does
        assert _parents(store, child.id) == [part_of.tail]
    queries.run(store, "clear_graph")
    _load_documents(store, tmp_path, [new])
    _load_documents(store, tmp_path, [older])
    assert _parents(store, child.id) == []  # said only by the article, and not any more
