"""The questions over careers read from text as well as bylines: a degree is told by the year it ended
("received her PhD from X in 2012"), and an article restates a job the bylines already show."""

from __future__ import annotations

import orjson
import pytest

from extractors.papers import read_papers
from kg import queries
from kg.documents import load_documents
from kg.loader import load_papers
from kg.model import Document, Entity, NodeLabel, Relation, RelType, document_id
from kg.rejects import RejectLog

ANA, BEN = "openalex:A2000000001", "openalex:A2000000002"
HOME, FAR = "org:home-university", "org:far-corp"
EVIDENCE = "Ana Home received her PhD from Home University in 2012 and joined Far Corp in 2015."


def _paper(year: int, org: str, name: str, country: str, kind: str) -> dict:
    return {"id": f"paper:ana-{year}", "title": f"Ana's paper of {year}", "year": year,
            "authors": [{"name": "Ana Home", "openalex": "A2000000001",
                         "affiliations": [{"name": name, "org_id": org, "country": country, "type": kind}]}]}


@pytest.fixture()
def graph(store, tmp_path):
    """Bylines: Home University (CN) 2010-2012, Far Corp (US) 2015-2017 (in 2016 with Ben Near). An article: a PhD at Home University
    that ended in 2012 (no start year), and the job at Far Corp from 2015 again."""
    corpus = tmp_path / "ana.jsonl"
    corpus.write_bytes(b"".join(orjson.dumps(p) + b"\n" for p in [
        *(_paper(y, HOME, "Home University", "CN", "education") for y in (2010, 2011, 2012)),
        *(_paper(y, FAR, "Far Corp", "US", "company") for y in (2015, 2016, 2017)),
        {"id": "paper:ben-2016", "title": "Ben's paper with Ana", "year": 2016, "authors": [
            {"name": "Ben Near", "openalex": "A2000000002",
             "affiliations": [{"name": "Near Lab", "org_id": "org:near-lab", "country": "GB", "type": "facility"}]},
            {"name": "Ana Home", "openalex": "A2000000001",
             "affiliations": [{"name": "Far Corp", "org_id": FAR, "country": "US", "type": "company"}]}]},
    ]))
    article = Document(
        id=document_id(EVIDENCE), title="Ana Home", source="ana.txt",
        entities=[Entity(id=ANA, label=NodeLabel.PERSON, name="Ana Home"),
                  Entity(id=HOME, label=NodeLabel.ORGANIZATION, name="Home University", country="CN"),
                  Entity(id=FAR, label=NodeLabel.ORGANIZATION, name="Far Corp", country="US")],
        relations=[Relation(type=RelType.STUDIED_AT, head=ANA, tail=HOME, end=2012, degree="PhD",
                            evidence=EVIDENCE, confidence=0.9),
                   Relation(type=RelType.WORKS_AT, head=ANA, tail=FAR, start=2015, evidence=EVIDENCE,
                            confidence=0.85)],
    )
    with RejectLog(tmp_path / "rejects.jsonl") as log:
        load_papers(store, read_papers(corpus), rejects=log, progress=False)
        load_documents(store, [article], rejects=log, progress=False)
        assert log.count == 0
    return store


def test_brain_drain_counts_a_degree_known_only_by_its_last_year(graph):
    rows = queries.run(graph, "brain_drain", org_id=HOME, country=None, any_spell=None, limit=10)
    assert [(r["org_id"], r["abroad"], r["person_ids"]) for r in rows] == [(FAR, True, [ANA])]
    by_country = queries.run(graph, "brain_drain", org_id=None, country="CN", any_spell=None, limit=10)
    assert [(r["org_id"], r["people"]) for r in by_country] == [(FAR, 1)]


def test_org_profile_counts_people_joining_and_leaving_not_their_spells(graph):
    # Far Corp holds two spells of Ana's from 2015 (bylines and the article): one person joined.
    (far,) = queries.run(graph, "org_profile", org_id=FAR)
    assert far["by_year"] == [{"year": 2015, "joined": 1, "left": 0}]
    (home,) = queries.run(graph, "org_profile", org_id=HOME)
    assert home["by_year"] == [{"year": 2010, "joined": 1, "left": 0}, {"year": 2015, "joined": 0, "left": 1}]


def test_recruit_nearby_names_a_job_once_however_many_sources_tell_it(graph):
    # Bylines and the article both give Ana's job at Far Corp: she was listed twice, once undated.
    rows = queries.run(graph, "recruit_nearby", person_id=BEN, depth=1, country="US", kind=None, limit=10)
    assert [(r["person_id"], r["org_id"], r["since"], r["last_seen"]) for r in rows] == [(ANA, FAR, 2015, 2017)]
