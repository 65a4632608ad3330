"""How long a spell lasted, as a story says it: "spent six years at Google", "where he spent two decades",
"was an engineer at Ericsson for seven years", "stayed for 25 years", "an eight-year stint".

A length alone dates nothing; `extractors/chronology.py` turns it into the missing end of a spell whose
start is known, or the missing start of one whose end is known. Only exact lengths are read: "nearly
ten years", "over two decades", "the past five years" and "most of his career" give none, since a
year one off is worse than no year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractors.relations import org_entity
from extractors.year_attachment import nearest_mention

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
            "thirty": 30}
_COUNT = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,2})"
# "six years", "two decades", "a decade", "an eight-year stint", "a five-year spell"
_LENGTH = re.compile(
    rf"\b{_COUNT}\s+(years?|decades?)\b(?!\s+(?:later|earlier|before|ago|old|of\s+age|after|since|into)\b)"
    rf"(?!\s+on\b(?!\s+(?:the|its|a|an)\s))"  # "two years on, she ...": later; not "30 years on the faculty"
    rf"|\b(?:an?\s+)?{_COUNT}[- ](year|decade)[- ](?:stint|spell|tenure|term|career|stay|period)\b",
    re.I,
)
# "worked at IBM for five years before joining Google": with "for" the years are a length, whatever follows
_FOR_LENGTH = re.compile(rf"\bfor\s+{_COUNT}\s+(years?|decades?)\s+(?=before|after)\b", re.I)
# What every length holds: most sentences have none, and one search is cheaper than the patterns.
_UNIT = re.compile(r"year|decade", re.I)
# Words before a length that make it approximate, or not a spell's: "nearly six years", "the past five years",
# "aged 88", "his first two years".
_VAGUE = re.compile(r"\b(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than|under|at\s+least|"
                    r"up\s+to|past|last|next|first|previous|final|aged|age|every|each|within|than)\s+(?:the\s+)?$",
                    re.I)


@dataclass(frozen=True, slots=True)
class Duration:
    """A spell's length in whole years at character offsets [start, end) of the document."""

    start_char: int
    end_char: int
    years: int


def find_durations(text: str, *, offset: int = 0) -> list[Duration]:
    """The exact spell lengths written in `text` (a sentence), offsets shifted by `offset`."""
    if not _UNIT.search(text):
        return []
    found = []
    for match in _LENGTH.finditer(text):
        if _VAGUE.search(text, max(0, match.start() - 16), match.start()):
            continue
        count = (match.group(1) or match.group(3)).lower()
        unit = (match.group(2) or match.group(4)).lower()
        number = _NUMBERS.get(count) or int(count)
        found.append(Duration(offset + match.start(), offset + match.end(),
                              number * (10 if unit.startswith("decade") else 1)))
    for match in _FOR_LENGTH.finditer(text):
        number = _NUMBERS.get(match.group(1).lower()) or int(match.group(1))
        found.append(Duration(offset + match.start(1), offset + match.end(2),
                              number * (10 if match.group(2).lower().startswith("decade") else 1)))
    return sorted(found, key=lambda d: d.start_char)


def spell_length(durations: list[Duration], org: Span, orgs: list[Span], trigger: Token) -> int | None:
    """The length said of the spell at `org`: the nearest one in its trigger's clause, not nearer another
    organisation ("spent two years at X and three at Y"). The same organisation said again ("left Yandex
    in 2020 after seven years at the company") and one only named as a time ("Prior to IBM, he spent five
    years at MIT") are no other place the years could have been spent."""
    if not durations:
        return None
    own = org_entity(org)["id"]
    rivals = [o for o in orgs if o is org or org_entity(o)["id"] != own and not _time_anchor(o)]
    found = nearest_mention(durations, org, rivals, trigger)
    return found.years if found is not None else None


# Prepositions that make an organisation a point in time: "before Google", "prior to IBM", "since Apple".
_TIME_WORDS = frozenset("before after since until till".split())


def _time_anchor(org: Span) -> bool:
    prep = org.root.head
    if org.root.dep_ != "pobj" or prep.i == org.root.i:
        return False
    return prep.lower_ in _TIME_WORDS or prep.lower_ == "to" and prep.head.lower_ == "prior"
