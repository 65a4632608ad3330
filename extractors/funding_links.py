"""How a name in a funding statement is tied to the money: the parse path from the name to a
funding word ("supported by X", "a grant from X", "X provided funding"), thanks for money
("We thank X for financial support"), a bracketed grant citation ("(X, project No. 123)"), or a
list whose other items are tied ("funded by A, B and C"). Each test returns how sure it is.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.awards import NUMBER_WORDS
from extractors.funder_filters import NOT_FUNDING_BY, THANK
from extractors.funder_names import CONNECTORS, capital
from extractors.funder_roles import thanked_for
from extractors.syntax import has_verb
from extractors.vocabulary import coarse, first_conjunct
from extractors.years import PERIOD, YEAR_WORD

_FUNDING_WORDS = (r"support(?:ed|s|ing)?|fund(?:ed|ing|s)?|sponsor\w*|financ\w*|grants?|granted|awards?|awarded|"
                  r"fellowships?|scholarships?|subsid\w+|endow\w*|contracts?|programmes?|programs?|professorships?|"
                  r"studentships?|traineeships?|bursar(?:y|ies)|stipends?")
TRIGGER = re.compile(rf"\b({_FUNDING_WORDS}|gifts?)\b", re.I)
# A list of funders opens with a funding word; a gift names its giver right after it (gift_from).
_LIST_OPENER = re.compile(rf"\b({_FUNDING_WORDS})\b", re.I)
# The words a funder must hang off: prizes ("best paper award at SIGIR") and programmes are not funding.
_TRIGGER_WORD = re.compile(
    r"^(support(?:ed|s|ing)?|fund(?:ed|ing|s)?|sponsor\w*|financ\w*|grants?|granted|awarded|fellowships?|"
    r"scholarships?|subsid\w+|endow\w*|contracts?|professorships?|studentships?|traineeships?|bursar(?:y|ies)|"
    r"stipends?)$",
    re.I,
)
# What a thanked organisation gave, when it funds: "for financial support", "for supporting";
# and the kinds of help that are not funding: "for technical support".
_SUPPORT_WORDS = frozenset("""supporting sponsorship sponsoring funding funds financing financial
    grant grants fellowship scholarship contribution contributions""".split())
_HELP_WORDS = frozenset("""technical computational computing logistical logistic administrative editorial moral writing
    field laboratory clinical statistical""".split())
# Things given in kind, not money: "compute credits from X", "hardware from Y" (fees and honoraria are money).
_IN_KIND = frozenset("""credits credit resources hardware gpus gpu equipment data compute access samples materials
    reagents software""".split())
# What a funder does with money when it is the subject: "The X Foundation provided some funding".
_GIVING = frozenset("""provided provides provide gave gives give awarded awards granted grants contributed
    contributes donated donates offered offers supplied supplies""".split())
_CLIMB = frozenset({"pobj", "prep", "conj", "appos", "compound", "nmod", "amod", "poss", "npadvmod", "agent",
                    "dobj", "nsubj", "pcomp", "attr", "dep", "cc", "acl", "relcl"})
# "financial support", "funding": the thanks are for money, not for help.
_MONEY = re.compile(r"\b(financ\w*|fund\w*|grants?|fellowships?|scholarships?|sponsor\w*|studentships?|"
                    r"professorships?|bursar(?:y|ies)|stipends?)\b", re.I)




def in_funder_list(name: Span, funders: list[Span]) -> bool:
    """An item of a list whose other items the parse linked: only names, commas and "and"
    (and bracketed codes) stand between them."""
    doc = name.doc
    for funder in funders:
        lo, hi = (funder.end, name.start) if funder.end <= name.start else (name.end, funder.start)
        gap = _outside_brackets(doc[lo:hi])
        if gap and len(gap) <= 40 and any(t.text == "," for t in gap) and all(
                t.text in (",", "&", "-", "/", "'s") or t.lower_ in CONNECTORS or capital(t) for t in gap):
            return True
    return False


def given_by(name: Span, span: Span) -> bool:
    """The name hangs from a funding word through a list only: "funded by A, B and C",
    "grants from A and B"; not "the lab of Smith", nor a name inside a longer phrase."""
    token = name.root
    if gift_from(token):
        return True
    for _ in range(12):
        if token.dep_ not in ("pobj", "conj", "agent", "appos", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if not span.start <= token.i < span.end:
            return False
        if _TRIGGER_WORD.match(token.text):
            return True
    return False


def gift_from(token: Token) -> bool:
    """"a gift from Amazon", "gifts from A and B": money given by the name; not "a gift of plasmids" (material,
    whoever gave it) nor "a gift from X and compute credits from Y" (Y gave no gift)."""
    token = first_conjunct(token)
    if not (token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lower_ in ("gift", "gifts")):
        return False
    gift = token.head.head
    # "the gift of reagents from X": what was given is named, and it is no money ("a gift of $1M" is)
    return not any(c.dep_ == "prep" and c.lower_ == "of" and not any(t.tag_ == "$" or t.like_num for t in c.subtree)
                   for c in gift.children)


def _funding_word(token: Token) -> bool:
    """"support", "funding"; but not "technical support", "editorial support": help, not money."""
    return bool(_TRIGGER_WORD.match(token.text)) and not any(
        c.lower_ in _HELP_WORDS for c in token.children if c.dep_ in ("amod", "compound", "conj")) \
        and not _gift_in_kind(token) and not _access_granted(token)


# What a computing centre grants: "granted access to the HPC resources of IDRIS under the allocation X made by
# GENCI", "awarded computing time": use of machines, not money.
_ACCESS = frozenset({"access", "time", "allocation", "allocations", "hours"})


def _access_granted(token: Token) -> bool:
    return token.lower_ in ("granted", "awarded", "given") and any(
        c.lower_ in _ACCESS and c.dep_ in ("dobj", "dative", "oprd", "attr", "npadvmod", "nsubjpass")
        for c in token.children)


_GIFTS = frozenset("donation donations gift gifts loan loans".split())


def _gift_in_kind(support: Token) -> bool:
    """"the support of NVIDIA with the donation of a GPU": the support was a thing given, not money."""
    for prep in support.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "through", "for"):
            for gift in prep.children:
                if gift.lower_ in _GIFTS and any(_donated_thing_word(t) for t in gift.subtree):
                    return True
    return False


def _donated_thing_word(token: Token) -> bool:
    """A word naming hardware or compute: "GPU", "GPUs", "credits"."""
    return token.lower_ in _IN_KIND or token.lower_.rstrip("s") in _IN_KIND


def donated_thing(candidate: Span) -> bool:
    """"the donation of the Titan V GPU": the thing donated is never a funder."""
    token = candidate.root
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _GIFTS


def funding_link(candidate: Span, span: Span) -> float:
    """How sure we are `candidate` funds: attached to a funding word in the parse, or a known funder."""
    if candidate.label_ == "FUNDER":
        return 0.95
    if gift_from(candidate.root):
        return 0.85
    doc = span.doc
    if candidate.end + 1 < len(doc) and doc[candidate.end].lower_ in ("award", "awards", "grant", "grants") \
            and _coded(doc[candidate.end]):
        return 0.85  # "acknowledges X award DEB1234567", "X grant 123456": the award's number names its giver
    token = candidate.root
    path_dep = token.dep_
    for _ in range(7):
        thanked = token.dep_ == "nsubjpass" and token.head.lower_ in THANK | {"thanked"}  # "X is acknowledged"
        if token.dep_ not in _CLIMB and not thanked or token.head.i == token.i:
            break
        if token.dep_ == "conj" and _funding_word(token.head) and token.head.dep_ == "pobj" \
                and token.head.head.lower_ == "for":
            break  # "thank X for financial support and the Y Department for hospitality": a second thanks
        path_dep = token.dep_
        token = token.head
        if token.i < span.start or token.i >= span.end:
            break
        if token.lower_ in NOT_FUNDING_BY and token.tag_.startswith("VB"):
            break  # "a group hosted by Inria and including CNRS": who hosts or runs what was funded
        if _funding_word(token) and not (candidate.start <= token.i < candidate.end):
            return 0.85
        if coarse(token) in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and _funding_word(c) for c in token.children):
            return 0.85  # "Funding for this study was provided by X"
        if token.lower_ in _GIVING and path_dep == "nsubj" and any(
                c.dep_ == "dobj" and _funding_word(c) for c in token.children):
            return 0.85  # "The X Foundation provided some funding for ..."
        if token.lower_ in ("award", "awards") and _coded(token):
            return 0.85  # "This publication acknowledges X award DEB1234567": an award with its number
        if token.lower_ in THANK and _money_near(token, candidate, span):
            return 0.8
    if _thanked_for_support(candidate, span):
        return 0.75
    if _cited_with_award(candidate):
        return 0.7  # "(Academy of Ruritania, project No. 272157)"
    by = _list_opener(candidate, span)
    if by is not None and any(_LIST_OPENER.fullmatch(t.text) and not _access_granted(t)
                              for t in span.doc[span.start:by.i]):
        return 0.7  # "supported by Kakenhi (15H05569), the Life Science Foundation of Japan, and X"
    return 0.0


def _coded(token: Token) -> bool:
    """An award word followed by its number: "award DEB9978193", "grant no. 12345"."""
    doc = token.doc
    for following in doc[token.i + 1: min(len(doc), token.i + 4)]:
        if YEAR_WORD.match(following.text) or PERIOD.search(following.text):
            return False  # "Dissertation Award 2025": a prize and its year
        if sum(c.isdigit() for c in following.text) >= 3:
            return True
        if following.lower_ not in NUMBER_WORDS and following.text != ":":
            return False
    return False


def _cited_with_award(candidate: Span) -> bool:
    """A body cited in brackets with an award number, the way a grant is referenced:
    "(Academy of Ruritania, project No. 272157)", "(Eldor Council grant 12345)"."""
    doc = candidate.doc
    if candidate.start == 0 or doc[candidate.start - 1].text not in ("(", "["):
        return False
    for token in doc[candidate.end: min(len(doc), candidate.end + 6)]:
        if token.text in (")", "]"):
            return False
        if sum(c.isdigit() for c in token.text) >= 3:
            return True
    return False


def _list_opener(candidate: Span, span: Span) -> Token | None:
    """The "by" or "from" that opens the list `candidate` stands in, when only names, commas,
    "and" and bracketed codes come between them."""
    doc = span.doc
    depth = 0
    for token in reversed(doc[max(span.start, candidate.start - 40): candidate.start]):
        closing, opening = token.text in (")", "]"), token.text in ("(", "[")
        depth = max(0, depth + closing - opening)
        if depth > 0 or closing or opening:
            continue
        if token.lower_ in ("by", "from"):
            return token
        if not (token.text in (",", "&", "-", "/", "'s", "’s") or token.lower_ in CONNECTORS
                or token.lower_ in ("a", "an") or capital(token) or token.is_title):
            return None
    return None


def _thanked_for_support(candidate: Span, span: Span) -> bool:
    """"We are grateful to INSS (Japan), EDF (France) and EPRI (US) for supporting this research",
    "TGT thanks J. Sridevi for EPR measurements and CSIR for financial support": the first "for"
    after the name, in its clause, says what it is thanked for."""
    doc = span.doc
    thanks = [t for t in span if t.lower_ in THANK or t.lower_ == "thanked"]
    if not thanks or thanks[0].i > candidate.end + 30 or candidate.root.ent_type_ == "PERSON":
        return False
    before = [t for t in span if t.i < candidate.start and (t.lower_ in THANK or t.lower_ == "for")]
    if before and before[-1].lower_ == "for":
        return False  # "thank X for EPR measurements and Y for ...": EPR is what X was thanked for
    window = thanked_for(doc, candidate.end, min(span.end, candidate.end + 40), limit=span.end, width=5)
    return window is not None and bool(window & _SUPPORT_WORDS) and not window & _HELP_WORDS


def _money_near(thank: Token, candidate: Span, span: Span) -> bool:
    """"We thank X for financial support", not "We thank X for hospitality; NSF funded the work":
    the money word sits in the thanks' own clause."""
    doc = span.doc
    lo = min(thank.i, candidate.start)
    hi = min(span.end, max(thank.i, candidate.end) + 12)
    for token in doc[lo:hi]:
        if token.i > candidate.end and token.text in (";", "."):
            break
        if token.i >= candidate.end and token.lower_ == "for" and {
                t.lower_ for t in doc[token.i + 1: token.i + 4]} & _HELP_WORDS:
            return False  # "thank X for technical support and Y for financial support"
        if _MONEY.match(token.text):
            return True
    return False


def listed_with(candidate: Span, funders: list[Span]) -> bool:
    """In the same list as a funder the parse did link: "supported by NSF, the Sandler Foundation and X"."""
    doc = candidate.doc
    if _gives_other(candidate.root):
        return False
    for funder in funders:
        lo, hi = (funder.end, candidate.start) if funder.end <= candidate.start else (candidate.end, funder.start)
        gap = _outside_brackets(doc[lo:hi])
        if len(gap) <= 25 and not any(t.tag_.startswith("VB") or t.text in (".", ":") or t.lower_ in _HELP_WORDS
                                      for t in gap) and (
                ";" not in {t.text for t in gap} or candidate.root.dep_ not in ("nsubj", "nsubjpass")):
            return True  # "...; and DIMACS", but not "...; X provided the samples"
    return False


def _gives_other(token: Token) -> bool:
    """"... and for compute credits from Microsoft Azure": the name gave a thing of its own, not money."""
    giver = token.head
    return token.dep_ == "pobj" and giver.lower_ == "from" and giver.head.lower_ in _IN_KIND


def _outside_brackets(gap: Span) -> list[Token]:
    """The list's own words: "(grant no.: 2016A020215106)" between two funders is not a new clause."""
    kept, depth = [], 0
    for token in gap:
        depth += token.text in ("(", "[")
        if depth == 0:
            kept.append(token)
        depth = max(0, depth - (token.text in (")", "]")))
    return kept


# The pipeline runs no lemmatizer: the giving verbs by their forms.
_GIVE_VERBS = frozenset("""fund funds funded funding support supports supported supporting award awards awarded
                         awarding finance finances financed financing sponsor sponsors sponsored sponsoring grant
                         grants granted granting provide provides provided providing give gives giving gave
                         given""".split())
_WORK_WORDS = frozenset("work works study studies research project projects paper article thesis".split())
# Words that make a work word this one ("this research", "our project") or are the authors themselves.
_OWN_WORDS = frozenset("we us our i me my this these present current author authors".split())


def gives_to_others(candidate: Span) -> bool:
    """"The Act funds new fabs", "the Department has begun awarding grants": a body that funds
    something other than this work, its authors or a named person (news, not an acknowledgement)."""
    if _verbless_gives(candidate):
        return True
    subject = candidate.root
    relative = next((c for c in subject.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("which", "that", "who") for s in c.children)), None)
    if relative is not None:
        subject = next(s for s in relative.children if s.dep_ == "nsubj")  # "X, which funds vaccine research, ..."
    if subject.dep_ != "nsubj" or not _present(subject.head):
        return False  # "X funded / provided ...": a past grant is how acknowledgements speak
    verbs = [subject.head] + [c for c in subject.head.children if c.dep_ == "xcomp" and c.tag_.startswith("VB")]
    if not any(v.lower_ in _GIVE_VERBS for v in verbs):
        return False
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return False
    if any(sum(c.isdigit() for c in t.text) >= 3 and not YEAR_WORD.match(t.text) for t in verbs[0].subtree):
        return False  # an award id in the clause: an acknowledgement, however it is parsed
    for obj in objects:
        for token in obj.subtree:
            if token.lower_ in _OWN_WORDS or token.ent_type_ == "PERSON":
                return False  # "funds this research", "supports our project", "supports Dr. X"
            if token.lower_ in _WORK_WORDS and any(c.lower_ in _OWN_WORDS for c in token.children):
                return False
    return True


def _verbless_gives(candidate: Span) -> bool:
    """"The ERC funds frontier research." parsed as one noun phrase ("funds" a plural noun, no verb): read
    "funds" as the verb it is, giving to others unless what follows is this work or its authors."""
    doc = candidate.doc
    if candidate.end >= len(doc) or doc[candidate.end].lower_ not in ("funds", "supports", "finances", "sponsors"):
        return False
    sentence = doc[candidate.end].sent
    if has_verb(sentence):
        return False
    rest = doc[candidate.end + 1: sentence.end]
    return not any(t.lower_ in _OWN_WORDS or t.ent_type_ == "PERSON" or sum(c.isdigit() for c in t.text) >= 3
                   for t in rest)


def _present(verb: Token) -> bool:
    """"funds", "has begun", "will award": news tense, in the active voice."""
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ in ("VBN", "VB") and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "will") for c in children)
