"""Where a doc has any of a set of words (or of fine-grained tags), without walking its tokens.

The career rules look for a handful of trigger words ("universities", role nouns, organisation
words) in every document; walking `for token in doc` for each builds a Token object per word per
rule, which was most of the careers component's time. The doc's lower-case forms are read once
into the positions of each distinct form; a word set's positions are the union of those of the
forms it shares with the doc. (`numpy.isin` did this in bulk, but on a document of a few hundred
words its fixed cost, a sort per call, was most of the time; a set intersection is a few
microseconds.) Rules that read only proper nouns find them the same way, by tag.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.attrs import LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

# doc.user_data keys: (length, {string hash: positions}, {string set: positions}) of the lower-case forms, the tags
_HITS = {LOWER: "kg_word_hits", TAG: "kg_tag_hits"}


@lru_cache(maxsize=64)
def _hashes(strings: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(s) for s in strings)


def find(doc: Doc, words: frozenset[str], start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens in doc[start:end] whose lower-case form is one of `words`, in order."""
    return _tokens(doc, _positions(doc, LOWER, words), start, end)


def find_tagged(doc: Doc, tags: frozenset[str], start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens in doc[start:end] whose fine-grained tag (`token.tag_`) is one of `tags`, in order."""
    return _tokens(doc, _positions(doc, TAG, tags), start, end)


def _positions(doc: Doc, attr: int, strings: frozenset[str]) -> list[int]:
    key = _HITS[attr]
    cache = doc.user_data.get(key)
    if cache is None or cache[0] != len(doc):  # a retokenised doc starts afresh
        positions: dict[int, list[int]] = {}
        for i, value in enumerate(doc.to_array(attr).tolist()):
            positions.setdefault(value, []).append(i)
        cache = doc.user_data[key] = (len(doc), positions, {})
    hits = cache[2].get(strings)
    if hits is None:  # once per doc and set: rules asking sentence by sentence slice it
        values = cache[1]
        hits = cache[2][strings] = sorted(i for value in values.keys() & _hashes(strings) for i in values[value])
    return hits


def _tokens(doc: Doc, hits: list[int], start: int, end: int | None) -> list[Token]:
    end = len(doc) if end is None else end
    return [doc[i] for i in hits[bisect_left(hits, start):bisect_left(hits, end)]]
