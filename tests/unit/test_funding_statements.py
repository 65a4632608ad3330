"""More funding statements written for these tests (invented bodies and numbers; real funders by
name only): award id shapes, names the parser splits, and the organisations a statement names
without paying for anything."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.funder_roles import thanked_for_what
from tests.unit.test_funding import funded


def names(nlp, text: str) -> set[str]:
    _, pairs = funded(nlp, text)
    return {name for name, _ in pairs}


def awards(nlp, text: str) -> set[str | None]:
    _, pairs = funded(nlp, text)
    return {award for _, award in pairs}


# --- award ids ---------------------------------------------------------------------------------

def test_activity_code_with_application_type_stays_with_its_number(nlp):
    assert awards(nlp, "This work was supported by NIH grants 1R01 AR987654-01A1 and 5P30 GM123450.") \
        == {"1R01 AR987654-01A1", "5P30 GM123450"}


def test_activity_code_typed_with_a_letter_o_is_still_an_activity_code(nlp):
    assert awards(nlp, "Supported by the Ruritanian Cancer Institute grant RO1 CA765432.") == {"RO1 CA765432"}


def test_research_council_prefix_cut_by_a_line_break_is_kept(nlp):
    assert awards(nlp, "This work was funded by the BBSRC (BB/ Q12345X/1).") == {"BB/Q12345X/1"}


def test_hyphen_cut_by_a_line_break_joins_the_id(nlp):
    assert awards(nlp, "This work was funded by the Ruritanian Research Agency (RRA-10- LABX-77-ZETA).") \
        == {"RRA-10-LABX-77-ZETA"}


def test_number_label_glued_to_the_number_is_not_part_of_it(nlp):
    assert awards(nlp, "Supported by the Ruritanian Science Foundation (No.51234567).") == {"51234567"}


def test_programme_number_period_and_ordinal_are_not_awards(nlp):
    found = awards(nlp, "This work was supported by the Ruritanian Science Foundation (grant 7654321) under "
                        "the FP7/2007-2013 framework, the 863 Program of Ruritania and an Eldoria University "
                        "125th Anniversary Studentship.")
    assert "7654321" in found
    assert not found & {"FP7/2007-2013", "863", "125th"}


def test_funder_acronym_before_its_award_is_not_part_of_the_id(nlp):
    _, pairs = funded(nlp, "Funding came from the Ruritanian Medical Foundation (RMF DEQ20181234567).")
    assert ("Ruritanian Medical Foundation", "DEQ20181234567") in pairs


def test_awards_in_square_brackets_after_a_sentence_break(nlp):
    _, pairs = funded(nlp, "JS was supported by the European Union [COST C05.0199 to JS] and the Swiss National "
                           "Science Foundation [3100A0-111111/1 to PF].")
    assert ("Swiss National Science Foundation", "3100A0-111111/1") in pairs


# --- funders ---------------------------------------------------------------------------------

def test_agency_before_an_activity_code_is_a_funder(nlp):
    _, pairs = funded(nlp, "This study was supported by the Ruritanian Disease Foundation and NINDS R01 NS381234.")
    assert ("NINDS", "R01 NS381234") in pairs


def test_grant_named_before_its_activity_code_is_not_a_funder(nlp):
    found = names(nlp, "This work was supported by the National Cancer Institute through the CCSG P30 CA012345.")
    assert "CCSG" not in found
    assert "National Cancer Institute" in found


def test_fund_named_after_its_giver_is_not_the_funder(nlp):
    found = names(nlp, "This work was supported by grants from the National Institutes of Health (MH012345) "
                       "and an Endowment Fund from Eldoria State University to G.C.")
    assert "Endowment Fund" not in found
    assert "Eldoria State University" in found


def test_projects_glossed_by_another_funders_award_ids_are_not_funders(nlp):
    found = names(nlp, "We acknowledge support by the Agence Nationale de la Recherche for the following grants: "
                       "ZETAPATH (ANR-10-EQX-123-1 to D.C.) and MitoZeta (ANR-18-CE14-4321 to D.C.).")
    assert "Agence Nationale de la Recherche" in found
    assert not found & {"ZETAPATH", "MitoZeta"}


def test_funder_glossing_an_award_id_stays_a_funder(nlp):
    found = names(nlp, "EM acknowledges the support of the grants PGC2018-012345-B-I00 (Ministerio de Ciencia) "
                       "and SGR2017-1234 (Generalitat de Catalunya).")
    assert "Generalitat de Catalunya" in found


def test_second_thanks_after_financial_support_is_not_funding(nlp):
    found = names(nlp, "E.W. wishes to thank Eldoria College for financial support and the Department of "
                       "Physics, University of Ruritania and the Zeta Theory Division for hospitality.")
    assert found == {"Eldoria College"}


def test_employer_of_a_thanked_person_is_not_a_funder(nlp):
    found = names(nlp, "The authors thank Dr. Anna Veltrop from the Ruritania Clinic who participated in the "
                       "evaluation. This work was funded by the Wellcome Trust.")
    assert found == {"Wellcome Trust"}


def test_writing_support_company_is_not_the_funder(nlp):
    found = names(nlp, "Medical writing support was provided by David Corvell, PhD, of Zeta Scientific "
                       "Solutions, and funded by the Ruritanian Health Foundation.")
    assert found == {"Ruritanian Health Foundation"}


def test_grant_taken_for_a_person_does_not_hide_its_funder(nlp):
    found = names(nlp, "This research was supported by Grant 53210 from the Ruritanian Institute of Mental "
                       "Health to the last author.")
    assert "Ruritanian Institute of Mental Health" in found


def test_name_split_at_for_is_one_funder(nlp):
    found = names(nlp, "Funding for the centre is provided by core donors: Republic of Ruritania, UK aid, United "
                       "States Agency for International Development (USAID), Australian Centre for International "
                       "Agricultural Research (ACIAR), Germany and Eldoria.")
    assert {"United States Agency for International Development",
            "Australian Centre for International Agricultural Research"} <= found
    assert not found & {"International Development", "Australian Centre"}


def test_quoted_body_with_its_acronym_is_a_funder_and_quoted_programme_is_not(nlp):
    found = names(nlp, 'We thank the financial support from the "National Council of Ruritanian Development" '
                       '(NCRD). This study was funded by the "Eldorian Genome Research Programme ZETA".')
    assert "National Council of Ruritanian Development" in found
    assert not any("Programme" in name for name in found)


def test_fellowship_named_after_a_known_funder_reports_the_funder(nlp):
    _, pairs = funded(nlp, "A. B. Corvell is supported by the ARC Future Fellowship (FT123) and his research "
                           "has been funded by the Wellcome Trust.")
    assert {name for name, _ in pairs} == {"ARC", "Wellcome Trust"}


def test_professorship_from_a_body_is_not_a_funder(nlp):
    found = names(nlp, "S.S. received a Research Professorship from the Ruritanian Society for the Promotion "
                       "of Science.")
    assert "Research Professorship" not in found
    assert "Ruritanian Society for the Promotion of Science" in found


def test_body_that_provided_funding_is_a_funder_but_one_that_received_it_is_not(nlp):
    found = names(nlp, "The Zeta Keck Foundation and the Pasarow family provided some funding for the "
                       "spectrometer. The Eldoria Lab has received funding from the Ruritanian Science Council.")
    assert "Zeta Keck Foundation" in found
    assert "Ruritanian Science Council" in found
    assert "Eldoria Lab" not in found


def test_body_cited_in_brackets_with_a_project_number_is_a_funder(nlp):
    # NER runs the centre into the bracket; the bracket cuts it, and the project number ties the body
    _, pairs = funded(nlp, "The sunspot work was done in the ZETA Centre of Excellence (Academy of Ruritania, "
                           "project No. 272157) and partly supported by the Eldorian Research Foundation.")
    assert ("Academy of Ruritania", "272157") in pairs
    assert not any("Centre" in name for name, _ in pairs)


def test_body_before_a_numbered_award_is_a_funder(nlp):
    _, pairs = funded(nlp, "This publication acknowledges Ruritanian Science Foundation award DEB1234567.")
    assert pairs == {("Ruritanian Science Foundation", "DEB1234567")}


def test_government_written_in_lower_case_is_a_funder(nlp):
    assert "Belgium government" in names(nlp, "This study was supported by Eldoria University and the "
                                              "Belgium government.")


def test_scheme_the_money_came_through_is_not_a_funder(nlp):
    found = names(nlp, "This study received financial support from the French government in the framework "
                       "of the University of Eldoria's Zeta programme.")
    assert "University of Eldoria" not in found
    assert any("French" in name for name in found)


def test_project_consortium_is_not_a_funder_but_a_named_one_is(nlp):
    found = names(nlp, "This work was funded by the Ruritanian Ministry of Research within the ZETAMED "
                       "Consortium. Support was also provided by the Eldoria-Ruritania Sea Grant Consortium.")
    assert "ZETAMED Consortium" not in found
    assert "Eldoria-Ruritania Sea Grant Consortium" in found


def test_what_a_person_is_thanked_for_helping_with_is_not_a_funder(nlp):
    found = names(nlp, "The authors thank Ms Anna Kelvin for support in scoring analysis of TMAs by ZetaPath "
                       "image software. This work was funded by the Wellcome Trust.")
    assert found == {"Wellcome Trust"}


def test_body_thanked_for_funding_after_a_list_of_help_is_a_funder(nlp):
    # a parse that hangs the society under "the manuscript" of the thanks before it
    words = ["We", "thank", "Frey", "for", "reading", "of", "the", "manuscript", "as", "well", "as", "the",
             "Zeta", "Society", "for", "funding", "."]
    heads = [1, 1, 1, 1, 3, 4, 7, 5, 7, 8, 8, 13, 13, 7, 13, 14, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj", "cc", "advmod", "advmod", "det",
            "compound", "conj", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * 16)
    assert not thanked_for_what(Span(doc, 12, 14, label="ORG"))
    assert thanked_for_what(Span(doc, 7, 8, label="ORG"))  # what Frey was thanked for reading


def test_body_named_at_the_end_of_a_programme_funds_it(nlp):
    found = names(nlp, "This work was supported by the Project of the Ruritania Foundation for Senior Citizens "
                       "(grant 2019-1234).")
    assert found == {"Ruritania Foundation for Senior Citizens"}


def test_programme_without_a_body_is_still_not_a_funder(nlp):
    assert names(nlp, "This study was supported by the Program of Support for Leading Scientific Schools.") \
        == set()


def test_well_known_funder_with_a_programme_like_name_resolves_with_its_country(nlp):
    doc, pairs = funded(nlp, "This work was supported by a long-term fellowship from the Human Frontier Science "
                             "Program and by the Academy of Finland (grant 123456).")
    assert {name for name, _ in pairs} == {"Human Frontier Science Program", "Academy of Finland"}
    countries = {e.name: e.country for e in doc.entities}
    assert countries["Human Frontier Science Program"] == "FR"
    assert countries["Academy of Finland"] == "FI"


def test_list_run_into_one_known_name_is_split_and_keeps_the_link(nlp):
    doc, pairs = funded(nlp, "This work was supported by the Canada Foundation for Innovation, Eshelman Institute "
                             "for Innovation, Genome Canada, Innovative Medicines Initiative and Janssen.")
    found = {name for name, _ in pairs}
    assert {"Canada Foundation for Innovation", "Eshelman Institute for Innovation", "Genome Canada"} <= found
    assert not any("," in name for name in found)
    cfi = next(e for e in doc.entities if e.name == "Canada Foundation for Innovation")
    assert cfi.country == "CA"


def test_a_degree_awarded_is_no_funding(nlp):
    """A bio's "awarded" gives a degree, not money; a scholarship awarded is still money."""
    assert not names(nlp, "Hou, 52, holds bachelor's and master's degrees from the University of Vienna and a PhD from "
                          "the Chinese University of Hong Kong, awarded in 2001.")
    assert not names(nlp, "Anna Keller was awarded her doctorate by the University of Vienna in 1990.")
    assert names(nlp, "Anna Keller was awarded a PhD scholarship by the University of Vienna.") == {"University of Vienna"}
