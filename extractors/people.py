"""The person resolver: author mentions in, clusters (one per real person) and merge decisions out.

Order of evidence, strongest first:

1. Strong ids. The same ORCID, OpenAlex or OpenReview id is the same person; two different
   ids of one kind are never merged, whatever else agrees.
2. Name variants backed by evidence. Mentions are blocked by family name + first initial
   (East-Asian-looking names also in the family-first reading). Inside a block, candidate
   pairs come only from mentions that share an evidence token (a co-author, an organisation,
   an e-mail domain): an inverted index per block, with a sorted-neighbourhood window when
   a token is shared by many mentions, so no block is ever compared all-pairs.
3. Rare names alone. A name is merged without evidence only when it is rare: the expected
   number of people carrying it, estimated from how many given names its family name
   takes and how many family names its given name takes, is small. "Wei Wang" never is.

Every union is checked: no conflicting strong id, no shared paper (two authors of one paper
are two people), and every name form in one cluster compatible with every form in the other.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.names import PersonName, name_compatible, parse_name
from kg.model import slug

STRONG_KINDS = ("orcid", "openalex", "openreview")

# Evidence weights; a pair is merged when the sum reaches the bar its name's ambiguity sets.
W_COAUTHOR = 1.0  # per shared co-author, at most two counted
W_ORG = 0.6
W_DOMAIN = 0.5
YEAR_GAP = 10  # years apart beyond which shared evidence is discounted
YEAR_PENALTY = 0.3
NAME_FLOOR = 0.5  # name_compatible below this never merges
RARE_NAME = 0.03  # expected people with this name below which the name alone merges
COMMON_NAME = 0.5  # at or above: an organisation alone is not enough
ALL_PAIRS_UP_TO = 24  # a token shared by more mentions than this in a block is walked by window
WINDOW = 8

# Webmail and other shared domains say nothing about where someone works.
GENERIC_DOMAINS = frozenset(
    """gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com yahoo.co.jp icloud.com me.com
    qq.com foxmail.com 163.com 126.com sina.com sohu.com aliyun.com yeah.net protonmail.com proton.me mail.com
    gmx.de gmx.net web.de naver.com hanmail.net daum.net mail.ru yandex.ru""".split()
)
_SECOND_LEVEL = frozenset({"ac", "edu", "co", "com", "org", "gov", "net", "or", "ne", "go"})


@dataclass(slots=True)
class Mention:
    """One author on one paper (or one person named in one document), with the evidence around it."""

    id: str
    name: str
    paper: str | None = None
    year: int | None = None
    orcid: str | None = None
    openalex: str | None = None
    openreview: str | None = None
    coauthors: tuple[str, ...] = ()  # names of the other authors of the same paper
    orgs: tuple[str, ...] = ()  # organisation ids or normalised names
    email_domain: str | None = None
    person: str | None = None  # an existing person record it belongs to: mentions of one record stay together


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """`merged` joined the cluster of `kept`, for `reason` (e.g. "orcid", "name+coauthor+org"), with `score` 0..1."""

    kept: str
    merged: str
    reason: str
    score: float


@dataclass
class Resolution:
    cluster_of: dict[str, str]  # mention id -> cluster id (the id of one mention in it)
    decisions: list[MergeDecision] = field(default_factory=list)

    def clusters(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for mention_id, cluster_id in self.cluster_of.items():
            groups[cluster_id].append(mention_id)
        return dict(groups)


def email_domain_key(domain: str | None) -> str | None:
    """The registrable part of an e-mail domain ("mails.tsinghua.edu.cn" -> "tsinghua.edu.cn"); None for webmail."""
    if not domain:
        return None
    labels = domain.strip().lower().strip(".").split(".")
    if len(labels) < 2:
        return None
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    key = ".".join(labels[-keep:])
    return None if key in GENERIC_DOMAINS else key


@lru_cache(maxsize=100_000)
def _org_key(org: str) -> str:
    return slug(org)


class _Prepared:
    """Per-mention parsed name and evidence tokens, in flat lists indexed by mention number."""

    def __init__(self, mentions: list[Mention], background_names: Iterable[str] = ()):
        self.mentions = mentions
        self.names: list[PersonName] = [parse_name(m.name) for m in mentions]
        self.coauthors: list[frozenset[str]] = [
            frozenset(parse_name(c).order_free_key for c in m.coauthors if c) for m in mentions
        ]
        self.orgs: list[frozenset[str]] = [frozenset(_org_key(o) for o in m.orgs if o) for m in mentions]
        self.domains: list[str | None] = [email_domain_key(m.email_domain) for m in mentions]
        self._family_givens: dict[str, set[str]] = defaultdict(set)
        self._given_families: dict[str, set[str]] = defaultdict(set)
        for name in (*self.names, *(parse_name(n) for n in background_names)):
            if name.family_key and name.given_key and not name.is_initials_only:
                self._family_givens[name.family_key].add(name.given_key)
                self._given_families[name.given_key].add(name.family_key)
        self._distinct = max(1, sum(len(v) for v in self._family_givens.values()))
        self._ambiguity: dict[str, float] = {}

    def ambiguity(self, name: PersonName) -> float:
        """Expected number of people carrying this name: (#given names of the family) x (#families of the given) / #names.

        Initials-only and family-only names are maximally ambiguous.
        """
        cached = self._ambiguity.get(name.key)
        if cached is not None:
            return cached
        if name.is_initials_only or not name.given_key:
            value = math.inf
        else:
            families = len(self._given_families.get(name.given_key, ())) or 1
            givens = len(self._family_givens.get(name.family_key, ())) or 1
            value = families * givens / self._distinct
        self._ambiguity[name.key] = value
        return value


class _Clusters:
    """Union-find over mention numbers that refuses unions the evidence forbids."""

    def __init__(self, prepared: _Prepared):
        n = len(prepared.mentions)
        self.parent = list(range(n))
        self.prepared = prepared
        self.strong: list[dict[str, str] | None] = [None] * n
        self.papers: list[set[str]] = [set() for _ in range(n)]
        # name forms by normalised key: "ZHeng ZHang" and "Zheng Zhang" are one form
        self.forms: list[dict[str, PersonName]] = [{} for _ in range(n)]
        for i, m in enumerate(prepared.mentions):
            ids = {kind: getattr(m, kind) for kind in STRONG_KINDS if getattr(m, kind)}
            self.strong[i] = ids or None
            if m.paper:
                self.papers[i].add(m.paper)
            self.forms[i][prepared.names[i].key] = prepared.names[i]
        self.decisions: list[MergeDecision] = []

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def _allowed(self, ra: int, rb: int, check_names: bool) -> bool:
        sa, sb = self.strong[ra], self.strong[rb]
        if sa and sb and any(sa[k] != sb[k] for k in sa.keys() & sb.keys()):
            return False
        pa, pb = self.papers[ra], self.papers[rb]
        small, large = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
        if any(p in large for p in small):
            return False
        if check_names:
            fa, fb = self.forms[ra].values(), self.forms[rb].values()
            return all(name_compatible(x, y) > 0 for x in fa for y in fb)
        return True

    def union(self, a: int, b: int, reason: str, score: float, *, check_names: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self._allowed(ra, rb, check_names):
            return False
        if len(self.papers[ra]) < len(self.papers[rb]):
            ra, rb = rb, ra
            a, b = b, a
        self.parent[rb] = ra
        self.papers[ra] |= self.papers[rb]
        self.papers[rb] = set()
        self.forms[ra].update(self.forms[rb])
        self.forms[rb] = {}
        if self.strong[rb]:
            self.strong[ra] = {**(self.strong[rb] or {}), **(self.strong[ra] or {})}
        mentions = self.prepared.mentions
        self.decisions.append(MergeDecision(mentions[a].id, mentions[b].id, reason, round(score, 3)))
        return True


class PersonResolver:
    """Cluster author mentions into people. Stateless between calls; tune with the keyword arguments."""

    def __init__(self, *, rare_name: float = RARE_NAME, common_name: float = COMMON_NAME, window: int = WINDOW):
        self.rare_name = rare_name
        self.common_name = common_name
        self.window = window

    def resolve(self, mentions: Iterable[Mention], *, background_names: Iterable[str] = ()) -> Resolution:
        """Cluster `mentions`. `background_names` (other people's names) only sharpen the name-rarity estimate."""
        prepared = _Prepared(list(mentions), background_names)
        clusters = _Clusters(prepared)
        self._merge_strong_ids(prepared, clusters)
        blocks = self._blocks(prepared)
        scored = []
        for members in blocks.values():
            if len(members) > 1:
                scored.extend(self._score_pairs(prepared, members))
        scored.sort(key=lambda item: -item[0])  # strongest first, so weak links meet a fuller picture
        for score, i, j, reason in scored:
            clusters.union(i, j, reason, score)
        for members in blocks.values():
            if len(members) > 1:
                self._merge_rare_names(prepared, clusters, members)
        cluster_of = {m.id: prepared.mentions[clusters.find(i)].id for i, m in enumerate(prepared.mentions)}
        return Resolution(cluster_of, clusters.decisions)

    # -- stages ---------------------------------------------------------------------------

    @staticmethod
    def _merge_strong_ids(prepared: _Prepared, clusters: _Clusters) -> None:
        first: dict[tuple[str, str], int] = {}
        record: dict[str, int] = {}
        for i, mention in enumerate(prepared.mentions):
            if mention.person:
                j = record.setdefault(mention.person, i)
                if j != i:
                    clusters.union(j, i, "same-record", 1.0, check_names=False)
            for kind in STRONG_KINDS:
                value = getattr(mention, kind)
                if not value:
                    continue
                j = first.setdefault((kind, value), i)
                if j != i:
                    clusters.union(j, i, kind, 1.0, check_names=False)

    @staticmethod
    def _blocks(prepared: _Prepared) -> dict[str, list[int]]:
        blocks: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(prepared.names):
            for key in name.block_keys():
                blocks[key].append(i)
        return blocks

    def _candidates(self, prepared: _Prepared, members: list[int]) -> set[tuple[int, int]]:
        """Pairs in one block that share at least one evidence token; never all pairs of the block."""
        index: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i in members:
            for co in prepared.coauthors[i]:
                index[("c", co)].append(i)
            for org in prepared.orgs[i]:
                index[("o", org)].append(i)
            if prepared.domains[i]:
                index[("d", prepared.domains[i])].append(i)
        pairs: set[tuple[int, int]] = set()
        for group in index.values():
            if len(group) < 2:
                continue
            if len(group) <= ALL_PAIRS_UP_TO:
                pairs.update((a, b) if a < b else (b, a) for x, a in enumerate(group) for b in group[x + 1 :])
                continue
            # Sorted neighbourhood: same name form and nearby years end up adjacent.
            group = sorted(group, key=lambda i: (prepared.names[i].key, prepared.mentions[i].year or 0))
            for x, a in enumerate(group):
                for b in group[x + 1 : x + 1 + self.window]:
                    pairs.add((a, b) if a < b else (b, a))
        return pairs

    def _score_pairs(self, prepared: _Prepared, members: list[int]) -> list[tuple[float, int, int, str]]:
        out = []
        # full given names per (family, initial) in this block: "K. He" is as ambiguous as the full names it could be
        full_names: dict[tuple[str, str], set[str]] = defaultdict(set)
        for i in members:
            name = prepared.names[i]
            if name.given_key and not name.is_initials_only:
                full_names[(name.family_key, name.given_key[0])].add(name.given_key)
        for i, j in self._candidates(prepared, members):
            a, b = prepared.names[i], prepared.names[j]
            compat = name_compatible(a, b)
            if compat < NAME_FLOOR:
                continue
            evidence, reason = self._evidence(prepared, i, j)
            if a.is_initials_only != b.is_initials_only:
                short, full = (a, b) if a.is_initials_only else (b, a)
                only_one = len(full_names[(short.family_key, short.initials[0])]) == 1
                ambiguity = prepared.ambiguity(full) if only_one else math.inf
            else:
                ambiguity = max(prepared.ambiguity(a), prepared.ambiguity(b))
            bar = 0.6 if ambiguity < self.common_name else 1.0
            if compat < 0.7:
                bar += 0.4  # a looser variant (added first name, nickname) needs more than one weak signal
            if evidence >= bar:
                score = compat * evidence / (evidence + 0.5)
                out.append((score, i, j, f"name+{reason}"))
        return out

    @staticmethod
    def _evidence(prepared: _Prepared, i: int, j: int) -> tuple[float, str]:
        parts = []
        evidence = 0.0
        shared_co = len(prepared.coauthors[i] & prepared.coauthors[j])
        if shared_co:
            evidence += W_COAUTHOR * min(shared_co, 2)
            parts.append("coauthor")
        if prepared.orgs[i] & prepared.orgs[j]:
            evidence += W_ORG
            parts.append("org")
        if prepared.domains[i] and prepared.domains[i] == prepared.domains[j]:
            evidence += W_DOMAIN
            parts.append("email")
        ya, yb = prepared.mentions[i].year, prepared.mentions[j].year
        if ya and yb and abs(ya - yb) > YEAR_GAP:
            evidence -= YEAR_PENALTY
        return evidence, "+".join(parts)

    def _merge_rare_names(self, prepared: _Prepared, clusters: _Clusters, members: list[int]) -> None:
        """Merge mentions whose (compatible) names are rare enough to stand alone."""
        by_form: dict[PersonName, list[int]] = defaultdict(list)
        form_of: dict[str, PersonName] = {}
        for i in members:
            name = prepared.names[i]
            if prepared.ambiguity(name) < self.rare_name:
                by_form[form_of.setdefault(name.key, name)].append(i)
        forms = list(by_form)
        by_first: dict[str, list[PersonName]] = defaultdict(list)
        for form in forms:
            by_first[form.order_free_key].append(form)
            by_first[form.first_given].append(form)
        for form in forms:
            group = by_form[form]
            for other in group[1:]:
                clusters.union(group[0], other, "rare-name", 0.9)
        seen: set[tuple[PersonName, PersonName]] = set()
        for bucket in by_first.values():
            for x, a in enumerate(bucket):
                for b in bucket[x + 1 : x + 1 + self.window]:
                    if (a, b) in seen or a.key == b.key:
                        continue
                    seen.add((a, b))
                    compat = name_compatible(a, b)
                    if compat >= 0.9:
                        clusters.union(by_form[a][0], by_form[b][0], "rare-name-variant", 0.9 * compat)
