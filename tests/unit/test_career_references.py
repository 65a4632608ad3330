"""Who a career clause is about and who else it names: pronouns in a sentence that names its own
subject, coordinated supervisors, news titles ("Acme chairperson Jane Doe"), a role over a list
of organisations, clubs. Sentences written for these tests (invented people), run through the
real spaCy pipeline."""

from __future__ import annotations

import pytest

from extractors.pipeline import cached_nlp, extract_documents
from kg.settings import get_settings


def relations(nlp, text: str, rel_type: str = "WORKS_AT") -> dict[tuple[str, str], dict]:
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.head, r.head), names.get(r.tail, r.tail)): {"role": r.role, "start": r.start, "end": r.end}
            for r in doc.relations if r.type.value == rel_type}


# --- 1. a pronoun in a later clause of a sentence with a named subject ------------------------

def test_pronoun_after_a_named_subject_is_that_subject(nlp):
    text = ("Otto Brenner is a lawyer in Bonn.\n\nPaul Kessler earned his doctorate from the University of "
            "Trier in 1970, after which he joined the faculty of the University of Kiel.")
    found = relations(nlp, text)
    assert ("Paul Kessler", "University of Kiel") in found
    assert not any(head == "Otto Brenner" for head, _ in found)


def test_pronoun_without_a_named_subject_keeps_the_text_person(nlp):
    text = "Otto Brenner is a lawyer in Bonn. After the war he joined the faculty of the University of Kiel."
    assert ("Otto Brenner", "University of Kiel") in relations(nlp, text)


def test_possessive_pronoun_follows_the_sentence_subject(nlp):
    text = ("Otto Brenner is a lawyer in Bonn. Paul Kessler said that his appointment at the University of "
            "Kiel began in 1990.")
    found = relations(nlp, text)
    assert ("Paul Kessler", "University of Kiel") in found
    assert ("Otto Brenner", "University of Kiel") not in found


# --- 2. coordinated supervisors, one of them tagged as something else ------------------------

@pytest.mark.parametrize("first", ["Emil Krupp", "Hugo Junkers"])  # NER calls these a place / a title
def test_every_coordinated_supervisor_works_there(nlp, first):
    text = (f"Anna Berg earned her doctorate from the University of Bonn in 1980, under the supervision of "
            f"{first} and Karl Brandt.")
    found = relations(nlp, text)
    assert (first, "University of Bonn") in found
    assert ("Karl Brandt", "University of Bonn") in found
    assert found[(first, "University of Bonn")]["role"] == "supervisor"


def _parsed(words, heads, deps, tags, ents):
    from spacy.tokens import Doc

    import extractors.gazetteer  # noqa: F401  (registers Span._.kg)
    nlp = cached_nlp(get_settings().spacy_model)
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, ents=ents)


def test_name_coordinated_with_a_person_under_a_teacher_word_is_a_person():
    from extractors.person_repairs import repair_people

    words = ["She", "studied", "under", "Emil", "Krupp", "and", "Karl", "Brandt", "."]
    doc = _parsed(words, heads=[1, 1, 1, 4, 2, 4, 7, 4, 1],
                  deps=["nsubj", "ROOT", "prep", "compound", "pobj", "cc", "compound", "conj", "punct"],
                  tags=["PRP", "VBD", "IN", "NNP", "NNP", "CC", "NNP", "NNP", "."],
                  ents=["O", "O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    repair_people(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Emil Krupp", "PERSON"), ("Karl Brandt", "PERSON")]


@pytest.mark.parametrize("words,tags,org", [
    # backed by a firm and a person: no teacher phrase, the label stands
    (["It", "was", "backed", "by", "Morgan", "Stanley", "and", "Karl", "Brandt", "."], None, "Morgan Stanley"),
    # an organisation word in the name
    (["It", "was", "backed", "under", "Brandt", "Labs", "and", "Karl", "Brandt", "."], None, "Brandt Labs"),
])
def test_firm_coordinated_with_a_person_stays_an_organisation(words, tags, org):
    from extractors.person_repairs import repair_people

    doc = _parsed(words, heads=[2, 2, 2, 2, 5, 3, 5, 8, 5, 2],
                  deps=["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "cc", "compound", "conj",
                        "punct"],
                  tags=tags or ["PRP", "VBD", "VBN", "IN", "NNP", "NNP", "CC", "NNP", "NNP", "."],
                  ents=["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    repair_people(doc)
    assert (org, "ORG") in [(e.text, e.label_) for e in doc.ents]


# --- 3. news titles: ORG ['s] TITLE [,] NAME, and "and TITLE NAME" after it ----------------------

def test_organisation_title_name_and_a_second_titled_name(nlp):
    text = "The report was signed by Sasol chairman Peter Moloi and chief executive Anna Dube."
    found = relations(nlp, text)
    assert found[("Peter Moloi", "Sasol")]["role"] == "chairman"
    assert found[("Anna Dube", "Sasol")]["role"] == "chief executive"


@pytest.mark.parametrize("org", ["Kovex", "Denel"])  # NER calls the one word a person here
def test_one_word_employer_before_a_lower_case_title(nlp, org):
    text = f"Officials confirmed that {org} chairperson Peter Moloi had resigned."
    assert relations(nlp, text) == {("Peter Moloi", org): {"role": "chairperson", "start": None, "end": None}}


def test_second_name_without_a_title_or_with_a_relative_shares_nothing(nlp):
    found = relations(nlp, "The report was signed by Sasol chairman Peter Moloi and his wife Anna Dube.")
    assert ("Peter Moloi", "Sasol") in found
    assert ("Anna Dube", "Sasol") not in found


@pytest.mark.parametrize("text", [
    "Officials confirmed that Vice President Peter Moloi had resigned.",  # a capitalised title, no employer
    "Sarah Kovex met Kovex chairman Peter Moloi in Paris.",  # the word is part of a person's name
    "He met Fulbright scholar Jane Okoro in Paris.",  # a scholarship, not an employer
])
def test_no_employer_read_into_a_title(nlp, text):
    assert relations(nlp, text) == {}


def test_possessive_organisation_title_and_appositive_name(nlp):
    found = relations(nlp, "The Harlow Group's managing director, Lena Vask, said the plant would close.")
    assert found[("Lena Vask", "Harlow Group")]["role"] == "managing director"


def test_appositive_name_of_a_title_tagged_as_an_organisation_is_a_person():
    from spacy.tokens import Doc

    from extractors.person_repairs import repair_people
    nlp_ = cached_nlp(get_settings().spacy_model)
    words = ["Acme", "'s", "chief", "scientist", ",", "Ilse", "Varga", ",", "said", "so", "."]
    doc = Doc(nlp_.vocab, words=words, heads=[3, 0, 3, 8, 3, 6, 3, 3, 8, 8, 8],
              deps=["poss", "case", "amod", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "advmod",
                    "punct"],
              tags=["NNP", "POS", "JJ", "NN", ",", "NNP", "NNP", ",", "VBD", "RB", "."],
              ents=["B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"])
    repair_people(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Acme", "ORG"), ("Ilse Varga", "PERSON")]


def test_news_title_keeps_working_with_a_known_organisation(nlp):
    assert ("Sundar Pichai", "Google") in relations(nlp, "Google CEO Sundar Pichai agreed.")


# --- 4. one role over a list of organisations, each with its own years -------------------------

def test_role_over_a_bracketed_list_of_organisations(nlp):
    text = ("Jan Roelof is a legal scholar. He was visiting professor at Cambridge (2007), Oxford (2009-2014), "
            "Harvard (2011), Tulane (2011), NYU (2013 and 2015), and Stanford (2015), as well as fellow of the "
            "Institute for Advanced Study, Berlin (2008-2009).")
    found = relations(nlp, text)
    tails = {tail for head, tail in found if head == "Jan Roelof"}
    assert {"Cambridge", "Tulane", "Harvard University", "Stanford University"} <= tails
    assert "Berlin" not in tails  # the institute's town, with no years of its own before the comma
    assert next(v for (h, t), v in found.items() if t == "Tulane")["start"] == 2011


def test_places_with_years_and_no_organisation_are_no_employers(nlp):
    text = "Jan Roelof worked in Paris (1990-1995), London (1995-2000) and Berlin (2000-2004)."
    assert relations(nlp, text) == {}


def test_universities_of_two_places(nlp):
    text = "Jan Roelof held professorships at the universities of Münster (1999-2003) and Munich (2003-2015)."
    found = relations(nlp, text)
    assert (found[("Jan Roelof", "University of Münster")]["start"],
            found[("Jan Roelof", "University of Münster")]["end"]) == (1999, 2003)
    assert found[("Jan Roelof", "University of Munich")]["start"] == 2003


def test_place_after_an_organisation_is_no_university(nlp):
    found = relations(nlp, "Jan Roelof held a professorship at the university in Münster.")
    assert not any(tail.startswith("University of") for _, tail in found)


def test_third_conjunct_with_a_possessed_unit(nlp):
    text = ("Tom Varley was director of ARPA's Information Processing Techniques Office from 1965 through 1969, "
            "founder and later manager of Xerox PARC's Computer Science Laboratory from 1970 through 1983, and "
            "founder and manager of Digital Equipment Corporation's Systems Research Center until 1996.")
    found = relations(nlp, text)
    assert found[("Tom Varley", "Systems Research Center")]["end"] == 1996
    assert ("Tom Varley", "Digital Equipment Corporation") in found
    assert ("Systems Research Center", "Digital Equipment Corporation") in relations(nlp, text, "PART_OF")


# --- 5. clubs: a manager's and a player's employer --------------------------------------------

def test_manager_of_a_club_named_like_a_person(nlp):
    text = "Fatih Kaya is a Turkish football coach. He is currently the manager of Galatasaray."
    assert relations(nlp, text)[("Fatih Kaya", "Galatasaray")]["role"] == "manager"


def test_played_most_of_his_career_for_a_club(nlp):
    text = "Trevor Brooks is a former footballer. He played most of his career for West Ham United."
    assert relations(nlp, text)[("Trevor Brooks", "West Ham United")]["role"] == "player"


@pytest.mark.parametrize("text", [
    # a national side, and a role played for an organisation: no job
    ("Trevor Brooks is a former footballer. He played for England and later played a key role for the "
     "Football Association."),
    # no sport in the text: the manager of a singer
    "Mary Kay is a music manager. She is the manager of Adele.",
])
def test_no_club_employer(nlp, text):
    assert relations(nlp, text) == {}
