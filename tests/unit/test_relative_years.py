"""Years a career story gives without writing them beside the organisation (issue #4): lengths ("spent six
years there"), ends ("until her retirement in 2001", "retired in 2008", "leaving in 2023", "left IBM in 2017"),
anchored relative years ("the same year", "two years later"), future starts ("will take up the post in
September 2024") and what "after"/"before"/"from" bound. The people are made up, the organisations real."""

from __future__ import annotations

import pytest

from extractors.durations import find_durations
from extractors.pipeline import extract_documents
from extractors.years import find_years


def _spells(nlp, text: str) -> dict[tuple[str, str], tuple[int | None, int | None]]:
    """(type, organisation) -> (start, end) of Maria Lopez's relations in `text`."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(r.type.value, names[r.tail]): (r.start, r.end) for r in doc.relations
            if r.type.value in ("STUDIED_AT", "WORKS_AT") and names[r.head] == "Maria Lopez"}


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("She completed her PhD in 2012 and joined Google the same year.", None, [2012, 2012]),
    ("Two years later he moved to Canada.", 2004, [2006]),
    ("The following year she joined IBM.", 2011, [2012]),
    ("A decade later she returned to Chile, where she had studied in 1990.", 2001, [2011, 1990]),
    ("A year earlier she had left Intel.", 2010, [2009]),
    ("The same year she left.", None, []),  # nothing to count from: no year
    # a length, not a date: "before" opens what came next, or "for" says how long
    ("He taught there for nearly three decades before emigrating in 1992.", 1964, [1992]),
    ("Two years before she joined IBM, she had left Intel.", 2010, []),
    ("Two years before, she had left Intel.", 2010, [2008]),
])
def test_relative_years_count_from_the_last_year_written(text, anchor, expected):
    assert [m.first for m in find_years(text, anchor=anchor)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She spent six years at Google.", [6]),
    ("He moved to Bell Labs, where he spent two decades.", [20]),
    ("She was an engineer at Ericsson for seven years.", [7]),
    ("He moved to Intel and stayed for 25 years.", [25]),
    ("After an eight-year stint at Baidu she left.", [8]),
    ("She spent nearly ten years at Intel.", []),  # approximate: no year may come of it
    ("Over the past five years he has led the lab.", []),
    ("Two years later he joined Sony.", []),  # a relative year, not a length
    ("He died aged 88.", []),
])
def test_only_exact_lengths_are_read(text, expected):
    assert [d.years for d in find_durations(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a length and one known end give the other
    ("Maria Lopez joined Google in 2012. She spent six years there before moving to Meta.",
     {("WORKS_AT", "Google"): (2012, 2018)}),
    ("Maria Lopez joined Google in 2012, where she stayed for six years.", {("WORKS_AT", "Google"): (2012, 2018)}),
    ("Maria Lopez spent five years at Microsoft before joining Google in 2018.",
     {("WORKS_AT", "Microsoft"): (2013, 2018), ("WORKS_AT", "Google"): (2018, None)}),
    ("After five years at Microsoft, Maria Lopez joined Google in 2015.",
     {("WORKS_AT", "Microsoft"): (2010, 2015), ("WORKS_AT", "Google"): (2015, None)}),
    ("Maria Lopez spent eight years at Huawei, leaving in 2023.", {("WORKS_AT", "Huawei"): (2015, 2023)}),
    ("Maria Lopez has been at Spotify since 2018. Before that she was an engineer at Ericsson for seven years.",
     {("WORKS_AT", "Spotify"): (2018, None), ("WORKS_AT", "Ericsson"): (2011, 2018)}),
    # ends
    ("In 1979 Maria Lopez joined the faculty of Yale University, and she remained there until her retirement "
     "in 2001.", {("WORKS_AT", "Yale University"): (1979, 2001)}),
    ("Maria Lopez became a lecturer at the University of Oslo in 1971. She was elected to the Royal Society in "
     "1988. Lopez retired in 2008.", {("WORKS_AT", "University of Oslo"): (1971, 2008)}),
    ("Maria Lopez joined Oracle in 2005 and left in 2011.", {("WORKS_AT", "Oracle"): (2005, 2011)}),
    ("Maria Lopez studied physics at the University of Manchester, graduating in 1957.",
     {("STUDIED_AT", "University of Manchester"): (None, 1957)}),
    ("Maria Lopez joined Amazon in 2015 from the University of Washington, where she had been a postdoc.",
     {("WORKS_AT", "Amazon"): (2015, None), ("WORKS_AT", "University of Washington"): (None, 2015)}),
    ("Maria Lopez joined NTT in 1998. She moved to Sony Group in 2019.",
     {("WORKS_AT", "NTT"): (1998, 2019), ("WORKS_AT", "Sony Group"): (2019, None)}),
    # anchored relative years
    ("Maria Lopez completed her PhD at Carnegie Mellon University in 2012 and joined Google the same year.",
     {("STUDIED_AT", "Carnegie Mellon University"): (None, 2012), ("WORKS_AT", "Google"): (2012, None)}),
    ("Maria Lopez worked at Microsoft Research until 2014, when she returned to China to join Tsinghua University.",
     {("WORKS_AT", "Microsoft"): (None, 2014), ("WORKS_AT", "Tsinghua University"): (2014, None)}),
    # a future start, a one-year visit
    ("The University of Edinburgh has appointed Maria Lopez as a lecturer. She will take up the post in "
     "September 2024.", {("WORKS_AT", "University of Edinburgh"): (2024, None)}),
    ("Maria Lopez joined the University of Melbourne as a visiting professor for 2024.",
     {("WORKS_AT", "University of Melbourne"): (2024, 2024)}),
])
def test_years_the_story_gives(nlp, text, expected):
    got = _spells(nlp, text)
    assert {key: got.get(key) for key in expected} == expected


def test_a_relative_story_dates_every_step_and_leaving_ends_the_spell_told(nlp):
    text = ("Maria Lopez earned her bachelor's degree at the University of Chile in 2004. Two years later she moved "
            "to Canada to study at McGill University, where she completed a PhD in 2011. The following year she "
            "joined IBM Research as a research scientist. She left IBM in 2017 to become an assistant professor "
            "at the University of Toronto.")
    got = _spells(nlp, text)
    assert got[("STUDIED_AT", "McGill University")] == (2006, 2011)
    assert got[("WORKS_AT", "IBM Research")] == (2012, 2017)
    assert ("WORKS_AT", "IBM") not in got  # the leaving ends the spell told, it is no second one
    assert got[("WORKS_AT", "University of Toronto")] == (2017, None)


@pytest.mark.parametrize(("text", "key"), [
    ("Maria Lopez worked at Intel for ten years.", ("WORKS_AT", "Intel")),  # a length with nothing to anchor it
    ("Maria Lopez joined Intel in 2005 and spent nearly ten years there.", ("WORKS_AT", "Intel")),
    ("Maria Lopez, who graduated in 2020, works at Adobe Research.", ("WORKS_AT", "Adobe Research")),
    ("After studying chemistry at the University of Oslo, Maria Lopez completed her doctorate at the University "
     "of Cambridge in 1970.", ("STUDIED_AT", "University of Oslo")),  # the doctorate's year, not Oslo's
    ("Maria Lopez worked at IBM and at Intel. She retired in 2010.", ("WORKS_AT", "Intel")),  # which job: unsaid
])
def test_no_year_without_an_anchor(nlp, text, key):
    got = _spells(nlp, text)
    assert key in got
    start, end = got[key]
    assert end is None and (start is None or key == ("WORKS_AT", "Intel") and start == 2005)


@pytest.mark.parametrize(("text", "expected"), [
    # a length with the spell's end known, however the end is said
    ("Maria Lopez left Intel in 2020 to co-found a start-up, after seven years at the company.",
     {("WORKS_AT", "Intel"): (2013, 2020)}),
    ("Prior to IBM, Maria Lopez spent five years as a research associate at the Massachusetts Institute of "
     "Technology, leaving in 2017.", {("WORKS_AT", "Massachusetts Institute of Technology"): (2012, 2017)}),
    ("Maria Lopez came to Stanford in 2016 from the University of Illinois, where she had taught for nine years.",
     {("WORKS_AT", "University of Illinois"): (2007, 2016)}),
    ("Maria Lopez retired from the University of Oslo in 2008 after 30 years on the faculty.",
     {("WORKS_AT", "University of Oslo"): (1978, 2008)}),
    ("Prior to joining Sony Group in 2015, Maria Lopez worked at Panasonic for ten years.",
     {("WORKS_AT", "Panasonic"): (2005, 2015), ("WORKS_AT", "Sony Group"): (2015, None)}),
    # a start known, an end said by another verb or clause
    ("Maria Lopez joined Google in 2015 from Microsoft, where she had worked since 2010.",
     {("WORKS_AT", "Microsoft"): (2010, 2015), ("WORKS_AT", "Google"): (2015, None)}),
    ("In 2023 Maria Lopez left Siemens, where she had worked since 2014.", {("WORKS_AT", "Siemens"): (2014, 2023)}),
    ("From 1958 to 1964 Maria Lopez worked as an engineer at Ferranti. She then joined the University of "
     "Manchester, where she remained for thirty years.",
     {("WORKS_AT", "Ferranti"): (1958, 1964), ("WORKS_AT", "University of Manchester"): (1964, 1994)}),
    ("For a decade, Maria Lopez ran the vision group at Panasonic, which she joined in 2005. In 2015 she moved to "
     "Sony Group.", {("WORKS_AT", "Panasonic"): (2005, 2015)}),
    # dates with months and days, announced futures
    ("Maria Lopez will join the RIKEN Center for Advanced Intelligence Project as a team leader in April 2025, "
     "RIKEN said on Tuesday.", {("WORKS_AT", "RIKEN Center for Advanced Intelligence Project"): (2025, None)}),
    ("Maria Lopez will join Microsoft on 1 March 2025 as a principal researcher.",
     {("WORKS_AT", "Microsoft"): (2025, None)}),
    ("Microsoft has appointed Maria Lopez as chief scientist, effective January 1, 2024.",
     {("WORKS_AT", "Microsoft"): (2024, None)}),
    ("Maria Lopez is an associate professor at Kyoto University, a post she has held since 2019, and will leave "
     "it at the end of March 2025.", {("WORKS_AT", "Kyoto University"): (2019, 2025)}),
    ("Maria Lopez is a professor at Kyoto University and a fellow of RIKEN. She will leave Kyoto University at the "
     "end of March 2025.", {("WORKS_AT", "Kyoto University"): (None, 2025), ("WORKS_AT", "RIKEN"): (None, None)}),
    ("Maria Lopez became a lecturer at the University of Oslo in 1971. Lopez stepped down in 2008.",
     {("WORKS_AT", "University of Oslo"): (1971, 2008)}),
    ("Maria Lopez is an assistant professor at Seoul National University. She joined the faculty in 2021 after "
     "three years as a postdoctoral researcher at the University of Oxford.",
     {("WORKS_AT", "Seoul National University"): (2021, None), ("WORKS_AT", "University of Oxford"): (2018, 2021)}),
    ("For a decade, Maria Lopez was one of the most productive researchers at INRIA. Lopez joined the institute "
     "in 2009.", {("WORKS_AT", "Inria"): (2009, 2019)}),
    ("Maria Lopez, who declined a faculty position at Princeton University in 2019, joined the Allen Institute for "
     "AI that year as a research scientist.", {("WORKS_AT", "Allen Institute for Artificial Intelligence"): (2019, None)}),
    # a year that is the whole spell
    ("Maria Lopez was briefly a visiting researcher at ETH Zurich in 2018.", {("WORKS_AT", "ETH Zurich"): (2018, 2018)}),
    ("Maria Lopez spent 2018 at the University of California, Berkeley.",
     {("WORKS_AT", "University of California, Berkeley"): (2018, 2018)}),
    # ... and years that are not
    ("Maria Lopez joined ETH Zurich as a visiting professor in 2018.", {("WORKS_AT", "ETH Zurich"): (2018, None)}),
    ("Maria Lopez is a visiting professor at ETH Zurich in 2024.", {("WORKS_AT", "ETH Zurich"): (2024, None)}),
    # no year the text does not give: two undated jobs, a degree's end is no job's start, an unannounced future
    ("Maria Lopez is a professor at Yale University and a fellow of RIKEN. She joined the faculty in 2010.",
     {("WORKS_AT", "Yale University"): (None, None), ("WORKS_AT", "RIKEN"): (None, None)}),
    ("Maria Lopez is the chief executive of Siemens. She joined the faculty in 2021.",
     {("WORKS_AT", "Siemens"): (None, None)}),
    ("Maria Lopez graduated from the University of Oxford in 2001. She then joined Google.",
     {("STUDIED_AT", "University of Oxford"): (None, 2001), ("WORKS_AT", "Google"): (2001, None)}),
    ("Sources say that Maria Lopez will join Google in 2025.", {("WORKS_AT", "Google"): None}),
    ("Maria Lopez will reportedly join Google in 2025.", {("WORKS_AT", "Google"): None}),
    ("Maria Lopez will not join Google in 2025.", {("WORKS_AT", "Google"): None}),
    ("Maria Lopez will join Google.", {("WORKS_AT", "Google"): None}),
])
def test_years_said_around_the_spell(nlp, text, expected):
    got = _spells(nlp, text)
    assert {key: got.get(key) for key in expected} == expected


def test_a_degree_said_by_the_participle_that_ends_the_studies(nlp):
    """"a graduate student at X, receiving his PhD in 2006": the degree is X's; one "from Y" is Y's."""
    for text, school, other in [
        ("Maria Lopez was a graduate student at Carnegie Mellon University, receiving her PhD in 2006.",
         "Carnegie Mellon University", None),
        ("Maria Lopez studied at Carnegie Mellon University, receiving her PhD from Stanford University in 2006.",
         "Stanford University", "Carnegie Mellon University"),
    ]:
        (doc,) = extract_documents([text], nlp=nlp, n_process=1)
        names = {e.id: e.name for e in doc.entities}
        degrees = {names[r.tail]: (r.degree, r.end) for r in doc.relations if r.type.value == "STUDIED_AT"}
        assert degrees[school] == ("PhD", 2006)
        if other is not None:
            assert degrees[other] == (None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Joined Sony in 2010. That year she moved.", [2010, 2010]),
    ("In 2010 she won that year's prize.", [2010]),  # a year named for a thing, not a relative year
])
def test_that_year_is_the_year_last_written(text, expected):
    assert [m.first for m in find_years(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She retired in 2008 after 30 years on the faculty.", [30]),
    ("Two years on, she left.", []),  # "on": later, no length
])
def test_years_on_a_faculty_are_a_length(text, expected):
    assert [d.years for d in find_durations(text)] == expected
