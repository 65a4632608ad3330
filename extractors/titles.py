"""An organisation written right beside a person's name: a title before it, news style ("MIT economist
Harriet Lowell", "Google DeepMind VP Noor Haddad", "ex-Google engineers Sam Wu and Lena Fischer",
"Oxford's Nadia Okafor"), or an affiliation in brackets after it ("Rosa Mendes (University of Porto) and
Jakob Hahn (TU Munich)").

The small model's parse of such runs is poor, most of all when two titled names are coordinated
("MIT economist A and Carnegie Mellon roboticist B" hangs A's organisation on B). The words themselves
say it plainly, so the title is read off their order: an organisation, optionally its possessive "'s",
a few role words ending on an occupation noun, then a person's name. With no role word the possessive
is needed ("Oxford's Nadia Okafor"); "Oxford Nadia Okafor" says nothing. A bracket holding nothing but
an organisation, right after a name, is that person's affiliation, as bylines and acknowledgements
write it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractors.roles import AWARD_TITLES, DELEGATES
from extractors.vocabulary import (
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    coarse,
    first_conjunct,
)

# Occupations the role list lacks that news puts before a name; and the words opening a title.
_OCCUPATIONS = frozenset("spokesperson spokeswoman spokesman spokespeople executive executives roboticist "
                         "roboticists scientist researcher".split())
_OPENERS = frozenset("chief senior junior principal lead vice deputy associate assistant executive managing "
                     "distinguished staff research former ex".split())
# An occupation written with a suffix ("roboticist", "statistician") before a name; lower case only, so
# "Italian" and "Christian" are no occupations.
_SUFFIXES = ("ist", "ists", "ician", "icians", "ologist")
_MAX_WORDS = 5


# "MIT graduate student Dev Patel", "Tsinghua PhD candidate Li Na": a school titling its student.
_STUDENTS = frozenset("student students candidate candidates".split())


@dataclass(frozen=True)
class Titled:
    """People an organisation titles, with the title as written (singular): "engineer" for "engineers"."""

    names: list[str]
    role: str | None
    person: Span


def singular_role(role: str | None) -> str | None:
    """"engineers" -> "engineer", "research scientists" -> "research scientist": a role is one person's."""
    if not role:
        return role
    words = role.split(" ")
    last = words[-1]
    lower = last.lower()
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3 and (
            lower[:-1] in ROLE_NOUNS or lower[:-1] in _OCCUPATIONS or lower[:-1].endswith(_SUFFIXES)):
        words[-1] = last[:-1]
    return " ".join(words)


def occupation(token: Token) -> bool:
    lower = token.lower_
    if lower in AWARD_TITLES or lower in DELEGATES:
        return False  # "Fulbright scholar Jane Doe": an award; "UN envoy": sent, not employed
    return lower in ROLE_NOUNS or lower in _OCCUPATIONS or (
        token.is_lower and len(lower) > 5 and lower.endswith(_SUFFIXES))


def _role_word(token: Token) -> bool:
    if token.text in ("-", "‐"):
        return not token.whitespace_  # "co-founder", "ex-Google"
    if token.ent_type_ or not token.is_alpha:
        return False
    if token.lower_ in _OPENERS or occupation(token):
        return True
    return token.is_lower and token.tag_.startswith(("NN", "JJ"))  # "machine learning engineer", not "with"


def title_before_name(org: Span, people: dict[int, str], ents: list[Span]) -> Titled | None:
    """The person (people, when the title is plural and names are coordinated) an organisation titles
    right before their name, or None."""
    doc = org.doc
    i = org.end
    possessive = i < len(doc) and doc[i].text in ("'s", "’s")
    i += possessive
    first = i
    while i < len(doc) and i - first < _MAX_WORDS and _role_word(doc[i]) and i not in people:
        i += 1
    person = next((e for e in ents if e.start == i and e.label_ == "PERSON" and e.start in people), None)
    if person is None:
        return None
    words = [t for t in doc[first:i] if t.text not in ("-", "‐")]
    if not words:
        return Titled([people[person.start]], None, person) if possessive else None
    if not occupation(doc[i - 1]) and doc[i - 1].lower_ not in _STUDENTS:
        return None
    role = doc[first:i].text
    for opener in ("former ", "ex-", "ex - ", "Former "):
        role = role.removeprefix(opener)
    names = [people[person.start]]
    if doc[i - 1].lower_ != singular_role(doc[i - 1].lower_):  # "engineers Sam Wu and Lena Fischer"
        names += _coordinated_names(person, people, ents)
    return Titled(names, singular_role(role), person)


def bracketed_affiliation(org: Span, people: dict[int, str], ents: list[Span]) -> Span | None:
    """The person whose name comes right before "(<org>)", the bracket holding only the organisation."""
    doc = org.doc
    start = org.start - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    if start < 2 or doc[start - 1].text != "(" or org.end >= len(doc) or doc[org.end].text != ")":
        return None
    return next((e for e in ents if e.end == start - 1 and e.label_ == "PERSON" and e.start in people), None)


def misparsed_of(org: Span, people: dict[int, str], ents: list[Span]) -> Span | None:
    """The person whose name comes right before "of <org>" when the parser hung that "of" on another word: in
    "Anna Keller of ETH Zurich and Tom Hale of the University of Oxford" it made Hale a conjunct of Zurich, and
    his "of" Zurich's, so Oxford went to Keller."""
    doc = org.doc
    start = org.start - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    if start < 2 or doc[start - 1].lower_ != "of":
        return None
    person = next((e for e in ents if e.end == start - 1 and e.label_ == "PERSON" and e.start in people), None)
    if person is None or person.start <= doc[start - 1].head.i < person.end:
        return None
    return person


def _coordinated_names(person: Span, people: dict[int, str], ents: list[Span]) -> list[str]:
    """The bare names listed after `person` ("A, B and C"): each holds the plural title too."""
    doc = person.doc
    by_start = {e.start: e for e in ents if e.label_ == "PERSON" and e.start in people}
    found: list[str] = []
    i = person.end
    while i < len(doc) and doc[i].lower_ in (",", "and"):
        i += 1 + (doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and")
        if i not in by_start:
            break
        found.append(people[i])
        i = by_start[i].end
    return found


# Verbs and adjectives an acknowledgement thanks people with: "We thank Akira Ito of Fujitsu", "grateful to".
_THANKS = frozenset("thank thanks thanked thanking acknowledge acknowledges acknowledged grateful indebted".split())


def acknowledged(person: Token) -> bool:
    """`person` is thanked: an acknowledgement names people with their affiliation ("Akira Ito of
    Fujitsu", "Rosa Mendes (University of Porto)"), as a byline does."""
    head = person
    for _ in range(3):
        head = first_conjunct(head).head
        if head.lower_ in _THANKS:
            return True
        if head.dep_ not in ("prep", "pobj", "dobj") and coarse(head) not in ("ADP",):
            break
    return False


def titled_name_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Entity spans for titled names NER got wrong: "Meta spokesperson Jonah Fields" tagged as one PERSON
    (the organisation and the name, split at the title), and "Google DeepMind VP Noor Haddad" with the
    name left untagged (two or three capitalised words after an organisation and its title)."""
    found: list[Span] = []
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 4:
            found += _split_at_title(ent)
        elif ent.label_ == "ORG":
            name = _untagged_name_after(ent)
            if name is not None and not any(e.start < name.end and name.start < e.end for e in ents):
                found.append(name)
    return found


def _split_at_title(ent: Span) -> list[Span]:
    doc = ent.doc
    words = list(ent)
    for k in range(len(words) - 3, 0, -1):
        title = words[k]
        if not occupation(title) or not (title.is_lower or title.is_upper):
            continue
        name = words[k + 1:]
        first = k
        while first > 0 and _role_word(words[first - 1]) and words[first - 1].is_lower:
            first -= 1
        org = words[:first]
        if org and all(t.is_title or t.is_upper for t in org) and 2 <= len(name) <= 3 \
                and all(_name_word(t) for t in name):
            return [Span(doc, ent.start, ent.start + first, label="ORG"),
                    Span(doc, name[0].i, ent.end, label="PERSON")]
    return []


def _untagged_name_after(org: Span) -> Span | None:
    doc = org.doc
    i = org.end
    first = i
    while i < len(doc) and i - first < _MAX_WORDS and _role_word(doc[i]):
        i += 1
    if i == first or not occupation(doc[i - 1]):
        return None
    start = i
    while i < len(doc) and i - start < 3 and _name_word(doc[i]) and not doc[i].ent_type_:
        i += 1
    if i - start < 2 or (i < len(doc) and _name_word(doc[i])):
        return None
    return Span(doc, start, i, label="PERSON")


def _name_word(token: Token) -> bool:
    return token.tag_ == "NNP" and token.is_alpha and token.is_title and token.lower_ not in NOT_NAME_WORDS
