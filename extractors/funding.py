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
from extractors.relations import add_relation, clean_name, init_doc, sentences
from extractors.resolver import OrgResolver
from extractors.vocabulary import coarse
from kg.model import NodeLabel, document_id, person_id, slug

_TRIGGER = re.compile(
    r"\b(support(?:ed|s|ing)?|fund(?:ed|ing|s)?|sponsor\w*|financ\w*|grants?|granted|awards?|awarded|"
    r"fellowships?|scholarships?|subsid\w+|endow\w*|contracts?|programmes?|programs?)\b",
    re.I,
)
# The words a funder must hang off: prizes ("best paper award at SIGIR") and programmes are not funding.
_TRIGGER_WORD = re.compile(
    r"^(support(?:ed|s|ing)?|fund(?:ed|ing|s)?|sponsor\w*|financ\w*|grants?|granted|awarded|fellowships?|"
    r"scholarships?|subsid\w+|endow\w*|contracts?)$",
    re.I,
)
_CUT = re.compile(r"(\b(?:no|nos|grant|grants|contract|award)\.?|\bNo\.)\s*$", re.I)
_GRANT_IN_AID = re.compile(r"(?:(?:grants?[- ]?in[- ]?|grantin-)aid|aid for)\b", re.I)
# "X by Y" where Y runs, hosts or oversees something rather than paying for it.
_NOT_FUNDING_BY = frozenset("""operated monitored administered managed hosted led established coordinated organized
    organised overseen oversight conducted performed carried implemented""".split())
_BODY_WORDS = frozenset("""foundation foundations council agency ministry fund funds trust society office academy
    university commission department administration association institute institutes organization organisation
    government union bureau authority center centre service services state corporation company inc ltd
    laboratory laboratories labs""".split())
_GRANT_KINDS = frozenset("""grant grants award awards fellowship fellowships scholarship scholarships studentship
    studentships chair prize""".split())
_PROJECT_WORDS = frozenset("""project projects programme programmes program programs consortium network
    initiative study studies action scheme survey""".split())
_DISCLAIMER = re.compile(r"necessarily (?:reflect|represent)|views (?:of|expressed)|official (?:policies|endorsement)"
                         r"|opinions, findings|no role in", re.I)
_RECEIVE = frozenset({"received", "receives", "receive", "holds", "held", "acknowledge", "acknowledges"})
_ORG_WORDS = frozenset(
    """foundation council agency institute institutes ministry fund funds trust society office academy university
    commission department administration association center centre organization organisation corporation inc
    ltd laboratory board bureau union service authority initiative program programme fellowship research
    science sciences health charity consortium network government republic agency cassa stiftung fonds
    fondation fundación fundação fondazione fundacion company labs lab laboratories inc corp corporation gmbh
    plc llc pharmaceuticals pharma industries group bank""".split()
)
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "für", "&", "-", "in", "on", "'s", "à"})
_NOT_FUNDERS = frozenset({"we", "this", "the", "these", "our", "dr", "prof", "acknowledgments", "acknowledgements",
                          "funding", "grant", "grants", "award", "project", "no", "nos", "acknowledgment",
                          "contract", "contracts", "phd", "support", "supported"})
_CLIMB = frozenset({"pobj", "prep", "conj", "appos", "compound", "nmod", "amod", "poss", "npadvmod", "agent",
                    "dobj", "nsubj", "pcomp", "attr", "dep", "cc", "acl", "relcl"})
# Head words of programmes, projects and the like: what was funded, or how, not who funded it.
_NOT_FUNDER_HEADS = frozenset("""program programme programs programmes project projects study studies
    scheme schemes award awards grant grants contract contracts network cohort consortium trial plan plans
    fellowship fellowships scholarship scholarships studentship studentships prize""".split())
# "financial support", "funding": the thanks are for money, not for help.
_MONEY = re.compile(r"\b(financ\w*|fund\w*|grants?|fellowships?|scholarships?|sponsor\w*)\b", re.I)
_THANK = frozenset({"thank", "thanks", "acknowledge", "acknowledges", "acknowledged", "grateful", "gratefully",
                    "indebted", "thankful", "obliged", "appreciate", "appreciates", "gratitude", "due"})


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
        if not _TRIGGER.search(doc.text):
            return doc  # most news and bios: no funding words at all
        document = {"id": document_id(doc.text), "label": NodeLabel.DOCUMENT.value, "name": None}
        statements = list(_statements(doc))
        if statements:
            _trim_entities(doc)
        for statement in statements:
            self._statement(doc, statement, document)
        return doc

    def _statement(self, doc: Doc, span: Span, document: dict[str, Any]) -> None:
        funders, unlinked = [], []
        for candidate in _candidates(span):
            if _recipient(candidate) or (_not_a_funder(candidate) and candidate.label_ != "FUNDER"):
                continue
            if _in_disclaimer(candidate) or _initials(candidate):
                continue
            candidate = _with_slashed(candidate)
            confidence = _funding_link(candidate, span)
            (funders if confidence else unlinked).append((candidate, confidence))
        if not funders:
            return
        funders += [(c, 0.7) for c, _ in unlinked if _listed_with(c, [f for f, _ in funders])]
        funders.sort(key=lambda item: item[0].start)
        funders = _merge_acronyms(funders)
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


def _candidates(span: Span) -> Iterator[Span]:
    taken: set[int] = set()
    people: set[int] = set()
    for ent in span.ents:
        if ent.label_ == "PERSON" and not any(t.lower_ in _CUT_WORDS or _has_digit(t) for t in ent):
            # not a person: "Grant MDA904-96-1-0111", "NSA Grant MDA904"
            people.update(range(ent.start, ent.end))
    for ent in span.ents:
        named_like_org = ent.label_ == "PERSON" and len(ent) > 1 and {t.lower_ for t in ent} & _ORG_WORDS
        if (ent.label_ in ("ORG", "FUNDER") or named_like_org) and any(t.is_alpha for t in ent) and _plausible(ent):
            taken.update(range(ent.start, ent.end))
            trimmed = _trim(ent)
            if not (len(trimmed) == 1 and not trimmed._.kg and _acronym(trimmed[0]) and _code_like(trimmed)):
                yield trimmed  # "DBI 0638536", "FKZ: 01ZZ1801A": the letters are part of the award id
    for run in _capitalised_runs(span):
        run = _trim(run)
        if not (set(range(run.start, run.end)) & (taken | people)):
            yield run


def _has_digit(token: Token) -> bool:
    return any(c.isdigit() for c in token.text)


def _capitalised_runs(span: Span) -> Iterator[Span]:
    """Title-case names NER missed: "Marvin Weil Epilepsy Research Fund", "CNPq"."""
    doc = span.doc
    i = span.start
    while i < span.end:
        if not _capital(doc[i]) or doc[i].i == span.start:
            i += 1
            continue
        j = i
        while j + 1 < span.end and (_capital(doc[j + 1]) or (
                doc[j + 1].lower_ in _CONNECTORS and j + 2 < span.end and _capital(doc[j + 2]))):
            j += 1
        run = doc[i: j + 1]
        words = {t.lower_ for t in run}
        if len(run) == 1 and _code_like(run):
            i = j + 1
            continue
        if (words & _ORG_WORDS and len(run) >= 2) or any(_acronym(t) and len(t) >= 3 for t in run):
            if run[0].lower_ not in _NOT_FUNDERS:
                yield run
        i = j + 1


def _code_like(run: Span) -> bool:
    """A lone acronym in brackets names a project or a person's initials ("(BrainScales)", "(SBE)"),
    and one followed by digits is part of an award id ("DAAH 049510494")."""
    doc = run.doc
    before = doc[run.start - 1].text if run.start > 0 else ""
    after = doc[run.end] if run.end < len(doc) else None
    if before in ("(", "[") and after is not None and after.text in (")", "]", ";", ","):
        return True
    if after is not None and after.text in (":", "#", "-", "No", "no", "No.", "no.") and run.end + 1 < len(doc):
        after = doc[run.end + 1]
    return after is not None and any(c.isdigit() for c in after.text)


def _capital(token: Token) -> bool:
    return token.is_alpha and (token.is_title or _acronym(token)) or token.text in ("&",)


def _acronym(token: Token) -> bool:
    text = token.text
    return 2 <= len(text) <= 10 and text.isalpha() and sum(c.isupper() for c in text) >= 2 and text[0].isupper()


def _plausible(ent: Span) -> bool:
    first = ent[0].lower_
    return first not in ("grant", "grants", "no", "nos") and not all(t.like_num or not t.is_alpha for t in ent)


_TRAILING_WORDS = frozenset({"grant", "grants", "award", "awards", "'s", "’s", "no", "nos", "number", "and", "of",
                             "under", "contract", "contracts", "project", "the"})


_CUT_WORDS = frozenset({"grant", "grants", "award", "awards", "number", "no", "no.", "nos", "nos.", "under",
                        "contract", "contracts", "(", "[", "#"})


def _trim_entities(doc: Doc) -> None:
    """NER runs organisations into their awards ("NSF Grant CCR89-10707"): cut the entity itself,
    so the funder's mention (and the name the document reports) is the organisation alone."""
    ents, changed = [], False
    for ent in doc.ents:
        trimmed = _trim(ent) if ent.label_ in ("ORG", "FUNDER") else ent
        changed = changed or trimmed is not ent
        ents.append(trimmed)
    if changed:
        doc.ents = ents


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    for i in range(start + 1, end):  # "NSF Grants IRI9306580", "NIH under Award Number U01HG008226"
        following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if doc[i].lower_ in _CUT_WORDS and following not in _ORG_WORDS or any(c.isdigit() for c in doc[i].text):
            end = i  # but "W. T. Grant Foundation" is a name
            break
    while end > start and (doc[end - 1].lower_ in _TRAILING_WORDS or any(c.isdigit() for c in doc[end - 1].text)
                           or doc[end - 1].is_punct):
        end -= 1
    if (start, end) == (span.start, span.end) or end <= start:
        return span
    trimmed = Span(doc, start, end, label=span.label_)
    if span._.kg is not None:  # a bare run must not wipe the entity it overlaps
        trimmed._.kg = span._.kg
    return trimmed


def _funding_link(candidate: Span, span: Span) -> float:
    """How sure we are `candidate` funds: attached to a funding word in the parse, or a known funder."""
    if candidate.label_ == "FUNDER":
        return 0.95
    token = candidate.root
    for _ in range(7):
        if token.dep_ not in _CLIMB or token.head.i == token.i:
            break
        token = token.head
        if token.i < span.start or token.i >= span.end:
            break
        if _TRIGGER_WORD.match(token.text) and not (candidate.start <= token.i < candidate.end):
            return 0.85
        if coarse(token) in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and _TRIGGER_WORD.match(c.text) for c in token.children):
            return 0.85  # "Funding for this study was provided by X"
        if token.lower_ in _THANK and _money_near(token, candidate, span):
            return 0.8
    position = candidate.start - 1
    while position > span.start and span.doc[position].lower_ in ("the", "a", "an"):
        position -= 1
    before = span.doc[position] if position >= span.start else None
    if before is not None and before.lower_ in ("by", "from") and _TRIGGER.search(span.doc[span.start:candidate.start].text):
        return 0.7
    return 0.0


def _money_near(thank: Token, candidate: Span, span: Span) -> bool:
    """"We thank X for financial support", not "We thank X for hospitality; NSF funded the work":
    the money word sits in the thanks' own clause."""
    doc = span.doc
    lo = min(thank.i, candidate.start)
    hi = min(span.end, max(thank.i, candidate.end) + 12)
    for token in doc[lo:hi]:
        if token.i > candidate.end and token.text in (";", "."):
            break
        if _MONEY.match(token.text):
            return True
    return False


def _listed_with(candidate: Span, funders: list[Span]) -> bool:
    """In the same list as a funder the parse did link: "supported by NSF, the Sandler Foundation and X"."""
    doc = candidate.doc
    for funder in funders:
        lo, hi = (funder.end, candidate.start) if funder.end <= candidate.start else (candidate.end, funder.start)
        gap = doc[lo:hi]
        if len(gap) <= 25 and not any(t.tag_.startswith("VB") or t.text in (".", ":") for t in gap) and (
                ";" not in gap.text or candidate.root.dep_ not in ("nsubj", "nsubjpass")):
            return True  # "...; and DIMACS", but not "...; X provided the samples"
    return False


def _recipient(candidate: Span) -> bool:
    """"a grant from X to SC", "CH and EJ were supported by": who received, not who gave."""
    doc = candidate.doc
    position = candidate.start - 1
    while position > 0 and doc[position].lower_ in ("the", "a", "an", "its", "their"):
        position -= 1
    before = doc[position].lower_ if position >= 0 else ""
    if before == "to" and position > 0:
        return doc[position - 1].lower_ not in _THANK  # "grateful to X for support" names the funder
    if before in ("at", "in"):
        return True  # "a grant to ITAMP at the Harvard-Smithsonian Center": the host, not the funder
    if before == "by" and doc[position].head.lower_ in _NOT_FUNDING_BY:
        return True  # "operated by", "monitored by", "administered by"
    root = candidate.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "compound":
        root = root.head
    # "X is acknowledged for funding" names the funder; "CH and EJ were supported by" the funded.
    return root.dep_ == "nsubjpass" and root.head.lower_ not in _THANK and root.head.lower_ != "thanked"


def _not_a_funder(candidate: Span) -> bool:
    words = [t for t in candidate if t.is_alpha]
    if not words:
        return True
    if len(candidate) == 1 and len(candidate.text) <= 2:
        return True  # "US", "AI", initials
    doc = candidate.doc
    after = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
    position = candidate.start - 1
    while position > 0 and doc[position].lower_ in ("the", "a", "an", "its", "their", "our", "this"):
        position -= 1
    before = doc[position].lower_ if position >= 0 else ""
    if before in _PROJECT_WORDS or before in ('"', "“", "'", "‘"):
        return True
    unknown = not candidate._.kg and candidate.label_ != "FUNDER" and not ({t.lower_ for t in words} & _BODY_WORDS)
    if unknown and (after in _PROJECT_WORDS or after in _GRANT_KINDS and len(words) > 1
                    and not any(_acronym(t) for t in words)):
        # "the DCOMM project", "a Merit Review Award", "a VICI grant"; but "the NIH Roadmap program",
        # "NSF grant", "a Wellcome Trust fellowship" keep their funder
        return True
    if words[0].lower_ in ("program", "programme", "project", "projects", "programs"):
        return True  # "Program of Shanghai Academic Research Leader"  # "the ANR project ASSK", "the DCOMM project", "on "Research in Intelligent Systems""
    if _GRANT_IN_AID.match(candidate.text):
        return True  # Japan's "Grant-in-Aid for Scientific Research" is a grant, not its funder
    head = words[-1].lower_
    if head in ("program", "programme", "project") and words[0].lower_ in ("national", "state", "federal", "key"):
        return False  # "National Basic Research Program (of China)": a government funding body
    return head in _NOT_FUNDER_HEADS


def _in_disclaimer(candidate: Span) -> bool:
    """"... do not necessarily reflect the views of the National Science Foundation"."""
    return bool(_DISCLAIMER.search(candidate.sent.text))


def _initials(candidate: Span) -> bool:
    """People's initials: "(LEN and CMC)", "SCS and RSS thank ...", "JDC acknowledges support"."""
    if candidate._.kg or candidate.label_ == "FUNDER" or len(candidate) != 1:
        return False
    token = candidate[0]
    if not (token.is_upper and token.is_alpha and 2 <= len(token) <= 4):
        return False
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in _THANK | _RECEIVE:
        return True
    doc = candidate.doc
    before = doc[candidate.start - 1].text if candidate.start else ""
    after = doc[candidate.end].text if candidate.end < len(doc) else ""
    return before in ("(", "and", ",", ";", "to") and after in (")", "and", ",", ";") and (
        before != "," or after == ")") and any(t.text == "(" for t in doc[max(0, candidate.start - 4): candidate.start])


def _with_slashed(candidate: Span) -> Span:
    """"NIH/NCI", "NSF/NASA": a funder and its institute or partner, named together."""
    doc = candidate.doc
    end = candidate.end
    while end + 1 < len(doc) and doc[end].text == "/" and not doc[end].whitespace_ and _capital(doc[end + 1]) \
            and not _has_digit(doc[end + 1]):
        end += 2
    if end == candidate.end:
        return candidate
    return Span(doc, candidate.start, end, label=candidate.label_)


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
