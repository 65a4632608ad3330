"""Lab "People" pages and group references (issue #4): role-headed lists read as careers at the page's
organisation, and "both", "all three", "the pair" read as the people just listed. Texts are written for
these tests: the people are invented, the organisations real."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_documents

W, S = "WORKS_AT", "STUDIED_AT"


def careers(nlp, text: str) -> set[tuple]:
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(r.type.value, names[r.head], names[r.tail], r.role if r.type.value == W else r.degree, r.start, r.end)
            for r in doc.relations if r.type.value in (W, S)}


ETH_SENTENCES = ("People - Vision and Learning Lab, ETH Zurich. Director: Prof. Dr. Jane Roe. Postdoctoral researchers: "
                 "Dr. Anna Berg, Dr. Carl Dietz. PhD students: Eva Fischer, Georg Hahn, Ida Jung. Alumni: Dr. Karl Lenz "
                 "(PhD 2022, now at Apple).")
ETH_LINES = ETH_SENTENCES.replace(". Director", "\nDirector").replace(". Postdoctoral", "\nPostdoctoral") \
    .replace(". PhD students", "\nPhD students").replace(". Alumni", "\nAlumni") \
    + "\nContact: Mia Vogel\nAddress: Sternwartstrasse 7, Zurich"
ETH = {
    (W, "Jane Roe", "ETH Zurich", "director", None, None),
    (W, "Anna Berg", "ETH Zurich", "postdoc", None, None),
    (W, "Carl Dietz", "ETH Zurich", "postdoc", None, None),
    (S, "Eva Fischer", "ETH Zurich", "PhD", None, None),
    (S, "Georg Hahn", "ETH Zurich", "PhD", None, None),
    (S, "Ida Jung", "ETH Zurich", "PhD", None, None),
    (S, "Karl Lenz", "ETH Zurich", "PhD", None, 2022),
    (W, "Karl Lenz", "Apple", None, None, None),  # "now" says no start
}


@pytest.mark.parametrize("text", [ETH_SENTENCES, ETH_LINES], ids=["sentences", "lines"])
def test_lab_page_headings_give_roles_at_the_parent_university(nlp, text):
    assert careers(nlp, text) == ETH


def test_group_page_reads_brackets_for_rank_start_and_former_spells(nlp):
    text = ("Members of the NLP Group at the University of Edinburgh's School of Informatics. Faculty: Dr. Fiona "
            "MacLeod (Reader). Research associates: Ewan Grant, Isla Murray. PhD students: Rory Fraser (since "
            "2021), Morag Reid (since 2022). Former members: Callum Ross (PhD 2020, now a research scientist at "
            "Cohere), Duncan Shaw (postdoc 2017-2019, now at Huawei).")
    edinburgh = "University of Edinburgh"
    assert careers(nlp, text) == {
        (W, "Fiona MacLeod", edinburgh, "reader", None, None),
        (W, "Ewan Grant", edinburgh, "research associate", None, None),
        (W, "Isla Murray", edinburgh, "research associate", None, None),
        (S, "Rory Fraser", edinburgh, "PhD", 2021, None),
        (S, "Morag Reid", edinburgh, "PhD", 2022, None),
        (S, "Callum Ross", edinburgh, "PhD", None, 2020),
        (W, "Callum Ross", "Cohere", "research scientist", None, None),
        (W, "Duncan Shaw", edinburgh, "postdoc", 2017, 2019),
        (W, "Duncan Shaw", "Huawei", None, None, None),
    }


def test_headings_alone_on_their_lines_list_names_below(nlp):
    text = ("Robotics Group, Carnegie Mellon University\n\nFaculty\nProf. Amy Tan\n\nPhD Students\nBo Li\n"
            "Cara Diaz\n\nContact: robotics@example.org")
    cmu = "Carnegie Mellon University"
    assert careers(nlp, text) == {(W, "Amy Tan", cmu, "faculty", None, None), (S, "Bo Li", cmu, "PhD", None, None),
                                  (S, "Cara Diaz", cmu, "PhD", None, None)}


@pytest.mark.parametrize("text", [
    "Google announced two hires on Monday. The reason is simple: Jane Roe and Karl Lenz know the field.",
    "Address: Sternwartstrasse 7, ETH Zurich. Funding: Swiss National Science Foundation. Contact: Mia Vogel.",
    "Jane Roe spoke at ETH Zurich. Her advice was short: students first. Director: unknown.",
], ids=["prose-colon", "no-role-headings", "one-heading"])
def test_colons_that_head_no_roster_give_no_roster(nlp, text):
    found = careers(nlp, text)
    assert not {r for r in found if r[0] == S or r[3] in ("director", "postdoc", "faculty")}


def test_all_three_refers_to_the_three_just_listed(nlp):
    text = ("Chen Guofeng and Xu Mingyue both moved to ByteDance, while Karthik Subramanian joined DAMO Academy. "
            "All three had joined Baidu in 2017.")
    baidu = {r[1] for r in careers(nlp, text) if r[2] == "Baidu" and r[4] == 2017}
    assert baidu == {"Chen Guofeng", "Xu Mingyue", "Karthik Subramanian"}


@pytest.mark.parametrize("reference", ["Both", "The pair", "The two", "The two researchers"])
def test_pair_references(nlp, reference):
    text = f"Lena Wolf and Omar Haddad left Siemens in 2015. {reference} had joined Bosch in 2010."
    assert {r[1] for r in careers(nlp, text) if r[2] == "Bosch"} == {"Lena Wolf", "Omar Haddad"}


@pytest.mark.parametrize("text", [
    "Chen Guofeng and Xu Mingyue moved to ByteDance. All three had joined Baidu in 2017.",
    "Lena Wolf, Omar Haddad and Ines Ruiz left Siemens in 2015. Both had joined Bosch in 2010.",
], ids=["three-for-two", "both-for-three"])
def test_group_reference_with_the_wrong_count_stands_for_no_one(nlp, text):
    assert not {r for r in careers(nlp, text) if r[2] in ("Baidu", "Bosch")}
