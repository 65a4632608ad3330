"""The parents a funder is written with, as an address: "the Science and Engineering Research Board (SERB),
Department of Science and Technology, Government of India (CRG/...)". The government that closes such a chain
is where the funder sits, not a funder of its own, and the award is not its: it goes to the body before it.
"""

from __future__ import annotations

from spacy.tokens import Span

_GOVERNMENT = frozenset({"government", "govt", "govt."})


def government_in_address(candidate: Span, offered: list[Span]) -> bool:
    """"..., Department of Science and Technology, Government of India": a "Government of X" (or "X
    Government") with no article, after a comma that closes another name of the statement."""
    doc = candidate.doc
    words = [t.lower_ for t in candidate if t.is_alpha]
    if not words or not (words[0] in _GOVERNMENT and len(words) >= 3 and words[1] == "of"
                         or words[-1] in _GOVERNMENT and len(words) == 2):
        return False
    start = candidate.start
    if start < 2 or doc[start - 1].text != ",":
        return False
    return any(o.end == start - 1 and o.start != candidate.start for o in offered)
