"""Organisation names NER ran on into the dates or brackets after them.

The small model reads "studied at the University of Auckland from 2006 to 2010" with "the University of
Auckland from 2006 to" as one organisation, and "the University of Bristol (2011)" as "the University of
Bristol (2011"; neither resolves, and the graph gets an organisation named after a date. A name ends
before a bracket it does not close, and before a year that only a preposition ("from", "since", "in")
or a bracket ties to it, or that closes it ("Google 2019"), and before a preposition it ends on ("the Department of Computer
Science at" Princeton University); what is left is resolved again, as the linker
would have. A year inside a name stays: "Paris 2024 Olympics" has no preposition before the year and
words after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.linker import linked_info
from extractors.relations import clean_name

_LABELS = frozenset({"ORG", "FUNDER"})
# Words that tie a year to what goes before it: "from 2006", "since 2019", "(2011".
_DATE_LINKS = frozenset("from since until till to in between during through ( , -".split()) | {"–", "—"}
# What a name never ends with once the year is cut off.
_TRAILING = _DATE_LINKS | frozenset({"and", "or", ";", ":", "the"})
# Prepositions a name never ends with: NER sometimes runs one on into the phrase after it. Not "of" or
# "and", where the name itself was cut short ("the Circuit Court of | Lane County"; orgmentions reads those).
_LEFT_OPEN = frozenset({"at", "in", "from", "for", "with", "to", ",", "since", "until", "till", "during"})


def trim_run_ons(doc: Doc) -> None:
    """Cut every ORG (or FUNDER) span of `doc.ents` that runs on into a date or a bracket; resolve the rest."""
    ents = list(doc.ents)
    trimmed: list[Span] = []
    for k, ent in enumerate(ents):
        if ent.label_ not in _LABELS or len(ent) < 2:
            continue
        end = _name_end(ent)
        if end is not None:
            ents[k] = Span(doc, ent.start, end, label=ent.label_)
            trimmed.append(ents[k])
    if trimmed:
        doc.ents = ents
        for span in trimmed:  # extension values are keyed by offsets and label: set after the assignment
            span._.kg = _resolved(span)


def _name_end(ent: Span) -> int | None:
    """Where the name in `ent` ends, when it runs on; None when it does not."""
    doc = ent.doc
    cut = None
    for token in ent[1:]:
        if token.text == "(" and not any(t.text == ")" for t in doc[token.i: ent.end]):
            cut = token.i  # "the University of Bristol (2011"
            break
        if _year(token) and (doc[token.i - 1].lower_ in _DATE_LINKS or token.i == ent.end - 1):
            cut = token.i  # "from 2006", "Google 2019"
            break
    if cut is None and doc[ent.end - 1].lower_ in _LEFT_OPEN:
        cut = ent.end  # "the Department of Computer Science at | Princeton University"
    if cut is None:
        return None
    while cut > ent.start and (doc[cut - 1].lower_ in _TRAILING or doc[cut - 1].lower_ in _LEFT_OPEN):
        cut -= 1
    if cut >= ent.end:
        return None
    if cut <= ent.start or not any(t.is_alpha and t.lower_ != "the" for t in doc[ent.start: cut]):
        return None  # nothing of a name left: leave NER's span to the other rules
    return cut


def _year(token: Token) -> bool:
    text = token.text
    head = text[:4]
    return head.isdigit() and 1800 <= int(head) <= 2100 and (len(text) == 4 or text[4] in "-–s")


def _resolved(ent: Span) -> dict | None:
    """The known organisation the trimmed name resolves to, as the linker would give it."""
    return linked_info(clean_name(ent.text))
