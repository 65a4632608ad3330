"""Folding for search: accents and scripts to lower-case ASCII, the same way for names and queries."""

from __future__ import annotations

from kg.search_text import fold, folded_forms, folded_query


def test_fold_accents_and_scripts():
    assert fold("Ana Sofía  Berrocal") == "ana sofia berrocal"
    assert fold("王伟") == "wangwei"
    assert fold("清华大学") == "qinghuadaxue"


def test_folded_forms_are_only_those_lowercasing_misses():
    assert folded_forms(["Yoshua Bengio", None, ""]) == []
    assert folded_forms(["Ana Sofía Berrocal", "Ana Sofia Berrocal", "王伟"]) == ["ana sofia berrocal", "wangwei"]


def test_folded_query_is_none_when_nothing_changes():
    assert folded_query("mei lan") is None
    assert folded_query("") is None
    assert folded_query("清华") == "qinghua"


def test_a_query_that_folds_to_under_three_letters_is_matched_raw_only():
    assert folded_query("李") is None  # "li" would match every Alice
    assert folded_query("王伟") == "wangwei"
