"""Interviews: the person the lead introduces answers as "I" ("This week we talk to X", "Ten minutes with
X"), with or without "Q:"/"A:" marks. Invented people, real organisations; run through the real pipeline."""

from __future__ import annotations

import pytest

from tests.unit.extraction import careers as _relations
from tests.unit.extraction import degrees, pairs


@pytest.mark.parametrize("lead", [
    "This month we talk to Kofi Asamoah-Boateng, who runs the data team in Accra.",
    "Ten minutes with Kofi Asamoah-Boateng.",
    "In conversation with Kofi Asamoah-Boateng, data lead at a fintech in Accra.",
])
def test_the_interviewee_answers_as_i(nlp, lead):
    found = _relations(nlp, lead + " Q: Where did you start? A: I did my master's at the University of Ghana, "
                                   "and in 2016 I joined Vodafone as an analyst.")
    people = {r[1] for r in found}
    assert people == {"Kofi Asamoah-Boateng"}
    assert ("WORKS_AT", "Kofi Asamoah-Boateng", "Vodafone", "analyst", 2016, None) in found


def test_a_quoted_i_in_a_news_story_is_no_interview(nlp):
    found = pairs(nlp, "Analysts spoke to Kofi Asamoah-Boateng at the launch. The bank said it was pleased. "
                       "\"I joined Vodafone in 2016,\" said Ama Owusu.", "WORKS_AT")
    assert ("Kofi Asamoah-Boateng", "Vodafone") not in found


def test_a_who_clause_makes_a_name_ner_called_an_organisation_a_person(nlp):
    found = pairs(nlp, "This week we talk to Thandeka Mokoena-Nkosi, who teaches statistics in Durban. A: In 2019 I "
                       "took a lectureship at the University of KwaZulu-Natal.", "WORKS_AT")
    assert ("Thandeka Mokoena-Nkosi", "University of KwaZulu-Natal") in found


def test_went_to_a_company_as_a_role_is_a_job(nlp):
    found = _relations(nlp, "Sarah Mitchell went straight to Booking.com as a data scientist in 2015.")
    assert ("WORKS_AT", "Sarah Mitchell", "Booking.com", "data scientist", 2015, None) in found


def test_took_a_lectureship_at(nlp):
    found = _relations(nlp, "In 2018 Sarah Mitchell took a lectureship at the University of Pretoria.")
    assert ("WORKS_AT", "Sarah Mitchell", "University of Pretoria", "lecturer", 2018, None) in found


def test_moved_to_a_town_as_nothing_is_no_job(nlp):
    assert pairs(nlp, "Sarah Mitchell moved to Durban in 2015.", "WORKS_AT") == set()


# --- founders in start-up news -------------------------------------------------------------------


def test_founded_by_gives_the_founders(nlp):
    found = _relations(nlp, "Halcyon Robotics was founded in 2021 by Sarah Mitchell and David Chen. It makes "
                            "warehouse robots.")
    assert {r for r in found if r[2] == "Halcyon Robotics"} >= {
        ("WORKS_AT", "Sarah Mitchell", "Halcyon Robotics", "founder", 2021, None)}


def test_a_fronted_founded_by_gives_the_company_its_founders(nlp):
    found = _relations(nlp, "Berlin-based Halcyon Robotics has raised $20 million in a round led by Lakestar "
                            "Capital. Founded in 2021 by Sarah Mitchell and David Chen, the company makes warehouse "
                            "robots.")
    assert ("WORKS_AT", "Sarah Mitchell", "Halcyon Robotics", "founder", 2021, None) in found
    assert ("WORKS_AT", "David Chen", "Halcyon Robotics", "founder", 2021, None) in found
    assert not any(r[2] == "Lakestar Capital" for r in found)  # the investor the round was led by


def test_founded_gives_the_founder_role(nlp):
    assert ("WORKS_AT", "Sarah Mitchell", "Halcyon Robotics", "founder", 2021, None) in _relations(
        nlp, "Sarah Mitchell founded Halcyon Robotics in 2021.")


def test_the_company_is_the_subject_named_before_not_the_last_name(nlp):
    found = pairs(nlp, "Halcyon Robotics hired Sarah Mitchell away from Lakestar Capital in 2019. She left the "
                       "company in 2023.", "WORKS_AT")
    assert ("Sarah Mitchell", "Halcyon Robotics") in found


# --- news round-ups and speaker bios -----------------------------------------------------------------


def test_all_of_gives_everyone_listed_the_organisation(nlp):
    found = pairs(nlp, "Anna Keller, Kenji Watanabe and Olga Petrenko, all of the University of Zurich, won a prize "
                       "for a 2015 paper on sparse coding.", "WORKS_AT")
    assert found == {("Anna Keller", "University of Zurich"), ("Kenji Watanabe", "University of Zurich"),
                     ("Olga Petrenko", "University of Zurich")}


def test_a_paper_s_year_dates_no_job(nlp):
    found = _relations(nlp, "Anna Keller, a professor at the University of Zurich, won a prize for a 2015 paper.")
    assert ("WORKS_AT", "Anna Keller", "University of Zurich", "professor", None, None) in found


@pytest.mark.parametrize("text", [
    "Anna Keller was elected a fellow of the ACM in 2021.",
    "Anna Keller is a Fellow of the IEEE.",
])
def test_a_society_fellowship_is_no_job(nlp, text):
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_a_college_fellowship_stays_a_job(nlp):
    assert ("Anna Keller", "Trinity College") in pairs(nlp, "Anna Keller became a fellow of Trinity College, "
                                                            "Cambridge, in 2010.", "WORKS_AT")


@pytest.mark.parametrize("text, kept", [
    ("Anna Keller spent six years at Amazon, rising to Director of Applied Science.", {"Amazon"}),
    ("Anna Keller (MSc by Research, 2020) is now a PhD student at Stanford University.", {"Stanford University"}),
])
def test_fields_and_posts_tagged_as_organisations_are_none(nlp, text, kept):
    found = pairs(nlp, text, "WORKS_AT") | pairs(nlp, text, "STUDIED_AT")
    assert {org for _, org in found} == kept


def test_an_untagged_company_after_a_post_at(nlp):
    found = _relations(nlp, "Dr. Anna Keller is Chief Data Officer at Mercado Libre, where she has worked since "
                            "2019.")
    assert ("WORKS_AT", "Anna Keller", "Mercado Libre", "Chief Data Officer", 2019, None) in found


def test_a_company_ner_called_a_place_after_worked_at_or_a_post_at(nlp):
    """One works in a town, not at it: the small model tags "Criteo" and "Zalando" GPE."""
    found = _relations(nlp, "Anna Keller is the new chief data officer at Allegro. She was previously VP of "
                            "analytics at Zalando. Before that, she worked at Criteo.")
    assert {(org, role) for _, _, org, role, _, _ in found} >= {("Zalando", "VP of analytics"), ("Criteo", None)}
    # a country stays a place
    assert not _relations(nlp, "Anna Keller worked at France for a decade.")
    assert ("WORKS_AT", "Anna Keller", "Ocado", None, 2016, None) in _relations(
        nlp, "Anna Keller took a job at Ocado in 2016.")


@pytest.mark.parametrize("text", [
    "Anna Keller co-founded Mistral AI in 2023.",
    "Mistral AI was co-founded by Anna Keller in 2023.",
    "Anna Keller and Tom Hale are co-founding Mistral AI, which they registered in 2023.",
])
def test_co_founded_is_one_word_and_a_founding(nlp, text):
    """Split at its hyphen, "co" became the sentence's verb and the founder founded nothing."""
    assert any(p == "Anna Keller" and o == "Mistral AI" and role == "founder"
               for _, p, o, role, _, _ in _relations(nlp, text))


def test_a_partner_in_a_founding_is_no_employer(nlp):
    assert not _relations(nlp, "Anna Keller and Tom Hale are founding a clinic with the Bill & Melinda Gates "
                               "Foundation.")


# --- roles and schools read off the rest of the sentence -------------------------------------------------


def test_one_of_its_first_names_the_role(nlp):
    found = _relations(nlp, "Anna Keller joined the Vector Institute in 2017 as one of its first research "
                            "scientists.")
    assert ("WORKS_AT", "Anna Keller", "Vector Institute", "research scientist", 2017, None) in found


def test_rising_to_names_the_post_reached(nlp):
    found = _relations(nlp, "Anna Keller spent eight years at Amazon, rising to Director of Applied Science.")
    assert ("WORKS_AT", "Anna Keller", "Amazon", "Director of Applied Science", None, None) in found


def test_leaving_a_school_for_a_phd_place_is_schooling(nlp):
    found = _relations(nlp, "Babak Karimzadeh-Shirazi left Sharif University of Technology, where he had just "
                            "finished a master's degree, for a PhD place at the University of Toronto.")
    assert {(r[0], r[2], r[3]) for r in found} == {("STUDIED_AT", "Sharif University of Technology", "Master"),
                                                  ("STUDIED_AT", "University of Toronto", "PhD")}


def test_leaving_an_employer_stays_a_job(nlp):
    found = _relations(nlp, "Anna Keller left Google, where she had worked since 2015, in 2019 for Meta.")
    assert ("WORKS_AT", "Anna Keller", "Google", None, 2015, 2019) in found


def test_where_after_an_address_stands_for_the_organisation(nlp):
    found = _relations(nlp, "Anna Keller received the Ph.D. degree from Purdue University in 2014. Since 2014, she "
                            "has been with Qualcomm AI Research, San Diego, CA, where she is a Principal Engineer.")
    assert ("WORKS_AT", "Anna Keller", "Qualcomm AI Research", "Principal Engineer", 2014, None) in found


# --- credit lines: "Name, Title, Organisation" -------------------------------------------------------


def test_a_speaker_list_gives_each_their_own_title_and_organisation(nlp):
    found = _relations(nlp, "Speakers: Anna Keller, Professor of Economics, Stanford University; David Chen, Senior "
                            "Research Scientist, Google DeepMind.")
    assert {r[1:4] for r in found} == {("Anna Keller", "Stanford University", "Professor of Economics"),
                                       ("David Chen", "Google DeepMind", "Senior Research Scientist")}


def test_a_moderator_credit_line(nlp):
    assert _relations(nlp, "Moderator: Chinedu Eze-Okafor, technology correspondent, Financial Times.") == {
        ("WORKS_AT", "Chinedu Eze-Okafor", "Financial Times", "technology correspondent", None, None)}


def test_an_apposition_with_a_preposition_is_no_credit_line(nlp):
    found = _relations(nlp, "Anna Keller, a professor at Stanford University, said the results were clear.")
    assert {r[1:4] for r in found} == {("Anna Keller", "Stanford University", "professor")}


# --- arrivals at the organisation a faculty announcement is about ------------------------------------


def test_arrivals_join_the_welcoming_organisation(nlp):
    found = _relations(nlp, "Stanford University's Department of Statistics welcomes two new faculty members this "
                            "autumn. Anna Keller joins as an assistant professor after a postdoctoral fellowship at "
                            "the Simons Institute. David Chen, previously a research scientist at IBM, arrives as "
                            "an associate professor.")
    assert ("WORKS_AT", "Anna Keller", "Stanford University", "assistant professor", None, None) in found
    assert ("WORKS_AT", "Anna Keller", "Simons Institute", "postdoc", None, None) in found
    assert ("WORKS_AT", "David Chen", "Stanford University", "associate professor", None, None) in found


def test_an_arrival_with_its_own_organisation_is_not_the_hosts(nlp):
    found = pairs(nlp, "Stanford University welcomes a new director. Anna Keller joins IBM as a consultant.",
                  "WORKS_AT")
    assert found == {("Anna Keller", "IBM")}


def test_the_one_hired_is_who_she_is_next(nlp):
    found = pairs(nlp, "Anna Keller joined IBM in 2010. Halcyon Robotics has hired Maria Lopez as head of research. "
                       "She spent the previous six years at Microsoft.", "WORKS_AT")
    assert ("Maria Lopez", "Microsoft") in found
    assert ("Anna Keller", "Microsoft") not in found


# --- years told in the sentence after, or as a length before a dated move -----------------------------


@pytest.mark.parametrize("text, org, years", [
    ("Anna Keller is a professor at Stanford University. She has been there since 2015.", "Stanford University",
     (2015, None)),
    ("Anna Keller works for Google. She has worked there since 2019.", "Google", (2019, None)),
    ("Anna Keller worked at IBM for five years before joining Google in 2016.", "IBM", (2011, 2016)),
])
def test_years_of_a_job_told_around_it(nlp, text, org, years):
    found = {(r[2], r[4], r[5]) for r in _relations(nlp, text)}
    assert (org, *years) in found


def test_years_before_in_a_story_are_no_length(nlp):
    found = {(r[2], r[4], r[5]) for r in _relations(nlp, "Anna Keller joined Google in 2016. Two years before, "
                                                           "she had left IBM.")}
    assert ("Google", 2016, None) in found


def test_then_moved_to_an_organisation_begins_when_the_last_job_ended(nlp):
    found = {(r[2], r[4], r[5]) for r in _relations(nlp, "Anna Keller worked at IBM from 2005 to 2010. She then moved "
                                                           "to Google.")}
    assert ("Google", 2010, None) in found


def test_then_moved_to_a_town_dates_nothing(nlp):
    found = {(r[2], r[4], r[5]) for r in _relations(nlp, "Anna Keller worked at IBM from 2005 to 2010. She then moved "
                                                           "to Boston.")}
    assert found == {("IBM", 2005, 2010)}


def test_every_society_of_a_fellowship_list_is_an_honour(nlp):
    assert pairs(nlp, "Anna Keller is a professor at Imperial College London. She is a Fellow of IEEE and IAPR.",
                 "WORKS_AT") == {("Anna Keller", "Imperial College London")}


def test_a_pronoun_of_the_other_gender_is_not_the_carried_person(nlp):
    found = pairs(nlp, "Maria Lopez joins the Gates Foundation as deputy director. She had worked at the WHO since "
                       "2016. Meanwhile Acme has promoted David Chen; he joined Acme Robotics in 2020 from LinkedIn. "
                       "He completed his PhD at Stanford University.", "STUDIED_AT")
    assert ("Maria Lopez", "Stanford University") not in found


def test_a_family_name_read_as_a_place_with_its_given_name(nlp):
    """The small model tags "Ferreira" GPE and leaves "Ana" untagged; "is a PhD candidate at" says a person."""
    assert degrees(nlp, "Ana Ferreira is a PhD candidate at the University of Lisbon.") == {
        ("University of Lisbon", "PhD", None)}
    assert pairs(nlp, "Ana Ferreira is a PhD candidate at the University of Lisbon.", "STUDIED_AT") == {
        ("Ana Ferreira", "University of Lisbon")}


def test_joining_the_town_of_a_university_named_before_is_joining_it(nlp):
    found = _relations(nlp, "Dr. Priya Natarajan is an associate professor at the University of Toronto. Before "
                            "joining Toronto in 2019, Natarajan was a research scientist at Google Brain for four "
                            "years.")
    assert ("WORKS_AT", "Priya Natarajan", "University of Toronto", "associate professor", 2019, None) in found
    assert ("WORKS_AT", "Priya Natarajan", "Google", "research scientist", 2015, 2019) in found


def test_years_at_an_organisation_before_leaving_it_are_a_job(nlp):
    assert pairs(nlp, "After eight years at DeepMind, Anna Keller left to found her own company.", "WORKS_AT") == {
        ("Anna Keller", "Google DeepMind")}


def test_an_acronym_the_text_defines_names_the_organisation_later(nlp):
    found = _relations(nlp, "Dr. Asha Menon is a professor at the Halden Institute of Science (HISc), Bangalore. "
                            "Prior to joining HISc in 2015, she was a staff scientist at Norwood University.")
    assert ("WORKS_AT", "Asha Menon", "Halden Institute of Science", "professor", 2015, None) in found
    assert not any(r[2] == "HISc" for r in found)


def test_a_move_from_one_organisation_to_another_ends_one_and_starts_the_other(nlp):
    for text in ("Lena Vogt moved to Siemens from Bosch in 2019.", "In 2019 Lena Vogt moved from Bosch to Siemens.",
                 "Lena Vogt came to Siemens from Bosch in 2019."):
        found = _relations(nlp, text)
        assert ("WORKS_AT", "Lena Vogt", "Bosch", None, None, 2019) in found, text
        assert ("WORKS_AT", "Lena Vogt", "Siemens", None, 2019, None) in found, text


def test_joining_from_another_organisation_starts_the_job_in_the_years_of_the_move(nlp):
    assert ("WORKS_AT", "Lena Vogt", "Google", None, 2019, None) in _relations(
        nlp, "Lena Vogt joined Google from Bosch in 2019.")


def test_a_move_from_a_town_is_no_job(nlp):
    assert pairs(nlp, "Lena Vogt moved from Munich to Siemens.", "WORKS_AT") == set()


def test_years_of_an_after_clause_are_the_earlier_jobs_and_start_the_next(nlp):
    found = _relations(nlp, "Ahmet Korkmaz is a computer scientist. After working at Acme Research from 2007 to 2010, "
                            "he joined Halden University, where he is a professor.")
    assert ("WORKS_AT", "Ahmet Korkmaz", "Acme Research", None, 2007, 2010) in found
    assert ("WORKS_AT", "Ahmet Korkmaz", "Halden University", "professor", 2010, None) in found


def test_a_coordinated_verbs_years_stay_with_its_own_organisation(nlp):
    found = _relations(nlp, "Aroha Rangi completed her PhD at Halden University and spent 2014–2016 as a "
                            "postdoctoral fellow at Norwood University.")
    assert ("STUDIED_AT", "Aroha Rangi", "Halden University", "PhD", None, None) in found
    assert ("WORKS_AT", "Aroha Rangi", "Norwood University", "postdoctoral fellow", 2014, 2016) in found


def test_a_where_clause_the_parser_hung_on_the_verb_still_stands_for_the_organisation(nlp):
    found = _relations(nlp, "Ioana Dumitrescu was previously a director at Acme, and before that she taught at Halden "
                            "University, where she had earned her doctorate in 2010.")
    assert ("STUDIED_AT", "Ioana Dumitrescu", "Halden University", "PhD", None, 2010) in found
    assert ("WORKS_AT", "Ioana Dumitrescu", "Halden University", None, None, None) in found


def test_a_move_to_a_school_where_a_degree_was_completed_is_no_job(nlp):
    found = _relations(nlp, "Ioana Dumitrescu moved to Halden University, where she completed her PhD in 2015.")
    assert found == {("STUDIED_AT", "Ioana Dumitrescu", "Halden University", "PhD", None, 2015)}


def test_an_academys_associate_is_an_honour_not_a_job(nlp):
    assert pairs(nlp, "Dr. Raghu Kulkarni is a professor at Halden University and an associate of the Indian Academy "
                      "of Sciences.", "WORKS_AT") == {("Raghu Kulkarni", "Halden University")}


def test_starting_ones_own_group_somewhere_is_a_job_there(nlp):
    assert ("WORKS_AT", "Ayesha Rahman", "Halden Institute", None, 2019, None) in _relations(
        nlp, "Ayesha Rahman started her own group at the Halden Institute in 2019.")
    assert _relations(nlp, "Ayesha Rahman started a project at the Halden Institute in 2019.") == set()


def test_a_name_run_on_into_since_is_cut_and_the_description_resolved(nlp):
    found = _relations(nlp, "Halden University has appointed a new provost. Dr. Maria Lopez, a microbiologist, has "
                            "taught at the university since 2005.")
    assert ("WORKS_AT", "Maria Lopez", "Halden University", None, 2005, None) in found
    assert not any("since" in r[2] for r in found)


def test_named_as_a_post_with_no_as(nlp):
    assert ("WORKS_AT", "Wanjiru Kamau", "University of Nairobi", "dean", None, None) in _relations(
        nlp, "The University of Nairobi has named Wanjiru Kamau dean of its Faculty of Science and Technology.")


def test_chairing_a_department_is_a_post_and_chairing_a_committee_is_not(nlp):
    assert ("WORKS_AT", "Maria Lopez", "Department of Physics", "chair", 2017, 2022) in _relations(
        nlp, "Dr. Maria Lopez chaired the Department of Physics from 2017 to 2022.")
    assert _relations(nlp, "Dr. Maria Lopez chaired the program committee of NeurIPS in 2019.") == set()


def test_interning_somewhere_is_an_internship(nlp):
    assert ("WORKS_AT", "Maria Lopez", "Acme Robotics", "intern", 2023, None) in _relations(
        nlp, "In 2023 Dr. Maria Lopez interned at Acme Robotics.")


def test_the_announcer_of_an_appointment_is_the_employer(nlp):
    assert ("WORKS_AT", "Aroha Whitfield", "Halden Institute", "Research Director", None, None) in _relations(
        nlp, "The Halden Institute today announced the appointment of Dr. Aroha Whitfield as Research Director.")


def test_a_post_of_a_field_in_a_where_clause_is_a_post_there(nlp):
    assert ("WORKS_AT", "Aroha Whitfield", "Halden University", "associate professor", None, None) in _relations(
        nlp, "Dr. Aroha Whitfield taught at Halden University, where she was an associate professor of statistics.")


def test_a_post_in_a_named_lab_is_a_job_there_and_at_its_owner(nlp):
    found = _relations(nlp, "Mireille Oberholzer, who had been a senior scientist in MIT's Vision Lab since 2017, "
                            "will serve as chief executive.")
    assert ("WORKS_AT", "Mireille Oberholzer", "Massachusetts Institute of Technology", "senior scientist", 2017,
            None) in found
    assert ("WORKS_AT", "Mireille Oberholzer", "Halden Vision Lab", "senior scientist", 2017, None) in _relations(
        nlp, "Mireille Oberholzer has been a senior scientist in the Halden Vision Lab since 2017.")


def test_a_journal_is_no_employer(nlp):
    assert pairs(nlp, "Nguyen Van Hieu is an associate editor of IEEE Communications Letters.", "WORKS_AT") == set()


def test_a_he_after_who_stands_for_whom_the_who_clause_is_about(nlp):
    assert ("WORKS_AT", "Felix Brandt", "Halden Institute for Intelligent Systems", "research group leader", 2016,
            None) in _relations(nlp, "The new site will be led by Felix Brandt, who moves from the Halden Institute "
                                     "for Intelligent Systems, where he has been a research group leader since 2016.")


def test_each_of_two_people_of_their_own_organisation_keeps_it(nlp):
    found = pairs(nlp, "Co-investigators include Prof. Rasmus Holm of the University of Copenhagen and Dr. Mai Bich of "
                       "the Halden Clinical Research Unit.", "WORKS_AT")
    assert ("Rasmus Holm", "Halden Clinical Research Unit") not in found
    assert ("Mai Bich", "Halden Clinical Research Unit") in found
    assert pairs(nlp, "The study was led by Rasmus Holm and Mai Bich of the Halden Clinical Research Unit.",
                 "WORKS_AT") == {("Rasmus Holm", "Halden Clinical Research Unit"),
                                 ("Mai Bich", "Halden Clinical Research Unit")}


@pytest.mark.parametrize(("text", "org"), [
    ("Anna Keller worked at Google's AI lab in Zurich from 2015 to 2018.", "Google"),
    ("Anna Keller heads Microsoft's robotics group.", "Microsoft"),
])
def test_an_organisation_s_unit_is_the_organisation_s_job(nlp, text, org):
    assert any(p == "Anna Keller" and o == org for rel, p, o, _, _, _ in _relations(nlp, text) if rel == "WORKS_AT")


def test_an_alumna_of_a_long_named_school(nlp):
    """The tagger reads "alumna" after "a University of Toronto" as a verb."""
    found = _relations(nlp, "Anna Keller, a University of Toronto alumna, joined Google in 2019.")
    assert ("STUDIED_AT", "Anna Keller", "University of Toronto", None, None, None) in found


def test_co_founder_is_one_word_and_a_post(nlp):
    found = _relations(nlp, "Anna Keller is a co-founder of Anthropic.")
    assert ("WORKS_AT", "Anna Keller", "Anthropic", "co-founder", None, None) in found


def test_every_company_of_a_list_after_positions_at(nlp):
    """NER tags the second company of the list a place."""
    found = _relations(nlp, "Anna Keller previously held positions at Intel and Ocado.")
    assert {o for _, _, o, _, _, _ in found} == {"Intel", "Ocado"}


def test_stepping_down_ends_the_post(nlp):
    found = _relations(nlp, "Anna Keller stepped down as chief executive of Intel in 2021.")
    assert ("WORKS_AT", "Anna Keller", "Intel", "chief executive", None, 2021) in found


def test_hired_from_a_company_ends_that_job_and_starts_the_new_one(nlp):
    for text in ("Anna Keller was poached by Meta from Google in 2022.", "Meta hired Anna Keller from Google in 2022."):
        found = _relations(nlp, text)
        assert ("WORKS_AT", "Anna Keller", "Meta", None, 2022, None) in found
        assert ("WORKS_AT", "Anna Keller", "Google", None, None, 2022) in found


def test_a_of_x_and_b_of_y_when_the_parser_joins_b_to_x(nlp):
    found = _relations(nlp, "Anna Keller of ETH Zurich and Tom Hale of the University of Oxford wrote the paper.")
    assert {(p, o) for _, p, o, _, _, _ in found} == {("Anna Keller", "ETH Zurich"), ("Tom Hale", "University of Oxford")}


def test_each_apposition_of_a_list_is_its_own_person_s(nlp):
    found = _relations(nlp, "Zhang Wei, a professor at Tsinghua University, and Liu Yang, a researcher at Alibaba, "
                            "wrote the report.")
    assert {(p, o) for _, p, o, _, _, _ in found} == {("Zhang Wei", "Tsinghua University"), ("Liu Yang", "Alibaba Group")}


def test_degrees_listed_before_one_from_share_the_school(nlp):
    found = _relations(nlp, "Anna Keller holds a BSc from Imperial College London and an MSc and PhD from the "
                            "University of Edinburgh.")
    assert {(o, d) for _, _, o, d, _, _ in found} == {
        ("Imperial College London", "Bachelor"), ("University of Edinburgh", "Master"), ("University of Edinburgh", "PhD")}


def test_was_previously_at_a_company_is_a_job(nlp):
    found = _relations(nlp, "Tom Hale is the new head of AI at Siemens. He was previously at Bosch, where he ran the "
                            "machine learning group.")
    assert any(o == "Bosch" for _, _, o, _, _, _ in found)
    assert not _relations(nlp, "Tom Hale was previously at the Davos forum in January.")


def test_the_years_of_the_subject_s_apposition_date_no_other_job(nlp):
    found = _relations(nlp, "Tom Hale, the company's chief technology officer since 2019, previously worked at "
                            "Microsoft.")
    assert ("WORKS_AT", "Tom Hale", "Microsoft", None, None, None) in found


def test_a_bracketed_degree_and_school_after_a_name(nlp):
    found = _relations(nlp, "Anna Keller (PhD, Stanford) is an assistant professor at Princeton.")
    assert ("STUDIED_AT", "Anna Keller", "Stanford University", "PhD", None, None) in found
    assert not any(rel == "WORKS_AT" and o == "Stanford University" for rel, _, o, _, _, _ in found)


@pytest.mark.parametrize(("text", "org", "start", "end"), [
    ("After eight years at DeepMind, Anna Keller left in 2020.", "Google DeepMind", 2012, 2020),
    ("After two decades at IBM, Anna Keller retired in 2015.", "IBM", 1995, 2015),
    ("After nearly two decades at IBM, Anna Keller retired in 2015.", "IBM", None, 2015),  # "nearly": no length
])
def test_a_stint_after_which_someone_left_ends_when_they_left(nlp, text, org, start, end):
    assert ("WORKS_AT", "Anna Keller", org, None, start, end) in _relations(nlp, text)


def test_a_person_s_group_at_an_organisation(nlp):
    found = _relations(nlp, "Anna Keller's group at the University of Amsterdam builds robots.")
    assert ("WORKS_AT", "Anna Keller", "University of Amsterdam", None, None, None) in found


def test_who_joined_a_company_ner_called_a_place(nlp):
    found = _relations(nlp, "Anna Keller, who joined Glovo from Intel in 2019, will lead the new lab.")
    assert ("WORKS_AT", "Anna Keller", "Glovo", None, 2019, None) in found


def test_a_deal_led_is_no_job_but_a_unit_led_is(nlp):
    assert {o for _, _, o, _, _, _ in _relations(
        nlp, "Anna Keller, a partner at Sequoia Capital, led the investment in Mistral AI.")} == {"Sequoia Capital"}
    assert {o for _, _, o, _, _, _ in _relations(nlp, "Anna Keller heads the research arm of Samsung.")} == {"Samsung"}


def test_colleagues_named_in_the_plural_are_other_people(nlp):
    assert not _relations(nlp, "Anna Keller collaborates with researchers at Google DeepMind and Meta.")


def test_left_x_for_y_in_a_relative_clause(nlp):
    """The parser hangs "for Princeton" on Tsinghua, not on "left"."""
    found = _relations(nlp, "Professor Li Ming, who left Tsinghua University for Princeton University in 1998, "
                            "returned to Beijing in 2017.")
    assert ("WORKS_AT", "Li Ming", "Tsinghua University", None, None, 1998) in found
    assert ("WORKS_AT", "Li Ming", "Princeton University", None, 1998, None) in found


def test_a_dated_start_the_company_announced(nlp):
    found = _relations(nlp, "Anna Keller will join Samsung Electronics as executive vice president in January 2025, "
                            "the company said on Tuesday.")
    assert any(o.startswith("Samsung") and start == 2025 for _, _, o, _, start, _ in found)


def test_a_company_post_names_a_company_ner_called_a_place(nlp):
    found = _relations(nlp, "Anna Keller was appointed chief executive of Feedzai in 2019. Before that she was at "
                            "Google.")
    assert {(o, start) for _, _, o, _, start, _ in found} == {("Feedzai", 2019), ("Google", None)}
    assert not _relations(nlp, "Anna Keller was appointed mayor of Chicago in 2019.")


def test_graduated_with_honours_and_a_dated_graduate(nlp):
    assert ("STUDIED_AT", "Anna Keller", "McGill University", None, None, 2005) in _relations(
        nlp, "Anna Keller graduated with honours from McGill University in 2005.")
    assert ("STUDIED_AT", "Anna Keller", "Indian Institute of Technology Delhi", None, None, 2015) in _relations(
        nlp, "Anna Keller is a 2015 graduate of the Indian Institute of Technology Delhi.")


def test_a_named_scholarship_is_no_post(nlp):
    found = _relations(nlp, "Anna Keller is pursuing her PhD at the University of Oxford, where she is a Rhodes "
                            "Scholar.")
    assert not any(rel == "WORKS_AT" for rel, _, _, _, _, _ in found)


@pytest.mark.parametrize(("text", "org"), [
    ("Anna Keller did most of her work at the Vienna University of Technology.", "TU Wien"),  # known name
    ("Anna Keller did research at Bell Labs in the 1990s.", "Bell Labs"),
    ("Anna Keller did postdoctoral work at the Salk Institute.", "Salk Institute"),
])
def test_research_done_at_an_organisation_is_a_job_there(nlp, text, org):
    assert any(rel == "WORKS_AT" and o == org for rel, _, o, _, _, _ in _relations(nlp, text))


def test_a_town_after_a_post_is_its_known_university(nlp):
    found = _relations(nlp, "Anna Keller became a lecturer at Toronto in 1990.")
    assert ("WORKS_AT", "Anna Keller", "University of Toronto", "lecturer", 1990, None) in found
