"""Years in text: explicit years, ranges, "since 2020", and "two years later" anchored on an earlier year.

The date forms (`DATE`, `DATE_RANGE`, `DATE_POINT`: "Sep 2015", "09/2015 ~ 01/2021", "2019 - current") are
one set for sentences and for CV lines (`cvlines`); only a CV line may leave a span's end out ("2019 –").

Relative years ("the same year", "that year", "two years later", "the following year") count from the last year
written before them, in the same sentence or an earlier one. Which of a sentence's years a career
relation gets is `extractors/dating.py`'s; years in brackets after a name are a lifespan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.docdate import MONTH, YEAR, AsOf, told_years
from extractors.relations import doc_text

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}

_SEASON = r"(?:spring|summer|fall|autumn|winter|early|late|mid)"
# A year as CVs and prose write a date: "2015", "Sep 2015", "Spring 2015", "09/2015", "2015.09", and an ISO day
# "2015-07-01" as ORCID records write it (one group: the year). An ISO month alone ("2011-12") would be a span.
DATE = (rf"(?:(?:{MONTH}|{_SEASON})\s+|{_SEASON}-|\d{{1,2}}[./])?({YEAR})"
        rf"(?:[./]\d{{1,2}}|-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d))?")
# What ends a span that goes on: "2019 - present", "2019 ~ current", "2019 to date".
OPEN_END = r"present|now|current|today|date|ongoing"
# "2015 - 2018", "from 2010 to early 2012", "between 2010 and 2012", "09/2015 ~ 01/2021", "Sep 2015 – present";
# a CV line may leave the end out ("2019 –"). Groups: first year, the joining word, last year, open end.
DATE_RANGE = re.compile(
    rf"(?:\b(?:from|between)\s+(?:\w+\s+)?)?(?<![\w/.]){DATE}"
    rf"\s*(-|–|—|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*"
    # a word may come before the end ("to early 2012"), not after "and": "in 2020 and spent 2020-2022" lists two
    rf"(?:(?:(?<!\band\s)\w+\s+)?(?:{DATE}\b|({OPEN_END})\b))?",
    re.I,
)
# A year on its own; not one inside a code or a span ("FP7/2007", "2015-17").
DATE_POINT = re.compile(rf"(?<![\w/.-]){DATE}(?![\w/-])", re.I)
# "2017-18", "the 2022–23 academic year": a span whose end keeps only its last two digits.
_SHORT_RANGE = re.compile(rf"(?<![\w/.-])({YEAR})[-–](\d{{2}})(?![\w/-])")
# Joining words that make no span without an end: "2015 and Google", "through".
_NEEDS_END = frozenset({"and", "till", "through"})
# A token that is a year, or that ends in a span of years: a date, not a number ("2019", "2015-17", "FP7/2007-2013").
YEAR_WORD = re.compile(rf"^{YEAR}$")
PERIOD = re.compile(rf"(?:^|/){YEAR}[-–](?:19|20)?\d{{2}}$")

_SINCE = re.compile(rf"\bsince\s+(?:(?:early|late|mid|\w+)\s+)?({YEAR})\b", re.I)
# "until 2001", "until early 2001", "until his retirement in 2001", "until her death in 1999", "before 2019"
_UNTIL = re.compile(rf"\b(?:until|till|through|up to|before|prior to)\s+(?:(?:his|her|their|my)\s+(?:retirement|death|departure)\s+"
                    rf"in\s+|\w+\s+)?({YEAR})\b", re.I)
# "until it got shut down in 2020", "until the lab closed in 2015": the place's end ends the stay
_UNTIL_CLOSED = re.compile(rf"\b(?:until|till)\s+(?:it|the\s+(?:lab|company|group|team|start-?up|institute|centre|"
                           rf"center|unit|firm|office))\s+(?:was\s+|got\s+|were\s+)?(?:shut\s+down|closed|folded|"
                           rf"dissolved|disbanded|wound\s+down|went\s+bankrupt|ceased\s+operations)\s+in\s+({YEAR})\b",
                           re.I)
_COUNT = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_LATER = re.compile(rf"\b{_COUNT}\s+(years?|decades?)\s+later\b", re.I)
_NEXT = re.compile(r"\b(?:the|that)\s+(?:following|next)\s+year\b", re.I)
_BEFORE = re.compile(rf"\b{_COUNT}\s+(years?|decades?)\s+(?:earlier|before)\b", re.I)
_PREVIOUS = re.compile(r"\bthe\s+(?:previous|preceding)\s+year\b|\bthe\s+year\s+before\b", re.I)
# "the same year", "that same year", "later that year", "joined X that year": the year last written; not
# "that year's prize" (a year named for a thing), nor "in that year's election"
_SAME = re.compile(r"\b(?:the|that)\s+same\s+year\b|\b(?:(?:later|earlier)\s+)?that\s+year\b(?!\s*'s)", re.I)
# What each group of patterns cannot match without: every explicit form holds a year's four digits, every relative
# one "year" or "decade". Most sentences have neither, and one search is cheaper than the nine patterns.
_ANY_YEAR = re.compile(YEAR, re.I)
_ANY_YEAR_WORD = re.compile(r"year|decade", re.I)


@dataclass(frozen=True, slots=True)
class YearMention:
    """A year or span of years at character offsets [start, end) of the document."""

    start_char: int
    end_char: int
    kind: str  # "range" | "since" | "until" | "point"
    first: int | None
    last: int | None
    relative: bool = False


def find_years(text: str, *, offset: int = 0, anchor: int | None = None, as_of: AsOf | None = None) -> list[YearMention]:
    """Year mentions in `text` (a sentence), offsets shifted by `offset`; `anchor` resolves "later", `as_of` (the
    day the document was written) "today", "next month", "last year"."""
    found: list[YearMention] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    if _ANY_YEAR.search(text):
        for match in DATE_RANGE.finditer(text):
            years = span_years(match, unended=False)
            if years is None:
                continue
            taken.append(match.span())
            found.append(YearMention(offset + match.start(), offset + match.end(), "range", *years))
        for match in _SHORT_RANGE.finditer(text):
            first = int(match.group(1))
            last = first // 100 * 100 + int(match.group(2))
            last += 100 if last < first else 0  # "1999-00"
            if free(match.span()) and last - first <= 10:
                taken.append(match.span())
                found.append(YearMention(offset + match.start(), offset + match.end(), "range", first, last))
        for pattern, kind in ((_SINCE, "since"), (_UNTIL, "until"), (_UNTIL_CLOSED, "until")):
            for match in pattern.finditer(text):
                if free(match.span()):
                    taken.append(match.span())
                    year = int(match.group(1))
                    found.append(YearMention(offset + match.start(), offset + match.end(), kind,
                                             year if kind == "since" else None, year if kind == "until" else None))
        for match in DATE_POINT.finditer(text):
            if free(match.span()):
                taken.append(match.span())
                year = int(match.group(1))
                found.append(YearMention(offset + match.start(), offset + match.end(), "point", year, year))
    for start, end, year in told_years(text, as_of) if as_of is not None else ():
        if free((start, end)):
            taken.append((start, end))
            found.append(YearMention(offset + start, offset + end, "point", year, year, True))
    if not _ANY_YEAR_WORD.search(text):
        found.sort(key=lambda m: m.start_char)
        return found
    # a relative year counts from the last year written before it, in this sentence or an earlier one
    explicit = sorted(found, key=lambda m: m.start_char)

    def base(at: int) -> int | None:
        return latest_year([m for m in explicit if m.end_char <= offset + at]) or anchor

    def add(match: re.Match, shift: int) -> None:
        year = base(match.start())
        if year is not None and free(match.span()):
            taken.append(match.span())
            found.append(YearMention(offset + match.start(), offset + match.end(), "point",
                                     year + shift, year + shift, True))

    for pattern, sign in ((_LATER, 1), (_BEFORE, -1)):
        for match in pattern.finditer(text):
            if _lasting(text, match):
                continue
            count = match.group(1).lower()
            add(match, sign * (_NUMBERS.get(count) or int(count)) * (10 if match.group(2).lower().startswith("decade") else 1))
    for pattern, shift in ((_NEXT, 1), (_PREVIOUS, -1), (_SAME, 0)):
        for match in pattern.finditer(text):
            add(match, shift)
    found.sort(key=lambda m: m.start_char)
    return found


# "for nearly three decades before emigrating in 1992": a length, then "before" opening what came next; not
# "three decades before" (1992 - 30) as "two years before, she had ..." or "a decade earlier" are.
_FOR_BEFORE = re.compile(r"\bfor\s+(?:\w+\s+)?$", re.I)
_BEFORE_WHAT = re.compile(r"\s*[\w$]")


def _lasting(text: str, match: re.Match) -> bool:
    """A length written with "before"/"later" that is no date: preceded by "for", or "before" followed by
    what it precedes."""
    if _FOR_BEFORE.search(text, 0, match.start()):
        return True
    return match.group(0).lower().endswith("before") and _BEFORE_WHAT.match(text, match.end()) is not None


def span_years(match: re.Match, *, unended: bool) -> tuple[int, int | None] | None:
    """(first, last) of a `DATE_RANGE` match, last None for an open span ("2019 - present"; with `unended`, a
    CV's "2019 –" too); None when the match is no span: "2018 and 2015" lists two years."""
    first = int(match.group(1))
    if match.group(3):
        last = int(match.group(3))
        return (first, last) if last >= first else None
    if match.group(4) or unended and match.group(2).lower() not in _NEEDS_END:
        return first, None
    return None


def latest_year(mentions: list[YearMention]) -> int | None:
    """The year a later "two years later" counts from: the last one mentioned."""
    for mention in reversed(mentions):
        year = mention.last or mention.first
        if year is not None:
            return year
    return None


_BORN = re.compile(r"\(\s*(?:born\s+|b\.\s*|n[ée]e?\s+)?$", re.I)


def lifespan(mention: YearMention, doc) -> bool:
    """"Olu Bankole (1948-2023)", "Jane Doe (born 1948)": years in brackets right after a name are a life's,
    never a job's."""
    text = doc_text(doc)
    before = _BORN.search(text, max(0, mention.start_char - 12), mention.start_char)
    if before is None or not text[mention.end_char: mention.end_char + 3].lstrip().startswith(")"):
        return False
    name = doc.char_span(before.start(), before.start() + 1, alignment_mode="expand")
    if name is None or name.start == 0:
        return False
    previous = doc[name.start - 1]
    return previous.ent_type_ == "PERSON"
