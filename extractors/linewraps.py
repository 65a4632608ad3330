"""Soft line wraps: a line break in the middle of a sentence, put there by an editor's or a mailer's wrapping.

The pipeline ends a sentence at every line break (`kg_paragraphs`), which keeps headings, list items and
CV lines ("2015-2018 Google") apart. A sentence wrapped by width, "joined the University of Toronto in
2018 as an⏎assistant professor", would then be cut in two: the role read as "an". `unwrapped()` joins a
break only where the next line plainly continues the one before:

* the next line opens with a lower-case letter ("as an⏎assistant professor"), after a line of prose
  (a short line such as a name above "email: ..." stays), or
* the line ends on a word a sentence cannot end on ("the", "of", "at", "and": "joined the⏎University
  of Toronto"), whatever the next line opens with: "her PhD from X in⏎2001 and then" is one sentence,
  and a CV line ("2015-2018 Google") never ends that way.

A break is always kept after a sentence's end (".", "?", "!", ":", ";"), before a blank line, a list
item, a heading or a table row, and after a heading or a table row; before a line that opens with a
date it is kept unless the line above ends on such a word.
"""

from __future__ import annotations

import re

from extractors.years import DATE

# Words a sentence does not end on: articles, prepositions, conjunctions, possessives.
_OPEN_ENDED = frozenset(
    """a an the of at in on for from to with without by as into onto via under between among and or nor but
    its his her their our my your whose than since until till during upon toward towards throughout""".split()
)
_END = re.compile(r"""[.!?:;]["'”’)\]]*$""")
_STRUCTURE = re.compile(r"^\s*(?:#|\||>|[*+•·–-]\s|\d{1,2}[.)]\s|[=_*-]{3,}\s*$)")
_OPENS_WITH_DATE = re.compile(rf"^\s*\(?{DATE}", re.I)
_PROSE_WORDS = 4  # a line of fewer words is a name, a heading or a label, not wrapped prose
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def unwrapped(text: str) -> str:
    """`text` with each soft wrap replaced by one space; every other line break kept."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    out = [lines[0]]
    for line in lines[1:]:
        if _soft(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _soft(before: str, after: str) -> bool:
    """True when the break between the lines `before` and `after` is a wrap inside a sentence."""
    head, tail = before.strip(), after.strip()
    if not head or not tail or _END.search(head):
        return False
    if _STRUCTURE.match(head) and not re.match(r"^\s*(?:[*+•·–-]|\d{1,2}[.)])\s", head):
        return False  # a heading, a table row, a quote or a rule ends its line; a list item may wrap
    if _STRUCTURE.match(tail):
        return False
    last = _LAST_WORD.search(head)
    if last and last.group(1) in _OPEN_ENDED and not head.endswith(","):  # "Plan A" is a name
        return True  # "... of Toronto in⏎2001 and then": a date after "in" continues the sentence
    if _OPENS_WITH_DATE.match(tail):
        return False  # "Experience⏎2015-2018 Google": a CV line
    return tail[0].islower() and len(head.split()) >= _PROSE_WORDS
