"""Where a funder's name begins and ends when NER cut it short. Each rule reads the words around a name NER
(or a capitalised run) gave, never a list of funders:

* a partner country glued to it by a dash: "the United States–Israel | Binational Science Foundation";
* a field and "and" before it: "the Arts and | Humanities Research Council" (not "Google and | Simons
  Foundation": a word NER tagged, or an acronym, is a name of its own);
* the rest of its comma list, up to the acronym that spells the whole: "Consejo Nacional de Humanidades, |
  Ciencias y Tecnologías (CONAHCYT)", "Ministry of Health, | Labour and Welfare (MHLW)".

A name the gazetteer linked is left as it is: the link is to the name as found.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.affiliation import country_of
from extractors.vocabulary import acronym

_DASHES = frozenset({"-", "–", "—"})
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
_LIST_JOINERS = frozenset({"and", "&", "y", "e", "et", "und", "of", "for", "de", "la", "del", "des", "du", "the"})
_MAX_LISTED = 8  # words of a comma list after the name


def made_whole(name: Span) -> Span:
    if name._.kg or name.label_ == "FUNDER":
        return name
    return _with_listed_rest(_with_front_field(_with_partner_country(name)))


def _with_partner_country(name: Span) -> Span:
    """"United States–Israel Binational Science Foundation", "US-Israel BSF": a country glued to the name by a
    dash, no space on either side, is part of it."""
    doc = name.doc
    start = name.start
    if start < 2 or doc[start - 1].text not in _DASHES or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return name
    before = doc[start - 2]
    if not (before.is_alpha and before.text[:1].isupper()):
        return name
    place = next((e for e in doc.ents if e.start <= before.i < e.end and e.label_ in _PLACE_LABELS), None)
    first = place.start if place is not None else before.i
    while first < before.i and doc[first].lower_ in ("the", "a", "an"):
        first += 1
    return Span(doc, first, name.end, label=name.label_)


def _with_front_field(name: Span) -> Span:
    """"the Arts and | Humanities Research Council": one or two untagged capitalised words and "and" before a
    name NER started late."""
    doc = name.doc
    start = name.start
    if start < 2 or doc[start - 1].lower_ not in ("and", "&") or not name[0].is_title:
        return name
    first = start - 1
    while first - 1 >= 0 and start - 1 - first < 2 and _field_word(doc[first - 1]):
        first -= 1
    if first == start - 1 or first > 0 and doc[first - 1].lower_ not in _BEFORE_NAME:
        return name  # no field word, or the end of a name before: "Public Health Agency of Canada and ..."
    return Span(doc, first, name.end, label=name.label_)


# What stands before a name's first word: "funded by the Arts and ...", "a grant from Arts and ...".
_BEFORE_NAME = frozenset({"the", "by", "from", "a", "an", ",", "and", "(", "with"})


def _field_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and not token.ent_type_ and not acronym(token) \
        and country_of(token.text) is None


def _with_listed_rest(name: Span) -> Span:
    """"Consejo Nacional de Humanidades, Ciencias y Tecnologías (CONAHCYT)": a comma list of capitalised words
    after the name goes with it when the bracketed acronym after the list starts with the name's first letter
    and has the capitals of the whole, in order ("NSF, Google and Amazon (AWS)" is three names)."""
    doc = name.doc
    end = name.end
    if end + 2 >= len(doc) or doc[end].text != ",":
        return name
    i = end + 1
    while i < len(doc) and i - end <= _MAX_LISTED and (
            doc[i].is_alpha and doc[i].is_title or doc[i].text == "," or doc[i].lower_ in _LIST_JOINERS):
        i += 1
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or not acronym(doc[i + 1]) \
            or not doc[i - 1].is_title or doc[i - 1].ent_type_ in ("ORG", "FUNDER"):
        return name
    whole = Span(doc, name.start, i, label=name.label_)
    capitals = [t.text[0].upper() for t in whole if t.is_alpha and t.text[:1].isupper()]
    letters = doc[i + 1].text.upper()
    if len(capitals) < 3 or letters[0] != capitals[0] or not _in_order(capitals, letters):
        return name
    return whole


def _in_order(capitals: list[str], letters: str) -> bool:
    position = 0
    for capital in capitals:
        position = letters.find(capital, position)
        if position < 0:
            return False
        position += 1
    return True
