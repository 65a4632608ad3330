"""Affiliation strings: the matching key, the country they name, and their parts.

An affiliation as printed on a paper ("Dept. of Computer Science, Tsinghua Univ.,
Beijing 100084, China") mixes the institution with units, addresses and places, and
sometimes names several institutions. This module turns one into:

* `matching_key(text)`: the form names are compared in (NFKC, case-folded,
  transliterated to ASCII except CJK/kana/hangul, punctuation dropped, common
  bibliographic abbreviations and spelling variants folded: "Univ." = "University",
  "Centre" = "Center", "Sci." = "Sciences");
* `split_affiliations(text)`: one string per institution named;
* `parse_part(text)`: the comma-separated components of one part, each classified
  (institution, unit, place), plus the country detected from the tail.

Places are not thrown away: the country is the strongest blocking hint there is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from anyascii import anyascii

from extractors.vocabulary import COMPANY_SUFFIXES
from kg.errors import InputError

# --- matching key ----------------------------------------------------------------------------

# Scripts kept as they are: transliterating 清华大学 to "QingHuaDaXue" would make it look
# like nothing anyone writes, while the native label is both written and stored in ROR.
_KEEP_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_NON_WORD = re.compile(r"[^0-9a-z\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")

# Abbreviations (ISO 4 style, as affiliation strings use them) and spelling variants that
# name the same thing, folded to one token on both sides of every comparison.
_FOLD = {
    "univ": "university", "universtiy": "university", "univerisity": "university",
    "inst": "institute", "institutes": "institute",
    "acad": "academy", "academies": "academy",
    "sci": "sciences", "science": "sciences",
    "technol": "technology", "technologies": "technology", "tech": "technology",
    "comput": "computer", "computing": "computer",
    "lab": "laboratory", "labs": "laboratory", "laboratories": "laboratory", "lab.": "laboratory",
    "ctr": "center", "centre": "center", "centres": "center", "centers": "center", "cent": "center",
    "dept": "department", "dep": "department", "depts": "department", "departments": "department",
    "coll": "college", "natl": "national", "nat": "national", "int": "international", "intl": "international",
    "res": "research", "eng": "engineering", "engn": "engineering", "engr": "engineering",
    "hosp": "hospital", "med": "medical", "fac": "faculty", "sch": "school", "grad": "graduate",
    "assoc": "association", "corp": "corporation", "co": "company", "inc": "incorporated",
    "ltd": "limited", "syst": "systems", "system": "systems", "elect": "electrical", "electr": "electrical",
    "math": "mathematics", "phys": "physics", "chem": "chemistry", "biol": "biology",
    "informat": "information", "inf": "information", "minist": "ministry",
    "telecommun": "telecommunications", "aeronaut": "aeronautics", "astronaut": "astronautics",
    "agric": "agricultural", "technol.": "technology", "polytech": "polytechnic", "hlth": "health",
    # the same word in the languages of most university names
    "universite": "university", "universitat": "university", "universita": "university",
    "universidad": "university", "universidade": "university", "universiteit": "university",
    "uniwersytet": "university", "univerzita": "university", "universitet": "university",
    "dipartimento": "department", "departamento": "department", "departement": "department",
    "abteilung": "department", "fakultat": "faculty", "facultad": "faculty", "faculte": "faculty",
    "institut": "institute", "instituto": "institute", "istituto": "institute", "instytut": "institute",
    "&": "and", "und": "and", "et": "and",
    "st": "saint", "ste": "sainte",
}


@lru_cache(maxsize=1 << 16)  # the same components ("China", "Dept. of Physics") come back all the time
def matching_key(text: str) -> str:
    """The form in which two names are compared; '' when nothing is left."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    text = _KEEP_SCRIPT.sub(lambda match: f" {match.group(0)} ", text)
    pieces = _KEEP_SCRIPT.split(text)
    kept = _KEEP_SCRIPT.findall(text)
    ascii_text = "".join(
        anyascii(piece).lower() + (kept[index] if index < len(kept) else "") for index, piece in enumerate(pieces)
    )
    ascii_text = ascii_text.replace("'", "")  # "People's" = "Peoples"
    # "The University of Tokyo" = "University of Tokyo": articles carry nothing.
    tokens = [_FOLD.get(token, token) for token in _NON_WORD.split(ascii_text) if token and token != "the"]
    return " ".join(_join_initials(tokens))


def _join_initials(tokens: list[str]) -> list[str]:
    """'M. D. Anderson' = 'MD Anderson', 'U.S.A.' = 'USA': runs of single letters are one word."""
    out: list[str] = []
    run = ""
    for token in tokens:
        if len(token) == 1 and token.isalpha() and token.isascii():
            run += token
            continue
        if run:
            out.append(run)
            run = ""
        out.append(token)
    if run:
        out.append(run)
    return out


# Words that join a name's parts and carry nothing of their own: "Institute of X" is
# "Institute for X", "State University of New York at Stony Brook" is "..., Stony Brook".
FUNCTION_WORDS = frozenset(
    "of for at in on de di du des der die la le les del della delle degli da do dos das and fur zu".split()
)


def content_key(key: str) -> str:
    """A matching key without its function words: the form names are indexed and looked up in."""
    return " ".join(token for token in key.split() if token not in FUNCTION_WORDS)


# --- countries -------------------------------------------------------------------------------

# Ways affiliations name countries that ISO's names and common names miss.
_COUNTRY_VARIANTS = {
    "US": ["usa", "u s a", "united states of america", "us"],
    "GB": ["uk", "u k", "england", "scotland", "wales", "northern ireland", "great britain", "britain"],
    "CN": ["pr china", "p r china", "prc", "peoples republic of china", "the peoples republic of china",
           "mainland china", "china mainland", "中国"],
    "KR": ["korea", "republic of korea", "rep of korea", "korea republic of", "korea south", "s korea"],
    "KP": ["north korea", "dprk"],
    "TW": ["taiwan roc", "republic of china", "roc", "taiwan china", "taiwan province of china", "台湾"],
    "HK": ["hong kong sar", "hong kong china", "hong kong sar china", "hksar"],
    "MO": ["macau", "macao sar", "macau sar"],
    "RU": ["russia", "russian federation"],
    "IR": ["iran", "islamic republic of iran"],
    "VN": ["vietnam", "viet nam"],
    "CZ": ["czech republic", "czechia"],
    "NL": ["the netherlands", "holland"],
    "TR": ["turkey", "turkiye"],
    "AE": ["uae", "united arab emirates"],
    "CI": ["ivory coast", "cote divoire"],
    "JP": ["日本"],
}
_US_STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
}
_US_STATE_CODE_ZIP = re.compile(r"\b([A-Z]{2})\s+\d{5}(-\d{4})?\b")
_US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)
_TRAILING_STATE = re.compile(r"^(.*\S)\s+(?:[A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names[matching_key(value)] = country.alpha_2
    for code, variants in _COUNTRY_VARIANTS.items():
        for variant in variants:
            names[matching_key(variant)] = code
    names.pop("us", None)  # "us" is also a word: only the upper-case "US" counts (see country_of)
    return names


def iso_country(code: str) -> str:
    """`code` as an ISO 3166-1 alpha-2 code in capitals ("us" -> "US"); InputError when it is none."""
    upper = code.strip().upper()
    if len(upper) == 2 and upper.isalpha() and pycountry.countries.get(alpha_2=upper):
        return upper
    hint = " (the United Kingdom is GB)" if upper == "UK" else ""
    raise InputError(f"{code!r} is not an ISO 3166 alpha-2 country code such as US, GB or CN{hint}",
                     file="--country")


@lru_cache(maxsize=1 << 14)
def country_of(component: str) -> str | None:
    """ISO alpha-2 code when `component` is just a country (or a US state / 'CA 94305')."""
    stripped = component.strip(" .")
    if stripped in ("US", "U.S.", "U.S.A.", "UK", "U.K."):
        return "GB" if stripped.startswith("U.K") or stripped == "UK" else "US"
    if stripped[:2] in _US_STATE_CODES and re.fullmatch(r"[A-Z]{2}(\s+\d{5}(-\d{4})?)?", stripped):
        return "US"
    key = matching_key(_POSTCODE.sub(" ", stripped))
    if not key:
        return "US" if _US_STATE_CODE_ZIP.fullmatch(stripped) else None
    code = _country_names().get(key)
    if code:
        return code
    if key in _US_STATES or _US_STATE_CODE_ZIP.search(stripped):
        return "US"
    return None


def detect_country(text: str) -> str | None:
    """The country an affiliation string names, read from its tail; None when it names none."""
    components = [piece for piece in re.split(r"[,;\n]", text) if piece.strip()]
    found: list[str] = []
    for component in reversed(components[-3:]):
        code = country_of(component)
        words = component.split()
        # "Beijing 100084 China": the country is the tail of the last component.
        for width in (3, 2, 1):
            if code is None and len(words) > width:
                code = country_of(" ".join(words[-width:]))
                if code and width == 1 and not words[-1][:1].isupper():
                    code = None
        if code:
            found.append(code)
    if found:
        # "Kowloon, Hong Kong, China" and "Taipei, Taiwan, ROC": the narrower name wins.
        special = [code for code in found if code in ("HK", "MO", "TW")]
        return special[0] if special and found[0] in ("CN", *special) else found[0]
    email = _EMAIL.search(text)
    if email:
        tld = email.group(0).rsplit(".", 1)[-1].upper()
        if tld == "EDU":
            return "US"
        if len(tld) == 2 and tld != "UK" and pycountry.countries.get(alpha_2=tld):
            return tld
        if tld == "UK":
            return "GB"
    return None


# --- splitting -------------------------------------------------------------------------------

_EMAIL = re.compile(r"\S+@\S+\.[A-Za-z]{2,}")
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?\b"  # 100084, D-69117, 94305-1234
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"  # UK: CB3 0FD
    r"|\bP\.?\s?O\.?\s+Box\s+\d+\b",
    re.I,
)
_NOISE = re.compile(r"#TAB#|<[^>]{1,40}>|\(\s*e-?mail[^)]*\)|[\[\]{}]|^\s*(?:\d+|[a-z*†‡§]|\(\d+\))\s+(?=[A-Z])")
_STREET = re.compile(
    r"\d.*\b(street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|lane|way|building|bldg|room|floor|no)\b", re.I
)
# Words that make a phrase an institution: used to decide whether "A and B" names two.
_ORG_WORDS = {
    "university", "universite", "universitat", "universidad", "universidade", "universita", "universiteit",
    "institute", "institut", "instituto", "istituto", "college", "academy", "laboratory", "research",
    "incorporated", "corporation", "company", "limited", "gmbh", "hospital", "foundation", "center",
    "polytechnic", "politecnico", "ecole", "hochschule", "school", "council", "agency", "observatory",
    "museum", "clinic", "大学", "研究院", "研究所", "学院", "实验室",
}
_UNIT_PREFIX = re.compile(
    r"^(department|school|faculty|division|section|unit|program|programme|chair|group|team|graduate school|"
    r"key laboratory|state key laboratory|laboratory|center|institute|college)\b(?! of technology)"
)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("#N#", ", ")
    text = _EMAIL.sub(" ", text)
    text = _NOISE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:-")


def is_org_phrase(text: str) -> bool:
    """Whether `text` has a word that makes a phrase an institution (university, institute, ...)."""
    key = matching_key(text)
    return bool(set(key.split()) & _ORG_WORDS) or any(word in key for word in ("大学", "研究"))


def split_affiliations(text: str, *, is_name: Callable[[str], bool] | None = None) -> list[str]:
    """One string per institution in `text`: split on ';', on ' and ' between two
    institution phrases, and after a country when another institution follows.

    `is_name(key)` tells a known name, which is never split ("Science and Technology").
    """
    parts: list[str] = []
    for chunk in re.split(r"[;|\n\t]|#TAB#", text):
        chunk = _clean(chunk)
        if not chunk:
            continue
        for piece in _split_after_country(chunk):
            parts.extend(_split_and(piece, is_name))
    return [part for part in parts if part]


def _split_after_country(text: str) -> list[str]:
    components = [piece.strip() for piece in text.split(",")]
    parts, current = [], []
    for index, component in enumerate(components):
        current.append(component)
        rest = components[index + 1:]
        # "Georgia, Inst. of Technol." is no country ending an address: a split needs an
        # institution before the country and another country closing what follows.
        before = current[:-1]
        if (
            country_of(component)
            and any(is_org_phrase(piece) and not _UNIT_PREFIX.match(matching_key(piece)) for piece in before)
            and any(is_org_phrase(piece) for piece in rest)
            and country_of(rest[-1])
        ):
            parts.append(", ".join(current))
            current = []
    if current:
        parts.append(", ".join(current))
    return parts


_AND = re.compile(r"\s+(?:and|&|und|et)\s+|、|\s+/\s+")


def _split_and(text: str, is_name: Callable[[str], bool] | None) -> list[str]:
    """'Tsinghua University and Microsoft Research Asia' -> both; 'University of Science and
    Technology of China' stays whole (its right-hand side is no institution phrase)."""
    parts: list[list[str]] = [[]]
    for component in text.split(","):
        pieces = _AND.split(component)
        if len(pieces) == 1 or (is_name is not None and is_name(matching_key(component))):
            parts[-1].append(component)
            continue
        current = pieces[0]
        for piece in pieces[1:]:
            starts_name = piece.lstrip()[:1].isupper() or bool(_KEEP_SCRIPT.match(piece.lstrip()))
            if starts_name and is_org_phrase(current) and is_org_phrase(piece) and not _UNIT_PREFIX.match(
                matching_key(piece)
            ):
                parts[-1].append(current)
                parts.append([])
                current = piece
            else:
                current = f"{current} and {piece}"
        parts[-1].append(current)
    return [", ".join(piece.strip() for piece in part) for part in parts if part]


# --- one part --------------------------------------------------------------------------------

PLACE, UNIT, ORG, OTHER = "place", "unit", "org", "other"


@dataclass(frozen=True)
class Component:
    """One comma-separated piece of an affiliation, cleaned, with its matching key and kind."""

    text: str
    key: str
    kind: str


@dataclass(frozen=True)
class ParsedPart:
    text: str
    components: tuple[Component, ...]
    country: str | None


def parse_part(text: str, *, is_place: Callable[[str], bool] | None = None) -> ParsedPart:
    """Components of one institution's affiliation, each classified, and its country.

    `is_place(key)` tells a city name (the resolver knows its gazetteer's cities).
    """
    country = detect_country(text)
    components = []
    for raw in _clean(text).split(","):
        state = _TRAILING_STATE.match(raw.strip(" ."))
        if state and country_of(raw.strip(" .")[len(state.group(1)):]):  # "Los Angeles CA 90095"
            raw = state.group(1)
        piece = _POSTCODE.sub(" ", raw)
        piece = re.sub(r"\s+", " ", piece).strip(" .;:-()")
        if not piece or _STREET.search(raw):
            continue
        key = matching_key(piece)
        if not key:
            continue
        if components and set(key.split()) <= _LEGAL_FORMS:
            # "GRAS Group, Inc.": the legal form belongs to the name before it, and says it is a company;
            # on its own, "Inc." would fuzzy-match any company known as "X Inc.".
            components[-1] = Component(components[-1].text, components[-1].key, ORG)
            continue
        kind = PLACE if country_of(raw) else _kind(piece, key, is_place)
        components.append(Component(piece, key, kind))
    return ParsedPart(text, tuple(components), country)


# Legal forms as matching keys ("Ltd." -> "limited"), with a few the company-name list lacks.
_LEGAL_FORMS = frozenset({matching_key(w) for w in COMPANY_SUFFIXES} | {"oy", "ab", "kk", "sarl", "srl", "bhd"})


def _kind(text: str, key: str, is_place: Callable[[str], bool] | None) -> str:
    if country_of(text):
        return PLACE
    if _UNIT_PREFIX.match(key):
        return UNIT
    if is_org_phrase(text):
        return ORG
    if is_place is not None and is_place(key):
        return PLACE
    return OTHER
