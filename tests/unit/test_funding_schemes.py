"""Funding statements written for these tests, one per rule of session 10: schemes a funder pays through,
ids named before their funders, names NER cut or ran on, descriptors and titles that are no funders,
disclosures, and an acronym two countries' funders share. Run through the real article pipeline."""

from __future__ import annotations

from tests.unit.test_funding import funded


def test_scheme_named_under_a_funder_gives_its_award_to_the_funder(nlp):
    _, pairs = funded(nlp, "This research was funded by the Ruritanian Science Agency under Starting Investigator "
                           "award TR-55123 and through the Priority Programme SPP 2041 (project 347573108).")
    assert {name for name, _ in pairs} == {"Ruritanian Science Agency"}
    assert {"TR-55123", "347573108"} <= {award for _, award in pairs}


def test_channel_of_its_own_is_still_a_funder(nlp):
    _, pairs = funded(nlp, "B.K. was funded through a University of Eldor PhD Scholarship and through NERC grant "
                           "NE/X001234/1.")
    assert ("NERC", "NE/X001234/1") in pairs


def test_local_government_programme_is_a_funder(nlp):
    _, pairs = funded(nlp, "This study was supported by the Jiangsu Provincial Key Research and Development Program "
                           "(BE2022789).")
    assert pairs == {("Jiangsu Provincial Key Research and Development Program", "BE2022789")}


def test_id_named_before_its_funder_goes_to_that_funder(nlp):
    _, pairs = funded(nlp, "Award 2021-778 from the Eldor Heritage Foundation and grant ZX-40912 from the Ruritanian "
                           "Science Agency made the fieldwork possible.")
    assert pairs == {("Eldor Heritage Foundation", "2021-778"), ("Ruritanian Science Agency", "ZX-40912")}


def test_two_letter_activity_code_stays_with_its_award(nlp):
    _, pairs = funded(nlp, "The work was funded by the National Institutes of Health (UH3 NS104321).")
    assert {award for _, award in pairs} == {"UH3 NS104321"}


def test_number_glued_to_a_name_is_no_award(nlp):
    _, pairs = funded(nlp, "This work was supported by the Ruritanian Science Agency. Runs used the Eldor'4000 "
                           "cluster.")
    assert {award for _, award in pairs} == {None}


def test_known_funder_in_a_grant_in_aid_category_is_its_giver(nlp):
    _, pairs = funded(nlp, "R.T. was supported by a Grant-in-Aid for JSPS Research Fellows (23KJ0456).")
    assert pairs == {("JSPS", "23KJ0456")}


def test_fellowship_named_after_its_giver(nlp):
    _, pairs = funded(nlp, "The second author was supported by a Packard Fellowship.")
    assert {name for name, _ in pairs} == {"Packard"}


def test_bracketed_acronym_of_a_lower_case_name_is_a_funder(nlp):
    _, pairs = funded(nlp, "L.M. holds a doctoral scholarship from the Fonds de recherche du Québec – Santé (FRQS).")
    assert {name for name, _ in pairs} == {"FRQS"}


def test_name_goes_on_across_a_spaced_dash(nlp):
    _, pairs = funded(nlp, "P.D. is funded by a grant from the Science Fund – Wallonia (SFW, grant 40007321).")
    assert pairs == {("Science Fund – Wallonia", "40007321")}


def test_funded_descriptor_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "We acknowledge support from the Helix Centre (grant 7712345), a Regional Centre of "
                           "Excellence funded by the Ruritanian Science Agency.")
    assert "Regional Centre of Excellence" not in {name for name, _ in pairs}


def test_title_after_an_award_number_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work was supported by a Ruritanian Science Agency grant (No. 2022-0-01234, Robust "
                           "Vision Research Center Program (Eldor University)).")
    assert {name for name, _ in pairs} == {"Ruritanian Science Agency"}


def test_host_of_a_funded_facility_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work was funded by the Wellcome Trust. Runs were made on the Helix platform, "
                           "supported by a research group hosted by the Eldor Institute and including ORNAT.")
    assert {name for name, _ in pairs} == {"Wellcome Trust"}


def test_sentence_the_parser_cut_short_keeps_its_award(nlp):
    _, pairs = funded(nlp, "This trial was funded by the Ruritanian Health Research Agency (RHRA) Efficacy and "
                           "Mechanism Evaluation programme (project reference 19/55/07).")
    assert pairs == {("Ruritanian Health Research Agency", "19/55/07")}


def test_grants_outside_the_submitted_work_fund_nothing(nlp):
    _, pairs = funded(nlp, "This work was funded by the Wellcome Trust. J.K. reports grants from Novartis outside "
                           "the submitted work.")
    assert {name for name, _ in pairs} == {"Wellcome Trust"}


def test_shared_acronym_is_the_named_countrys_funder(nlp):
    doc, pairs = funded(nlp, "This work was supported by the Ministry of Education, Taiwan, and by MOST "
                             "108-2218-E-007-045.")
    funders = {e.id: e for e in doc.entities}
    most = next(r for r in doc.relations if r.type.value == "FUNDED_BY" and r.award_id == "108-2218-E-007-045")
    assert funders[most.tail].country == "TW"
