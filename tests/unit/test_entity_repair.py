"""People NER calls organisations or misses, organisation names that run on into dates, and field acronyms
inside job titles (extractors/personclues.py, extractors/runons.py, extractors/misreadings.py).

Sentences written for these tests: the people are fictional, the organisations real."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extractors.personclues import clue_people
from extractors.pipeline import extract


def _read(nlp, text: str) -> tuple[set[str], set[tuple[str, str, str]], set[str]]:
    """(person names, (relation, person, organisation name) triples, organisation names) of one text."""
    doc = next(extract([text], nlp=nlp, n_process=1))
    names = {e.id: e.name for e in doc.entities}
    people = {e.name for e in doc.entities if e.id.startswith("person:")}
    orgs = {e.name for e in doc.entities if not e.id.startswith("person:")}
    triples = {(r.type.value, names.get(r.head, r.head), names.get(r.tail, r.tail)) for r in doc.relations}
    return people, triples, orgs


def _roles(nlp, text: str) -> set[str | None]:
    doc = next(extract([text], nlp=nlp, n_process=1))
    return {r.role for r in doc.relations}


@pytest.mark.parametrize(("text", "person", "org"), [
    # the full name tagged ORG, the clue ("his PhD") on the surname alone in the next sentence
    ("Tobias Wenzelmann turned down an offer from Google in 2021. Wenzelmann completed his PhD at EPFL in 2019.",
     "Tobias Wenzelmann", "École Polytechnique Fédérale de Lausanne"),
    # a hyphenated family name tagged ORG: joining as a research scientist is a person's statement
    ("Amara Okwuosa-Lindqvist joined DeepMind in 2020 as a research scientist.",
     "Amara Okwuosa-Lindqvist", "Google DeepMind"),
    # an honorific and a role in apposition
    ("Dr Okafor Chidi, a research fellow at the Alan Turing Institute, said the model was promising.",
     "Okafor Chidi", "The Alan Turing Institute"),
    # no entity at all: "is a PhD student at" is a person's predicate
    ("Aiko Tanabe-Ross is a PhD student at the University of Tokyo.", "Aiko Tanabe-Ross", "The University of Tokyo"),
    # hired away from an organisation: people are recruited from a firm, firms are bought
    ("The Alan Turing Institute has recruited Ifeoma Castellanos-Brandt from Google DeepMind to lead its work "
     "on evaluations.", "Ifeoma Castellanos-Brandt", "Google DeepMind"),
])
def test_person_recovered_from_clues(nlp, text, person, org):
    people, triples, _ = _read(nlp, text)
    assert person in people
    assert any(p == person and o == org for _, p, o in triples)


def test_two_weak_clues_make_a_person(nlp):
    """"has not joined Apple" alone proves nothing (firms join firms); the surname alone in the next
    sentence, working at a named organisation, adds the second clue. The negated join stays unlinked."""
    people, triples, _ = _read(nlp, "Nadia Farouk has not joined Apple. Farouk works at Microsoft Research in Cambridge.")
    assert people == {"Nadia Farouk"}
    assert ("WORKS_AT", "Nadia Farouk", "Microsoft") in triples
    assert not any(o == "Apple" for _, _, o in triples)


def _tagged_org(nlp, text: str, name: str):
    """`text` parsed and tagged up to the career rules, with `name` forced to an ORG as the small model
    sometimes tags it."""
    doc = nlp.make_doc(text)
    for pipe_name, pipe in nlp.pipeline:
        if pipe_name == "kg_careers":
            break
        doc = pipe(doc)
    start = next(t.i for t in doc if t.text == name.split()[0])
    org = Span(doc, start, start + len(name.split()), label="ORG")
    doc.ents = [e for e in doc.ents if e.end <= org.start or e.start >= org.end] + [org]
    return doc


def _labels(doc, ents) -> dict[str, str]:
    return {e.text: e.label_ for e in ents}


def test_a_single_weak_clue_is_not_enough(nlp):
    """"Orla Brennan said" could be a firm speaking: with no other clue the ORG label stands."""
    doc = _tagged_org(nlp, "Orla Brennan said on Tuesday that the merger would go ahead.", "Orla Brennan")
    assert _labels(doc, clue_people(doc, list(doc.ents)))["Orla Brennan"] == "ORG"


def test_two_weak_clues_on_one_name(nlp):
    """It speaks, and its last word is used alone later: organisations are shortened to their first word."""
    doc = _tagged_org(nlp, "Orla Brennan said on Tuesday that the merger would go ahead. Brennan works at Google.",
                      "Orla Brennan")
    labels = _labels(doc, clue_people(doc, list(doc.ents)))
    assert labels["Orla Brennan"] == "PERSON" and labels["Brennan"] == "PERSON"


def test_an_organisation_word_keeps_an_organisation(nlp):
    """"Brennan Labs completed its audit" has a personal-looking first word but an organisation word."""
    doc = _tagged_org(nlp, "Dr Brennan Labs, a research fellow at Google, said so.", "Brennan Labs")
    assert _labels(doc, clue_people(doc, list(doc.ents)))["Brennan Labs"] == "ORG"


@pytest.mark.parametrize("text", [
    "Researchers at the Allen Institute and the Max Planck Institute said the results hold.",
    "Hugging Face said it would open an office in Paris. Aleph Alpha said revenue grew.",
    "The Simons Foundation said it would fund the work.",
    "Alan Turing Institute researchers said the results hold.",
])
def test_organisations_named_after_people_stay_organisations(nlp, text):
    assert not [e for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(("text", "org"), [
    ("Elena Marchetti-Ross studied at the University of Auckland from 2006 to 2010 and then joined Google.",
     "University of Auckland"),
    ("Tomas Ruel received his doctorate from the University of Bristol (2011) and joined Meta.",
     "University of Bristol"),
])
def test_organisation_names_stop_before_dates_and_brackets(nlp, text, org):
    _, triples, orgs = _read(nlp, text)
    assert org in orgs
    assert not any(any(ch.isdigit() or ch == "(" for ch in name) for name in orgs)
    assert any(rel == "STUDIED_AT" and o == org for rel, _, o in triples)


def test_a_year_inside_a_name_stays(nlp):
    """No preposition before the year and words after it: "Paris 2024 Olympics" is read as NER reads it."""
    from extractors.runons import _year

    doc = nlp("She worked for the Paris 2024 Olympics organising committee.")
    assert _year(doc[5]) and all("Paris" not in e.text or "2024" in e.text for e in doc.ents if e.label_ == "ORG")


@pytest.mark.parametrize("text", [
    "Keiko Arai, chief AI officer at Sony, said the company would expand.",
    "Sony has named Keiko Arai as its chief AI officer.",
])
def test_an_acronym_in_a_job_title_is_no_employer(nlp, text):
    _, triples, orgs = _read(nlp, text)
    assert "AI" not in orgs
    assert {o for _, _, o in triples} == {"Sony"}
    assert "chief AI officer" in _roles(nlp, text)


def test_an_organisation_before_a_role_stays_an_employer(nlp):
    """"an IBM researcher": the acronym is the employer, not the field."""
    _, triples, _ = _read(nlp, "Priya Venkataraman, an IBM researcher, said the chip was ready.")
    assert any(rel == "WORKS_AT" and p == "Priya Venkataraman" for rel, p, _ in triples)
