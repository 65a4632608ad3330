"""One set of date forms for prose and CV lines (extractors/years.py), and the word tests shared by the rules."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_documents
from extractors.schooling import schooling_word
from extractors.vocabulary import degree_word
from extractors.years import DATE_RANGE, PERIOD, YEAR_WORD, find_years, span_years


def _years(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(m.kind, m.first, m.last) for m in find_years(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("He was a postdoc there between 11/2005 and 03/2007.", [("range", 2005, 2007)]),
    ("He joined ENSAE in 9/2016, where he still teaches.", [("point", 2016, 2016)]),
    ("She was at Acme from Sep 2015 ~ current.", [("range", 2015, None)]),
    ("Visiting researcher, 2015.09 - 2016.01.", [("range", 2015, 2016)]),
    ("She led the lab from 2010 to early 2012.", [("range", 2010, 2012)]),
    ("He studied there in 2018 and 2015.", [("point", 2018, 2018), ("point", 2015, 2015)]),  # two points
    # "and" then a verb: two mentions, not the span "2020 and spent 2020"
    ("She received her PhD in 2020 and spent 2020-2022 as a postdoc.", [("point", 2020, 2020), ("range", 2020, 2022)]),
    ("In 2015 - the year it opened - she moved.", [("point", 2015, 2015)]),  # prose never leaves a span open
    ("Funded under FP7/2007-2013 and grant 12-345.", []),  # a programme's period, not a career's
    ("She visited Oxford during 2017-18.", [("range", 2017, 2018)]),  # the end's last two digits
    ("He held the chair in the 2022–23 academic year.", [("range", 2022, 2023)]),
    ("It ran 1999-00.", [("range", 1999, 2000)]),
    ("Grant 2019-0123 and FP7/2007-13.", []),  # codes, not spans
    ("She joined in mid-2021 and left in late-2023.", [("point", 2021, 2021), ("point", 2023, 2023)]),
])
def test_prose_reads_the_date_forms_cv_lines_use(text, expected):
    assert _years(text) == expected


@pytest.mark.parametrize(("text", "unended", "expected"), [
    ("2019 - Research Scientist", True, (2019, None)),  # a CV's open span
    ("2019 - Research Scientist", False, None),
    ("2019 – present", False, (2019, None)),
    ("09/2015 ~ 01/2021", False, (2015, 2021)),
    ("2015 and Google", True, None),  # "and" joins two years or nothing
    ("2018 - 2015", True, None),  # reversed: two years, no span
])
def test_span_years(text, unended, expected):
    assert span_years(DATE_RANGE.search(text), unended=unended) == expected


def test_years_written_as_one_token():
    assert [bool(YEAR_WORD.match(t) or PERIOD.search(t)) for t in ("2019", "2015-17", "2015–2017", "FP7/2007-2013")] \
        == [True, True, True, True]
    # award numbers that start like a year stay award numbers
    assert [bool(YEAR_WORD.match(t) or PERIOD.search(t)) for t in ("2013/10", "20191", "2013/11/B/ST10/00276")] \
        == [False, False, False]


def test_degree_and_schooling_words():
    assert [degree_word(w) for w in ("phd", "ph.d.", "m.sc", "b.s", "msc", "be", "student")] \
        == [True, True, True, True, True, False, False]
    assert [schooling_word(w) for w in ("ph.d.", "student", "alumna", "studies", "education")] \
        == [True, True, True, False, False]


def test_cv_line_with_numeric_months_and_an_open_end(nlp):
    text = ("Jane Roe\n\nExperience\n\n* 09/2015 ~ 01/2021, Research Scientist, Acme Corporation\n"
            "* 02/2021 - current, Staff Engineer, Norwood Robotics Inc.\n")
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    spans = {names[r.tail]: (r.start, r.end) for r in doc.relations
             if r.type.value == "WORKS_AT" and names[r.head] == "Jane Roe"}
    assert spans["Acme Corporation"] == (2015, 2021)
    assert [years for name, years in spans.items() if name.startswith("Norwood")] == [(2021, None)]
