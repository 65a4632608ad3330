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
from extractors.narrator import title_name
from extractors.relations import add_relation, doc_text, org_entity, person_entity, text_lines
from extractors.vocabulary import HONORIFICS, ROLE_NOUNS

# What a staff list's heading calls itself.
_DIRECTORY_WORDS = re.compile(r"\b(?:directory|faculty|staff|people|our team|members|researchers)\b", re.I)
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
    if len(heading) != 1 or not _DIRECTORY_WORDS.search(text[:first_end]):
        return  # no institution, several, or a heading that is no staff list's ("Lecture Series at MIT", "Alumni")
    institution = heading[0]
    lines = text_lines(doc)
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


def _post_line(start: int, line: str, ents: list[Span], *, own_words: bool = False) -> str | None:
    """The post a verbless line opens with, when the line (or, `own_words`, the post's own words) names no
    organisation but a unit of one."""
    match = _POST.match(line)
    if match is None:
        return None
    post = match.group(1)
    end = start + (match.end(1) if own_words else len(line))
    inside = [e for e in ents if start <= e.start_char < end]
    if any(e.label_ == "PERSON" for e in inside) or any(linkable_org(e) and not is_unit(e) for e in inside):
        return None
    words = [w.lower().strip(".") for w in post.split()]
    if not words or words[-1] not in ROLE_NOUNS and words[0] not in ROLE_NOUNS or words[0] in HONORIFICS:
        return None  # "Assistant Professor", "Professor and Vice Dean"; not "Dr. Jane Doe"
    return post


# A welcome list's entry: "• Amara Nwachukwu-Reid, Assistant Professor. PhD, MIT (2023); ..."
_ENTRY = re.compile(r"^[ \t]*[•*·-][ \t]+")


def welcomed_posts(doc: Doc, host: Span, people: dict[int, str], ents: list[Span]) -> None:
    """WORKS_AT at the host for each bulleted entry of a welcome or an announcement ("X is delighted to welcome
    five colleagues: • A, Assistant Professor. ..."): the post after the name, up to the entry's first full stop,
    starting in the year of writing when the text is dated. A post line naming another organisation is left to the
    other rules."""
    text = doc_text(doc)
    as_of = doc._.kg_as_of
    for line_start, line in text_lines(doc):
        bullet = _ENTRY.match(line)
        if bullet is None:
            continue
        start, line_end = line_start + bullet.end(), line_start + len(line)
        name, name_end = _entry_name(text, start, line_end, people, ents)
        if name is None or text[name_end:name_end + 2] != ", ":
            continue
        post_end = text.find(".", name_end, line_end)
        post_end = line_end if post_end < 0 else post_end
        post = _post_line(name_end + 2, text[name_end + 2:post_end], ents, own_words=True)
        sentence = doc.char_span(line_start, line_end, alignment_mode="expand")
        if post is None or sentence is None:
            continue
        add_relation(doc, type="WORKS_AT", head=person_entity(name), tail=org_entity(host),
                     sentence=sentence, confidence=0.7, role=post, start=as_of.year if as_of is not None else None)


def _entry_name(text: str, start: int, end: int, people: dict[int, str], ents: list[Span]) -> tuple[str | None, int]:
    """The person an entry opens with, and where the name ends: NER's, or a name-shaped run up to the first comma
    that NER missed ("• Amara Nwachukwu-Reid, Assistant Professor.")."""
    person = next((e for e in ents if e.label_ == "PERSON" and e.start in people and e.start_char == start), None)
    if person is not None:
        return people[person.start], person.end_char
    comma = text.find(", ", start, end)
    if comma < 0 or any(e.start_char < comma and e.end_char > start for e in ents if e.label_ != "PERSON"):
        return None, start
    return title_name(text[start:comma]), comma

