"""Names kept whole: organisations NER cut short, titles NER took into a person's name, and "starts at X".

The organisations below are made up where the rule is general ("the German University in Cairo", "Nine
Lanterns Capital") so the test checks the rule, not the curated list; the curated campuses are checked
by their ROR ids.
"""

from __future__ import annotations

import pytest

from extractors.gazetteer import patterns_for
from extractors.pipeline import extract_documents
from extractors.names import parse_name, title_length
from extractors.resolver import OrgResolver
from kg.model import KnownEntity, NodeLabel
from tests.unit.extraction import pairs


def _entities(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {ent.text: (ent._.kg or {}).get("id") for ent in doc.ents if ent.label_ in ("ORG", "PERSON")}


# --- organisations cut short -------------------------------------------------------------------


@pytest.mark.parametrize("text, name, ror", [
    ("Maria Lopez is an assistant professor at UC San Diego.", "UC San Diego", "ror:0168r3w48"),
    ("Maria Lopez joined UCSD in 2019.", "UCSD", "ror:0168r3w48"),
    ("Maria Lopez joined UCLA in 2019.", "UCLA", "ror:046rm7j60"),
    ("Maria Lopez joined the University of California, Santa Cruz in 2019.",
     "University of California, Santa Cruz", "ror:03s65by71"),
    ("Maria Lopez is a professor at the American University in Cairo.", "the American University in Cairo",
     "ror:0176yqn58"),
])
def test_campus_names_resolve_to_the_campus(nlp, text, name, ror):
    assert _entities(nlp, text).get(name) == ror


def test_a_nationality_university_keeps_its_place(nlp):
    found = pairs(nlp, "Omar Said teaches at the German University in Cairo.", "WORKS_AT")
    assert found == {("Omar Said", "German University in Cairo")}


def test_a_university_system_keeps_its_campus_after_at(nlp):
    found = pairs(nlp, "Omar Haddad is a professor at the University of Nebraska at Omaha.", "WORKS_AT")
    assert found == {("Omar Haddad", "University of Nebraska at Omaha")}


def test_a_place_after_in_is_no_part_of_a_named_university(nlp):
    found = pairs(nlp, "Jia Li joined the University of Toronto in Canada in 2001.", "WORKS_AT")
    assert found == {("Jia Li", "University of Toronto")}


@pytest.mark.parametrize("text, org", [
    ("Wei Chen joined Two Sigma in 2020 as a quantitative researcher.", "Two Sigma"),
    ("Kim Park worked at Nine Lanterns Capital until 2022.", "Nine Lanterns Capital"),
])
def test_a_number_word_opens_a_company_name(nlp, text, org):
    person = text.split(" joined")[0].split(" worked")[0]
    assert pairs(nlp, text, "WORKS_AT") == {(person, org)}


def test_a_number_opening_a_sentence_is_a_quantity(nlp):
    assert "Two Google" not in _entities(nlp, "Two Google researchers left in 2020.")


def test_a_name_opening_on_a_number_word_matches_only_as_written():
    entry = KnownEntity(id="org:two-sigma", label=NodeLabel.ORGANIZATION, name="Two Sigma")
    patterns = [p["pattern"] for p in patterns_for([entry])]
    assert [{"ORTH": "Two"}, {"ORTH": "Sigma"}] in patterns
    assert all(isinstance(p, list) and p[0]["ORTH"] != "two" for p in patterns)  # not "within two sigma of"


def test_a_company_lab_keeps_its_lab_word(nlp):
    text = "Anna Berg worked at Yahoo! Research from 2008 to 2012."
    assert pairs(nlp, text, "WORKS_AT") == {("Anna Berg", "Yahoo! Research")}
    assert pairs(nlp, "Anna Berg joined Nimbalo Research in 2015.", "WORKS_AT") == {
        ("Anna Berg", "Nimbalo Research")}


def test_a_lab_word_before_another_name_word_is_left_alone(nlp):
    assert "Amazon Research Award" not in _entities(nlp, "Lena Hoff won an Amazon Research Award in 2019.")


def test_a_university_containing_the_query_words_and_more_is_another_university():
    known = [KnownEntity(id="ror:0176yqn58", label=NodeLabel.ORGANIZATION, name="American University in Cairo",
                         country="EG", type="education")]
    found = OrgResolver(known).resolve("Cairo University")
    assert found is not None and not found.resolved


# --- titles in a person's name -----------------------------------------------------------------


@pytest.mark.parametrize("text, person", [
    ("Professor Emeritus Viktor Semenovich Orlov retired from Rutgers University in 2005.",
     "Viktor Semenovich Orlov"),
    ("Professor Emerita Ana Ruiz retired from Rutgers University in 2005.", "Ana Ruiz"),
    ("Adjunct Professor Ana Ruiz joined Rutgers University in 2005.", "Ana Ruiz"),
    ("Prof. Dr. Hanna Vogt joined Rutgers University in 2005.", "Hanna Vogt"),
])
def test_titles_before_a_name_are_not_the_name(nlp, text, person):
    assert {head for head, _ in pairs(nlp, text, "WORKS_AT")} == {person}


@pytest.mark.parametrize("raw, key", [
    ("Professor Emeritus Viktor Orlov", "viktor orlov"),
    ("Distinguished Professor Li Na", "li na"),
    ("Sir Tim Berners-Lee", "tim lee"),
    ("MS Dhoni", "dhoni ms"),  # capitals are initials, not "Ms"
])
def test_parsed_names_drop_titles(raw, key):
    assert parse_name(raw).key == key


def test_the_last_word_is_never_a_title():
    assert title_length(["Dr", "Associate"]) == 1
    assert title_length(["Emeritus"]) == 0


# --- "starts at" ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, person, org", [
    ("Raj Patel starts at Microsoft in February 2025.", "Raj Patel", "Microsoft"),
    ("Tom Wu started at Meta in 2019.", "Tom Wu", "Meta"),
    ("Omar Haddad started his career at IBM in 1990.", "Omar Haddad", "IBM"),
    ("Ana Silva began at Amazon in 2017 as a software engineer.", "Ana Silva", "Amazon"),
])
def test_starting_at_an_employer_is_a_job(nlp, text, person, org):
    assert (person, org) in pairs(nlp, text, "WORKS_AT")
    assert not pairs(nlp, text, "STUDIED_AT")


@pytest.mark.parametrize("text, person, org", [
    ("Mia Park started her PhD at MIT in 2015.", "Mia Park", "Massachusetts Institute of Technology"),
    ("Jia Li started at Stanford as a PhD student in 2010.", "Jia Li", "Stanford University"),
])
def test_starting_a_degree_is_study(nlp, text, person, org):
    assert (person, org) in pairs(nlp, text, "STUDIED_AT")
    assert not pairs(nlp, text, "WORKS_AT")


def test_starting_something_else_at_a_place_is_no_job(nlp):
    assert not pairs(nlp, "Omar Haddad started a project at IBM in 1990.", "WORKS_AT")


def test_a_start_year_is_the_job_start(nlp):
    from extractors.pipeline import extract_documents

    (doc,) = extract_documents(["Raj Patel starts at Microsoft in February 2025."], nlp=nlp, n_process=1)
    (job,) = [r for r in doc.relations if r.type.value == "WORKS_AT"]
    assert job.start == 2025


# --- people's names cut short -----------------------------------------------------------------


@pytest.mark.parametrize("text, person, org", [
    # the small model tags "Natalia" GPE and "Volkova" PERSON
    ("Natalia Petrovna Volkova (born 1961) is a mathematician. She worked at the Steklov Institute of Mathematics "
     "until 1990.", "Natalia Petrovna Volkova", "Steklov Institute of Mathematics"),
    # "Andrés Echeverría" PERSON, "Ruiz" untagged: the name's words hang on it
    ("The Wilson Center has named Andrés Echeverría Ruiz a senior fellow in its technology programme.",
     "Andrés Echeverría Ruiz", "Wilson Center"),
    # "Karimzadeh-Shirazi" PERSON without its given name
    ("Babak Karimzadeh-Shirazi remembers the day in 2012 he left Sharif University of Technology. He later joined "
     "ServiceNow as a researcher.", "Babak Karimzadeh-Shirazi", "ServiceNow"),
])
def test_a_name_ner_cut_short_is_made_whole(nlp, text, person, org):
    found = pairs(nlp, text, "WORKS_AT")
    assert (person, org) in found
    assert {p for p, _ in found} == {person}


MENSAH = ("Daniel Mensah is a professor at Halden University. Before that he spent six years (2009-2015) as a research "
          "staff member at IBM's Thomas J. Watson Research Center.")


def test_a_research_center_after_a_possessive_is_no_person(nlp):
    """The small model tags "Thomas J. Watson Research Center" PERSON after "IBM's": no person's name ends in
    "Center", so no one "works at IBM" by that name, and the job is the sentence's subject's."""
    found = pairs(nlp, MENSAH, "WORKS_AT")
    assert {p for p, _ in found} == {"Daniel Mensah"}
    assert ("Daniel Mensah", "IBM") in found


def test_a_possessed_unit_takes_the_years_beside_it(nlp):
    (doc,) = extract_documents([MENSAH], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    assert {(names[r.tail], r.start, r.end) for r in doc.relations if r.type.value == "WORKS_AT"} == {
        ("Halden University", None, None), ("IBM", 2009, 2015), ("Thomas J. Watson Research Center", 2009, 2015)}


def test_a_short_name_and_its_long_name_after_a_dash_are_one_school(nlp):
    found = pairs(nlp, "Anna Keller received her PhD from the Technion – Israel Institute of Technology in 2010.",
                  "STUDIED_AT")
    assert len(found) == 1 and next(iter(found))[1].startswith("Technion")


def test_a_dash_before_another_known_organisation_joins_nothing(nlp):
    found = pairs(nlp, "Anna Keller left Google – Stanford University hired her in 2015.", "WORKS_AT")
    assert ("Anna Keller", "Google – Stanford University") not in found
