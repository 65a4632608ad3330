"""The scorer's matching rules, on hand-written names (no labelled data needed)."""

from __future__ import annotations

from extractors.evaluation import gold_facts, names_match, same_name


def test_one_person_annotated_twice_is_one_fact():
    facts = gold_facts([
        (["Rudolf Halin"], ["University of Hamburg"], True),
        (["Halin"], ["University of Hamburg"], False),
    ])
    assert len(facts) == 1
    heads, tails, evidenced = facts[0]
    assert set(heads) == {"Rudolf Halin", "Halin"}
    assert tails == ["University of Hamburg"]
    assert evidenced  # evidence of either triple counts


def test_different_people_or_organisations_stay_apart():
    facts = gold_facts([
        (["Klaus Wagner"], ["University of Cologne"], True),
        (["Karl Dörge"], ["University of Cologne"], False),
        (["Klaus Wagner"], ["University of Bonn"], False),
    ])
    assert len(facts) == 3


def test_short_names_do_not_merge_by_containment():
    # "IBM" and "IBM Research" share a word, but three letters are too short to call them one name
    assert not same_name("IBM", "IBM Research")
    assert len(gold_facts([(["Ana Lima"], ["IBM"], True), (["Ana Lima"], ["IBM Research"], False)])) == 2


def test_similar_but_different_organisations_stay_apart():
    # same_name would accept one for the other (token-set ratio); as gold they are two facts
    facts = gold_facts([
        (["Edmund Hlawka"], ["University of Vienna"], False),
        (["Edmund Hlawka"], ["Vienna University of Technology"], False),
    ])
    assert len(facts) == 2


def test_a_prediction_matches_gold_by_its_canonical_name_or_its_words_in_the_text():
    assert names_match(("New York University", "NYU"), ["NYU"])
    assert names_match(("University of Cologne",), ["the University of Cologne"])
    assert not names_match(("Columbia University", "Columbia"), ["NYU", "New York University"])
