"""Start-ups founded, employers named only before a move, people named as appointed, and organisations the
gazetteer knows in more than one spelling, as AI-talent news states them. Invented people, real organisations
(save the invented start-ups); run through the real pipeline."""

from __future__ import annotations

import pytest

from tests.unit.extraction import careers


@pytest.mark.parametrize("text, org, start", [
    # the small model tags "Lumen Robotics" a person after "to found", a title after "started"
    ("Xu Yang left Meta in 2024 to found Lumen Robotics.", "Lumen Robotics", 2024),
    ("Xu Yang started Lumen Robotics in 2024 with two former colleagues.", "Lumen Robotics", 2024),
    ("In 2024 Xu Yang started his own company, Lumen Robotics.", "Lumen Robotics", 2024),
    # "Lumen" tagged a place and "AI" left out
    ("Xu Yang left Meta in 2024 to start his own company, Lumen AI.", "Lumen AI", 2024),
    ("Xu Yang left Meta in 2024 to launch a startup, Cobalt Labs.", "Cobalt Labs", 2024),
    ("Former DeepMind researcher Priya Raman has launched Arcwise, a startup building agents.", "Arcwise", None),
])
def test_a_company_started_or_launched_makes_its_founder(nlp, text, org, start):
    found = careers(nlp, text)
    assert any(r[2] == org and r[3] == "founder" and r[4] == start for r in found), found


@pytest.mark.parametrize("text", [
    "Xu Yang started a PhD at Stanford University in 2019.",
    "Xu Yang launched a new product with Google in 2020.",
    "Xu Yang started at Google in 2019.",
])
def test_starting_or_launching_something_else_founds_nothing(nlp, text):
    assert not any(r[3] == "founder" for r in careers(nlp, text))


def test_a_company_before_a_fronted_prior_is_where_one_went_next(nlp):
    found = careers(nlp, "Prior to Anthropic, Daniel Okafor was a member of technical staff at OpenAI from 2019 to "
                         "2023.")
    assert ("WORKS_AT", "Daniel Okafor", "Anthropic", None, None, None) in found  # no years of its own
    assert ("WORKS_AT", "Daniel Okafor", "OpenAI", "member of technical staff", 2019, 2023) in found


def test_a_school_or_an_event_before_is_no_employer(nlp):
    # "Prior to Berkeley" may be a degree; the text says only what came before
    found = careers(nlp, "Lucía Ortiz is a PhD candidate at UC Berkeley. Prior to Berkeley, she spent two years at "
                         "Intel as a research engineer.")
    assert {r[0] for r in found if r[2] == "University of California, Berkeley"} == {"STUDIED_AT"}
    assert {r[2] for r in careers(nlp, "Before the merger, Omar Haddad worked at Siemens.")} == {"Siemens"}


def test_before_a_year_ends_the_spell(nlp):
    found = careers(nlp, "Before 2019, Omar Haddad worked at Siemens.")
    assert found == {("WORKS_AT", "Omar Haddad", "Siemens", None, None, 2019)}


def test_a_name_ner_missed_is_a_person_when_named_to_a_post(nlp):
    # the small model sees no name in "Zhao Lei"
    found = careers(nlp, "Zhao Lei was named chief scientist of iFlytek in March 2023.")
    assert found == {("WORKS_AT", "Zhao Lei", "iFLYTEK", "chief scientist", 2023, None)}
    assert not careers(nlp, "Nvidia was named partner of the year by Microsoft.")


def test_a_role_with_a_name_in_apposition_is_the_subject_of_a_verb_the_parser_hangs_on_it(nlp):
    found = careers(nlp, "The paper's first author, Luo Jing, interned at Google Research in the summer of 2022.")
    assert {(r[1], r[2]) for r in found} == {("Luo Jing", "Google")}


def test_a_company_written_in_another_case_than_its_first_name_is_known(nlp):
    # the gazetteer has "NVIDIA" and the alias "Nvidia"; capitals alone matched only "NVIDIA"
    found = careers(nlp, "Fei Wang, a research scientist on Nvidia's deep learning team, earned his master's at "
                         "Georgia Tech.")
    assert ("WORKS_AT", "Fei Wang", "NVIDIA", "research scientist", None, None) in found


def test_one_word_that_someone_joins_from_an_employer_is_an_organisation(nlp):
    # the small model tags "Ocado" and "Celonis" people here
    for company in ("Ocado", "Celonis"):
        found = careers(nlp, f"Anna Keller, who joined {company} from Intel in 2019, will lead the new lab.")
        assert ("WORKS_AT", "Anna Keller", company, None, 2019, None) in found


def test_a_where_after_a_degree_s_year_stands_for_the_school(nlp):
    # IEEE-style biography: the "where" clause hangs on the year
    found = careers(nlp, "Yang Liu received the Ph.D. degree in computer science from Nanyang Technological "
                         "University, Singapore, in 2019, where he was a Research Fellow from 2019 to 2021.")
    assert found == {("STUDIED_AT", "Yang Liu", "Nanyang Technological University", "PhD", None, 2019),
                     ("WORKS_AT", "Yang Liu", "Nanyang Technological University", "Research Fellow", 2019, 2021)}


def test_a_where_clause_s_years_are_its_own(nlp):
    found = careers(nlp, "Yang Liu received the Ph.D. degree from Nanyang Technological University, where he was a "
                         "Research Fellow from 2019 to 2021.")
    assert ("STUDIED_AT", "Yang Liu", "Nanyang Technological University", "PhD", None, None) in found


def test_one_named_as_a_post_by_an_organisation_works_there(nlp):
    # the parser makes the name the verb's "oprd"
    found = careers(nlp, "The Beijing Academy of Artificial Intelligence (BAAI) named Professor Huang Tiejun, of "
                         "Peking University, as its president.")
    assert ("WORKS_AT", "Huang Tiejun", "Beijing Academy of Artificial Intelligence", "president", None, None) \
        in found


def test_a_degree_from_a_town_is_from_its_university(nlp):
    # NER tags "Cambridge" a place; the gazetteer keeps the bare town apart (Cambridge, Massachusetts)
    found = careers(nlp, "Guo Ming received his PhD from Cambridge in 2015.")
    assert found == {("STUDIED_AT", "Guo Ming", "University of Cambridge", "PhD", None, 2015)}
    assert not careers(nlp, "Guo Ming moved to Cambridge in 2015.")


@pytest.mark.parametrize("text, person, org", [
    # the tokenizer splits "Seo-yeon"; NER tags the family name alone, at times as a firm
    ("Seo-yeon Kim is a professor at KAIST.", "Seo-yeon Kim", "Korea Advanced Institute of Science and Technology"),
    ("Min-jun Lee left Samsung in 2020.", "Min-jun Lee", "Samsung"),
    ("Ji-woo Park joined Samsung in 2022.", "Ji-woo Park", "Samsung"),
])
def test_a_korean_given_name_written_first_stays_with_the_family_name(nlp, text, person, org):
    assert {(r[1], r[2]) for r in careers(nlp, text)} == {(person, org)}


def test_jumping_ship_or_decamping_is_a_move(nlp):
    found = careers(nlp, "Dr. Ren Tao has jumped ship from Baidu to Alibaba Cloud.")
    assert {r[2] for r in found} == {"Baidu", "Alibaba Cloud"}
    assert ("WORKS_AT", "Kira Volkova", "Anthropic", None, 2021, None) in careers(
        nlp, "Kira Volkova decamped to Anthropic in 2021.")
    assert not careers(nlp, "The stock jumped to a record after Nvidia reported earnings.")


def test_work_led_on_a_product_is_no_employer(nlp):
    found = careers(nlp, "Hassan Ali was most recently a principal scientist at Amazon, where he led work on Alexa.")
    assert {r[2] for r in found} == {"Amazon"}


def test_a_one_word_team_name_ner_calls_a_person_is_no_person(nlp):
    # "Qwen" tagged PERSON; the team is Alibaba's, led by Zhang Lei
    found = careers(nlp, "Zhang Lei leads Alibaba's Qwen team and previously worked at Microsoft Research Asia.")
    assert {(r[1], r[2]) for r in found} == {("Zhang Lei", "Alibaba Group"), ("Zhang Lei", "Microsoft Research Asia")}


@pytest.mark.parametrize("text, person, org, role, start, end", [
    # the small model tags "Nadia Karim" a firm, sees no name in "Thandiwe Nkosi" or "Priyanka Das", and takes
    # "Bao Nguyen joined Cohere" for one name
    ("Nadia Karim joined Cohere in 2021.", "Nadia Karim", "Cohere", None, 2021, None),
    ("Thandiwe Nkosi left Uber in 2020.", "Thandiwe Nkosi", "Uber", None, None, 2020),
    ("In 2019, Priyanka Das moved to Amazon.", "Priyanka Das", "Amazon", None, 2019, None),
    ("Bao Nguyen joined Cohere in 2021.", "Bao Nguyen", "Cohere", None, 2021, None),
    ("Pedro Alves spent 2016-2018 as a postdoc at Inria.", "Pedro Alves", "Inria", "postdoc", 2016, 2018),
    # "to director" tagged an infinitive
    ("Chiara Bianchi has been promoted to director at Spotify.", "Chiara Bianchi", "Spotify", "director", None,
     None),
    ("Priyanka Das has been promoted to director at Spotify.", "Priyanka Das", "Spotify", "director", None, None),
])
def test_a_name_ner_misses_is_a_person_when_it_moves_between_employers(nlp, text, person, org, role, start, end):
    assert careers(nlp, text) == {("WORKS_AT", person, org, role, start, end)}


def test_a_degree_in_apposition_says_a_person(nlp):
    found = careers(nlp, "Nadia Karim, a Stanford PhD, heads research at Cohere.")
    assert found == {("STUDIED_AT", "Nadia Karim", "Stanford University", "PhD", None, None),
                     ("WORKS_AT", "Nadia Karim", "Cohere", None, None, None)}



def test_an_organisation_announcing_who_has_joined_it_is_the_employer(nlp):
    found = careers(nlp, "Anthropic announced that Chiara Bianchi has joined as a researcher.")
    assert found == {("WORKS_AT", "Chiara Bianchi", "Anthropic", "researcher", None, None)}
    # an undated "will join" stays a plan, announced or not
    assert not careers(nlp, "Anthropic announced that Chiara Bianchi will join as a researcher.")
    assert not careers(nlp, "Sources say that Chiara Bianchi has joined as a researcher.")


def test_a_name_ner_misses_that_works_at_a_known_employer_is_a_person(nlp):
    # the small model sees no name in "Thandiwe Nkosi", a firm in "Nadia Karim"
    assert careers(nlp, "Thandiwe Nkosi works at Google DeepMind in London.") == {
        ("WORKS_AT", "Thandiwe Nkosi", "Google DeepMind", None, None, None)}
    assert careers(nlp, "Nadia Karim previously worked at Microsoft.") == {
        ("WORKS_AT", "Nadia Karim", "Microsoft", None, None, None)}


def test_continuing_to_teach_somewhere_says_one_teaches_there_now(nlp):
    assert careers(nlp, "Yann LeCun will continue to teach at New York University.") == {
        ("WORKS_AT", "Yann LeCun", "New York University", None, None, None)}
    assert not careers(nlp, "Yann LeCun will not continue to teach at New York University.")


def test_a_unit_named_with_and_without_its_institution_is_one_unit(nlp):
    text = ("Seo Ji-hoon has spent his entire career at Samsung Research. After graduating from Seoul National "
            "University in 2018, he joined the company's AI Center, where he now leads a group of twelve engineers.")
    found = careers(nlp, text)
    assert [r for r in found if r[2] == "AI Center"] == [("WORKS_AT", "Seo Ji-hoon", "AI Center", "head", 2018, None)]


def test_a_job_then_joined_in_the_same_sentence_begins_when_the_one_before_ended(nlp):
    found = careers(nlp, "Hiroshi Nakamura worked at NTT from 1990 to 2001 and then joined the faculty of Osaka "
                         "University, where he was promoted to full professor in 2006.")
    assert found == {("WORKS_AT", "Hiroshi Nakamura", "NTT", None, 1990, 2001),
                     ("WORKS_AT", "Hiroshi Nakamura", "Osaka University", "faculty", 2001, None)}


def test_a_promotion_s_year_is_no_start_of_the_job(nlp):
    assert careers(nlp, "Chiara Bianchi was promoted to director at Spotify in 2020.") == {
        ("WORKS_AT", "Chiara Bianchi", "Spotify", "director", None, None)}


def test_a_teacher_of_one_step_taught_at_that_step_s_school(nlp):
    found = careers(nlp, "Ji Hye Kim completed her master's thesis at KAIST under Prof. Lee, and then moved to Seoul "
                         "National University for her PhD.")
    assert not any(r[1] == "Lee" for r in found)
    found = careers(nlp, "Ana Ruiz earned her doctorate from Stanford University under the supervision of Fei-Fei Li "
                         "and joined Google in 2015.")
    assert ("WORKS_AT", "Fei-Fei Li", "Stanford University", "supervisor", None, None) in found


def test_dropping_out_of_a_school_is_study_there_until_then(nlp):
    assert careers(nlp, "Tariq Aziz dropped out of Stanford in 2012 to co-found Vireo.") >= {
        ("STUDIED_AT", "Tariq Aziz", "Stanford University", None, None, 2012)}
    assert not careers(nlp, "Tariq Aziz dropped out of the race in 2012.")


def test_a_term_spent_as_an_exchange_student_says_a_person(nlp):
    # the small model tags "Grace Park" a building
    assert careers(nlp, "Grace Park spent a semester as an exchange student at the National University of "
                        "Singapore.") == {("STUDIED_AT", "Grace Park", "National University of Singapore", None, None,
                                           None)}


def test_a_seat_on_a_committee_or_panel_is_no_job(nlp):
    assert not careers(nlp, "Maria Garcia served on the program committee of ICML.")
    assert careers(nlp, "Maria Garcia served on the faculty of Yale University.") == {
        ("WORKS_AT", "Maria Garcia", "Yale University", "faculty", None, None)}


@pytest.mark.parametrize("text, start", [
    # the small model tags "Elena Petrova" a firm
    ("Elena Petrova stayed at Yandex.", None),
    ("Elena Petrova declined an offer from Meta and returned to Yandex in 2020.", 2020),
])
def test_a_name_that_stays_at_or_returns_to_a_known_employer_is_a_person(nlp, text, start):
    assert careers(nlp, text) == {("WORKS_AT", "Elena Petrova", "Yandex", None, start, None)}


@pytest.mark.parametrize("text, expected", [
    # IEEE-style biographies: only what comes before "respectively" is paired
    ("Wei Zhang received the B.S. and M.S. degrees from Tsinghua University, Beijing, China, in 2010 and 2013, "
     "respectively, and the Ph.D. degree from the University of Illinois at Urbana-Champaign in 2018.",
     {("STUDIED_AT", "Wei Zhang", "Tsinghua University", "Bachelor", None, 2010),
      ("STUDIED_AT", "Wei Zhang", "Tsinghua University", "Master", None, 2013),
      ("STUDIED_AT", "Wei Zhang", "University of Illinois Urbana-Champaign", "PhD", None, 2018)}),
    # interleaved degrees and schools, the years after both
    ("Wei Zhang received the B.S. degree from Fudan University and the Ph.D. degree from the University of "
     "Michigan, in 2011 and 2016, respectively.",
     {("STUDIED_AT", "Wei Zhang", "Fudan University", "Bachelor", None, 2011),
      ("STUDIED_AT", "Wei Zhang", "University of Michigan", "PhD", None, 2016)}),
    ("Lin Mei received the B.S. degree from Fudan University in 2011, and the M.S. and Ph.D. degrees from Tsinghua "
     "University in 2013 and 2017, respectively.",
     {("STUDIED_AT", "Lin Mei", "Fudan University", "Bachelor", None, 2011),
      ("STUDIED_AT", "Lin Mei", "Tsinghua University", "Master", None, 2013),
      ("STUDIED_AT", "Lin Mei", "Tsinghua University", "PhD", None, 2017)}),
])
def test_degrees_years_and_schools_are_paired_respectively(nlp, text, expected):
    assert careers(nlp, text) == expected


def test_a_second_degree_after_a_gapped_verb_is_read(nlp):
    # the parser makes "the Ph.D. degree" a conjunct of "received"
    found = careers(nlp, "Xiaoming Li received the B.E. degree in automation from Harbin Institute of Technology, "
                         "Harbin, China, in 2008, and the Ph.D. degree in computer science from the Institute of "
                         "Automation, Chinese Academy of Sciences, Beijing, in 2013.")
    assert found == {
        ("STUDIED_AT", "Xiaoming Li", "Harbin Institute of Technology", "Bachelor", None, 2008),
        ("STUDIED_AT", "Xiaoming Li", "Institute of Automation, Chinese Academy of Sciences", "PhD", None, 2013)}


@pytest.mark.parametrize("text", [
    "Sources close to the company say Wang Jun may leave Baidu for ByteDance.",
    "Wang Jun never left Baidu.",
    "Wang Jun is expected to leave Baidu in March.",
])
def test_a_hedged_or_denied_leaving_still_says_where_one_is(nlp, text):
    assert careers(nlp, text) == {("WORKS_AT", "Wang Jun", "Baidu", None, None, None)}


def test_a_known_name_run_on_into_where_one_went_is_two_organisations(nlp):
    # the small model tags "Baidu for ByteDance" as one name
    assert careers(nlp, "Wang Jun left Baidu for ByteDance in 2021.") == {
        ("WORKS_AT", "Wang Jun", "Baidu", None, None, 2021), ("WORKS_AT", "Wang Jun", "ByteDance", None, 2021, None)}
    assert {r[2] for r in careers(nlp, "Wang Jun joined the Center for Research on Computation and Society.")} == {
        "Center for Research on Computation and Society"}


@pytest.mark.parametrize("text, org", [
    ("Google is said to be in talks to hire Omar Khan from Anthropic.", "Anthropic"),
    ("Meta tried to poach Omar Khan from Google.", "Google"),
    ("Omar Khan is rumoured to be joining Meta from Google.", "Google"),
])
def test_where_a_hedged_hire_or_move_is_from_is_where_one_is(nlp, text, org):
    assert careers(nlp, text) == {("WORKS_AT", "Omar Khan", org, None, None, None)}


def test_a_denied_report_says_nothing_of_where_one_was(nlp):
    assert not careers(nlp, "Anthropic denied reports that it had hired Ben Adler from OpenAI.")


def test_degrees_listed_respectively_before_their_one_school(nlp):
    found = careers(nlp, "Wen Jie received the B.S. and M.S. degrees in 2010 and 2012, respectively, from Tsinghua "
                         "University.")
    assert found == {("STUDIED_AT", "Wen Jie", "Tsinghua University", "Bachelor", None, 2010),
                     ("STUDIED_AT", "Wen Jie", "Tsinghua University", "Master", None, 2012)}


def test_a_name_ner_tagged_whole_keeps_no_hyphenated_word_before_it(nlp):
    found = careers(nlp, "Co-lead Kim Min-jun joined Naver Cloud in 2022.")
    assert {r[1] for r in found} == {"Kim Min-jun"}, found


def test_a_person_joined_as_a_post_the_text_places_elsewhere_is_no_employer(nlp):
    found = careers(nlp, "In 2018, Maria Lopez joined Tanaka as a co-founder of Preferred Networks.")
    assert not any(r[2] == "Tanaka" for r in found), found
    assert ("WORKS_AT", "Maria Lopez", "Preferred Networks", "co-founder", 2018, None) in found


def test_joining_before_a_year_neither_starts_nor_ends_the_job(nlp):
    assert careers(nlp, "Tanvir Hossain had joined Microsoft sometime before 2018.") == {
        ("WORKS_AT", "Tanvir Hossain", "Microsoft", None, None, None)}


def test_a_clause_before_a_semicolon_keeps_its_years(nlp):
    found = careers(nlp, "Before 2010, Gil Amar was at Intel; since 2010 he has been at Google.")
    assert found == {("WORKS_AT", "Gil Amar", "Intel", None, None, 2010),
                     ("WORKS_AT", "Gil Amar", "Google", None, 2010, None)}


@pytest.mark.parametrize("text, org", [
    ("Before Google, Luca Conti studied at the University of Bologna.", "University of Bologna"),
    ("Before Stanford, Luca Conti studied at the University of Bologna.", "University of Bologna"),
])
def test_a_place_that_only_tells_the_time_is_no_school(nlp, text, org):
    assert {r[2] for r in careers(nlp, text)} == {org}


@pytest.mark.parametrize("text", [
    # the small model tags "Regina Barzilay" a firm
    "Tal Cohen did his PhD at MIT with Regina Barzilay.",
    "Tal Cohen did his PhD with Regina Barzilay at MIT.",
])
def test_whom_one_studied_with_is_a_person_not_a_school(nlp, text):
    assert {r[2] for r in careers(nlp, text)} == {"Massachusetts Institute of Technology"}
