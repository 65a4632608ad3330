"""Byline years cut into career spells."""

from __future__ import annotations

from kg.spells import spells


def _rows(*items):
    return [{"paper": f"w{i}", "year": y, "role": role, "affiliations": orgs} for i, (y, orgs, role) in enumerate(items)]


def test_returning_to_an_organisation_starts_a_new_spell():
    rows = _rows(
        (2015, ["A"], None), (2016, ["A"], None), (2017, ["A"], None),
        (2018, ["B"], None), (2020, ["B"], None), (2021, ["A"], None),
    )
    got = [(s.org, s.start, s.end, len(s.sources)) for s in spells("p", rows)]
    assert got == [("A", 2015, 2017, 3), ("B", 2018, 2020, 2), ("A", 2021, 2021, 1)]


def test_a_year_without_papers_does_not_end_a_spell():
    got = [(s.org, s.start, s.end) for s in spells("p", _rows((2015, ["A"], None), (2018, ["A"], None)))]
    assert got == [("A", 2015, 2018)]


def test_two_affiliations_in_one_year_run_in_parallel():
    rows = _rows((2015, ["A", "B"], None), (2016, ["A"], None))
    got = sorted((s.org, s.start, s.end) for s in spells("p", rows))
    assert got == [("A", 2015, 2016), ("B", 2015, 2015)]


def test_student_years_become_a_study_spell_then_a_job():
    rows = _rows((2014, ["A"], "PhD student"), (2016, ["A"], "PhD student"), (2017, ["A"], "Professor"))
    got = [(s.org, s.degree, s.start, s.end) for s in spells("p", rows)]
    assert got == [("A", "PhD", 2014, 2016), ("A", None, 2017, 2017)]
    assert spells("p", rows)[0].key == "A|PhD|2014"


def test_same_paper_counted_once():
    rows = [{"paper": "w1", "year": 2015, "role": None, "affiliations": ["A", "A"]}]
    assert spells("p", rows)[0].sources == ["w1"]
