"""The day a document was written on, and the times it tells from there."""

from __future__ import annotations

import pytest

from extractors.docdate import AsOf, told_years, written_on
from tests.unit.extraction import careers


@pytest.mark.parametrize("text, published, expected", [
    ("BERLIN, 3 May 2022 — Spotify today named ...", None, (2022, 5)),
    ("COLOGNE, Germany, 14 November 2023 — DeepL ...", None, (2023, 11)),
    ("SAN FRANCISCO, July 19, 2023 — Databricks ...", None, (2023, 7)),
    ("BEIJING, March 8, 2023 (Xinhua) -- Chinese ...", None, (2023, 3)),
    ("Ananya Krishnamurthy · 3 February 2025\nExcited to share ...", None, (2025, 2)),
    ("People moves — August 2024. Watanabe Kenta has joined Sony AI.", None, (2024, 8)),
    ("Appointment of Chief Scientific Adviser\nPublished 20 February 2024\nThe ...", None, (2024, 2)),
    ("Kim joined Naver.", "2021-09-30", (2021, 9)),
    # after a headline: a dateline, a column's date, a byline's date
    ("University of Chile news. Santiago, March 18, 2024 — Professor ...", None, (2024, 3)),
    ("People Moves, March 14, 2025. Apple has hired ...", None, (2025, 3)),
    ("Visas draw researchers to Britain. By a staff reporter, 9 October 2024. Applications ...", None, (2024, 10)),
    # a dateline with no year, a heading's season, a date inside a sentence: no day of writing
    ("SINGAPORE, Nov 12 (Reuters) - Grab Holdings said ...", None, None),
    ("New faculty, autumn 2024\nETH Zurich welcomes ...", None, None),
    ("Kim joined Naver. On 3 May 2022 she left.", None, None),
    ("Kim joined Naver on March 3, 2020. She left.", None, None),  # a sentence's own date
    ("Kim joined Naver.", "not a date", None),
])
def test_the_day_of_writing_comes_from_a_dateline_a_date_line_or_the_source(text, published, expected):
    found = written_on(text, published)
    assert (found and (found.year, found.month)) == expected


@pytest.mark.parametrize("text, year", [
    ("She joins the company today.", 2024),
    ("She will join DeepMind next month.", 2024),
    ("She left Meta last year.", 2023),
    ("She moved to Kyoto last November.", 2023),  # written in June: last November was the year before
    ("She started this spring.", 2024),
    ("She will join Sakana AI as research director on July 1.", 2024),  # a month without its year
    ("She joined the company in March.", 2024),
    ("She starts on 1 September.", 2024),
])
def test_times_told_from_the_day_of_writing(text, year):
    assert [y for _, _, y in told_years(text, AsOf(2024, 6))] == [year]


@pytest.mark.parametrize("text, as_of, year", [
    ("She will join DeepMind next month.", AsOf(2024, 12), 2025),
    ("She left Meta last month.", AsOf(2025, 1), 2024),
    ("She will join DeepMind in January.", AsOf(2024, 12), 2025),  # the nearest January
    ("She left Meta in November.", AsOf(2025, 2), 2024),
    ("He moved to a lectureship at Edinburgh in January.", AsOf(2024, 10), 2024),  # a past move: the last January
    ("She may join the lab in December.", AsOf(2024, 6), 2024),
])
def test_a_month_away_may_cross_the_year(text, as_of, year):
    assert [y for _, _, y in told_years(text, as_of)] == [year]


@pytest.mark.parametrize("text", [
    "Today, she leads the robotics group at Google.",  # now, not a day
    "Today's hire is Kim.",
    "She left Meta last winter.",  # this year's or the one before
    "She joined Meta in March 2019.",  # the year is written
])
def test_times_that_name_no_year(text):
    assert told_years(text, AsOf(2024, 6)) == []


def test_a_dated_story_dates_its_relative_times(nlp):
    found = careers(nlp, "LONDON, March 4, 2023 — Marta Kowalski will join DeepMind next month, the company said. "
                         "Last year she left Meta.")
    assert ("WORKS_AT", "Marta Kowalski", "Google DeepMind", None, 2023, None) in found
    assert ("WORKS_AT", "Marta Kowalski", "Meta", None, None, 2022) in found


def test_an_undated_story_dates_nothing_relative(nlp):
    found = careers(nlp, "Marta Kowalski will join DeepMind next month. Last year she left Meta.")
    assert not any(r[4] or r[5] for r in found), found


@pytest.mark.parametrize("text, org, role", [
    ("Roche announced the appointment of Amara Nwachukwu-Bell as Vice President of Clinical AI.", "Roche",
     "Vice President"),
    ("Roche announced the appointment of Amara Nwachukwu-Bell as Global Head of Computational Pathology.", "Roche",
     "Global Head"),
    ("ASML has appointed Marieke Dijkstra-Vos as head of computational lithography.", "ASML",
     "head of computational lithography"),
])
def test_a_post_in_capitals_is_no_organisation_and_its_holder_a_person(nlp, text, org, role):
    found = careers(nlp, text)
    assert {(r[2], r[3]) for r in found} == {(org, role)}, found


def test_a_datelines_place_and_year_are_no_ones_career(nlp):
    assert careers(nlp, "LONDON, 5 June 2025 — Marta Kowalski is a professor at UCL.") == {
        ("WORKS_AT", "Marta Kowalski", "University College London", "professor", None, None)}
    found = careers(nlp, "BERLIN, 3 May 2022 — Marta Kowalski, who worked at Amazon, joined Zalando.")
    assert not any(r[2] == "BERLIN" for r in found), found


@pytest.mark.parametrize("text, org", [
    ("VELDHOVEN, the Netherlands, 3 March 2025 — ASML has appointed Marieke Dijkstra-Vos as head of computational "
     "lithography, the company said on Monday.", "ASML"),
    ("LONDON, 5 June 2025 — Marta Kowalski has joined Spotify as head of research.", "Spotify"),
])
def test_a_hire_a_dated_item_tells_as_just_made_begins_that_year(nlp, text, org):
    assert any(r[2] == org and r[4] == int(text.split(" — ")[0][-4:]) for r in careers(nlp, text))


def test_only_the_hire_told_as_now_is_dated(nlp):
    found = careers(nlp, "LONDON, 5 June 2025 — Spotify has hired Marta Kowalski, who previously worked at Amazon.")
    assert ("WORKS_AT", "Marta Kowalski", "Spotify", None, 2025, None) in found
    assert ("WORKS_AT", "Marta Kowalski", "Amazon", None, None, None) in found


def test_a_hire_told_as_now_is_undated_without_a_day_of_writing(nlp):
    found = careers(nlp, "Marta Kowalski has joined Spotify as head of research.")
    assert ("WORKS_AT", "Marta Kowalski", "Spotify", "head of research", None, None) in found


def test_a_weekday_is_in_the_week_of_writing(nlp):
    assert [y for _, _, y in told_years("She joined Google on Friday.", AsOf(2024, 6))] == [2024]
    assert told_years("She joined Google on Friday.", AsOf(2025, 1)) == []  # maybe the December before


def test_a_firm_after_a_datelines_place_still_names_its_hire(nlp):
    found = careers(nlp, "MUMBAI, 2 February 2024 — Tata Consultancy Services on Friday named Rohan Deshpande, a "
                         "veteran of rival Wipro, as its chief technology officer, effective immediately.")
    assert any(r[2] == "Tata Consultancy Services" for r in found), found


def test_an_apposition_in_a_dated_hire_is_no_new_job(nlp):
    # the hire begins in the year of writing; the post the person holds now (an apposition) does not
    text = ("People Moves, March 14, 2025. Apple has hired Tomasz Wieczorek-Lind, a senior research scientist at "
            "Google DeepMind, to lead a small team in Zurich. Wieczorek-Lind spent six years at DeepMind.")
    found = careers(nlp, text)
    assert ("WORKS_AT", "Tomasz Wieczorek-Lind", "Apple", None, 2025, None) in found
    assert not any(r[2] == "Google DeepMind" and (r[4] or 0) >= 2025 for r in found), found


def test_a_dateline_under_a_headline_dates_the_release():
    text = ("KAUST welcomes new faculty to its CEMSE division\n"
            "Thuwal, Saudi Arabia, 9 September 2024 — Three new faculty members are joining the division.\n")
    as_of = written_on(text)
    assert (as_of.year, as_of.month) == (2024, 9)
    assert text[as_of.lead_end:].startswith("Three new faculty")


def test_a_date_in_the_second_lines_prose_dates_nothing():
    # the first line is a sentence, not a headline: the next line's date is the story's own
    text = "Jane Doe joined Westbrook University. She left.\nOn 9 September 2024 — a Monday — she returned.\n"
    assert written_on(text) is None
