"""Employers NER left untagged or called places: the proper noun a person joins, works at, takes a job at
or holds a post at names an organisation ("joined Yandex in 2018", "worked at Criteo", "chief executive of
Feedzai"), and a town after a post is the university the gazetteer knows by it ("a lecturer at Toronto").
`orgmentions.repair_organisations` relabels what this finds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.gazetteer import entity_info
from extractors.resolver import OrgResolver
from extractors.employer_positions import employing_verb
from extractors.vocabulary import (
    DEGREE_VERBS,
    GENERIC_ORG_WORDS,
    HIRE_VERBS,
    JOIN_VERBS,
    LEAD_VERBS,
    MISTITLED_LABELS,
    ORG_WORDS,
    PROPER_TAGS,
    ROLE_NOUNS,
    TITLES,
    UNIT_WORDS,
    UNIVERSITY_WORDS,
    coarse,
    degree_word,
    first_conjunct,
)
from extractors.schooling import degree_object
from extractors.syntax import hire_hung_on, posts_given
from extractors.wordfinder import find_tagged


def untagged_name_word(token: Token) -> bool:
    return coarse(token) == "PROPN" and not token.ent_type_ and (token.is_title or token.is_upper) \
        and any(c.isalpha() for c in token.text) and token.lower_ not in ROLE_NOUNS


def _name_root(ent: Span) -> Token:
    """The first proper noun of `ent` hung outside it: "Bitdefender" of "Bitdefender in Bucharest", whose "in" the
    parser may hang on the post."""
    return next((t for t in ent if coarse(t) == "PROPN" and not ent.start <= t.head.i < ent.end), ent.root)


def _misnamed_employer(ent: Span) -> bool:
    """A building NER saw in an employer's name ("worked at Mercado Libre" as FAC), a title or a product
    ("Bitdefender in Bucharest" as WORK_OF_ART): the firm, when the words of its position say so (see
    `untagged_employers`). Not a building named with "the" and no organisation word ("the Eiffel Tower"), nor
    one the gazetteer knows (it is already what it is)."""
    return ent.label_ in MISTITLED_LABELS and not ent._.kg and not (
        ent[0].lower_ == "the" and not any(t.lower_ in ORG_WORDS for t in ent))


def _degree_place(name: Token) -> Token | None:
    """The verb or degree a town a degree is "from" or "at" hangs on: "received his PhD from Cambridge", "a
    doctorate from Cambridge"."""
    if name.dep_ != "pobj" or name.head.lower_ not in ("from", "at"):
        return None
    word = name.head.head
    if degree_word(word.lower_):
        return word
    if word.lower_ in DEGREE_VERBS and degree_object(word) is not None:
        return word
    return None


def _joined_name(ent: Span, full_names: set[str]) -> bool:
    """"who joined Ocado from Intel" with "Ocado" a person or a nationality: one word that is what someone joins
    from an employer, as a post or in a year; no part of a person's full name the text gives ("joined Hinton" after
    "Geoffrey Hinton"), not joined in doing something ("joined Smith in criticising the plan") nor joined as a post
    the text places elsewhere."""
    if not (ent.label_ in ("PERSON", "NORP") and len(ent) == 1 and not ent._.kg and ent.root.dep_ == "dobj"
            and ent.root.head.lower_ in JOIN_VERBS and ent.root.is_title and ent.text not in full_names):
        return False
    preps = [c for c in ent.root.head.children if c.dep_ == "prep"]
    if any(p.lower_ == "as" and any(t.ent_type_ == "ORG" for t in p.subtree) for p in preps):
        return False  # "joined Tanaka as a co-founder of Preferred Networks": the post names its own employer
    return any(p.lower_ in ("from", "as") or any(g.ent_type_ == "DATE" for g in p.children) for p in preps)


def led_unit_verb(token: Token) -> Token | None:
    """The verb by which someone leads a unit `token` owns: "Kowalski heads Zalando's forecasting group" (with
    "Zalando" untagged or taken for a person) makes Zalando the employer. One may join or leave someone's lab
    ("joined Smith's lab"), but leads only one's employer's."""
    unit = token.head
    if token.dep_ == "poss" and unit.lower_ in UNIT_WORDS and unit.dep_ == "dobj" and unit.head.lower_ in LEAD_VERBS:
        return unit.head
    return None


def hiring_verb(token: Token) -> Token | None:
    """The verb by which `token` gives a person a post of its own: "Zalando named Marta Kowalski its chief
    scientist", "Zalando has appointed Kowalski as its CTO", "ASML has appointed X as head of Y". Only with "its"
    or an acronym: a person names people too."""
    verb = hire_hung_on(token) or token.head
    if token.dep_ != "nsubj" and verb.i == token.head.i or verb.lower_ not in HIRE_VERBS:
        return None
    owned = any(p.lower_ in ROLE_NOUNS and any(c.dep_ == "poss" and c.lower_ == "its" for c in p.children)
                for p in posts_given(verb))
    named = any(t.ent_type_ == "PERSON" for c in verb.children if c.dep_ in ("dobj", "oprd") for t in c.subtree)
    acronym = token.is_upper and len(token.text) >= 2 and token.text.isalpha()  # "ASML has appointed X as ...": no
    # person's name is written in capitals
    return verb if (owned or acronym) and named else None


def _unit_owner_name(ent: Span, full_names: set[str]) -> bool:
    """One word NER called a person or a nationality that owns a unit someone leads ("heads Zalando's forecasting
    group") or gives someone its post ("Klarna has hired X as its CTO"), and is no part of a full name the text
    gives ("leads Hinton's group" after "Geoffrey Hinton")."""
    return ent.label_ in ("PERSON", "NORP") and len(ent) == 1 and not ent._.kg and ent.root.is_title \
        and ent.text not in full_names and (led_unit_verb(ent.root) or hiring_verb(ent.root)) is not None


def _lone_place_word(token: Token) -> bool:
    """One capitalised word NER called a place ("worked at Criteo", "VP of analytics at Zalando"): one works in a
    town, not at it; "a lecturer at Leeds" is the town's university. Countries and states are set apart later."""
    doc = token.doc
    return token.ent_type_ == "GPE" and token.ent_iob_ == "B" and coarse(token) == "PROPN" and token.is_title \
        and not (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def _country_or_state(token: Token) -> bool:
    """Asked only of a place word in an employer's position: the resolver's parse is no per-token test."""
    return token.ent_type_ == "GPE" and OrgResolver.default().country_hint(token.text) is not None


_PERSONAL_SUBJECTS = frozenset("i he she we they who".split())  # "who" is a person's; a firm is "which"


def untagged_employers(doc: Doc) -> list[tuple[Span, dict | None]]:
    """"Olga Petrova joined Yandex in 2018", "worked at Yandex", "is chief scientist at Yandex" with "Yandex"
    left untagged: the proper nouns a person joins, works at or for, or holds a post at name an organisation
    (`extractors/employer_positions.py`). Only where the subject is a person (a name or a personal pronoun, or
    none: "After joining X"), and only capitalised proper nouns that belong to no entity and are no role, title
    or generic word ("joined the Board"), or names NER misread as a building, a title or a product. A town NER
    tagged is its known university: "a lecturer at Toronto"."""
    found: list[tuple[Span, dict | None]] = []
    full_names = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    misnamed = {_name_root(e).i: e for e in doc.ents
                if _misnamed_employer(e) or _joined_name(e, full_names) or _unit_owner_name(e, full_names)}
    # the other tests below take proper nouns only
    for i in sorted({t.i for t in find_tagged(doc, PROPER_TAGS)} | set(misnamed)):
        token = doc[i]
        place = _lone_place_word(token)
        if not (token.i in misnamed or untagged_name_word(token) or place) \
                or token.lower_ in TITLES or token.lower_ in GENERIC_ORG_WORDS:
            continue
        first = first_conjunct(token)  # "positions at Intel and Nvidia": Nvidia stands where Intel does
        if first is not token and place and not any(
                c.dep_ == "cc" and c.lower_ in ("and", "or") for c in token.head.children):
            continue  # "was with Intel Labs, Hillsboro, OR": the address, not a second employer
        led = led_unit_verb(token)
        verb = led or employing_verb(first, place=place) or (None if place else hiring_verb(token))
        university = None
        if verb is None and place and (verb := _degree_place(first)) is not None:
            university = _town_university(token)
            if university is None:
                continue  # "a PhD from Cambridge" names a university only when the gazetteer knows the town's
        if verb is None:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i]
        if any(s.ent_type_ != "PERSON" and s.lower_ not in _PERSONAL_SUBJECTS for s in subjects):
            continue  # "Acme joined Zenith": a merger, not a job
        if led is None and any(c.dep_ in ("case", "poss") for c in token.children) or (
                led is None and token.i + 1 < len(doc) and doc[token.i + 1].text in ("'s", "’s")):
            continue  # "joined Smith's lab": the lab is the place, Smith its head
        if token.i in misnamed:
            ent = misnamed[token.i]
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
        found.append((Span(doc, start, token.i + 1, label="ORG"), university or _town_university(token)))
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
