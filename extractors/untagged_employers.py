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
    BE,
    DOBJ_WORK_VERBS,
    FOUNDING_VERBS,
    GENERIC_ORG_WORDS,
    JOIN_VERBS,
    PROPER_TAGS,
    ROLE_NOUNS,
    SPELL_ADVERBS,
    TITLES,
    UNIT_WORDS,
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


def _name_root(ent: Span) -> Token:
    """The first proper noun of `ent` hung outside it: "Bitdefender" of "Bitdefender in Bucharest", whose "in" the
    parser may hang on the post."""
    return next((t for t in ent if coarse(t) == "PROPN" and not ent.start <= t.head.i < ent.end), ent.root)


def _job_taken(word: Token) -> Token | None:
    """The verb that takes a job, when `word` (what "at" hangs on) is the job or that verb: "took a job at X"."""
    if word.lower_ in _JOB_NOUNS and word.dep_ == "dobj":
        return word.head
    if coarse(word) == "VERB" and any(c.dep_ == "dobj" and c.lower_ in _JOB_NOUNS for c in word.children):
        return word
    return None


def _unit_led(word: Token) -> Token | None:
    """The verb that leads or joins a unit, when `word` (what "at" hangs on) is the unit or that verb."""
    if word.lower_ in UNIT_WORDS and word.dep_ == "dobj" and word.head.lower_ in DOBJ_WORK_VERBS:
        return word.head
    if word.lower_ in DOBJ_WORK_VERBS and any(c.dep_ == "dobj" and c.lower_ in UNIT_WORDS for c in word.children):
        return word
    return None


def _post_of(word: Token) -> Token:
    """The post a field hangs from: "VP" for "analytics" in "VP of analytics"."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in ROLE_NOUNS:
        return word.head.head
    return word


# What NER calls an employer's name at times: a building, a title ("Bitdefender in Bucharest" as WORK_OF_ART), a product.
_MISTITLED = frozenset({"FAC", "WORK_OF_ART", "PRODUCT"})
_SERVE_VERBS = frozenset("serve served serves serving work worked works working act acted acts spend spent spends "
                         "spending".split())


def _served_as(name: Token) -> Token | None:
    """The verb of "served as director of AI at X" (`name` is X): a post held "as" is held at X."""
    if name.dep_ != "pobj" or name.head.lower_ != "at":
        return None
    if name.head.head.lower_ in _SERVE_VERBS and any(c.dep_ == "prep" and c.lower_ == "as"
                                                     for c in name.head.head.children):
        return name.head.head  # "served as director of AI at X", the parser hanging "at X" on the verb
    role = _post_of(name.head.head)
    if role.lower_ in ROLE_NOUNS and role.dep_ == "pobj" and role.head.lower_ == "as" \
            and role.head.head.lower_ in _SERVE_VERBS:
        return role.head.head
    return None


def _lone_place_word(token: Token) -> bool:
    """One capitalised word NER called a place ("worked at Criteo", "VP of analytics at Zalando"): one works in a
    town, not at it; "a lecturer at Leeds" is the town's university. Countries and states are set apart later."""
    doc = token.doc
    return token.ent_type_ == "GPE" and token.ent_iob_ == "B" and coarse(token) == "PROPN" and token.is_title \
        and not (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def _country_or_state(token: Token) -> bool:
    """Asked only of a place word in an employer's position: the resolver's parse is no per-token test."""
    return token.ent_type_ == "GPE" and OrgResolver.default().country_hint(token.text) is not None


_SPELL_PREPS = frozenset("since from until till between".split())  # a stay's span: "was with X from 2001"
_WORK_AT = frozenset("work worked works working intern interned interns interning".split())
_PERSONAL_SUBJECTS = frozenset("i he she we they who".split())  # "who" is a person's; a firm is "which"


def untagged_employers(doc: Doc) -> list[tuple[Span, dict | None]]:
    """"Olga Petrova joined Yandex in 2018", "worked at Yandex", "is chief scientist at Yandex" with "Yandex"
    left untagged: the proper nouns a person joins, works at or for, or holds a post at, name an organisation. Only where the subject is a person
    (a name or a personal pronoun, or none: "After joining X"), and only capitalised proper nouns that
    belong to no entity and are no role, title or generic word ("joined the Board"). A town NER tagged is its
    known university: "a lecturer at Toronto"."""
    found: list[tuple[Span, dict | None]] = []
    # A building NER saw in the name ("worked at Mercado Libre" as FAC) is the firm housed there, and so is a
    # person's name a company post is held of ("chief technology officer of Reliance Jio"); a known one (the
    # gazetteer's) is already what it is.
    facilities = {_name_root(e).i: e for e in doc.ents if not e._.kg and (e.label_ in _MISTITLED or e.label_ == "PERSON"
                  and (e.root.dep_ == "pobj" and e.root.head.lower_ == "of" and e.root.head.head.lower_ in _COMPANY_POSTS))}
    # the other tests below take proper nouns only
    for i in sorted({t.i for t in find_tagged(doc, PROPER_TAGS)} | set(facilities)):
        token = doc[i]
        if not (token.i in facilities or untagged_name_word(token) or _lone_place_word(token)) \
                or token.lower_ in TITLES or token.lower_ in GENERIC_ORG_WORDS:
            continue
        first = first_conjunct(token)  # "positions at Intel and Nvidia": Nvidia stands where Intel does
        if first is not token and _lone_place_word(token) and not any(
                c.dep_ == "cc" and c.lower_ in ("and", "or") for c in token.head.children):
            continue  # "was with Intel Labs, Hillsboro, OR": the address, not a second employer
        if first.dep_ == "dobj" and (first.head.lower_ in JOIN_VERBS or first.head.lower_ in FOUNDING_VERBS):
            verb = first.head  # "joined Yandex", "co-founded Lumion Robotics"
        elif first.dep_ == "pobj" and first.head.lower_ in ("at", "for") and first.head.head.lower_ in _WORK_AT:
            verb = first.head.head
        elif first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in _COMPANY_POSTS \
                and first.head.head.dep_ in ("attr", "oprd", "appos"):
            # "was appointed chief executive of Feedzai": only a company has one (a town has a mayor)
            post = first.head.head
            verb = post.head if post.dep_ in ("attr", "oprd") else post
        elif first.dep_ == "pobj" and first.head.lower_ in ("at", "with") and first.head.head.lower_ in BE and any(
                c.dep_ == "advmod" and c.lower_ in SPELL_ADVERBS or c.dep_ == "prep" and c.lower_ in _SPELL_PREPS
                for c in first.head.head.children):
            verb = first.head.head  # "was previously at King", "is now at Cohere", "was with Accenture from 2001"
        elif first.dep_ == "pobj" and first.head.lower_ == "at" and _unit_led(first.head.head) is not None:
            verb = _unit_led(first.head.head)  # "leads the vision team at Element AI", "joined the lab at X"
        elif first.dep_ == "pobj" and first.head.lower_ == "at" and _job_taken(first.head.head) is not None:
            verb = _job_taken(first.head.head)  # "took a job at Nvidia", "accepted a position at X"
        elif first.dep_ == "pobj" and first.head.lower_ == "at" and _post_of(first.head.head).lower_ in ROLE_NOUNS \
                and _post_of(first.head.head).dep_ in ("attr", "appos") or _served_as(first) is not None:
            # "X is Chief AI Officer at Mercado Libre", "X, a research scientist at Mercado Libre", "she was VP
            # of analytics at Zalando"
            role = _post_of(first.head.head)
            if role.dep_ == "appos" and role.head.ent_type_ != "PERSON":
                continue
            verb = _served_as(first) or (role.head if role.dep_ == "attr" else role)
        else:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.ent_type_ != "PERSON" and s.lower_ not in _PERSONAL_SUBJECTS for s in subjects):
            continue  # "Acme joined Zenith": a merger, not a job
        if any(c.dep_ in ("case", "poss") for c in token.children) or (
                token.i + 1 < len(doc) and doc[token.i + 1].text in ("'s", "’s")):
            continue  # "joined Smith's lab": the lab is the place, Smith its head
        if token.i in facilities:
            ent = facilities[token.i]
            # "a director of engineering at Bitdefender in Bucharest" (a WORK_OF_ART): the name before the town
            end = next((t.i for t in ent[1:] if t.lower_ == "in"), ent.end)
            found.append((doc[ent.start + (ent[0].lower_ == "the"): end], None))
            continue
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
