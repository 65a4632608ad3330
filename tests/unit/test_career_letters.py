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


# --- names NER calls organisations, by what only a person does ------------------------------------------------

@pytest.mark.parametrize("text, person, org", [
    ("Hyeon-su Bae was a professor at KAIST from 2009 to 2019.", "Hyeon-su Bae",
     "Korea Advanced Institute of Science and Technology"),
    ("Divya Raman left Flipkart in 2023 to join Sarvam AI in Bengaluru as a founding engineer.", "Divya Raman",
     "Sarvam AI"),
])
def test_a_name_ner_calls_an_organisation_is_a_person_by_the_post(nlp, text, person, org):
    assert (person, org) in pairs(nlp, text, "WORKS_AT")


def test_a_firm_that_is_a_partner_is_no_person(nlp):
    found = pairs(nlp, "Gintaras Labs was a partner of Vinted in 2022.", "WORKS_AT")
    assert not any(head == "Gintaras Labs" for head, _ in found)


def test_ever_since_starts_in_the_year_told_before(nlp):
    text = "Karthik Rao finished his PhD at UT Austin in 2018 and has been at Apple ever since."
    assert ("WORKS_AT", "Karthik Rao", "Apple", None, 2018, None) in careers(nlp, text)


def test_a_post_held_since_is_not_the_unit_it_is_at(nlp):
    text = ("He defended in 2022 and has since been a postdoctoral fellow at the Simons Institute for the Theory of "
            "Computing at UC Berkeley.")
    assert not any(org == "University of California, Berkeley" for _, org in pairs(nlp, "Olu Grant joined CMU. " + text,
                                                                                  "WORKS_AT"))


# --- lists: each item's clause is its own ------------------------------------------------------------------------

def test_a_semicolon_list_item_keeps_its_clause(nlp):
    text = ("Among them: Aditi Deshmukh, who comes from IIT Delhi; Mateo Cruz, a former quant at Optiver who studied "
            "physics at LMU Munich; and Nhung Pham, who completed her MSc at the University of Edinburgh in 2023.")
    found = pairs(nlp, text, "STUDIED_AT")
    assert ("Nhung Pham", "University of Edinburgh") in found
    assert ("Aditi Deshmukh", "University of Edinburgh") not in found
    assert ("Nhung Pham", "Ludwig Maximilian University of Munich") not in found


def test_a_who_clause_in_a_persons_apposition_is_theirs_alone(nlp):
    text = ("The panel comprises Prof. Lam Wing-kei (HKUST), Dr. Ivy Chan (SenseTime), and Mr. Tsang Ho-yin, a "
            "partner at Sequoia Capital China who previously worked as an engineer at Alibaba Cloud.")
    assert {head for head, org in pairs(nlp, text, "WORKS_AT") if org == "Alibaba Cloud"} == {"Tsang Ho-yin"}


def test_a_who_clause_the_parser_hangs_on_an_employer_is_the_persons(nlp):
    text = "And at the end, Jonas Weissenborn, head of AI at Bayer, who tells me he was a postdoc at EMBL a lifetime ago."
    assert ("Jonas Weissenborn", "EMBL") in pairs(nlp, "Beatriz Ortega left Microsoft in 2023. " + text, "WORKS_AT")


# --- transcripts and chat logs: each turn's "I" is its speaker ---------------------------------------------------

def test_each_chat_line_speaks_for_its_author(nlp):
    text = ("#introductions\nKofi Asante-Boateng (Aug 19, 2024): Hi everyone! I interned at Google Research in "
            "summer 2023.\nMarisa Oyelowo-Grant (Aug 19, 2024): Welcome Kofi! I worked at InstaDeep for two years.")
    found = pairs(nlp, text, "WORKS_AT")
    assert ("Kofi Asante-Boateng", "Google") in found and ("Marisa Oyelowo-Grant", "InstaDeep") in found
    assert ("Kofi Asante-Boateng", "InstaDeep") not in found


def test_a_role_label_turn_is_spoken_by_who_introduces_themself(nlp):
    text = ("MODERATOR: Welcome. I'm Grace Lim, and I was a reporter at Reuters until 2020.\n"
            "GUEST: Thanks. I did my PhD at the University of Edinburgh.")
    found = pairs(nlp, text, "STUDIED_AT")
    assert ("Grace Lim", "University of Edinburgh") not in found


def test_one_labelled_line_is_no_transcript(nlp):
    text = "I am Jane Doe.\nNote: I did my PhD at the University of Edinburgh."
    assert ("Jane Doe", "University of Edinburgh") in pairs(nlp, text, "STUDIED_AT")
