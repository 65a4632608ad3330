"""The date a document was written on, and the times it tells from there ("today", "next month", "last year").

A news item's dateline ("BERLIN, 3 May 2022 — ...", "MUMBAI, 2 February 2024 —"), a post's date line ("Ananya
Krishnamurthy · 3 February 2025") or its source's `published` date says when "today" is. A yearless dateline
("SINGAPORE, Nov 12 (Reuters)") says nothing. Only a full date near the start counts: a year alone there may be
anything ("New faculty, autumn 2024" is a heading, not a date of writing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

if not Doc.has_extension("kg_as_of"):
    Doc.set_extension("kg_as_of", default=None)

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# A year and a month as dates write them: "2016"; "Sep", "Sept.", "September". Shared with `extractors/years.py`.
YEAR = r"(?:19|20)\d{2}"
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH = rf"({MONTH})"
_YEAR = rf"({YEAR})"
# "3 May 2022", "May 3, 2022", "Nov. 12, 2024", "2022-05-03"
FULL_DATE = re.compile(rf"\b(?:(\d{{1,2}})\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+(\d{{1,2}}),?\s+{_YEAR}|"
                        rf"{_YEAR}-(\d{{2}})-\d{{2}})\b", re.I)
# What may follow a dateline's date: a dash, a bracketed agency, the end of the line.
_AFTER_DATELINE = re.compile(r"\s*(?:[-–—(/]|\n|$)")
_LEAD_CHARS = 100  # a dateline or a post's date line sits in the first line's first words
# "Published 20 February 2024", "(recorded 9 October 2024)", "Posted on May 3, 2022" in the first lines
_STAMPED = re.compile(rf"\b(?:published|posted|updated|recorded)\s+(?:on\s+)?(?={FULL_DATE.pattern})", re.I)
_HEAD_LINES = 3
# A heading's month: "People moves — August 2024", "Newsletter, March 2023"
_HEADING_MONTH = re.compile(rf"^[^.]*[-–—,:|]\s*{_MONTH}\s+{_YEAR}(?:\.|\s*$)", re.I)


@dataclass(frozen=True, slots=True)
class AsOf:
    year: int
    month: int
    lead_end: int = 0  # where a dateline ends ("BERLIN, 3 May 2022 —"): its place and year are no one's career


_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*")

def _month(name: str) -> int:
    return next(k for k, month in enumerate(_MONTHS, 1) if month.startswith(name.lower().rstrip(".")[:3]))


def _as_of(match: re.Match, lead_end: int = 0) -> AsOf:
    day_first, month_a, year_a, month_b, _, year_b, year_c, month_c = match.groups()
    if year_a:
        return AsOf(int(year_a), _month(month_a), lead_end)
    if year_b:
        return AsOf(int(year_b), _month(month_b), lead_end)
    return AsOf(int(year_c), int(month_c), lead_end)


_HEADLINE_CHARS = 200
# A dateline or a byline's date after a headline: "Headline. Santiago, March 18, 2024 — ...", "People Moves, March
# 14, 2025. Apple has hired ...", "Headline. By a staff reporter, 9 October 2024. ..."
_LABELLED_DATE = re.compile(rf"(?:^|(?<=[.!?\]]\s))(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,4}},\s+)?(?={FULL_DATE.pattern}"
                            rf"(?:\s*(?:\([^)]{{1,30}}\))?\s*[-–—]+\s*|\.\s+[A-Z\"“]))", re.I)
# Words a dateline's label has not: it names a place, a column or a writer, it does not tell anything.
_VERBISH = frozenset("is was has have had joined joins left said named appointed will on in at from since".split())
_SENTENCE_END = re.compile(r"\.\s+")


def _dateline(lead: str) -> tuple[re.Match, int] | None:
    """A date opening a line's first words and closing its dateline ("BERLIN, 3 May 2022 —"), and where the
    dateline ends."""
    for match in FULL_DATE.finditer(lead):
        if ". " in lead[:match.start()]:
            return None  # a sentence has begun: its dates are its own
        if _AFTER_DATELINE.match(lead, match.end()):
            dash = _DATELINE_DASH.match(lead, match.end())
            if dash and FULL_DATE.match(lead, dash.end()):
                return None  # "12 March 1941 – 3 May 2024", "1 March 2018 — 30 June 2021": a life or a span
            return match, dash.end() if dash else match.end()
    return None


def _after_headline(lead: str) -> tuple[re.Match, int] | None:
    """The date of a short labelled segment ("Santiago, ", "By a staff reporter, ") opening a sentence of the
    first line, and where it ends; the headline before it and the label are no one's career."""
    for label in _LABELLED_DATE.finditer(lead):
        if any(t.lower() in _VERBISH for t in lead[label.start():label.end()].split()):
            continue
        date = FULL_DATE.match(lead, label.end())
        if date is not None:
            tail = _DATELINE_DASH.match(lead, date.end()) or _SENTENCE_END.match(lead, date.end())
            return date, tail.end() if tail else date.end()
    return None



def written_on(text: str, published: str | None = None) -> AsOf | None:
    """When the document says it was written: its dateline or date line, else its source's `published` date."""
    indent = len(text) - len(text.lstrip())
    head = text[indent:indent + 400].split("\n")[:_HEAD_LINES]
    lead = head[0][:_LEAD_CHARS]
    if (found := _dateline(lead)) is not None:
        return _as_of(found[0], indent + found[1])
    if len(head) > 1 and len(head[0]) <= _HEADLINE_CHARS and not _SENTENCE_END.search(head[0]) \
            and (found := _dateline(head[1][:_LEAD_CHARS])) is not None:
        # "KAUST welcomes new faculty⏎Thuwal, Saudi Arabia, 9 September 2024 — Three new ...": under a headline
        return _as_of(found[0], indent + len(head[0]) + 1 + found[1])
    if (after_headline := _after_headline(head[0][:_HEADLINE_CHARS])) is not None:
        match, end = after_headline
        return _as_of(match, indent + end)
    if (month := _HEADING_MONTH.match(head[0][:_LEAD_CHARS])) is not None:
        return AsOf(int(month.group(2)), _month(month.group(1)))
    for line in head:
        if (stamp := _STAMPED.search(line)) is not None:
            return _as_of(FULL_DATE.match(line, stamp.end()))
    if published:
        try:
            day = date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
        return AsOf(day.year, day.month)
    return None


# Times told from the day of writing, and how far each lies from its year: "next month" in December is next year's.
_NOW = re.compile(
    r"\b(?:(today)(?!['’]s)|(yesterday|tomorrow|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    r"(this|earlier\s+this|later\s+this|last|next)\s+"
    r"(week|month|year|spring|summer|autumn|fall|winter|" + "|".join(_MONTHS) + r"))\b",
    re.I,
)
_SEASONS = frozenset("spring summer autumn fall winter".split())
# A month written without its year after a word that dates an event: "on July 1", "in March", "effective 3 March",
# "starting in September". Capitalised only: "may" is a verb, "march" one too.
_BARE_MONTH = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Ff]rom|[Ss]tarting(?:\s+in)?|[Ee]ffective|[Bb]eginning(?:\s+in)?)\s+(?:\d{1,2}\s+)?("
    + "|".join(m.title() for m in _MONTHS) + r")\b(?!(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s*(?:19|20)\d\d)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?")


# What makes a sentence tell of what is to come: "will join", "is set to", "starting", "effective", "joins as".
_FUTURE = re.compile(r"\b(?:will|shall|may|might|to be|set to|expected|starting|effective|joins|starts|begins|"
                     r"takes up|becomes|returns|moves)\b|['’]ll\b", re.I)


def told_years(text: str, as_of: AsOf) -> list[tuple[int, int, int]]:
    """(start, end, year) of each time `text` tells from the day of writing: "today", "on Friday", "this spring",
    "next month", "last year", "last November", "on July 1", "in March". Not "Today, she leads ..." (now, not a
    day) nor "today's"."""
    found = []
    for match in _NOW.finditer(text):
        today, near_day, which, unit = match.groups()
        if today and not text[:match.start()].strip() and text[match.end():match.end() + 1] == ",":
            continue
        year = as_of.year
        if which:
            which, unit = which.lower().split()[-1], unit.lower()
            if unit == "year":
                year += {"last": -1, "next": 1}.get(which, 0)
            elif unit == "month":
                year += -1 if which == "last" and as_of.month == 1 else 1 if which == "next" and as_of.month == 12 \
                    else 0
            elif unit in _MONTHS:
                month = _MONTHS.index(unit) + 1
                year += -1 if which == "last" and month >= as_of.month else 1 if which == "next" and \
                    month <= as_of.month else 0
            elif unit in _SEASONS and which in ("last", "next"):
                continue  # "last winter" may be this year's or the one before
        elif near_day and as_of.month in (1, 12):
            continue  # a day or a weekday either side of the year's turn
        found.append((match.start(), match.end(), year))
    ahead = _FUTURE.search(text) is not None
    for match in _BARE_MONTH.finditer(text):
        if any(start <= match.start() < end for start, end, _ in found):
            continue
        # a plan's month is the next one, a past event's the last: "will join on July 1", "moved in January"
        month = _MONTHS.index(match.group(1).lower()) + 1
        found.append((match.start(), match.end(), as_of.year + (1 if ahead and month < as_of.month else
                                                                 -1 if not ahead and month > as_of.month else 0)))
    return found
