"""The id scheme and record validation."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kg.model import MAX_FIELD, Affiliation, Author, Paper, document_id, paper_id, person_id, slug, student_degree


def test_person_id_prefers_strong_ids():
    assert person_id(name="A B", orcid="0000-0002-1825-0097", openalex="A1") == "orcid:0000-0002-1825-0097"
    assert person_id(name="A B", openalex="A1", openreview="~A_B1") == "openalex:A1"
    assert person_id(name="A B", openreview="~A_B1") == "openreview:~A_B1"
    assert person_id(name="Zoë Ng", first_affiliation="MIT") == "person:zoe-ng--mit"


def test_author_normalises_urls_of_ids():
    author = Author(name="X", position=0, orcid="https://orcid.org/0000-0002-1825-0097",
                    openalex="https://openalex.org/A123")
    assert author.person_id == "orcid:0000-0002-1825-0097"
    assert Author(name="X", position=0, openalex="https://openalex.org/A123").person_id == "openalex:A123"


def test_affiliation_ids_and_country():
    assert Affiliation(name="MIT", ror="https://ror.org/042nb2s44", country="us").canonical_id() == "ror:042nb2s44"
    assert Affiliation(name="MIT", country="us").country == "US"
    assert Affiliation(name="Somewhere Lab").canonical_id() == "org:somewhere-lab"
    assert Affiliation(name="X", country="United States").country is None


def test_paper_ids():
    assert paper_id(doi="https://doi.org/10.1000/ABC") == "doi:10.1000/abc"
    assert paper_id(openalex="https://openalex.org/W42") == "openalex:W42"
    with pytest.raises(ValueError):
        paper_id()


def test_document_id_ignores_whitespace_differences():
    assert document_id("a  b\n c") == document_id("a b c")
    assert document_id("a b c") != document_id("a b d")


def test_slug_transliterates():
    assert slug("Université de Montréal") == "universite-de-montreal"
    assert slug("清华大学") != "x"


def test_student_roles_become_degrees():
    assert student_degree("PhD student") == "PhD"
    assert student_degree("Master Student") == "Master"
    assert student_degree("Undergrad student") == "Bachelor"
    assert student_degree("Professor") is None
    assert student_degree(None) is None


def test_records_reject_absurd_fields_and_bad_years():
    with pytest.raises(ValidationError):
        Paper(id="p", title="x" * (MAX_FIELD + 1))
    with pytest.raises(ValidationError):
        Paper(id="p", title="t", year=20000)
    with pytest.raises(ValidationError):
        Author(name="", position=0)
