"""Career rules added for biographies: degree-holding verbs, studies, faculties, college teams,
schools NER took for people and the subject of a biography's opening bracket. Sentences written
for these tests, run through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from extractors.pipeline import cached_nlp, extract_documents
from kg.settings import get_settings


@pytest.fixture(scope="session")
def nlp():
    return cached_nlp(get_settings().spacy_model)


def pairs(nlp, text: str, rel_type: str) -> set[tuple[str, str]]:
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.head, r.head), names.get(r.tail, r.tail)) for r in doc.relations
            if r.type.value == rel_type}


def _tails(found: set[tuple[str, str]]) -> set[str]:
    return {tail for _, tail in found}


def test_has_a_degree_from(nlp):
    found = pairs(nlp, "Jane Roe is a lawyer and has a PhD in international studies from the University of "
                       "Buckingham.", "STUDIED_AT")
    assert ("Jane Roe", "University of Buckingham") in found


def test_began_her_studies_at(nlp):
    found = pairs(nlp, "Maria Lopez began her studies at the Valencia Institute of Technology in 2001.", "STUDIED_AT")
    assert ("Maria Lopez", "Valencia Institute of Technology") in found


def test_capitalised_studies_in_a_title_is_no_trigger(nlp):
    found = pairs(nlp, "Alan Green is the Smith Professor of Population Studies of the Department of Biology of "
                       "Stanford University.", "STUDIED_AT")
    assert found == set()


def test_college_team_names_the_school(nlp):
    found = pairs(nlp, "Jane Doe played college basketball at Duke University.", "STUDIED_AT")
    assert found == {("Jane Doe", "Duke University")}


def test_professional_team_is_no_school(nlp):
    assert pairs(nlp, "Tom Smith played football for the Chicago Bears.", "STUDIED_AT") == set()


def test_degree_scholarship_is_money_not_a_degree(nlp):
    found = pairs(nlp, "Ana Ruiz received a PhD scholarship from the Ruritanian Science Council.", "STUDIED_AT")
    assert found == set()


def test_opening_name_with_birth_bracket_is_the_subject(nlp):
    text = ("Karl Obermeier ( 3 March 1874 – 6 June 1931 ) was a German internist. "
            "In 1898 he received his medical doctorate at the University of Freiburg.")
    assert ("Karl Obermeier", "University of Freiburg") in pairs(nlp, text, "STUDIED_AT")


def test_school_named_with_a_degree_word(nlp):
    text = "Ella Tipton ( born 1947 ) is an American actress. She attended The Masters School in Dobbs Ferry."
    assert "The Masters School" in _tails(pairs(nlp, text, "STUDIED_AT")) or \
        "Masters School" in _tails(pairs(nlp, text, "STUDIED_AT"))


def test_spanish_school_names(nlp):
    text = "Juan Perez ( born 1950 ) is a writer. He studied at the Escuela Superior de Santa Isabel."
    assert _tails(pairs(nlp, text, "STUDIED_AT")) == {"Escuela Superior de Santa Isabel"}


@pytest.mark.parametrize("text", [
    "Jane Doe turned down an offer to play college basketball at Duke University.",
    "Jane Doe was rumoured to join Duke University as a student.",
    "Jane Doe is expected to begin her studies at Duke University.",
    "Jane Doe declined a place to begin her studies at Duke University.",
    "Jane Doe did not begin her studies at Duke University.",
])
def test_hedged_or_negated_study_is_dropped(nlp, text):
    assert pairs(nlp, text, "STUDIED_AT") == set()


def test_supervisor_works_where_the_student_studied(nlp):
    text = ("Jane Roe ( born 1970 ) is a composer. She received her doctorate in composition at Elmwood "
            "University, where she studied with Alan Stout.")
    works = pairs(nlp, text, "WORKS_AT")
    assert ("Alan Stout", "Elmwood University") in works
    assert ("Jane Roe", "Elmwood University") not in works


def test_disciples_teachers_work_at_the_university(nlp):
    text = "Tom Brown studied at the University of Halle, where he was a disciple of Johann Heinrich Schulze."
    assert ("Johann Heinrich Schulze", "University of Halle") in pairs(nlp, text, "WORKS_AT")


def test_teacher_of_a_hoped_for_student_is_not_stated(nlp):
    text = "Tom Brown hoped to study at the University of Halle under Johann Heinrich Schulze."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_named_chair_is_not_an_employer(nlp):
    text = "Horst Lamm is the Freshfields Professor of Commercial Law at the University of Oxford."
    tails = _tails(pairs(nlp, text, "WORKS_AT"))
    assert "Freshfields" not in tails
    assert "University of Oxford" in tails


def test_leaving_a_bequest_is_not_leaving_a_job(nlp):
    text = "At her death Betty Brown left a bequest to the Riverside Home for Smaller Animals."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_opening_bracket_glued_to_punctuation(nlp):
    text = ("Hana Bejo (; born 1948 ) is a Tunisian writer. The daughter of the politician Karim Ben Salah, "
            "she went on to teach literature at the University of Tunis.")
    works = pairs(nlp, text, "WORKS_AT")
    assert ("Hana Bejo", "University of Tunis") in works
    assert ("Karim Ben Salah", "University of Tunis") not in works
