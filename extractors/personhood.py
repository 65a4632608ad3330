"""People NER called organisations, found by what the sentence says they did.

spaCy's small model tags "Eleanor Whitcombe" in "Eleanor Whitcombe joined the University of Oxford
in 2016" and "WANG Xiaoming" in "WANG Xiaoming received his PhD from ..." as ORG, and the
relation is lost with the person. Two readings give the name back:

* a family name written in capitals beside a capitalised given name ("WANG Xiaoming", "Xiaoming
  WANG"), as CVs and paper bylines write Chinese, Korean and Vietnamese names;
* the subject of a statement only a person makes: a degree or studies ("received her PhD", "graduated
  from X"), a job with a role ("joined X as a lecturer") or joining a school or university ("joined
  the University of Oxford").

Either needs a name of two or three capitalised words with no organisation, role or title word, that
the gazetteer does not know. No list of given names is consulted.

The second reading also finds names NER left untagged (`unlabelled_people`): the small model loses
"Qian Lei" after a Markdown bullet ("- Qian Lei joined Peking University in 2019.") and "Zhao Min"
on the line under "email: zm@example.org", though it tags both in the bare sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.names import EAST_ASIAN_FAMILY
from extractors.vocabulary import (
    BE,
    DEGREE_NOUNS,
    DEGREE_VERBS,
    INSTITUTION_WORDS,
    JOIN_VERBS,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    STUDY_VERBS,
    TITLES,
)
from extractors.wordfinder import find_tagged

# Labels a person's name is misread as.
MISREAD = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
# Verbs only a person is the subject of, as written (the pipeline has no lemmatizer).
_LIFE_VERBS = frozenset("died retired".split())
_PERSONAL = frozenset({"his", "her"})  # an organisation's degree or studies would be "its"
_NNP = frozenset({"NNP"})


def misread_person(ent: Span) -> bool:
    """True when `ent`, tagged as something else, is a person's name (see the module docstring)."""
    if ent.label_ not in MISREAD or ent._.kg:
        return False
    words = [t for t in ent if not t.is_punct and not _hyphen_syllable(t)]
    if not 2 <= len(ent.text.split()) <= 3 or not 2 <= len(words) <= 3 or any(
            t.is_punct and not _joining_hyphen(t) for t in ent):
        return False  # "Hyeon-su Bae": a hyphenated given name is one word; "Dlamini-Mokoena" alone is a surname
    if not all(t.is_alpha and t.tag_ == "NNP" and (t.is_title or _capital_family(t)) for t in words):
        return False
    if any(t.lower_ in NOT_NAME_WORDS for t in words):
        return False
    if sum(_capital_family(t) for t in words) == 1 and any(t.is_title for t in words):
        return True  # "WANG Xiaoming": a family name in capitals beside a given name
    return personal_statement(ent.root)


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word of a name ("Hyeon-su", "Dlamini-Mokoena"), no space either side."""
    doc = token.doc
    return token.text in ("-", "‐") and not doc[token.i - 1].whitespace_ and not token.whitespace_ \
        and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha


def _hyphen_syllable(token: Token) -> bool:
    """The lower-case syllable after a hyphen in a given name ("su" in "Hyeon-su")."""
    return token.is_lower and token.is_alpha and token.i > 0 and _joining_hyphen(token.doc[token.i - 1])


def named_elsewhere(ent: Span, people: list[list[str]]) -> bool:
    """"Okonkwo-Reid received her PhD" with the surname tagged ORG, after "Professor Amara Okonkwo-Reid" was
    tagged PERSON: a name unknown to the gazetteer that repeats a person's whole name, or its last words,
    in the same document is that person. One article does not name a firm after its subject. `people` are the
    persons' `name_words`."""
    if ent.label_ not in MISREAD or ent._.kg:
        return False
    words = [t.text for t in ent if t.text not in ("-", "‐")]
    if not words or not all(w.istitle() and w.isalpha() for w in words) or \
            any(w.lower() in NOT_NAME_WORDS for w in words):
        return False
    for known in people:
        if len(known) >= 2 and len(words) < len(known) + 1 and known[-len(words):] == words:
            return True
    return False


def name_words(people: list[Span]) -> list[list[str]]:
    """Each person's name as `named_elsewhere` compares it, read once for all of a doc's entities: its words,
    without hyphens and titles."""
    return [[t.text for t in person if t.text not in ("-", "‐") and t.lower_.rstrip(".") not in TITLES]
            for person in people]


def unlabelled_people(doc: Doc) -> list[Span]:
    """PERSON spans for names NER gave no label, where the sentence says what a person does: two or
    three capitalised proper nouns in one sentence, the last the subject of a personal statement or of
    joining an organisation."""
    found: list[Span] = []
    for token in find_tagged(doc, _NNP):  # `_name_word` takes no other tag
        if token.dep_ != "nsubj" or not _name_word(token):
            continue
        start = token.i
        while start > 0 and token.i - start < 4 and not doc[start].is_sent_start:  # never cut by a sentence's edge
            if _name_word(doc[start - 1]) and doc[start - 1].whitespace_:
                start -= 1
            elif start > 1 and _joined(doc[start - 1]) and _name_word(doc[start - 2]):
                start -= 2  # "Stolz-Halvorsen": a double-barrelled family name
            else:
                break
        words = doc[start: token.i + 1]
        named = sum(t.text not in ("-", "‐") for t in words)
        if not 2 <= named <= 3 or token.i + 1 < len(doc) and _name_word(doc[token.i + 1]):
            continue
        if personal_statement(token) or _joins_an_organisation(token):
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


def _joined(token: Token) -> bool:
    """A hyphen written without spaces, as inside "Stolz-Halvorsen"."""
    return token.text in ("-", "‐") and not token.whitespace_ and not token.nbor(-1).whitespace_


def _joins_an_organisation(subject: Token) -> bool:
    """"Qian Lei joined Google": a name NER did not call an organisation, joining one. (A name tagged ORG
    needs more, see `personal_statement`: firms join firms.)"""
    verb = subject.head
    return verb.lower_ in JOIN_VERBS and any(c.dep_ == "dobj" and c.ent_type_ == "ORG" for c in verb.children)


def _name_word(token: Token) -> bool:
    """A capitalised proper noun NER left alone, that no organisation, role or title is made of."""
    return (not token.ent_type_ and token.is_alpha and token.tag_ == "NNP" and (token.is_title or _capital_family(token))
            and token.lower_ not in NOT_NAME_WORDS)


def _capital_family(token: Token) -> bool:
    return token.is_upper and len(token) > 1 and token.lower_ in EAST_ASIAN_FAMILY


def personal_statement(root: Token) -> bool:
    """`root` is the subject of a verb whose statement only a person makes."""
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    lower = verb.lower_
    if lower in _LIFE_VERBS:
        return True  # "Margarethe Stolz-Halvorsen, who pioneered ..., died on 3 March 2022"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "poss" and c.lower_ in _PERSONAL for o in objects for c in o.children):
        return True  # "received her PhD", "completed his studies"
    if lower in DEGREE_VERBS and any(_degree(o) for o in objects):
        return True  # "received a DPhil from X"
    places = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if lower in STUDY_VERBS and any(p.ent_type_ == "ORG" for p in places):
        return True  # "graduated from X", "studied at X"
    if lower in BE and any(c.dep_ == "attr" and c.lower_ in _PERSONAL_POSTS and any(
            g.dep_ == "prep" and g.lower_ in ("at", "of") for g in c.children) for c in verb.children):
        return True  # "Hyeon-su Bae was a professor at KAIST": a firm is no professor
    if lower in _LEAVING:
        # "Divya Raman left Flipkart last year to join Sarvam AI as a founding engineer": a given name and a family
        # name apart ("Dlamini-Mokoena" alone is half of someone's name)
        given = any(c.dep_ == "compound" and c.whitespace_ for c in root.children if c.i < root.i)
        return given and any(c.dep_ in ("xcomp", "advcl") and c.lower_ in JOIN_VERBS and _as_role(c)
                             for c in verb.children)
    if lower in JOIN_VERBS:
        as_role = _as_role(verb)
        school = any(o.ent_type_ == "ORG" and any(t.lower_ in INSTITUTION_WORDS for t in _entity_of(o))
                     for o in objects)
        return as_role or school  # "joined X as a lecturer", "joined the University of Oxford"
    return False


# Posts only a person holds ("partner", "lead", "staff" and "member" are a firm's too).
_PERSONAL_POSTS = frozenset("professor lecturer researcher scientist engineer postdoc fellow dean student intern "
                            "instructor physicist mathematician economist statistician".split())
_LEAVING = frozenset("left leaves quit quits".split())


def _as_role(verb: Token) -> bool:
    """"joined X as a lecturer", "to join Y as a founding engineer": the verb names a person's post."""
    return any(p.lower_ in ROLE_NOUNS for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj")


def _degree(token: Token) -> bool:
    """"PhD", "DPhil/PhD", "a doctorate": a degree noun, or a slash of them."""
    return all(part.lower() in DEGREE_NOUNS for part in token.text.split("/") if part)


def _entity_of(token: Token) -> Span:
    doc = token.doc
    return next((e for e in doc.ents if e.start <= token.i < e.end), doc[token.i: token.i + 1])
