"""A paper's affiliation lines ("Org, Town, Country: A, B & C") give each listed author a job there."""

from __future__ import annotations

import pytest

from tests.unit.extraction import careers, pairs


def test_each_author_listed_under_an_organisation_works_there(nlp):
    text = ("Affiliations\n"
            "Google DeepMind, London, UK: Siddharth Raghunathan, Helena Kowalczyk-Ito & Rashid Al-Mansouri\n"
            "Department of Engineering, University of Cambridge, Cambridge, UK: Olamide Adebayo-Kern and Helena "
            "Kowalczyk-Ito\n")
    assert pairs(nlp, text, "WORKS_AT") == {
        ("Siddharth Raghunathan", "Google DeepMind"), ("Helena Kowalczyk-Ito", "Google DeepMind"),
        ("Rashid Al-Mansouri", "Google DeepMind"), ("Olamide Adebayo-Kern", "University of Cambridge"),
        ("Helena Kowalczyk-Ito", "University of Cambridge")}
    # where they are, not what they do or since when; and only under an affiliations heading
    assert pairs(nlp, text.replace("Affiliations\n", "Judges\n"), "WORKS_AT") == set()
    assert all(role is None and start is None and end is None for *_, role, start, end in careers(nlp, text))


@pytest.mark.parametrize("text", [
    "These authors contributed equally: Siddharth Raghunathan, Olamide Adebayo-Kern.",  # no organisation
    "Funding: the Engineering and Physical Sciences Research Council, the Royal Society.",  # no names
    "Google DeepMind: Siddharth Raghunathan, our reviewers and the whole Gemini team",  # not only names
    "Acknowledgements to Jane Doe at Westbrook University: Siddharth Raghunathan",  # a person in the head
])
def test_other_colon_lines_give_no_jobs(nlp, text):
    assert pairs(nlp, "Author information\n" + text, "WORKS_AT") == set()
