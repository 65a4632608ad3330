"""Organisation mentions NER missed or mislabelled where the sentence's shape says what they are.

spaCy's small model calls "Eskom" in "said Eskom chairperson Ben Ngubane" nothing or a person,
"Tulane" in a list of universities a person, "Münster" in "the universities of Münster and
Munich" a person or a place, and misses "Systems Research Center" in "Digital Equipment
Corporation's Systems Research Center". Each rule reads one construction and relabels (or adds)
the span as ORG in `doc.ents` before the career rules run; none looks a name up in a list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.institutions import organisation_like
from extractors.misreadings import repair_misreadings
from extractors.relations import org_entity
from extractors.roles import AWARD_TITLES
from extractors.runons import trim_run_ons
from extractors.untagged_employers import untagged_employers, untagged_name_word
from extractors.vocabulary import (
    BRAND_WORDS,
    GENERIC_ORG_WORDS,
    INSTITUTION_WORDS,
    ORG_WORDS,
    PLAY_VERBS,
    ROLE_NOUNS,
    TITLES,
    UNIT_WORDS,
    acronym,
    coarse,
)
from extractors.wordfinder import find
from kg.model import org_id


def repair_organisations(doc: Doc) -> tuple[Span, ...]:
    """Apply every rule of this module to `doc.ents`; return the entities as they were. The repairs are
    read by the career rules only: later components (funding) keep to NER's entities."""
    told = doc.ents
    trim_run_ons(doc)  # "the University of Auckland from 2006 to": the name, then the years
    tag_title_employers(doc)
    _relabel(doc, _possessed_units(doc))
    _relabel(doc, *zip(*_universities_of(doc)))
    _relabel(doc, *zip(*_defined_acronyms(doc)))
    _relabel(doc, _listed_with_years(doc))
    _relabel(doc, _clubs(doc))
    _relabel(doc, _names_before_a_brand_word(doc))
    _relabel(doc, *zip(*untagged_employers(doc)))
    repair_misreadings(doc)
    _relabel(doc, _places_after_fields(doc))
    _unlabel_towns(doc, _towns_of_institutions(doc) + _towns_of_sites(doc))
    return told


def _relabel(doc: Doc, spans: list[Span] = (), infos: list[dict] | None = None) -> None:
    """Make each span an ORG entity (dropping what overlaps it), with the entity `infos` gives it."""
    if not spans:
        return
    kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end for s in spans)]
    relabelled = [Span(doc, s.start, s.end, label="ORG") for s in spans]
    doc.ents = kept + relabelled
    for ent, info in zip(relabelled, infos or ()):
        ent._.kg = info  # extension values are keyed by the span's label too: set on the ORG span




def _names_before_a_brand_word(doc: Doc) -> list[Span]:
    """"join Sarvam AI", "Figure Robotics": an organisation of one brand word (the end of a start-up's name) NER tagged alone, with the capitalised
    proper nouns in front that the parser makes its compound (one or two), is the whole name."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) != 1 or ent[0].lower_ not in BRAND_WORDS or ent._.kg:
            continue
        start = ent.start
        while start > 0 and ent.start - start < 2 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == ent.start \
                and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in TITLES:
            start -= 1
        if start < ent.start:
            found.append(doc[start:ent.end])
    return found


def _possessed_units(doc: Doc) -> list[Span]:
    """"Digital Equipment Corporation's Systems Research Center": capitalised words an organisation
    owns, ending in an organisation word, that NER left out."""
    found = []
    for head in find(doc, ORG_WORDS):
        # NER may call the unit a title ("EPFL's Reconfigurable Robotics Lab" a WORK_OF_ART): not a name of its own
        if head.ent_type_ and head.ent_type_ not in ("WORK_OF_ART", "PRODUCT", "EVENT") or not _capitalised(head):
            continue
        owner = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "ORG"), None)
        if owner is None:
            continue
        start = head.i
        while start - 1 > owner.i and _capitalised(doc[start - 1]) and doc[start - 1].ent_type_ == head.ent_type_:
            start -= 1
        if start < head.i and doc[start - 1].text in ("'s", "’s", "'"):
            found.append(Span(doc, start, head.i + 1, label="ORG"))
    return found


_UNIVERSITIES = frozenset({"universities"})


def _universities_of(doc: Doc) -> list[tuple[Span, dict]]:
    """"held professorships at the universities of Münster and Munich": each place names a university
    (NER calls them places or people). Only after the plural "universities of"."""
    found = []
    for word in find(doc, _UNIVERSITIES):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for member in _coordinated(obj):
                    span = _name_at(member)
                    if span is not None:
                        name = f"University of {span.text}"
                        found.append((span, dict(org_entity(span), id=org_id(name), name=name)))
    return found


def _defined_acronyms(doc: Doc) -> list[tuple[Span, dict]]:
    """"the Indian Institute of Science (IISc) ... Prior to joining IISc in 2015": an acronym a text defines
    in brackets after an organisation names it wherever the text uses it again, though NER and the
    gazetteer know it not. Only an organisation's: "the Machine Learning and Optimization (MLO) group" names a
    field."""
    defined: dict[str, Span] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.end + 2 < len(doc) and doc[ent.end].text == "(" \
                and doc[ent.end + 2].text == ")" and acronym(doc[ent.end + 1]) and organisation_like(ent):
            defined.setdefault(doc[ent.end + 1].text, ent)
    if not defined:
        return []
    # NER's own one-word reading of it as a place or a person gives way too; not its ORG: extension values are
    # keyed by label and offsets, so one set here would reach NER's entity, which later components read
    alone = {e.start for e in doc.ents if len(e) == 1 and e.label_ != "ORG"}
    found = []
    for token in doc:
        org = defined.get(token.text)
        if org is not None and (token.i > org.end + 1 and not token.ent_type_ or token.i in alone):
            found.append((doc[token.i: token.i + 1], dict(org._.kg or org_entity(org))))
    return found


def _towns_of_institutions(doc: Doc) -> list[Span]:
    """"a B.Tech. from the Indian Institute of Technology Madras, Chennai, in 2006": the town after a school's
    name and a comma, which NER calls an organisation of its own. One unknown word with no organisation word
    in it, closing the address: a comma and no further name, a bracketed year, or the sentence's end. A list
    of organisations ("Acme, Globex, Initech and Hooli") goes on with another name."""
    ents = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "LOC", "FAC")]
    found = []
    for school, town in zip(ents, ents[1:]):
        if town.label_ != "ORG" or len(town) != 1 or town._.kg or town.start != school.end + 1 \
                or doc[school.end].text != "," or school.label_ != "ORG" \
                or not any(t.lower_ in INSTITUTION_WORDS for t in school) or town[0].lower_ in ORG_WORDS \
                or coarse(town[0]) != "PROPN" or not town[0].is_title:
            continue
        after = doc[town.end] if town.end < len(doc) else None
        following = doc[town.end + 1] if town.end + 1 < len(doc) else None
        closes = after is None or after.text in (".", ";", ")") or after.text == "," and (
            following is None or not following.ent_type_ and following.is_lower) or after.text == "(" and (
            following is not None and following.like_num)  # "Anna University, Chennai (1998)"
        if closes:
            found.append(town)
    return found


def _towns_of_sites(doc: Doc) -> list[Span]:
    """"joined Bosch's AI centre in Renningen": one unknown capitalised word after "in" that follows an
    organisation or the site of one (a centre, a lab, an office), which NER calls an organisation of its own."""
    found = []
    ends = {e.end for e in doc.ents if e.label_ == "ORG"}
    for town in doc.ents:
        if town.label_ != "ORG" or len(town) != 1 or town._.kg or town.start < 2 or not town[0].is_title \
                or town[0].lower_ in ORG_WORDS or doc[town.start - 1].lower_ != "in":
            continue
        site = doc[town.start - 2]
        if site.i + 1 in ends or site.is_lower and site.lower_ in UNIT_WORDS | ORG_WORDS:
            found.append(town)
    return found


def _unlabel_towns(doc: Doc, towns: list[Span]) -> None:
    if towns:
        doc.ents = [e for e in doc.ents if not any(e.start == t.start for t in towns)] + [
            Span(doc, t.start, t.end, label="GPE") for t in towns]


def _listed_with_years(doc: Doc) -> list[Span]:
    """"visiting professor at Cambridge (2007), Oxford (2009-2014), Tulane (2011) and NYU (2013)": names
    each followed by their own years, in one list where at least half are organisations, are all
    organisations (NER calls some places or people). A location after an organisation ("Institute
    for Advanced Study, Berlin (2008)") has no years of its own before the comma, so is no member."""
    names = [e for e in doc.ents if e.label_ in _MEMBER_LABELS]
    found: list[Span] = []
    chain: list[Span] = []
    for ent in names + [None]:
        if ent is not None and chain and _years_between(doc, chain[-1].end, ent.start) \
                and _years_between(doc, ent.end, None):
            chain.append(ent)
            continue
        if len(chain) >= 2 and 2 * sum(e.label_ == "ORG" for e in chain) >= len(chain):
            found += [Span(doc, e.start, e.end, label="ORG") for e in chain if e.label_ != "ORG" and (
                e.label_ != "PERSON" or len(e) == 1) and all(_capitalised(t) for t in e if t.is_alpha)]
        chain = [ent] if ent is not None else []
    return found


# Words that say a text is about a sport, and the words club names end with ("West Ham United").
_SPORT_WORDS = frozenset("football footballer soccer club league season striker midfielder defender goalkeeper "
                         "basketball baseball hockey rugby cricket cricketer".split())
_CLUB_ENDINGS = frozenset("united city athletic rovers wanderers albion town county rangers fc f.c. afc".split())
_TEAM_ROLES = frozenset("manager coach captain player head-coach".split())


def _clubs(doc: Doc) -> list[Span]:
    """"He is the manager of Galatasaray", "played most of his career for West Ham United" in a text about
    a sport: the club NER called a person or a place. A place name needs a club ending ("United",
    "FC"): "played for England" is a national side, no employer; a one-word "person" must be no part
    of a longer name the text gives."""
    if not find(doc, _SPORT_WORDS):
        return []
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "PERSON", "LOC") or ent.root.dep_ != "pobj":
            continue
        prep, head = ent.root.head, ent.root.head.head
        if not (prep.lower_ == "for" and head.lower_ in PLAY_VERBS
                or prep.lower_ == "of" and head.lower_ in _TEAM_ROLES):
            continue
        if not all(_capitalised(t) for t in ent if t.is_alpha):
            continue
        if len(ent) > 1 and ent[-1].lower_ in _CLUB_ENDINGS or len(ent) == 1 and ent.label_ == "PERSON" and not any(
                ent.text in (t.text for t in e) for e in people if len(e) > 1):
            found.append(ent)
    return found


_MEMBER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})
_YEAR_GLUE = frozenset({"-", "–", "—", "and", "to", "until", "present", ","})


def _years_between(doc: Doc, start: int, end: int | None) -> bool:
    """"( 2009 - 2014 ) , and" from `start` up to `end` (None: just the bracket)."""
    if start >= len(doc) or doc[start].text != "(":
        return False
    i = start + 1
    while i < len(doc) and (doc[i].like_num or doc[i].lower_ in _YEAR_GLUE):
        i += 1
    if i == start + 1 or i >= len(doc) or doc[i].text != ")":
        return False
    if end is None:
        return True
    rest = doc[i + 1: end]
    return len(rest) <= 2 and all(t.lower_ in (",", "and", "or", ";") for t in rest)


def _coordinated(token: Token) -> list[Token]:
    return [token] + [t for c in token.children if c.dep_ == "conj" for t in _coordinated(c)]


def _name_at(token: Token) -> Span | None:
    """The capitalised name (an entity or one proper noun) a token is in."""
    if not _capitalised(token):
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent if ent.label_ in _MEMBER_LABELS and not ent._.kg else None
    return token.doc[token.i: token.i + 1] if coarse(token) == "PROPN" else None


def _capitalised(token: Token) -> bool:
    return token.is_title or (token.is_upper and len(token) > 1)


def tag_title_employers(doc: Doc) -> None:
    """Add the organisations NER missed in news titles to `doc.ents`: "said Eskom chairperson Ben Ngubane".
    The proper nouns before a lower-case (or acronym) role noun that qualifies a person's name
    name the employer. A capitalised title ("Vice President Jane Doe", "Research Director X") is
    a title, not an organisation with a role, so the role must be written in lower case or as an
    acronym ("CEO"); the words must be tagged proper nouns and belong to no entity."""
    found: list[Span] = []
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for role in find(doc, ROLE_NOUNS):
        if role.lower_ in AWARD_TITLES or not (role.is_lower or role.is_upper):
            continue
        if role.dep_ != "compound" or role.head.ent_type_ != "PERSON" or role.head.i < role.i:
            continue
        start = role.i
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in ROLE_NOUNS | _TITLE_WORDS:
            start -= 1  # "Acme chief executive", "Acme vice president"
        end = start
        while start > 0 and untagged_name_word(doc[start - 1]):
            start -= 1
        if start == end and start > 0 and _lone_name_as_employer(doc[start - 1], role, people):
            start -= 1  # "Denel chairperson Peter Moloi" with "Denel" tagged PERSON
        if start == end or (start > 0 and coarse(doc[start - 1]) == "PROPN"):
            continue  # nothing, or the run goes on into a tagged name: not ours to cut
        words = {t.lower_ for t in doc[start:end]}
        if words <= GENERIC_ORG_WORDS or words & TITLES or words & _TITLE_WORDS:
            continue
        if doc[start].is_sent_start and end - start == 1 and not doc[start].is_upper and not any(
                t.text == doc[start].text and not t.is_sent_start for t in doc):
            continue  # "Research scientist Jane Doe said": a capital that only opens the sentence
        if not any(t.head.i in range(end, role.i + 1) for t in doc[start:end]):
            continue  # the parse does not hang the words on the title
        found.append(Span(doc, start, end, label="ORG"))
    if found:
        doc.ents = [e for e in doc.ents if not any(f.start < e.end and e.start < f.end for f in found)] + found


# Lower-case words that make a title with a role noun: "chief executive", "vice president".
_TITLE_WORDS = frozenset("chief vice deputy assistant associate senior junior acting interim executive managing "
                         "general former founding co".split())


# Roles held for a person as often as for an organisation: "Trump lawyer Rudy Giuliani".
_PERSONAL_ROLES = frozenset("advisor adviser advisors advisers lawyer attorney consultant partner associate "
                            "assistant aide".split())


def _lone_name_as_employer(token: Token, role: Token, people: list[Span]) -> bool:
    """One capitalised word NER called a person, before a role that qualifies someone else's name: an
    organisation, unless the role is one people hold for a person or the word is part of a longer
    name the text gives ("Smith" of "Jane Smith")."""
    if token.ent_type_ != "PERSON" or role.lower_ in _PERSONAL_ROLES or not token.is_title or token.is_sent_start:
        return False
    mention = next((e for e in people if e.start <= token.i < e.end), None)
    if mention is None or len(mention) != 1:
        return False
    return not any(token.text in (t.text for t in e) for e in people if len(e) > 1)


def _places_after_fields(doc: Doc) -> list[Span]:
    """"a Ph.D. student in Data Mining at Rutgers University" taken as one organisation: the words before
    "at" name no organisation (a field), the words after it do. "University of Illinois at Chicago"
    keeps its "at": the words before it are an organisation's."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        at = next((t for t in ent[1:-1] if t.lower_ == "at"), None)
        if at is None:
            continue
        before, after = doc[ent.start:at.i], doc[at.i + 1:ent.end]
        if not any(t.lower_ in ORG_WORDS for t in before) and any(t.lower_ in ORG_WORDS for t in after) \
                and after[0].is_title:
            found.append(after)
    return found
