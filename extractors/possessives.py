"""Possessives in affiliation strings: "Tsinghua's Institute for X" is the institute, a unit of Tsinghua.

Affiliations usually write the unit first and its institution after ("Institute for X, Tsinghua
University"); a possessive turns that round. Rewriting it the usual way lets the resolver find the
institution, as the text pipeline does (PART_OF).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.affiliation import matching_key

# "Tsinghua's Institute for Interdisciplinary Information Sciences": the owner, then its unit.
_POSSESSIVE = re.compile(r"^(?P<owner>[^,]*?[^\s,'’])['’]s\s+(?P<unit>[A-Z][^,]*)$")
# Words a possessive opens a name with that is no owner: "King's College London", "Children's Hospital".
NOT_OWNERS = frozenset("king kings queen queens st saint children women men people veterans world nation "
                        "nations lady ladies our".split())


def owner_last(text: str, *, is_name: Callable[[str], bool] | None = None,
               is_owner: Callable[[str], bool] | None = None) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each "X's Y" component written as affiliations write it, "Y, X" (the unit, then the
    institution it belongs to), and the (unit, owner) pairs so moved. A known name ("King's College London", any
    that `is_name(key)` knows) and names opening with a word that owns nothing ("Children's
    Hospital") stay as written, and so does any whose owner `is_owner(owner)` does not know: "Enrico
    Fermi's Research Center" and "China's Aviation ... Institute" are names, not units of "Enrico Fermi"
    or "China"."""
    pieces, units = [], []
    for component in text.split(","):
        match = _POSSESSIVE.match(component.strip())
        owner = match.group("owner") if match else ""
        words = owner.split()
        if not match or not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words) \
                or any(matching_key(w) in NOT_OWNERS for w in words) \
                or (is_name is not None and is_name(matching_key(component))) \
                or (is_owner is not None and not is_owner(owner)):
            pieces.append(component)
            continue
        units.append((match.group("unit").strip(), owner))
        pieces += [" " + units[-1][0], " " + owner]
    return ",".join(pieces).strip(), units
