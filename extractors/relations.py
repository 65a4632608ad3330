"""What relation components share, and the component that turns an annotated Doc into a Document.

Relation components (`kg_careers`, `kg_funding`) append plain dicts to `doc._.kg_relations`
and entity dicts to `doc._.kg_extra`; `kg_document` gathers them, the gazetteer and
resolver hits and the policies into `doc._.kg_document`, a plain dict that crosses
process boundaries (nlp.pipe with n_process) and validates as `kg.model.Document`.

Negation and hedging are decided here, once: a relation whose trigger sits under a
negation ("did not join"), a refusal ("declined", "turned down an offer from"), a rumour
or expectation ("was rumoured to join", "is expected to") or a modal ("will", "may")
is not emitted. That keeps the graph to stated facts; `kg extract` shows what is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.gazetteer import ORG_LABELS
from kg.model import NodeLabel, document_id, org_id, person_id, slug

for _name, _default in (("kg_relations", None), ("kg_extra", None), ("kg_document", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("kg_referent"):
    # The entity a mention stands for without naming it ("the company", "At Halle" for its university).
    Span.set_extension("kg_referent", default=None)

# Words on the path from an organisation to its trigger that cancel or weaken the statement.
_HEDGES = frozenset(
    """decline declined declines declining refuse refused refuses rejected reject rejects deny denied denies
    rumour rumoured rumor rumored rumours rumors rumoured speculation speculated expected expect expects
    likely unlikely plan plans planned planning considering consider considered considers poised hope hopes
    hoped want wants wanted intend intends intended aim aims aimed interview interviewed interviewing
    apply applied applies applying tried try attempt attempted fail failed nearly almost talks negotiations
    negotiating courted courting approached offer offers offered rebuffed spurned set slated tipped
    would-be candidate reportedly allegedly possibly perhaps maybe""".split()
)
_MODALS = frozenset({"will", "would", "may", "might", "could", "should", "shall", "'ll", "can", "must"})
_ACCEPT = frozenset({"accept", "accepted", "accepts", "accepting", "took", "take", "takes", "taking"})
_PARTICLE_NEGATION = {("turned", "down"), ("turn", "down"), ("turns", "down"), ("turning", "down"),
                      ("passed", "on"), ("pass", "on"), ("walked", "away")}
_LEADING = re.compile(r"^(?:(?i:the|a|an)\s+|(?:later|then|also|both|subsequently|eventually|formerly)\s+(?=[A-Z]))+")
_TRAILING = re.compile(r"(?:\s*['’]s?|\s*[,.;:])+$")


def init_doc(doc: Doc) -> None:
    if doc._.kg_relations is None:
        doc._.kg_relations = []
    if doc._.kg_extra is None:
        doc._.kg_extra = []


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc (`doc.sents` walks every token each time)."""
    bounds = doc.user_data.get("kg_sents")
    if bounds is None:
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        doc.user_data["kg_sents"] = bounds
    return [doc[start:end] for start, end in bounds]


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc (`doc.text` joins every token each time it is read)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def clean_name(text: str) -> str:
    """'the University of Alberta' -> 'University of Alberta'; spaces around punctuation kept as written."""
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    return _TRAILING.sub("", text).strip()


def org_entity(span: Span, *, label: NodeLabel = NodeLabel.ORGANIZATION) -> dict[str, Any]:
    """The entity a description stands for, the known entity a span was resolved to, else a new one keyed
    by its slug."""
    referent = span._.kg_referent
    if referent:
        return referent
    if span._.kg:
        return span._.kg
    name = clean_name(span.text)
    return {"id": org_id(name) if label is NodeLabel.ORGANIZATION else f"funder:{slug(name)}", "label": label.value, "name": name, "country": None, "type": None,
            "year": None, "kind": None, "score": None, "alias": None}


def person_entity(name: str) -> dict[str, Any]:
    return {"id": person_id(name=name), "label": NodeLabel.PERSON.value, "name": name, "country": None,
            "type": None, "year": None, "kind": None, "score": None, "alias": None}


def is_org(span: Span) -> bool:
    return span.label_ in ORG_LABELS


def hedged(path: Iterable[Token]) -> bool:
    """True when a token on the path is negated, hedged, modal or a refusal."""
    for token in path:
        lower = token.lower_
        if lower in _HEDGES:
            if lower.startswith("offer") and token.head.lower_ in _ACCEPT:
                continue  # "accepted an offer from X" is a fact
            return True
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                return True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _MODALS:
                return True
            if child.dep_ == "prt" and (lower, child.lower_) in _PARTICLE_NEGATION:
                return True
            if child.dep_ == "advmod" and child.lower_ in _HEDGES:
                return True
    return False


def add_relation(
    doc: Doc,
    *,
    type: str,
    head: dict[str, Any],
    tail: dict[str, Any],
    sentence: Span,
    confidence: float,
    start: int | None = None,
    end: int | None = None,
    degree: str | None = None,
    role: str | None = None,
    award_id: str | None = None,
) -> None:
    init_doc(doc)
    doc._.kg_extra.extend([head, tail])
    doc._.kg_relations.append({
        "type": type, "head": head["id"], "tail": tail["id"], "start": start, "end": end, "degree": degree,
        "role": role, "award_id": award_id, "evidence": " ".join(sentence.text.split())[:2000],
        "confidence": round(confidence, 3), "method": "text",
    })


@Language.factory(
    "kg_document",
    requires=["doc.ents", "span._.kg", "doc._.kg_relations"],
    assigns=["doc._.kg_document"],
)
def make_document_builder(nlp: Language, name: str) -> "DocumentBuilder":
    return DocumentBuilder()


class DocumentBuilder:
    """Gathers entities, mention counts, policies and relations into one plain Document dict."""

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        entities: dict[str, dict[str, Any]] = {}
        mentions: Counter[str] = Counter()
        ents = list(doc.ents)
        for ent in ents:
            if ent._.kg:
                info = ent._.kg
                entities.setdefault(info["id"], dict(info, text=ent.text))
                mentions[info["id"]] += 1
        in_relations = {key for rel in doc._.kg_relations for key in (rel["head"], rel["tail"])}
        for info in doc._.kg_extra:
            if info["id"] in in_relations and info["id"] not in entities and info["label"] != "Document":
                entities[info["id"]] = dict(info, text=info.get("alias") or info["name"])
        for ent in ents:
            if ent.label_ == "PERSON":
                pid = person_id(name=ent.text)
                if pid in entities:
                    mentions[pid] += 1
        for key in entities:
            mentions[key] = max(mentions[key], 1)
        relations = _unique_relations(doc._.kg_relations)
        doc._.kg_document = {
            "id": document_id(doc.user_data.pop("kg_text", None) or doc.text),  # the cache need not travel on
            "entities": list(entities.values()),
            "mentions": dict(mentions),
            "relations": relations,
        }
        return doc


def _unique_relations(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One relation per (type, head, tail, award): the most confident, years filled from the others."""
    best: dict[tuple, dict[str, Any]] = {}
    for rel in relations:
        if rel["head"] == rel["tail"]:
            continue
        key = (rel["type"], rel["head"], rel["tail"], rel.get("award_id"))
        kept = best.get(key)
        if kept is None:
            best[key] = dict(rel)
            continue
        if rel["confidence"] > kept["confidence"]:
            rel, kept = kept, dict(rel)
            best[key] = kept
        for field in ("start", "end", "degree", "role"):
            if kept.get(field) is None and rel.get(field) is not None:
                kept[field] = rel[field]
    return list(best.values())
