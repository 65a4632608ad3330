"""Group references: "both", "all three", "the two", "the pair", "the trio" standing for the people just listed.

"Chen Guofeng and Xu Mingyue both moved to ByteDance, while Karthik Subramanian joined DAMO Academy. All
three had joined Baidu in 2017." gives each of the three Baidu. The people listed are those named earlier in
the reference's own sentence, else those of the nearest earlier sentence that names anyone. The reference
stands for them only when the count it says matches the people listed; otherwise it stands for no one
("Both" after three names is someone else's pair, or a pair of things).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from extractors.relations import sentence_bounds
from extractors.subjects import coordinated
from extractors.vocabulary import ROLE_NOUNS, coarse, first_conjunct

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_COLLECTIVES = {"pair": 2, "duo": 2, "couple": 2, "trio": 3, "threesome": 3, "quartet": 4, "foursome": 4}
_DETERMINERS = frozenset("the all these those".split())
# Nouns a counted group of people is called by: "the two researchers", "all three founders".
_PEOPLE_NOUNS = ROLE_NOUNS | frozenset("""men women people colleagues friends brothers sisters
    siblings co-founders cofounders founders students alumni authors researchers scientists engineers
    executives""".split())


def group_size(token: Token) -> int | None:
    """How many people a subject word says it stands for, or None when it is no group reference."""
    lower = token.lower_
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "predet")}
    if lower == "both" and not dets:
        return 2  # "Both had joined X", "Both of them"
    if lower == "they":  # "They both joined X", "they all three"
        quantifiers = {c.lower_ for c in token.children if c.dep_ in ("det", "appos", "advmod", "nummod")}
        return 2 if "both" in quantifiers else None
    if lower in _NUMBERS and dets & _DETERMINERS:
        return _NUMBERS[lower]  # "All three", "The two"
    if lower in _COLLECTIVES and "the" in dets:
        return _COLLECTIVES[lower]  # "The pair", "the trio"
    if lower in _PEOPLE_NOUNS and dets & _DETERMINERS:  # "the two researchers", "both founders"
        counts = [_NUMBERS[c.lower_] for c in token.children if c.dep_ == "nummod" and c.lower_ in _NUMBERS]
        return counts[0] if len(counts) == 1 else None
    if lower in _PEOPLE_NOUNS and any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj")
                                      for c in token.children):
        return 2
    return None


def group_members(token: Token, people: dict[int, str]) -> list[str]:
    """The people a group reference stands for (`people`: PERSON mention start -> full name), or []."""
    size = group_size(token)
    if size is None:
        return []
    bounds = sentence_bounds(token.doc)  # offsets, not Spans: one lookup per reference stays cheap in long texts
    starts = [start for start, _ in bounds]
    own_start, _ = bounds[bisect.bisect_right(starts, token.i) - 1]
    mentions = sorted(people)
    chosen = [m for m in mentions if own_start <= m < token.i]
    if not chosen:
        earlier = [m for m in mentions if m < own_start]
        if not earlier:
            return []
        sent_start, sent_end = bounds[bisect.bisect_right(starts, earlier[-1]) - 1]
        chosen = [m for m in mentions if sent_start <= m < sent_end]
    names = list(dict.fromkeys(people[m] for m in chosen))
    return names if len(names) == size and _listed(token.doc, chosen) <= size else []


def _listed(doc: Doc, mentions: list[int]) -> int:
    """How many names the coordinations of `mentions` hold, NER's misses too: "Lena Wolf, Omar Haddad and Ines
    Ruiz" lists three even when NER tagged two of them."""
    tops = set()
    for start in mentions:
        top = doc[start]
        while top.ent_iob_ != "O" and top.head.i != top.i and top.head.ent_type_ == top.ent_type_ \
                and top.dep_ in ("compound", "flat") :
            top = top.head
        tops.add(first_conjunct(top).i)
    return sum(1 for i in tops for t in coordinated(doc[i]) if coarse(t) == "PROPN")
