"""Career relations between the wrong things: an organisation taken for a person, a person's name or a
job title taken for an organisation, student life read as a job, a delegate sent to an organisation, a
relative clause hung on the wrong name, and organisation names NER cut short. Each wrong reading next
to the right one it must not break. Sentences written for these tests (invented people), run through
the real spaCy pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extractors.misreadings import repair_misreadings
from tests.unit.extraction import pairs

# --- 1. the head is no person, the tail no organisation ----------------------------------------------

def test_subject_of_is_an_orchestra_is_no_person(nlp):
    text = "Kungliga Nordkapellet (, The Northern Court Orchestra) is a Danish orchestra founded in 1620."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_musician_joining_an_orchestra_still_works_there(nlp):
    text = "Maria Olsen is a Danish violinist. In 2001 she joined the Northern Court Orchestra."
    assert ("Maria Olsen", "Northern Court Orchestra") in pairs(nlp, text, "WORKS_AT")


def _repaired(nlp, text: str, cut: str) -> list[tuple[str, str]]:
    """The entities `repair_misreadings` leaves when NER tags only `cut` (an ORG) in `text`. The small model
    cuts a famous name short this way but tags an invented one whole, so the cut is set here by hand."""
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
        if doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB"):
            break
    start = next(t.i for t in doc if doc[t.i: t.i + len(cut.split())].text == cut)
    doc.ents = [Span(doc, start, start + len(cut.split()), label="ORG")]
    repair_misreadings(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_person_named_in_a_title_is_no_organisation(nlp):
    text = "She was editor of the Walter Brennan Catalogue Raisonné until 2010."
    assert _repaired(nlp, text, "the Walter Brennan") == []


def test_name_cut_before_its_organisation_word_takes_it(nlp):
    text = "She was a director of the Walter Brennan Foundation until 2010."
    assert _repaired(nlp, text, "the Walter Brennan") == [("the Walter Brennan Foundation", "ORG")]


# --- 2. student life is no job ------------------------------------------------------------------------

def test_student_office_while_at_a_school_is_study(nlp):
    text = ("Tom Baker was born in Ohio. While at Greenvale, Baker served as president of a student organization "
            "that traveled to away games.")
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_student_union_president_at_a_university_is_study(nlp):
    text = "Lena Fox served as president of the student union at Marlow University."
    assert pairs(nlp, text, "WORKS_AT") == set()
    assert pairs(nlp, text, "STUDIED_AT") == {("Lena Fox", "Marlow University")}


def test_office_at_a_company_while_there_is_a_job(nlp):
    text = ("Tom Baker joined the Brightline Corporation in 2005. While at the Brightline Corporation, Baker "
            "served as president of its sales division.")
    assert pairs(nlp, text, "WORKS_AT") == {("Tom Baker", "Brightline Corporation")}


def test_moving_school_during_studies_is_study(nlp):
    text = ("Ivan Sorokin was a mathematician. He began his studies at the Minsk Polytechnic School but moved from "
            "there to Kazan State University.")
    assert pairs(nlp, text, "WORKS_AT") == set()
    assert ("Ivan Sorokin", "Kazan State University") in pairs(nlp, text, "STUDIED_AT")


def test_moving_to_a_university_as_a_lecturer_is_a_job(nlp):
    text = "Ivan Sorokin studied in Minsk and moved to Kazan State University as a lecturer in 1990."
    assert ("Ivan Sorokin", "Kazan State University") in pairs(nlp, text, "WORKS_AT")


# --- 3. sent to an organisation -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Anna Kowalska was appointed Permanent Representative of Latvia to the United Nations in 2004.",
    "Anna Kowalska served as ambassador to the United Nations.",
    "Anna Kowalska was named envoy to the World Bank in 2004.",
])
def test_delegate_to_an_organisation_is_sent_there(nlp, text):
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_appointed_director_of_an_institute_is_a_job(nlp):
    text = "Anna Kowalska was appointed director of the Riga Institute of Physics in 2004."
    assert pairs(nlp, text, "WORKS_AT") == {("Anna Kowalska", "Riga Institute of Physics")}


# --- 4. a relative clause after "X, the son of Y, who ..." -----------------------------------------

def test_relative_clause_after_a_parent_in_apposition_is_not_the_parents(nlp):
    text = ("Anna Weller succeeded Thomas Weller, the eldest son of Arthur Weller, who served as chairman of the "
            "Weller Trust until 2011.")
    assert ("Arthur Weller", "Weller Trust") not in pairs(nlp, text, "WORKS_AT")


def test_relative_clause_on_the_person_himself(nlp):
    text = "Thomas Weller, who served as chairman of the Weller Trust until 2011, died in 2015."
    assert pairs(nlp, text, "WORKS_AT") == {("Thomas Weller", "Weller Trust")}


# --- 5. a job title taken for an organisation ---------------------------------------------------------

def test_job_title_is_no_organisation(nlp):
    text = "Kate Dunmore is a lawyer. Later, Dunmore served as the Assistant Corporation Counsel for Boston."
    assert pairs(nlp, text, "WORKS_AT") == set()


# --- 6. organisation names cut short ------------------------------------------------------------------

def test_name_cut_after_of_takes_the_rest(nlp):
    text = "Kate Dunmore was appointed as a judge for the Circuit Court of Lane County in 1990."
    found = pairs(nlp, text, "WORKS_AT")
    assert found and all(tail.endswith("Lane County") for _, tail in found)


def test_last_conjunct_of_a_longer_name_is_no_organisation(nlp):
    text = "Hal Brooks was appointed to head the Mayor's Committee on Urban Renewal and Public Housing."
    assert not any(tail == "Public Housing" for _, tail in pairs(nlp, text, "WORKS_AT"))


def test_two_organisations_in_a_list_stay_two(nlp):
    found = pairs(nlp, "Hal Brooks worked at Google and the Brightline Corporation.", "WORKS_AT")
    assert {tail for _, tail in found} == {"Google", "Brightline Corporation"}
