"""FUNDED_BY from acknowledgement-style text: funders and award ids.

A funding statement is a sentence (glued to the next when the sentence splitter cut at
"Grant No.") that says support, funding, a grant, award or fellowship. Its funders are
the organisations in it (gazetteer, NER, and capitalised names NER missed, such as
"Marvin Weil Epilepsy Research Fund") that the parse attaches to the funding word:
"supported by X", "a grant from X", "X grant 123", "We thank X for financial support".
Award ids are the code-like tokens ("61772345", "R01-ES015339", "EP/N014162/1"), each
given to the nearest funder before it (else after it), so one sentence can name several
funders with several awards each. The funded party is the person the sentence names
("JWS is supported by ...") or else the document itself (a paper's acknowledgement).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.awards import awards_by_funder
from extractors.funder_filters import (
    THANK,
    after_grant_in_aid,
    funder_within,
    in_disclaimer,
    initials,
    not_a_funder,
    place_only,
    recipient,
)
from extractors.funder_roles import (
    clause_path,
    funded_thing,
    names_a_grant,
    operator,
    person_shaped,
    thanked_for,
    thanked_for_help,
    thanked_for_what,
    without_ministry_portfolios,
)
from extractors.funder_names import (
    CONNECTORS,
    bare_names,
    candidates,
    capital,
    trim_entities,
    with_slashed,
)
from extractors.relations import add_relation, clean_name, doc_text, hedged, init_doc, sentences
from extractors.resolver import OrgResolver
from extractors.vocabulary import coarse
from kg.model import NodeLabel, document_id, person_id, slug

_TRIGGER = re.compile(
    r"\b(support(?:ed|s|ing)?|fund(?:ed|ing|s)?|sponsor\w*|financ\w*|grants?|granted|awards?|awarded|"
    r"fellowships?|scholarships?|subsid\w+|endow\w*|contracts?|programmes?|programs?|professorships?|"
    r"studentships?|traineeships?|bursar(?:y|ies)|stipends?)\b",
    re.I,
)
# The words a funder must hang off: prizes ("best paper award at SIGIR") and programmes are not funding.
_TRIGGER_WORD = re.compile(
    r"^(support(?:ed|s|ing)?|fund(?:ed|ing|s)?|sponsor\w*|financ\w*|grants?|granted|awarded|fellowships?|"
    r"scholarships?|subsid\w+|endow\w*|contracts?|professorships?|studentships?|traineeships?|bursar(?:y|ies)|"
    r"stipends?)$",
    re.I,
)
_CUT = re.compile(r"(\b(?:no|nos|grant|grants|contract|award)\.?|\bNo\.)\s*$", re.I)
# What a thanked organisation gave, when it funds: "for financial support", "for supporting";
# and the kinds of help that are not funding: "for technical support".
_SUPPORT_WORDS = frozenset("""supporting sponsorship sponsoring funding funds financing financial
    grant grants fellowship scholarship contribution contributions""".split())
_HELP_WORDS = frozenset("""technical computational computing logistical logistic administrative editorial moral
    field laboratory clinical statistical""".split())
_CLIMB = frozenset({"pobj", "prep", "conj", "appos", "compound", "nmod", "amod", "poss", "npadvmod", "agent",
                    "dobj", "nsubj", "pcomp", "attr", "dep", "cc", "acl", "relcl"})
# "financial support", "funding": the thanks are for money, not for help.
_MONEY = re.compile(r"\b(financ\w*|fund\w*|grants?|fellowships?|scholarships?|sponsor\w*|studentships?|"
                    r"professorships?|bursar(?:y|ies)|stipends?)\b", re.I)


@Language.factory("kg_funding", requires=["doc.ents", "doc.sents", "token.dep", "span._.kg"],
                  assigns=["doc._.kg_relations"])
def make_funding(nlp: Language, name: str) -> "Funding":
    return Funding()


class Funding:
    def __init__(self) -> None:
        self.resolver: OrgResolver | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.resolver = OrgResolver.default()

    def to_disk(self, path, *, exclude=()) -> None:
        pass

    def from_disk(self, path, *, exclude=()) -> "Funding":
        return self

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        text = doc_text(doc)
        if not _TRIGGER.search(text):
            return doc  # most news and bios: no funding words at all
        document = {"id": document_id(text), "label": NodeLabel.DOCUMENT.value, "name": None}
        statements = list(_statements(doc))
        if statements:
            trim_entities(doc)
        for statement in statements:
            self._statement(doc, statement, document)
        return doc

    def _statement(self, doc: Doc, span: Span, document: dict[str, Any]) -> None:
        funders, unlinked = [], []
        offered = list(candidates(span))
        occupied = {i for c in offered for i in range(c.start, c.end)}
        covered: set[int] = set()
        for candidate in offered:
            if not_a_funder(candidate) and candidate.label_ != "FUNDER":
                candidate = funder_within(candidate)
                if candidate is None:
                    continue
            if recipient(candidate) or hedged(clause_path(candidate)):
                continue  # "We hope X will fund ...", "X declined to fund ...": no funding stated
            if in_disclaimer(candidate) or initials(candidate) or after_grant_in_aid(candidate) \
                    or place_only(candidate) or names_a_grant(candidate, offered) or funded_thing(candidate) \
                    or operator(candidate) or person_shaped(candidate) or thanked_for_what(candidate):
                continue
            candidate = with_slashed(candidate)
            if covered >= set(range(candidate.start, candidate.end)):
                continue  # "NCI" of "NIH/NCI": already part of the funder named before it
            covered.update(range(candidate.start, candidate.end))
            confidence = _funding_link(candidate, span)
            if confidence < 0.85 and thanked_for_help(candidate):
                continue  # "and CERN Theory Division for hospitality": not attached to a funding word
            (funders if confidence else unlinked).append((candidate, confidence))
        if not funders:
            return
        funders += [(c, 0.7) for c, _ in unlinked if _listed_with(c, [f for f, _ in funders])]
        linked = [f for f, _ in funders]
        funders += [(name, 0.6) for name in bare_names(span, occupied)
                    if (_given_by(name, span) or _in_funder_list(name, linked)) and not not_a_funder(name)
                    and not recipient(name) and not person_shaped(name)]
        funders.sort(key=lambda item: item[0].start)
        funders = _merge_acronyms(without_ministry_portfolios(funders))
        awards = awards_by_funder(span, funders)
        for candidate, confidence in funders:
            funder = self._funder(candidate)
            head = _funded(candidate, span) or document
            for award in awards.get(candidate.start, [None]):
                add_relation(doc, type="FUNDED_BY", head=head, tail=funder, sentence=span, confidence=confidence,
                             award_id=award)

    def _funder(self, span: Span) -> dict[str, Any]:
        if span._.kg:
            return dict(span._.kg)
        name = _funder_name(span)
        if self.resolver is None:
            self.resolver = OrgResolver.default()
        result = self.resolver.resolve(name)
        if result is not None and result.resolved and result.method != "fuzzy" or (
                result is not None and result.resolved and result.score >= 95):
            entry = self.resolver.get(result.id)
            if entry is not None:
                return {"id": entry.id, "label": entry.label.value, "name": entry.name, "country": entry.country,
                        "type": entry.type, "year": None, "kind": None, "score": round(float(result.score), 2),
                        "alias": result.alias}
        return {"id": "funder:" + slug(name), "label": NodeLabel.FUNDER.value,
                "name": name, "country": None, "type": "funder", "year": None, "kind": None, "score": None,
                "alias": None}


def _statements(doc: Doc) -> Iterator[Span]:
    sents = sentences(doc)
    i = 0
    while i < len(sents):
        start = sents[i].start
        end = sents[i].end
        while i + 1 < len(sents) and (_CUT.search(doc[start:end].text) or _continues(sents[i + 1])):
            i += 1
            end = sents[i].end
        span = doc[start:end]
        if _TRIGGER.search(span.text):
            yield span
        i += 1


def _continues(sent: Span) -> bool:
    first = sent[0]
    return first.is_digit or first.is_lower and first.is_alpha


def _in_funder_list(name: Span, funders: list[Span]) -> bool:
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


def _given_by(name: Span, span: Span) -> bool:
    """The name hangs from a funding word through a list only: "funded by A, B and C",
    "grants from A and B"; not "the lab of Smith", nor a name inside a longer phrase."""
    token = name.root
    for _ in range(12):
        if token.dep_ not in ("pobj", "conj", "agent", "appos", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if not span.start <= token.i < span.end:
            return False
        if _TRIGGER_WORD.match(token.text):
            return True
    return False


def _funding_word(token: Token) -> bool:
    """"support", "funding"; but not "technical support", "editorial support": help, not money."""
    return bool(_TRIGGER_WORD.match(token.text)) and not any(
        c.lower_ in _HELP_WORDS for c in token.children if c.dep_ in ("amod", "compound", "conj"))


def _funding_link(candidate: Span, span: Span) -> float:
    """How sure we are `candidate` funds: attached to a funding word in the parse, or a known funder."""
    if candidate.label_ == "FUNDER":
        return 0.95
    token = candidate.root
    for _ in range(7):
        thanked = token.dep_ == "nsubjpass" and token.head.lower_ in THANK | {"thanked"}  # "X is acknowledged"
        if token.dep_ not in _CLIMB and not thanked or token.head.i == token.i:
            break
        token = token.head
        if token.i < span.start or token.i >= span.end:
            break
        if _funding_word(token) and not (candidate.start <= token.i < candidate.end):
            return 0.85
        if coarse(token) in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and _funding_word(c) for c in token.children):
            return 0.85  # "Funding for this study was provided by X"
        if token.lower_ in THANK and _money_near(token, candidate, span):
            return 0.8
    if _thanked_for_support(candidate, span):
        return 0.75
    by = _list_opener(candidate, span)
    if by is not None and _TRIGGER.search(span.doc[span.start:by.i].text):
        return 0.7  # "supported by Kakenhi (15H05569), the Life Science Foundation of Japan, and X"
    return 0.0


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


def _listed_with(candidate: Span, funders: list[Span]) -> bool:
    """In the same list as a funder the parse did link: "supported by NSF, the Sandler Foundation and X"."""
    doc = candidate.doc
    for funder in funders:
        lo, hi = (funder.end, candidate.start) if funder.end <= candidate.start else (candidate.end, funder.start)
        gap = _outside_brackets(doc[lo:hi])
        if len(gap) <= 25 and not any(t.tag_.startswith("VB") or t.text in (".", ":") or t.lower_ in _HELP_WORDS
                                      for t in gap) and (
                ";" not in {t.text for t in gap} or candidate.root.dep_ not in ("nsubj", "nsubjpass")):
            return True  # "...; and DIMACS", but not "...; X provided the samples"
    return False


def _outside_brackets(gap: Span) -> list[Token]:
    """The list's own words: "(grant no.: 2016A020215106)" between two funders is not a new clause."""
    kept, depth = [], 0
    for token in gap:
        depth += token.text in ("(", "[")
        if depth == 0:
            kept.append(token)
        depth = max(0, depth - (token.text in (")", "]")))
    return kept


def _merge_acronyms(funders: list[tuple[Span, float]]) -> list[tuple[Span, float]]:
    """"National Institutes of Health (NIH)": the acronym names the funder before it."""
    kept: list[tuple[Span, float]] = []
    for candidate, confidence in funders:
        if kept:
            previous = kept[-1][0]
            gap = candidate.doc[previous.end: candidate.start]
            if len(gap) >= 1 and all(t.text in ("(", "[") for t in gap) and (
                    len(candidate) == 1 or not candidate._.kg and candidate.label_ != "FUNDER"):
                continue  # "(NIH)", "German Cancer Aid (Deutsche Krebshilfe)": another name of the same funder
            if len(gap) == 1 and gap[0].text in ("/", "-"):
                doc = candidate.doc
                merged = Span(doc, previous.start, candidate.end, label=previous.label_)
                if previous._.kg is not None:
                    merged._.kg = previous._.kg
                kept[-1] = (merged, kept[-1][1])
                continue
        kept.append((candidate, confidence))
    return kept


def _funded(candidate: Span, span: Span) -> dict[str, Any] | None:
    """The person a funding clause is about ("Alice Wu was supported by ..."), when it names one."""
    token = candidate.root
    for _ in range(7):
        if token.head.i == token.i:
            break
        token = token.head
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.ent_type_ == "PERSON":
                ent = next((e for e in span.ents if e.start <= child.i < e.end), None)
                if ent is not None:
                    name = clean_name(ent.text)
                    return {"id": person_id(name=name), "label": NodeLabel.PERSON.value, "name": name,
                            "country": None, "type": None, "year": None, "kind": None, "score": None,
                            "alias": None}
    return None


def _funder_name(span: Span) -> str:
    name = clean_name(span.text)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    return name or span.text
