"""The climb: from an organisation up the dependency parse to its trigger, and so to a Link.

From the organisation's anchor word we climb its heads (through prepositions, conjuncts, appositions and
compounds NER cut short) to the word that says what the organisation is to someone, and stop at words that
say it is nothing of the kind: a teacher ("studied under X"), a work ("producer of X"), a membership. A
subject organisation is read the other way, down its verb: who it hired, appointed or was founded by. What
the trigger means is `Triggers._classify`'s (`extractors/triggers.py`); the career component
(`extractors/careers.py`) turns the Link into relations.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.institutions import generic, names_person
from extractors.links import Link
from extractors.milestones import own_announcement
from extractors.roles import staff_member, work_between
from extractors.syntax import MAX_CLIMB, hire_hung_on, misread_post, posts_given, role_phrase
from extractors.syntax import (
    anchor as _anchor,
)
from extractors.syntax import (
    post_nominal as _post_nominal,
)
from extractors.syntax import (
    role_after as _role_after,
)
from extractors.titles import bracketed_affiliation, misparsed_of, title_before_name
from extractors.triggers import Triggers
from extractors.verb_objects import joined_later
from extractors.vocabulary import (
    DEGREE_VERBS,
    DOBJ_WORK_VERBS,
    FOUNDING_VERBS,
    HIRE_NOUNS,
    HIRE_VERBS,
    JOIN_VERBS,
    ORG_KIND_NOUNS,
    ROLE_NOUNS,
    SITE_WORDS,
    TEACHER_WORDS,
    UNIT_WORDS,
    VENTURE_NOUNS,
    coarse,
    degree_word,
)
from kg.model import student_degree


# What an announcing organisation calls itself: "X will join the company as CFO", "joins us as".
_OWN_WORDS = VENTURE_NOUNS | frozenset("team lab us".split())
# Bodies one sits on: "on the board of X", "on the program committee of ICML" ("on the faculty of X" is a job).
_BOARDS = frozenset({"board", "boards", "committee", "committees", "panel", "panels", "jury"})
_BOARD_MEMBERS = frozenset({"directors", "governors", "trustees"})


# Verbs an organisation tells its own news with: "Grab said it had appointed X as its CFO".
_TELLING = frozenset("said says announced announces confirmed confirms disclosed".split())


def _said_it_hired(verb: Token) -> list[Token]:
    """"Grab Holdings said on Tuesday it had appointed X", "Google said that it has hired X": the hire the
    organisation tells of itself ("it"), never another's ("said Meta had hired X")."""
    if verb.lower_ not in _TELLING:
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and c.lower_ in HIRE_VERBS
            and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in c.children)]


def _personal_post(verb: Token) -> bool:
    """A post the hirer owns as a person: "named X his deputy", "hired X as her assistant"."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for p in posts_given(verb) for c in p.children)


def _board_seat(noun: Token) -> bool:
    """`noun` (what "of X" hangs on) is a board one sits on: "on the board of X", "on the board of directors of
    X", "a member of the board of X", "appointed to the board of X"."""
    board = noun.head.head if noun.lower_ in _BOARD_MEMBERS and noun.dep_ == "pobj" else noun
    if board.lower_ not in _BOARDS or not board.is_lower:
        return False
    return board.dep_ == "pobj" and board.head.lower_ in ("on", "to") or board.head.lower_ in ("member", "members")


class Climb(Triggers):
    """From a sentence's organisations to the people they are a school or an employer of; the sentence gives
    `org_of`."""

    def _appointment_announced(self, verb: Token) -> Link | None:
        """"The Vector Institute today announced the appointment of Dr. X as Research Director": the subject
        that announces an appointment (its object) is the employer, with the post named after "as", unless the
        post names an organisation of its own."""
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lower_ not in HIRE_NOUNS:
                continue
            people = self._appointed(noun)
            posts = [g for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ == "pobj"]
            if any(t.i in self.org_of for g in posts for t in g.subtree):
                return None  # "as director of the Stanford AI Lab": the post's own organisation is the employer
            if people:
                role = next((" ".join(t.text for t in g.subtree if t.i <= g.i and t.dep_ != "det") for g in posts
                             if g.lower_ in ROLE_NOUNS), None)
                return Link("WORKS_AT", verb, [verb, noun], 0.85, people, role=role)
        for joined in verb.children:
            # "Anthropic announced that X will join as a researcher", "... has joined the company as CFO"
            if joined.dep_ != "ccomp" or joined.lower_ not in JOIN_VERBS or not own_announcement(joined) or any(
                    c.dep_ == "dobj" and c.lower_ not in _OWN_WORDS for c in joined.children):
                continue
            people = [p for c in joined.children if c.dep_ == "nsubj" for p in self._people_in(c)]
            if people:
                return Link("WORKS_AT", joined, [joined, verb], 0.85, people, role=_role_after(joined))
        return None

    def _link(self, org: Span) -> Link | None:
        token = _anchor(org)
        path: list[Token] = [token]
        if names_person(org, self.people):
            return None  # NER took "Klaus Wagner" for an organisation
        beside = bracketed_affiliation(org, self.people, self.ents)
        if beside is not None and not _post_nominal(org):  # "Rosa Mendes (University of Porto)"; not "(KCMG)"
            return Link("WORKS_AT", beside.root, [token, beside.root], 0.7, [self.people[beside.start]])
        misparsed = misparsed_of(org, self.people, self.ents)
        if misparsed is not None:  # "A of X and B of Y", B made X's conjunct by the parser
            return Link("WORKS_AT", misparsed.root, [token, misparsed.root], 0.7, [self.people[misparsed.start]])
        titled = title_before_name(org, self.people, self.ents)
        degree = student_degree(titled.role) if titled is not None else None
        if degree is not None:  # "MIT graduate student Dev Patel"
            return Link("STUDIED_AT", titled.person.root, [token, titled.person.root], 0.85, titled.names,
                        degree=None if degree == "unknown" else degree, dated=False)
        if titled is not None:  # "MIT economist Harriet Lowell", "Oxford's Nadia Okafor": read off the words
            link = Link("WORKS_AT", titled.person.root, [token, titled.person.root], 0.85, titled.names,
                        role=titled.role, dated=False)
            return self._with_partners(link, titled.person) if len(titled.names) == 1 else link
        if token.dep_ == "nsubj" and token.head.tag_ == "VBG" and token.head.dep_ == "pcomp" \
                and token.head.head.lower_ in ("at", "for", "with") and token.i < token.head.i:
            token = token.head  # "spent four years at Apple working on Siri": the parser makes Apple the subject
            path.append(token)
        hung = hire_hung_on(token)
        if token.dep_ in ("nsubj", "nsubjpass") or hung is not None:
            # "Acme hired Jane", "Bloomberg launched X and has recruited two journalists, A and B"
            verbs = [hung] if hung is not None else [token.head] + [
                c for c in token.head.children if c.dep_ == "conj" and coarse(c) == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)] + _said_it_hired(token.head)
            for verb in verbs:
                announced = self._appointment_announced(verb)
                if announced is not None:
                    return announced
                if verb.lower_ not in HIRE_VERBS:
                    continue
                if _personal_post(verb):
                    return None  # "Smith named Jane Doe his deputy": a person hires for himself
                hired = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                people = [p for c in hired for p in self._people_in(c)]
                if not people:  # "named Professor Huang Tiejun, of X, as its president": the parser's "oprd"
                    people = [p for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"
                              for p in self._people_in(c)]
                role = _role_after(verb)
                if not people:  # "has named Jane Doe dean of its Faculty", "appointed Jane Doe chief scientist":
                    # the parse makes the name the post's
                    posts = [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.lower_ in ROLE_NOUNS]
                    people = list(dict.fromkeys(name for c in posts for t in c.lefts if t.dep_ != "poss"
                                                and (name := self._person_at(t)) is not None))
                    role = role or next((role_phrase(c) for c in posts), None)
                return Link("WORKS_AT", verb, [verb], 0.85, people, role=role) if people else None
            founded = self._founders(token)
            if founded is not None:
                return founded
        for _ in range(MAX_CLIMB):
            dep, head = token.dep_, token.head
            if head.i == token.i:
                return None
            path.append(head)
            if head.lower_ in TEACHER_WORDS:
                return None  # "under the supervision of X", "studied under X": a teacher, not a school
            if work_between(head, token):
                return None  # "producer of eight series of X": X is a programme, not an employer
            if token.lower_ == "of" and _board_seat(head):
                return None  # "serves on the advisory board of X", "is on the board of directors of X": a seat;
                # but "chairman of the board of X" climbs on to the chairman
            if head.lower_ in ("member", "members") and not staff_member(head):
                return None  # "a member of the City Council": a seat or a membership, not a job
            if dep == "advmod" and token.lower_ == "where" and coarse(head) in ("VERB", "AUX"):
                return self._classify(head, "prep", path)  # "the University of Tokyo, where he obtained his PhD"
            if dep == "prep" and misread_post(head):
                path.append(head.head)  # "promoted to director at Spotify", the parser's "to director" a verb
                return self._classify(head.head, "prep", path)
            if dep == "prep" and head.lower_ == "prior" and head.dep_ == "advmod" \
                    and coarse(head.head) in ("VERB", "AUX"):
                path.append(head.head)  # "Prior to Anthropic, she was at OpenAI"; nothing else is said of it
                return self._classify(head.head, "prep", path) if joined_later(path, org) else None
            if dep == "prep" and head.lower_ == "away" and coarse(head.head) == "VERB":
                path.append(head.head)  # "hired Priya Anand away from X", "lured him away from Y": the verb's "from"
                return self._classify(head.head, "prep", path)
            if dep == "conj" and coarse(token) == "PROPN" and coarse(head) in ("VERB", "AUX") \
                    and (earlier := self._misjoined_to_verb(token, org)) is not None:
                token = earlier  # "holds degrees from A (BSc, 2005) and B (DPhil, 2010)", B parsed as the verb's
                continue
            if dep == "conj" and coarse(token) == "NOUN" and coarse(head) == "VERB" and degree_word(token.lower_) \
                    and head.lower_ in DEGREE_VERBS:
                # "received the B.E. degree from X in 2008, and the Ph.D. degree from Y": the gapped verb's object
                dep = "dobj"
            elif dep == "conj" and coarse(token) == "ADP" and token.lower_ != "in" and coarse(head) in ("VERB", "AUX"):
                # "moved from A to B in 2018, and then to C in 2021": the gapped verb's "to"; "served in a church
                # in Colima and then in Dolores" names towns
                dep = "prep"
            elif dep == "conj" or dep in ("pobj", "pcomp") or (dep == "prep" and coarse(head) == "ADP"):
                token = head
                continue
            if dep == "prep" and token.lower_ == "of" and coarse(head) == "NOUN" and head.dep_ == "appos" \
                    and head.head.i in self.org_of:
                return None  # "was at King, the maker of Candy Crush": what describes the employer
            if dep == "prep" and self._other_org(head, org):
                return None  # "chairman of the Committee on Expenditures in the Department of Labor"
            if dep == "appos" and (head.i in self.org_of or (head.lower_ in ORG_KIND_NOUNS and head.is_lower)):
                token = head  # "Upper Canada College, the University of Toronto"; "the newspaper The Guardian"
                continue
            if dep == "compound" and coarse(head) == "PROPN" and head.ent_type_ != "PERSON" \
                    and head.lower_ not in ROLE_NOUNS:
                token = head  # NER cut the name short: "Columbia University | School of Journalism"
                continue
            if dep == "poss" and (head.lower_ in UNIT_WORDS or head.lower_ in SITE_WORDS) \
                    and head.dep_ in ("pobj", "dobj") \
                    and head.head.lower_ != "of":
                token = head  # "worked at Google's AI lab", "heads Google's robotics lab": the owner employs
                continue
            if dep not in ("prep", "agent", "dobj", "attr", "compound", "poss", "appos", "npadvmod", "nmod",
                           "nsubjpass", "dative", "oprd", "amod"):  # "amod": "Telkom(JJ) chairperson Jane Doe"
                return None
            link = self._classify(head, dep, path)
            if link is not None:
                return link
            if coarse(head) in ("VERB", "AUX"):
                return self._joined_which(org)  # "ran the vision group at Panasonic, which he joined in 2005"
            if dep in ("dobj", "compound", "poss", "appos", "amod"):
                return None
            token = head  # an unknown noun on the way up: "professor of economics at X"
        return None

    def _misjoined_to_verb(self, token: Token, org: Span) -> Token | None:
        """The organisation the parser should have coordinated `org` (at `token`, a conjunct of a verb) with:
        the last one before it under the same verb, with the verb's "and" between them."""
        verb = token.head
        ands = [c.i for c in verb.children if c.dep_ == "cc" and c.i < token.i]
        earlier = [o for o in dict.fromkeys(self.org_of.values()) if o.end <= org.start
                   and verb.left_edge.i <= o.start and any(o.end <= i for i in ands)]
        return _anchor(earlier[-1]) if earlier else None

    def _founders(self, subject: Token) -> Link | None:
        """"X was founded in 2022 by A and B", "Founded in 2023 by A and B, the company serves ...": the people
        after "by" founded the organisation the verb is said of (its passive subject, or the subject of the
        clause the participle opens)."""
        verb = subject.head
        candidates = [verb] if subject.dep_ == "nsubjpass" else []
        candidates += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < subject.i]
        for founding in candidates:
            if founding.lower_ not in FOUNDING_VERBS:
                continue
            agents = [g for c in founding.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            people = [p for g in agents for p in self._people_in(g)]
            if people:
                return Link("WORKS_AT", founding, [founding], 0.8, people, role="founder")
        return None

    def _joined_which(self, org: Span) -> Link | None:
        """"Panasonic, which he joined in 2005": the organisation is what its relative clause's verb took."""
        for verb in org.root.children:
            if verb.dep_ == "relcl" and verb.lower_ in DOBJ_WORK_VERBS and any(
                    c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
                return self._classify(verb, "dobj", [_anchor(org), verb])
        return None

    def _other_org(self, token: Token, org: Span) -> bool:
        """The word a preposition hangs on is inside an organisation dropped as no employer (a committee,
        a party): the role is there, not at the organisation below it."""
        def dropped(t: Token) -> bool:
            return t.i not in self.org_of and any(ent.start <= t.i < ent.end and ent.label_ == "ORG"
                                                  and ent.start != org.start and generic(ent) for ent in self.ents)
        if dropped(token):
            return True
        # "chairman of the Committee on Expenditures in the Department of Labor": the "in" says the committee's remit
        return org.root.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and dropped(g) for g in c.children) for c in token.children)
