"""Who a text is about: the people it names, in full, and who a later "she" or "he" is.

News and bios name a person in full once ("Ross Patterson Alger") and then shorten
("Alger", "He"); relations need the full name every time. Names are kept as written,
family name first or not ("Zhang Wei" is one name, slug `zhang-wei`; the person's id adds the first
organisation the text links them to, see extractors/textpeople.py). The person entities read here have
been made right first (`extractors/person_repairs.py`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from extractors.names import title_length
from extractors.relations import clean_name
from extractors.syntax import has_verb
from extractors.vocabulary import HIRE_VERBS, ROLE_NOUNS, TITLES


def canonical_people(doc: Doc) -> dict[int, str]:
    """PERSON mention start -> the fullest earlier name it abbreviates ("Alger" -> "Ross Patterson Alger")."""
    names: dict[int, str] = {}
    full: list[tuple[set[str], str]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = person_name(ent)
        if not name or (" " not in name and name.lower() in ROLE_NOUNS):
            continue  # "Dean" tagged as a person
        words = set(name.lower().split())
        match = next((known for tokens, known in full if words < tokens), None)
        names[ent.start] = match or name
        if match is None:
            full.append((words, name))
    return names


def person_name(ent: Span) -> str:
    """The name as written ("Tie-Yan Liu", "Zhang Wei"), without titles or a possessive."""
    start = ent.start
    while start < ent.end and ent.doc[start].lower_.rstrip(".") in TITLES:
        start += 1
    end = ent.end
    while end > start and ent.doc[end - 1].text in ("'s", "’s", "'"):
        end -= 1
    return clean_name(ent.doc[start:end].text) if end > start else ""


def coordinated(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from coordinated(child)


def subject_after(sent: Span, people: dict[int, str], ents: list[Span]) -> str | None:
    """The person a later "she"/"he" refers to: the main clause's subject, else a PERSON subject."""
    persons = [e for e in ents if e.label_ == "PERSON" and e.start in people and not bracketed(e, sent.start)]
    root = sent.root
    for ent in persons:
        if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.i == root.i:
            return people[ent.start]
    for child in root.children:
        # "Sabet is an ethnic Pashtun.": a bare surname NER missed, of someone the text names in full
        if child.dep_ in ("nsubj", "nsubjpass") and not child.ent_type_ and child.tag_ == "NNP":
            known = next((name for name in dict.fromkeys(people.values())
                          if len(name.split()) > 1 and child.text in name.split()[1:]), None)
            if known:
                return known
    alone = [t for t in sent if not t.is_space and not t.is_punct]
    titles = persons[0].start - alone[0].i if persons and alone else 0
    if persons and alone and titles > 0 and len(people[persons[0].start].split()) > 1 \
            and persons[0].start <= alone[-1].i < persons[0].end and title_length(
            [t.text for t in sent.doc[alone[0].i:persons[0].start + 1]]) == titles:
        # a directory's name line, "Dr. Tan Wei Ling": the lines below are theirs (a bare name is a caption or a
        # byline as often, and a list of names one a line is no one's story)
        return people[persons[0].start]
    heading = next((ent for ent in persons if ent.start <= root.i < ent.end and ent.end < sent.end
                    and (sent.doc[ent.end].text == "," or sent.doc[ent.end].text in ("—", "–", "-") and any(
                        t.lower_ in ROLE_NOUNS for t in sent.doc[ent.end + 1:min(ent.end + 4, sent.end)]))), None)
    if heading is not None:
        # "Chidi Okonkwo, Staff Research Engineer. Previously a staff engineer at Stripe": a verbless entry heading;
        # after a dash only a post ("Maya Chen — CEO."), not a caption ("Tom Lee — file photo.")
        return people[heading.start]
    subject = None
    for ent in persons:
        if ent.root.dep_ in ("nsubj", "nsubjpass"):
            subject = people[ent.start]
    if subject is None and root.lower_ in HIRE_VERBS:
        # "Acme has hired Jane Doe as chief scientist. She ...": the one person the hiring took
        taken = {people[e.start] for e in persons if e.root.dep_ == "dobj" and e.root.head.i == root.i}
        if len(taken) == 1:
            return taken.pop()
    if subject is None:
        # "Chancellor, I present Professor X. Born in Nyeri, she ...", "It is my pleasure to recommend Dr. X for
        # ...": the one person introduced is whom the next sentences are about
        introduced = {people[e.start] for e in persons if e.root.dep_ == "dobj" and e.root.head.lower_ in _INTRODUCING}
        if len(introduced) == 1:
            return introduced.pop()
    if subject is None and sent.start == 0:
        first = persons[0] if persons else None
        subject = people[first.start] if first is not None else None
    return subject


_INTRODUCING = frozenset("present presents presenting introduce introduces introducing recommend recommends "
                         "recommending nominate nominates nominating".split())


def bracketed(ent: Span, floor: int) -> bool:
    """Inside "( ... )" next to a name: birth places and dates, not the subject."""
    doc = ent.doc
    window = doc[max(floor, ent.start - 12): ent.start]
    opening = next((t for t in reversed(window) if t.text in "()"), None)
    return opening is not None and opening.text == "("


# Pronouns that stand for one person: "they" may be a group, so it keeps the text's person.
_SINGULAR = frozenset("he she him her his hers".split())


def pronoun_referent(pronoun: Token, sent: Span, people: dict[int, str], ents: list[Span]) -> str | None:
    """The person a "he"/"his" stands for when the sentence has already named a subject before it:
    "Halin earned his doctorate at X, after which he joined Y" is Halin, whoever the previous
    sentence was about. The nearest named subject (or a bare surname subject of someone the text
    names in full) before the pronoun, in the same sentence; None sends the caller to the carried one."""
    if pronoun.lower_ not in _SINGULAR:
        return None
    found, at = None, -1
    for ent in ents:
        if ent.start >= pronoun.i:
            break
        if ent.label_ == "PERSON" and ent.start in people and ent.root.dep_ in ("nsubj", "nsubjpass") \
                and sent.start <= ent.start and not bracketed(ent, sent.start):
            found, at = people[ent.start], ent.start
    # "The site will be led by X, who moves from Y, where he has been ...": a "who" subject nearer the
    # pronoun is its antecedent
    for token in sent.doc[max(at + 1, sent.start): pronoun.i]:
        if token.lower_ == "who" and token.dep_ == "nsubj" and token.head.dep_ == "relcl":
            antecedent = next((e for e in ents if e.start <= who_antecedent(token.head).i < e.end), None)
            if antecedent is not None and antecedent.label_ == "PERSON" and antecedent.start in people:
                found = people[antecedent.start]
    if found is None:
        found = _only_person_before(pronoun, sent, people, ents)
    if found is None and pronoun.dep_ == "poss" and not has_verb(sent):
        # a team page's entry, "Sakura Ishikawa, Chief Scientist — on leave from her professorship at X": the
        # verbless line is about the person it opens with
        opening = next((e for e in ents if e.start == _first_word(sent)), None)
        if opening is not None and opening.label_ == "PERSON" and opening.start in people \
                and opening.end <= pronoun.i and not any(
                    e.label_ == "PERSON" and opening.end <= e.start < pronoun.i for e in ents):
            found = people[opening.start]  # not "Anna Berg, Chief Scientist; Tom Ilves, her deputy — on leave ..."
    return found


def _first_word(sent: Span) -> int:
    return next((t.i for t in sent if not t.is_space and not t.is_punct), sent.start)


def _only_person_before(pronoun: Token, sent: Span, people: dict[int, str], ents: list[Span]) -> str | None:
    """"Meta tried to recruit Ilya Moreno, but he chose to remain at Google": when every subject before the
    pronoun subject is an organisation, the one person named before it is who "he" is; so when it is the speaker
    ("we welcomed Dr. X as our Chief Scientist; he joined us from NVIDIA"): "he" is not "we" or "I"."""
    before = [t for t in sent.doc[sent.start: pronoun.i] if t.dep_ in ("nsubj", "nsubjpass")]
    if pronoun.dep_ != "nsubj" or not before:
        return None
    for subject in before:
        if subject.ent_type_ == "ORG" or subject.lower_ in ("we", "i"):
            continue
        if subject.lower_ == pronoun.lower_ and _only_person_before(subject, sent, people, ents) is not None:
            continue  # an earlier "he" this rule read: "he joined us from NVIDIA, where he led ..." is the same one
        return None  # "The daughter of X, she ...": no organisation spoke first; "she" is the text's person
    named = {people[e.start] for e in ents if e.label_ == "PERSON" and e.start in people
             and sent.start <= e.start < pronoun.i}
    return named.pop() if len(named) == 1 else None


def ambiguous_relative(antecedent: Token) -> bool:
    """"She succeeded Richard Roe, the fifth child of David Roe, who served as chairman": the parser hangs
    "who" on the nearest name (David Roe), but the clause may as well be about the person the apposition
    describes. A relative clause on the object of "of" inside another person's apposition is ambiguous."""
    prep = antecedent.head
    if antecedent.dep_ != "pobj" or prep.lower_ != "of" or prep.head.dep_ != "appos":
        return False
    described = prep.head.head
    return described.ent_type_ == "PERSON" or described.tag_ in ("NNP", "NNPS")


# Nouns a "who" may be about where they stand: "a team of researchers who", "one of the founders who".
_WHO_NOUNS = frozenset("people person researchers scientists students engineers founders members staff colleagues "
                       "alumni those others men women team group".split())


def who_antecedent(clause: Token) -> Token:
    """The word a "who" clause is about. The parser may hang it on the organisation ending a person's apposition
    ("Jonas Weissenborn, head of AI at Bayer, who tells me he was a postdoc"): no organisation is a "who", so the
    clause is the person's whose apposition holds it."""
    head = clause.head
    if head.ent_type_ != "PERSON" and head.dep_ == "pobj" and head.lower_ not in _WHO_NOUNS:
        above = head
        for _ in range(4):
            above = above.head
            if above.tag_ in ("NNS", "NNPS") or above.lower_ in _WHO_NOUNS:
                break  # "an adviser to the founders of Acme, who ...": the clause may be the founders'
            if above.dep_ == "appos" and above.head.ent_type_ == "PERSON":
                return above.head
            if above.i == above.head.i:
                break
    return head
