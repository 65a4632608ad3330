"""Moves and posts as news and bios state them: a post served "as" something at an employer, employers NER
calls buildings or places, a gapped list of moves, and asides that belong to one of several listed people.
Invented people, real organisations; run through the real pipeline."""

from __future__ import annotations

import pytest

from tests.unit.extraction import careers, pairs


def test_a_post_served_as_names_its_employer(nlp):
    found = careers(nlp, "Previously, Juan Perez served as director of AI at Mercado Libre.")
    assert found == {("WORKS_AT", "Juan Perez", "Mercado Libre", "director of AI", None, None)}


def test_an_employer_ner_calls_a_building_is_an_organisation(nlp):
    # the small model tags "Mercado Libre" FAC here
    found = careers(nlp, "Juan Perez worked at Mercado Libre from 2015 to 2019.")
    assert found == {("WORKS_AT", "Juan Perez", "Mercado Libre", None, 2015, 2019)}


def test_a_name_ner_calls_a_place_is_a_person_when_described_by_a_role(nlp):
    # the small model tags "Olusegun Adeyemi" GPE; "a former Uber engineer" is said of a person only
    found = careers(nlp, "Olusegun Adeyemi, a former Uber engineer, joined Lyft in 2020.")
    assert ("WORKS_AT", "Olusegun Adeyemi", "Lyft", None, 2020, None) in found
    assert any(r[1:3] == ("Olusegun Adeyemi", "Uber") for r in found)


def test_a_place_speaking_stays_a_place(nlp):
    found = careers(nlp, "New Zealand said it would fund the lab. Jane Doe joined Google in 2019.")
    assert found == {("WORKS_AT", "Jane Doe", "Google", None, 2019, None)}


def test_a_gapped_list_of_moves_dates_each_employer(nlp):
    found = careers(nlp, "Wang Hao moved from Baidu to Alibaba in 2018, and then to ByteDance in 2021.")
    assert {r[2:] for r in found} == {("Baidu", None, None, 2018), ("Alibaba Group", None, 2018, 2021),
                                      ("ByteDance", None, 2021, None)}


def test_a_gapped_in_names_a_town_not_an_employer(nlp):
    assert not careers(nlp, "Father Miguel Antonio served in a church in Colima and then in Dolores.")


_FOUNDERS = ("Ravi Shankar Iyer, who completed a PhD at the University of Cambridge in 2017 and joined DeepMind the "
             "same year, and Olusegun Adeyemi-Clarke, a staff engineer there since 2020, founded Catalyx Labs in "
             "London this spring.")


def test_a_relative_clause_before_a_listed_person_is_the_first_ones_alone(nlp):
    found = careers(nlp, _FOUNDERS)
    assert ("STUDIED_AT", "Ravi Shankar Iyer", "University of Cambridge", "PhD", None, 2017) in found
    assert not any(r[0] == "STUDIED_AT" and r[1] == "Olusegun Adeyemi-Clarke" for r in found)
    assert ("Olusegun Adeyemi-Clarke", "Catalyx Labs") in {r[1:3] for r in found}


def test_the_years_of_a_listed_persons_aside_do_not_date_the_shared_verb(nlp):
    found = careers(nlp, _FOUNDERS)
    assert {r[4] for r in found if r[2] == "Catalyx Labs"} == {None}


def test_a_relative_clause_after_both_names_is_shared(nlp):
    found = careers(nlp, "Maria Lopez and David Chen, who both joined Google in 2019, left to found Kora.")
    assert {r[1] for r in found if r[2] == "Google"} == {"Maria Lopez", "David Chen"}


def test_a_name_ner_calls_a_place_is_a_person_when_listed_with_one(nlp):
    # the small model tags "Tunde Okafor" GPE here
    found = careers(nlp, "Amina Bello and Tunde Okafor, who both joined Google in 2019, left to found Kora.")
    assert {r[1] for r in found if r[2] == "Google"} == {"Amina Bello", "Tunde Okafor"}


def test_chairing_a_department_at_a_university_is_a_job_there(nlp):
    found = careers(nlp, "Lina Haddad previously chaired the computer science department at Qatar University.")
    assert {r[1:3] for r in found} == {("Lina Haddad", "Qatar University")}


def test_a_unit_described_in_lower_case_is_no_organisation(nlp):
    found = careers(nlp, "Lina Haddad chaired the department of physics at Qatar University from 2010 to 2014.")
    assert {r[2] for r in found} == {"Qatar University"}


def test_graduate_school_a_move_was_for_is_study(nlp):
    found = careers(nlp, "Chidi Eze moved to the United States for graduate school at Georgia Tech.")
    assert {r[:3] for r in found} == {("STUDIED_AT", "Chidi Eze", "Georgia Institute of Technology")}


def test_a_second_school_the_parser_joins_to_the_verb_keeps_its_bracketed_degree(nlp):
    found = careers(nlp, "Maria Lopez holds degrees from the University of Cape Town (BSc, 2005) and the University of "
                         "Oxford (DPhil, 2010).")
    assert found == {("STUDIED_AT", "Maria Lopez", "University of Cape Town", "Bachelor", None, 2005),
                     ("STUDIED_AT", "Maria Lopez", "University of Oxford", "PhD", None, 2010)}


def test_the_company_whose_team_a_person_leads_is_the_employer(nlp):
    # "Element AI" is left untagged by NER and unknown to the gazetteer
    found = careers(nlp, "Fatima Zahra leads the vision team at Element AI.")
    assert {r[1:3] for r in found} == {("Fatima Zahra", "Element AI")}


def test_a_promotion_at_an_organisation_is_a_job_there(nlp):
    found = careers(nlp, "Helena Schmidt has been promoted to director of engineering at SAP, where she has worked "
                         "since 2012.")
    assert found == {("WORKS_AT", "Helena Schmidt", "SAP", "director of engineering", 2012, None)}


def test_a_bracketed_degree_names_a_person_and_does_not_date_the_job(nlp):
    # NER leaves "Sofia Rossi" untagged on an alumni list
    found = careers(nlp, "Alumni\nRavi Kumar (PhD 2019), now a research scientist at Google Research\n"
                         "Sofia Rossi (MSc 2020), now at DeepMind\n")
    assert ("WORKS_AT", "Sofia Rossi", "Google DeepMind", None, None, None) in found


def test_a_surname_the_parser_hangs_a_verb_on_is_the_person_named_before(nlp):
    found = careers(nlp, "Kwame Mensah has been appointed Director of the African Institute for Mathematical Sciences "
                         "in Rwanda. Mensah, who holds a PhD from the University of Ghana, previously taught at Ashesi "
                         "University for eight years.")
    assert ("Kwame Mensah", "Ashesi University") in {r[1:3] for r in found}


def test_a_company_post_is_held_of_a_company_ner_calls_a_person(nlp):
    # the small model tags "Reliance Jio" PERSON
    found = careers(nlp, "Sanjay Gupta, 52, is the new chief technology officer of Reliance Jio.")
    assert found == {("WORKS_AT", "Sanjay Gupta", "Reliance Jio", "chief technology officer", None, None)}


def test_previously_at_an_untagged_company_is_a_job_there(nlp):
    found = careers(nlp, "Ingrid Johansson, head of AI at Spotify since 2021, was previously at King, the maker of "
                         "Candy Crush.")
    assert {r[1:3] for r in found} == {("Ingrid Johansson", "Spotify"), ("Ingrid Johansson", "King")}


def test_a_fellow_in_a_professors_lab_works_where_the_lab_is(nlp):
    found = careers(nlp, "Wei Zhang is a postdoctoral fellow in Professor Anna Kim's lab at Harvard Medical School.")
    assert ("Wei Zhang", "Harvard Medical School") in {r[1:3] for r in found}


def test_the_head_of_a_lab_that_does_something_works_there(nlp):
    found = careers(nlp, "Keller's research group at the University of Amsterdam published the paper.")
    assert {r[1:3] for r in found} == {("Keller", "University of Amsterdam")}


def test_a_stay_with_an_untagged_company_over_years_is_a_job(nlp):
    found = careers(nlp, "Maria Lopez was with Accenture from 2001 until 2011.")
    assert found == {("WORKS_AT", "Maria Lopez", "Accenture", None, 2001, 2011)}


def test_the_town_after_a_lab_is_its_address(nlp):
    found = careers(nlp, "Fatima Benali was with Intel Labs, Hillsboro, OR, from 2015 to 2020.")
    assert len(found) == 1 and not {r[2] for r in found} & {"Hillsboro", "OR"}


def test_completed_studies_end_in_the_year(nlp):
    found = careers(nlp, "Maria Lopez completed her undergraduate studies at the University of Chile in 2005.")
    assert found == {("STUDIED_AT", "Maria Lopez", "Universidad de Chile", "Bachelor", None, 2005)}


def test_a_since_job_after_a_postdoc_ends_the_postdoc(nlp):
    found = careers(nlp, "Maria Lopez has taught at Columbia University since 2009, after a postdoc at NYU.")
    assert ("WORKS_AT", "Maria Lopez", "New York University", "postdoc", None, 2009) in found
    assert ("WORKS_AT", "Maria Lopez", "Columbia University", None, 2009, None) in found


def test_a_return_and_an_earlier_leaving_make_no_backwards_span(nlp):
    found = careers(nlp, "Maria Lopez returned to Google in 2022, having left the company in 2018.")
    assert found == {("WORKS_AT", "Maria Lopez", "Google", None, 2022, None)}


def test_short_year_ranges_and_mid_year(nlp):
    assert ("WORKS_AT", "Maria Lopez", "University of Oxford", "visiting scholar", 2017, 2018) in careers(
        nlp, "Maria Lopez was a visiting scholar at Oxford during 2017-18.")
    assert ("WORKS_AT", "Maria Lopez", "NVIDIA", None, 2021, None) in careers(
        nlp, "Maria Lopez joined Nvidia in mid-2021.")


def test_an_effective_date_makes_a_future_post_an_announcement(nlp):
    found = careers(nlp, "Effective March 1, Dr. Hannah Wright will become provost of Carnegie Mellon University.")
    assert found == {("WORKS_AT", "Hannah Wright", "Carnegie Mellon University", "provost", None, None)}
    assert not careers(nlp, "Hannah Wright will become provost of Carnegie Mellon University.")  # undated: a hedge


def test_running_a_group_at_a_company_is_a_job_but_running_a_workshop_is_not(nlp):
    assert {r[2] for r in careers(nlp, "Rebecca Hall runs the robotics group at Amazon.")} == {"Amazon"}
    assert not careers(nlp, "Rebecca Hall ran a workshop at Google in 2019.")
    assert not careers(nlp, "Rebecca Hall ran for a seat at Acme Corp.")
    assert not careers(nlp, "Maria Lopez chaired a panel at Google in 2019.")


def test_stepping_down_from_a_post_at_a_company_ends_the_job(nlp):
    # the small model tags "Lucas Martin" ORG; stepping down as head of research is said of a person
    found = careers(nlp, "Lucas Martin stepped down as head of research at Mistral AI in 2024.")
    assert found == {("WORKS_AT", "Lucas Martin", "Mistral AI", "head of research", None, 2024)}


def test_a_post_one_will_keep_is_held_now(nlp):
    found = careers(nlp, "Felix Brandtner-Okafor will keep an honorary professorship at the University of Tübingen.")
    assert {r[1:3] for r in found} == {("Felix Brandtner-Okafor", "University of Tübingen")}


def test_an_employer_ner_calls_a_title_is_named_before_its_town(nlp):
    # the small model tags "Bitdefender in Bucharest" WORK_OF_ART
    found = careers(nlp, "Ioana Dumitrescu was previously a director of engineering at Bitdefender in Bucharest.")
    assert found == {("WORKS_AT", "Ioana Dumitrescu", "Bitdefender", "director of engineering", None, None)}


def test_years_spent_as_an_engineer_at_a_company_ner_calls_a_place(nlp):
    found = careers(nlp, "Before the pair started Nuri Vision in 2021, Choi Min-jun spent four years as an engineer "
                         "at Naver.")
    assert ("WORKS_AT", "Choi Min-jun", "Naver", "engineer", 2017, 2021) in found


@pytest.mark.parametrize("text", [
    "Jane Doe serves on the advisory board of Acme Corp.",
    "Jane Doe is on the board of directors of Acme Corp.",
    "Jane Doe sits on the board of Acme Corp.",
    "Jane Doe works with Google on the project.",
])
def test_a_board_seat_or_a_collaboration_is_no_job(nlp, text):
    assert not careers(nlp, text)


@pytest.mark.parametrize(("text", "employer"), [
    ("Maria Lopez has been chairman of the board of Siemens since 2015.", "Siemens"),  # a post, not a seat
    ("Maria Lopez worked at eBay from 2010 to 2014.", "eBay"),  # a name, though it starts in lower case
    ("Maria Lopez joined iRobot in 2015.", "iRobot"),
])
def test_chairmen_of_boards_and_lower_case_brands_stay_employers(nlp, text, employer):
    assert {r[2] for r in careers(nlp, text)} == {employer}


@pytest.mark.parametrize("text", [
    "Maria Lopez was previously at Cambridge, where she earned her PhD.",  # a town: her school, not a job
    "Maria Lopez joined the team at Cambridge as a PhD student in 2018.",
    "Maria Lopez worked at the Eiffel Tower in Paris for two years.",
    "John Smith was promoted to the Premier League with Leeds United.",
])
def test_a_stay_in_a_town_a_place_of_study_or_a_landmark_is_no_job(nlp, text):
    assert not {r for r in careers(nlp, text) if r[0] == "WORKS_AT"}


def test_the_town_after_a_schools_name_is_no_school(nlp):
    found = careers(nlp, "Ahmet Yilmaz received his PhD from the University of Maryland, College Park, in 2007.")
    assert found == {("STUDIED_AT", "Ahmet Yilmaz", "University of Maryland", "PhD", None, 2007)}


def test_years_at_a_company_working_on_a_product(nlp):
    # the parser makes "Apple" the subject of "working"
    found = careers(nlp, "Marcus Whitfield spent four years at Apple working on Siri.")
    assert {r[1:3] for r in found} == {("Marcus Whitfield", "Apple")}


def test_an_organisations_office_is_where_its_people_work(nlp):
    assert {r[2] for r in careers(nlp, "Maria Lopez worked at Google's Accra office.")} == {"Google"}
    found = careers(nlp, "Maria Lopez joined Stanford in 2023 from Google Research's Accra office.")
    assert ("WORKS_AT", "Maria Lopez", "Google", None, None, 2023) in found


def test_a_founding_names_an_untagged_company_and_the_cofounder_with(nlp):
    # the small model leaves "Lumion Robotics" untagged here
    found = careers(nlp, "Maria Lopez co-founded Lumion Robotics with a former DFKI colleague, Aylin Demir.")
    assert found == {("WORKS_AT", "Maria Lopez", "Lumion Robotics", "founder", None, None),
                     ("WORKS_AT", "Aylin Demir", "Lumion Robotics", "founder", None, None)}


def test_joining_another_organisation_ends_the_job_before(nlp):
    found = careers(nlp, "Jane Doe joined Google in 2015. In 2019 she joined Meta.")
    assert found == {("WORKS_AT", "Jane Doe", "Google", None, 2015, 2019),
                     ("WORKS_AT", "Jane Doe", "Meta", None, 2019, None)}


def test_joining_as_an_adjunct_ends_nothing(nlp):
    found = careers(nlp, "Jane Doe joined Google in 2015. In 2019 she joined Stanford University as an adjunct "
                         "professor.")
    assert ("WORKS_AT", "Jane Doe", "Google", None, 2015, None) in found


def test_a_birth_year_dates_no_schooling(nlp):
    found = careers(nlp, "Born in 1975 in Kraków, Anna Nowak studied physics at Jagiellonian University.")
    assert found == {("STUDIED_AT", "Anna Nowak", "Jagiellonian University", None, None, None)}


def test_a_career_or_years_spent_at_a_company_ner_calls_a_place(nlp):
    assert {r[2] for r in careers(nlp, "Anna Nowak spent six years at Criteo.")} == {"Criteo"}


def test_formerly_of_a_company_is_a_past_job_there(nlp):
    found = careers(nlp, "The President appointed Dr. Lars Nilsson, formerly of Ericsson, as chief technology adviser.")
    assert found == {("WORKS_AT", "Lars Nilsson", "Ericsson", None, None, None)}


def test_years_after_which_one_returned_home_were_spent_at_the_company(nlp):
    # the parser hangs "at Microsoft" on "returned"
    found = careers(nlp, "Tomás Herrera returned to Chile in 2019 after twelve years at Microsoft.")
    assert found == {("WORKS_AT", "Tomás Herrera", "Microsoft", None, 2007, 2019)}


def test_the_main_iits_are_known_by_their_short_names(nlp):
    found = careers(nlp, "Priya Sharma is pursuing her master's at IIT Delhi.")
    assert found == {("STUDIED_AT", "Priya Sharma", "Indian Institute of Technology Delhi", "Master", None, None)}


def test_a_when_clause_on_a_span_happened_at_its_end(nlp):
    found = careers(nlp, "Ngozi Eze was a lecturer at Covenant University from 2012 to 2016, when she moved to the "
                         "University of Cape Town.")
    assert ("WORKS_AT", "Ngozi Eze", "University of Cape Town", None, 2016, None) in found


def test_a_since_clause_starts_the_spell_of_the_main_clause(nlp):
    found = careers(nlp, "Since leaving Twitter in 2022, Amina Yusuf has been a fellow at the Berkman Klein Center.")
    assert ("WORKS_AT", "Amina Yusuf", "Berkman Klein Center", "fellow", 2022, None) in found



@pytest.mark.parametrize("text", [
    "We congratulate Ayesha Siddiqui on joining Anthropic as a Staff Research Scientist.",
    "The department welcomed Ayesha Siddiqui on joining Anthropic as a Staff Research Scientist.",
])
def test_who_is_congratulated_on_a_move_made_it(nlp, text):
    assert pairs(nlp, text, "WORKS_AT") == {("Ayesha Siddiqui", "Anthropic")}


def test_the_one_who_congratulates_made_no_move(nlp):
    text = "Ayesha Siddiqui congratulated the team on joining Anthropic."
    assert ("Ayesha Siddiqui", "Anthropic") not in pairs(nlp, text, "WORKS_AT")


def test_he_after_we_is_the_one_person_the_speaker_named(nlp):
    text = ("Kavita Rao, Chief Executive Officer: Thank you, operator. This quarter we welcomed Dr. Thomas Okoro-Weiss "
            "as our Chief Scientist; he joined us from NVIDIA, where he led the generative AI research group.")
    found = pairs(nlp, text, "WORKS_AT")
    assert ("Thomas Okoro-Weiss", "NVIDIA") in found and ("Kavita Rao", "NVIDIA") not in found


def test_a_she_this_rule_did_not_read_leaves_a_later_she_to_the_text(nlp):
    text = ("Laila Haddad is a scientist at AstraZeneca. She then joined Novartis in Basel as a senior scientist, "
            "staying until 2019, when she moved to AstraZeneca.")
    assert all(head == "Laila Haddad" for head, _ in pairs(nlp, text, "WORKS_AT"))


def test_an_unnamed_relatives_job_is_no_one_elses(nlp):
    text = ("USTC vice president Shen Guoping said the university had courted Zhao Xinyue since 2021. Her husband, "
            "an engineer at Microsoft, will remain in Seattle.")
    assert not any(org == "Microsoft" for _, org in pairs(nlp, text, "WORKS_AT"))
    assert ("Jane Doe", "Sequoia Capital") in pairs(nlp, "Jane Doe is a partner at Sequoia Capital.", "WORKS_AT")


def test_a_family_name_in_capitals_is_the_same_word_written_plainly(nlp):
    text = ("HEFEI, March 3 (Xinhua) -- After 12 years in the United States, artificial intelligence scientist ZHAO "
            "Xinyue has returned to China to join the University of Science and Technology of China (USTC) as a full "
            "professor at its School of Artificial Intelligence and Data Science. Zhao, 41, was most recently a "
            "principal research scientist at Amazon Web Services (AWS) in Seattle. She received her doctorate from "
            "the University of Washington in 2016.")
    assert ("ZHAO Xinyue", "Amazon") in pairs(nlp, text, "WORKS_AT")


def test_a_dated_release_ends_the_job_one_joins_or_comes_from_that_year(nlp):
    text = ("KAUST welcomes new faculty\nThuwal, Saudi Arabia, 9 September 2024 — Two new faculty members arrive.\n"
            "Professor Yousef Al-Harbi joins KAUST as Professor of Computer Science. He comes from the University of "
            "Oxford, where he was an associate professor for eight years. Assistant Professor Layla Haddad-Rahman "
            "joins from Apple, where she was a research scientist on the Siri team.")
    found = careers(nlp, text)
    assert ("WORKS_AT", "Yousef Al-Harbi", "University of Oxford", "associate professor", 2016, 2024) in found
    assert ("WORKS_AT", "Layla Haddad-Rahman", "Apple", "research scientist", None, 2024) in found


def test_a_place_one_joins_from_and_keeps_stays_open(nlp):
    text = ("MONTRÉAL, October 2, 2023 — Mila today welcomed a new core academic member. Amélie Tremblay-Ngo joins "
            "from McGill University, where she remains an assistant professor.")
    assert all(start is None and end is None for _, head, tail, _, start, end in careers(nlp, text)
               if tail == "McGill University"), careers(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Jan 14, 2025 — Jane Doe will be joining the University of Toronto this fall as an assistant professor.",
     {("WORKS_AT", "Jane Doe", "University of Toronto", "assistant professor", 2025, None)}),
    ("Jan 14, 2025 — Jane Doe will be joining the University of Toronto as an assistant professor.", set()),
])
def test_a_dated_start_told_in_the_progressive_is_a_start(nlp, text, expected):
    assert careers(nlp, text) == expected
