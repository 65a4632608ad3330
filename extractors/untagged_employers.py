"""Employers NER left untagged or called places: the proper noun a person joins, works at, takes a job at
or holds a post at names an organisation ("joined Yandex in 2018", "worked at Criteo", "chief executive of
Feedzai"), and a town after a post is the university the gazetteer knows by it ("a lecturer at Toronto").
`orgmentions.repair_organisations` relabels what this finds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.gazetteer import entity_info
from extractors.resolver import OrgResolver
from extractors.vocabulary import (
    GENERIC_ORG_WORDS,
    JOIN_VERBS,
    PROPER_TAGS,
    ROLE_NOUNS,
    TITLES,
    UNIVERSITY_WORDS,
    coarse,
    first_conjunct,
)
from extractors.wordfinder import find_tagged


def untagged_name_word(token: Token) -> bool:
    return coarse(token) == "PROPN" and not token.ent_type_ and (token.is_title or token.is_upper) \
        and any(c.isalpha() for c in token.text) and token.lower_ not in ROLE_NOUNS


_JOB_NOUNS = frozenset("job jobs position positions post posts role roles appointment appointments lectureship "
                        "professorship internship".split())


# Posts only a company has: "chief executive of X" names a company, whatever NER says.
_COMPANY_POSTS = frozenset("executive officer ceo cto cfo coo cso founder co-founder cofounder chairman chairwoman "
                           "chairperson".split())


def _job_taken(word: Token) -> Token | None:
    """The verb that takes a job, when `word` (what "at" hangs on) is the job or that verb: "took a job at X"."""
    if word.lower_ in _JOB_NOUNS and word.dep_ == "dobj":
        return word.head
    if coarse(word) == "VERB" and any(c.dep_ == "dobj" and c.lower_ in _JOB_NOUNS for c in word.children):
        return word
    return None


def _post_of(word: Token) -> Token:
    """The post a field hangs from: "VP" for "analytics" in "VP of analytics"."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in ROLE_NOUNS:
        return word.head.head
    return word


def _lone_place_word(token: Token) -> bool:
    """One capitalised word NER called a place ("worked at Criteo", "VP of analytics at Zalando"): one works in a
    town, not at it; "a lecturer at Leeds" is the town's university. Countries and states are set apart later."""
    doc = token.doc
    return token.ent_type_ == "GPE" and token.ent_iob_ == "B" and coarse(token) == "PROPN" and token.is_title \
        and not (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def _country_or_state(token: Token) -> bool:
    """Asked only of a place word in an employer's position: the resolver's parse is no per-token test."""
    return token.ent_type_ == "GPE" and OrgResolver.default().country_hint(token.text) is not None


_WORK_AT = frozenset("work worked works working intern interned interns interning".split())
_PERSONAL_SUBJECTS = frozenset("i he she we they who".split())  # "who" is a person's; a firm is "which"


def untagged_employers(doc: Doc) -> list[tuple[Span, dict | None]]:
    """"Olga Petrova joined Yandex in 2018", "worked at Yandex", "is chief scientist at Yandex" with "Yandex"
    left untagged: the proper nouns a person joins, works at or for, or holds a post at, name an organisation. Only where the subject is a person
    (a name or a personal pronoun, or none: "After joining X"), and only capitalised proper nouns that
    belong to no entity and are no role, title or generic word ("joined the Board"). A town NER tagged is its
    known university: "a lecturer at Toronto"."""
    found: list[tuple[Span, dict | None]] = []
    for token in find_tagged(doc, PROPER_TAGS):  # both tests below take proper nouns only
        if not (untagged_name_word(token) or _lone_place_word(token)) or token.lower_ in TITLES \
                or token.lower_ in GENERIC_ORG_WORDS:
            continue
        first = first_conjunct(token)  # "positions at Intel and Nvidia": Nvidia stands where Intel does
        if first.dep_ == "dobj" and first.head.lower_ in JOIN_VERBS:
            verb = first.head
        elif first.dep_ == "pobj" and first.head.lower_ in ("at", "for") and first.head.head.lower_ in _WORK_AT:
            verb = first.head.head
        elif first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in _COMPANY_POSTS \
                and first.head.head.dep_ in ("attr", "oprd", "appos"):
            # "was appointed chief executive of Feedzai": only a company has one (a town has a mayor)
            post = first.head.head
            verb = post.head if post.dep_ in ("attr", "oprd") else post
        elif first.dep_ == "pobj" and first.head.lower_ == "at" and _job_taken(first.head.head) is not None:
            verb = _job_taken(first.head.head)  # "took a job at Nvidia", "accepted a position at X"
        elif first.dep_ == "pobj" and first.head.lower_ == "at" and _post_of(first.head.head).lower_ in ROLE_NOUNS \
                and _post_of(first.head.head).dep_ in ("attr", "appos"):
            # "X is Chief AI Officer at Mercado Libre", "X, a research scientist at Mercado Libre", "she was VP
            # of analytics at Zalando"
            role = _post_of(first.head.head)
            if role.dep_ == "appos" and role.head.ent_type_ != "PERSON":
                continue
            verb = role.head if role.dep_ == "attr" else role
        else:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.ent_type_ != "PERSON" and s.lower_ not in _PERSONAL_SUBJECTS for s in subjects):
            continue  # "Acme joined Zenith": a merger, not a job
        if any(c.dep_ in ("case", "poss") for c in token.children) or (
                token.i + 1 < len(doc) and doc[token.i + 1].text in ("'s", "’s")):
            continue  # "joined Smith's lab": the lab is the place, Smith its head
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
                and untagged_name_word(doc[start - 1]):
            start -= 1
        if _country_or_state(token):
            continue  # "worked at France": a place after all
        found.append((Span(doc, start, token.i + 1, label="ORG"), _town_university(token)))
    return found


def _town_university(token: Token) -> dict | None:
    """The university the gazetteer knows by the town a place word names: "at Toronto", "at Leeds"."""
    if token.ent_type_ != "GPE":
        return None
    resolver = OrgResolver.default()
    for name in (f"University of {token.text}", f"{token.text} University"):
        found = resolver.resolve(name)
        entry = resolver.get(found.id) if found is not None and found.resolved and found.score >= 97 else None
        if entry is not None and any(w.lower() in UNIVERSITY_WORDS for w in entry.name.split()):
            return entity_info(entry)
    return None
