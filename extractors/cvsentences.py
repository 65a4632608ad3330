"""A bio's verbless sentences that list a degree or a labelled run of posts like a CV line.

Team pages and profiles mix prose and CV fragments: "X, Staff Research Engineer. Previously a staff engineer at
Stripe. BSc Computer Science, University of Ibadan." or, under a person's bullet, "– PhD, Université de Montréal
(2022)". Such a sentence has no subject; it is about the person the text was last about (`carried` in
`extractors/careers.py`), but only when that person is named in its paragraph, or, for an indented item, on the
item it hangs under: a list whose next name NER missed must not hand that person's degrees to the one before.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from extractors.cvlayout import BULLETS, degree_by_degree, labelled_items
from extractors.cvlines import flush, read_line
from extractors.cvwords import AMBIGUOUS_DEGREES, STUDY, degree_alone, words
from extractors.relations import doc_text
from extractors.vocabulary import INSTITUTION_WORDS

_BULLETS_ONLY = re.compile(rf"[\s{BULLETS}]*")
# What follows a degree word when the sentence is about a programme or a post, not a degree held.
_NOT_HELD = frozenset("position positions programme programmes program programs scholarship scholarships "
                      "studentship studentships opening openings vacancy vacancies student students".split())


def read_cv_sentence(doc: Doc, sent: Span, person: str | None, ents: list[Span], starts: list[int], *,
                     page_person: bool = False) -> None:
    """The degree (or the labelled posts) a verbless sentence lists, for `person`; `starts` are the entities'
    start characters. On a page about one person (`page_person`: its heading or title names them) the person
    need not be named nearby."""
    if person is None or any(e.label_ == "PERSON" for e in ents[bisect_left(starts, sent.start_char):
                                                                 bisect_left(starts, sent.end_char)]):
        return
    line = sent.text.rstrip()
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    whole_line = _BULLETS_ONLY.fullmatch(text[line_start:sent.start_char]) is not None \
        and text[sent.start_char + len(line):][:1] in ("", "\n")
    if "\n" in line or not (line.endswith(".") or whole_line) or not (page_person or _owner_near(text, line_start,
                                                                                                 person)):
        return
    labelled, items = labelled_items(line.removesuffix("."))  # "Education: M.S., X, 2013; B.Tech, Y, 2011."
    if not labelled:  # a directory's "PhD (MIT), BSc (NUS)": a degree after a comma starts the next item
        items = [part for at, item in items for part in degree_by_degree(at, item)]
    for at, item in items:
        entry = read_line(doc, text, item, sent.start_char + at, labelled, person, ents, starts)
        # unlabelled, only a degree written first, at one place: a post's sentence ("Previously a staff engineer at
        # X") is prose
        said = words(item)
        # "MS, Stanford University.": an ambiguous degree word is a degree when a comma and the school follow it
        first = bool(said) and (degree_alone(said[0]) or said[0] in AMBIGUOUS_DEGREES and re.match(
            rf"\s*{re.escape(said[0])}\s*,", item, re.I) is not None)
        if first and not degree_alone(said[0]) and entry is not None and not any(
                t.lower_ in INSTITUTION_WORDS for o in entry.orgs for t in o):
            first = False  # "MS, Mayo Clinic.": only a school makes the ambiguous word a degree
        if entry is not None and (labelled or entry.kind == STUDY and len(entry.orgs) == 1 and first
                                  and not (len(said) > 1 and said[1] in _NOT_HELD)):
            flush(doc, entry, labelled, person)


def _owner_near(text: str, line_start: int, person: str) -> bool:
    """`person`'s family name is in the sentence's paragraph before it, or, when its line is an indented item, on
    the nearest line above that is less indented (the item it hangs under)."""
    surname = person.split()[-1]
    end = text.find("\n", line_start)
    line = text[line_start:end if end >= 0 else len(text)]
    indent = len(line) - len(line.lstrip())
    if indent:
        at = line_start
        while at > 0:
            above_start = text.rfind("\n", 0, at - 1) + 1
            above = text[above_start:at - 1]
            if above.strip() and len(above) - len(above.lstrip()) < indent:
                return surname in above
            at = above_start
        return False
    paragraph = text.rfind("\n\n", 0, line_start)
    return surname in text[paragraph + 1 if paragraph >= 0 else 0:line_start + len(line)]
