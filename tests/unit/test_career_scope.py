"""Sentences a user-level review found extracting nothing or the wrong thing: a refusal's scope, people
NER calls organisations, employers NER misses, a move after studies. Invented people throughout."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_documents
from tests.unit.extraction import pairs


def found(nlp, text: str, rel_type: str) -> dict[str, tuple]:
    """tail name -> (head name, start, end, degree, role) of each `rel_type` relation in `text`."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {names[r.tail]: (names[r.head], r.start, r.end, r.degree, r.role) for r in doc.relations
            if r.type.value == rel_type}


# --- 1. a refusal scopes over its own clause -------------------------------------------------------

def test_declined_offer_leaves_the_conjoined_return_with_its_own_year(nlp):
    text = "Mei Lanqiu declined an offer from Meta in 2019 and returned to Tsinghua University in 2020."
    works = found(nlp, text, "WORKS_AT")
    assert works == {"Tsinghua University": ("Mei Lanqiu", 2020, None, None, None)}


def test_declined_offer_and_instead_joined(nlp):
    text = "Maria Garcia declined an offer from Google in 2020 and instead joined DeepMind."
    works = found(nlp, text, "WORKS_AT")
    assert set(works) == {"Google DeepMind"}
    assert works["Google DeepMind"][1] is None  # 2020 is the year of the offer, not of joining


def test_turned_down_then_joined(nlp):
    text = "Chen Hao turned down Google and joined Baidu in 2018."
    assert found(nlp, text, "WORKS_AT") == {"Baidu": ("Chen Hao", 2018, None, None, None)}


@pytest.mark.parametrize("text", ["Li Wen neither joined Google nor worked at Meta.",
                                  "Li Wen worked at neither Google nor Meta."])
def test_neither_nor_denies_both(nlp, text):
    assert found(nlp, text, "WORKS_AT") == {}


def test_a_contrast_after_neither_is_a_fact(nlp):
    text = "Ann Ode joined neither firm but later worked at Meta in 2020."
    assert found(nlp, text, "WORKS_AT") == {"Meta": ("Ann Ode", 2020, None, None, None)}


def test_refusal_after_a_fact_stays_a_refusal(nlp):
    text = "Chen Hao joined Tsinghua University in 2020 and declined an offer from Meta."
    assert {tail for _, tail in pairs(nlp, text, "WORKS_AT")} == {"Tsinghua University"}


@pytest.mark.parametrize("text", [
    "Chen Hao has never worked at Google or studied at MIT.",  # a negated disjunction denies both
    "Chen Hao will join Google and lead Baidu Research.",  # the modal governs both verbs
    "Chen Hao reportedly joined Google and later led Baidu Research.",  # a sentence adverb covers both
])
def test_shared_negation_modal_or_hedge_still_cancels_both(nlp, text):
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    assert [r for r in doc.relations if r.type.value in ("WORKS_AT", "STUDIED_AT")] == []


def test_contrast_after_negation_keeps_the_second_clause(nlp):
    text = "Chen Hao did not join Google but moved to Baidu in 2018."
    assert pairs(nlp, text, "WORKS_AT") == {("Chen Hao", "Baidu")}


# --- 3. people NER called organisations; employers it missed -----------------------------------------

@pytest.mark.parametrize("text", [
    "Eleanor Whitcombe received her DPhil/PhD from the University of Oxford in 2016.",
    "Eleanor Whitcombe received a DPhil from the University of Oxford in 2016.",
])
def test_degree_with_a_slash_and_a_name_tagged_org(nlp, text):
    assert found(nlp, text, "STUDIED_AT") == {"University of Oxford": ("Eleanor Whitcombe", None, 2016, "PhD", None)}


def test_joining_a_university_makes_the_subject_a_person(nlp):
    text = "Eleanor Whitcombe joined the University of Oxford in 2016."
    assert found(nlp, text, "WORKS_AT") == {"University of Oxford": ("Eleanor Whitcombe", 2016, None, None, None)}


def test_family_name_in_capitals(nlp):
    text = "WANG Xiaoming received his PhD from Zhejiang University in 2012."
    assert found(nlp, text, "STUDIED_AT") == {"Zhejiang University": ("WANG Xiaoming", None, 2012, "PhD", None)}


@pytest.mark.parametrize("text", [
    "The Korvex Foundation joined the University of Oxford in 2016.",  # an organisation word: no person
    "Korvex Foundation received a grant from the University of Oxford in 2016.",
])
def test_an_organisation_subject_stays_an_organisation(nlp, text):
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    assert not any(e.label.value == "Person" for e in doc.entities)
    assert pairs(nlp, text, "WORKS_AT") == set() and pairs(nlp, text, "STUDIED_AT") == set()


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Olga Petrova joined Yandex in 2018.", 2018, None),
    ("Olga Petrova worked at Yandex from 2015 to 2018.", 2015, 2018),
])
def test_employer_ner_missed_becomes_an_unresolved_organisation(nlp, text, start, end):
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    org = next(e for e in doc.entities if e.name == "Yandex")
    assert org.id == "org:yandex" and org.score is None
    works = found(nlp, text, "WORKS_AT")
    assert works == {"Yandex": ("Olga Petrova", start, end, None, None)}


def test_firm_named_like_a_person(nlp):
    assert pairs(nlp, "Olga Petrova joined Hemlock Labs in 2018.", "WORKS_AT") == {("Olga Petrova", "Hemlock Labs")}


def test_joining_a_person_makes_no_employer(nlp):
    assert pairs(nlp, "Olga Petrova joined Smith in criticising the plan.", "WORKS_AT") == set()


# --- 3. a move after studies names no kind ----------------------------------------------------------

@pytest.mark.parametrize("place", ["Stanford", "Stanford University"])
def test_move_after_studies_is_neither_study_nor_job(nlp, place):
    text = f"Shen Yuhang studied at SJTU and moved to {place} in 2016."
    assert pairs(nlp, text, "STUDIED_AT") == {("Shen Yuhang", "Shanghai Jiao Tong University")}
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_move_after_studies_with_a_role_is_a_job(nlp):
    text = "Shen Yuhang studied at SJTU and moved to Stanford as a postdoc in 2016."
    assert pairs(nlp, text, "WORKS_AT") == {("Shen Yuhang", "Stanford University")}


def test_move_to_a_company_after_studies_is_a_job(nlp):
    text = "Shen Yuhang studied at SJTU and moved to Google in 2016."
    assert found(nlp, text, "WORKS_AT") == {"Google": ("Shen Yuhang", 2016, None, None, None)}


def test_transfer_during_studies_is_study(nlp):
    text = "Shen Yuhang was studying at SJTU and transferred to Stanford University in 2016."
    assert ("Shen Yuhang", "Stanford University") in pairs(nlp, text, "STUDIED_AT")


# --- 4. after a graduation, a return, a move for a degree ---------------------------------------------

@pytest.mark.parametrize(("text", "studied", "works"), [
    ("Zhang Lei graduated from Tsinghua University in 2008 and returned to Zhejiang University in 2016.",
     {"Tsinghua University": ("Zhang Lei", None, 2008, None, None)},
     {"Zhejiang University": ("Zhang Lei", 2016, None, None, None)}),
    ("Helen Scott graduated from Fudan University and returned to Fudan University in 2018.",
     {"Fudan University": ("Helen Scott", None, None, None, None)},
     {"Fudan University": ("Helen Scott", 2018, None, None, None)}),
    ("Anna Lee studied at Seoul National University and returned to KAIST in 2019.",
     {"Seoul National University": ("Anna Lee", None, None, None, None)},
     {"Korea Advanced Institute of Science and Technology": ("Anna Lee", 2019, None, None, None)}),
    # a graduation ends the studies: what follows may be a first job
    ("Wang Fang graduated from Peking University and moved to Harvard University in 2015.",
     {"Peking University": ("Wang Fang", None, None, None, None)},
     {"Harvard University": ("Wang Fang", 2015, None, None, None)}),
])
def test_a_return_or_a_move_after_graduating_is_a_job(nlp, text, studied, works):
    assert found(nlp, text, "STUDIED_AT") == studied
    assert found(nlp, text, "WORKS_AT") == works


@pytest.mark.parametrize(("text", "place", "start", "degree"), [
    ("Li Wei moved to Harvard University in 2015 for his PhD.", "Harvard University", 2015, "PhD"),
    ("Li Wei studied at Peking University and moved to Harvard University in 2015 for his PhD.",
     "Harvard University", 2015, "PhD"),
    ("Li Wei graduated from Peking University in 2014 and moved to Harvard University in 2015 for her PhD.",
     "Harvard University", 2015, "PhD"),
    ("Li Wei moved to Stanford University in 2012 for a master's degree.", "Stanford University", 2012, "Master"),
    ("Li Wei moved to MIT for her doctorate.", "Massachusetts Institute of Technology", None, "PhD"),
    ("Li Wei studied at Charles University and moved to ETH Zurich in 2012 for his doctorate.", "ETH Zurich", 2012,
     "PhD"),
    ("Li Wei returned to Zhejiang University in 2016 for doctoral studies.", "Zhejiang University", 2016, "PhD"),
    ("Li Wei returned to Zhejiang University in 2016 to pursue a PhD.", "Zhejiang University", 2016, "PhD"),
])
def test_a_move_for_a_degree_is_study_with_the_degree(nlp, text, place, start, degree):
    studied = found(nlp, text, "STUDIED_AT")
    assert studied[place] == ("Li Wei", start, None, degree, None)
    assert place not in found(nlp, text, "WORKS_AT")


@pytest.mark.parametrize(("text", "place"), [
    ("Li Wei moved to Google in 2015 for a new job.", "Google"),
    ("Li Wei moved to Stanford University in 2015 for a postdoc.", "Stanford University"),
])
def test_a_move_for_anything_but_a_degree_stays_a_job(nlp, text, place):
    assert found(nlp, text, "STUDIED_AT") == {}
    assert set(found(nlp, text, "WORKS_AT")) == {place}


@pytest.mark.parametrize("text", [
    "Li Na attended Fudan University and moved to Stanford University in 2012.",  # no completion said
    "Li Na majored in physics at Fudan University and moved to Stanford University in 2012.",
])
def test_a_move_during_unfinished_studies_is_still_neither(nlp, text):
    assert pairs(nlp, text, "STUDIED_AT") == {("Li Na", "Fudan University")}
    assert pairs(nlp, text, "WORKS_AT") == set()
