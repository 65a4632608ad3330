"""The organisation name index the resolver searches: exact keys, acronyms, token blocks.

Every name, alias and other-language label of every entry is indexed under its
content key (`extractors.affiliation.content_key`); acronyms under their upper-case
form. For fuzzy matching, an inverted index maps each informative token (one that
occurs in few names) to the names holding it, so a query is only ever compared with
the few dozen names that share its rarest tokens, never with all of them.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from extractors.affiliation import content_key, country_of, matching_key
from kg.model import KnownEntity

CANDIDATES = 48  # names scored per query after blocking
COMMON_TOKEN_SHARE = 0.004  # a token in more than this share of names does not block
TELLING_FLOOR = 50  # ... and tells names apart unless it is in more than this many names too
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")


@dataclass(frozen=True)
class Named:
    """One entry found under one key: which entry, by which of its names, how exactly."""

    entry: int
    alias: str
    score: float  # 100 the display name, 99 an alias or label, less for a derived form


class OrgIndex:
    def __init__(self, entries: Iterable[KnownEntity]):
        self.entries: list[KnownEntity] = []
        self.by_id: dict[str, int] = {}
        self.exact: dict[str, list[Named]] = defaultdict(list)
        self.acronyms: dict[str, list[int]] = defaultdict(list)
        cities: dict[str, Counter] = defaultdict(Counter)
        for entry in entries:
            self._add(entry)
            if entry.city and entry.country:
                cities[matching_key(entry.city)][entry.country] += 1
        self.children = Counter(parent for entry in self.entries for parent in entry.parents)
        # A city tells the country only when nearly all organisations there share one.
        self.cities = {
            city: counts.most_common(1)[0][0]
            for city, counts in cities.items()
            if city and counts.most_common(1)[0][1] >= 0.9 * sum(counts.values())
        }
        self._build_blocks()

    # --- building ----------------------------------------------------------------------------

    def _add(self, entry: KnownEntity) -> None:
        index = self.by_id.get(entry.id)
        if index is None:
            index = len(self.entries)
            self.by_id[entry.id] = index
            self.entries.append(entry)
        else:  # the same organisation from a second source (curated, then ROR): names add up
            first = self.entries[index]
            self.entries[index] = first.model_copy(
                update={
                    "aliases": list(dict.fromkeys(first.aliases + [entry.name] + entry.aliases)),
                    "acronyms": list(dict.fromkeys(first.acronyms + entry.acronyms)),
                    "parents": list(dict.fromkeys(first.parents + entry.parents)),
                    "country": first.country or entry.country,
                    "city": first.city or entry.city,
                    "type": first.type or entry.type,
                }
            )
        for text, score in [(entry.name, 100.0)] + [(alias, 99.0) for alias in entry.aliases]:
            self._add_key(text, index, text, score)
            stripped = _PAREN.sub("", text)
            if stripped != text:  # "Google (United States)" is written "Google"
                self._add_key(stripped, index, text, score - 2)
        for acronym in entry.acronyms:
            acronym = acronym.replace(".", "").strip()
            if acronym and index not in self.acronyms[acronym]:
                self.acronyms[acronym].append(index)

    def _add_key(self, text: str, index: int, alias: str, score: float) -> None:
        key = content_key(matching_key(text))
        if key and all(named.entry != index for named in self.exact[key]):
            self.exact[key].append(Named(index, alias, score))

    def _build_blocks(self) -> None:
        self.keys = list(self.exact)
        postings: dict[str, list[int]] = defaultdict(list)
        for position, key in enumerate(self.keys):
            for token in set(key.split()):
                postings[token].append(position)
        total = max(len(self.keys), 1)
        limit = max(25, int(total * COMMON_TOKEN_SHARE))
        self.postings = {
            token: np.asarray(found, dtype=np.int32) for token, found in postings.items() if len(found) <= limit
        }
        self.idf = {token: math.log(total / len(found)) + 1.0 for token, found in postings.items()}
        # Telling names apart needs a higher bar than blocking: in a small gazetteer a word such as
        # "technology" is in a few dozen names, yet Beijing University of Technology is not Beijing University.
        self._common = {token for token, found in postings.items() if len(found) > max(TELLING_FLOOR, limit)}
        self.key_countries = [{self.entries[named.entry].country for named in self.exact[key]} for key in self.keys]
        by_initial: dict[str, list[str]] = defaultdict(list)
        for token in self.postings:
            if len(token) >= 4:
                by_initial[token[0]].append(token)
        self._by_initial = dict(by_initial)

    # --- look-ups ----------------------------------------------------------------------------

    def informative(self, token: str) -> bool:
        """A token rare enough to tell names apart (unknown tokens count: they may be rare names)."""
        return token not in self._common

    def candidates(self, key: str, country: str | None) -> list[int]:
        """Positions in `keys` of the names sharing the most (idf-weighted) rare tokens with `key`."""
        tokens = []
        for token in set(key.split()):
            if token in self.postings:
                tokens.append(token)
            elif token not in self.idf and len(token) >= 5:
                tokens.extend(self._near_tokens(token))  # "Tsinghau" blocks with "tsinghua"
        if not tokens:
            return []
        postings = [self.postings[token] for token in tokens]
        weights = np.concatenate([np.full(len(found), self.idf[token]) for token, found in zip(tokens, postings)])
        # votes per name, over the names holding any of the tokens only (not all names)
        found, inverse = np.unique(np.concatenate(postings), return_inverse=True)
        votes = np.bincount(inverse, weights=weights)
        if len(found) > CANDIDATES:
            found = found[np.argpartition(-votes, CANDIDATES)[:CANDIDATES]]
        found = [int(position) for position in found]
        if country:
            local = [p for p in found if country in self.key_countries[p] or None in self.key_countries[p]]
            found = local or found
        return found

    def _near_tokens(self, token: str) -> list[str]:
        choices = self._by_initial.get(token[0], [])
        return [match for match, _, _ in process.extract(token, choices, scorer=fuzz.ratio, score_cutoff=85, limit=2)]

    def _vetoed(self, query: str, name: str) -> bool:
        """A pair no score may join: another place, a topic, a sibling (each rule below)."""
        wanted, words = query.split(), name.split()
        return _other_place(wanted, words) or _other_place(words, wanted) or self._headless(wanted, words) \
            or self._narrower(wanted, words) or bool((set(wanted) ^ set(words)) & _KIND_MARKERS) \
            or _of_technology(wanted) != _of_technology(words)

    def _headless(self, wanted: list[str], words: list[str]) -> bool:
        """The query is a run of the name's words after a telling word it lacks: "machine learning" is not
        "Apple Machine Learning Research", nor "artificial intelligence" the Vector Institute for it."""
        for start in range(1, len(words) - len(wanted) + 1):
            if words[start:start + len(wanted)] == wanted:
                # initials ("N. I. Lobachevsky" is "ni lobachevsky") and a country's name tell nothing
                return any(word in NAME_HEADS or len(word) > 2 and self.informative(word) and not country_of(word)
                           for word in words[:start])
        return False

    def _narrower(self, wanted: list[str], words: list[str]) -> bool:
        """The name is the query and then a telling word: a sibling the query does not name ("Indian Institute
        of Technology, Delhi" is not the Indian Institute of Technology Bombay). Or the name has every word of
        the query behind a telling word it opens on: "Cairo University" is not the American University in Cairo
        (a word in between is no matter: "Università di Milano" is the Università degli Studi di Milano)."""
        if len(words) <= len(wanted) or not set(wanted) <= set(words):
            return False
        if words[:len(wanted)] == wanted:
            return any(self._telling(word) for word in words[len(wanted):])
        return words[0] not in wanted and self._telling(words[0])

    def _telling(self, word: str) -> bool:
        """A word that makes a name another organisation: not a country, a region or a word short names drop."""
        return len(word) > 2 and self.informative(word) and not country_of(word) and word not in _REGIONS \
            and word not in _DROPPED

    def fuzzy_score(self, query: str, name: str, *, places: frozenset[str] = frozenset()) -> float:
        """How well content key `query` matches content key `name` (0-100).

        The better of rapidfuzz's token-sort and token-set ratios, less a penalty for each
        informative token one has and the other lacks ("University of Maryland" is not
        "University of Maryland, Baltimore"); place names in the query cost nothing.
        """
        if self._vetoed(query, name):
            return 0.0
        query_tokens, name_tokens = set(query.split()), set(name.split())
        missing = [t for t in query_tokens - name_tokens if t not in places and not _has_near(t, name_tokens)]
        extra = [t for t in name_tokens - query_tokens if not _has_near(t, query_tokens)]
        rare_missing = sum(self.informative(t) for t in missing)
        rare_extra = sum(self.informative(t) for t in extra)
        # token-set forgives words one side lacks; each lacking word is charged here instead
        subset = fuzz.token_set_ratio(query, name) - 3 * (len(missing) + len(extra) - rare_missing - rare_extra)
        base = max(fuzz.token_sort_ratio(query, name), subset)
        return base - 20 * rare_missing - 12 * rare_extra


# An institution named for its topic is not the topic: "Machine Learning" is not the Institute for it.
NAME_HEADS = frozenset("""institute institut center centre department school laboratory lab college faculty division
                          group university universite universidad universitat universita""".split())

# Words that make another institution of the same words: the Korea Institute of Science and Technology is not
# the Korea Advanced one, the University of Munich not the Technical one, Beijing University not Beijing Normal.
# ("National", "State" and "Medical" are left out: affiliations drop them from the same institution's name.)
_KIND_MARKERS = frozenset({"advanced", "technical", "technological", "normal", "polytechnic", "federal", "catholic",
                           "open", "central", "international", "applied", "pedagogical", "metropolitan"})
# A lab named for its region is the one a byline from there means (Microsoft Research Asia).
_REGIONS = frozenset({"asia", "europe", "africa", "america", "americas", "oceania", "pacific", "nordic"})

# Words a short name leaves off its end: "the Weizmann Institute" is the Weizmann Institute of Science,
# "Tsinghua" Tsinghua University.
_DROPPED = frozenset({"science", "sciences", "technology", "research", "studies", "advanced", "inc", "incorporated",
                      "limited", "corporation", "group", "lab", "labs", "laboratory", "laboratories", "company",
                      "university", "institute", "college", "school", "academy", "center", "centre"})

# Words that make another place of the name after them: New York is not York, nor West Virginia Virginia.
_PLACE_PREFIXES = frozenset({"new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "upper", "lower", "great", "greater", "nova", "nueva", "nuevo", "neu"})


def _other_place(words: list[str], others: list[str]) -> bool:
    """`words` have a place prefix before a word `others` have without it ("new york" against "york")."""
    return any(
        word in _PLACE_PREFIXES and following in others and word not in others
        for word, following in zip(words, words[1:])
    )


def _of_technology(words: list[str]) -> bool:
    """"Beijing University of Technology" is another institution than Beijing University, however common the word
    "technology" is in a large gazetteer (content keys drop the "of")."""
    return any(_near_word(word, ("university", "institute")) and _near_word(following, ("technology",))
               for word, following in zip(words, words[1:]))


@lru_cache(maxsize=65536)
def _near_word(word: str, wanted: tuple[str, ...]) -> bool:
    """The word, or a typo of it ("insitute", "technolgy"): a typo must not make another institution. (Cached: the
    fuzzy scorer asks it of every candidate name's words.)"""
    return word in wanted or _has_near(word, set(wanted))


def _has_near(token: str, tokens: set[str]) -> bool:
    """A typo of one of `tokens` ("tsinghau" for "tsinghua"), but not another point of the compass ("northeastern"
    is no typo of "northwestern")."""
    if len(token) < 5:
        return False
    near = process.extractOne(token, tokens, scorer=fuzz.ratio, score_cutoff=85)
    return near is not None and _compass(token) == _compass(near[0])


_COMPASS = ("north", "south", "east", "west")


def _compass(word: str) -> tuple[bool, ...]:
    # "northwest" is not "northwestern" either: the region is not the adjective
    return (*(point in word for point in _COMPASS), any(point in word for point in _COMPASS) and word.endswith("ern"))
