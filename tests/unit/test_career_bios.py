"""Career rules for researcher bios, homepages and news items: the page's "I", schooling on the way to
a name, internships and postdocs named as objects, fields taken for organisations, hyphenated given
names, and the hedges that keep plans and refusals out. Sentences and people invented for these tests,
run through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.unit.extraction import careers, pairs

# --- the page's "I" -------------------------------------------------------------------------------


def test_first_person_bound_to_the_self_introduced_name(nlp):
    text = "Hi! I am Donna Vreel. Previously, I worked at Quillon Labs."
    assert ("Donna Vreel", "Quillon Labs") in pairs(nlp, text, "WORKS_AT")


def test_a_quoted_i_with_its_speaker_named_is_not_the_pages_narrator(nlp):
    # A news story whose first line is its reporter's bare name: the quoted "I" is Lev Marlow's.
    text = ("Anna Tolber\n\nQuillon Labs lost another senior researcher on Friday.\n\n"
            "\"I worked at Google Brain for five years before joining Quillon Labs in 2021,\" said Lev Marlow.\n")
    found = pairs(nlp, text, "WORKS_AT")
    assert not any(head == "Anna Tolber" for head, _ in found)
    unquoted = "Anna Tolber\n\nI worked at Google Brain for five years before joining Quillon Labs in 2021.\n"
    assert any(head == "Anna Tolber" and "Google" in tail for head, tail in pairs(nlp, unquoted, "WORKS_AT"))


def test_my_name_is_introduces_the_narrator(nlp):
    text = "My name is Oren Vale. I was a research intern at Microsoft Research Asia in 2019."
    assert ("Oren Vale", "Microsoft Research Asia") in pairs(nlp, text, "WORKS_AT")


def test_my_degree_is_the_narrators(nlp):
    text = "I am Mira Castell. Before that, I received my B.S. in Electronic Engineering from Tsinghua University."
    assert ("Mira Castell", "Tsinghua University") in pairs(nlp, text, "STUDIED_AT")


def test_first_person_without_a_name_binds_to_no_one(nlp):
    text = "I am an Assistant Professor at Northbridge University. I received my PhD from Eastvale University."
    assert pairs(nlp, text, "WORKS_AT") == set()
    assert pairs(nlp, text, "STUDIED_AT") == set()


def test_a_name_after_is_without_i_is_no_self_introduction(nlp):
    text = "The speaker is Donna Vreel. I worked at Quillon Labs."
    assert ("Donna Vreel", "Quillon Labs") not in pairs(nlp, text, "WORKS_AT")


# --- schooling between the organisation and the person ----------------------------------------------


def test_student_in_an_institute_studies_there(nlp):
    text = "Hi! I am Donna Vreel, a 5th-year Ph.D. student in Language Technologies Institute, Carnegie Mellon University."
    assert ("Donna Vreel", "Carnegie Mellon University") in pairs(nlp, text, "STUDIED_AT")
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_student_in_a_field_at_a_university(nlp):
    text = "Welcome! I am Ravi Tolan.\n\nI am a Ph.D. student in Data Mining at Rutgers University."
    found = pairs(nlp, text, "STUDIED_AT")
    assert ("Ravi Tolan", "Rutgers University") in found
    assert not any("Data Mining" in tail for _, tail in found)


def test_degree_in_brackets_after_the_name(nlp):
    text = "Lina Okafor (PhD, Carnegie Mellon University, 2015) is a scientist at Quillon Labs."
    assert ("Lina Okafor", "Carnegie Mellon University") in pairs(nlp, text, "STUDIED_AT")
    assert ("Lina Okafor", "Carnegie Mellon University") not in pairs(nlp, text, "WORKS_AT")


def test_phd_and_year_in_brackets_is_not_a_job(nlp):
    text = "Tomas Reyd (PhD 2009, Technion, Israel) is a professor at Imperial College London."
    assert ("Tomas Reyd", "Technion") in pairs(nlp, text, "STUDIED_AT")
    assert ("Tomas Reyd", "Technion") not in pairs(nlp, text, "WORKS_AT")


def test_field_of_a_degree_is_not_a_school(nlp):
    text = ("Ada Quist is a Senior Researcher. She received her PhD in Electrical and Computer Engineering "
            "from The University of Texas at Austin.")
    found = pairs(nlp, text, "STUDIED_AT")
    assert ("Ada Quist", "The University of Texas at Austin") in found
    assert not {"Electrical", "Computer Engineering"} & {tail for _, tail in found}


def test_field_of_a_professorship_is_not_an_employer(nlp):
    text = "Nicolò Verdani-Pozzi is professor of Computer Science at the University of Milan, Italy."
    found = pairs(nlp, text, "WORKS_AT")
    assert ("Nicolò Verdani-Pozzi", "University of Milan") in found
    assert not any(tail == "Computer Science" for _, tail in found)


# --- stints named as objects ------------------------------------------------------------------------


def test_completed_internships_at(nlp):
    text = "Hi! I am Donna Vreel. During my studies, I also completed research internships at Microsoft Research."
    assert any(head == "Donna Vreel" and "Microsoft" in tail for head, tail in pairs(nlp, text, "WORKS_AT"))


def test_internship_role_is_intern(nlp):
    from extractors.pipeline import extract_documents

    text = "Hi! I am Donna Vreel. During my studies, I also completed research internships at Microsoft Research."
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    roles = {r.role for r in doc.relations if r.type.value == "WORKS_AT"}
    assert roles == {"intern"}


def test_did_a_postdoc_at(nlp):
    text = "I'm Lio Brandt. I did a postdoc at IST Austria."
    assert ("Lio Brandt", "Institute of Science and Technology Austria") in pairs(nlp, text, "WORKS_AT")


@pytest.mark.parametrize("sentence", [
    "I turned down a position at Acme Robotics.",
    "I declined a position at Acme Robotics.",
    "I never held a position at Acme Robotics.",
])
def test_refused_or_negated_stints_are_not_jobs(nlp, sentence):
    assert pairs(nlp, "I'm Lio Brandt. " + sentence, "WORKS_AT") == set()


# --- names -------------------------------------------------------------------------------------------


def test_hyphenated_given_name_is_kept_whole(nlp):
    text = "Tie-Yan Liu is a principal researcher of Microsoft Research Asia."
    assert ("Tie-Yan Liu", "Microsoft Research Asia") in pairs(nlp, text, "WORKS_AT")


@pytest.mark.parametrize("text, person", [
    ("Baek Hyun-woo is an assistant professor of computer science at New York University.", "Baek Hyun-woo"),
    ("Dr. Obi-Adeyemi joined Apple in 2023. Nkechi Obi-Adeyemi is a research scientist at Apple.",
     "Nkechi Obi-Adeyemi"),
])
def test_a_name_ner_ends_inside_a_hyphenated_word_is_kept_whole(nlp, text, person):
    found = pairs(nlp, text, "WORKS_AT")
    assert any(head == person for head, _ in found), found
    assert not any(head in ("Baek Hyun", "Nkechi Obi") for head, _ in found)


def test_a_word_hyphenated_onto_a_name_is_not_part_of_it(nlp):
    # NER tags "Nadia Petrov" here; the mend that keeps "Baek Hyun-woo" whole must not make it "Nadia Petrov-led"
    doc = nlp("Professor Nadia Petrov-led teams have released three models.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Nadia Petrov"]


def test_each_bracketed_affiliation_in_a_list_of_people_is_its_own(nlp):
    text = ("The jury included Prof. Giulia Romano (ETH Zurich) and Prof. Kenji Watanabe (National Institute of "
            "Informatics, Tokyo).")
    assert pairs(nlp, text, "WORKS_AT") == {("Giulia Romano", "ETH Zurich"),
                                            ("Kenji Watanabe", "National Institute of Informatics")}


# --- plans, rumours and refusals stay out --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Jana Ruiz is expected to join Westbrook University.",
    "Jana Ruiz was rumoured to join Westbrook University.",
    "Jana Ruiz turned down an offer from Westbrook University.",
    "Jana Ruiz declined to join Westbrook University.",
    "My name is Jana Ruiz. I will join Westbrook University in Fall 2023.",
])
def test_future_and_hedged_moves_are_not_jobs(nlp, text):
    assert ("Jana Ruiz", "Westbrook University") not in pairs(nlp, text, "WORKS_AT")


def test_news_who_leads_research_at(nlp):
    text = "Pell Aranda, who leads AI research at Quillon Labs, said the model was ready."
    assert ("Pell Aranda", "Quillon Labs") in pairs(nlp, text, "WORKS_AT")


def test_news_left_to_join(nlp):
    text = "Pell Aranda left Quillon Labs to join Hartwell Robotics."
    assert ("Pell Aranda", "Hartwell Robotics") in pairs(nlp, text, "WORKS_AT")


def test_obtained_two_degrees_from_two_schools(nlp):
    text = "Jorge Maren obtained his B.S. and M.S. from Eastvale University and Northbridge University."
    found = pairs(nlp, text, "STUDIED_AT")
    assert {("Jorge Maren", "Eastvale University"), ("Jorge Maren", "Northbridge University")} <= found


@pytest.mark.parametrize("opening", [
    "Citation for the degree of Doctor of Science (honoris causa), 6 December 2024\nChancellor, I present "
    "Professor Wangari Njoroge.",
    "To the Search Committee:\nIt is my great pleasure to recommend Dr. Wangari Njoroge for a faculty position.",
])
def test_the_person_introduced_is_whom_the_next_sentences_are_about(nlp, opening):
    text = opening + " She spent a decade at AT&T Labs before joining the University of Washington in 2012."
    assert ("WORKS_AT", "Wangari Njoroge", "University of Washington", None, 2012, None) in careers(nlp, text)


def test_a_where_clause_keeps_only_its_own_years(nlp):
    text = ("Wangari Njoroge spent a decade at AT&T Labs before joining the University of Washington in 2012, where "
            "she is a professor of computer science.")
    found = careers(nlp, text)
    assert ("WORKS_AT", "Wangari Njoroge", "University of Washington", "professor", 2012, None) in found
    assert ("WORKS_AT", "Wangari Njoroge", "AT&T Labs", None, 2002, 2012) in found
    later = "Wangari Njoroge-Adams joined the University of Washington in 2012, where she was a professor until 2020."
    assert ("WORKS_AT", "Wangari Njoroge-Adams", "University of Washington", "professor", 2012, 2020) in careers(
        nlp, later)


def test_a_posts_display_name_before_its_handle_is_who_i_is(nlp):
    text = ("Quách Thùy Linh @quachlinh.bsky.social · Jan 14, 2025\n"
            "Huge thanks to my manager, who took a chance on me straight out of my PhD at Princeton University.")
    assert ("Quách Thùy Linh", "Princeton University") in pairs(nlp, text, "STUDIED_AT")


@pytest.mark.parametrize("text, expected", [
    ("Jana Ruiz is a researcher at Westbrook University. She'd love to spend a sabbatical at Sakana AI.", set()),
    ("Jana Ruiz is a researcher at Westbrook University. By 2015 she'd joined Google as a research scientist.",
     {("Jana Ruiz", "Google")}),
])
def test_would_is_a_hedge_and_had_is_not(nlp, text, expected):
    assert pairs(nlp, text, "WORKS_AT") - {("Jana Ruiz", "Westbrook University")} == expected


def test_a_columns_closing_bio_line_names_who_i_is(nlp):
    text = ("Why I left a corporate lab\n"
            "I spent nine years at IBM Research in Zurich before moving to the University of the South Pacific in "
            "2022. My PhD, from the University of Auckland in 2011, was on acoustic modelling.\n"
            "Losana Vakacegu is an associate professor of computer science at the University of the South Pacific.")
    found = careers(nlp, text)
    assert ("WORKS_AT", "Losana Vakacegu", "IBM Research", None, 2013, 2022) in found
    assert ("STUDIED_AT", "Losana Vakacegu", "University of Auckland", "PhD", None, 2011) in found


def test_a_closing_line_about_someone_else_is_no_writer(nlp):
    text = ("I spent nine years at IBM Research in Zurich.\n"
            "Losana Vakacegu said the move was right for her.")
    assert ("Losana Vakacegu", "IBM Research") not in pairs(nlp, text, "WORKS_AT")


def test_her_in_a_team_pages_verbless_entry_is_the_entrys_person(nlp):
    text = ("Our founders\n"
            "Ahmed Benjelloun, CTO — previously led the inference team at Hugging Face.\n"
            "Sakura Ishikawa-Brandt, Chief Scientist — on leave from her professorship at Sorbonne University.\n")
    found = pairs(nlp, text, "WORKS_AT")
    assert ("Sakura Ishikawa-Brandt", "Sorbonne University") in found
    assert ("Ahmed Benjelloun", "Sorbonne University") not in found


def test_a_postdoctoral_stay_is_a_postdoc_and_a_secondment_a_post(nlp):
    text = ("Zoë Lefèvre-Haddad joined Inria in 2010 as a research scientist, after a postdoctoral stay at the Max "
            "Planck Institute for Intelligent Systems in Tübingen. From 2019 to 2022 she was seconded to the French "
            "Ministry of Defence as a scientific advisor.")
    found = careers(nlp, text)
    assert ("WORKS_AT", "Zoë Lefèvre-Haddad", "Max Planck Institute for Intelligent Systems", "postdoc", None,
            2010) in found
    assert any(tail.startswith("French Ministry of Defence") and role == "scientific advisor" and (start, end) == (
        2019, 2022) for _, _, tail, role, start, end in found), found
