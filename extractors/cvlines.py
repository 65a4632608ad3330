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
finite verb is prose, which the sentence rules read instead. What the page's layout says (headings,
list items, labelled lines, whose page it is) is read in `extractors/cvlayout.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extractors.cvlayout import (
    BULLET,
    RULE,
    cv_owner,
    heading_kind,
    is_list_item,
    labelled_items,
    under_name,
)
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
from extractors.gazetteer import entity_info
from extractors.institutions import is_unit, linkable_org
from extractors.relations import (
    add_relation,
    clean_name,
    doc_text,
    org_entity,
    person_entity,
)
from extractors.resolver import OrgResolver
from extractors.syntax import degree_in, degree_label
from extractors.vocabulary import INSTITUTION_WORDS, ORG_WORDS, UNIT_WORDS
from extractors.years import DATE_POINT, DATE_RANGE

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
        whole = _PROFILE_TAIL.sub("", whole)  # "Microsoft · Internship" is no "Internships" heading; only tails go
        stripped = whole.strip()
        if not stripped or RULE.match(stripped):
            flush(doc, entry, section, person)
            entry = None
            continue
        heading = heading_kind(whole)
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
        listed = is_list_item(lines, number, section) or under_name(lines, number, person)
        entry = read_line(doc, text, whole, line_begin, section, person, ents, starts, entry=entry, interns=interns,
                          listed=listed)
    flush(doc, entry, section, person)


# What a professional profile adds after "·" to an employer or a span of dates ("Microsoft · Internship",
# "Jun 2017 - Aug 2017 · 3 mos"): the kind of contract and the length, neither a post nor an organisation.
_PROFILE_TAIL = re.compile(
    r"\s*·\s*(?:full-time|part-time|internship|self-employed|freelance|contract|apprenticeship|seasonal|permanent|"
    r"temporary|on-site|remote|hybrid|(?:\d+\s*(?:yrs?|years?|mos?|months?)\s*)+)(?=\s*(?:·|$))", re.I)


def read_line(doc: Doc, text: str, line: str, begin: int, section: str | None, person: str, ents: list[Span],
              starts: list[int], *, entry: _Entry | None = None, interns: bool = False, listed: bool = True
              ) -> _Entry | None:
    """The entry `line` adds to or begins; None when the line ends the entry before it without one of its own."""
    body = BULLET.sub("", line)
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
    # "Associate Professor (School of Computer Science)⏎Peking University: Beijing, CN": an entry that named only a
    # unit goes on with the institution on the next line
    parent = bool(orgs) and entry is not None and bool(entry.orgs) and all(is_unit(o) for o in entry.orgs) \
        and not kind and not years and not any(is_unit(o) for o in orgs) \
        and any(any(t.lower_ in INSTITUTION_WORDS for t in o) for o in orgs)  # a university, not "Meta": its parent
    if entry is not None and not parent and ((kind and entry.kind) or (orgs and entry.orgs and (entry.kind or section))
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
    lead = DATE_POINT.sub("", DATE_RANGE.sub("", BULLET.sub("", text[begin:ents[0].start_char])))
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
