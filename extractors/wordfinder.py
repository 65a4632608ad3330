"""Where a doc has any of a set of words, without walking its tokens.

The career rules look for a handful of trigger words ("universities", role nouns, organisation
words) in every document; walking `for token in doc` for each builds a Token object per word per
rule, which was most of the careers component's time. The doc's lower-case forms are read once as
an array of string hashes and matched against each word set's hashes in bulk.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

_HITS = "kg_word_hits"  # doc.user_data key: (length, lower-case hashes, {word set: positions})


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> np.ndarray:
    return np.fromiter((get_string_id(w) for w in words), dtype=np.uint64, count=len(words))


def find(doc: Doc, words: frozenset[str], start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens in doc[start:end] whose lower-case form is one of `words`, in order."""
    cache = doc.user_data.get(_HITS)
    if cache is None or cache[0] != len(doc):  # a retokenised doc starts afresh
        cache = doc.user_data[_HITS] = (len(doc), doc.to_array(LOWER), {})
    hits = cache[2].get(words)
    if hits is None:  # once per doc and word set: rules asking sentence by sentence slice it
        hits = cache[2][words] = np.flatnonzero(np.isin(cache[1], _hashes(words)))
    end = len(doc) if end is None else end
    return [doc[int(i)] for i in hits[np.searchsorted(hits, start):np.searchsorted(hits, end)]]
