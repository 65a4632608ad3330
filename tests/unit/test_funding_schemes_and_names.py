"""The eleventh session's funding rules, each on invented sentences: schemes a funder pays through are no
funders ("under its X Fund", a programme in the funder's award bracket, "NHMRC ... Grant", "under the
government's X funding guarantee"), names NER cut short are made whole (a partner country, "Arts and", a comma
list up to its acronym), a funder's namesake abroad is not linked to it, ids keep their bracketed and spaced
pieces, a Funder Registry DOI is no award, co-funders share an id, a scheme's number before its project's is
dropped, compute allocations fund nothing, and a government closing an address is not a funder."""

from __future__ import annotations

import pytest

from tests.unit.test_funding_probe import funding


def names(found: set[tuple[str, str | None]]) -> set[str]:
    return {name for name, _ in found}


# --- schemes: funder_schemes.own_scheme, in_funders_bracket; funder_filters._acronyms_scheme; others_scheme --
def test_its_scheme_is_the_funders(nlp):
    found = funding(nlp, "This work was supported by the Ministry of Education, Ruritania, under its Strategic "
                         "Research Fund Tier 3 (MOE-T3RX-2044-017).")
    assert ("Ministry of Education", "MOE-T3RX-2044-017") in found
    assert not any("Strategic" in name for name in names(found))


def test_programme_in_the_funders_award_bracket(nlp):
    found = funding(nlp, "Financial support from the Swiss National Science Foundation (grant no. 200021_998877 "
                         "and NCCR Molecular Machines, grant no. 512345) is acknowledged.")
    assert found == {("Swiss National Science Foundation", "200021_998877"),
                     ("Swiss National Science Foundation", "512345")}


def test_programme_without_a_number_in_the_bracket_is_left_alone(nlp):
    found = funding(nlp, "We acknowledge funding by the DFG (Grant No. XY1234/5 and Excellenzcluster NEUROWORKS).")
    assert ("Deutsche Forschungsgemeinschaft", "XY1234/5") in found
    assert any("NEUROWORKS" in name for name in names(found))


def test_acronym_then_scheme_words_then_grant(nlp):
    found = funding(nlp, "Funding\n\nM.O. is supported by an NHMRC Emerging Leadership Investigator Grant "
                         "(GNT7654321).")
    assert ("NHMRC", "GNT7654321") in found
    assert not any("Investigator" in name for name in names(found))


def test_eponymous_fellowship_with_its_kind(nlp):
    found = funding(nlp, "Acknowledgements\n\nK.T. is supported by a Sloan Research Fellowship.")
    assert names(found) == {"Sloan"}


# --- names made whole: funder_extents ---------------------------------------------------------------------------
def test_partner_country_glued_by_a_dash(nlp):
    found = funding(nlp, "This research was supported by the United States–Israel Binational Science Foundation "
                         "(BSF grant 2029876).")
    assert {award for _, award in found} == {"2029876"}
    assert names(found) == {"United States–Israel Binational Science Foundation"}


def test_three_names_and_an_acronym_stay_three(nlp):
    found = funding(nlp, "This work was funded by the Simons Foundation, Google and Amazon (AWS).")
    assert "Simons Foundation" in names(found)
    assert not any("Google" in name and "Simons" in name for name in names(found))


# --- namesakes abroad: funder_namesakes ---------------------------------------------------------------------------


def test_nationality_before_a_known_name(nlp):
    found = funding(nlp, "Additional support from the South African Medical Research Council is acknowledged.")
    assert names(found) == {"South African Medical Research Council"}


# --- award ids: awards, cofunding -------------------------------------------------------------------------------
def test_bracketed_part_glued_inside_an_id(nlp):
    found = funding(nlp, "A.B. thanks the Council of Scientific and Industrial Research (CSIR) for a fellowship "
                         "(09/123(4567)/2031-EMR-I).")
    assert {award for _, award in found} == {"09/123(4567)/2031-EMR-I"}


def test_two_long_numbers_in_a_bracket_are_two_ids(nlp):
    found = funding(nlp, "This work was supported by the National Natural Science Foundation of China "
                         "(61234567 62345678).")
    assert {award for _, award in found} == {"61234567", "62345678"}


def test_funder_registry_doi_is_no_award_and_cofunders_share_the_id(nlp):
    found = funding(nlp, "This work has been supported by grant PID2031-123456OB-I00 funded by "
                         "MCIN/AEI/10.13039/501100011033 and by \"ERDF A way of making Europe\".")
    assert ("MCIN", "PID2031-123456OB-I00") in found and ("ERDF", "PID2031-123456OB-I00") in found
    assert not any(award and "10.13039" in award for _, award in found)


def test_the_latter_cofunded_by(nlp):
    found = funding(nlp, "This publication has emanated from research supported by Science Foundation Ireland "
                         "under Grant numbers 21/FFP-A/9999 and 13/RC/2077_P2, the latter co-funded by the European "
                         "Regional Development Fund.")
    assert found == {("Science Foundation Ireland", "21/FFP-A/9999"), ("Science Foundation Ireland", "13/RC/2077_P2"),
                     ("European Regional Development Fund", "13/RC/2077_P2")}


def test_slashed_plan_after_a_funders_programme(nlp):
    found = funding(nlp, "This work was supported by grant TED2031-999999B-I00 funded by the \"European Union "
                         "NextGenerationEU/PRTR\".")
    assert not any(name == "PRTR" for name in names(found))


def test_scheme_number_before_the_project_number(nlp):
    found = funding(nlp, "Funded by the Deutsche Forschungsgemeinschaft (DFG, German Research Foundation) through "
                         "the Collaborative Research Centre SFB 1999 (Q-mat), project-ID 412345678.")
    assert {award for _, award in found} == {"412345678"}


def test_two_scheme_numbers_joined_by_and_stay(nlp):
    found = funding(nlp, "This work was supported by the NSF under grants CCF-1234 and IIS-5678.")
    assert {award for _, award in found} == {"CCF-1234", "IIS-5678"}


# --- not funding: funding_links._access_granted; funder_parents -------------------------------------------------
def test_compute_allocation_funds_nothing(nlp):
    found = funding(nlp, "This work was granted access to the HPC resources of IDRIS under the allocation "
                         "2031-AD011099999 made by GENCI.")
    assert found == set()


def test_government_closing_an_address(nlp):
    found = funding(nlp, "This work was supported by the Science and Engineering Research Board (SERB), Department "
                         "of Science and Technology, Government of India (CRG/2031/009999).")
    assert "Government of India" not in names(found)
    assert ("Department of Science and Technology", "CRG/2031/009999") in found


def test_government_funding_on_its_own(nlp):
    found = funding(nlp, "This work was supported by the Government of India (grant BT/PR9999/2031).")
    assert names(found) == {"Government of India"}


# Statements that give exactly one funder and its id: a scheme through a government, a name NER cut short, a
# namesake abroad, an id in pieces.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("This work was supported by UK Research and Innovation under the UK government's Horizon Europe "
                 "funding guarantee [grant number EP/Z123456/1].",
                 ("UK Research and Innovation", "EP/Z123456/1"), id="funding-guarantee-of-a-government-is-a-scheme"),
    pytest.param("Archival visits were funded by the Arts and Humanities Research Council (AH/Z009876/1).",
                 ("Arts and Humanities Research Council", "AH/Z009876/1"), id="field-and-before-a-late-name"),
    pytest.param("This research received funding from the Consejo Nacional de Humanidades, Ciencias y Tecnologías "
                 "(CONAHCYT) through project CF-2024-I-9876.",
                 ("Consejo Nacional de Humanidades, Ciencias y Tecnologías", "CF-2024-I-9876"),
                 id="comma-list-up-to-the-acronym-that-spells-it"),
    pytest.param("This research is supported by the National Research Foundation, Singapore under grant "
                 "NRF-CRP29-2031-0004.",
                 ("National Research Foundation, Singapore", "NRF-CRP29-2031-0004"),
                 id="country-written-after-the-name"),
    pytest.param("This research was supported by the National Research Foundation of Korea (NRF) grant "
                 "(No. 2031R1A2C1099999).",
                 ("National Research Foundation of Korea", "2031R1A2C1099999"),
                 id="the-known-namesake-keeps-its-own-country"),
    pytest.param("M.G. acknowledges a predoctoral contract from the Generalitat de Catalunya (2031 FI_B 00987).",
                 ("Generalitat de Catalunya", "2031 FI_B 00987"), id="bracket-of-one-id-in-pieces"),
])
def test_one_funder_and_its_id(nlp, text, expected):
    assert funding(nlp, text) == {expected}
