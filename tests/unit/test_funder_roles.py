"""Organisations a funding statement names without being its funders, and the funders kept
beside them. Statements written for these tests, run through the real article pipeline."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_documents


def funders(nlp, text: str) -> set[str]:
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: (e.text or e.name) for e in doc.entities}
    return {names[r.tail] for r in doc.relations if r.type.value == "FUNDED_BY"}


def test_letters_glued_to_an_award_code_are_not_a_funder(nlp):
    found = funders(nlp, "This work was supported by the Ruritanian Research Agency under contract "
                         "H2021-XYZ-645403-ZORBLAX.")
    assert found == {"Ruritanian Research Agency"}


def test_agency_before_its_award_number_is_a_funder(nlp):
    assert "NIMH" in funders(nlp, "The authors are supported in part by NIMH 5R01MH012345.")


def test_project_named_after_its_award_code_is_not_a_funder(nlp):
    found = funders(nlp, "This work was funded by the Ruritanian Research Agency via the programs "
                         "RRA-16-CE05-0021 and CE09 ZORBLAX.")
    assert "ZORBLAX" not in found
    assert "Ruritanian Research Agency" in found


def test_name_of_a_grant_given_by_another_body(nlp):
    found = funders(nlp, "This research was supported by a ZEPH grant to D.W., from the Ruritanian "
                         "Organization for Scientific Research.")
    assert "ZEPH" not in found
    assert "Ruritanian Organization for Scientific Research" in found


def test_grant_word_after_an_unknown_funder_without_giver_keeps_it(nlp):
    found = funders(nlp, "This work was supported by a Ruritania Foundation grant and by the Acme Corporation.")
    assert {"Ruritania Foundation", "Acme Corporation"} <= found


def test_what_the_money_paid_for_is_not_a_funder(nlp):
    found = funders(nlp, "Funding for the creation of the Zephyr Sky Archive has been provided by the "
                         "Ruritanian Science Foundation.")
    assert found == {"Ruritanian Science Foundation"}


def test_operator_of_a_facility_and_its_university(nlp):
    found = funders(nlp, "This work used the Zephyr Database, which is operated by the Eldoria Propulsion "
                         "Laboratory, Eldoria Institute of Technology, and was supported by the Acme Foundation.")
    assert "Eldoria Institute of Technology" not in found
    assert "Acme Foundation" in found


def test_initials_and_surnames_are_people(nlp):
    found = funders(nlp, "F. Gomez is the recipient of a Ruritanian Science Foundation fellowship, and "
                         "M.T. Nunes is supported by the Acme Foundation (to N. Fierro).")
    assert not {"M.T. Nunes", "Fierro", "N. Fierro"} & found
    assert "Acme Foundation" in found


def test_host_thanked_for_hospitality_after_a_funder(nlp):
    found = funders(nlp, "E.W. wishes to thank Oriel Trust for financial support and the Eldoria Theory "
                         "Division for hospitality.")
    assert "Eldoria Theory Division" not in found


def test_thanked_for_financial_support_is_kept(nlp):
    assert "Kazimir Foundation" in funders(nlp, "We thank the Kazimir Foundation for the financial support "
                                                "during the study.")


def test_authors_listed_as_initials_are_not_funders(nlp):
    found = funders(nlp, "This analysis is a product of the Zephyr Fellowship Program funded by the Acme "
                         "Foundation, as conceived by KCW, PCH, and EKR.")
    assert not {"KCW", "PCH", "EKR"} & found


def test_ministry_portfolios_are_one_name(nlp):
    found = funders(nlp, "This study was supported by a grant from the Ministry of Health, Labour and Welfare "
                         "of Ruritania.")
    assert "Labour" not in found


def test_people_named_in_a_foundation_name(nlp):
    found = funders(nlp, "This work was supported by the Patrick and Catherine Weldon Donaghue Medical "
                         "Research Foundation.")
    assert any("Donaghue Medical Research Foundation" in name for name in found)


def test_grant_topic_is_not_a_funder(nlp):
    found = funders(nlp, "This study was supported by a research grant on Tissue Engineering (H17-014) from "
                         "the Ruritanian Ministry of Health.")
    assert "Tissue Engineering" not in found


@pytest.mark.parametrize("text", [
    "The Ruritanian Science Foundation declined to fund this study.",
    "We hope the Ruritanian Science Foundation will fund this study.",
])
def test_refusals_and_hopes_are_not_funding(nlp, text):
    assert "Ruritanian Science Foundation" not in funders(nlp, text)
