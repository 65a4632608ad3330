"""Person names: parse one into given/family parts, derive blocking keys, score two for compatibility.

A name is read once into a `PersonName` (ASCII, lower case, hyphens folded) so that
"Zhi-Hua Zhou", "Zhihua Zhou" and "Zhi Hua Zhou" share one `given_key`, "Ondřej Dušek"
and "Ondrej Dusek" are equal, and "He Kaiming" can be matched with "Kaiming He".
Nothing here decides that two mentions are one person: `name_compatible` only says
how plausible it is that two strings name the same person; evidence decides the rest
(`extractors.people`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from extractors.vocabulary import TITLES

# Family-name particles stay with the family name ("Josef van Genabith").
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "le", "la", "ter", "ten", "al", "el", "bin", "ibn"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "esq"})

# Pinyin / Korean / Vietnamese family names: when a two- or three-word name starts with one of these,
# it may be written family-first ("He Kaiming", "Do Xuan Long"), so it is also blocked in that reading.
_EAST_ASIAN_FAMILY = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia wei xue ye yan lu du ding shen ren yao
    fan fu zhong cui tan lv lu shi qin jin gu hou shao meng long wan duan lei qian tang yin kong bai mao qiu qi
    hao xiong dai kang mo xiang chang niu geng zhan ou yi su ni ke zou fang kim lee park choi jung jeong kang cho
    yoon jang lim han shin seo kwon hwang ahn song hong jeon ko moon yang nguyen tran le pham hoang huynh phan vu
    vo dang bui do ho ngo duong ly chan wong leung cheung lam lau ng tsang chow yip kwok tse
    """.split()
)
EAST_ASIAN_FAMILY = _EAST_ASIAN_FAMILY  # also read by extractors/personhood.py
# German umlauts spelled out ("ue" for "ü"), after a consonant that pinyin never puts before "ue"
_UMLAUT_SPELLING = re.compile(r"(?<=[bcdfhkmprstvwz])(ae|oe|ue)")
_TRAILING_DIGITS = re.compile(r"\s*\d+$")  # OpenReview "~Yang_Liu12" / DBLP "Yang Liu 0001"
_SPLIT = re.compile(r"[\s_]+")
_NON_WORD = re.compile(r"[^a-z\-.]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True, slots=True)
class PersonName:
    """A parsed name. `given`/`family` are word tuples (ASCII, lower case, hyphens removed).

    The derived keys are computed once here, because the resolver reads them millions of times.
    """

    raw: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False  # written family-first in the source (CJK script or "HE Kaiming")
    # Given names run together: "zhi-hua", "zhi hua" and "zhihua" all give "zhihua".
    given_key: str = field(init=False, compare=False)
    # The last family word (particles dropped): what blocking and comparison use.
    family_key: str = field(init=False, compare=False)
    initials: str = field(init=False, compare=False)
    first_given: str = field(init=False, compare=False)
    # Exact form after normalisation: "zhihua zhou".
    key: str = field(init=False, compare=False)
    # The same for "kaiming he" and "he kaiming": words sorted.
    order_free_key: str = field(init=False, compare=False)
    is_initials_only: bool = field(init=False, compare=False)
    # The number a bibliography tells namesakes apart by: "dblp:0001" of "Wei Zhang 0001", "openreview:12" of
    # "~Yang_Liu12"; "" when none. Two different numbers of one system are two people.
    disambiguator: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        given_key = "".join(self.given)
        family_key = _german_fold(self.family[-1]) if self.family else ""
        values = {
            "given_key": given_key,
            "family_key": family_key,
            "initials": "".join(word[0] for word in self.given if word),
            "first_given": self.given[0] if self.given else "",
            "key": f"{given_key} {family_key}".strip(),
            "order_free_key": " ".join(sorted(w for w in (*self.given, *self.family) if w)),
            "is_initials_only": bool(self.given) and all(len(word) == 1 for word in self.given),
            "disambiguator": _disambiguator(self.raw),
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    @property
    def may_be_family_first(self) -> bool:
        """Could the first word be the family name? Only for short East-Asian-looking names."""
        words = (*self.given, *self.family)
        return self.family_first or (2 <= len(words) <= 3 and words[0] in _EAST_ASIAN_FAMILY and not self.is_initials_only)

    def block_keys(self) -> tuple[str, ...]:
        """Family name + first initial; East-Asian-looking names also in the family-first reading."""
        if not self.family_key:
            return ()
        keys = [f"{self.family_key} {self.given_key[:1]}".strip()]
        words = (*self.given, *self.family)
        if self.may_be_family_first and len(words) >= 2:
            reversed_key = f"{words[0]} {words[1][:1]}"
            if reversed_key not in keys:
                keys.append(reversed_key)
        return tuple(keys)


def _german_fold(word: str) -> str:
    """"schuetze" -> "schutze", as anyascii renders "Schütze"; never for short (pinyin "xue", "yue") words."""
    return _UMLAUT_SPELLING.sub(lambda m: m.group(1)[0], word) if len(word) >= 5 else word


def ascii_fold(text: str) -> str:
    """Unicode to plain lower-case ASCII: "Dušek" -> "dusek", "Schütze" -> "schutze"."""
    return anyascii(unicodedata.normalize("NFKC", text)).lower()


def _clean_word(word: str) -> str:
    return _NON_WORD.sub("", word).replace("-", "").replace(".", "")


def _given_words(word: str) -> tuple[str, ...]:
    """One given word; dotted initials "z.-h." become ("z", "h"), "zhi-hua" becomes ("zhihua",)."""
    parts = [p for p in re.split(r"[.\-]+", word) if p]
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        return tuple(parts)
    return (_clean_word(word),)


def title_length(words: list[str]) -> int:
    """How many of a name's leading words are honorifics or ranks ("Professor Emeritus Viktor Orlov": 2),
    a lone "." after an abbreviation included; the last word is never counted (it is the name). Capitals are
    initials, not titles: "MS Dhoni"."""
    count = 0
    while count < len(words) - 1 and (words[count] == "." or (
            words[count].lower().rstrip(".") in TITLES and not words[count].rstrip(".").isupper())):
        count += 1
    return count


_DBLP_NUMBER = re.compile(r"\s(\d{4})$")
_OPENREVIEW_NUMBER = re.compile(r"^~\S+?(\d+)$")


def _disambiguator(raw: str) -> str:
    raw = raw.strip()
    if (match := _OPENREVIEW_NUMBER.match(raw)) is not None:
        return f"openreview:{match.group(1)}"
    if (match := _DBLP_NUMBER.search(raw)) is not None:
        return f"dblp:{match.group(1)}"
    return ""


@lru_cache(maxsize=200_000)
def parse_name(raw: str) -> PersonName:
    """Parse one display name. Handles "Family, Given", suffixes, trailing digits and CJK script.

    Names in CJK script are family-first; "HE Kaiming" (family in capitals) is read that way too.
    """
    text = _TRAILING_DIGITS.sub("", raw.strip().lstrip("~"))
    family_first = bool(_CJK.search(text))
    if family_first and " " not in text.strip():
        # "何恺明": one family character (the common case), the rest given.
        folded = [ascii_fold(ch) for ch in text.strip()]
        return PersonName(raw, tuple(w for w in ["".join(folded[1:])] if w), (folded[0],), True)
    if "," in text:
        family_part, _, given_part = text.partition(",")
        text = f"{given_part} {family_part}"
    words = [w for w in _SPLIT.split(text) if w]
    words = words[title_length(words):]
    # "HE Kaiming": a family name in capitals before a given name that is not ("K. He" is not that)
    upper_first = len(words) >= 2 and words[0].isalpha() and words[0].isupper() and len(words[0]) > 1 and not words[1].isupper()
    folded = [ascii_fold(w).replace("'", "").replace("\u2019", "") for w in words]
    words = [c for c in (_NON_WORD.sub("", w).strip("-") for w in folded) if c and c.strip(".") not in _SUFFIXES]
    if not words:
        return PersonName(raw, (), ())
    if upper_first or family_first:
        given = tuple(c for w in words[1:] for c in _given_words(w) if c)
        return PersonName(raw, given, (_clean_word(words[0]),), True)
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1] in _PARTICLES:
        family_start -= 1
    given = tuple(c for w in words[:family_start] for c in _given_words(w) if c)
    # a hyphenated family name keeps its parts as words, so "Espinosa-Anke" and "Espinosa Anke" end alike
    family_words = [c for w in words[family_start:] for c in map(_clean_word, w.split("-")) if c]
    family = tuple(w for w in family_words if w not in _PARTICLES) or tuple(family_words[-1:])
    return PersonName(raw, given, family)


def _given_score(a: PersonName, b: PersonName) -> float:
    """How well two given-name parts agree, when the family names already do."""
    if a.given_key == b.given_key:
        return 1.0
    if not a.given or not b.given:
        return 0.5  # a bare family name carries no contradicting information, and little support
    if a.is_initials_only or b.is_initials_only:
        short, long = (a, b) if a.is_initials_only else (b, a)
        if long.is_initials_only:
            # "K. M. He" vs "K. He": the shorter initials must be a prefix of the longer
            return 0.7 if long.initials.startswith(short.initials) or short.initials.startswith(long.initials) else 0.0
        # "K. He" vs "Kaiming He": initials match the words; "Z. H." vs "Zhihua" (one run-together word) cannot be checked further
        if long.initials.startswith(short.initials) or (short.initials[0] == long.given_key[0] and len(long.given) == 1):
            return 0.7
        return 0.0
    if a.first_given == b.first_given:
        # "Samuel R. Bowman" vs "Samuel Bowman": extra middle names; a conflicting middle initial is a different person
        rest_a, rest_b = a.given[1:], b.given[1:]
        if rest_a and rest_b and rest_a[0][0] != rest_b[0][0]:
            return 0.2
        # In Vietnamese and Chinese names the middle word is part of the name ("Thien Huu Nguyen" is not "Thien Hai Nguyen")
        return 0.7 if a.family_key in _EAST_ASIAN_FAMILY else 0.9
    short, long = sorted((a, b), key=lambda n: len(n.given_key))
    if short.given_key in long.given[1:]:
        return 0.6  # "Xin Zhao" vs "Wayne Xin Zhao": an added western first name
    if len(short.first_given) >= 3 and long.first_given.startswith(short.first_given) and a.family_key not in _EAST_ASIAN_FAMILY:
        return 0.6  # "Avi" vs "Avirup"; never pinyin, where "Ting" and "Tingwen" are different names
    return 0.0


@lru_cache(maxsize=500_000)
def _compatible(a: PersonName, b: PersonName) -> float:
    if not a.family_key or not b.family_key:
        return 0.0
    if a.family_key == b.family_key:
        return _given_score(a, b)
    if a.order_free_key == b.order_free_key:
        return 0.95  # "He Kaiming" / "Kaiming He", "Do Xuan Long" / "Xuan Long Do"
    # "Espinosa-Anke" vs "Espinosa Anke": the same words, split differently between given and family
    if "".join((*a.given, *a.family)) == "".join((*b.given, *b.family)):
        return 0.95
    return 0.0


def name_compatible(a: str | PersonName, b: str | PersonName) -> float:
    """0..1: how plausibly two names denote one person, on the names alone.

    1.0 equal after normalisation; 0.95 order or spacing variants; 0.9 an added middle name;
    0.7 initials consistent with a full name; 0.6 added first name or nickname prefix; 0 incompatible.
    Symmetric. It never says two people are the same, only that their names do not rule it out.
    """
    pa = a if isinstance(a, PersonName) else parse_name(a)
    pb = b if isinstance(b, PersonName) else parse_name(b)
    if pa.disambiguator and pb.disambiguator and pa.disambiguator != pb.disambiguator \
            and pa.disambiguator.split(":")[0] == pb.disambiguator.split(":")[0]:
        return 0.0  # "Wei Zhang 0001" and "Wei Zhang 0002": namesakes the bibliography already told apart
    if (pa.key, pa.family) > (pb.key, pb.family):
        pa, pb = pb, pa
    return _compatible(pa, pb)
