"""A funder's namesake in another country: "the National Research Foundation, Singapore" is not Korea's
National Research Foundation, nor "the South African Medical Research Council" the UK's Medical Research
Council, though the resolver links each name to the one it knows. The name itself says the country: a
country written after it (", Singapore") or inside it, or a nationality put before the known name.
"""

from __future__ import annotations

import re

import pycountry
from spacy.tokens import Span

from extractors.affiliation import country_of

# How English makes a nationality of a country's name: "South African", "Indian", "Chinese", "Swedish",
# "Israeli", "Icelandic".
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)$")
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def country_written(span: Span) -> tuple[str, int] | None:
    """(ISO code, end token) of the country a funder's name is written with: ", Singapore" right after it
    (the end is the country's), or "of South Africa" inside it (the end is the name's)."""
    doc = span.doc
    for ent in span.ents:
        code = country_of(ent.text) if ent.label_ in _PLACE_LABELS else None
        if code:
            return code, span.end
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        place = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ in _PLACE_LABELS), None)
        code = country_of(place.text) if place is not None else None
        after = doc[place.end] if place is not None and place.end < len(doc) else None
        if code and (after is None or after.text in (",", ".", ";", "(", ")") or after.is_lower):
            return code, place.end  # not ", Singapore Management University": a place, not the next name
    return None


def nationality_before(span: Span, alias: str, country: str | None) -> bool:
    """"South African Medical Research Council" linked by its last words "Medical Research Council": the
    words the known name lacks end on another country's nationality ("the UK Medical Research Council", "the
    Korean National Research Foundation" name the known funder's own)."""
    text = span.text
    if not alias or not text.lower().endswith(alias.lower()) or len(alias) >= len(text):
        return False
    extra = text[: len(text) - len(alias)].split()
    while extra and extra[0].lower() in ("the", "a", "an"):
        extra = extra[1:]
    return 1 <= len(extra) <= 3 and all(w[:1].isupper() for w in extra) and bool(_NATIONALITY.match(extra[-1])) \
        and country_of(" ".join(extra)) is None and not _nationality_of(" ".join(extra), country)


# Nationalities no stem of the country's name gives.
_IRREGULAR = {"american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "dutch": "NL",
              "swiss": "CH", "french": "FR", "german": "DE", "danish": "DK", "finnish": "FI", "swedish": "SE",
              "norwegian": "NO", "spanish": "ES", "polish": "PL", "turkish": "TR", "irish": "IE", "chinese": "CN",
              "japanese": "JP", "taiwanese": "TW", "israeli": "IL", "greek": "GR", "czech": "CZ"}


def _nationality_of(words: str, country: str | None) -> bool:
    """The nationality is `country`'s: "Korean" of Korea, "Indian" of India (a stem of its name)."""
    if country is None:
        return False
    if _IRREGULAR.get(words.lower()) == country:
        return True
    names = [n.lower() for n in _country_names(country)]
    stem = re.sub(r"(?:ian|an|ese|ish|i|ic|n)$", "", words.lower())
    return len(stem) >= 4 and any(n.startswith(stem) for n in names)


def _country_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    return [getattr(country, a) for a in ("name", "common_name", "official_name") if getattr(country, a, None)]
