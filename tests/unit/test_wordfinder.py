"""Trigger words found by their hashes, whole doc or a slice, the same as walking the tokens."""

from __future__ import annotations

from extractors.wordfinder import find, find_tagged

WORDS = frozenset({"professor", "universities", "hired"})
PROPER = frozenset({"NNP", "NNPS"})


def test_finds_the_same_tokens_as_a_walk_over_the_doc(nlp):
    doc = nlp.make_doc("She was hired as a Professor. The universities of Ghent and Leuven hired her too.")
    walked = [t.i for t in doc if t.lower_ in WORDS]
    assert [t.i for t in find(doc, WORDS)] == walked == [2, 5, 8, 13]
    assert [t.i for t in find(doc, WORDS, 7, len(doc))] == [8, 13]  # the second sentence
    assert [t.i for t in find(doc, WORDS, 0, 7)] == [2, 5]
    assert find(doc, frozenset({"absent"})) == []


def test_finds_the_same_tagged_tokens_as_a_walk_over_the_doc(nlp):
    doc = nlp("Ana Ferreira joined Google DeepMind in London. She left in 2019 for Meta.")
    walked = [t.i for t in doc if t.tag_ in PROPER]
    assert walked and [t.i for t in find_tagged(doc, PROPER)] == walked
    second = next(s for s in doc.sents if s.start > 0)
    assert [t.i for t in find_tagged(doc, PROPER, second.start, second.end)] == [i for i in walked if i >= second.start]
    assert find_tagged(doc, frozenset({"absent"})) == []
