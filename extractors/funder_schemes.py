"""The schemes a funder pays through: "supported by the NSF under CAREER award IIS-...", "funded by the DFG
through the Collaborative Research Centre SFB 1294 (project number ...)". Named after the funder, with the
award's number, a scheme is no second funder: the number is the funder's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.funder_filters import GRANT_KINDS
from extractors.funder_roles import word_at
from extractors.vocabulary import first_conjunct

# Words of a body that pays: a scheme's name has none ("Collaborative Research Centre SFB 1294", "CAREER").
_PAYER_WORDS = frozenset("""foundation foundations council agency ministry fund trust society academy commission
    department government office administration bureau authority""".split())
_CHANNELS = frozenset({"through", "under", "via", "within"})
# What may stand between a scheme's name and its number: "award", "(project number 318763901)".
_AWARD_LABELS = GRANT_KINDS | frozenset({"(", "[", ":", "number", "no", "nos", "project", "agreement", "contract"})


def funders_scheme(candidate: Span, offered: list[Span]) -> bool:
    """"supported by the NSF under CAREER award IIS-...", "funded by the DFG through the Collaborative Research
    Centre SFB 1294 (project number ...)", "by the ANR through the AI chair OTTOPIA (ANR-...)": after a funder,
    a name the money came "through" or "under", with the award's number, is the funder's scheme and the number
    the funder's."""
    if candidate._.kg or candidate.label_ == "FUNDER" or {t.lower_ for t in candidate} & _PAYER_WORDS:
        return False
    token = candidate.root
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in _CHANNELS:
        return False
    channel = first_conjunct(token.head)  # "under Germany's Excellence Strategy ... and through the ..."
    if not _paid_through(channel.head, [o for o in offered if o.end <= channel.i]):
        return False
    doc = candidate.doc
    for following in doc[candidate.end: min(len(doc), candidate.end + 5)]:
        if sum(c.isdigit() for c in word_at(doc, following.idx, forward=True)) >= 3:
            return True  # the tokenizer cuts "ANR-20-CHIA-0021-01": the whole word is the number
        if following.lower_ not in _AWARD_LABELS:
            return False
    return False


def in_funders_bracket(candidate: Span, offered: list[Span]) -> bool:
    """"the Swiss National Science Foundation (grant no. 200020_212087 and NCCR Catalysis, grant no. 180544)": in
    the bracket of a known funder's awards, after one of them, a name with no payer word and a number of its own
    is the funder's programme, and the number the funder's."""
    if candidate._.kg or candidate.label_ == "FUNDER" or {t.lower_ for t in candidate} & _PAYER_WORDS:
        return False
    doc = candidate.doc
    opening = None
    for token in reversed(doc[max(0, candidate.start - 15): candidate.start]):
        if token.text in (")", "]", ";"):
            return False
        if token.text in ("(", "["):
            opening = token.i
            break
    if opening is None or not any(sum(c.isdigit() for c in t.text) >= 3 for t in doc[opening + 1: candidate.start]):
        return False
    closing = next((t.i for t in doc[candidate.end: min(len(doc), candidate.end + 8)] if t.text in (")", "]")), None)
    if closing is None or not any(sum(c.isdigit() for c in t.text) >= 3 for t in doc[candidate.end: closing]):
        return False  # "(Grant No. SA1031/6 and Excellenzcluster QUEST)": no number of its own to take
    return any(o.end == opening and (o._.kg or o.label_ == "FUNDER") for o in offered)


_OWN = frozenset({"its", "their"})


def own_scheme(candidate: Span) -> bool:
    """"the Ministry of Education, Singapore, under its Academic Research Fund Tier 2 (MOE-T2EP...)", "the NRF
    under its AI Singapore Programme": a name the money came "under" or "through" that "its" gives to the
    funder just named is that funder's scheme, and the number is the funder's, whatever words the name has."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    token = candidate.root
    for _ in range(3):
        if any(c.dep_ == "poss" and c.lower_ in _OWN for c in token.children) \
                or token.dep_ not in ("compound", "amod", "nmod") or token.head.i == token.i:
            break
        token = token.head  # "its Academic Research Fund | Tier 2": the possessive sits on the phrase's head
    return token.dep_ == "pobj" and token.head.lower_ in _CHANNELS and any(
        c.dep_ == "poss" and c.lower_ in _OWN for c in token.children)


def _paid_through(anchor: Token, funders: list[Span]) -> bool:
    """The channel hangs on a funder named before it ("the NSF under ..."), or on the verb whose "by" or "from"
    names one ("supported by the ANR through ..."); not "funded through a University of X Scholarship and
    through NERC grant ...", two channels of their own."""
    def named(token: Token) -> bool:
        return any(f.start <= token.i < f.end for f in funders)
    if named(anchor):
        return True
    return any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from") and any(
        g.dep_ == "pobj" and named(g) for g in c.children) for c in anchor.children)
