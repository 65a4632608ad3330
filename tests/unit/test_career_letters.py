"""Eighteenth session's rules: who "I" is in a letter or an email, court parties, a taken-up post, relative clauses
and brackets after coordinated names, and fuzzy matches that must not join two institutions. Sentences written
for these tests; negatives included."""

from __future__ import annotations

import pytest

from extractors.resolver import OrgResolver
from tests.unit.extraction import careers, pairs


@pytest.mark.parametrize("text, person", [
    ("Dear colleagues,\nAfter six years I am leaving. I did my PhD at the University of Edinburgh.\nBest,\nJane Doe",
     "Jane Doe"),
    ("Hi all,\nI did my PhD at the University of Edinburgh, a long time ago.\nCheers,\nJane Doe (Research Scientist, "
     "Google)", "Jane Doe"),
    ("Acknowledgements\nI did my PhD at the University of Edinburgh, and I thank everyone.\nJane Doe, Edinburgh",
     "Jane Doe"),
    ("From: Jane Doe\nTo: All staff\nSubject: News\nI did my PhD at the University of Edinburgh.", "Jane Doe"),
    ("I did my PhD at the University of Edinburgh.\n— Jane Doe", "Jane Doe"),
])
def test_a_letter_is_written_by_the_name_it_is_signed_with(nlp, text, person):
    assert (person, "University of Edinburgh") in pairs(nlp, text, "STUDIED_AT")


@pytest.mark.parametrize("text", [
    # the last line of a list, not a signature: no closed paragraph or closing word above it
    "I did my PhD at the University of Edinburgh with these people:\nAlan Smith\nJane Doe",
    # a text that names its last name before is about them
    "Jane Doe taught me well. I did my PhD at the University of Edinburgh.\nBest,\nJane Doe",
    # no first person: nobody to bind
    "The University of Edinburgh welcomes new students.\nBest,\nJane Doe",
])
def test_a_name_at_the_end_is_no_signature_otherwise(nlp, text):
    assert not any(tail == "University of Edinburgh" and head == "Jane Doe"
                   for head, tail in pairs(nlp, text, "STUDIED_AT"))


def test_an_interview_lead_makes_a_name_ner_calls_an_organisation_the_interviewee(nlp):
    text = ("Q&A: An interview with Lindiwe Dlamini-Mokoena (published 30 January 2025)\nQ: Where did you train?\n"
            "A: I did a postdoc at the Max Planck Institute for Informatics in Saarbrücken.")
    assert ("Lindiwe Dlamini-Mokoena", "Max Planck Institute for Informatics") in pairs(nlp, text, "WORKS_AT")


@pytest.mark.parametrize("party", ["Defendant", "Plaintiff"])
def test_a_court_party_is_no_part_of_the_name(nlp, party):
    text = f"{party} John Roe was employed by Amazon as a Principal Applied Scientist from March 2019."
    assert pairs(nlp, text, "WORKS_AT") == {("John Roe", "Amazon")}


def test_a_post_taken_up_on_a_date_is_an_announced_start(nlp):
    assert ("WORKS_AT", "Jane Doe", "École Polytechnique Fédérale de Lausanne", "professor", 2024, None) in careers(
        nlp, "Jane Doe will take up a professorship at EPFL in 2024.")


@pytest.mark.parametrize("text", ["Jane Doe will take up a professorship at EPFL.",  # undated: a plan
                                  "Jane Doe may take up a professorship at EPFL in 2024."])
def test_an_undated_or_hedged_take_up_is_no_start(nlp, text):
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_a_singular_relative_clause_and_a_bracket_belong_to_their_own_name(nlp):
    text = ("Co-PIs: Dr. Mateus Albuquerque (Toyota Technological Institute at Chicago) and Dr. Farah Siddiqui, who "
            "moves from the University of Washington to Carnegie Mellon University in August 2024.")
    assert pairs(nlp, text, "WORKS_AT") == {
        ("Mateus Albuquerque", "Toyota Technological Institute at Chicago"),
        ("Farah Siddiqui", "University of Washington"), ("Farah Siddiqui", "Carnegie Mellon University")}


def test_a_bracket_after_the_last_name_is_still_shared_by_a_plural_clause(nlp):
    found = pairs(nlp, "Speakers include Jane Doe (Google) and John Roe (MIT).", "WORKS_AT")
    assert found == {("Jane Doe", "Google"), ("John Roe", "Massachusetts Institute of Technology")}


@pytest.mark.parametrize("text, wrong", [
    ("Northeastern University", "Northwestern University"),
    ("Beijing University of Technology", "Peking University"),
])
def test_a_fuzzy_match_does_not_join_two_institutions(text, wrong):
    result = OrgResolver.default().resolve(text)
    assert result is None or result.name != wrong


def test_a_former_quant_has_a_post(nlp):
    assert ("WORKS_AT", "Jane Doe", "Optiver", "quant", None, None) in careers(
        nlp, "Jane Doe, a former quant at Optiver, joined Google in 2020.")
