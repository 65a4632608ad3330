"""Years in text: explicit years, ranges, "since 2020", and "two years later" anchored on an earlier year.

The date forms (`DATE`, `DATE_RANGE`, `DATE_POINT`: "Sep 2015", "09/2015 ~ 01/2021", "2019 - current") are
one set for sentences and for CV lines (`cvlines`); only a CV line may leave a span's end out ("2019 –").

The career components attach the year mention nearest an organisation to the relation
about it (`relation_years`); what a single year means (a start, or the end of a degree)
depends on the verb. A purpose ("returned in 2021 to lead X") takes its governing verb's year as
its start; "left A for B in 2022" ends A and starts B; years in brackets after a name are a lifespan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractors.relations import doc_text
from extractors.syntax import clause
from extractors.vocabulary import DEGREE_NOUNS, DEGREE_VERBS, END_VERBS, START_VERBS

YEAR = r"(?:19|20)\d{2}"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_SEASON = r"(?:spring|summer|fall|autumn|winter|early|late|mid)"
# A year as CVs and prose write a date: "2015", "Sep 2015", "Spring 2015", "09/2015", "2015.09" (one group: the year).
DATE = rf"(?:(?:{_MONTH}|{_SEASON})\s+|\d{{1,2}}[./])?({YEAR})(?:[./]\d{{1,2}})?"
# What ends a span that goes on: "2019 - present", "2019 ~ current", "2019 to date".
OPEN_END = r"present|now|current|today|date|ongoing"
# "2015 - 2018", "from 2010 to early 2012", "between 2010 and 2012", "09/2015 ~ 01/2021", "Sep 2015 – present";
# a CV line may leave the end out ("2019 –"). Groups: first year, the joining word, last year, open end.
DATE_RANGE = re.compile(
    rf"(?:\b(?:from|between)\s+(?:\w+\s+)?)?(?<![\w/.]){DATE}"
    rf"\s*(-|–|—|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*"
    rf"(?:(?:\w+\s+)?(?:{DATE}\b|({OPEN_END})\b))?",
    re.I,
)
# A year on its own; not one inside a code or a span ("FP7/2007", "2015-17").
DATE_POINT = re.compile(rf"(?<![\w/.-]){DATE}(?![\w/-])", re.I)
# Joining words that make no span without an end: "2015 and Google", "through".
_NEEDS_END = frozenset({"and", "till", "through"})
# A token that is a year, or that ends in a span of years: a date, not a number ("2019", "2015-17", "FP7/2007-2013").
YEAR_WORD = re.compile(rf"^{YEAR}$")
PERIOD = re.compile(rf"(?:^|/){YEAR}[-–](?:19|20)?\d{{2}}$")

_SINCE = re.compile(rf"\bsince\s+(?:(?:early|late|mid|\w+)\s+)?({YEAR})\b", re.I)
_UNTIL = re.compile(rf"\b(?:until|till|through|up to)\s+(?:\w+\s+)?({YEAR})\b", re.I)
_LATER = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+later\b", re.I)
_NEXT = re.compile(r"\bthe\s+(?:following|next)\s+year\b|\ba\s+year\s+later\b", re.I)
_BEFORE = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:earlier|before)\b", re.I)


@dataclass(frozen=True, slots=True)
class YearMention:
    """A year or span of years at character offsets [start, end) of the document."""

    start_char: int
    end_char: int
    kind: str  # "range" | "since" | "until" | "point"
    first: int | None
    last: int | None
    relative: bool = False


def find_years(text: str, *, offset: int = 0, anchor: int | None = None) -> list[YearMention]:
    """Year mentions in `text` (a sentence), offsets shifted by `offset`; `anchor` resolves "later"."""
    found: list[YearMention] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for match in DATE_RANGE.finditer(text):
        years = span_years(match, unended=False)
        if years is None:
            continue
        taken.append(match.span())
        found.append(YearMention(offset + match.start(), offset + match.end(), "range", *years))
    for pattern, kind in ((_SINCE, "since"), (_UNTIL, "until")):
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
    if anchor is not None:
        for pattern, sign in ((_LATER, 1), (_BEFORE, -1)):
            for match in pattern.finditer(text):
                if free(match.span()):
                    word = match.group(1).lower()
                    years = _NUMBERS.get(word) or int(word)
                    year = anchor + sign * years
                    found.append(YearMention(offset + match.start(), offset + match.end(), "point", year, year, True))
        for match in _NEXT.finditer(text):
            if free(match.span()):
                found.append(YearMention(offset + match.start(), offset + match.end(), "point",
                                         anchor + 1, anchor + 1, True))
    found.sort(key=lambda m: m.start_char)
    return found


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


# --- which years a career relation gets ------------------------------------------------------

def relation_years(years: list[YearMention], org: Span, orgs: list[Span], trigger: Token, rel_type: str,
                   path: list[Token]) -> tuple[int | None, int | None]:
    """(start, end) of a relation from the year mention nearest its organisation in the trigger's
    clause. A lone year is an end for degrees and for leaving ("left X in 2019"), else a start."""
    verb = clause(trigger)
    mention = _nearest_year(years, org, orgs, verb)
    if rel_type == "WORKS_AT" and trigger.lower_ in END_VERBS and _moves_on(trigger, orgs):
        # "left ByteDance for Alibaba Cloud in 2022": the leaving's year ends the one job and starts the next
        mention = _verb_year(years, trigger) or mention
    if rel_type == "WORKS_AT" and _hired_away(trigger):
        # "Google hired X away from OpenAI in 2022": the hiring's year starts the job at the hirer and ends
        # the one they were taken from
        found = _verb_year(years, trigger)
        if found is not None:
            return (None, found.first) if any(t.lower_ == "away" for t in path) else (found.first, None)
    if mention is None and purpose(verb):
        # "returned to Beijing in 2021 to lead Tencent's AI Lab": a purpose starts when its verb happened
        found = _verb_year(years, verb.head)
        return (found.first, None) if found is not None else (None, None)
    if mention is None:
        return None, None
    if mention.kind != "point":
        return mention.first, mention.last
    verb = trigger.lower_
    ends = rel_type == "STUDIED_AT" and (verb in DEGREE_VERBS or verb in END_VERBS or verb.startswith("graduat")
                                         or verb in DEGREE_NOUNS)
    if rel_type == "WORKS_AT" and verb in END_VERBS:
        # "left for Anthropic" / "left to join X" names where they went, not where they were
        ends = not any(t.lower_ in ("for", "to") and t.head.i == trigger.i for t in path)
    if rel_type == "STUDIED_AT" and trigger.ent_type_ == "PERSON":
        ends = True  # "Jane Doe (PhD 2007, X)": the year by a name is the degree's
    if rel_type == "STUDIED_AT" and verb in START_VERBS:
        ends = False
    return (None, mention.first) if ends else (mention.first, None)


def _nearest_year(years: list[YearMention], org: Span, orgs: list[Span], verb: Token) -> YearMention | None:
    def distance(mention: YearMention, span: Span) -> int:
        if mention.end_char <= span.start_char:
            return span.start_char - mention.end_char
        return max(0, mention.start_char - span.end_char)

    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    best = None
    for mention in years:
        if mention.start_char < lo or mention.end_char > hi:
            continue  # another clause's year: "Ramey Idriss (1911 – 1971) was ... educated at X"
        own = distance(mention, org)
        if own > 120 or any(distance(mention, other) < own for other in orgs if other is not org):
            continue
        if best is None or own < distance(best, org):
            best = mention
    return best


def purpose(verb: Token) -> bool:
    """"to lead X" hanging on another verb ("returned in 2021 to lead X", "left A to join B"): a purpose."""
    return verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i and verb.tag_ == "VB" and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.lefts)


def _moves_on(verb: Token, orgs: list[Span]) -> bool:
    """"left X for Y", "quit X to Y": the leaving verb names where they went."""
    return any(child.dep_ == "prep" and child.lower_ in ("for", "to") and any(
        org.start <= grandchild.i < org.end for grandchild in child.children for org in orgs)
        for child in verb.children)


def _hired_away(verb: Token) -> bool:
    return any(child.lower_ == "away" and child.dep_ in ("advmod", "prt", "prep") for child in verb.children)


def _verb_year(years: list[YearMention], verb: Token) -> YearMention | None:
    """The lone year said of the verb itself ("left X in 2023", "joined 2019"), not of one of its nouns."""
    doc = verb.doc
    for mention in years:
        if mention.kind != "point" or mention.relative:
            continue
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None:
            continue
        year = span[-1]
        if year.head.i == verb.i or year.head.dep_ == "prep" and year.head.head.i == verb.i:
            return mention
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
