"""Who "I" is in each turn of a transcript or a chat log: the speaker its label names.

"Jane Doe (Aug 19, 2024): Hi everyone! I interned at Google ...", "[00:00:04] HOST (Dana Whitfield): ... I'm Dana",
"ARJUN: ...": each turn's first person is its own speaker's, not the page's one narrator (`extractors/narrator.py`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.narrator import title_name
from extractors.relations import doc_text

# A turn's label at the start of a line: "Jane Doe (Aug 19, 2024): ...", "[00:00:04] HOST (Jane Doe): ...", "ARJUN: ..."
_TURN_LABEL = re.compile(
    r"^[ \t>*•-]*(?:\[[\d:.]+\]\s*)?(?P<label>[^\n:()\[\]]{1,40}?)\s*(?:\((?P<paren>[^()\n]{1,60})\))?\s*:[ \t]+\S", re.M)
# Labels that open a turn without naming its speaker.
_ROLE_LABELS = frozenset("host co-host cohost moderator guest interviewer interviewee speaker panelist panellist "
                         "presenter chair audience".split())


def speaker_turns(doc: Doc, people: dict[int, str], ents: list[Span]) -> list[tuple[int, int, str | None]]:
    """Where each turn of a transcript or a chat log begins and ends (character offsets: a turn is its line) and
    who speaks it: the person its label names ("Jane Doe (Aug 19, 2024):", "HOST (Jane Doe):", "ARJUN:" for the one
    Arjun the text names), or None for a role alone ("MODERATOR:"), whose speaker a self-introduction in the turn may
    name. A label NER did not tag is a name only in a chat's "Name (date):" shape ("Talk Title:", "Fun Fact:" are
    headings). Empty unless two lines or more open so, one naming a person NER tagged or two of them roles: one
    "Note: I joined ..." line is no transcript."""
    text = doc_text(doc)
    persons = [e for e in ents if e.label_ == "PERSON" and e.start in people]
    turns: list[tuple[int, int, str | None]] = []
    confirmed = False  # a label naming a person NER tagged
    for match in _TURN_LABEL.finditer(text):
        label = match.group("label").strip()
        if label.lower() in ("q", "a"):
            return []  # an interview's questions and answers: `interviewee` reads those
        speaker = _speaker_in(match, "paren", persons, people) or _speaker_in(match, "label", persons, people)
        if speaker is None and label.isalpha() and " " not in label:
            speaker = _one_person_called(label, people)
        confirmed = confirmed or speaker is not None
        if speaker is None and label.lower() not in _ROLE_LABELS:
            dated = any(c.isdigit() for c in match.group("paren") or "")
            speaker = title_name(label) if dated else None  # "Kofi Asante-Boateng (Aug 19, 2024):", NER missed
            if speaker is None:
                continue
        end = text.find("\n", match.start())
        turns.append((match.start(), end if end >= 0 else len(text), speaker))
    roles = sum(1 for _, _, speaker in turns if speaker is None)
    return turns if len(turns) >= 2 and (confirmed or roles >= 2) else []


def _speaker_in(match: re.Match, group: str, persons: list[Span], people: dict[int, str]) -> str | None:
    start, end = match.span(group)
    if start < 0:
        return None
    return next((people[e.start] for e in persons if start <= e.start_char and e.end_char <= end), None)


def _one_person_called(word: str, people: dict[int, str]) -> str | None:
    """"ARJUN": the one person of the text with that given or family name."""
    called = {name for name in people.values() if word.title() in name.split()}
    return called.pop() if len(called) == 1 else None
