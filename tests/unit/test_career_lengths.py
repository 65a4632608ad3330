"""Spells told only by their length, dated by the move the text sets beside them; and posts an organisation gives
("named X its chief scientist", "appointed X chief scientist"), with firms the small model does not know.
Invented people, real organisations; run through the real pipeline."""

from __future__ import annotations

import pytest

from extractors.spell_lengths import apply_lengths
from extractors.text_spells import Spell
from tests.unit.extraction import careers


@pytest.mark.parametrize("text, org, start, end", [
    ("Marta Kowalski, who spent nine years at Amazon, joined Zalando in 2022.", "Amazon", 2013, 2022),
    ("Marta Kowalski joined Zalando in 2021, having spent seven years at Intel.", "Intel", 2014, 2021),
    ("Marta Kowalski is leaving Amazon after nine years to join Zalando in 2022.", "Amazon", 2013, 2022),
    ("Marta Kowalski joined Zalando in March 2022. She spent nine years at Amazon before that.", "Amazon", 2013,
     2022),
    ("Marta Kowalski has led Spotify's research team since 2021 and before that spent seven years as an engineer "
     "at Intel.", "Intel", 2014, 2021),
])
def test_a_length_beside_a_dated_move_gives_both_ends(nlp, text, org, start, end):
    found = careers(nlp, text)
    assert any(r[0] == "WORKS_AT" and r[2] == org and (r[4], r[5]) == (start, end) for r in found), found


@pytest.mark.parametrize("text, org", [
    # the decade is the spell's own time, not the nine years before 2022
    ("Marta Kowalski, who spent nine years at Amazon in the 2000s, joined Zalando in 2022.", "Amazon"),
    # an adviser's post is held beside the job, which it need not end
    ("Marta Kowalski, who has spent nine years at Amazon, joined Zalando as an adviser in 2022.", "Amazon"),
    # "before that" with no length says only the order
    ("Marta Jovic was a senior engineer at AI2 from 2019 to 2023 and before that worked at Microsoft.",
     "Microsoft"),
])
def test_a_spell_the_text_does_not_date_stays_undated(nlp, text, org):
    found = careers(nlp, text)
    assert any(r[2] == org and (r[4], r[5]) == (None, None) for r in found), found


@pytest.mark.parametrize("text, org, start, end", [
    ("Marta Kowalski completed her PhD at ETH Zurich in 2015, then spent three years at IBM Research.",
     "IBM Research", 2015, 2018),
    ("Marta Kowalski received her bachelor's degree from Warsaw University of Technology in 2010 and her PhD from "
     "ETH Zurich in 2015, then joined Google.", "Google", 2015, None),
])
def test_a_job_taken_then_begins_when_the_degree_told_before_it_ended(nlp, text, org, start, end):
    found = careers(nlp, text)
    assert any(r[0] == "WORKS_AT" and r[2] == org and (r[4], r[5]) == (start, end) for r in found), found


@pytest.mark.parametrize("text, org, role, start", [
    ("Microsoft appointed Marta Kowalski chief scientist in 2022.", "Microsoft", "chief scientist", 2022),
    ("Google named Marta Kowalski its chief scientist in 2022.", "Google", "chief scientist", 2022),
    # firms the small model does not know, told by the "its" of the post they give
    ("Zalando has named Marta Kowalski its chief scientist.", "Zalando", "chief scientist", None),
    ("Last week Zalando appointed Marta Kowalski as its head of research.", "Zalando", "head of research", None),
    ("Klarna has hired Marta Kowalski as its chief AI officer.", "Klarna", "chief AI officer", None),
])
def test_the_post_an_organisation_gives_is_a_job_there(nlp, text, org, role, start):
    found = careers(nlp, text)
    assert any(r[:4] == ("WORKS_AT", "Marta Kowalski", org, role) and r[4] == start for r in found), found


@pytest.mark.parametrize("text, org", [
    ("Marta Kowalski, who heads Zalando's forecasting group, spoke at the event.", "Zalando"),
    ("Marta Kowalski manages Klarna's fraud team and previously worked at Spotify.", "Klarna"),
])
def test_the_owner_of_a_unit_one_leads_is_the_employer(nlp, text, org):
    assert any(r[0] == "WORKS_AT" and r[2] == org for r in careers(nlp, text))


@pytest.mark.parametrize("text", [
    "Smith named Marta Kowalski his deputy.",
    "Jones hired Marta Kowalski as her assistant in 2019.",
    # one may join someone's group; that makes the group's head no employer
    "Marta Kowalski joined Geoffrey Hinton's group in 2015.",
])
def test_a_person_hiring_for_themselves_or_heading_a_group_is_no_employer(nlp, text):
    found = careers(nlp, text)
    assert not any(r[2] in ("Smith", "Jones", "Hinton", "Geoffrey Hinton") for r in found), found


@pytest.mark.parametrize("text, org", [
    ("Tanaka Yui, who heads the robotics division at Preferred Networks, declined to comment.", "Preferred Networks"),
    ("Zhou Wenjing led the speech team at Baidu from 2011 to 2021.", "Baidu"),
    ("Marta Kowalski has headed Google's robotics lab since 2019.", "Google"),
])
def test_leading_a_unit_is_heading_it(nlp, text, org):
    assert any(r[2] == org and r[3] == "head" for r in careers(nlp, text))


def test_leading_work_or_a_deal_gives_no_head(nlp):
    found = careers(nlp, "Marta Kowalski led the investment in Mistral AI in 2023 while at Index Ventures.")
    assert not any(r[2] == "Mistral AI" for r in found), found


@pytest.mark.parametrize("text, org", [
    # the small model makes the firm the sentence's root and hangs "named" on it
    ("Spotify named Marta Kowalski its chief scientist in 2022.", "Spotify"),
    ("Zalando named Marta Kowalski its chief scientist in 2022.", "Zalando"),
])
def test_a_firm_the_parse_makes_the_root_still_names_the_hire(nlp, text, org):
    assert ("WORKS_AT", "Marta Kowalski", org, "chief scientist", 2022, None) in careers(nlp, text)


def test_the_job_one_joins_from_ends_when_the_announced_post_begins(nlp):
    found = careers(nlp, "Spotify named Marta Kowalski its chief scientist in 2022. Kowalski joins from Amazon, "
                         "where she spent nine years.")
    assert ("WORKS_AT", "Marta Kowalski", "Amazon", None, 2013, 2022) in found


def test_joining_from_ends_nothing_beside_an_advisers_post(nlp):
    found = careers(nlp, "Marta Kowalski joined Spotify in 2022 as an adviser. Kowalski joins from Amazon.")
    assert ("WORKS_AT", "Marta Kowalski", "Amazon", None, None, None) in found


@pytest.mark.parametrize("text, org, role", [
    ("Grab Holdings said on Tuesday it had appointed Tan Wei Ming as its chief financial officer.", "Grab Holdings",
     "chief financial officer"),
    ("Google said that it had hired Marta Kowalski.", "Google", None),
])
def test_an_organisation_telling_of_its_own_hire(nlp, text, org, role):
    assert any(r[2] == org and r[3] == role for r in careers(nlp, text))


@pytest.mark.parametrize("text", [
    "Google said it had not hired Marta Kowalski.",
    "Google said it may appoint Marta Kowalski as chief scientist.",
    "Google said Meta had hired Marta Kowalski.",  # Meta's hire, not Google's
])
def test_an_organisation_telling_of_no_hire_or_anothers(nlp, text):
    assert not any(r[2] == "Google" for r in careers(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Grab Holdings appointed Tan Wei Ming as its chief financial officer in 2025, replacing Peter Oey, who is "
     "stepping down.", ("WORKS_AT", "Peter Oey", "Grab Holdings", "chief financial officer", None, 2025)),
    ("Marta Kowalski joined Spotify as head of research in 2022, succeeding Anders Lund.",
     ("WORKS_AT", "Anders Lund", "Spotify", "head of research", None, 2022)),
])
def test_whom_a_hire_replaces_held_the_post_until_then(nlp, text, expected):
    assert expected in careers(nlp, text)


@pytest.mark.parametrize("text", [
    "Marta Kowalski will join Spotify as head of research in 2022 and will replace Anders Lund.",
    "Marta Kowalski joined Spotify in 2022, replacing the old search system.",
])
def test_a_planned_replacement_or_a_replaced_thing_is_no_predecessor(nlp, text):
    assert {r[1] for r in careers(nlp, text)} <= {"Marta Kowalski"}


@pytest.mark.parametrize("text, org", [
    ("Spotify today named Marta Kowalski its chief scientist.", "Spotify"),
    ("Spotify on Monday named Marta Kowalski its chief scientist.", "Spotify"),
    # the parser's "oprd" for the one named made the firm look like one "serving as" the post
    ("Tata Consultancy Services on Friday named Rohan Deshpande, a veteran of rival Wipro, as its chief technology "
     "officer, effective immediately.", "Tata Consultancy Services"),
])
def test_a_firm_naming_someone_on_a_day(nlp, text, org):
    assert any(r[2] == org and r[3] in ("chief scientist", "chief technology officer") for r in careers(nlp, text))


def test_a_length_told_after_a_dated_appointment_ends_with_it(nlp):
    found = careers(nlp, "Grab named Tan Wei Ming its chief financial officer in 2025. Tan spent 14 years at Goldman "
                         "Sachs.")
    assert ("WORKS_AT", "Tan Wei Ming", "Goldman Sachs", None, 2011, 2025) in found


@pytest.mark.parametrize("text", [
    # two spells told by length: which came last is not said
    "Grab named Tan Wei Ming its chief financial officer in 2025. Tan spent 14 years at Goldman Sachs and two at "
    "Morgan Stanley.",
    # the appointment is not the sentence before
    "Grab named Tan Wei Ming its chief financial officer in 2025. Earlier, he worked at UBS from 2000 to 2005. Tan "
    "spent 14 years at Goldman Sachs.",
    # an adviser's post ends nothing
    "Tan Wei Ming joined Grab in 2025 as an adviser. Tan has spent 14 years at Goldman Sachs.",
])
def test_a_length_with_no_clear_next_step_stays_undated(nlp, text):
    assert any(r[2] == "Goldman Sachs" and (r[4], r[5]) == (None, None) for r in careers(nlp, text))


@pytest.mark.parametrize("text, org, start, end", [
    # a range on the organisation dates a plain "was at"
    ("Marta Kowalski was at Google Brain 2016-2019.", "Google", 2016, 2019),
    # a company one "went to" next is a job, begun when the one before ended and ended when the lab closed
    ("Marta Kowalski was at Google Brain 2016-2019, then went to Uber AI Labs until it got shut down in 2020.",
     "Uber", 2019, 2020),
    # the small model reads "to Spotify" as an infinitive
    ("Marta Kowalski moved to Spotify in 2019.", "Spotify", 2019, None),
    # the bracket is Amazon's, after its town, wherever the parser hangs it
    ("After four years at Amazon in Edinburgh (2015–2019), Marta Kowalski moved to Spotify in Stockholm.", "Amazon",
     2015, 2019),
])
def test_stays_told_by_be_and_go(nlp, text, org, start, end):
    found = careers(nlp, text)
    assert any(r[0] == "WORKS_AT" and r[2] == org and (r[4], r[5]) == (start, end) for r in found), found


@pytest.mark.parametrize("text", [
    "Marta Kowalski went to Google to give a talk.",  # a purpose: no job
    "Marta Kowalski was at Google Brain.",  # an undated "was at" may be a visit
])
def test_visits_told_by_be_and_go_are_no_jobs(nlp, text):
    assert not [r for r in careers(nlp, text) if r[0] == "WORKS_AT"]


def test_a_stint_one_came_from_ends_at_the_arrival(nlp):
    # the parser hangs "at Microsoft Research Asia" on "came": the postdoc is where she came from
    found = careers(nlp, "• Zhou Yiran, who came to Toronto in 2016 from a postdoc at Microsoft Research Asia, "
                         "studies efficient transformers.")
    # and no bullet in the name
    assert ("WORKS_AT", "Zhou Yiran", "Microsoft Research Asia", "postdoc", None, 2016) in found


def test_a_known_institute_in_its_town(nlp):
    # NER reads "the Max Planck Institute for Informatics in Saarbrücken" as one name; the gazetteer knows the
    # institute
    found = careers(nlp, "Before moving to Stuttgart in 2019, Heike Lindqvist-Oyelaran was a group leader at the Max "
                         "Planck Institute for Informatics in Saarbrücken.")
    assert any(r[2] == "Max Planck Institute for Informatics" for r in found), found


def test_an_interview_subject_who_leads_a_team_and_the_town_of_a_site(nlp):
    text = ("Five questions for Oluwaseun Adeyemi-Hartmann. Adeyemi-Hartmann leads the alignment team at Mistral AI in "
            "Paris.\nQ: And then industry?\nA: I joined Bosch's AI centre in Renningen in 2017.")
    found = careers(nlp, text)
    assert ("WORKS_AT", "Oluwaseun Adeyemi-Hartmann", "Mistral AI") in {r[:3] for r in found}  # NER read an ORG
    assert ("WORKS_AT", "Oluwaseun Adeyemi-Hartmann", "Bosch") in {r[:3] for r in found}
    assert not any(r[2] == "Renningen" for r in found)  # the centre's town is no employer


@pytest.mark.parametrize("text", [
    "Jane Doe went to Google for a meeting with executives.",
    "Jane Doe went to Microsoft's headquarters in Redmond last week.",
    "She then went to Microsoft for the annual summit in 2018.",
])
def test_trips_to_a_company_are_no_jobs(nlp, text):
    assert not [r for r in careers(nlp, text) if r[0] == "WORKS_AT"]


def test_a_launch_ends_no_stay_and_a_nationality_is_no_given_name(nlp):
    found = careers(nlp, "Jane Doe worked at Google from 2001 on Maps until it launched in 2005.")
    assert ("WORKS_AT", "Jane Doe", "Google", None, 2001, None) in found
    assert {r[1] for r in careers(nlp, "Korean Kim Min-jun joined Google in 2019.")} == {"Kim Min-jun"}


def test_a_degree_finished_before_a_stay(nlp):
    # "finishing" was missing from the degree verbs; NER reads "Tomasz Lind" as an organisation, and spending
    # years at a known employer is something only a person does
    found = careers(nlp, "Tomasz Lind spent six years at Google after finishing a PhD at Stanford University in 2019.")
    assert ("STUDIED_AT", "Tomasz Lind", "Stanford University", "PhD", None, 2019) in found
    assert ("WORKS_AT", "Tomasz Lind", "Google") in {r[:3] for r in found}


def test_a_name_in_apposition_to_another_is_the_subject(nlp):
    text = ("Among recent arrivals is Ananya Rao, who left Meta in August to join Google DeepMind in London. Another, "
            "Tiago Fonseca Lima, moved from the University of São Paulo, where he had taught for nine years, to a "
            "lectureship at the University of Edinburgh in January.")
    found = {r[:3] for r in careers(nlp, text)}
    assert {("WORKS_AT", "Tiago Fonseca Lima", "Universidade de São Paulo"),
            ("WORKS_AT", "Tiago Fonseca Lima", "University of Edinburgh")} <= found
    assert ("WORKS_AT", "Ananya Rao", "Universidade de São Paulo") not in found


def test_a_length_after_a_dated_event(nlp):
    found = careers(nlp, "Jane Doe spent four years at Amazon after graduating from MIT in 2010.")
    assert ("WORKS_AT", "Jane Doe", "Amazon", None, 2010, 2014) in found


@pytest.mark.parametrize("text, employer", [
    ("Jane Doe returned to ANYbotics in 2025.", "ANYbotics"),  # written as only a brand is
    ("Jane Doe moved to Danbury in 2021.", None),  # NER may call a town an organisation
])
def test_a_move_to_an_unknown_name(nlp, text, employer):
    assert {r[2] for r in careers(nlp, text) if r[0] == "WORKS_AT"} == ({employer} if employer else set())


def test_a_length_before_relocating_ends_in_the_relocation(nlp):
    text = ("BENGALURU, Nov 12, 2023 -- Aditi Venkataraman spent six years at DeepMind in London before relocating to "
            "Bengaluru in 2021 to set up the lab's India team.")
    assert ("WORKS_AT", "Aditi Venkataraman", "Google DeepMind", None, 2015, 2021) in careers(nlp, text)


def test_a_length_never_ends_a_spell_after_the_day_of_writing():
    # a spell read as begun "now" (2023) with "six years" said of it: 2029 would be a misreading
    started_now = Spell(rels=[{"start": 2023, "end": None}], lengths={6})
    earlier = Spell(rels=[{"start": 2015, "end": None}], lengths={6})
    apply_lengths({("a",): started_now, ("b",): earlier}, written=2023)
    assert (started_now.end, earlier.end) == (None, 2021)
