"""Name-shaped spans NER called something else or missed, and every mention of each name.

A person's name NER tags ORG ("Lukas Brandtner turned down an offer"), as a place ("Ana | Ferreira") or not at
all, and the surname later used alone ("Brandtner completed his PhD"), are read here by their shape only:
two to four capitalised words (a hyphen may join two), no organisation, role or title word, not after "the",
not ending in "AI", not part of a longer name. Whether a name is a person's is `extractors/personclues.py`'s
call, from the clues around its mentions; this module only says where the names and their mentions are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.names import EAST_ASIAN_FAMILY, title_length
from extractors.vocabulary import COMPANY_NAME_WORDS, NOT_NAME_WORDS, TITLES
from extractors.wordfinder import find_tagged

# Labels a person's name is misread as; GPE and LOC are left out: "New Zealand said" is a place speaking.
_MISREAD = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC"})
_HYPHENS = ("-", "‐")
# A family name NER read as a place, with the given name before it left untagged: "Ana | Ferreira".
_GIVEN_NAME_ON = frozenset({"GPE", "LOC"})
_BARE_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})  # the only tags `_name_word` takes


def name_candidates(doc: Doc, ents: list[Span]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Name-shaped spans NER called something else, or runs of name words it left untagged; and which of
    them NER called a place as a whole."""
    found = []
    places = set()
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        if ent._.kg:
            continue
        if ent.label_ in _MISREAD or ent.label_ in _GIVEN_NAME_ON and len(ent) == 1:
            start, end = unhonoured(doc, ent.start, ent.end)
            if start > 0 and start - 1 not in tagged and _name_word(doc[start - 1]):
                start -= 1  # "Ana | Ferreira" (GPE), "Olumide | Bakare" (ORG): the given name NER left out
            if _name_shaped(doc, start, end):
                found.append((start, end))
        elif ent.label_ in _GIVEN_NAME_ON and _name_shaped(doc, *unhonoured(doc, ent.start, ent.end)):
            found.append(unhonoured(doc, ent.start, ent.end))
            places.add(found[-1])
    i = 0
    for word in find_tagged(doc, _NAME_TAGS):  # a run of name words starts on a proper noun: only those are read
        if word.i < i or word.i in tagged or not _name_word(word):
            continue
        i = word.i
        end = i + 1
        while end < len(doc) and end not in tagged and not doc[end].is_sent_start and (
                _name_word(doc[end]) and doc[end - 1].whitespace_
                or _hyphen_join(doc, end) and end + 1 not in tagged):
            end += 2 if doc[end].text in _HYPHENS else 1
        if _name_shaped(doc, i, end) and not _inside_a_name(doc, i, end):
            found.append((i, end))
        i = end
    return found, places


def bare_mentions(doc: Doc, ents: list[Span], surnames: set[str]) -> list[tuple[int, int]]:
    """The last word of a name used alone: untagged, tagged PERSON, or tagged as something else unknown to the
    gazetteer."""
    by_start = {e.start: e for e in ents}
    covered = {i: e for e in ents for i in range(e.start, e.end)}
    found = []
    for token in find_tagged(doc, _BARE_TAGS):
        if not token.is_title or (
                token.tag_ in ("NN", "NNS") and token.dep_ not in ("nsubj", "nsubjpass")):
            continue  # the small model tags a lone surname NN or NNS at times: only a subject is trusted then
        end = token.i + 3 if _hyphen_join(doc, token.i + 1) else token.i + 1
        if (token.text if end == token.i + 1 else doc[token.i:end].text) not in surnames:
            continue
        if token.i > 0 and doc[token.i - 1].text in _HYPHENS and not doc[token.i - 1].whitespace_:
            continue  # "Ross" of "Tanabe-Ross"
        ent = covered.get(token.i)
        if ent is not None and not (by_start.get(token.i) is ent and ent.end == end and (
                ent.label_ == "PERSON" or ent.label_ in _MISREAD and not ent._.kg)):
            continue
        if ent is None and any(i in covered for i in range(token.i, end)):
            continue
        if _inside_a_name(doc, token.i, end):
            continue
        found.append((token.i, end))
    return found


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """Words that go on a longer name: "the Ross Sea", "Brandtner Labs", "Ross's group" stays."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.lower_ == "the" or (before.is_title and before.is_alpha and before.whitespace_
                                                           and not before.is_sent_start and before.lower_ not in TITLES)):
        return True
    return after is not None and after.is_title and after.is_alpha and bool(doc[end - 1].whitespace_)


def unhonoured(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name without leading honorifics and ranks: "Dr Okafor Chidi" -> "Okafor Chidi", "Professor Emeritus
    Viktor Orlov" -> "Viktor Orlov"."""
    return start + title_length([token.text for token in doc[start:end]]), end


def surname_of(doc: Doc, start: int, end: int) -> str:
    last = end - 1
    if last - 2 >= start and doc[last - 1].text in _HYPHENS:
        return doc[last - 2: end].text
    return doc[last].text


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.tag_ in ("NNP", "NNPS") and (
        token.is_title or token.is_upper and len(token) > 1 and token.lower_ in EAST_ASIAN_FAMILY) and \
        token.lower_ not in NOT_NAME_WORDS and token.lower_ not in COMPANY_NAME_WORDS


def _hyphen_join(doc: Doc, i: int) -> bool:
    """A hyphen at `i` joining two capitalised words without spaces, as in "Tanabe-Ross"."""
    return 0 < i < len(doc) - 1 and doc[i].text in _HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and _name_word(doc[i + 1]) and _name_word(doc[i - 1])


def _name_shaped(doc: Doc, start: int, end: int) -> bool:
    tokens = doc[start:end]
    words = [t for t in tokens if t.text not in _HYPHENS]
    if not 2 <= len(words) <= 4 or words[-1].text in ("AI", "Ai"):
        return False
    if start > 0 and doc[start - 1].lower_ == "the":
        return False  # "the Alan Turing Institute", "the Vogel Prize": a person's name takes no article
    if any(t.text in _HYPHENS and not _hyphen_join(doc, t.i) for t in tokens):
        return False
    return all(_name_word(t) for t in words)
