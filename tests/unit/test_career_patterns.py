"""Career rules added for biographies: degree-holding verbs, studies, faculties, college teams,
schools NER took for people and the subject of a biography's opening bracket. Sentences written
for these tests, run through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_documents
from tests.unit.extraction import degrees, pairs


def _tails(found: set[tuple[str, str]]) -> set[str]:
    return {tail for _, tail in found}


def test_has_a_degree_from(nlp):
    found = pairs(nlp, "Jane Roe is a lawyer and has a PhD in international studies from the University of "
                       "Buckingham.", "STUDIED_AT")
    assert ("Jane Roe", "University of Buckingham") in found


def test_began_her_studies_at(nlp):
    found = pairs(nlp, "Maria Lopez began her studies at the Valencia Institute of Technology in 2001.", "STUDIED_AT")
    assert ("Maria Lopez", "Valencia Institute of Technology") in found


def test_capitalised_studies_in_a_title_is_no_trigger(nlp):
    found = pairs(nlp, "Alan Green is the Smith Professor of Population Studies of the Department of Biology of "
                       "Stanford University.", "STUDIED_AT")
    assert found == set()


def test_college_team_names_the_school(nlp):
    found = pairs(nlp, "Jane Doe played college basketball at Duke University.", "STUDIED_AT")
    assert found == {("Jane Doe", "Duke University")}


def test_professional_team_is_no_school(nlp):
    assert pairs(nlp, "Tom Smith played football for the Chicago Bears.", "STUDIED_AT") == set()


def test_degree_scholarship_is_money_not_a_degree(nlp):
    found = pairs(nlp, "Ana Ruiz received a PhD scholarship from the Ruritanian Science Council.", "STUDIED_AT")
    assert found == set()


def test_opening_name_with_birth_bracket_is_the_subject(nlp):
    text = ("Karl Obermeier ( 3 March 1874 – 6 June 1931 ) was a German internist. "
            "In 1898 he received his medical doctorate at the University of Freiburg.")
    assert ("Karl Obermeier", "University of Freiburg") in pairs(nlp, text, "STUDIED_AT")


def test_school_named_with_a_degree_word(nlp):
    text = "Ella Tipton ( born 1947 ) is an American actress. She attended The Masters School in Dobbs Ferry."
    assert "The Masters School" in _tails(pairs(nlp, text, "STUDIED_AT")) or \
        "Masters School" in _tails(pairs(nlp, text, "STUDIED_AT"))


def test_spanish_school_names(nlp):
    text = "Juan Perez ( born 1950 ) is a writer. He studied at the Escuela Superior de Santa Isabel."
    assert _tails(pairs(nlp, text, "STUDIED_AT")) == {"Escuela Superior de Santa Isabel"}


@pytest.mark.parametrize("text", [
    "Jane Doe turned down an offer to play college basketball at Duke University.",
    "Jane Doe was rumoured to join Duke University as a student.",
    "Jane Doe is expected to begin her studies at Duke University.",
    "Jane Doe declined a place to begin her studies at Duke University.",
    "Jane Doe did not begin her studies at Duke University.",
])
def test_hedged_or_negated_study_is_dropped(nlp, text):
    assert pairs(nlp, text, "STUDIED_AT") == set()


def test_supervisor_works_where_the_student_studied(nlp):
    text = ("Jane Roe ( born 1970 ) is a composer. She received her doctorate in composition at Elmwood "
            "University, where she studied with Alan Stout.")
    works = pairs(nlp, text, "WORKS_AT")
    assert ("Alan Stout", "Elmwood University") in works
    assert ("Jane Roe", "Elmwood University") not in works


def test_disciples_teachers_work_at_the_university(nlp):
    text = "Tom Brown studied at the University of Halle, where he was a disciple of Johann Heinrich Schulze."
    assert ("Johann Heinrich Schulze", "University of Halle") in pairs(nlp, text, "WORKS_AT")


def test_teacher_of_a_hoped_for_student_is_not_stated(nlp):
    text = "Tom Brown hoped to study at the University of Halle under Johann Heinrich Schulze."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_named_chair_is_not_an_employer(nlp):
    text = "Horst Lamm is the Freshfields Professor of Commercial Law at the University of Oxford."
    tails = _tails(pairs(nlp, text, "WORKS_AT"))
    assert "Freshfields" not in tails
    assert "University of Oxford" in tails


def test_leaving_a_bequest_is_not_leaving_a_job(nlp):
    text = "At her death Betty Brown left a bequest to the Riverside Home for Smaller Animals."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_opening_bracket_glued_to_punctuation(nlp):
    text = ("Hana Bejo (; born 1948 ) is a Tunisian writer. The daughter of the politician Karim Ben Salah, "
            "she went on to teach literature at the University of Tunis.")
    works = pairs(nlp, text, "WORKS_AT")
    assert ("Hana Bejo", "University of Tunis") in works
    assert ("Karim Ben Salah", "University of Tunis") not in works


# --- WORKS_AT: occupations, units, roles named as subjects, appointments (issue #4) ---------

def test_occupation_nouns_name_an_employer(nlp):
    works = pairs(nlp, "Amy Chan became a surgeon at Lakeside General Hospital in 2004.", "WORKS_AT")
    assert ("Amy Chan", "Lakeside General Hospital") in works
    works = pairs(nlp, "For a period Tom Reed was a presenter, producer and editor at the BBC.", "WORKS_AT")
    assert ("Tom Reed", "BBC") in works


def test_occupation_in_a_field_is_no_employer(nlp):
    assert pairs(nlp, "Amy Chan was a surgeon in the Second World War.", "WORKS_AT") == set()


def test_faculty_member_is_a_job_but_member_is_a_seat(nlp):
    works = pairs(nlp, "Lena Park has been a faculty member of Westbrook University since 2004.", "WORKS_AT")
    assert works == {("Lena Park", "Westbrook University")}
    text = "Jon Hale was an assistant attorney for Kent County and a member of the Dover City Council."
    assert "Dover City Council" not in _tails(pairs(nlp, text, "WORKS_AT"))


def test_unit_of_an_owner_names_both(nlp):
    text = "Sam Ortiz was director of Acme Corporation's Advanced Research Laboratory from 1990 to 1995."
    tails = _tails(pairs(nlp, text, "WORKS_AT"))
    assert "Acme Corporation" in tails


def test_role_as_subject_with_the_person_as_complement(nlp):
    works = pairs(nlp, "The current president of the Halvorsen Foundation is Marta Berg.", "WORKS_AT")
    assert works == {("Marta Berg", "Halvorsen Foundation")}


def test_role_as_subject_hedged(nlp):
    text = "The next president of the Halvorsen Foundation will be Marta Berg."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_appointed_person_not_the_one_appointing(nlp):
    text = "In 2015, Jane Doe hired Bob Smith as an engineer at Google."
    works = pairs(nlp, text, "WORKS_AT")
    assert ("Bob Smith", "Google") in works
    assert ("Jane Doe", "Google") not in works


def test_declined_appointment_is_not_a_job(nlp):
    text = "In 2015, Jane Doe declined to hire Bob Smith as an engineer at Google."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_newspaper_title_before_a_role_and_name(nlp):
    text = "The Boston Globe science reporter Anna Field wrote about the launch."
    assert ("Anna Field", "Boston Globe") in pairs(nlp, text, "WORKS_AT")


def test_teachers_included_at_the_school_studied_at(nlp):
    text = ("Mary Jones studied piano at the Royal Northern Conservatory, where her teachers included Maria Vogt "
            "and Peter Hahn.")
    works = pairs(nlp, text, "WORKS_AT")
    assert {("Maria Vogt", "Royal Northern Conservatory"), ("Peter Hahn", "Royal Northern Conservatory")} <= works


def test_teachers_without_a_school_name_no_employer(nlp):
    assert pairs(nlp, "His teachers included Maria Vogt and Peter Hahn.", "WORKS_AT") == set()


def test_each_coordinated_supervisor(nlp):
    text = ("Tom Hale earned his doctorate from the University of Leeds under the supervision of Klaus Brenner "
            "and Ute Maier.")
    assert ("Ute Maier", "University of Leeds") in pairs(nlp, text, "WORKS_AT")


def test_working_on_something_of_an_organisation(nlp):
    text = "Paul Roy took part in a project working on the telephone networks of Bell Canada."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_organisation_and_title_before_a_name(nlp):
    works = pairs(nlp, "The group met with UN Special Envoy Kofi Mensah in Geneva.", "WORKS_AT")
    assert works == {("Kofi Mensah", "UN")}


def test_award_title_is_no_job(nlp):
    text = "Carl Berg received a nomination for UEFA manager of the year in 2008."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_ambassador_to_an_organisation_is_sent_there(nlp):
    text = "Ivan Petrov was the Russian ambassador to the Organisation for Economic Co-operation and Development."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_company_suffix_keeps_a_founder_surname_organisation(nlp):
    text = ("Michael Bloomberg founded a firm. In 2014, Bloomberg L.P. launched a news site and has recruited two "
            "journalists, Mark Hale and John Hart, to run it.")
    works = pairs(nlp, text, "WORKS_AT")
    assert {person for person, tail in works if tail.startswith("Bloomberg L.P")} == {"Mark Hale", "John Hart"}


def test_bare_surname_subject_carries_to_the_next_pronoun(nlp):
    text = ("Abdul Karim Rahimi is an Afghan politician. In 2006 Hamid Naseri appointed him minister. "
            "Rahimi is an ethnic Tajik. After leaving Kabul, he worked in the U.S. for Voice of America.")
    works = pairs(nlp, text, "WORKS_AT")
    assert ("Abdul Karim Rahimi", "Voice of America") in works
    assert ("Hamid Naseri", "Voice of America") not in works


def test_joining_as_the_topic_of_a_noun_is_no_job(nlp):
    text = "In the 2003 referendum on joining the European Monetary Union, Lars Berg campaigned on the no side."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_after_joining_is_a_job(nlp):
    text = "After joining Google in 2010, Lars Berg led the search team."
    assert ("Lars Berg", "Google") in pairs(nlp, text, "WORKS_AT")


def test_role_in_a_committee_is_not_at_the_department_below_it(nlp):
    text = ("Tom Hale was chairman of the Committee on Appropriations in the Department of Commerce during the "
            "Sixty-third Congress.")
    assert "Department of Commerce" not in _tails(pairs(nlp, text, "WORKS_AT"))


def _tagged(nlp, text: str, people: list[str]):
    """The parsed text with exactly `people` as PERSON entities (NER's own guesses vary by model)."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    for name in nlp.pipe_names:
        if name in ("tok2vec", "tagger", "parser"):
            doc = nlp.get_pipe(name)(doc)
    spans, at = [], 0
    for person in people:  # in order of appearance
        start = text.index(person, at)
        at = start + len(person)
        spans.append(doc.char_span(start, at, label="PERSON"))
    doc.ents = [Span(doc, s.start, s.end, label="PERSON") for s in spans]
    return doc


def test_place_after_at_tagged_as_a_person(nlp):
    from extractors.institutions import place_named_as_person

    doc = _tagged(nlp, "Ronald Hale taught at Eastman for seventeen years.", ["Ronald Hale", "Eastman"])
    ents = list(doc.ents)
    assert place_named_as_person(ents[1], ents)
    assert not place_named_as_person(ents[0], ents)


def test_person_after_at_who_is_named_elsewhere_stays_a_person(nlp):
    from extractors.institutions import place_named_as_person

    doc = _tagged(nlp, "George Eastman met Tom Hale. Hale stayed at Eastman for a week.",
                  ["George Eastman", "Tom Hale", "Hale", "Eastman"])
    ents = list(doc.ents)
    assert not place_named_as_person(ents[-1], ents)


def test_leader_named_in_an_organisations_own_text(nlp):
    text = "The University of Keswick is located in Cumbria. The Vice-Chancellor is Professor Anna Marsh."
    assert pairs(nlp, text, "WORKS_AT") == {("Anna Marsh", "University of Keswick")}


def test_leader_of_someone_else_or_to_come_is_not_the_topics(nlp):
    text = ("The University of Keswick is located in Cumbria. His doctoral adviser is Anna Marsh. "
            "The next president will be Tom Hale.")
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_organisation_named_after_its_kind(nlp):
    works = pairs(nlp, "Jane Roe was an editor at the newspaper The Guardian.", "WORKS_AT")
    assert works == {("Jane Roe", "Guardian")}


def test_organisation_named_after_its_kind_without_a_job(nlp):
    assert pairs(nlp, "Jane Roe wrote a letter to the newspaper The Guardian.", "WORKS_AT") == set()


@pytest.mark.parametrize("text", [
    "Lena Park turned down an offer to become a faculty member of Westbrook University.",
    "Marta Berg is expected to become a surgeon at Lakeside General Hospital.",
    "Marta Berg was rumoured to join the newspaper The Guardian as an editor.",
    "Governor Ann Marsh declined to appoint Tom Reed as a judge of the Westbrook County Court.",
])
def test_new_work_patterns_respect_hedges(nlp, text):
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_degrees_written_with_inner_dots_keep_the_sentence_whole(nlp):
    # spaCy splits the last dot off "M.Sc." and the parser ended the sentence there
    found = pairs(nlp, "Maria Lopez holds an M.Sc. from the University of Tokyo and a D.Phil. from Oxford.",
                  "STUDIED_AT")
    assert found == {("Maria Lopez", "The University of Tokyo"), ("Maria Lopez", "University of Oxford")}


@pytest.mark.parametrize("text", [
    "Lin Pei-shan is a PhD candidate at National Taiwan University.",
    "Moderator: Lin Pei-shan, a doctoral candidate at National Taiwan University.",
])
def test_a_degree_candidate_is_a_student(nlp, text):
    assert pairs(nlp, text, "STUDIED_AT") == {("Lin Pei-shan", "National Taiwan University")}


def test_a_candidate_for_a_post_is_still_a_hedge(nlp):
    assert pairs(nlp, "Lin Pei-shan is a candidate for the director post at Google.", "WORKS_AT") == set()


def test_a_verbless_sequel_carries_the_person_on(nlp):
    text = ("Haoran Liu is a senior applied scientist at Amazon. Previously a researcher at Microsoft Research Asia "
            "from 2015 to 2021. Before that, a postdoc at ETH Zurich (2013-2015).")
    assert pairs(nlp, text, "WORKS_AT") == {("Haoran Liu", "Amazon"), ("Haoran Liu", "Microsoft Research Asia"),
                                            ("Haoran Liu", "ETH Zurich")}


def test_a_verbless_line_with_no_one_before_it_names_no_one(nlp):
    assert pairs(nlp, "Google announced new models. Previously a researcher at Microsoft Research Asia.",
                 "WORKS_AT") == set()


def test_an_ieee_author_bio_gives_each_degree_its_school(nlp):
    text = ("Ama Owusu (Member, IEEE) received the B.Eng. degree in electrical engineering from the University of "
            "Lagos in 2010, the M.Sc. degree from Imperial College London in 2012, and the Ph.D. degree from the "
            "University of Edinburgh in 2016.")
    assert degrees(nlp, text) == {("University of Lagos", "Bachelor", 2010), ("Imperial College London", "Master", 2012),
                     ("University of Edinburgh", "PhD", 2016)}


@pytest.mark.parametrize(("text", "school"), [
    ("Ama Owusu earned an M.S. and a Ph.D. from Georgia Tech.", "Georgia Institute of Technology"),
    ("Park Ji-ho holds a bachelor's and a master's from Seoul National University.", "Seoul National University"),
    ("Park Ji-ho holds a bachelor's degree and a master's degree from Seoul National University.",
     "Seoul National University"),
])
def test_degrees_listed_before_one_school_are_all_from_it(nlp, text, school):
    found = [degree for name, degree, _ in degrees(nlp, text) if name == school]
    assert len(found) == 2 and None not in found


def test_a_unit_named_into_its_preposition_is_cut_and_its_institution_dated(nlp):
    # the small model tags "the Department of Computer Science at" as the organisation
    text = ("Rahul Venkataraman is an assistant professor in the Department of Computer Science at Princeton "
            "University (2023–present).")
    assert pairs(nlp, text, "PART_OF") == {("Department of Computer Science", "Princeton University")}
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    assert [(r.start, r.end) for r in doc.relations if r.type.value == "WORKS_AT"] == [(2023, None)]


def test_a_verb_coordinated_with_a_dated_one_shares_its_year(nlp):
    text = "In 1970 he emigrated to the United States. In 1971 Jan Nowak moved to Boston and joined Bell Labs, " \
           "leaving in 1984."
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    assert [(names[r.tail], r.start, r.end) for r in doc.relations if r.type.value == "WORKS_AT"] == [
        ("Bell Labs", 1971, 1984)]


def test_a_school_keeps_its_year_when_the_next_school_has_its_own(nlp):
    text = ("Yao Jinghan studied at the University of Science and Technology of China, earning a bachelor's degree "
            "in 2007, and received a Ph.D. from Princeton University in 2012.")
    assert degrees(nlp, text) == {("University of Science and Technology of China", "Bachelor", 2007),
                                  ("Princeton University", "PhD", 2012)}


def test_an_announced_appointment_names_the_one_appointed(nlp):
    text = ("Stanford University announced the appointment of Maria Lopez as director of the Stanford AI Lab, "
            "effective 1 July 2025.")
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    assert [(names[r.head], r.role, r.start) for r in doc.relations if r.type.value == "WORKS_AT"] == [
        ("Maria Lopez", "director", 2025)]


@pytest.mark.parametrize("verb", ["is considering", "denied reports of", "did not confirm"])
def test_a_hedged_appointment_names_no_one(nlp, verb):
    text = f"Stanford University {verb} the appointment of Maria Lopez as director of the Stanford AI Lab."
    assert pairs(nlp, text, "WORKS_AT") == set()
