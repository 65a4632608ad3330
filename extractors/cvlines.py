"""CV lines: verbless lines and bullets that list a stint or a degree, bound to the page's person.

Homepages and CVs list careers without sentences: "2018 - 2020: Research Scientist, Google Brain",
"Ph.D. in Computer Science, Stanford University, 2012", "09/2015 – 01/2021, Ph.D., X", or a bullet
with the role and sub-bullets with the organisation and an advisor. One entry is made of consecutive
lines (a new role, or a new organisation after a complete entry, starts the next one) and holds dates,
a role or a degree, and organisations, in any order. The section heading above it ("Education",
"Work experience", "Appointments") says whether it is study or work; where no heading says so the
role or degree words do. Sections of awards, talks, teaching and service, and lines that name a
prize, a talk, a course or a committee seat, give nothing: they are no job and no school.

Lines are read with regexes over the already-parsed doc (no extra spaCy pass); a line with a
finite verb is prose, which the sentence rules read instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extractors.gazetteer import entity_info
from extractors.institutions import is_unit, linkable_org
from extractors.narrator import title_name
from extractors.relations import (
    add_relation,
    clean_name,
    doc_text,
    org_entity,
    person_entity,
)
from extractors.resolver import OrgResolver
from extractors.cvwords import (
    ASIDE,
    OTHER,
    SEGMENTS,
    STUDY,
    WORK,
    degree_alone,
    degree_entity,
    degree_word_at,
    institution_like,
    line_years,
    names_degree,
    role_entity,
    role_of_line,
    unnamed_institutions,
    words,
)
from extractors.syntax import degree_in, degree_label
from extractors.vocabulary import COMPANY_NAME_WORDS, INSTITUTION_WORDS, ORG_WORDS, UNIT_WORDS
from extractors.years import DATE, DATE_POINT, DATE_RANGE, YEAR


# Heading words, checked in this order: "Teaching experience" is teaching, "PhD students" are others'.
_HEADING_KINDS = (
    (OTHER, "award awards honor honors honour honours prize prizes talk talks presentations teaching service "
            "services publications publication news skills reviewer reviewing committee committees organizers "
            "supervision co-supervision mentoring students grants funding projects patents activities contact "
            "interests hobbies courses membership memberships leadership advisors advisor relations conflicts "
            "coauthors co-authors collaborators expertise references referees investments investors portfolio "
            "boards advisory"),
    (STUDY, "education educations educational schooling degrees"),
    (WORK, "experience experiences employment appointments appointment positions position career work working "
           "internships internship jobs industry professional"),
)
_HEADING_WORD = {word: kind for kind, listed in _HEADING_KINDS for word in listed.split()}
_MARKUP = re.compile(r"^[\s#*=_>|-]+|[\s#*=_:：|-]+$")
BULLETS = "*+•·–—-"  # what opens a list item, as CVs and press pages write it
_BULLET = re.compile(rf"^\s*(?:[{BULLETS}]|\d{{1,2}}[.)])\s+")
_RULE = re.compile(r"^[\s=_*#-]*$")  # "=====", "------": a heading's underline

_OPENS_WITH_DATE = re.compile(rf"^\s*(?:[{BULLETS}]\s+)?(?:(?:since|from)\s+)?{DATE}", re.I)

# Words that make a line something other than a job or a school: a prize, a talk, a course, a seat.
_NOT_CAREER = frozenset(
    """award awards awarded prize prizes medal scholarship scholarships fellowship fellowships grant grants
    honor honors honour honours winner winners runner-up runner recipient finalist nominee best
    talk talks keynote seminar seminars colloquium tutorial tutorials presentation invited speaker
    course courses teaching ta reviewer reviewers reviewing referee committee committees pc organizer organizers
    organiser organisers co-organizer chair co-chair chairs editor editors editorial session track member
    membership volunteer judge panelist paper papers""".split()
)
# A degree another body granted, in brackets on a job's line: "(PhD awarded by the University of X)".
_DEGREE_AWARDED = re.compile(r"\((?P<degree>[^()]{2,30}?)\s+(?:awarded|conferred|granted)\s+by\s+[^()]+\)", re.I)
_SHORT_STAY = re.compile(r"\b(?:visit(?:ing|or)?|intern(?:ship)?)\b", re.I)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MAX_TOKENS = 40
_HEADING_CHARS = 80  # a contact line under a CV's name is no longer


@dataclass
class _Entry:
    """What consecutive CV lines say about one stint or one degree."""

    start_char: int
    end_char: int = 0
    years: tuple[int | None, int | None, bool] | None = None  # first, last, a range (not a lone year)
    kind: str | None = None  # STUDY or WORK from the role words
    role: str | None = None
    orgs: list[Span] = field(default_factory=list)


def read_cv_lines(doc: Doc, person: str | None, ents: list[Span]) -> None:
    """Add STUDIED_AT / WORKS_AT for `person` from the doc's CV lines; nothing when no one is known."""
    text = doc_text(doc)
    person = person or cv_owner(text)
    if not person:
        return
    starts = [ent.start_char for ent in ents]
    section: str | None = None
    interns = False
    entry: _Entry | None = None
    offset = 0
    lines = text.split("\n")
    for number, whole in enumerate(lines):
        line_begin, offset = offset, offset + len(whole) + 1
        stripped = whole.strip()
        if not stripped or _RULE.match(stripped):
            flush(doc, entry, section, person)
            entry = None
            continue
        heading = _heading(whole)
        if heading is not None:
            flush(doc, entry, section, person)
            entry = None
            section = heading
            interns = section == WORK and bool(re.search(r"\bintern", whole, re.I))  # "Internships"
            continue
        labelled, items = labelled_items(whole)
        if labelled:
            # "Education: B.Tech (IIT Bombay, 2007), M.S. (Georgia Tech, 2009)": each item its own entry; the entry
            # above ends under its own section
            flush(doc, entry, section, person)
            entry = None
            for at, item in items:
                found = read_line(doc, text, item, line_begin + at, labelled, person, ents, starts, interns=interns)
                flush(doc, found, labelled, person)
            continue
        listed = _listed(lines, number, section) or _under_name(lines, number, person)
        entry = read_line(doc, text, whole, line_begin, section, person, ents, starts, entry=entry, interns=interns,
                          listed=listed)
    flush(doc, entry, section, person)


def read_line(doc: Doc, text: str, line: str, begin: int, section: str | None, person: str, ents: list[Span],
              starts: list[int], *, entry: _Entry | None = None, interns: bool = False, listed: bool = True
              ) -> _Entry | None:
    """The entry `line` adds to or begins; None when the line ends the entry before it without one of its own."""
    body = _BULLET.sub("", line)
    if ASIDE.match(body.strip()):
        return entry  # "Advisor: Prof. X" belongs to the entry above, and names no place of its own
    in_line = [_after_degree(e) for e in ents[bisect_left(starts, begin):bisect_left(starts, begin + len(line))]
               if e.start_char + len(e.text.rstrip()) <= begin + len(line)]  # NER keeps a trailing "\n"
    # "Doctoral researcher, MPI-IS (PhD awarded by the University of Tübingen)": a job, and a degree from another
    awarded = _DEGREE_AWARDED.search(line)
    if awarded is not None and not names_degree(awarded.group("degree")):
        awarded = None  # "(fellowship granted by the Research Council of Norway)": no degree
    cut = (begin + awarded.start(), begin + awarded.end()) if awarded else (begin + len(line),) * 2
    parts = [(a, b) for a, b in ((begin, cut[0]), (cut[1], begin + len(line))) if b > a]
    if section == OTHER or not listed or not all(_verbless(doc, a, b) for a, b in parts) \
            or _not_career(body.replace(awarded.group(), " ") if awarded else body, in_line) \
            or _someone_elses(text, begin, in_line, person):
        flush(doc, entry, section, person)
        return None
    years = line_years(body)
    if awarded is not None:
        granting = [e for e in in_line if cut[0] <= e.start_char < cut[1] and linkable_org(e)]
        flush(doc, _Entry(begin, begin + len(line), years, STUDY, awarded.group("degree"), granting), STUDY, person)
        in_line = [e for e in in_line if e not in granting]
        body = body.replace(awarded.group(), " ")
    kind, role = role_of_line(body, in_line)
    if awarded is not None:
        kind = WORK  # the degree is the university's; the line's post is a job at the institute
    orgs = [e for e in in_line if linkable_org(e) and not _aside(text, begin, e) and not _field(text, begin, e)
            and not degree_entity(e) and not role_entity(e)]
    orgs += unnamed_institutions(doc, line, begin, in_line)
    if entry is not None and ((kind and entry.kind) or (orgs and entry.orgs and (entry.kind or section))
                              or (years and entry.years and entry.orgs)):
        flush(doc, entry, section, person)  # the next stint begins
        entry = None
    if not (years or kind or orgs):
        return entry
    entry = entry or _Entry(begin, role="intern" if interns else None)
    entry.end_char = begin + len(line)
    entry.years = entry.years or years
    if kind:
        entry.kind, entry.role = kind, role or entry.role
    entry.orgs += orgs
    return entry


# "Education: ...", "Experience: ...", "Previously: ...": a label heading the items on its own line.
_LABEL = re.compile(rf"^\s*(?:(?:[{BULLETS}]|\d{{1,2}}[.)])\s+)?([A-Za-z][A-Za-z &/]{{2,30}}?)\s*[:：]\s+(?=\S)")
# Where one item of a labelled line ends: "B.Tech (IIT Bombay, 2007), M.S. (...)", "A, X (2014-2017); B, Y".
_ITEM_END = re.compile(r"(?<=\))\s*[,;]\s+|\s*;\s+")


def labelled_items(line: str) -> tuple[str | None, list[tuple[int, str]]]:
    """STUDY or WORK and the items (offset, text) of a line a study or work label heads; else (None, the whole
    line). "Previously:" labels jobs (as a heading word it would make "As previously announced" a section)."""
    match = _LABEL.match(line)
    label = match.group(1) if match is not None else ""
    kind = WORK if label.lower() == "previously" else _heading(label) if label else None
    if match is None or kind not in (STUDY, WORK):
        return None, [(0, line)]
    items, at = [], match.end()
    for end in _ITEM_END.finditer(line, at):
        items.append((at, line[at:end.start()]))
        at = end.end()
    items.append((at, line[at:]))
    return kind, [part for at, item in items if item.strip() for part in _degree_by_degree(at, item)]


def _degree_by_degree(at: int, item: str) -> list[tuple[int, str]]:
    """"BSc, University of Oslo, 2010, MSc, University of Bergen, 2012": a new degree after a comma starts the
    next item."""
    cuts = [m.start() for m in re.finditer(r",\s+", item)
            if (following := words(item[m.end():m.end() + 12])) and degree_alone(following[0])
            and any(degree_alone(w) for w in words(item[:m.start()]))]
    bounds = [0, *(c for c in cuts if c > 0)]
    parts = []
    for lo, hi in zip(bounds, [*bounds[1:], len(item)]):
        piece = item[lo:hi]
        skip = len(piece) - len(piece.lstrip(", "))
        parts.append((at + lo + skip, piece[skip:]))
    return parts


def _under_name(lines: list[str], number: int, person: str) -> bool:
    """The line right below a page's name line: a profile's post ("Dr. Jane Doe" above "Associate Professor,
    Department of X, University of Y"). Not a headline ("Engineer at X | ex-Y | Z alum"): the sentence rules
    read that."""
    if number != 1 or re.search(r"\s(?:at|@)\s|\|", lines[1]):
        return False
    return title_name(_MARKUP.sub("", lines[0])) == person


_CONTACT_LINES = 3  # "Bengaluru, India | jane@example.com", "Pronouns: she/her", "Emails: ****@ed.ac.uk"
# What a contact line has and a headline's next line ("Posted by the press office") has not: an address, a site or
# a number (a bare ":" or "|" would let "Apply: ..." through).
_CONTACT = re.compile(r"\S@\S|https?://|www\.|\+?\d[\d\s().-]{6,}\d|\.(?:com|org|edu|ai|io|net)\b")
# Words a firm's page or a job advert opens with, and no person's name has.
_NO_OWNER = ORG_WORDS | COMPANY_NAME_WORDS | frozenset(
    "hiring open positions careers jobs now join apply team robotics analytics technologies systems solutions software "
    "ventures capital dynamics intelligence networks".split())


def cv_owner(text: str) -> str | None:
    """The name a CV page opens with when NER did not tag it ("Pavel Routledge" read as a publisher,
    "PRIYANKA CHAKRABORTY-LEE" in capitals): a first line shaped like a bare name, above a study or work heading
    ("Positions", "EXPERIENCE", "Career & Education History") with at most a few short contact lines between."""
    lines = [line for line in text.split("\n", 8)[:8] if line.strip() and not _RULE.match(line.strip())]
    heading = next((n for n, line in enumerate(lines[1:_CONTACT_LINES + 2], 1) if _heading(line) in (STUDY, WORK)),
                   None)
    between = lines[1:heading]
    if heading is None or any(len(line) > _HEADING_CHARS for line in between) or between and not any(
            _CONTACT.search(line) for line in between):
        return None
    first = _MARKUP.sub("", lines[0]).strip()
    name = title_name(first.title() if first.isupper() else first)
    if name is None or any(word.lower() in _NO_OWNER for word in name.split()):
        return None  # "ACME ROBOTICS", "OPEN POSITIONS", "Hiring Now": a firm's page or a job advert
    return name


def _after_degree(ent: Span) -> Span:
    """NER reads "Ph.D., University of Toronto" or "Computer Science, University of Rostock" (after "B.Sc. in") as
    one organisation, or "Ph.D. in Chemistry, University of Warsaw" as a title: the degree or field before the
    first comma is the line's degree (left in the text for `role_of_line`), the rest the organisation, resolved on its
    own. So is a unit before its institution ("Department of Computer Science, University of Copenhagen"). A rest
    after a unit or in a title must read as an institution."""
    if ent.label_ not in ("ORG", "WORK_OF_ART"):
        return ent
    comma = next((t for t in ent if t.text == ","), None)
    if comma is None or comma.i + 1 >= ent.end:
        return ent
    lead = words(ent.doc[ent.start:comma.i].text)
    degree = bool(lead) and degree_word_at(lead[0], 0, lead)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None  # "B.Sc. in Computer Science, X", "BSc Computer ..."
    field = before is not None and (before.lower_ in ("in", "of") or degree_alone(before.lower_.strip(".")))
    if not degree and not field and not (ent.label_ == "ORG" and is_unit(ent.doc[ent.start:comma.i])):
        return ent
    rest = Span(ent.doc, comma.i + 1, ent.end, label="ORG")
    found = OrgResolver.default().resolve(clean_name(rest.text))
    entry = OrgResolver.default().get(found.id) if found is not None and found.resolved else None
    if (ent.label_ != "ORG" or not degree) and entry is None and not institution_like(rest.text.split()):
        return ent
    rest._.kg = entity_info(entry) if entry is not None else ent._.kg  # the linker may have read past the degree
    return rest


def flush(doc: Doc, entry: _Entry | None, section: str | None, person: str) -> None:
    """Emit the entry's relations."""
    if entry is None or not entry.orgs:
        return
    kind = entry.kind or section
    if kind not in (STUDY, WORK):
        return
    rel = "STUDIED_AT" if kind == STUDY else "WORKS_AT"
    start = end = None
    if entry.years:
        first, last, spans = entry.years
        if spans:
            start, end = first, last
        elif kind == STUDY:
            end = first  # "Ph.D., X, 2012": the year of the degree
        else:
            start = first
            if entry.role and _SHORT_STAY.search(entry.role):
                end = first  # "Visiting Researcher, X, 2021": a visit within its year
    evidence = doc.char_span(entry.start_char, entry.end_char, alignment_mode="expand")
    if evidence is None:
        return
    degree = degree_label(degree_in(entry.role)) if kind == STUDY and entry.role else None
    for org in employers(entry.orgs):
        add_relation(doc, type=rel, head=person_entity(person), tail=org_entity(org), sentence=evidence,
                     confidence=0.8, start=start, end=end, degree=degree,
                     role=entry.role if kind == WORK else None)


def employers(orgs: list[Span]) -> list[Span]:
    """The institutions of an entry, not its units: "ECE, National University of Singapore" is NUS."""
    seen: dict[str, Span] = {}
    for org in orgs:
        seen.setdefault(org.text, org)
    named = [o for o in seen.values() if not is_unit(o) and (
        o._.kg or any(t.lower_ in INSTITUTION_WORDS for t in o))]
    if named:
        return named
    named = [o for o in seen.values() if not is_unit(o) and any(
        t.lower_ in ORG_WORDS and t.lower_ not in UNIT_WORDS for t in o)]
    if named:
        return named
    whole = [o for o in seen.values() if not is_unit(o)]
    return whole[:1] or list(seen.values())[-1:]


def _heading(line: str) -> str | None:
    """STUDY, WORK or OTHER for a section heading, None for any other line. A heading is short, has
    no year and is no bullet."""
    if _BULLET.match(line) or re.search(YEAR, line):
        return None
    core = _MARKUP.sub("", line).strip()
    said = [w.lower().strip(".'’") for w in re.split(r"[\s/&,]+", core) if w]
    if not said or len(said) > 5 or core.endswith("."):
        return None
    for word in said:
        kind = _HEADING_WORD.get(word)
        if kind is not None:
            return kind
    return None


def _listed(lines: list[str], number: int, section: str | None) -> bool:
    """The line is an item of a list, not a line of wrapped prose: a bullet, a line that opens with a
    date, a line under a study or work heading, a line that is its own paragraph, or the next line of
    an item that ends with a comma ("Assistant Professor," above "University of X")."""
    line = lines[number]
    if _BULLET.match(line) or _OPENS_WITH_DATE.match(line) or section in (STUDY, WORK):
        return True
    before = lines[number - 1].strip() if number else ""
    after = lines[number + 1].strip() if number + 1 < len(lines) else ""
    if before.endswith(",") and len(before.split()) <= 8 and len(line.split()) <= 12:
        return True
    alone_before = not before or bool(_RULE.match(before)) or _heading(before) is not None
    alone_after = not after or bool(_RULE.match(after))
    return alone_before and (alone_after or line.rstrip().endswith(","))


def _verbless(doc: Doc, begin: int, end: int) -> bool:
    """No finite verb outside names, and short: a CV line, not a sentence."""
    span = doc.char_span(begin, end, alignment_mode="expand") if end > begin else None
    if span is None or len(span) > _MAX_TOKENS:
        return False
    return not any(t.tag_ in _FINITE and not t.ent_type_ and (t.text[:1].islower() or t.text[:1] in "'’")
                   for t in span)  # "I'm" is a sentence too


def _someone_elses(text: str, begin: int, ents: list[Span], person: str) -> bool:
    """The line opens with another person's name ("- John Smith, Research Scientist, Google"): an item
    of a list of people (a news story's hires, a lab's members), about them, not the page's person."""
    if not ents or ents[0].label_ != "PERSON":
        return False
    lead = DATE_POINT.sub("", DATE_RANGE.sub("", _BULLET.sub("", text[begin:ents[0].start_char])))
    if any(c.isalpha() for c in lead):
        return False  # "Advisor: John Smith", "Worked with John Smith": the line is not headed by them
    return not set(ents[0].text.split()) <= set(person.split())


def _not_career(body: str, ents: list[Span]) -> bool:
    outside = body
    for ent in ents:  # "Best Paper Award, X" is a prize; "Award Committee University" a name
        if ent._.kg:
            outside = outside.replace(ent.text, " ")
    return bool(set(words(outside)) & _NOT_CAREER)


def _field(text: str, begin: int, ent: Span) -> bool:
    """"M.S. in Computer Science": NER took the field for an organisation."""
    return not ent._.kg and not any(t.lower_ in ORG_WORDS for t in ent) and bool(
        re.search(r"\b(?:in|of)\s*$", text[begin:ent.start_char], re.I))


def _aside(text: str, begin: int, ent: Span) -> bool:
    """The organisation follows "Advisor:" on the same line: the advisor's, named in passing."""
    before = text[begin:ent.start_char]
    segment = SEGMENTS.split(before)
    last = [s for s in segment if s.strip()]
    return bool(last) and bool(ASIDE.match(last[-1].strip()))
