"""People NER called organisations or missed, found by the clues a careful reader uses.

The small model tags "Lukas Brandtner" in "Lukas Brandtner turned down an offer from Google" and
"Dr Okafor Chidi" in "Dr Okafor Chidi, a research fellow at X, said" as ORG, and sees no name at all in
"Aiko Tanabe-Ross is a PhD student at X"; the document then has no person and gives nothing.
`extractors/personhood.py` reads one sentence at a time; here every mention of a name in the document
is read together, since the clue is often in another sentence ("Brandtner completed his PhD ...").
The names and their mentions are found by shape in `extractors/name_mentions.py`; here they are weighed.

A name is two to four capitalised words (a hyphen may join two: "Nwachukwu-Stein") with no organisation,
role or title word, not known to the gazetteer, not after "the" and not ending in "AI". Its mentions are
the full name and its last word used alone ("Brandtner"). It names a person when one mention shows

* a strong clue: an honorific before it ("Dr", "Prof."), a role in apposition ("X, a research fellow at
  Y"), hired or promoted as a post ("hired X as head of research"), a "who" clause ("X, who teaches in Pretoria"), a personal statement ("completed his PhD", "joined X as a lecturer", "was born"), a person's job
  after "is"/"became" ("is a PhD student at X"), or a "he"/"she" opening the next sentence about it;
* or two weak ones: it speaks ("said"), works at or joins a named organisation, turns down or accepts an
  offer, or its last word is used alone elsewhere (organisations are shortened to their first word:
  "Goldman", "Morgan"; people to their last).

Organisations named after people carry an organisation word ("Allen Institute", "Simons Foundation") or
are gazetteer hits ("Hugging Face", "Aleph Alpha"), so they never qualify.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractors.name_mentions import (
    bare_mentions,
    name_candidates,
    surname_of,
    unhonoured,
)
from extractors.personhood import personal_statement
from extractors.schooling import degree_object
from extractors.syntax import misread_post
from extractors.vocabulary import (
    BE,
    DEGREE_VERBS,
    END_VERBS,
    HIRE_NOUNS,
    HIRE_VERBS,
    JOIN_VERBS,
    LEAD_VERBS,
    MOVE_VERBS,
    ROLE_NOUNS,
    SPAN_NOUNS,
    SPEND_VERBS,
    STUDY_VERBS,
    TITLES,
    degree_word,
    list_partners,
)

# Roles of a person after "is"/"became", beyond ROLE_NOUNS: "is a PhD student at X".
_PERSON_ROLES = ROLE_NOUNS | frozenset(
    "student candidate postdoc researcher fellow professor lecturer scientist engineer author novelist".split())
# Posts one is hired or promoted to, beyond _PERSON_ROLES: "hired X as head of research".
_POSTS = frozenset("head chief director president counsel officer lead manager".split())
_POST_WORDS = _PERSON_ROLES | _POSTS
_ROLE_COPULAS = BE | frozenset("become became becomes remains remained".split())
_SPEECH = frozenset("said says told added explained noted wrote argued recalled".split())
_WORK = frozenset("work works worked working".split())
_OFFER_VERBS = frozenset("turned turn turns declined accepted rejected".split())
_PRONOUNS = frozenset({"he", "she"})


@dataclass
class _Name:
    """One name and its mentions: (start, end) token ranges, the full ones first."""

    surname: str
    full: list[tuple[int, int]] = field(default_factory=list)
    bare: list[tuple[int, int]] = field(default_factory=list)


def clue_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with every name the clues say is a person's labelled PERSON (see the module docstring)."""
    names: dict[str, _Name] = {}
    candidates, places = name_candidates(doc, ents)
    for start, end in candidates:
        surname = surname_of(doc, start, end)
        names.setdefault(surname, _Name(surname)).full.append((start, end))
    if not names:
        return ents
    persons = {surname_of(doc, *unhonoured(doc, e.start, e.end)) for e in ents if e.label_ == "PERSON" and len(e) > 1}
    full = {i for start, end in candidates for i in range(start, end)}
    for start, end in bare_mentions(doc, ents, set(names) | persons):
        if any(i in full for i in range(start, end)):
            continue
        surname = surname_of(doc, start, end)
        names.setdefault(surname, _Name(surname)).bare.append((start, end))
    found: list[tuple[int, int]] = []
    for name in names.values():
        if name.full and all(m in places for m in name.full):
            # a place's name needs a person's own clue: "Olusegun Adeyemi (GPE), a former Uber engineer"
            if any(_strong(doc, s, e, pronoun=False) or _listed_with_a_person(doc, s, e) for s, e in name.full):
                found += name.full + name.bare
        elif name.full and _is_person(doc, name):
            found += name.full + name.bare
        elif not name.full and name.surname in persons:
            found += [(s, e) for s, e in name.bare if _strong(doc, s, e) or _weak(doc, s, e)]
    if not found:
        return ents
    spans = [Span(doc, s, e, label="PERSON") for s, e in found]
    kept = [e for e in ents if not any(s.start < e.end and e.start < s.end for s in spans)]
    return sorted(kept + spans, key=lambda e: e.start)


def _is_person(doc: Doc, name: _Name) -> bool:
    mentions = name.full + name.bare
    if any(_strong(doc, s, e) for s, e in mentions):
        return True
    # Two weak clues need the surname used alone among them: "Jane Street said ... Jane Street joined the
    # Partnership on AI" is a firm that speaks and joins; "Farouk", alone, is how a story names a person.
    return bool(name.bare) and any(_weak(doc, s, e) for s, e in mentions)


def _honorific_before(doc: Doc, start: int) -> bool:
    i = start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return i >= 0 and doc[i].lower_.rstrip(".") in TITLES and doc[i].is_title


def _strong(doc: Doc, start: int, end: int, *, pronoun: bool = True) -> bool:
    root = _root(doc, start, end)
    if _honorific_before(doc, start):
        return True  # "Dr Okafor Chidi"
    if any(c.dep_ == "appos" and c.tag_ in ("NN", "NNS") and c.lower_ in _PERSON_ROLES for c in root.children):
        return True  # "X, a research fellow at Y"
    if _titled_line(doc, start, end):
        return True  # a team page's "X, Staff Research Engineer."
    if _bracketed_line(doc, start, end):
        return True  # "Elif Şahin (Koç University)" among "Bùi Thanh Hương (VinUniversity)" lines
    if any(c.dep_ == "appos" and degree_word(c.lower_) and c.i > 0 and (doc[c.i - 1].text == "(" or any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)) for c in root.children):
        return True  # "Sofia Rossi (MSc 2020), now at DeepMind", "X, a Stanford PhD": only a person holds a degree
    if root.dep_ == "nsubjpass" and root.head.lower_ == "born":
        return True  # "X was born in Lagos"
    if root.dep_ == "dobj" and root.head.lower_ in HIRE_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("as", "to") and any(
                g.dep_ == "pobj" and g.lower_ in _POST_WORDS for g in c.children)
            for c in root.head.children):
        return True  # "Hugging Face has hired X as head of research", "promoted X to senior director"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in HIRE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("as", "to") and any(
                g.dep_ == "pobj" and g.lower_ in _POST_WORDS for g in c.children)
            for c in (*root.head.head.children, *root.children)):
        return True  # "announced the appointment of X as Global Head of Computational Pathology"
    if root.dep_ == "nsubjpass" and root.head.lower_ in HIRE_VERBS and any(
            (c.dep_ in ("oprd", "attr") and c.tag_ == "NN" and c.lower_ in _POST_WORDS)
            or (c.dep_ == "prep" and c.lower_ in ("as", "to")
                and any(g.dep_ == "pobj" and g.lower_ in _POST_WORDS for g in c.children)) or misread_post(c)
            for c in root.head.children):
        return True  # "X was named chief scientist of iFlytek": a firm is named a leader or partner, not a post
    if root.dep_ == "dobj" and root.head.lower_ in HIRE_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and g.ent_type_ in ("ORG", "FUNDER")
                                                            for g in c.children)
            for c in (*root.head.children, *root.children)):
        return True  # "The institute has recruited X from Google DeepMind": people are hired away, firms bought
    if any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)
           for c in root.children):
        return True  # "X, who teaches data science in Pretoria": an organisation is "which"
    if root.dep_ == "nsubj" and root.head.lower_ not in HIRE_VERBS and not any(
            c.dep_ in ("dobj", "oprd") and not _time_spent(c) for c in root.head.children) and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" and g.tag_ in ("NN", "NNS") and g.lower_ in _POST_WORDS
            for g in c.children) for c in root.head.children):
        # "X stepped down as head of research", "X served as chief scientist", "X spent 2016-2018 as a postdoc";
        # not "X hired Y as ...", nor "X named Y, a veteran of Z, as its CTO" (the parser's "oprd" for Y)
        return True
    if personal_statement(root):
        return True  # "completed his PhD", "joined X as a lecturer"
    if _studied_with(root):
        return True  # "did his PhD at MIT with Regina Barzilay": one studies with a person
    if root.dep_ == "nsubj" and _moved_to_known_employer(root.head):
        return True  # "Nadia Karim joined Cohere in 2021", "left Uber", "moved to Amazon": a firm buys one
    if root.dep_ == "nsubj" and root.head.lower_ in _ROLE_COPULAS and any(
            c.dep_ == "attr" and c.tag_ in ("NN", "NNS") and c.lower_ in _PERSON_ROLES for c in root.head.children):
        return True  # "X is a PhD student at Y"
    return pronoun and _pronoun_follows(doc, root)


def _titled_line(doc: Doc, start: int, end: int) -> bool:
    """The name opens its sentence and a capitalised title closes it after a comma: "X, Staff Research Engineer.",
    "X, Head of Research." (a team page's or a speaker list's entry)."""
    sent = doc[start].sent
    if start != sent.start or end >= sent.end or doc[end].text != ",":
        return False
    title = [t for t in doc[end + 1:sent.end] if not t.is_punct and not t.is_space]
    return 0 < len(title) <= 6 and all(t.is_title or t.lower_ in ("of", "and", "for") for t in title) and any(
        t.lower_ in _PERSON_ROLES for t in title)


def _bracketed_line(doc: Doc, start: int, end: int) -> bool:
    """The name is a line of its own but for an organisation in brackets after it, and another line of the list
    has that shape with a name NER tagged a person's: a committee's or a programme's list of people."""
    shape = _line_shape(doc, start, end)
    if shape is None:
        return False
    others = (ent for ent in doc.ents if ent.label_ == "PERSON" and ent.start != start)
    return any(_line_shape(doc, ent.start, ent.end) for ent in others)


def _line_shape(doc: Doc, start: int, end: int) -> bool | None:
    """True for "<name> (<... organisation ...>)" filling a line; None otherwise."""
    if start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].whitespace_.count("\n"):
        return None
    if end >= len(doc) or doc[end].text != "(":
        return None
    close = next((t.i for t in doc[end + 1:min(end + 40, len(doc))] if t.text == ")" or "\n" in t.text), None)
    if close is None or doc[close].text != ")" or close + 1 < len(doc) and not (
            "\n" in doc[close].whitespace_ or "\n" in doc[close + 1].text):
        return None
    return any(t.ent_type_ in ("ORG", "FUNDER") for t in doc[end + 1:close]) or None


# Moves between employers only people make: a company is bought by another, it does not join or leave it.
_MOVES = JOIN_VERBS | _WORK | END_VERBS | MOVE_VERBS | frozenset("stayed stays remained remains".split())
_EMPLOYER_TYPES = frozenset({"company", "education"})


def _moved_to_known_employer(verb: Token) -> bool:
    """The verb joins, leaves, moves to or works at a company or a university the gazetteer knows."""
    # "declined an offer from Meta and returned to Yandex": the verbs that share the subject
    # and "led a group at Spotify before joining Cohere": the move said in a "before"/"after" phrase
    shared = [c for c in verb.children if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass")
                                                                          for g in c.children)]
    shared += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("before", "after")
               for g in c.children if g.dep_ == "pcomp"]
    verbs = [v for v in (verb, *shared) if v.lower_ in _MOVES or v.lower_ in SPEND_VERBS and any(
        c.dep_ == "dobj" and _time_spent(c) for c in v.children)]  # "spent six years at DeepMind"
    # "leads the alignment team at Mistral AI": a firm leads no team at another
    leading = [v for v in (verb, *shared) if v.lower_ in LEAD_VERBS]
    targets = [c for v in verbs for c in v.children if c.dep_ == "dobj"] + [
        g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "at")
        for g in c.children if g.dep_ == "pobj"] + [
        g for v in leading for c in v.children if c.dep_ == "prep" and c.lower_ == "at"
        for g in c.children if g.dep_ == "pobj"]
    # "moved ... to a lectureship at the University of Edinburgh": the post's place
    targets += [g for t in targets for c in t.children if c.dep_ == "prep" and c.lower_ == "at"
                for g in c.children if g.dep_ == "pobj"]
    if not targets:
        return False  # asked of every candidate name's verb: most have no object to look up
    known = {i: e._.kg for e in verb.doc.ents if e._.kg for i in range(e.start, e.end)}
    return any((known.get(t.i) or {}).get("type") in _EMPLOYER_TYPES for t in targets)


_TERMS = frozenset("semester semesters term terms summer summers year".split())


def _studied_with(name: Token) -> bool:
    """`name` is whom someone studied "with" or "under": the "with" on a study verb, a degree, or the school
    studied at ("did his PhD at MIT with X")."""
    if name.dep_ != "pobj" or name.head.lower_ not in ("with", "under"):
        return False
    host = name.head.head
    if host.dep_ == "pobj" and host.head.lower_ in ("at", "from"):
        host = host.head.head  # the school's verb or degree
    return host.lower_ in STUDY_VERBS or degree_word(host.lower_) or host.lower_ in DEGREE_VERBS \
        and degree_object(host) is not None


def _time_spent(obj: Token) -> bool:
    """What "spent" takes besides a place: "spent 2016-2018", "spent four years"."""
    return obj.like_num or obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in SPAN_NOUNS or obj.lower_ in _TERMS


def _listed_with_a_person(doc: Doc, start: int, end: int) -> bool:
    """"Amina Bello and Tunde Okafor (GPE), who both joined Google": a place is not listed with a person (a firm
    is: "Jane Doe and Google announced")."""
    return any(partner.ent_type_ == "PERSON" for partner in list_partners(_root(doc, start, end)))


def _weak(doc: Doc, start: int, end: int) -> bool:
    root = _root(doc, start, end)
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    lower = verb.lower_
    if lower in _SPEECH:
        return True  # "X said"
    if lower in JOIN_VERBS and any(c.dep_ == "dobj" and c.ent_type_ in ("ORG", "FUNDER") for c in verb.children):
        return True  # "X has not joined Apple": a firm joins a firm too, hence only weak
    if lower in _WORK and any(c.dep_ == "prep" and c.lower_ in ("at", "for") and any(
            g.ent_type_ in ("ORG", "FUNDER") for g in c.children) for c in verb.children):
        return True  # "X works at Microsoft Research"
    return lower in _OFFER_VERBS and any(c.dep_ == "dobj" and c.lower_ == "offer" for c in verb.children)


def _root(doc: Doc, start: int, end: int) -> Token:
    span = doc[start:end]
    outside = [t for t in span if not start <= t.head.i < end or t.head.i == t.i]
    return outside[-1] if outside else span.root


def _pronoun_follows(doc: Doc, root: Token) -> bool:
    """The name is the subject of its sentence, no one else is named there, and the next sentence opens
    with "He" or "She" as its subject: an organisation is "it"."""
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT":
        return False
    sent = root.sent
    # by token, not `sent.ents` (which walks all of the doc's entities per call)
    if any(t.ent_type_ == "PERSON" for t in sent) or sent.end >= len(doc):
        return False
    following = doc[sent.end:]
    first = next((t for t in following if not t.is_space and not t.is_punct), None)
    if first is None:
        return False
    # "He joined ...", or the subject after an opening phrase: "Before that, he was ..."
    subject = next((c for c in first.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (first.lower_ in _PRONOUNS and first.dep_ in ("nsubj", "nsubjpass")) or (
        subject is not None and subject.lower_ in _PRONOUNS and subject.i - first.i <= 4)
