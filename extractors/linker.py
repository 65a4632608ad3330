"""The `kg_linker` component: organisations the gazetteer missed, resolved fuzzily.

Only NER ORG entities without a gazetteer id reach `OrgResolver` (blocked rapidfuzz
with a score cutoff). A resolved entity keeps the score and the alias it matched, for
audit; an unresolved one stays unlinked and the relation components give it an
`org:<slug>` id.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.gazetteer import entity_info
from extractors.relations import clean_name
from extractors.resolver import OrgResolver
from extractors.vocabulary import INSTITUTION_WORDS

_CACHE_SIZE = 50_000


@Language.factory("kg_linker", requires=["doc.ents", "span._.kg"], assigns=["span._.kg"])
def make_linker(nlp: Language, name: str) -> "Linker":
    return Linker()


class Linker:
    def __init__(self) -> None:
        self.resolver: OrgResolver | None = None
        self._cache: dict[str, dict | None] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.resolver = OrgResolver.default()

    def __call__(self, doc: Doc) -> Doc:
        _split_coordinated(doc)
        ents, placed = list(doc.ents), False
        for position, ent in enumerate(ents):
            if ent.label_ == "ORG" and ent._.kg is None:
                info = self._lookup(clean_name(ent.text))
                if info is not None:
                    ent._.kg = info
                elif (head := _before_town(ent)) is not None and (info := self._lookup(clean_name(head.text))):
                    # "the Max Planck Institute for Informatics in Saarbrücken" read as one name: the institute is
                    # known (extension values are keyed by the span's label: the ORG span keeps it)
                    head._.kg = info
                    ents[position], placed = head, True
        if placed:
            doc.ents = ents
        return doc

    def _lookup(self, text: str) -> dict | None:
        if text in self._cache:
            return self._cache[text]
        if self.resolver is None:
            self.resolver = OrgResolver.default()
        info = linked_info(text, self.resolver)
        if len(self._cache) < _CACHE_SIZE:
            self._cache[text] = info
        return info

    # Nothing to save: the resolver is rebuilt from the gazetteer files when the pipeline loads.
    def to_disk(self, path, *, exclude=()) -> None:
        pass

    def from_disk(self, path, *, exclude=()) -> "Linker":
        return self


def _before_town(ent: Span) -> Span | None:
    """The name before a closing "in <Town>" ("X Institute for Informatics in Saarbrücken"), when it reads as an
    institution; the caller keeps it only if the gazetteer knows it."""
    at = next((t.i for t in reversed(ent) if t.lower_ == "in"), None)
    if at is None or at - ent.start < 2 or not 1 <= ent.end - at - 1 <= 2:
        return None
    if not all(t.is_alpha and t.is_title for t in ent.doc[at + 1:ent.end]):
        return None
    head = Span(ent.doc, ent.start, at, label="ORG")
    return head if any(t.lower_ in INSTITUTION_WORDS for t in head) else None


def _split_coordinated(doc: Doc) -> None:
    """NER reads "Harvard University and Rutgers University" as one name: make it two."""
    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        parts = _halves(ent) if ent.label_ == "ORG" and ent._.kg is None else None
        out.extend(parts or [ent])
    if len(out) != len(ents):
        doc.ents = out


def _halves(ent: Span) -> list[Span] | None:
    for token in ent[1:-1]:
        if token.lower_ not in ("and", "&"):
            continue
        left = ent.doc[ent.start: token.i]
        start = token.i + 1
        if ent.doc[start].lower_ == "the":
            start += 1
        right = ent.doc[start: ent.end]
        if len(right) and all(_institution(half) for half in (left, right)):
            return [Span(ent.doc, left.start, left.end, label="ORG"), Span(ent.doc, right.start, right.end, label="ORG")]
    return None


def _institution(span: Span) -> bool:
    """Both halves must name an institution on their own: "Arts and Sciences" is one name."""
    return span[0].text[:1].isupper() and any(t.lower_ in INSTITUTION_WORDS for t in span)


def linked_info(text: str, resolver: OrgResolver | None = None) -> dict | None:
    """What the linker gives an organisation named `text`: the known entity it resolves to, with the score and the
    alias matched; None when the resolver knows none."""
    resolver = resolver or OrgResolver.default()
    result = resolver.resolve(text)
    entry = resolver.get(result.id) if result is not None and result.resolved else None
    if entry is None:
        return None
    return dict(entity_info(entry), score=round(float(result.score), 2), alias=result.alias)
