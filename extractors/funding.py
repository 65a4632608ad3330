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
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.affiliation import country_of
from extractors.awards import awards_by_funder
from extractors.funder_filters import (
    acronym,
    after_grant_in_aid,
    funder_within,
    in_award_citation,
    in_disclaimer,
    not_a_funder,
    place_only,
)
from extractors.funder_namesakes import country_written, nationality_before
from extractors.funder_names import bare_names, candidates, narrow_entity, trim_entities, with_slashed
from extractors.funder_roles import (
    clause_path,
    funded_thing,
    glossed_by_award,
    in_a_framework,
    modifier_of_next,
    names_a_grant,
    operator,
    others_scheme,
    person_shaped,
    persons_employer,
    thanked_for_help,
    thanked_for_what,
    without_ministry_portfolios,
)
from extractors.funder_parents import government_in_address
from extractors.funder_schemes import funders_scheme, in_funders_bracket, own_scheme
from extractors.funding_links import (
    TRIGGER,
    donated_thing,
    funding_link,
    given_by,
    gives_to_others,
    in_funder_list,
    listed_with,
)
from extractors.funding_recipients import initials, recipient
from extractors.funding_statements import funding_statements
from extractors.gazetteer import entity_info
from extractors.relations import (
    add_relation,
    clean_name,
    doc_text,
    hedged,
    init_doc,
    person_entity,
)
from extractors.resolver import OrgResolver
from kg.model import NodeLabel, document_id, slug

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
        if not TRIGGER.search(text):
            return doc  # most news and bios: no funding words at all
        document = {"id": document_id(text), "label": NodeLabel.DOCUMENT.value, "name": None}
        statements = list(funding_statements(doc))
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
        policies = {i for e in span.ents if e.label_ == "POLICY" for i in range(e.start, e.end)}
        for candidate in offered:
            if policies.intersection(range(candidate.start, candidate.end)):
                continue  # "The CHIPS and Science Act funds new fabs": a policy, not who funded this work
            if not_a_funder(candidate) and candidate.label_ != "FUNDER":
                whole, candidate = candidate, funder_within(candidate)
                if candidate is None:
                    continue
                narrow_entity(whole, candidate)
            if recipient(candidate) or hedged(clause_path(candidate)):
                continue  # "We hope X will fund ...", "X declined to fund ...": no funding stated
            if in_disclaimer(candidate) or initials(candidate) or after_grant_in_aid(candidate) \
                    or place_only(candidate) or names_a_grant(candidate, offered) or funded_thing(candidate) \
                    or operator(candidate) or person_shaped(candidate) or thanked_for_what(candidate) \
                    or glossed_by_award(candidate, offered) or persons_employer(candidate) \
                    or in_a_framework(candidate) or others_scheme(candidate, offered) or modifier_of_next(candidate) \
                    or gives_to_others(candidate) or donated_thing(candidate) \
                    or funders_scheme(candidate, offered) or own_scheme(candidate) or in_award_citation(candidate) \
                    or government_in_address(candidate, offered) or in_funders_bracket(candidate, offered):
                continue
            candidate = with_slashed(candidate)
            if covered >= set(range(candidate.start, candidate.end)):
                continue  # "NCI" of "NIH/NCI": already part of the funder named before it
            covered.update(range(candidate.start, candidate.end))
            confidence = funding_link(candidate, span)
            if confidence < 0.85 and thanked_for_help(candidate):
                continue  # "and CERN Theory Division for hospitality": not attached to a funding word
            (funders if confidence else unlinked).append((candidate, confidence))
        if not funders:
            return
        funders += [(c, 0.7) for c, _ in unlinked if listed_with(c, [f for f, _ in funders])]
        linked = [f for f, _ in funders]
        funders += [(name, 0.6) for name in bare_names(span, occupied)
                    if (given_by(name, span) or in_funder_list(name, linked)) and not not_a_funder(name)
                    and not recipient(name) and not person_shaped(name)]
        funders.sort(key=lambda item: item[0].start)
        funders = _merge_acronyms(without_ministry_portfolios(funders))
        awards = awards_by_funder(span, funders)
        countries = _named_countries(span)
        found = [(candidate, confidence, self._funder(candidate, countries), _funded(candidate, span) or document)
                 for candidate, confidence in funders]
        # "the DFG (DFG, German Research Foundation) ... 390740016": one funder named twice, once with its award
        awarded = {(funder["id"], head["name"]) for candidate, _, funder, head in found if awards.get(candidate.start)}
        for candidate, confidence, funder, head in found:
            given = awards.get(candidate.start)
            if not given and (funder["id"], head["name"]) in awarded:
                continue
            for award in given or [None]:
                add_relation(doc, type="FUNDED_BY", head=head, tail=funder, sentence=span, confidence=confidence,
                             award_id=award)

    def _funder(self, span: Span, countries: set[str]) -> dict[str, Any]:
        if self.resolver is None:
            self.resolver = OrgResolver.default()
        if span._.kg:
            return self._namesake_in(span, countries) or self._abroad(span) or dict(span._.kg)
        return self._resolved(_funder_name(span))

    def _resolved(self, name: str, country: str | None = None, *, namesake: str | None = None) -> dict[str, Any]:
        """The known funder `name` resolves to (in `country`, when given; never the `namesake` id it is not),
        else an unlinked funder of that name."""
        result = self.resolver.resolve(name, country=country)
        if result is not None and result.resolved and result.method != "fuzzy" or (
                result is not None and result.resolved and result.score >= 95):
            entry = self.resolver.get(result.id)
            if entry is not None and (country is None or entry.country == country) and entry.id != namesake:
                return _linked(entry, result)
        return {"id": "funder:" + slug(name), "label": NodeLabel.FUNDER.value,
                "name": name, "country": None, "type": "funder", "year": None, "kind": None, "score": None,
                "alias": None}

    def _abroad(self, span: Span) -> dict[str, Any] | None:
        """A linked name that says it is another country's funder ("National Research Foundation, Singapore",
        "South African Medical Research Council"): that country's funder of the name, or the name unlinked."""
        known = span._.kg
        written = country_written(span)
        if written is not None and known.get("country") and written[0] != known["country"]:
            name = clean_name(span.doc[span.start: written[1]].text)
            return self._resolved(name, written[0], namesake=known.get("id"))
        if nationality_before(span, known.get("alias") or "", known.get("country")):
            return self._resolved(_funder_name(span), namesake=known.get("id"))
        return None

    def _namesake_in(self, span: Span, countries: set[str]) -> dict[str, Any] | None:
        """"the National Science and Technology Council (NSTC), Taiwan, under grants ... and MOST 110-...": an
        acronym two countries' funders share is the one of the country the statement names, not the namesake
        the gazetteer knows first (China's MOST)."""
        known = span._.kg
        if len(span) != 1 or not acronym(span[0]) or not countries or known.get("country") in countries:
            return None
        for country in sorted(countries):
            result = self.resolver.resolve(span.text, country=country)
            entry = self.resolver.get(result.id) if result is not None and result.resolved \
                and result.method == "acronym" else None
            if entry is not None and entry.country == country and entry.id != known.get("id"):
                return _linked(entry, result)
        return None


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
            if len(gap) == 1 and gap[0].text in ("/", "-") or _slashed_tail(gap):
                doc = candidate.doc
                merged = Span(doc, previous.start, candidate.end, label=previous.label_)
                if previous._.kg is not None:
                    merged._.kg = previous._.kg
                kept[-1] = (merged, kept[-1][1])
                continue
        kept.append((candidate, confidence))
    return kept


def _slashed_tail(gap: Span) -> bool:
    """"European Union NextGenerationEU/PRTR": the funder's programme written after its name, then a plan glued
    to it by a slash: one funder's name, not a second funder."""
    if len(gap) < 2:
        return False
    words, slash = gap[:-1], gap[-1]
    return 1 <= len(words) <= 2 and slash.text == "/" and not slash.whitespace_ and not words[-1].whitespace_ \
        and all(t.text[:1].isupper() and t.is_alpha for t in words)


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
                    return person_entity(name)  # the document builder gives it the document's id for this person
    return None


def _named_countries(span: Span) -> set[str]:
    """The countries a statement names as places ("Taiwan", "the Republic of Korea")."""
    return {code for e in span.ents if e.label_ == "GPE" for code in [country_of(e.text)] if code}


def _funder_name(span: Span) -> str:
    name = clean_name(span.text)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    return name or span.text


def _linked(entry, result) -> dict[str, Any]:
    """The known funder a resolver hit names, with the hit's score and alias (a funder carries no year or kind)."""
    return dict(entity_info(entry), year=None, kind=None, score=round(float(result.score), 2), alias=result.alias)
