"""Who a funding statement names on the receiving side rather than as a giver: the unit a grant went to
("a grant from X to SC", "a grant ... to the Department of X, University of Y"), a host ("a grant to ITAMP
at the Harvard-Smithsonian Center"), and people named by their initials, funded, thanking or writing ("SCS
and RSS thank", "The Wellcome Trust funds OBH", "grant CA142642 to PPC, DKB, APK", "as conceived by KCW,
PCH, and EKR"). Each test takes a candidate span and says whether to drop it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.funder_acronyms import abbreviates
from extractors.funder_filters import NOT_FUNDING_BY, THANK
from extractors.vocabulary import first_conjunct

_BE = frozenset({"is", "are", "was", "were"})
_FUND_VERBS = frozenset({"funds", "funded", "supports", "supported", "sponsors", "sponsored"})
_RECEIVE = frozenset({"received", "receives", "receive", "holds", "held", "acknowledge", "acknowledges"})


def recipient(candidate: Span) -> bool:
    """"a grant from X to SC", "CH and EJ were supported by": who received, not who gave."""
    doc = candidate.doc
    position = candidate.start - 1
    while position > 0 and doc[position].lower_ in ("the", "a", "an", "its", "their"):
        position -= 1
    before = doc[position].lower_ if position >= 0 else ""
    if before == "," and _address_of_recipient(candidate):
        return True  # "a grant ... to the Department of Computer Science, University of Maryland"
    if before == "to" and position > 0:
        # "grateful to X", "thanks are extended to X", "our appreciation to X" name the funder
        return not any(t.lower_ in THANK or t.lower_ == "appreciation" for t in doc[max(0, position - 3): position])
    if before in ("at", "in"):
        return True  # "a grant to ITAMP at the Harvard-Smithsonian Center": the host, not the funder
    if before == "by" and doc[position].head.lower_ in NOT_FUNDING_BY:
        return True  # "operated by", "monitored by", "administered by"
    root = first_conjunct(candidate.root)
    if root.dep_ == "compound":
        root = root.head
    # "X is acknowledged for funding" names the funder; "CH and EJ were supported by" the funded.
    return root.dep_ == "nsubjpass" and root.head.lower_ not in THANK and root.head.lower_ != "thanked"


def _address_of_recipient(candidate: Span) -> bool:
    """"a grant ... to the Department of X, University of Y": the institution of the unit a grant
    went to is a recipient too. Only one comma back, and the unit must be named by a unit word."""
    doc = candidate.doc
    comma = candidate.start - 1
    position = comma - 1
    for _ in range(10):
        if position <= 0 or doc[position].text in (",", ";", "(", ")") or doc[position].lower_ in ("and", "&"):
            return False
        if doc[position].lower_ in ("to", "at"):
            first = doc[position + 1]
            if first.lower_ == "the" and position + 2 < comma:
                first = doc[position + 2]
            return first.lower_ in _UNIT_WORDS and not any(
                t.lower_ in THANK or t.lower_ == "appreciation" for t in doc[max(0, position - 3): position])
        position -= 1
    return False


_UNIT_WORDS = frozenset("department departments school faculty division laboratory lab institute college "
                        "centre center graduate program programme".split())


def initials(candidate: Span) -> bool:
    """People's initials: "(LEN and CMC)", "SCS and RSS thank ...", "JDC acknowledges support"."""
    if candidate._.kg or candidate.label_ == "FUNDER" or len(candidate) != 1:
        return False
    token = candidate[0]
    if not (token.is_upper and token.is_alpha and 2 <= len(token) <= 4) or abbreviates(candidate):
        return False
    root = first_conjunct(token)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in THANK | _RECEIVE | _BE:
        return True  # "KSC and PMF are Royal Society Award Holders", "EIM was a Mary Gates Scholar"
    doc = candidate.doc
    before = doc[candidate.start - 1].text if candidate.start else ""
    if root.dep_ == "dobj" and root.head.lower_ in _FUND_VERBS or before.lower() in _FUND_VERBS:
        return True  # "The Wellcome Trust funds OBH": whom it pays
    after = doc[candidate.end].text if candidate.end < len(doc) else ""
    if before in (";", ":") and after == ",":
        return True  # "the following support: JJM, NIH grant ...; RHG, the ...": whom each grant went to
    position = candidate.start - 1
    while position > 0 and (doc[position].text in (",", "and") or _initials_like(doc[position])):
        position -= 1
    if position < candidate.start - 1 and doc[position].lower_ == "to":
        return True  # "grant CA142642 to PPC, DKB, APK": the later names of the recipients' list
    if _authors_list(candidate):
        return True
    return before in ("(", "and", ",", ";", "to") and after in (")", "and", ",", ";") and (
        before != "," or after == ")") and any(t.text == "(" for t in doc[max(0, candidate.start - 4): candidate.start])


_PAYING = frozenset("""supported funded financed sponsored provided granted awarded covered made paid
    endowed subsidised subsidized""".split())


def _authors_list(candidate: Span) -> bool:
    """"as conceived by KCW, PCH, and EKR": a list of initials after a "by" that is no payment."""
    doc = candidate.doc
    lo = candidate.start
    while lo > 1 and (doc[lo - 1].text == "," or doc[lo - 1].lower_ == "and" or _initials_like(doc[lo - 1])):
        lo -= 1
    hi = candidate.end
    while hi < len(doc) and (doc[hi].text == "," or doc[hi].lower_ == "and" or _initials_like(doc[hi])):
        hi += 1
    items = [t for t in doc[lo:hi] if _initials_like(t)]
    if len(items) < 2 or lo < 2 or doc[lo - 1].lower_ != "by":
        return False
    verb = doc[lo - 2]
    return verb.lower_.endswith("ed") and verb.lower_ not in _PAYING


def _initials_like(token: Token) -> bool:
    return token.is_upper and token.is_alpha and 2 <= len(token) <= 4
