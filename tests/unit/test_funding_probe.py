"""Held-out acknowledgement sections in the shapes papers write them, each with the exact funding the
pipeline must read: every funder (its canonical name where the gazetteer knows it) with its award ids,
and no funder taken from thanks, hosts, compute providers or disclaimers. Real funders, invented award
numbers and people; written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from extractors.articles import html_text
from extractors.pipeline import extract_documents

NSFC = "National Natural Science Foundation of China"
NSF = "U.S. National Science Foundation"
DFG = "Deutsche Forschungsgemeinschaft"
ONR = "Office of Naval Research"


def funding(nlp, text: str) -> set[tuple[str, str | None]]:
    """(funder's canonical name, award id) of every FUNDED_BY relation in the text."""
    if text.startswith("<html"):
        text = html_text(text)[1]
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(names[r.tail], r.award_id) for r in doc.relations if r.type.value == "FUNDED_BY"}


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    pytest.param(
        "Acknowledgements\n\nThis work was supported by the National Natural Science Foundation of China (Grant "
        "Nos. 61772012 and 62076010).",
        {(NSFC, "61772012"), (NSFC, "62076010")}, id="nsfc-grant-nos"),
    pytest.param(
        "Acknowledgments\n\nThis project has received funding from the European Research Council (ERC) under the "
        "European Union's Horizon 2020 research and innovation programme (grant agreement No 123456).",
        {("European Research Council", "123456")}, id="erc-under-horizon-2020-programme"),
    pytest.param(
        "Acknowledgements\n\nWe thank Marta Quell and Ido Brenner for helpful discussions, and the anonymous "
        "reviewers for their comments.",
        set(), id="thanks-only"),
    pytest.param(
        "Acknowledgments\n\nAJ is supported by a Google PhD Fellowship.",
        {("Google", None)}, id="company-fellowship"),
    pytest.param(
        "Acknowledgments\n\nYT was partially funded by NSF CAREER award IIS-1234567.",
        {(NSF, "IIS-1234567")}, id="nsf-career-award"),
    pytest.param(
        "Acknowledgements\n\nThis material is based upon work supported by the Defense Advanced Research Projects "
        "Agency (DARPA) under Contract No. HR0011-19-C-0123.",
        {("Defense Advanced Research Projects Agency", "HR0011-19-C-0123")}, id="darpa-contract"),
    pytest.param(
        "Acknowledgements\n\nThis work was supported by JSPS KAKENHI Grant Number JP19H01234.",
        {("Japan Society for the Promotion of Science", "JP19H01234")}, id="jsps-kakenhi"),
    pytest.param(
        "Acknowledgements\n\nComputational resources were provided by the Digital Research Alliance of Canada. "
        "This research was funded by NSERC Discovery Grant RGPIN-2020-04567.",
        {("Natural Sciences and Engineering Research Council of Canada", "RGPIN-2020-04567")},
        id="compute-provider-is-no-funder"),
    pytest.param(
        "Acknowledgments\n\nThis research was supported by the Office of Naval Research under grant "
        "N00014-21-1-2345. The views and conclusions contained herein are those of the authors and do not "
        "necessarily reflect the official policies of DARPA or the U.S. Government.",
        {(ONR, "N00014-21-1-2345")}, id="disclaimer-names-no-funder"),
    pytest.param(
        "Acknowledgements\n\nThis work was supported in part by the U.S. National Science Foundation under grant "
        "CCF-2112345, by the Office of Naval Research under award N00014-22-1-2001, and by the Alfred P. Sloan "
        "Foundation.",
        {(NSF, "CCF-2112345"), (ONR, "N00014-22-1-2001"), ("Alfred P. Sloan Foundation", None)},
        id="several-funders-own-awards"),
    pytest.param(
        "Acknowledgments\n\nKL and MP acknowledge support from the Swiss National Science Foundation and the "
        "Deutsche Forschungsgemeinschaft under grants 200021_184543 and 390740016, respectively.",
        {("Swiss National Science Foundation", "200021_184543"), (DFG, "390740016")},
        id="funders-and-grants-respectively"),
    pytest.param(
        "Acknowledgements\n\nThis work was supported by the Engineering and Physical Sciences Research Council "
        "[grant number EP/T012345/1].",
        {("Engineering and Physical Sciences Research Council", "EP/T012345/1")}, id="epsrc-bracketed"),
    pytest.param(
        "Acknowledgments\n\nResearch reported in this publication was supported by the National Institute of "
        "General Medical Sciences of the National Institutes of Health under award number R01GM123456. The "
        "content is solely the responsibility of the authors and does not necessarily represent the official "
        "views of the National Institutes of Health.",
        {("National Institute of General Medical Sciences", None), ("National Institutes of Health", "R01GM123456")},
        id="nih-institute-and-disclaimer"),
    pytest.param(
        "Acknowledgments\n\nThis work is supported by the National Key R&D Program of China (No. 2020AAA0106300) "
        "and the Fundamental Research Funds for the Central Universities.",
        {("National Key Research and Development Program of China", "2020AAA0106300"),
         ("Fundamental Research Funds for the Central Universities", None)},
        id="national-key-rd-program"),
    pytest.param(
        "Funding\n\nDeutsche Forschungsgemeinschaft (DFG, German Research Foundation) – Project-ID 390727645.",
        {(DFG, "390727645")}, id="funding-section-without-verb"),
    pytest.param(
        "Acknowledgements\n\nSR is supported by a Canada CIFAR AI Chair and an NSERC Discovery Grant.",
        {("Canadian Institute for Advanced Research", None),
         ("Natural Sciences and Engineering Research Council of Canada", None)},
        id="cifar-chair-and-nserc"),
    pytest.param(
        "Acknowledgements\n\nWe are grateful for a gift from Amazon and for compute credits from Microsoft Azure.",
        {("Amazon", None)}, id="gift-from-company"),
    pytest.param(
        "Acknowledgements\n\nWe thank the Stanford NLP Group for feedback. This work was funded by the Office of "
        "Naval Research (ONR) grant N00014-20-1-2702.",
        {(ONR, "N00014-20-1-2702")}, id="thanks-then-funding"),
    pytest.param(
        "Acknowledgements\n\nThis research was supported by the Australian Research Council through Discovery "
        "Project DP210101234.",
        {("Australian Research Council", "DP210101234")}, id="arc-discovery-project"),
    pytest.param(
        "Acknowledgment\n\nThis work was supported by the National Research Foundation of Korea (NRF) grant funded "
        "by the Korea government (MSIT) (No. 2021R1A2C1012345).",
        {("National Research Foundation of Korea", "2021R1A2C1012345"), ("Korea government", None)},
        id="nrf-grant-funded-by-government"),
    pytest.param(
        "Acknowledgements\n\nThis work was funded by the Wellcome Trust (grant 219627/Z/19/Z) and UK Research and "
        "Innovation (UKRI) [EP/S023356/1].",
        {("Wellcome Trust", "219627/Z/19/Z"), ("UK Research and Innovation", "EP/S023356/1")},
        id="wellcome-and-ukri"),
    pytest.param(
        "Acknowledgments\n\nD.K. acknowledges support from a Sloan Research Fellowship and the Simons Foundation "
        "(award 601234).",
        {("Alfred P. Sloan Foundation", None), ("Simons Foundation", "601234")}, id="sloan-fellowship",
        marks=xfail("'a Sloan Research Fellowship': the gazetteer knows 'Alfred P. Sloan Foundation', not 'Sloan' alone (a bare 'Sloan' also names MIT's school), so the fellowship names an unlinked 'Sloan', not the Foundation")),
    pytest.param(
        "Acknowledgements\n\nThe authors received no specific funding for this work.",
        set(), id="no-funding"),
    pytest.param(
        "Acknowledgements\n\nPart of this work was done while the first author was visiting the Simons Institute "
        "for the Theory of Computing. We thank Google for hosting the workshop.",
        set(), id="host-and-visit"),
    pytest.param(
        "Acknowledgements\n\nThis research is based upon work supported in part by the Office of the Director of "
        "National Intelligence (ODNI), Intelligence Advanced Research Projects Activity (IARPA), via contract "
        "2022-22072200003. The views and conclusions contained herein are those of the authors and should not be "
        "interpreted as necessarily representing the official policies of ODNI, IARPA, or the U.S. Government.",
        {("Office of the Director of National Intelligence", None),
         ("Intelligence Advanced Research Projects Activity", "2022-22072200003")},
        id="iarpa-contract-and-disclaimer"),
    pytest.param(
        "Acknowledgments\n\nThis work was supported by the U.S. Department of Energy, Office of Science, under "
        "contract DE-AC02-06CH11357.",
        {("United States Department of Energy", None), ("Office of Science", "DE-AC02-06CH11357")},
        id="doe-office-contract"),
    pytest.param(
        "Acknowledgements\n\nThis work was partially funded by the French Agence Nationale de la Recherche (ANR) "
        "under grant ANR-19-CE23-0021.",
        {("Agence Nationale de la Recherche", "ANR-19-CE23-0021")}, id="nationality-before-funder"),
    pytest.param(
        "Acknowledgments\n\nXL was partially supported by NSFC grant 62106123. YZ was partially supported by the "
        "China Scholarship Council.",
        {(NSFC, "62106123"), ("China Scholarship Council", None)}, id="each-author-own-support"),
    pytest.param(
        "<html><body><h2>Acknowledgments</h2><p>This work was supported by the Army Research Office under Grant "
        "Number W911NF-20-1-0123 and by a grant from the Gordon and Betty Moore Foundation (GBMF9876).</p>"
        "</body></html>",
        {("Army Research Office", "W911NF-20-1-0123"), ("Gordon and Betty Moore Foundation", "GBMF9876")},
        id="html-acknowledgements"),
    pytest.param(
        "Acknowledgements\n\nMB is funded by an Alexander von Humboldt Foundation postdoctoral fellowship.",
        {("Alexander von Humboldt Foundation", None)}, id="foundation-fellowship"),
    pytest.param(
        "Acknowledgements\n\nFunded by the Deutsche Forschungsgemeinschaft (DFG, German Research Foundation) under "
        "Germany's Excellence Strategy – EXC 2075 – 390740016.",
        {(DFG, "390740016")}, id="dfg-excellence-strategy"),
    pytest.param(
        "Acknowledgements\n\nWe thank Yusuf Kemal of Microsoft Research for sharing the data, and the University "
        "of Oxford for providing the cluster.",
        set(), id="thanks-to-people-and-providers"),
    # --- the rules the probe's cases above asked for, each in a second shape ---------------------------------
    pytest.param(
        "Acknowledgements\n\nWe thank Dr. Lena Ruiz and the Broad Institute for the kind gift of plasmids. This "
        "work was supported by the Wellcome Trust.",
        {("Wellcome Trust", None)}, id="gift-of-material-is-no-funding"),
    pytest.param(
        "Funding information\n\nSimons Foundation (601234).\n\nCompeting interests\n\nThe authors declare no "
        "competing interests.",
        {("Simons Foundation", "601234")}, id="funding-information-heading"),
    pytest.param(
        "Acknowledgements\n\nThe authors acknowledge unrestricted gifts from Databricks and Intel.",
        {("Databricks", None), ("Intel", None)}, id="gifts-from-a-list"),
    # --- found by a review on sentences nobody had tuned for -------------------------------------------------
    pytest.param("We gratefully acknowledge the gift of reagents from Thermo Fisher Scientific.", set(),
                 id="gift-of-material-from-a-company"),
    pytest.param("This research was supported by a gift of $50,000 from Google.", {("Google", None)},
                 id="gift-of-money-no-award-id"),
    pytest.param("The Wellcome Trust funds research on malaria.", set(), id="news-present-tense-funds"),
    pytest.param("The Gates Foundation, which funds vaccine research, hosted the meeting.", set(),
                 id="news-relative-clause-funds"),
    pytest.param("The Wellcome Trust funds this research under grant 203141/Z/16/Z.",
                 {("Wellcome Trust", "203141/Z/16/Z")}, id="present-tense-funds-this-research"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_acknowledgement(nlp, text, expected):
    assert funding(nlp, text) == expected
