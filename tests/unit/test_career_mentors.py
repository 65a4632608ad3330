"""Career facts stated around another person or a referent: a mentor at an organisation ("an associate
of X at Y"), an organisation named only after "the", a title with a generic organisation word, people
employed by an organisation the previous sentence is about. Invented sentences, real spaCy pipeline."""

from __future__ import annotations

from extractors.pipeline import extract_documents


def works_at(nlp, text: str) -> set[tuple[str, str]]:
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.head, r.head), names.get(r.tail, r.tail)) for r in doc.relations
            if r.type.value == "WORKS_AT"}


# --- 1. a mentor at an organisation ----------------------------------------------------------

def test_associate_of_a_mentor_at_an_institute(nlp):
    text = ("Maria Quell is an Indian physicist and a former associate of Tomas Verlaine at the Tata "
            "Institute of Fundamental Research.")
    found = works_at(nlp, text)
    assert ("Tomas Verlaine", "Tata Institute of Fundamental Research") in found
    assert ("Maria Quell", "Tata Institute of Fundamental Research") in found  # the subject keeps hers


def test_assistant_to_a_mentor_at_a_company(nlp):
    found = works_at(nlp, "Dr. Ann Pike, an assistant to Mark Ruel at Acme Corp, said the results were good.")
    assert ("Mark Ruel", "Acme Corp") in found


def test_disciples_of_two_mentors_where_one_studied(nlp):
    text = ("Lena Hart earned her doctorate from the University of Halle, where she was a disciple of "
            "Johann Pemberton and Friedrich Wollner.")
    found = works_at(nlp, text)
    assert {("Johann Pemberton", "University of Halle"), ("Friedrich Wollner", "University of Halle")} <= found


def test_associate_without_a_place_gives_the_mentor_nothing(nlp):
    text = "Maria Quell was an associate of the late Tomas Verlaine, and she joined Stanford University in 1990."
    found = works_at(nlp, text)
    assert not any(head == "Tomas Verlaine" for head, _ in found)
    assert any(head == "Maria Quell" for head, _ in found)


def test_associate_professor_is_no_mentor(nlp):
    found = works_at(nlp, "Tomas Verlaine was an associate professor at Acme University until 2004.")
    assert found == {("Tomas Verlaine", "Acme University")}


# --- 4. "were employed as" in a sentence about the organisation of the sentence before --------

def test_employed_by_the_organisation_it_refers_to(nlp):
    text = ("The Royal Court Orchestra is a Swedish orchestra, originally part of the Royal Court in Stockholm. "
            "It had only male members until 1727, when Anna Berling and Judith Marsk were employed as vocalists.")
    found = works_at(nlp, text)
    assert {("Anna Berling", "Royal Court Orchestra"), ("Judith Marsk", "Royal Court Orchestra")} <= found


def test_employed_after_a_sentence_about_a_person_names_no_employer(nlp):
    text = "Anna Berling is a singer from Oslo. It rained in 1727, when Judith Marsk was employed as a vocalist."
    assert not any(head == "Judith Marsk" for head, _ in works_at(nlp, text))
