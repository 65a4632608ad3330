"""Organisations a mention stands for without naming them: a definite description ("Jane Doe joined Acme
Robotics in 2019. She left the company in 2022") and a town standing for its university ("a PhD from the
University of Halle ... At Halle, he gave lectures").

News and bios name an organisation once and then call it by its kind. A bare "the <kind>" (no modifier
that would make it a new description: "the conservatory in Lille", "the school of continuing education")
refers to the most recent organisation of that kind named in its own sentence or the three before;
"the new company" / "the merged company" only to one the text says was formed ("merged to form X",
"under the new name of X"). A kind is read off the organisation's own words ("Acme Robotics Inc." is a
company, "University of X" a university), its gazetteer type (ROR "education", "company", ...), and, for
company-like words, an unknown name with no kind word at all ("Acme Robotics"). No match: nothing.

The description becomes one more organisation mention of its sentence; `span._.kg_referent` carries the
entity it stands for, which `relations.org_entity` returns. The career rules then read it like a name, with
the same negation and hedging ("turned down an offer from the company").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from extractors.institutions import linkable_org, names_person
from extractors.relations import org_entity, sentences
from extractors.syntax import post_nominal
from extractors.vocabulary import (
    COMPANY_NAME_WORDS,
    COMPANY_SUFFIXES,
    GENERIC_ORG_WORDS,
    INSTITUTION_WORDS,
    JOIN_VERBS,
    ORG_KIND_NOUNS,
    ORG_WORDS,
    UNIVERSITY_WORDS,
)
from extractors.wordfinder import find
from extractors.years import YEAR_WORD

_WINDOW = 3  # sentences before the description's own in which its organisation may be named

_COMPANY = COMPANY_SUFFIXES | COMPANY_NAME_WORDS | frozenset({"group", "labs"})
_NEWSPAPER = frozenset("newspaper times post journal herald tribune gazette news telegraph guardian chronicle "
                       "observer independent express inquirer daily globe".split())
_BROADCAST = frozenset("network networks broadcasting broadcaster television tv radio channel".split())
# Description noun -> words of the names of organisations of that kind.
_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("company", "firm", "startup", "start-up", "corporation", "business", "conglomerate"), _COMPANY),
    "university": UNIVERSITY_WORDS,
    "college": frozenset("college collège colegio".split()),
    "school": frozenset("school schule escuela école scuola gymnasium lycée".split()),
    "institute": frozenset("institute institut instituto istituto".split()),
    **dict.fromkeys(("lab", "laboratory"), frozenset("lab labs laboratory laboratories laboratoire".split())),
    "academy": frozenset("academy akademie académie academia accademia".split()),
    "conservatory": frozenset("conservatory conservatoire conservatorio konservatorium".split()),
    "seminary": frozenset({"seminary"}),
    "polytechnic": frozenset("polytechnic politecnico polytechnique".split()),
    "agency": frozenset("agency administration bureau authority".split()),
    "foundation": frozenset("foundation fund trust stiftung fondation".split()),
    "orchestra": frozenset("orchestra philharmonic symphony ensemble".split()),
    "hospital": frozenset("hospital clinic infirmary krankenhaus".split()),
    "museum": frozenset("museum museo musée".split()),
    "library": frozenset({"library"}),
    "bank": frozenset({"bank"}),
    "newspaper": _NEWSPAPER,
    "magazine": frozenset("magazine review weekly monthly".split()),
    **dict.fromkeys(("network", "broadcaster"), _BROADCAST),
    "club": frozenset("club fc f.c. united athletic".split()),
}
_ANY = frozenset("organisation organization institution".split())  # any kind of organisation
KIND_NOUNS = frozenset(_KINDS)  # what "the <noun>" can call an organisation
_NOUNS = KIND_NOUNS | _ANY
# Nouns an unknown name with no kind word can be: "Acme Robotics", "CNN", "West Ham United" are such names.
_OPEN = frozenset("company firm startup start-up corporation business conglomerate network broadcaster "
                  "club".split())
_EDUCATION = INSTITUTION_WORDS | _KINDS["college"] | _KINDS["school"] | _KINDS["academy"] | _KINDS["conservatory"] \
    | _KINDS["polytechnic"] | _KINDS["seminary"]
# Kind words, and the words of prizes and contests NER takes for organisations ("the Ukrainian Cup").
_KIND_WORDS = frozenset().union(*_KINDS.values()) | ORG_KIND_NOUNS | INSTITUTION_WORDS | GENERIC_ORG_WORDS \
    | frozenset("cup trophy prize award medal championship championships league tournament games".split())
# Government and healthcare bodies the gazetteer knows by type.
_TYPED = {"agency": "government", "hospital": "healthcare"}
_FRESH = frozenset("new merged combined".split())  # "the new company": one the text says was formed
_SAME = frozenset({"same"})
# Words that make a name the product of a formation: "merged to form X", "the new name of X", "founded X".
_FORMING = frozenset("""form formed forming forms create created creates creating establish established
    establishing found founded co-founded cofounded launch launched launches name named renamed rebranded
    called spun""".split())
_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON"})  # NER calls a university's town any of these


@dataclass
class _Mention:
    words: frozenset[str]  # lower-case words of the name (and of the gazetteer's name)
    type: str | None  # gazetteer (ROR) type
    known: bool
    formed: bool
    entity: dict[str, Any]
    names: tuple[str, ...]  # the name as written and as the gazetteer has it


class DescribedOrgs:
    """Per doc: organisation mentions that name no organisation, resolved to the ones named before them."""

    def __init__(self, doc: Doc, ents: list[Span], people: dict[int, str]):
        self.doc, self.ents, self.people = doc, ents, people
        # Built on first need (most docs describe nothing): (start, a named mention or a resolved description)
        self.slots: list[tuple[int, Span | _Mention]] | None = None
        self.read: dict[int, _Mention | None] = {}  # a named mention's start -> what it says, once read
        self.starts: list[int] | None = None  # where each sentence starts
        self._schools: dict[tuple[str, ...], list[Span]] | None = None  # see _schools_by_first_words

    def add_to(self, number: int, sent: Span, orgs: list[Span], in_sent: list[Span]) -> list[Span]:
        """`orgs` of sentence `number` with the descriptions and town names that stand for organisations."""
        self._short_names(orgs)
        found = self._described(number, sent, orgs) + self._towns(in_sent) + _wheres(orgs)
        return sorted(orgs + found, key=lambda span: span.start) if found else orgs

    # --- "the company" ---------------------------------------------------------------------------

    def _described(self, number: int, sent: Span, orgs: list[Span]) -> list[Span]:
        found = []
        for noun in find(self.doc, _NOUNS, sent.start, sent.end):
            if any(org.start <= noun.i < org.end for org in orgs):
                continue  # "the Company" NER named already
            det = _description(noun)
            if det is None:
                continue
            if self.starts is None:
                self.starts = [s.start for s in sentences(self.doc)]
            window = self.starts[max(0, number - _WINDOW)]
            # "the new company"; "founded the startup": made there, so only one the text says was formed
            fresh = any(t.lower_ in _FRESH for t in self.doc[det.i + 1:noun.i]) or (
                noun.dep_ == "dobj" and noun.head.lower_ in _FORMING)
            mention = self._antecedent(noun.lower_, det.i, window, fresh)
            if mention is None:
                continue
            span = Span(self.doc, det.i, noun.i + 1, label="ORG")
            span._.kg_referent = mention.entity
            found.append(span)
            # "The company grew. ... She left the company": a description is an antecedent too
            bisect.insort(self._slots(), (det.i, _Mention(mention.words, mention.type, mention.known, False,
                                                          mention.entity, mention.names)), key=lambda s: s[0])
        return found

    def named_before(self, noun: str, before: int) -> dict[str, Any] | None:
        """The organisation of kind `noun` named last before token `before`, anywhere earlier in the text
        ("University President Jane Doe" after "the University of Uyo"); its entity, or None."""
        mention = self._antecedent(noun, before, 0, fresh=False)
        return mention.entity if mention is not None else None

    def _antecedent(self, noun: str, before: int, window: int, fresh: bool) -> _Mention | None:
        slots = self._slots()
        last = bisect.bisect_left(slots, before, key=lambda s: s[0])
        first = bisect.bisect_left(slots, window, key=lambda s: s[0])
        # latest first; a name with its kind word ("Sequoia Capital") before one with none ("Kestrel Robotics")
        fitting = [[(start, mention) for start, slot in reversed(slots[first:last])
                    if (mention := self._read(slot)) is not None and (mention.formed or not fresh)
                    and _of_kind(noun, mention, unnamed=unnamed)] for unnamed in (False, True)]
        # but the subject of its clause first, as a reader takes it: "Kestrel Robotics has raised $40m in a round
        # led by Sequoia Capital. The company was founded in 2022 by ..." is Kestrel Robotics
        candidates = fitting[0] + fitting[1]
        if self.starts is not None:
            # one named earlier in the description's own sentence first: "Sara Benali, who led Apple's Siri team,
            # has left the company" is Apple, whoever the sentence before was about
            own = self.starts[bisect.bisect_right(self.starts, before) - 1]
            candidates = [c for c in candidates if c[0] >= own and not self._in_apposition(c[0])] or candidates
        subjects = [m for start, m in sorted(candidates, key=lambda f: -f[0]) if self._subject(start)]
        if subjects:
            return subjects[0]
        return next((m for _, m in candidates), None)

    def _in_apposition(self, start: int) -> bool:
        """The mention is inside an apposition that describes someone ("Lee, a graduate of Yale University, left the
        university"): what it says of the person, not what the sentence goes on about."""
        token = self._root(start)
        for _ in range(4):
            if token.dep_ == "appos":
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    def _root(self, start: int) -> Token:
        token = self.doc[start]
        return token.head if token.dep_ == "det" else next((e.root for e in self.ents if e.start == start), token)

    def _subject(self, start: int) -> bool:
        token = self.doc[start]
        root = token.head if token.dep_ == "det" else next(
            (e.root for e in self.ents if e.start == start), token)  # a description's slot is its "the"
        return root.dep_ in ("nsubj", "nsubjpass")

    def _slots(self) -> list[tuple[int, Span | _Mention]]:
        if self.slots is None:
            self.slots = [(ent.start, ent) for ent in self.ents if linkable_org(ent)]
        return self.slots

    def _read(self, slot: Span | _Mention) -> _Mention | None:
        if isinstance(slot, _Mention):
            return slot
        if slot.start not in self.read:
            usable = not names_person(slot, self.people) and not _honour(slot)
            self.read[slot.start] = _mention(slot) if usable else None
        return self.read[slot.start]

    # --- "Imperial" after "Imperial College London" ---------------------------------------------------

    def _short_names(self, orgs: list[Span]) -> None:
        """A school the text named in full before, named again by its first words: "Imperial College London
        ... who has been at Imperial since 2010". Only names the gazetteer does not know, and only schools:
        a firm's first word ("Acme" of "Acme Robotics") may be its parent. The word after the short name must
        make the whole school: "Harvard" of "Harvard Law School" is the university, not its law school."""
        for org in orgs:
            if org._.kg or org._.kg_referent or len(org) > 2:
                continue
            candidates = self._schools_by_first_words().get(tuple(t.lower_ for t in org), ())
            earlier = next((e for e in reversed(candidates) if e.end <= org.start), None)
            if earlier is not None:
                org._.kg_referent = org_entity(earlier)

    def _schools_by_first_words(self) -> dict[tuple[str, ...], list[Span]]:
        """The ORG names that read as a whole school after their first one or two words, under those
        words, in text order: a lookup per short name instead of a pass over every name before it."""
        if self._schools is None:
            self._schools = {}
            for ent in self.ents:
                if ent.label_ != "ORG":
                    continue
                for size in (1, 2):
                    if len(ent) > size and ent[size].lower_ in _WHOLE_SCHOOLS:
                        self._schools.setdefault(tuple(t.lower_ for t in ent[:size]), []).append(ent)
        return self._schools

    # --- "At Halle, ..." -------------------------------------------------------------------------

    def _towns(self, in_sent: list[Span]) -> list[Span]:
        """A town after "at" that is the place of a university the text named before: "the University of Halle
        ... At Halle, he gave lectures"."""
        found = []
        for ent in in_sent:
            # "At Halle, he ...", "Before joining Toronto in 2019, she ...": the place stands for its university
            at = ent.start > 0 and self.doc[ent.start - 1].lower_ == "at" and ent.root.dep_ == "pobj"
            joined = ent.root.dep_ == "dobj" and ent.root.head.lower_ in JOIN_VERBS
            if not (at or joined) or ent.label_ not in _TOWN_LABELS or ent._.kg \
                    or not find(self.doc, UNIVERSITY_WORDS, 0, ent.start):
                continue
            town = tuple(t.lower_ for t in ent)
            for start, slot in reversed(self._slots()):
                if start >= ent.start or isinstance(slot, _Mention) or not UNIVERSITY_WORDS & (
                        words := {t.lower_ for t in slot}) or town[0] not in words:
                    continue  # read only a university named with the town's name
                mention = self._read(slot)
                if mention is not None and any(
                        town in _places(name) for name in mention.names):
                    ent._.kg_referent = mention.entity
                    if ent.label_ in ("GPE", "LOC"):  # NER's ORG or PERSON "Kiel" is one already if at all
                        found.append(ent)
                    break
        return found


# The word that follows a school's short name in its full name: "Imperial | College London".
_WHOLE_SCHOOLS = UNIVERSITY_WORDS | frozenset("college institute polytechnic".split())


# Relative words that stand for the organisation before them, with the role they play in their clause.
_RELATIVES = frozenset({("where", "advmod"), ("which", "dobj"), ("that", "dobj")})


def _place_word(token: Token) -> bool:
    """A word of a place in an address: "San Diego", "CA" (NER may tag a state code ORG)."""
    return token.ent_type_ in ("GPE", "LOC") or (token.is_upper and len(token) == 2 and token.is_alpha)


def _wheres(orgs: list[Span]) -> list[Span]:
    """The relative word right after an organisation stands for it: "a professor at the University of Tokyo,
    where he also obtained his PhD", "Toyota Research Institute, which she joined in 2020"."""
    found = []
    for org in orgs:
        doc = org.doc
        at = org.end + (org.end < len(doc) and doc[org.end].text == ",")
        # past the place an address adds: "Qualcomm AI Research, San Diego, CA, where she is ..."
        while at + 1 < len(doc) and _place_word(doc[at]):
            place_end = at
            while place_end < len(doc) and _place_word(doc[place_end]):
                place_end += 1
            if place_end >= len(doc) or doc[place_end].text != ",":
                break
            at = place_end + 1
        if at + 3 < len(doc) and doc[at].lower_ == "in" and YEAR_WORD.match(doc[at + 1].text) \
                and doc[at + 2].text == ",":
            at += 3  # past the year: "the Ph.D. degree from X, Singapore, in 2019, where he was a Research Fellow"
        if at >= len(doc) or (doc[at].lower_, doc[at].dep_) not in _RELATIVES \
                or doc[at].head.dep_ not in ("relcl", "advcl", "ccomp"):
            # the parser may hang the clause on the noun before ("a professor at X, where"), or on the verb
            # ("taught at X, where she had earned her doctorate"): read the order
            continue
        if not org._.kg and not any(t.lower_ in ORG_WORDS or t.text in ("Research", "AI") for t in org):
            continue  # "on the Asiatic Station, where he served in Manila": a post, not an employer named
        span = Span(doc, at, at + 1, label="ORG")
        span._.kg_referent = org_entity(org)
        found.append(span)
    return found


def _description(noun: Token) -> Token | None:
    """The "the" of a bare definite description headed by `noun`, else None."""
    if noun.tag_ not in ("NN", "NNP") or noun.dep_ in ("appos", "compound", "amod", "nmod"):
        return None  # "the university medical clinic", "Acme, the company that ..."
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_iob_ == "I":
        return None  # a name goes on: "the University of Kiel"
    before = [c for c in noun.children if c.i < noun.i]
    if not before or before[0].dep_ != "det" or before[0].lower_ != "the" or noun.i - before[0].i != len(before) \
            or any(c.dep_ != "amod" or c.lower_ not in _FRESH | _SAME for c in before[1:]):
        return None  # "the parent company", "the Acme company", "a company", "its lab"
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("relcl", "acl", "appos"):
            return None  # "the company that made X", "the firm, Acme": a new description, or the name itself
        if child.i > noun.i and child.dep_ == "prep" and not all(
                g.ent_type_ in ("DATE", "TIME") or g.like_num for g in child.children if g.dep_ == "pobj"):
            return None  # "the conservatory in Lille", "the school of law"; not "the company in 2022"
    return before[0]


def _honour(ent: Span) -> bool:
    """"Trevor Brooking, CBE": the letters of an honour after a name, not an organisation."""
    doc = ent.doc
    return post_nominal(ent) and ent.start >= 2 and doc[ent.start - 1].text == "," \
        and doc[ent.start - 2].ent_type_ == "PERSON"


def _mention(ent: Span) -> _Mention:
    info = org_entity(ent)
    names = (ent.text, info["name"]) if ent._.kg else (ent.text,)
    words = frozenset(w.lower() for name in names for w in name.split())
    formed = False
    token = ent.root
    for _ in range(4):  # "merged to form X", "began trading under the new name of X", "merged into X"
        if token.head.i == token.i or token.dep_ == "nsubj":
            break  # "Acme founded a lab": Acme formed nothing of itself
        if token.lower_ == "into" and token.head.lower_.startswith("merg"):
            formed = True
            break
        token = token.head
        if token.lower_ in _FORMING:
            formed = True
            break
    return _Mention(words, info.get("type"), bool(ent._.kg), formed, info, names)


def _of_kind(noun: str, mention: _Mention, *, unnamed: bool) -> bool:
    """The organisation can be called "the <noun>": by its own words or its gazetteer type; with `unnamed`, an
    unknown name with no kind word at all ("Acme Robotics", "CNN"), tried only when no organisation of the
    window says its kind."""
    words, kind = mention.words, mention.type
    if unnamed:
        name = mention.names[0]
        return noun in _OPEN and not mention.known and not words & _KIND_WORDS and name[:1].isupper() and (
            len(name.split()) > 1 or name.isupper())  # not a lone "Lyon" NER took for an organisation
    if noun in _ANY or words & _KINDS[noun]:
        return True
    if noun in _OPEN and not mention.known and mention.names[0].split()[-1] == "AI":
        return True  # "Kora Health AI", "Sakana AI": a company's name, whatever kind word it has
    if kind == "company":
        return noun in _OPEN and noun not in ("newspaper", "magazine", "club")
    if kind == "education":
        return noun == "school" or (noun == "university" and not words & _EDUCATION)  # "ETH Zurich"
    return _TYPED.get(noun) is not None and _TYPED[noun] == kind


def _places(name: str) -> set[tuple[str, ...]]:
    """What a university's town is called in its name: "University of Halle-Wittenberg" -> (halle - wittenberg),
    (halle); "Halle University" -> (halle)."""
    words = [w.lower() for w in name.replace("-", " - ").split()]
    place = tuple(w for w in words if w not in UNIVERSITY_WORDS and w not in ("of", "the", "at", "in", ","))
    places = {place} if place else set()
    if "-" in place:
        places.add(place[:place.index("-")])
    return places
