"""Credit lines: "Name, Title, Organisation", as panels, speaker lists and alumni pages print them.

"Moderator: Chinedu Okafor, technology correspondent, Financial Times", "Speakers: Anna Keller, Professor
of Economics, Stanford University; David Chen, Senior Research Scientist, Google DeepMind", "Dr Aigerim
Nurlan (PhD 2017) – Senior Research Scientist, Amazon". The parser reads such a list as one long
apposition and coordination, so the climb from an organisation to a person would give every name every
organisation of the list; the order of the words says which title and organisation are whose.

A credit is a person's name, an optional bracket, a comma or a spaced dash, a title (a few words ending
the way a post does, with no other name and no preposition but "of", "for" or "and" in it), a comma and an
organisation. NER often tags the title itself as an organisation ("Professor of Economics"); that span
is then no organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from extractors.vocabulary import ROLE_NOUNS

_SEPARATORS = frozenset({",", "–", "—", "-"})
_TITLE_WORDS = frozenset({"of", "for", "and", "&"})
_MAX_TITLE = 8
_MAX_BRACKET = 12


@dataclass(frozen=True)
class Credit:
    person: str
    role: str
    org: Span
    title_ents: tuple[Span, ...]  # the title, where NER tagged it as an organisation


def credit_lines(sent: Span, people: dict[int, str], ents: list[Span]) -> list[Credit]:
    """Each "Name, Title, Organisation" of the sentence (see the module docstring)."""
    doc = sent.doc
    starts = {e.start: e for e in ents}
    found: list[Credit] = []
    for person in (e for e in ents if e.label_ == "PERSON" and e.start in people and sent.start <= e.start):
        i = person.end
        if i < sent.end and doc[i].text == "(":
            close = next((k for k in range(i + 1, min(i + _MAX_BRACKET, sent.end)) if doc[k].text == ")"), None)
            if close is None:
                continue
            i = close + 1
        if i >= sent.end or doc[i].text not in _SEPARATORS or (doc[i].text == "-" and not doc[i - 1].whitespace_):
            continue
        end = next((k for k in range(i + 1, min(i + 1 + _MAX_TITLE, sent.end)) if doc[k].text == ","), None)
        if end is None or end == i + 1:
            continue
        title = doc[i + 1: end]
        org = starts.get(end + 1)
        if org is None or org.label_ not in ("ORG", "FUNDER") or not _title_like(title, ents):
            continue
        inside = tuple(e for e in ents if title.start <= e.start and e.end <= title.end)
        found.append(Credit(people[person.start], title.text, org, inside))
    return found


def _title_like(title: Span, ents: list[Span]) -> bool:
    """A post's words: "technology correspondent", "Professor of Economics", "Senior Research Scientist"."""
    words = [t for t in title if t.is_alpha]
    if not words or words[0].lower_ in ("a", "an", "the") or len(words) != len(title):
        return False
    if any(t.lower_ in _TITLE_WORDS for t in (words[0], words[-1])):
        return False
    if any(not t.is_title and not t.is_lower and not t.is_upper for t in words):
        return False
    if any(e.label_ in ("PERSON", "GPE", "LOC", "DATE") and title.start <= e.start < title.end for e in ents):
        return False
    if any(t.lower_ not in _TITLE_WORDS and t.tag_ in ("IN", "TO") for t in words):
        return False  # "a professor at", "on leave from": a phrase, not a title
    head = next((t for t in words if t.lower_ in ("of", "for")), None)
    last = words[words.index(head) - 1] if head is not None and words.index(head) > 0 else words[-1]
    return last.lower_ in ROLE_NOUNS or last.lower_.removesuffix("s") in ROLE_NOUNS
