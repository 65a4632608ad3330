"""Negative tests from the review of the seventeenth session's rules: ordinary text each new rule must leave alone."""

from __future__ import annotations

import pytest

from extractors.docdate import written_on
from tests.unit.extraction import careers, pairs


@pytest.mark.parametrize("text, absent", [
    # a closing line about someone else is no writer (closing_author)
    ("I first met Alan in 1985, when I joined Bell Labs as a summer intern. He taught me everything.\n"
     "I left for Stanford in 1990, but we wrote papers together for thirty years.\n"
     "Alan Kessler was a professor of computer science at Princeton University.", ("Alan Kessler", "Bell Labs")),
    ("I spent ten years at Google before I joined OpenAI in 2022. Leaving was hard.\n"
     "Ilya Sutskever was my manager at Google.", ("Ilya Sutskever", "OpenAI")),
    ("Dear Selection Committee,\nI am writing to recommend Ms. Hana Sato. I was her advisor at Kyoto University from "
     "2018 to 2022, when I joined Sony AI.\nHana Sato is a PhD student at the University of Tokyo.",
     ("Hana Sato", "Sony AI")),
    ("My journey into AI\nI studied at IIT Bombay and joined Microsoft Research India in 2012.\n"
     "Satya Nadella is the CEO of Microsoft.", ("Satya Nadella", "Microsoft Research India")),
    # thanks for a visit are no job (_PRAISE)
    ("We thank Dr. Mark Lee for returning to MIT to give this year's Minsky lecture.",
     ("Mark Lee", "Massachusetts Institute of Technology")),
    ("We thank Prof. Hana Kim for coming to Google to present her work.", ("Hana Kim", "Google")),
    # a firm's page or a job advert names no CV owner (cv_owner)
    ("ACME ROBOTICS\nwww.acmerobotics.ai | Boston, MA\nPositions\nSenior Robotics Engineer, Acme Robotics, 2020 - present",
     ("Acme Robotics", "Acme Robotics")),
    ("OPEN POSITIONS\nApply: jobs@deepmind.com\nPositions\nResearch Scientist, Google DeepMind, London",
     ("Open Positions", "Google DeepMind")),
    # "her" in a verbless entry is the nearer person's (pronoun_referent)
    ("Team\nAnna Berg, Chief Scientist; Tom Ilves, her deputy — on leave from his post at Nokia Bell Labs.",
     ("Anna Berg", "Nokia Bell Labs")),
    # a colon line in the next section is no affiliation (affiliation_lines)
    ("Affiliations\nGoogle DeepMind, London, UK: Jane Doe, John Roe\nFunding\nWellcome Trust, London: Alan Smith, "
     "Mary Jones\n", ("Alan Smith", "Wellcome Trust")),
    # a firm's social account is no person (narrator handle)
    ("Hugging Face @huggingface · Feb 2, 2025\nI can't believe it has been a year since I joined the team at "
     "Hugging Face.", ("Hugging Face", "Hugging Face")),
    # "assigned to a client" is no post there
    ("Dr. Lea Morel was assigned to Google as an account manager by her employer, Accenture.", ("Lea Morel", "Google")),
])
def test_new_rules_leave_ordinary_text_alone(nlp, text, absent):
    assert absent not in pairs(nlp, text, "WORKS_AT") | pairs(nlp, text, "STUDIED_AT")


@pytest.mark.parametrize("text", ["Jane Whitfield\n12 March 1941 – 3 May 2024\nShe retired last year.",
                                  "Research Scientist\n1 March 2018 — 30 June 2021, Google Brain\n"])
def test_a_span_of_dates_under_a_heading_is_no_dateline(text):
    assert written_on(text) is None


def test_a_hyphenated_word_after_a_long_name_is_not_part_of_it(nlp):
    found = pairs(nlp, "Many Demis Hassabis-fans joined. Demis Hassabis co-founded DeepMind in 2010.", "WORKS_AT")
    assert ("Demis Hassabis", "Google DeepMind") in found or ("Demis Hassabis", "DeepMind") in found


def test_had_become_is_no_hedge(nlp):
    text = "Dr. Sara Lind, who'd become a professor at MIT in 2015, left for Google in 2020."
    assert ("Sara Lind", "Massachusetts Institute of Technology") in pairs(nlp, text, "WORKS_AT")


def test_a_place_one_joins_from_and_still_works_at_stays_open(nlp):
    text = ("Montreal, 3 May 2024 — Dr. Joelle Tremblay joins Mila as a core member. She joins from McGill University, "
            "where she is an associate professor of computer science.")
    assert all(end is None for _, _, tail, _, _, end in careers(nlp, text) if tail == "McGill University")


def test_a_business_partner_is_no_unnamed_relative(nlp):
    text = "Rosa Alvarez led the round with Tom Hughes, her partner at Sequoia Capital."
    assert any(org == "Sequoia Capital" for _, org in pairs(nlp, text, "WORKS_AT"))
