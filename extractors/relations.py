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
from extractors.textpeople import POSITION, mention_starts, rekeyed, text_person_ids
from extractors.vocabulary import DENIALS, coarse, degree_word
from kg.model import NodeLabel, document_id, org_id, person_id, slug

for _name, _default in (("kg_relations", None), ("kg_extra", None), ("kg_document", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("kg_referent"):
    # The entity a mention stands for without naming it ("the company", "At Halle" for its university).
    Span.set_extension("kg_referent", default=None)

# Words on the path from an organisation to its trigger that cancel or weaken the statement.
_HEDGES = frozenset(
    """decline declined declines declining refuse refused refuses rejected reject rejects
    rumour rumoured rumor rumored rumours rumors rumoured speculation speculated expected expect expects
    likely unlikely plan plans planned planning considering consider considered considers poised hope hopes
    hoped want wants wanted intend intends intended aim aims aimed interview interviewed interviewing
    apply applied applies applying tried try attempt attempted fail failed nearly almost talks negotiations
    negotiating courted courting approached offer offers offered rebuffed spurned set slated tipped
    would-be candidate reportedly allegedly possibly perhaps maybe""".split()
) | DENIALS
_MODALS = frozenset({"will", "would", "may", "might", "could", "should", "shall", "'ll", "’ll", "'d", "’d", "can",
                     "must"})  # "I'd love to spend a sabbatical at X"
_WOULD_OR_HAD = frozenset({"'d", "’d"})  # "would" before a bare verb ("I'd love to"), "had" before "joined"
# Verbs whose past participle is their bare form: "who'd become a professor at MIT in 2015" is "had become".
_SAME_PARTICIPLE = frozenset("become come run put set cut let quit read spread shut overcome".split())
# Verbs of holding on to a post one has: "will keep an honorary professorship at X" says one has it. ("will remain
# at X" was tried too: on the held-out probe it found one more relation that is not there.)
_KEEPING = frozenset("keep keeps retain retains continue".split())  # "will continue to teach at NYU"
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


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of the doc's sentences, computed once per doc."""
    bounds = doc.user_data.get("kg_sents")
    if bounds is None:
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        doc.user_data["kg_sents"] = bounds
    return bounds


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc (`doc.sents` walks every token each time)."""
    return [doc[start:end] for start, end in sentence_bounds(doc)]


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc (`doc.text` joins every token each time it is read)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def text_lines(doc: Doc) -> list[tuple[int, str]]:
    """(start offset, line) of each non-empty line of the doc's text, split once per doc: several layout rules walk
    a doc's lines (signatures, directories, marked bylines)."""
    lines = doc.user_data.get("kg_lines")
    if lines is None:
        lines = doc.user_data["kg_lines"] = [(m.start(), m.group()) for m in _LINE.finditer(doc_text(doc))]
    return lines


_LINE = re.compile(r"[^\n]+")


def span_text(span: Span) -> str:
    """`span.text`, cut from the doc's text (`Span.text` makes a Token of each word and joins them each time)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


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
    """A person named in the text, keyed by name for now: `DocumentBuilder` gives the final id
    (name plus first organisation, else scoped to the document; see extractors/textpeople.py)."""
    return {"id": person_id(name=name), "label": NodeLabel.PERSON.value, "name": name, "country": None,
            "type": None, "year": None, "kind": None, "score": None, "alias": None}


def is_org(span: Span) -> bool:
    return span.label_ in ORG_LABELS


def hedged(path: Iterable[Token]) -> bool:
    """True when a token on the path is negated, hedged, modal or a refusal.

    A refusal scopes over its own clause: in "declined an offer from Meta and returned to X in 2020" the
    path from X climbs through "returned" to "declined" only to find the shared subject, so the verb it
    reaches through a coordination ("conj") is read for what it shares with its conjunct, not for its
    own meaning (see `_shared_hedge`)."""
    previous: Token | None = None
    read: set[int] = set()
    for token in path:
        if token.i in read:
            continue  # a climb may list a word twice ("returned, declined, declined")
        read.add(token.i)
        conjunct, previous = previous, token
        if conjunct is not None and _coordinated_verbs(conjunct, token):
            if _shared_hedge(token, conjunct):
                return True
            continue
        lower = token.lower_
        if lower in _HEDGES:
            if lower.startswith("offer") and token.head.lower_ in _ACCEPT:
                continue  # "accepted an offer from X" is a fact
            if lower == "candidate" and any(degree_word(left.lower_) for left in token.lefts):
                continue  # "a PhD candidate at X", "a doctoral candidate": a student, not a hopeful
            return True
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in _NEGATORS:
                return True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _MODALS and (
                    child.lower_ not in _WOULD_OR_HAD or token.tag_ == "VB" and token.lower_ not in _SAME_PARTICIPLE) \
                    and not (
                    child.lower_ in ("will", "'ll", "’ll") and lower in _KEEPING):
                return True  # but "will keep an honorary professorship at X": held now
            if child.dep_ == "prt" and (lower, child.lower_) in _PARTICLE_NEGATION:
                return True
            if child.dep_ == "advmod" and child.lower_ in _HEDGES:
                return True
    return previous is not None and _reported_under_hedge(previous)


# Nouns a "that" clause reports: "denied reports that it had hired X", "amid rumours that she joined Y".
_REPORT_NOUNS = frozenset("report reports claim claims rumour rumours rumor rumors speculation suggestion "
                          "suggestions allegation allegations story stories".split())


def _reported_under_hedge(top: Token) -> bool:
    """The clause the path ends in is what a denial or a rumour reports: "Anthropic denied reports that it
    had hired X", "did not confirm that she had left Y". The path stops at its own clause's verb; the
    clause hangs as a complement ("ccomp") of a hedging verb, or as the "that" clause ("acl") of a report
    noun whose verb hedges or is negated."""
    token = top
    for _ in range(3):
        if token.dep_ not in ("ccomp", "acl") or token.head.i == token.i:
            return False
        head = token.head
        if token.dep_ == "acl" and head.lower_ in _REPORT_NOUNS:
            if head.lower_.startswith(("rumo", "specul")):
                return True
            head = head.head  # "denied reports that ...": the noun's verb
        if head.lower_ in _HEDGES or any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in head.children):
            return True
        token = head
    return False


# Words that deny the verb they hang on: "neither" as well ("neither joined X nor worked at Y", a preconj).
_NEGATORS = frozenset({"never", "not", "n't", "neither"})
# Finite verb forms: a conjunct written with its own tense is not under the first verb's auxiliaries.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# A coordination that sets the second clause against the first: nothing of the first carries over.
_CONTRAST = frozenset({"but", "yet", "instead", "rather", "however"})


def _coordinated_verbs(conjunct: Token, first: Token) -> bool:
    """`conjunct` is a verb coordinated with the verb `first`: "declined X and [returned] to Y"."""
    return conjunct.dep_ == "conj" and conjunct.head.i == first.i and coarse(conjunct) in ("VERB", "AUX") \
        and coarse(first) in ("VERB", "AUX")


def _shared_hedge(first: Token, conjunct: Token) -> bool:
    """What of the first verb's hedging also governs its conjunct. The first verb's own meaning
    ("declined", "turned down") and its objects stay in its clause. Its negation and modal auxiliary
    are shared by a conjunct without a tense of its own ("will join X and lead Y") or in a disjunction
    ("has never worked at X or studied at Y"), not by one with a tense ("did not join X and went to Y") nor
    after a contrast ("but", "instead"); a sentence adverb before the first verb ("reportedly joined X and
    led Y") covers both."""
    if any(c.lower_ in _CONTRAST for c in list(conjunct.children) + list(first.children)
           if c.dep_ in ("cc", "advmod") and (c.dep_ == "advmod" or c.i < conjunct.i)):
        return False
    own_tense = conjunct.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass", "neg") for c in conjunct.children)
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and c.i < conjunct.i for c in first.children):
        own_tense = False  # "has never worked at X or studied at Y": a negated disjunction denies both
    for child in first.children:
        if child.dep_ == "advmod" and child.lower_ in _HEDGES and child.i < first.i:
            return True
        if own_tense:
            continue
        if child.dep_ == "neg" or child.lower_ in _NEGATORS:
            return True
        if child.dep_ in ("aux", "auxpass") and child.lower_ in _MODALS:
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
        POSITION: (sentence.start, sentence.end),  # orders relations by the text, not by rule; dropped at the end
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
        _scope_units(doc._.kg_relations)
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
        doc_id = document_id(doc.user_data.pop("kg_text", None) or doc.text)  # the cache need not travel on
        ids = self._person_ids(doc, ents, entities, doc_id)
        entities, mentions, relations = rekeyed(entities, mentions, doc._.kg_relations, ids)
        doc._.kg_document = {
            "id": doc_id,
            "entities": list(entities.values()),
            "mentions": dict(mentions),
            "relations": _unique_relations(relations),
        }
        return doc

    @staticmethod
    def _person_ids(doc: Doc, ents: list[Span], entities: dict[str, dict[str, Any]], doc_id: str) -> dict[str, str]:
        """Each person's id for good (extractors/textpeople.py): the name plus the first organisation the
        text places them at, else the document; rules keyed people by name while they read."""
        people = {key: e["name"] for key, e in entities.items()
                  if e["label"] == NodeLabel.PERSON.value and key.startswith("person:")}
        if not people:
            return {}
        starts = mention_starts((org_entity(ent)["id"], ent.start) for ent in ents
                                if ent._.kg or ent._.kg_referent or is_org(ent))
        return text_person_ids(people, doc._.kg_relations, document=doc_id, starts=starts,
                               org_names={key: e["name"] for key, e in entities.items()})


def _scope_units(relations: list[dict[str, Any]]) -> None:
    """A unit named once with its institution ("the company's AI Center": "org:ai-center--<samsung>") and once
    without ("..., where he now leads a group"): one unit when the text names no other of that name."""
    scoped: dict[str, set[str]] = {}
    for rel in relations:
        for key in (rel["head"], rel["tail"]):
            if key.startswith("org:") and "--" in key:
                scoped.setdefault(key.split("--", 1)[0], set()).add(key)
    only = {base: next(iter(keys)) for base, keys in scoped.items() if len(keys) == 1}
    for rel in relations:
        rel["head"], rel["tail"] = only.get(rel["head"], rel["head"]), only.get(rel["tail"], rel["tail"])


def _unique_relations(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One relation per (type, head, tail, award): the most confident, years filled from the others. Two
    degrees at one school stay two ("an M.S. and a Ph.D. from Georgia Tech"); one without a degree joins one with.
    So do two posts at one place that start in different years ("Assistant Professor, X (2017-2022); Associate
    Professor, X (2022-present)"); a mention without a start joins one of them (`_post_of`)."""
    best: dict[tuple, list[dict[str, Any]]] = {}
    for rel in relations:  # the pairs in text order; dated mentions first, so an undated one finds its post
        best.setdefault((rel["type"], rel["head"], rel["tail"], rel.get("award_id")), [])
    for rel in sorted(relations, key=lambda r: r["start"] is None):
        if rel["head"] == rel["tail"]:
            continue
        kept_ones = best[(rel["type"], rel["head"], rel["tail"], rel.get("award_id"))]
        same = [k for k in kept_ones if (None in (k.get("degree"), rel.get("degree")) or k["degree"] == rel["degree"])
                and not _successive_posts(k, rel)]
        kept = _post_of(rel, same)
        if kept is None:
            kept_ones.append(dict(rel))
            continue
        if rel["confidence"] > kept["confidence"]:
            position = kept_ones.index(kept)
            rel, kept = kept, dict(rel)
            kept_ones[position] = kept
        own = kept["start"], kept["end"]
        for field in ("start", "end", "degree", "role"):
            if kept.get(field) is None and rel.get(field) is not None:
                kept[field] = rel[field]
        if None not in (kept["start"], kept["end"]) and kept["start"] > kept["end"]:
            # "returned to Google in 2022, having left the company in 2018": two stays, no one span; the more
            # confident reading keeps its own years
            kept["start"], kept["end"] = own
    return [kept for kept_ones in best.values() for kept in kept_ones]


def _post_of(rel: dict[str, Any], kept: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Which of the pair's kept relations an undated mention adds to: one that only ends ("left X in 2024") ends
    the latest post still open then; else the post of its role, else the first."""
    if rel["start"] is None and rel["end"] is not None:
        open_then = [k for k in kept if k["end"] is None and (k["start"] or 0) <= rel["end"]]
        if open_then:
            return max(open_then, key=lambda k: k["start"] or 0)
    return next((k for k in kept if _role_of(k) == _role_of(rel)), kept[0] if kept else None)


def _role_of(rel: dict[str, Any]) -> str | None:
    return " ".join(rel["role"].lower().split()) if rel.get("role") else None


def _successive_posts(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Two posts held one after the other at one place: different roles starting in different years."""
    return (one["type"] == "WORKS_AT" and None not in (one["start"], other["start"], _role_of(one), _role_of(other))
            and one["start"] != other["start"] and _role_of(one) != _role_of(other))
