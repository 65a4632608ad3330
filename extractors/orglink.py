"""Affiliations of paper records linked to canonical organisations through the one resolver.

A ROR id in the record wins; otherwise the printed string goes through
`OrgResolver.resolve_all` (one result per institution the string names). Results are
cached per (string, country): bylines repeat the same few thousand strings.
"""

from __future__ import annotations

from functools import lru_cache

from extractors.resolver import OrgResolver
from kg.model import Affiliation


class AffiliationLinker:
    def __init__(self, resolver: OrgResolver | None = None):
        self.resolver = resolver or OrgResolver.default()
        self._resolve = lru_cache(maxsize=200_000)(self._resolve_uncached)
        self.resolved = 0
        self.unresolved = 0

    def __call__(self, affiliation: Affiliation) -> list[Affiliation]:
        if affiliation.org_id:
            return [affiliation]
        if affiliation.ror:
            entry = self.resolver.get(f"ror:{affiliation.ror}")
            if entry is None:
                return [affiliation]
            return [affiliation.model_copy(update={
                "country": affiliation.country or entry.country, "type": affiliation.type or entry.type,
                "parents": list(entry.parents),
            })]
        if not affiliation.name:
            return []
        linked = self._resolve(affiliation.name, affiliation.country)
        return list(linked) if linked else [affiliation]

    def _resolve_uncached(self, name: str, country: str | None) -> tuple[Affiliation, ...]:
        out = []
        results = self.resolver.resolve_all(name, country=country)
        if not results:  # a string naming no institution the resolver can read is unresolved too
            self.unresolved += 1
        for result in results:
            if result.resolved:
                self.resolved += 1
                entry = self.resolver.get(result.id)
                out.append(Affiliation(
                    name=result.name, org_id=result.id, ror=result.ror, country=result.country or country,
                    type=entry.type if entry else None, raw=name, parents=list(entry.parents) if entry else [],
                    score=result.score, resolved=True,
                ))
            else:
                self.unresolved += 1
                out.append(Affiliation(name=result.name, org_id=result.id, country=result.country or country,
                                       raw=name, score=result.score, resolved=False))
        return tuple(out)
