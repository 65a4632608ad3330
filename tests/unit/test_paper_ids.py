"""One work is one Paper node whichever reader reads it, and no reader drops a byline silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.papers import detect_format, read_papers
from kg.model import Paper, Reject, doi_in, openalex_work_id, paper_id

WORK_URL = "https://openalex.org/W8000000001"
DOI = "10.5555/Same.Work.1"
AUTHOR = {"name": "Ada Fixture", "orcid": "0000-0000-0000-1012"}
AUTHORSHIP = {"author": {"display_name": "Ada Fixture", "orcid": "https://orcid.org/0000-0000-0000-1012"},
              "institutions": []}


def write(tmp_path: Path, name: str, *records: dict) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def only(path: Path, format: str | None = None) -> Paper | Reject:
    (record,) = read_papers(path, format=format)
    return record


def test_paper_id_order_and_forms():
    assert paper_id(doi="https://doi.org/10.1000/X", openalex="W1", fallback="k") == "doi:10.1000/x"
    assert paper_id(fallback="doi:10.1000/X") == "doi:10.1000/x"
    assert paper_id(fallback="https://dx.doi.org/10.1000/X") == "doi:10.1000/x"
    for form in ("https://openalex.org/W42", "openalex:W42", "W42", "https://api.openalex.org/works/W42"):
        assert paper_id(openalex=form) == "openalex:W42", form
        assert paper_id(fallback=form) == "openalex:W42", form
    assert paper_id(fallback="My Key") == "paper:my-key"
    # a key already written as ours is kept as written: these are two papers
    assert paper_id(fallback="paper:ABC_123") == "paper:ABC_123" != paper_id(fallback="paper:abc-123")
    assert paper_id(openalex="not-a-work", fallback="iclr 2024 abc") == "paper:iclr-2024-abc"
    assert openalex_work_id("https://openalex.org/A42") is None and openalex_work_id("W42x") is None
    assert doi_in("W42") is None and doi_in("10.5555/x") == "10.5555/x"
    with pytest.raises(ValueError):
        paper_id(openalex="A42")


@pytest.mark.parametrize("with_doi", [True, False])
def test_one_work_from_every_reader_is_one_id(tmp_path, with_doi):
    doi = {"doi": f"https://doi.org/{DOI}"} if with_doi else {}
    work = {"id": WORK_URL, "display_name": "Same Work", "publication_year": 2020, **doi,
            "authorships": [AUTHORSHIP]}
    plain_url = {"id": WORK_URL, "title": "Same Work", **doi, "authors": [AUTHOR]}
    plain_bare = {"id": "W8000000001", "title": "Same Work", **doi, "authors": [AUTHOR]}
    plain_prefixed = {"id": "openalex:W8000000001", "title": "Same Work", **doi, "authors": [AUTHOR]}
    expected = f"doi:{DOI.lower()}" if with_doi else "openalex:W8000000001"
    papers = [
        only(write(tmp_path, "work.jsonl", work)),
        only(write(tmp_path, "work_forced.jsonl", work), "openalex"),
        only(write(tmp_path, "url.jsonl", plain_url)),
        only(write(tmp_path, "url_forced.jsonl", plain_url), "plain"),
        only(write(tmp_path, "bare.jsonl", plain_bare)),
        only(write(tmp_path, "prefixed.jsonl", plain_prefixed), "plain"),
    ]
    assert [type(p).__name__ for p in papers] == ["Paper"] * len(papers), papers
    assert {p.id for p in papers} == {expected}
    assert all([a.person_id for a in p.authors] == ["orcid:0000-0000-0000-1012"] for p in papers)


def test_plain_record_with_a_bare_openalex_id_is_plain_and_keeps_its_authors(tmp_path):
    path = write(tmp_path, "plain.jsonl",
                 {"id": "W123", "title": "Bare Id", "authors": [{"name": "Ada Fixture"}, {"name": "Bo Placeholder"}]})
    assert detect_format(path) == "plain"
    paper = only(path)
    assert isinstance(paper, Paper)
    assert paper.id == "openalex:W123"
    assert [a.name for a in paper.authors] == ["Ada Fixture", "Bo Placeholder"]


def test_a_plain_doi_beats_its_own_key(tmp_path):
    paper = only(write(tmp_path, "p.jsonl", {"id": "paper:mine", "doi": DOI, "title": "T", "authors": []}))
    assert (paper.id, paper.doi) == (f"doi:{DOI.lower()}", DOI.lower())
    from_id = only(write(tmp_path, "q.jsonl", {"id": f"doi:{DOI}", "title": "T", "authors": []}))
    assert (from_id.id, from_id.doi) == (f"doi:{DOI.lower()}", DOI.lower())


@pytest.mark.parametrize(("record", "format", "field", "found", "reader"), [
    ({"id": WORK_URL, "title": "Plain", "authors": [AUTHOR]}, "openalex", "authorships", "authors",
     "an OpenAlex work"),
    ({"id": WORK_URL, "display_name": "Work", "authorships": [AUTHORSHIP]}, "plain", "authors", "authorships",
     "the plain format"),
    ({"id": "abc", "title": "Copilot", "author": "Ada Fixture;Bo Placeholder"}, "plain", "authors", "author",
     "the plain format"),
    ({"id": "abc", "title": "Plain", "authors": [AUTHOR]}, "papercopilot", "author", "authors", "Paper Copilot"),
])
def test_a_byline_the_format_cannot_read_is_rejected_not_dropped(tmp_path, record, format, field, found, reader):
    reject = only(write(tmp_path, "x.jsonl", record), format)
    assert isinstance(reject, Reject), reject
    assert reject.line == 1
    assert reject.reason.startswith(f"{field}: missing; the authors are under '{found}', which {reader} does not use")
    assert reject.reason.endswith("record? see --format)")


@pytest.mark.parametrize("written", ["10.5555/abc", "https://www.doi.org/10.5555/abc", "doi.org/10.5555/abc",
                                     "doi: 10.5555/abc", "10.5555/ABC/", "http://dx.doi.org/10.5555/abc",
                                     "DOI:10.5555/abc"])
def test_every_way_of_writing_a_doi_is_one_id(written):
    assert paper_id(doi=written) == paper_id(fallback=written) == "doi:10.5555/abc"
