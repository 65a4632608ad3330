"""Rosters: the role-headed lists of a lab or group "People" page, read as careers at the page's organisation.

"People - Vision and Learning Lab, ETH Zurich. Director: Prof. Dr. Jane Roe. PhD students: Eva Fischer,
Georg Hahn (since 2021). Alumni: Dr. Karl Lenz (PhD 2022, now at Apple)." names people without a verb
linking them to anything: the heading says what each listed person is at the organisation the page is
about. A heading that is a role ("Director", "Postdoctoral researchers") gives WORKS_AT with that role; a
heading of students ("PhD students") gives STUDIED_AT with the degree; a heading of former members
("Alumni", "Former members") gives only what each person's bracket says ("PhD 2020" is a degree ended in
2020, "postdoc 2017-2019" a job of those years, "now a research scientist at Cohere" a job elsewhere, with
no start: "now" does not say when). Any other heading ("Contact:", "Funding:") gives nothing.

Precision first: a heading is read only from a closed list of role headings, at the start of a line or of a
sentence, followed by a colon; a page is a roster only when it has two such headings each listing at least
one name; and an item must look like a name. The page's organisation is the one its first line or sentence
names (the first one the gazetteer knows: a lab unknown to it stands for its parent university). Relations
the sentence rules read off the same lines for the listed people are replaced by the roster's reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from extractors.institutions import linkable_org
from extractors.names import title_length
from extractors.relations import add_relation, doc_text, org_entity, person_entity
from extractors.textpeople import POSITION
from extractors.vocabulary import ORG_WORDS, ROLE_NOUNS
from kg.model import person_id, student_degree

WORK, STUDY, FORMER = "work", "study", "former"

# Heading (lower case, singular or plural as written) -> (kind, role as one person's).
_WORK_HEADINGS: dict[str, str] = {
    **dict.fromkeys(("director", "directors", "lab director", "group director"), "director"),
    **dict.fromkeys(("co-director", "co-directors", "codirector", "codirectors"), "co-director"),
    **dict.fromkeys(("deputy director", "associate director"), "deputy director"),
    **dict.fromkeys(("group leader", "group leaders", "team leader", "team leaders", "group head", "head",
                     "lab head"), "group leader"),
    **dict.fromkeys(("principal investigator", "principal investigators", "pi", "pis"), "principal investigator"),
    **dict.fromkeys(("faculty", "faculty members", "faculty member", "academic staff"), "faculty"),
    **dict.fromkeys(("professor", "professors"), "professor"),
    **dict.fromkeys(("lecturer", "lecturers"), "lecturer"),
    **dict.fromkeys(("postdoc", "postdocs", "post-docs", "postdoctoral researcher", "postdoctoral researchers",
                     "postdoctoral fellow", "postdoctoral fellows", "postdoctoral scholar", "postdoctoral scholars",
                     "postdoctoral associates", "postdoctoral research associates", "postdoctoral research fellows",
                     "postdocs and research fellows"), "postdoc"),
    **dict.fromkeys(("research associate", "research associates"), "research associate"),
    **dict.fromkeys(("research fellow", "research fellows"), "research fellow"),
    **dict.fromkeys(("research scientist", "research scientists"), "research scientist"),
    **dict.fromkeys(("senior researcher", "senior researchers"), "senior researcher"),
    **dict.fromkeys(("researcher", "researchers", "research staff"), "researcher"),
    **dict.fromkeys(("research engineer", "research engineers"), "research engineer"),
    **dict.fromkeys(("engineer", "engineers", "software engineers", "research software engineers"), "engineer"),
    **dict.fromkeys(("lab manager", "lab managers", "laboratory manager", "group manager"), "lab manager"),
    **dict.fromkeys(("technician", "technicians", "lab technicians"), "technician"),
    **dict.fromkeys(("administrator", "administrators", "group administrator", "administrative staff",
                     "administration"), "administrator"),
    **dict.fromkeys(("staff", "staff members"), "staff"),
}
_STUDY_HEADINGS = frozenset("""phd students|phd student|ph.d. students|doctoral students|doctoral candidates|
    phd candidates|dphil students|graduate students|master's students|masters students|master students|msc students|
    ms students|m.sc. students|undergraduate students|undergraduates|bachelor students|bsc students|
    students""".split("|"))
_FORMER_HEADINGS = frozenset("""alumni|alumnae|former members|past members|previous members|former group members|
    former lab members|alumni and former members|former students|former phd students|past students|
    graduated students|graduated phd students|former postdocs|past postdocs|former researchers|
    former staff""".split("|"))
_STUDY_HEADINGS = frozenset(h.strip() for h in _STUDY_HEADINGS)
_FORMER_HEADINGS = frozenset(h.strip() for h in _FORMER_HEADINGS)
_HEADINGS = sorted(set(_WORK_HEADINGS) | _STUDY_HEADINGS | _FORMER_HEADINGS, key=len, reverse=True)
# A heading at the start of a line or after a sentence's end, then a colon: "PhD students: A, B".
_HEADING = re.compile(r"(?:^|(?<=\n)|(?<=[.;]\s)|(?<=[.;]))[ \t*#•-]*(?P<head>(?:current\s+)?(?:"
                      + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEADINGS)
                      + r"))\s*(?:\(\d+\))?\s*[:：]", re.IGNORECASE)
# A heading alone on its line, names on the lines below: "PhD Students\nBo Li\nCara Diaz".
_HEADING_LINE = re.compile(r"^[ \t*#•-]*(?P<head>(?:current\s+)?(?:" + "|".join(re.escape(h) for h in _HEADINGS)
                           + r"))[ \t]*(?:\(\d+\))?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# Any "Word words:" heading ends the list before it: "Contact: ...", "Funding: ...".
_ANY_HEADING = re.compile(r"(?:^|(?<=\n)|(?<=[.;]\s))[ \t*#•-]*[A-Z][\w'’ -]{1,40}[:：]")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"  # "Anna", "Jean-Luc", "O'Neil"
                        r"|[A-Z]\.(?:-?[A-Z]\.)?"  # "J.", "J.-P."
                        r"|[A-Z][a-z]*[A-Z][a-z]+)$")  # "MacLeod", "DeWitt"
_PARTICLES = frozenset("van von de der den da di del della du le la bin al el ten ter".split())
# "Dr. A, Dr. B. The lab was founded ...": a sentence ends at a period after a word that is no title or initial.
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Dr|Mr|Ms|Mx|St|Jr|Sr))(?<!\bMrs)(?<!\bProf)(?<!\bAssoc)\.(?=\s|$)")
_YEAR = r"(?:19|20)\d{2}"
_RANGE = re.compile(rf"^(?:(?P<what>[a-z][\w' .-]*?)\s+)?(?P<start>{_YEAR})\s*(?:[-–—]|to)\s*"
                    rf"(?P<end>{_YEAR}|present|now|today)$", re.IGNORECASE)
_SINCE = re.compile(rf"^(?:since|from)\s+(?P<start>{_YEAR})$", re.IGNORECASE)
_ENDED = re.compile(rf"^(?P<what>[A-Za-z][\w'’ .-]*?)[ ,]+(?:in\s+)?(?P<end>{_YEAR})$")
_NOW = re.compile(r"^(?:now|currently)\s+(?:(?:an?|the)\s+)?(?:(?P<role>[\w' -]+?)\s+)?(?:at|with)\s+(?P<org>.+)$",
                  re.IGNORECASE)
_RANKS = frozenset("""professor reader lecturer fellow chair associate assistant senior principal full emeritus
    visiting adjunct research honorary""".split())
_DEGREES = re.compile(r"^(?:ph\.?\s?d\.?|d\.?phil\.?|doctorate|m\.?sc\.?|m\.?s\.?|m\.?phil\.?|m\.?eng\.?|master'?s?|"
                      r"b\.?sc\.?|b\.?s\.?|ba|bachelor'?s?)$", re.IGNORECASE)
# Words of headings and page furniture that look like names when capitalised: "Research Interests".
_NOT_NAMES = ORG_WORDS | ROLE_NOUNS | frozenset("""research interests interest positions position open publications
    news contact projects project teaching join us people members member alumni students student group lab
    address funding email phone office visiting former current past""".split())
_MIN_HEADINGS = 2  # one "Director: X" line may be any page's aside; a roster lists several groups


@dataclass
class _Item:
    name: str
    start_char: int
    end_char: int
    bracket: list[tuple[str, int]] = field(default_factory=list)  # parts and where each starts


@dataclass
class _Section:
    kind: str
    role: str | None  # WORK: the role; STUDY: the degree
    start_char: int
    end_char: int
    items: list[_Item]


def read_rosters(doc: Doc, ents: list[Span]) -> None:
    """Add the relations the roster headings of `doc` give; nothing when it is not a roster page."""
    text = doc_text(doc)
    if ":" not in text and "：" not in text:
        return
    sections = [s for s in _sections(text) if s.items]
    if len(sections) < _MIN_HEADINGS:
        return
    first = min(s.start_char for s in sections)
    page = _page_org(text, ents, first)
    if page is None:
        return
    listed = {person_id(name=item.name) for s in sections for item in s.items}
    _drop_sentence_readings(doc, sections, listed)
    for section in sections:
        sent = doc.char_span(section.start_char, section.end_char, alignment_mode="expand") or doc[:]
        for item in section.items:
            _read_item(doc, sent, section, item, page, ents)


# --- the page and its sections ---------------------------------------------------------------------

def _page_org(text: str, ents: list[Span], first_heading: int) -> dict[str, Any] | None:
    """The organisation the page's first line or sentence names: the first the gazetteer knows, else the
    first named with an organisation word."""
    line_end = text.find("\n", 0, first_heading)
    period = _SENTENCE_END.search(text, 0, first_heading)
    ends = [e for e in (line_end, period.start() if period else -1, first_heading) if e > 0]
    end = min(ends) if ends else first_heading
    # A funder is no page's employer: "NSF awarded ... Researchers: A (MIT), B (Harvard)" is no NSF roster.
    named = [e for e in ents if e.start_char < end and e.label_ != "FUNDER" and linkable_org(e, ents)]
    known = next((e for e in named if e._.kg), None)
    if known is not None:
        return org_entity(known)
    worded = next((e for e in named if any(t.lower_ in ORG_WORDS for t in e)), None)
    return org_entity(worded) if worded is not None else None


def _sections(text: str) -> list[_Section]:
    heads = list(_HEADING.finditer(text))
    heads = sorted(heads + list(_HEADING_LINE.finditer(text)), key=lambda m: m.start("head"))
    stops = sorted({m.start() for m in _ANY_HEADING.finditer(text)} | {m.start() for m in heads})
    sections = []
    for match in heads:
        head = " ".join(match.group("head").lower().split())
        head = head.removeprefix("current ")
        kind, role = _kind(head)
        body_start = match.end()
        limit = next((s for s in stops if s > match.start("head")), len(text))
        line_end = text.find("\n", body_start)
        if line_end == body_start or (line_end > 0 and not text[body_start:line_end].strip()):
            end = _block_end(text, line_end + 1, limit)  # "PhD students:" then one name a line
        elif line_end < 0 and not text[body_start:].strip():
            continue
        else:
            end = _list_end(text, body_start, min(limit, line_end if line_end >= 0 else len(text)))
        items = _items(text, body_start, end)
        sections.append(_Section(kind, role, match.start(), end, items))
    return sections


def _kind(head: str) -> tuple[str, str | None]:
    if head in _WORK_HEADINGS:
        return WORK, _WORK_HEADINGS[head]
    if head in _STUDY_HEADINGS:
        degree = student_degree(head.rstrip("s") if head.endswith("students") else head + " student")
        return STUDY, None if degree == "unknown" else degree
    return FORMER, head


def _block_end(text: str, start: int, limit: int) -> int:
    """The end of one-name-a-line items: the next heading, or the first line after a name that is no name."""
    at, named = start, False
    while at < limit:
        stop = text.find("\n", at, limit)
        stop = limit if stop < 0 else stop
        line = text[at:stop]
        if line.strip():
            if _item(text, at, stop) is None and named:
                return at
            named = True
        at = stop + 1
    return limit


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list written on one line ends: its first sentence end outside a bracket."""
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == "." and depth == 0 and _SENTENCE_END.match(text, i):
            return i
    return end


def _items(text: str, start: int, end: int) -> list[_Item]:
    items, depth, begin = [], 0, start
    bounds = []
    for i in range(start, end + 1):
        ch = text[i] if i < end else ","
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif depth == 0 and (ch in ",;\n" or text.startswith(" and ", i) or text.startswith(" & ", i)):
            bounds.append((begin, i))
            begin = i + (5 if text.startswith(" and ", i) else 3 if text.startswith(" & ", i) else 1)
    for lo, hi in bounds:
        item = _item(text, lo, hi)
        if item is not None:
            items.append(item)
    return items


def _item(text: str, lo: int, hi: int) -> _Item | None:
    raw = text[lo:hi]
    lead = len(raw) - len(raw.lstrip(" \t*•-"))
    body = raw[lead:].rstrip(" .")
    if not body:
        return None
    bracket: list[tuple[str, int]] = []
    open_at = body.find("(")
    name_part = body
    if open_at > 0:
        close = body.rfind(")")
        inner_start = lo + lead + open_at + 1
        inner = body[open_at + 1:close if close > open_at else len(body)]
        offset = 0
        for part in re.split(r"[,;]", inner):
            bracket.append((part.strip(), inner_start + offset + len(part) - len(part.lstrip())))
            offset += len(part) + 1
        name_part = body[:open_at]
    words = name_part.split()
    name = " ".join(words[title_length(words):]).rstrip(",")  # "Prof. Dr. Jane Roe" -> "Jane Roe"
    if not _looks_like_name(name):
        return None
    return _Item(name, lo + lead, hi, bracket)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(w.lower() in _NOT_NAMES for w in words):
        return False
    if not all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words):
        return False
    return sum(bool(re.match(r"^[A-Z][a-zà-ÿ]", w)) for w in words) >= 1 and words[-1].lower() not in _PARTICLES


# --- one listed person ----------------------------------------------------------------------------------

def _read_item(doc: Doc, sent: Span, section: _Section, item: _Item, page: dict[str, Any],
               ents: list[Span]) -> None:
    head = person_entity(item.name)
    role = section.role if section.kind == WORK else None
    start = end = None
    own: list[tuple[str, str | None, int | None, int | None]] = []  # what a former member's bracket says
    for part, at in item.bracket:
        if not part:
            continue
        if section.kind != FORMER and _names_an_org(ents, at, at + len(part)):
            return  # "Researchers: Bob Smith (MIT), ...": the bracket says where they are, not the page
        if (since := _SINCE.match(part)) is not None:
            start = int(since.group("start"))
        elif (now := _NOW.match(part)) is not None:
            elsewhere = _org_at(doc, ents, at + now.start("org"), at + now.end("org"), now.group("org"))
            if elsewhere is not None:
                add_relation(doc, type="WORKS_AT", head=head, tail=elsewhere, sentence=sent, confidence=0.7,
                             role=_role(now.group("role")))
        elif (span := _RANGE.match(part)) is not None:
            first, last = int(span.group("start")), span.group("end")
            last_year = int(last) if last.isdigit() else None
            what = span.group("what")
            if what:
                own.append((*_what(what), first, last_year))
            else:
                start, end = first, last_year
        elif (ended := _ENDED.match(part)) is not None:
            own.append((*_what(ended.group("what")), None, int(ended.group("end"))))
        elif section.kind == WORK and _rank(part):
            role = part.lower()  # "Dr. X (Reader)"
        elif re.fullmatch(_YEAR, part):
            end = int(part) if section.kind == FORMER else end
    if section.kind == FORMER:
        study = section.role is not None and "student" in section.role
        for kind, label, first, last in own:
            if kind == STUDY:
                add_relation(doc, type="STUDIED_AT", head=head, tail=page, sentence=sent, confidence=0.75,
                             start=first, end=last, degree=label)
            elif kind == WORK:
                add_relation(doc, type="WORKS_AT", head=head, tail=page, sentence=sent, confidence=0.75,
                             start=first, end=last, role=label)
        if not own and study and (start or end):  # "Former PhD students: X (2016-2020)"
            degree = student_degree(section.role.rstrip("s"))
            add_relation(doc, type="STUDIED_AT", head=head, tail=page, sentence=sent, confidence=0.7,
                         start=start, end=end, degree=None if degree == "unknown" else degree)
        return
    if section.kind == STUDY:
        add_relation(doc, type="STUDIED_AT", head=head, tail=page, sentence=sent, confidence=0.75,
                     start=start, end=end, degree=section.role)
    else:
        add_relation(doc, type="WORKS_AT", head=head, tail=page, sentence=sent, confidence=0.75,
                     start=start, end=end, role=role)


def _names_an_org(ents: list[Span], start: int, end: int) -> bool:
    return any(e.label_ in ("ORG", "FUNDER") and start <= e.start_char and e.end_char <= end for e in ents)


def _what(words: str) -> tuple[str | None, str | None]:
    """"PhD" -> a degree; "postdoc", "research fellow" -> a job; anything else -> nothing."""
    words = " ".join(words.split())
    if _DEGREES.match(words):
        degree = student_degree(words + " student")
        return STUDY, None if degree == "unknown" else degree
    if "student" in words.lower():
        degree = student_degree(words)
        return STUDY, None if degree == "unknown" else degree
    role = _role(words)
    if role is not None:
        return WORK, role
    return None, None


def _role(words: str | None) -> str | None:
    if not words:
        return None
    lower = " ".join(words.lower().split())
    if lower in _WORK_HEADINGS:
        return _WORK_HEADINGS[lower]
    last = lower.split()[-1]
    return lower if last in _RANKS or last.rstrip("s") in _ROLE_ENDS else None


_ROLE_ENDS = frozenset("""scientist researcher engineer professor lecturer fellow postdoc director manager head lead
    leader founder analyst developer consultant""".split())


def _rank(part: str) -> bool:
    words = part.lower().split()
    return 1 <= len(words) <= 3 and words[-1] in _RANKS | {"reader"} and all(w.isalpha() for w in words)


def _org_at(doc: Doc, ents: list[Span], lo: int, hi: int, written: str) -> dict[str, Any] | None:
    """The organisation "now at X" names: NER's mention there, else the words as written."""
    inside = [e for e in ents if lo <= e.start_char and e.end_char <= hi + 1 and linkable_org(e, ents)]
    if inside:
        return org_entity(inside[0])
    span = doc.char_span(lo, lo + len(written.strip().rstrip(".")), label="ORG", alignment_mode="contract")
    if span is None or not span.text[:1].isupper():
        return None
    return org_entity(span)


def _drop_sentence_readings(doc: Doc, sections: list[_Section], listed: set[str]) -> None:
    """The sentence rules read "Dr. K (PhD 2022, now at Apple)" as a job at Apple from 2022: for the people
    a roster lists, its reading of its lines replaces theirs."""
    spans = [doc.char_span(s.start_char, s.end_char, alignment_mode="expand") for s in sections]
    bounds = [(s.start, s.end) for s in spans if s is not None]
    kept = []
    for rel in doc._.kg_relations:
        where = rel.get(POSITION)
        if rel["type"] in ("WORKS_AT", "STUDIED_AT") and rel["head"] in listed and where is not None \
                and any(where[0] < hi and lo < where[1] for lo, hi in bounds):
            continue
        kept.append(rel)
    doc._.kg_relations[:] = kept
