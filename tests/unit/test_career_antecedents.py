"""Organisations referred to without their name: a definite description ("left the company"), "the new
company" of a merger, a fronted "At <organisation>," and a town standing for its university. Sentences
written for these tests (invented people and organisations), run through the real pipeline."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_documents


def relations(nlp, text: str, kind: str = "WORKS_AT") -> dict[tuple[str, str], dict]:
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.head), names.get(r.tail)): r for r in doc.relations if r.type.value == kind}


# --- "the company": the latest organisation of that kind in the sentences before -------------------

def test_left_the_company_ends_the_job(nlp):
    found = relations(nlp, "Helga Brandt joined Korvex Analytics in 2012 as a data scientist. She left the firm in 2018.")
    rel = found[("Helga Brandt", "Korvex Analytics")]
    assert (rel.start, rel.end) == (2012, 2018)


def test_role_of_the_company(nlp):
    text = "Nordwind Systems Inc. was founded in 2001. In 2015, Otto Kessler became chief executive of the company."
    assert ("Otto Kessler", "Nordwind Systems Inc") in relations(nlp, text)


def test_professor_at_the_university(nlp):
    text = ("Otto Kessler earned his doctorate at the University of Halle in 1750. "
            "He became a professor at the university in 1755.")
    assert relations(nlp, text)[("Otto Kessler", "University of Halle")].role == "professor"


def test_the_orchestra_is_the_orchestra_named_before(nlp):
    text = "Otto Kessler joined the Berlin Philharmonic in 1990. He left the orchestra in 2001."
    assert relations(nlp, text)[("Otto Kessler", "Berlin Philharmonic")].end == 2001


def test_the_company_after_a_university_is_nothing(nlp):
    text = "Jane Roe studied at the University of Kiel until 2009. She joined the company in 2010."
    assert not relations(nlp, text)


def test_the_company_with_no_organisation_before_is_nothing(nlp):
    text = "Jane Roe moved to Kiel in 2009. She lived there for a year. She joined the company in 2010."
    assert not relations(nlp, text)


def test_the_company_too_far_back_is_nothing(nlp):
    text = ("Korvex Analytics sells software to hospitals. Jane Roe grew up in Kiel. She studied history. "
            "She played the violin. She liked the sea. In 2010 she joined the company.")
    assert not relations(nlp, text)


def test_a_modified_description_is_a_new_organisation(nlp):
    text = ("Otto Kessler graduated from the University of Kiel in 1990. "
            "He was a professor at the conservatory in Lille from 1995 to 2000.")
    assert ("Otto Kessler", "University of Kiel") not in relations(nlp, text)


def test_the_latest_organisation_of_the_kind_wins(nlp):
    text = ("Jane Roe worked at Korvex Analytics from 2005 to 2010. In 2010 she moved to Nordwind Systems Inc. "
            "She became chief technology officer of the company in 2014.")
    found = relations(nlp, text)
    assert found[("Jane Roe", "Nordwind Systems Inc")].role == "chief technology officer"
    assert found[("Jane Roe", "Korvex Analytics")].role is None


# --- negation and hedging apply as they do to names -----------------------------------------------

@pytest.mark.parametrize("clause", ["she turned down an offer from the company",
                                    "she declined to join the company",
                                    "she did not join the company"])
def test_refusals_of_the_company(nlp, clause):
    text = f"Helga Brandt met the founders of Nordwind Systems Inc. in 2010. In 2016 {clause}."
    assert not relations(nlp, text)


# --- "the new company" of a merger --------------------------------------------------------------

def test_the_new_company_is_the_one_formed(nlp):
    text = ("Acme Widgets Inc. and Beta Gears Ltd. merged to form Gamma Industries in 2015. "
            "Jane Roe became chief executive of the new company.")
    found = relations(nlp, text)
    assert ("Jane Roe", "Gamma Industries") in found
    assert not {t for _, t in found} & {"Acme Widgets Inc", "Beta Gears Ltd"}


def test_the_new_company_needs_a_formation(nlp):
    text = "Jane Roe worked for Korvex Analytics until 2015. In 2016 she became chief executive of the new company."
    assert ("Jane Roe", "Korvex Analytics") in relations(nlp, text)  # the first sentence's own relation
    assert relations(nlp, text)[("Jane Roe", "Korvex Analytics")].role is None


# --- a fronted "At <organisation>," ------------------------------------------------------------

def test_at_the_organisation_she_was_chief_scientist(nlp):
    found = relations(nlp, "At Nordwind Systems, Helga Brandt was chief scientist from 2010 to 2014.")
    rel = found[("Helga Brandt", "Nordwind Systems")]
    assert (rel.role, rel.start, rel.end) == ("chief scientist", 2010, 2014)


def test_at_the_company_she_led_a_team(nlp):
    text = "Helga Brandt first met the founders of Nordwind Systems Inc. in 2009. At the company, she led the robotics team."
    assert ("Helga Brandt", "Nordwind Systems Inc") in relations(nlp, text)


def test_at_the_organisation_she_met_someone_is_no_job(nlp):
    assert not relations(nlp, "At Nordwind Systems, Helga Brandt met her husband.")


def test_at_a_university_a_role_of_something_else_is_not_a_job_there(nlp):
    found = relations(nlp, "At the University of Kiel, Otto Kessler was president of the Kiel Rowing Union.")
    assert ("Otto Kessler", "University of Kiel") not in found


def test_a_town_after_at_stands_for_its_university(nlp):
    text = ("Otto Kessler earned his doctorate at the University of Halle in 1750. "
            "At Halle, he gave lectures on medicine.")
    assert ("Otto Kessler", "University of Halle") in relations(nlp, text)
    assert ("Otto Kessler", "University of Halle") in relations(nlp, text, "STUDIED_AT")


def test_a_town_with_no_university_named_is_nothing(nlp):
    text = "Otto Kessler earned his doctorate at the University of Kiel in 1750. At Halle, he gave lectures on medicine."
    assert not {t for _, t in relations(nlp, text)} & {"Halle", "University of Halle", "University of Kiel"}


def test_a_town_tagged_as_organisation_stands_for_its_university(nlp):
    text = "Otto Kessler earned his doctorate at the University of Kiel in 1750. At Kiel, he gave lectures on medicine."
    found = relations(nlp, text)
    assert ("Otto Kessler", "University of Kiel") in found and ("Otto Kessler", "Kiel") not in found
