"""The text name searches match against: names folded to lower-case ASCII, on both sides.

Cypher has no accent or script folding, so it happens here, in Python, the same way for
what is stored and for what is asked: "Ana Sofía" is also kept as "ana sofia", 王伟 as
"wangwei", and a query is folded before it is sent (`people_search`, `org_search`). The raw
forms stay in the haystack too (a Chinese query still matches 清华大学 as written) and in
`aliases`, which is what clients are shown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii


MIN_FOLDED = 3  # letters a folded query needs before it is matched as a substring


@lru_cache(maxsize=1 << 16)  # the same names recur batch after batch; bounded, so memory stays flat
def fold(text: str) -> str:
    """Lower-case ASCII with single spaces: "Ana  Sofía" -> "ana sofia", 王伟 -> "wangwei"."""
    return " ".join(anyascii(unicodedata.normalize("NFKC", text)).lower().split())


def folded_forms(names: Iterable[str | None]) -> list[str]:
    """The folded spellings a plain lower-casing would miss (none for ASCII names): the row field
    `folded` that the person and organisation statements add to `aliases_text`."""
    return list(dict.fromkeys(form for form in map(_new_form, names) if form))


def folded_query(q: str | None) -> str | None:
    """The `$folded` parameter of the search queries: `q` folded, or None when folding changes nothing."""
    form = _new_form(q)
    if form is None or len(form.replace(" ", "")) < MIN_FOLDED:
        return None  # 李 folds to "li", which every Alice and William contains: the raw form alone
    return form


def _new_form(text: str | None) -> str | None:
    """`text` folded, when that differs from `text` lower-cased; else None."""
    if not text:
        return None
    form = fold(text)
    return form if form and form != " ".join(text.lower().split()) else None
