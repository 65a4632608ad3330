"""Organisation resolution: an affiliation string to one canonical organisation id.

`OrgResolver` is built once from gazetteer entries (`KnownEntity`: the curated list, a
ROR import) and answers `resolve(text, country=...)`:

1. the string is split into institutions and each into components (`extractors.affiliation`);
2. exact look-up of each component's matching key (and each pair of neighbours, for
   "University of California, Berkeley") among names, aliases and other-language labels;
   then acronyms, matched exactly and case-sensitively, preferring the entry in the
   country the string names;
3. otherwise a blocked fuzzy match: candidates are the names sharing the component's
   informative (rare) tokens, weighted by inverse document frequency, in the same
   country when it is known; only the best few are scored with rapidfuzz, with a cutoff;
4. a strong string that still matches nothing gets an `org:<slug>` id and
   `resolved=False`: an unresolved node is better than a wrong link.

Every answer (a `Resolution`, made in `extractors/resolution.py`) keeps its score and the name, alias or
acronym it matched.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import orjson

from extractors.affiliation import (
    FUNCTION_WORDS,
    ORG,
    OTHER,
    PLACE,
    UNIT,
    Component,
    content_key,
    detect_country,
    matching_key,
    parse_part,
    split_affiliations,
)
from extractors.orgindex import NAME_HEADS, OrgIndex
from extractors.possessives import owner_last
from extractors.resolution import Resolution, abroad, matched, unmatched
from extractors.vocabulary import UNIT_WORDS
from kg.errors import InputError
from kg.model import KnownEntity, NodeLabel, org_id
from kg.settings import get_settings

CURATED = Path(__file__).parent / "data" / "curated.jsonl"
FUZZY_CUTOFF = 85.0  # a fuzzy candidate scoring less is no match
_RESOLVABLE = (NodeLabel.ORGANIZATION, NodeLabel.FUNDER)
_KIND_RANK = {ORG: 0, OTHER: 1, UNIT: 2, PLACE: 3}
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-.]{2,11}")  # two letters name too many things
_MAX_SPAN_TOKENS = 16


@dataclass(frozen=True)
class _Hit:
    entry: int
    alias: str
    score: float
    method: str
    rank: tuple  # (component kind, inside a component?, position, which look-up, ...): smaller wins


class OrgResolver:
    """Resolves affiliation strings against a fixed set of known organisations."""

    def __init__(self, entries: Iterable[KnownEntity], *, preferred: Iterable[KnownEntity] = ()):
        """`preferred` entries (the curated list) win ties over `entries` (a ROR import) when
        a name or acronym is shared: "FAIR" is Meta's lab before it is a German facility."""
        preferred = [entry for entry in preferred if entry.label in _RESOLVABLE]
        self._index = OrgIndex(
            itertools.chain(preferred, (entry for entry in entries if entry.label in _RESOLVABLE))
        )
        self._entries = self._index.entries
        self._preferred = {entry.id for entry in preferred}

    _default_lock = threading.Lock()
    _default_cache: dict[tuple, "OrgResolver"] = {}

    @classmethod
    def default(cls) -> "OrgResolver":
        """The curated list plus the imported ROR gazetteer, built once per process
        (and again when either file changes)."""
        paths = [path for path in (CURATED, gazetteer_path()) if path.is_file()]
        signature = tuple((str(path), path.stat().st_mtime_ns) for path in paths)
        with cls._default_lock:
            resolver = cls._default_cache.get(signature)
            if resolver is None:
                imported = gazetteer_path()
                resolver = cls(
                    read_known_entities(imported) if imported.is_file() else (),
                    preferred=read_known_entities(CURATED) if CURATED.is_file() else (),
                )
                cls._default_cache.clear()
                cls._default_cache[signature] = resolver
            return resolver

    # --- queries -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, entity_id: str) -> KnownEntity | None:
        index = self._index.by_id.get(entity_id)
        return None if index is None else self._entries[index]

    def parents_of(self, entity_id: str) -> list[str]:
        """Ids of the organisations `entity_id` is PART_OF (ROR parent relationships)."""
        entry = self.get(entity_id)
        return list(entry.parents) if entry else []

    def country_hint(self, text: str) -> str | None:
        """The country `text` names: a country, a US state, or a city whose organisations share one."""
        parsed = parse_part(text, is_place=self._is_city)
        return parsed.country or self._city_country(parsed.components)

    def resolve(self, text: str, *, country: str | None = None, within: bool = False) -> Resolution | None:
        """The organisation `text` names (the first resolved one when it names several);
        None when it names none (empty, only a place, only a unit)."""
        results = self.resolve_all(text, country=country, within=within)
        resolved = [result for result in results if result.resolved]
        return (resolved or results or [None])[0]

    def resolve_all(self, text: str, *, country: str | None = None, within: bool = False) -> list[Resolution]:
        """One resolution per institution named in `text`, in the order they appear.

        `country` is what the caller knows; it ranks the candidates, as a country the string
        itself names does. With `within` it is a constraint (an analyst's `kg resolve org
        --country`): a match in another country is not taken, and the result is unresolved with a
        `note` naming the match. A byline's country is only a hint: "Google" on a paper from
        Israel is still Google."""
        results: list[Resolution] = []
        fallback = detect_country(text or "")
        is_name = lambda key: content_key(key) in self._index.exact  # noqa: E731
        # "Tsinghua's Institute for X" is read as "Institute for X, Tsinghua", as the text pipeline reads it
        text, units = owner_last(text or "", is_name=is_name, is_owner=self._known_owner)
        for part in split_affiliations(text, is_name=is_name):
            result = self._resolve_part(part, country, fallback, within)
            unit, owner = next(((u, o) for u, o in units if u in part), (None, None))
            if unit is not None and result is not None and not result.resolved and result.name == unit:
                # "Acme's Institute for Robotics": the owner is the institution, known or not
                result = replace(result, id=org_id(owner), name=owner)
            if result is not None and unit is not None and result.name != unit and result.alias != unit:
                suffix = result.id.split(":", 1)[1]
                result = replace(result, unit=unit, unit_id=f"{org_id(unit)}--{suffix}")
            if result is not None and all(result.id != seen.id for seen in results):
                results.append(result)
        return results

    def _known_owner(self, owner: str) -> bool:
        """An organisation this resolver resolves the owner to ("Tsinghua", "MIT"), not a person or a place."""
        found = self._resolve_part(owner, None, None)
        return found is not None and found.resolved

    # --- one institution ---------------------------------------------------------------------

    def _resolve_part(self, part: str, country: str | None, fallback: str | None,
                      within: bool = False) -> Resolution | None:
        parsed = parse_part(part, is_place=self._is_city)
        components = parsed.components
        if all(component.kind == PLACE for component in components):
            return None
        given = country.upper() if country else None
        country = given or parsed.country or self._city_country(components) or fallback
        country = country.upper() if country else None
        hits = self._exact_hits(components, country)
        if all(self._mismatch(hit.entry, country) for hit in hits):  # none, or all abroad
            hits += self._fuzzy_hits(components, country)
        if hits:
            best = min(hits, key=lambda hit: (self._mismatch(hit.entry, country), hit.rank, -hit.score))
            if within and given and self._mismatch(best.entry, given):
                return abroad(part, components, self._entries[best.entry], score=best.score, method=best.method,
                              given=given)
            return matched(part, self._entries[best.entry], score=best.score, alias=best.alias, method=best.method)
        return unmatched(part, components)

    def _mismatch(self, entry: int, country: str | None) -> int:
        found = self._entries[entry].country
        return int(bool(country and found and _region(found) != _region(country)))

    def _exact_hits(self, components: tuple[Component, ...], country: str | None) -> list[_Hit]:
        hits = []
        for position, component in enumerate(components):
            rank = _KIND_RANK[component.kind]
            following = components[position + 1] if position + 1 < len(components) else None
            found = []
            if following is not None and following.kind != UNIT:  # "University of California, Berkeley"
                found += self._lookup(f"{component.key} {following.key}", country, (rank, 0, position, 0))
            if component.kind == PLACE:
                hits += found
                continue
            found += self._lookup(component.key, country, (rank, 0, position, 1))
            base = _PAREN.sub("", component.text)
            if base != component.text:  # "Chinese Academy of Sciences (CAS)"
                found += self._lookup(base, country, (rank, 0, position, 1), raw=True)
                found += self._acronym(_PAREN.search(component.text).group(1), country, (rank, 0, position, 2))
            found += self._acronym(component.text, country, (rank, 0, position, 2))
            hits += found or self._inner_hit(component, country, position)
        return hits

    def _inner_hit(self, component: Component, country: str | None, position: int) -> list[_Hit]:
        """A known name inside a component: a leading acronym ("MIT Center for Space Research"),
        the longest name it contains ("School of Computing National University of Singapore"),
        or a company's one-word name opening it ("Google Brain"). Ranked after whole components,
        and only when the country agrees."""
        rank = (_KIND_RANK[component.kind], 1, position)
        first_word = component.text.split()[0]
        hits = self._acronym(first_word, country, (*rank, 2))
        tokens = component.key.split()[:_MAX_SPAN_TOKENS]
        for length in range(len(tokens) - 1, 0, -1) if not hits else ():
            for start in range(len(tokens) - length + 1):
                if not self._span_is_name(tokens, start, length, first_word):
                    continue
                found = self._lookup(" ".join(tokens[start:start + length]), country, (*rank, 3, -length))
                if found and not self._led_by_a_unit(tokens, start, found[0].entry, country):
                    continue
                if found and (length > 1 or self._entries[found[0].entry].type == "company"):
                    hit = found[0]
                    hits = [_Hit(hit.entry, hit.alias, hit.score - 6, "exact", hit.rank)]
                    break
            if hits:
                break
        return [hit for hit in hits if not self._mismatch(hit.entry, country)]

    def _led_by_a_unit(self, tokens: list[str], start: int, entry: int, country: str | None) -> bool:
        """What comes before a name found inside a longer one is a unit of it ("School of Computing, NUS"), or
        another name of the same organisation ("Mila - Quebec AI Institute"); not another name: "Loyola University
        Chicago" is not the University of Chicago, nor the IT University of Copenhagen the University of Copenhagen."""
        before = tokens[:start]
        if not before or any(token in NAME_HEADS or token in UNIT_WORDS for token in before):
            return True
        same = self._lookup(" ".join(before), country, (0,))
        return bool(same) and same[0].entry == entry

    def _span_is_name(self, tokens: list[str], start: int, length: int, first_word: str) -> bool:
        span = tokens[start:start + length]
        if start > 0 and tokens[start - 1] in FUNCTION_WORDS:
            return False  # "... for Physical Sciences": the object of a longer name
        if start + length < len(tokens) and tokens[start + length] in FUNCTION_WORDS:
            return False  # "Beijing University of Posts ...": the name goes on
        if span[0] in FUNCTION_WORDS or span[-1] in FUNCTION_WORDS:
            return False
        if start > 0 and span[0] in NAME_HEADS and span[0] not in ("university", "college"):
            return False  # "Wangxuan Institute of Computer Technology" is not the "Institute of Computing Technology"
        if length == 1:  # one word: only the first, written alone ("Max-Planck" is not "Max")
            return start == 0 and self._index.informative(span[0]) and content_key(
                first_word.casefold()) == span[0]
        return any(token in self._index.postings for token in span)

    def _lookup(self, text: str, country: str | None, rank: tuple, *, raw: bool = False) -> list[_Hit]:
        key = content_key(matching_key(text) if raw else text)
        found = self._index.exact.get(key)
        if not found:
            return []
        named = min(found, key=lambda item: (item.score < 99, self._preference(item.entry, country), -item.score))
        score = named.score
        entry = self._entries[named.entry]
        if country and entry.country and _region(entry.country) != _region(country):
            score -= 8  # a same-named organisation elsewhere: likely, but less sure
        elif len(found) > 1 and not (country and entry.country == country):
            score -= 5  # several organisations share this name and nothing told them apart
        return [_Hit(named.entry, named.alias, score, "exact", rank)]

    def _acronym(self, text: str, country: str | None, rank: tuple) -> list[_Hit]:
        text = text.strip(" .,;:")
        if not _ACRONYM.fullmatch(text) or sum(char.isupper() for char in text) < 2:
            return []
        found = self._index.acronyms.get(text.replace(".", ""))
        if not found:
            return []
        index = min(found, key=lambda item: self._preference(item, country))
        entry = self._entries[index]
        same_country = [item for item in found if country and self._entries[item].country == country]
        if len(found) == 1:
            score = 95.0 if not country or entry.country in (None, country) else 85.0
        elif len(same_country) == 1:
            score = 92.0
        else:
            score = 80.0  # an ambiguous acronym: the earliest-listed (curated) or largest entry
        return [_Hit(index, text, score, "acronym", rank)]

    def _preference(self, index: int, country: str | None) -> tuple:
        """Order among entries sharing a name or acronym: the country named first, then
        source order (curated before ROR), then the larger organisation."""
        entry = self._entries[index]
        return (
            0 if country and entry.country == country else 1,
            entry.id not in self._preferred,
            -self._index.children[entry.id],
            index,
        )

    def _fuzzy_hits(self, components: tuple[Component, ...], country: str | None) -> list[_Hit]:
        best: _Hit | None = None
        named = any(component.kind == ORG for component in components)
        for position, component in enumerate(components):
            if component.kind not in ((ORG,) if named else (ORG, OTHER)):
                continue  # "Department of Physics" resembles too many names; beside a name, "London" is only a city
            query = content_key(component.key)
            places = frozenset(token for token in query.split() if token in self._index.cities)
            for candidate in self._index.candidates(query, country):
                name = self._index.keys[candidate]
                score = self._index.fuzzy_score(query, name, places=places)
                if score < FUZZY_CUTOFF or (best is not None and score - 5 <= best.score):
                    continue
                hit = self._lookup(name, country, (0,))[0]
                best = _Hit(hit.entry, hit.alias, min(score, hit.score) - 5, "fuzzy", (0,))
        return [best] if best else []

    def _is_city(self, key: str) -> bool:
        """A city name, unless it is also the name of an organisation in that city's country."""
        country = self._index.cities.get(key)
        if country is None:
            return False
        named = self._index.exact.get(content_key(key), [])
        return not any(self._entries[item.entry].country == country for item in named)

    def _city_country(self, components: Iterable[Component]) -> str | None:
        for component in reversed(list(components)):
            if component.kind == PLACE and component.key in self._index.cities:
                return self._index.cities[component.key]
        return None


def _region(country: str) -> str:
    """Affiliations write "Kowloon, Hong Kong, China": Hong Kong and Macao match China."""
    return "CN" if country in ("HK", "MO") else country


def gazetteer_path() -> Path:
    """Where `kg gazetteer import-ror` writes the ROR organisations."""
    return get_settings().data_dir / "gazetteer" / "orgs.jsonl"


def read_known_entities(path: str | Path) -> Iterator[KnownEntity]:
    """Stream `KnownEntity` rows from a JSON Lines file."""
    path = Path(path)
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield KnownEntity.model_validate(orjson.loads(line))
            except (orjson.JSONDecodeError, ValueError) as exc:
                raise InputError(f"not a gazetteer entry: {exc}", file=str(path), line=number) from None
