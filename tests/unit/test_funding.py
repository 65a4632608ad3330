"""Funding statements written for these tests, run through the real article pipeline."""

from __future__ import annotations

from extractors.pipeline import extract_documents
from kg.model import Document


def funded(nlp, text: str) -> tuple[Document, set[tuple[str, str | None]]]:
    """The document and its (funder name as written, award id) pairs."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: (e.text or e.name) for e in doc.entities}
    return doc, {(names[r.tail], r.award_id) for r in doc.relations if r.type.value == "FUNDED_BY"}


def test_funder_name_stops_before_the_award(nlp):
    _, pairs = funded(nlp, "This research was partially supported by NSF Grant CCR-7712345.")
    assert pairs == {("NSF", "CCR-7712345")}


def test_award_keeps_its_activity_code(nlp):
    _, pairs = funded(nlp, "The study was funded by the National Institutes of Health grants R01 AI123456 "
                           "and P30 GM654321.")
    assert {award for _, award in pairs} == {"R01 AI123456", "P30 GM654321"}


def test_letters_before_an_award_number_are_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work was supported by the Ruritanian Science Foundation (grants XYZ 0638536 "
                           "and XYZ 0501712).")
    assert {name for name, _ in pairs} == {"Ruritanian Science Foundation"}
    assert {award for _, award in pairs} == {"XYZ 0638536", "XYZ 0501712"}


def test_acronym_before_a_grant_word_is_a_funder(nlp):
    _, pairs = funded(nlp, "This work was partially supported by QRZA Grant MDA904-11-1-0222.")
    assert pairs == {("QRZA", "MDA904-11-1-0222")}


def test_grant_in_aid_is_a_grant_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work was supported by a Grant-in-Aid for Scientific Research (No. 23456789) "
                           "from the Japan Society for the Promotion of Science.")
    names = {name for name, _ in pairs}
    assert not any("Aid" in name for name in names)
    assert any("Japan Society for the Promotion of Science" in name for name in names)


def test_host_thanked_for_hospitality_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "We thank the Ruritanian Institute of Physics for its hospitality. "
                           "This work was funded by the Wellcome Trust.")
    assert {name for name, _ in pairs} == {"Wellcome Trust"}


def test_project_named_beside_its_funder_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work was supported by the Ruritanian Research Agency through the project "
                           "BLUEMOON (grant 2018-554433).")
    names = {name for name, _ in pairs}
    assert "BLUEMOON" not in names
    assert "Ruritanian Research Agency" in names


def test_operator_of_a_facility_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work used the Zephyr cluster, which is operated by the University of Eldoria "
                           "and supported by the Eldorian Computing Foundation.")
    names = {name for name, _ in pairs}
    assert "University of Eldoria" not in names
    assert "Eldorian Computing Foundation" in names


def test_two_acronyms_joined_by_and_are_two_funders(nlp):
    _, pairs = funded(nlp, "The financial supports from QRZP and FAPZE are acknowledged.")
    assert {name for name, _ in pairs} == {"QRZP", "FAPZE"}


def test_acronym_before_a_named_project_runs_it(nlp):
    _, pairs = funded(nlp, "This work was supported by the QRA project NORMAL (QRA-19-CE40-0020).")
    assert pairs == {("QRA", "QRA-19-CE40-0020")}


def test_project_without_a_name_is_still_not_a_funder(nlp):
    _, pairs = funded(nlp, "This research was supported by the DCOMM project.")
    assert pairs == set()


def test_thanked_for_supporting_the_research_is_a_funder(nlp):
    _, pairs = funded(nlp, "We are grateful to the Ruritanian Energy Institute (Ruritania) and Eldor Power "
                           "(Eldoria) for supporting this research.")
    assert {name for name, _ in pairs} == {"Ruritanian Energy Institute", "Eldor Power"}


def test_thanked_for_technical_support_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "We thank the Ruritanian Computing Centre for technical support and the Eldorian "
                           "Science Council for financial support.")
    assert {name for name, _ in pairs} == {"Eldorian Science Council"}


def test_body_at_the_front_of_a_scholarship_funds_it(nlp):
    _, pairs = funded(nlp, "AS was funded through a University of Eldoria PhD Research Scholarship.")
    assert {name for name, _ in pairs} == {"University of Eldoria"}


def test_companies_listed_with_a_funder_are_funders(nlp):
    _, pairs = funded(nlp, "This study was funded by the Wellcome Trust, Zorvex, Novartis and Dravonic.")
    names = {name for name, _ in pairs}
    assert {"Zorvex", "Novartis"} <= names
    assert len(names) >= 3


def test_award_id_in_a_name_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "This research was funded by the Project RTI2018-096903-B-I00 of the Ruritanian "
                           "Research Agency.")
    names = {name for name, _ in pairs}
    assert not any(any(c.isdigit() for c in name) for name in names)
    assert "Ruritanian Research Agency" in names


def test_body_acknowledged_for_financial_support_is_a_funder(nlp):
    _, pairs = funded(nlp, "The Ruritanian Ministry of Science is acknowledged for financial support.")
    assert {name for name, _ in pairs} == {"Ruritanian Ministry of Science"}


def test_organisations_run_together_by_ner_are_split_at_commas(nlp):
    _, pairs = funded(nlp, "The consortium receives funds from the Canada Foundation for Innovation, Eshelman "
                           "Institute for Innovation, Genome Canada and the Wellcome Trust.")
    names = {name for name, _ in pairs}
    assert "Canada Foundation for Innovation" in names
    assert not any("," in name for name in names)


def test_initials_heading_each_grant_are_recipients(nlp):
    _, pairs = funded(nlp, "We acknowledge the following support: JJM, Ruritanian Science Foundation grant "
                           "AB-123456; RHG, the Narnian Research Council grant CD-654321.")
    names = {name for name, _ in pairs}
    assert "Ruritanian Science Foundation" in names
    assert not names & {"JJM", "RHG"}


def test_later_initials_of_a_recipient_list_are_not_funders(nlp):
    _, pairs = funded(nlp, "This work was supported by the Ruritanian Science Foundation grant "
                           "[CA142642 to PPC, DKB, APK].")
    assert {name for name, _ in pairs} == {"Ruritanian Science Foundation"}


def test_grant_in_aid_category_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work was supported by a Grant-in-Aid for JSPS Fellows from the Ruritanian "
                           "Ministry of Education.")
    names = {name for name, _ in pairs}
    assert "JSPS" not in names
    assert any("Ministry of Education" in name for name in names)


def test_hyphen_joined_institute_stays_with_its_agency(nlp):
    _, pairs = funded(nlp, "Funding for this study came from NIH-NICHD Grant R01 HD046807.")
    assert {name for name, _ in pairs} == {"NIH-NICHD"}


def test_slashed_institute_is_not_reported_again(nlp):
    _, pairs = funded(nlp, "This work was supported by NIH/NCI grant CA125456.")
    assert {name for name, _ in pairs} == {"NIH/NCI"}


def test_country_ending_an_address_is_not_a_funder(nlp):
    _, pairs = funded(nlp, "This work was partially supported by the research fund of Varian Medical Systems, "
                           "Palo Alto, CA, USA.")
    names = {name for name, _ in pairs}
    assert "Varian Medical Systems" in names
    assert "USA" not in names


def test_name_after_grant_word_is_the_grant(nlp):
    _, pairs = funded(nlp, "We acknowledge funding from the Ruritanian Research Council grant HIGHZ No. 227749.")
    names = {name for name, _ in pairs}
    assert "HIGHZ" not in names
    assert "Ruritanian Research Council" in names
