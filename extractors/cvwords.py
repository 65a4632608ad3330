"""The words of one CV line: whether it names a degree or a job, which phrase is the role, which years it gives.

Shared by the CV-line reader (`extractors/cvlines.py`) and the reader of a bio's verbless degree sentences
(`extractors/cvsentences.py`). Regexes over the line's text; the entities come from the parsed doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.institutions import is_unit, linkable_org
from extractors.schooling import schooling_word
from extractors.vocabulary import INSTITUTION_WORDS, ORG_WORDS, ROLE_NOUNS, UNIT_WORDS, degree_word
from extractors.years import DATE_POINT, DATE_RANGE, OPEN_END, span_years

STUDY, WORK, OTHER = "study", "work", "other"

# "B.E.", "M.E." (dots stripped at the ends by `words`): engineering degrees, but "be", "me" are words.
_DOTTED_DEGREES = frozenset({"b.e", "m.e"})
_JOB_WORDS = (ROLE_NOUNS | {"internship", "assistant", "sde", "swe", "research"}) - {"member", "chair", "editor",
                                                                                  "judge"}
# Degree words that are also ordinary words or initials: a degree only where the line says so ("MS, Stanford").
AMBIGUOUS_DEGREES = frozenset({"ma", "ms", "ba", "bs", "md", "be"})
SEGMENTS = re.compile(r"\s*(?:[,;|:：，()·•]|\s[-–—]\s|\s{2,})\s*")
_WORD = re.compile(r"[\w.'’-]+")
_STILL = re.compile(rf"\b(?:up to now|to date|{OPEN_END})\b", re.I)
# A lone year after these is when a stay began, still open: "Visiting Professor, X, since 2019".
_SINCE = re.compile(r"\b(?:since|from)\s+(?:\S+\s+)?(?:19|20)\d\d\b", re.I)
# Sub-lines that name someone else at the organisation: "Advisor: Prof. X", "Mentor: Dr. Y".
ASIDE = re.compile(r"^(?:advisors?|advised by|mentors?|supervisors?|supervised by|hosts?|hosted by|directors?|"
                    r"directer|topics?|duties|thesis|dissertation|project|focus|research topic|collaborators?)\b",
                    re.I)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:\S+\s+)?(?:19|20)\d\d\b", re.I)
_NAME_GLUE = frozenset({"of", "and", "for", "at", "the", "de", "in", "&"})


def words(text: str) -> list[str]:
    return [w.lower().strip(".'’") for w in _WORD.findall(text)]


def degree_word_at(word: str, k: int, line_words: list[str]) -> bool:
    """A degree or student word at position `k` of the line's words; "MA", "MS", "BA", "BS" undotted only before
    "in"/"of"/"degree" (else a state, a title or initials: "Boston, MA")."""
    if not schooling_word(word) and word not in _DOTTED_DEGREES:
        return False
    if word in AMBIGUOUS_DEGREES:
        return k + 1 < len(line_words) and line_words[k + 1] in ("in", "of", "degree")
    return True


def names_degree(text: str) -> bool:
    """Any degree or student word in the text."""
    said = words(text)
    return any(degree_word_at(w, k, said) for k, w in enumerate(said))


def degree_alone(word: str) -> bool:
    """A degree word with nothing after it to tell an ambiguous one ("MS") from initials: only unambiguous ones."""
    return degree_word_at(word, 0, [word])


def role_of_line(body: str, ents: list[Span]) -> tuple[str | None, str | None]:
    """(STUDY or WORK, the role or degree phrase) from the segment that holds a role or degree word."""
    cleaned = DATE_RANGE.sub(" , ", body)
    for ent in ents:
        if linkable_org(ent) and not degree_entity(ent):
            # not "Postdoctoral Researcher", "Ph.D. of X": NER's organisations made of a role
            cleaned = cleaned.replace(ent.text.strip(), " , ")
    for number, segment in enumerate(SEGMENTS.split(cleaned)):
        segment = DATE_POINT.sub("", segment).strip(" *")
        line_words = words(segment)
        if number == 0 and len(line_words) == 1 and line_words[0] in AMBIGUOUS_DEGREES or any(
                degree_word_at(w, k, line_words) for k, w in enumerate(line_words)):
            return STUDY, segment  # "BA, Harvard University, 2012": a line opening with the degree alone
        if set(line_words) & _JOB_WORDS:
            role = re.split(r"\s+(?:in|of|at|for|on)\b", segment, maxsplit=1)[0].strip(" *")
            return WORK, role or None
    return None, None


def role_entity(ent: Span) -> bool:
    """NER's organisation "Software Engineer" in "Software Engineer, Infosys (2013-2016)": a job title."""
    return not ent._.kg and ent[-1].lower_ in ROLE_NOUNS and not any(t.lower_ in ORG_WORDS for t in ent)


def degree_entity(ent: Span) -> bool:
    """NER's organisation "BA" in "BA, Harvard University, 2012", or "Philosophy - PhD" in a profile's "Doctor of
    Philosophy - PhD": a degree."""
    words = [t for t in ent if not t.is_punct]
    return bool(words) and len(words) <= 3 and degree_word(words[-1].lower_) and (
        len(words) == 1 or not any(t.lower_ in INSTITUTION_WORDS for t in words))


def line_years(body: str) -> tuple[int | None, int | None, bool] | None:
    """(first, last, a range or a stay told open or closed) of the line's dates; a lone year is (year, None,
    False)."""
    for match in DATE_RANGE.finditer(body):
        years = span_years(match, unended=True)
        if years is not None:
            return years[0], years[1], True
    match = DATE_POINT.search(body)
    if match:
        year = int(match.group(1))
        if _UNTIL.search(body):
            return None, year, True  # "until 2019  Research Assistant, X": when the stay ended
        return (year, None, True) if _STILL.search(body) or _SINCE.search(body) else (year, None, False)
    return None


def institution_like(line_words: list[str]) -> bool:
    """Capitalised words with "University", "Institute", "Laboratory" ...: "Halden University"."""
    return any(w.lower() in INSTITUTION_WORDS or w.lower() in ORG_WORDS and w.lower() not in UNIT_WORDS
               for w in line_words) and all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in line_words)


def unnamed_institutions(doc: Doc, line: str, begin: int, ents: list[Span]) -> list[Span]:
    """Segments NER left untagged that read as an institution: capitalised words with "University",
    "Institute", "Laboratory" ... ("Halden University" on a line of its own)."""
    found = []
    for match in re.finditer(r"[^,;|:：，()\n]+", line):
        segment = match.group().strip(" *-–—\t")
        parts = segment.split()
        if not parts or len(parts) > 10 or ASIDE.match(segment):
            continue
        if not institution_like(parts):
            continue
        start = begin + match.start() + match.group().find(segment)
        if any(e.start_char < start + len(segment) and start < e.end_char for e in ents):
            continue
        span = doc.char_span(start, start + len(segment), label="ORG")
        if span is not None and not is_unit(span):
            found.append(span)
    return found
