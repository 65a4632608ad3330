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
from extractors.narrator import title_name
from extractors.relations import add_relation, doc_text, org_entity, person_entity

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
