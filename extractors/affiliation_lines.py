"""A paper's affiliation lines: "Google DeepMind, London, UK: Siddharth Raghunathan, Helena Kowalczyk-Ito &
Rashid Al-Mansouri" (Nature's "Author information", a preprint's footnotes) names an organisation and, after a
colon, the authors who work there. NER reads such lines badly ("Helena Kowalczyk-Ito & Rashid Al-Mansouri" as one
name, a name as a building), so the line's own shape is read: an organisation before the colon, and after it
nothing but names, each shaped like one (`narrator.title_name`). The relation is a WORKS_AT with no role and no
years: the line says where they are, not what they do there. A line whose head is a label ("Funding: NSF",
"Speakers: ...") names no organisation there and is left alone, as is a list with anything but names in it. Only
lines under an "Affiliations" or "Author information" heading are read, up to the next heading: other colon lists
("Judges: ...", a "Funding" section's "Wellcome Trust: A, B") are something else.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.cvlines import employers
from extractors.institutions import linkable_org
from extractors.linker import linked_info
from extractors.narrator import title_name
from extractors.relations import add_relation, doc_text, org_entity, person_entity, text_lines

_LINE = re.compile(r"^[ \t]*(?P<head>[^:\n]{3,200}?)[ \t]*:[ \t]+(?P<names>[^:\n]{3,600}?)[ \t]*$", re.M)
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
# The heading affiliation lines stand under: a colon line elsewhere ("Judges: ...", "MIT: ...") is some other list.
_HEADING = re.compile(r"^[ \t#*]*(?:author\s+)?affiliations?[ \t*:]*$|^[ \t#*]*author\s+(?:information|details)"
                      r"[ \t*:]*$", re.I | re.M)
# The next section's heading ends the affiliations: a short line with no colon ("Funding", "Competing interests").
_NEXT_HEADING = re.compile(r"^[ \t#*]*[^:\n]{1,40}?[ \t*]*$", re.M)
_PLACE_LABELS = frozenset({"ORG", "FUNDER", "GPE", "LOC", "FAC", "NORP"})
_NOTE_MARKS = re.compile(r"[\d*†‡§¶#]+$")  # "Jane Doe1,2", "John Roe*": a footnote's marks after a name


def read_affiliation_lines(doc: Doc, ents: list[Span]) -> None:
    """Add WORKS_AT for every name an affiliation line lists under its organisation."""
    text = doc_text(doc)
    for heading in _HEADING.finditer(text):
        following = _NEXT_HEADING.search(text, heading.end() + 1)
        _read_section(doc, ents, text, heading.end(), following.start() if following is not None else len(text))


def _read_section(doc: Doc, ents: list[Span], text: str, start: int, end: int) -> None:
    """The affiliation lines of one section, `start` to `end` of the text."""
    for line in _LINE.finditer(text, start, end):
        names = [_NOTE_MARKS.sub("", item).strip() for item in _SEPARATORS.split(line["names"].rstrip("."))]
        names = [name for name in names if name]
        if not names or any(title_name(name) != name for name in names):
            continue
        head_start, head_end = line.start("head"), line.end("head")
        inside = [e for e in ents if head_start <= e.start_char and e.end_char <= head_end]
        orgs = [e for e in inside if linkable_org(e, ents)]
        if not orgs or not _only_places(doc, inside, head_start, head_end):
            continue
        evidence = doc.char_span(line.start(), line.end(), alignment_mode="expand")
        if evidence is None:
            continue
        for org in employers(orgs):
            for name in dict.fromkeys(names):
                add_relation(doc, type="WORKS_AT", head=person_entity(name), tail=org_entity(org), sentence=evidence,
                             confidence=0.75)


def _only_places(doc: Doc, inside: list[Span], start: int, end: int) -> bool:
    """The head is organisations and places and nothing else ("Google DeepMind, London, UK"): not "NSF Program
    Officer" (a post) nor "Acknowledgements to Jane Doe at X" (a person)."""
    covered = {t.i for e in inside if e.label_ in _PLACE_LABELS for t in e}
    head = doc.char_span(start, end, alignment_mode="expand")
    return head is not None and all(t.i in covered or t.is_punct or t.is_space or t.is_stop for t in head)


# --- a byline with affiliation marks: "Ana Ruiz¹*, Ben Cho², Chen Yu¹,³†" over "¹Google DeepMind ²University of X" ----

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARK = r"\^?[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}"
# One author of a marked byline: a name, then its affiliations' marks and any footnote symbols.
_AUTHOR = re.compile(rf"^\s*(?:and\s+)?(?P<name>[^\d^⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§,]{{3,60}}?)\s*(?P<marks>{_MARK}(?:\s*,\s*{_MARK})*)"
                     r"\s*(?P<notes>[*†‡§]*)\s*$")
# Where an affiliation starts on the lines under the byline: its mark at the line's start or after a gap.
_AFFILIATION_START = re.compile(
    rf"(?:(?:^|(?<=\s\s)|(?<=[;,]\s)|(?<=[;,])){_MARK}|(?<=\s)(?:\^[0-9]{{1,2}}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}))\s*(?=[A-Z])",
    re.M)  # a superscript or "^1" after a single space too: "¹Alibaba DAMO Academy ²Google DeepMind"
# A footnote on the author marked with it: "†Work done while at Google DeepMind", "‡Work done during an internship at X".
_DONE_AT = re.compile(r"(?P<note>[*†‡§])\s*work\s+(?:was\s+)?done\s+(?:while|when|during)\b[^.\n]*?\bat\s+(?P<org>[^.\n]+)",
                      re.I)
_ANY_MARK = re.compile(r"[A-Za-z][0-9⁰¹²³⁴⁵⁶⁷⁸⁹^]")  # a mark glued to a name: "Doe1", "Ruiz¹", "Ruiz^1"
_BYLINE_LOOKAHEAD = 3  # lines under the byline that may hold its affiliations


def read_marked_bylines(doc: Doc, ents: list[Span]) -> None:
    """WORKS_AT for each author of a marked byline at each organisation its marks point to, and at the organisation
    a footnote says the work was done at."""
    text = doc_text(doc)
    if not _ANY_MARK.search(text):
        return  # most texts have no byline with marks
    lines = text_lines(doc)
    for number, (start, line) in enumerate(lines):
        authors = _marked_authors(line) if _ANY_MARK.search(line) else []
        if len(authors) < 2:
            continue
        below = lines[number + 1:number + 1 + _BYLINE_LOOKAHEAD]
        places = {mark: org for at, under in below for mark, org in _marked_places(doc, ents, at, under).items()}
        evidence = doc.char_span(start, start + len(line), alignment_mode="expand")
        if not places or evidence is None:
            continue
        for name, marks, _ in authors:
            for org in dict.fromkeys(places[m] for m in marks if m in places):
                add_relation(doc, type="WORKS_AT", head=person_entity(name), tail=org_entity(org), sentence=evidence,
                             confidence=0.75)
        for at, under in below:
            for done in _DONE_AT.finditer(under):
                org = _org_within(doc, ents, at + done.start("org"), at + done.end("org"))
                for name, _, notes in authors:
                    if org is not None and done["note"] in notes:
                        add_relation(doc, type="WORKS_AT", head=person_entity(name), tail=org_entity(org),
                                     sentence=evidence, confidence=0.7,
                                     role="intern" if re.search(r"\bintern", done.group(), re.I) else None)


def _marked_authors(line: str) -> list[tuple[str, list[str], str]]:
    """(name, marks, footnote symbols) of each author, when every comma-separated item of the line is one."""
    items = re.split(r",\s+(?=[^\d\s^⁰¹²³⁴⁵⁶⁷⁸⁹])|\s+and\s+", line)
    found = []
    for item in items:
        match = _AUTHOR.match(item)
        if match is None or title_name(match["name"].strip()) != match["name"].strip():
            return []
        marks = [m.strip().lstrip("^").translate(_SUPERSCRIPTS) for m in match["marks"].split(",")]
        found.append((match["name"].strip(), marks, match["notes"]))
    return found


# A plain number after one space may start the next affiliation too, when it is the next mark in turn:
# "1 Department of Physics 2 Google Research".
_NUMBER_AFTER_SPACE = re.compile(r"(?<=\s)[0-9]{1,2}\s+(?=[A-Z])")
# A marked note that is no affiliation: "1 Supported by the NSF", "2 Funded by X".
_FUNDING_NOTE = re.compile(r"\b(?:supported|funded|sponsored|grant|fellowship|scholarship)\b", re.I)
_NOW_AT = re.compile(r"\bnow\s+(?:at|with)\b", re.I)
_FORMERLY = re.compile(r"\b(?:formerly|previously|former)\b", re.I)


def _marked_places(doc: Doc, ents: list[Span], at: int, line: str) -> dict[str, Span]:
    """mark -> organisation for a line of marked affiliations ("¹ Google DeepMind  ² University of Toronto"). A note
    of funding names no affiliation; "Formerly at X, now at Y" is Y."""
    starts = sorted({m.start(): m for m in (*_AFFILIATION_START.finditer(line), *_NUMBER_AFTER_SPACE.finditer(line))}
                    .items())
    marks, expected = [], None
    for _, match in starts:
        mark = match.group().strip().lstrip("^").translate(_SUPERSCRIPTS)
        if expected is None or mark == str(expected):
            marks.append((match, mark))
            expected = int(mark) + 1 if mark.isdigit() else None
    found = {}
    for (here, mark), following in zip(marks, [m for m, _ in marks[1:]] + [None]):
        end = following.start() if following is not None else len(line)
        note = line[here.end():end]
        if _FUNDING_NOTE.search(note):
            continue
        now = _NOW_AT.search(note)
        if now is None and _FORMERLY.search(note):
            continue
        org = _org_within(doc, ents, at + (here.end() if now is None else now.end()), at + end)
        if org is not None:
            found[mark] = org
    return found


def _org_within(doc: Doc, ents: list[Span], start: int, end: int) -> Span | None:
    """The organisation NER found between `start` and `end`, or, where a mark glued to the name ("²University of
    Toronto") kept NER from it, the one the resolver knows by that text."""
    orgs = [e for e in ents if start <= e.start_char and e.end_char <= end + 1 and linkable_org(e, ents)]
    chosen = employers(orgs) if orgs else []
    if chosen:
        return chosen[0]
    text = doc_text(doc)[start:end].strip(" ;,.")
    info = linked_info(text) if 3 <= len(text) <= 120 else None
    span = doc.char_span(start, end, label="ORG", alignment_mode="expand") if info is not None else None
    if span is not None:
        span._.kg = info
    return span
