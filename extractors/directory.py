"""A staff directory: a page headed by its institution, then blocks of a name line and the post under it.

"Faculty Directory — School of Computing, National University of Singapore⏎Dr. Tan Wei Ling⏎Associate Professor,
Department of Computer Science⏎PhD (MIT), BSc (NUS)". The post line names no institution, or only a unit of it:
the post is at the institution the page's first line names. The degree lines and the prose under a name are read
by the other rules, which take the name line for the person the block is about (`subjects.subject_after`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.institutions import is_unit, linkable_org
from extractors.names import title_length
from extractors.relations import add_relation, doc_text, org_entity, person_entity
from extractors.vocabulary import ROLE_NOUNS, TITLES

# The post at the start of its line, up to the first comma or bracket: "Associate Professor, Department of X",
# "Professor and Vice Dean (Research)".
_POST = re.compile(r"^\s*([^,(\n]{3,60}?)\s*(?:[,(]|$)")


def directory_posts(doc: Doc, people: dict[int, str], ents: list[Span]) -> None:
    """WORKS_AT, at the institution of the page's first line, for each person whose name line has a post under it."""
    text = doc_text(doc)
    first_end = text.find("\n")
    if first_end < 0:
        return
    heading = [e for e in ents if e.end_char <= first_end and linkable_org(e) and not is_unit(e)]
    if len(heading) != 1:
        return  # no institution, or several: whose post it is would be a guess
    institution = heading[0]
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for (start, line), (below_start, below) in zip(lines, lines[1:]):
        person = _name_line(start, line, people, ents)
        if person is None:
            continue
        post = _post_line(below_start, below, ents)
        if post is None:
            continue
        sentence = doc.char_span(below_start, below_start + len(below), alignment_mode="expand")
        if sentence is not None:
            add_relation(doc, type="WORKS_AT", head=person_entity(person), tail=org_entity(institution),
                         sentence=sentence, confidence=0.7, role=post)


def _name_line(start: int, line: str, people: dict[int, str], ents: list[Span]) -> str | None:
    """The person a line names and nothing else: "Dr. Tan Wei Ling", "Prof. Rajesh Kumar"."""
    end = start + len(line.rstrip())
    person = next((e for e in ents if e.label_ == "PERSON" and e.start in people and start <= e.start_char < end), None)
    if person is None or person.end_char < end:
        return None
    before = line[:person.start_char - start].split()
    if title_length(before + ["name"]) != len(before):
        return None  # "Welcome Dr. X", "Contact: X": more than titles before the name
    return people[person.start]


def _post_line(start: int, line: str, ents: list[Span]) -> str | None:
    """The post a verbless line opens with, when the line names no organisation but a unit of one."""
    end = start + len(line)
    inside = [e for e in ents if start <= e.start_char < end]
    if any(e.label_ == "PERSON" for e in inside) or any(linkable_org(e) and not is_unit(e) for e in inside):
        return None
    match = _POST.match(line)
    if match is None:
        return None
    post = match.group(1)
    words = [w.lower().strip(".") for w in post.split()]
    if not words or words[-1] not in ROLE_NOUNS and not any(w in ROLE_NOUNS for w in words[:1]) \
            or any(w in TITLES and w not in ROLE_NOUNS for w in words[:1]):
        return None
    return post
