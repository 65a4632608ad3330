"""The gazetteer: organisations, funders and policies we know by name, found with an EntityRuler.

Every pattern carries the canonical id (`ror:…`, `funder:…`, `policy:…`) as the
EntityRuler pattern `id`, so a hit needs no fuzzy resolution. Sources, read in
`initialize()`:

* the curated list shipped in `extractors/data/curated.jsonl` (written by the project);
* the organisations imported from ROR by `kg gazetteer import-ror`
  (`<KG_DATA_DIR>/gazetteer/orgs.jsonl`), when that file exists.

Names and aliases of two words or more match case-insensitively (LOWER); one-word names
("Tesla", "Meta") as written or in capitals; acronyms and all-capital aliases ("MIT", "H-1B",
"OPT") match exactly, so "opt out" is not a visa and "a 3 tesla scanner" is no company. From ROR only names
of two tokens or more that are unambiguous are used: ~50k single-word or shared names
("Google", "Institute of Automation") would fire on ordinary words or pick a wrong
namesake, and those go to the fuzzy resolver instead, which can use the country.

Being the first component after NER, it also hands on whole names: a person's without the titles NER
took into it ("Emeritus Viktor Orlov", `extractors.name_edges`), organisations NER cut short made whole
(`extractors.orgspans`), and a known name ending in "!" ("Yahoo!") kept one token, so the parser does not
end the sentence there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from extractors.name_edges import mend_name_edges
from extractors.orgspans import complete_organisations
from extractors.resolver import read_known_entities
from kg.model import KnownEntity, NodeLabel

# Span labels the gazetteer writes; relation components treat ORG and FUNDER alike as institutions.
SPAN_LABEL = {NodeLabel.ORGANIZATION: "ORG", NodeLabel.FUNDER: "FUNDER", NodeLabel.POLICY: "POLICY"}
ORG_LABELS = frozenset({"ORG", "FUNDER"})
# A longer NER name of one of these kinds wins over a shorter gazetteer hit inside it.
_BLOCKING = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART"})

# A name opening on one of these ("Two Sigma") is matched only as written: in lower case it is a quantity.
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten hundred thousand".split())
# Words that, alone or together, name no particular organisation ("Research Institute").
_GENERIC = frozenset(
    "the of and for in at de la university universities college school institute institution research "
    "center centre hospital laboratory lab department faculty national international public general "
    "medical health science sciences technology academy foundation society council group company "
    "corporation inc ltd service services office ministry agency association library museum".split()
)

if not Span.has_extension("kg"):
    # {"id", "label", "name", "country", "type", "year", "kind", "score", "alias"}: the resolved entity.
    Span.set_extension("kg", default=None)


def curated_path() -> Path:
    return Path(str(resources.files("extractors") / "data" / "curated.jsonl"))


def imported_orgs_path(data_dir: Path) -> Path:
    return Path(data_dir) / "gazetteer" / "orgs.jsonl"


def entity_info(entry: KnownEntity) -> dict[str, Any]:
    """What a hit carries into the Document: small, plain and serialisable across processes."""
    return {
        "id": entry.id,
        "label": entry.label.value,
        "name": entry.name,
        "country": entry.country,
        "type": entry.type,
        "year": entry.year,
        "kind": entry.kind,
        "score": None,
        "alias": None,
    }


def patterns_for(curated: Iterable[KnownEntity], imported: Iterable[KnownEntity] = ()) -> list[dict[str, Any]]:
    """EntityRuler patterns (label, pattern, id) for curated entries and imported ROR organisations."""
    patterns: list[dict[str, Any]] = []
    claimed: set[str] = set()
    for entry in curated:
        label = SPAN_LABEL[entry.label]
        # Each spelling as written: "NVIDIA" matches only in capitals, so "Nvidia" needs a pattern of its own
        for text in dict.fromkeys(t.strip() for t in [entry.name, *entry.aliases] if t and t.strip()):
            patterns.extend(_patterns(label, text, entry.id))
            claimed.add(text.lower())
        for acronym in _unique(entry.acronyms):
            patterns.append(_exact(label, acronym, entry.id))
            claimed.add(acronym.lower())
    by_name: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for entry in imported:
        labels[entry.id] = SPAN_LABEL[entry.label]
        for text in _unique(_variants([entry.name, *entry.aliases])):
            if _specific(text):
                by_name[text.lower()].add(entry.id)
    for lowered, ids in by_name.items():
        if len(ids) == 1 and lowered not in claimed:
            (only,) = ids
            patterns.append({"label": labels[only], "pattern": lowered, "id": only})
    return patterns


def _patterns(label: str, text: str, entity_id: str) -> list[dict[str, Any]]:
    if not any(ch.islower() for ch in text):
        return [_exact(label, text, entity_id)]
    if len(_pieces(text)) == 1 or text.split()[0].lower() in _NUMBER_WORDS:
        # A one-word name must be written as a name: "a 3 tesla scanner", "the findings cohere",
        # "meta-learning" and "apple juice" are no organisations. Two words or more stay case-blind, unless
        # the first is a number word: "within two sigma of the mean" is no company.
        forms = (text, text.upper(), text.capitalize())  # "VolkswagenStiftung" is also written "Volkswagenstiftung"
        return [_exact(label, written, entity_id) for written in dict.fromkeys(forms)]
    return [{"label": label, "pattern": text, "id": entity_id}]


def _exact(label: str, text: str, entity_id: str) -> dict[str, Any]:
    # Token pattern on ORTH: built by splitting like the tokenizer does for short codes.
    return {"label": label, "pattern": [{"ORTH": piece} for piece in _pieces(text)], "id": entity_id}


def _pieces(text: str) -> list[str]:
    return [token.text for token in _TOKENIZER(text)]


def _variants(names: Iterable[str]) -> Iterator[str]:
    """ROR display names carry a country suffix ("Microsoft Research Asia (China)"): match both."""
    for name in names:
        yield name
        if name.endswith(")") and " (" in name:
            yield name[: name.rindex(" (")]


def _specific(text: str) -> bool:
    words = [w for w in text.lower().replace(",", " ").split() if w]
    return len(words) >= 2 and any(w not in _GENERIC for w in words)


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        value = (value or "").strip()
        if value and value.lower() not in {v.lower() for v in seen}:
            seen[value] = None
    return list(seen)


_TOKENIZER = spacy.blank("en").tokenizer


@Language.factory(
    "kg_gazetteer",
    requires=["doc.ents"],
    assigns=["doc.ents", "span._.kg"],
    default_config={"use_imported": True},
)
def make_gazetteer(nlp: Language, name: str, use_imported: bool) -> "Gazetteer":
    return Gazetteer(nlp, name, use_imported=use_imported)


class Gazetteer:
    """Known organisations, funders and policies, overriding overlapping NER entities."""

    def __init__(self, nlp: Language, name: str = "kg_gazetteer", *, use_imported: bool = True):
        self.name = name
        self.use_imported = use_imported
        # The ruler tokenizes its phrase patterns with this tokenizer-only pipeline sharing the
        # vocab: an EntityRuler inside the full pipeline would parse and tag all ~150k patterns.
        self._patterns_nlp = spacy.blank("en", vocab=nlp.vocab)
        self._patterns_nlp.tokenizer = nlp.tokenizer
        self.ruler = EntityRuler(self._patterns_nlp, phrase_matcher_attr="LOWER", overwrite_ents=True)
        # Acronyms match case-sensitively. As phrases on ORTH rather than token patterns: the token
        # Matcher walks every pattern at every token and cost more than all our other components.
        self.exact = EntityRuler(self._patterns_nlp, phrase_matcher_attr="ORTH", overwrite_ents=True)
        self.entries: dict[str, dict[str, Any]] = {}

    def initialize(
        self,
        get_examples=None,
        *,
        nlp: Language | None = None,
        curated: str | None = None,
        imported: str | None = None,
    ) -> None:
        """Load the curated list and, when present, the ROR import; paths default from settings."""
        curated_entries = list(read_known_entities(Path(curated) if curated else curated_path()))
        imported_entries: list[KnownEntity] = []
        if self.use_imported:
            path = Path(imported) if imported else _default_imported()
            if path is not None and path.is_file():
                imported_entries = list(read_known_entities(path))
        self.load(curated_entries, imported_entries)

    def load(self, curated: Iterable[KnownEntity], imported: Iterable[KnownEntity] = ()) -> None:
        curated, imported = list(curated), list(imported)
        self.entries = {e.id: entity_info(e) for e in imported}
        self.entries.update({e.id: entity_info(e) for e in curated})  # curated facts win
        _keep_exclamations(self._patterns_nlp.tokenizer, curated)
        patterns = patterns_for(curated, imported)
        self.ruler.clear()
        self.exact.clear()
        self.ruler.add_patterns([p for p in patterns if isinstance(p["pattern"], str)])
        self.exact.add_patterns([dict(p, pattern=" ".join(t["ORTH"] for t in p["pattern"]))
                                 for p in patterns if not isinstance(p["pattern"], str)])

    def __len__(self) -> int:
        return len(self.ruler) + len(self.exact)

    def __call__(self, doc: Doc) -> Doc:
        mend_name_edges(doc)
        found = [(m, self.ruler) for m in self.ruler.match(doc)] + [(m, self.exact) for m in self.exact.match(doc)]
        found = [(m, owner) for m, owner in found if not _word_part(doc, m[1], m[2])]
        kept, possessed = _outside_longer_names(doc, _longest(found))
        for ruler in (self.exact, self.ruler):
            ruler.set_annotations(doc, [m for m, owner in kept if owner is ruler])
        if possessed:
            taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
            extra = [s for s in possessed if not taken & set(range(s.start, s.end))]
            doc.ents = sorted([*doc.ents, *extra], key=lambda e: e.start)
        for ent in doc.ents:
            info = self.entries.get(ent.ent_id_) if ent.ent_id_ else None
            if info is not None:
                ent._.kg = dict(info, alias=ent.text)
        complete_organisations(doc)  # "the American University | in Cairo", "Two | Sigma", "Yahoo! | Research"
        return doc

    # --- serialisation: the entries plus the ruler's own patterns ------------------------------

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "entries.json").write_bytes(orjson.dumps(self.entries))
        self.ruler.to_disk(path / "ruler")
        self.exact.to_disk(path / "exact")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "Gazetteer":
        path = Path(path)
        self.entries = orjson.loads((path / "entries.json").read_bytes())
        self.ruler.from_disk(path / "ruler")
        self.exact.from_disk(path / "exact")
        return self


def _keep_exclamations(tokenizer, entries: Iterable[KnownEntity]) -> None:
    """"Yahoo!" is one word: split, its "!" ends the sentence for the parser and "Research from 2008 to
    2012" is read apart from "worked at Yahoo!". A tokenizer exception keeps each such known word whole."""
    for entry in entries:
        for text in [entry.name, *entry.aliases]:
            for word in text.split():
                if len(word) > 1 and word.endswith("!") and word[:-1].isalnum():
                    tokenizer.add_special_case(word, [{"ORTH": word}])


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{1,2}(?:am|pm)$", re.I)


def _word_part(doc: Doc, start: int, end: int) -> bool:
    """A one-word name that is part of another word ("Meta-analysis", "Uber-rich"), or a time zone after
    a clock time ("10:00 JST"): no organisation."""
    if end - start == 1 and end + 1 < len(doc) and doc[end].text == "-" and not doc[start].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_lower and not doc[end + 1].lower_.endswith("ed") \
            and doc[end + 1].lower_ != "based":
        return True  # but "EU-funded", "Meta-owned", "Google-backed", "Paris-based" name the organisation
    return start > 0 and bool(_CLOCK.match(doc[start - 1].text)) and doc[start].is_upper


def _longest(found: list) -> list:
    """Non-overlapping hits of both rulers, longer first."""
    taken: set[int] = set()
    kept = []
    for (match, owner) in sorted(found, key=lambda f: (f[0][1] - f[0][2], f[0][1])):
        _, start, end = match
        if not taken & set(range(start, end)):
            kept.append((match, owner))
            taken.update(range(start, end))
    return kept


def _outside_longer_names(doc: Doc, found: list) -> tuple[list, list[Span]]:
    """Drop hits inside a longer NER name ("Princeton" in "Princeton College" names another
    institution); for "Tsinghua's Institute for X" keep the hit and the possessed name after it."""
    outer = [e for e in doc.ents if e.label_ in _BLOCKING and not _run_on(e, found)]
    kept, possessed = [], []
    for match, owner in found:
        _, start, end = match
        longer = next((e for e in outer if e.start <= start and end <= e.end and _core_length(e) > end - start), None)
        if longer is None:
            kept.append((match, owner))
        elif start == longer.start and end + 1 < longer.end and doc[end].lower_ in ("'s", "’s"):
            kept.append((match, owner))
            possessed.append(Span(doc, end + 1, longer.end, label="ORG"))
    return kept, possessed


def _run_on(ent: Span, found: list) -> bool:
    """"left Baidu for ByteDance" tagged as one name: a known name opens it and "for" or "to" and another name
    follow, so the hits inside it are kept, each its own."""
    doc = ent.doc
    return any(start == ent.start and end + 1 < ent.end and doc[end].lower_ in ("for", "to")
               and doc[end + 1].text[:1].isupper() for (_, start, end), _ in found)


def _core_length(ent: Span) -> int:
    """Tokens of a name without a leading article: "the Thousand Talents Plan" is no longer than the hit."""
    start = ent.start
    while start < ent.end and ent.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return ent.end - start


def _default_imported() -> Path | None:
    from kg.settings import get_settings

    return imported_orgs_path(get_settings().data_dir)
