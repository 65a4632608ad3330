"""From the word an organisation hangs on (its trigger) to a Link: what the organisation is to someone.

`Triggers._classify` reads the trigger: a verb ("joined", "graduated from", "received a PhD from"), a role
or degree noun ("a professor at", "a PhD from", "a Google researcher") or a person it qualifies ("Alice Wu
of MIT"), and says whether it gives a STUDIED_AT or a WORKS_AT, with degree or role. Verbs are read in
`extractors/verb_triggers.py`; nouns and people here. `_with_subject` then finds the person the trigger is
about: the clause subject, an apposition, a relative clause, a possessive, or the person of an earlier
sentence (`extractors/trigger_subjects.py`). The climb from organisation to trigger is `extractors/climb.py`'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.institutions import is_unit
from extractors.links import Link
from extractors.roles import (
    DELEGATES,
    award_title,
    honorary_fellow,
    of_the_year,
    staff_member,
    stint_noun,
    stint_object,
    stint_role,
    titled,
)
from extractors.schooling import degree_beside, schooling_on, student_in_school
from extractors.syntax import degree_in, role_phrase
from extractors.syntax import (
    degree_label as _degree_label,
)
from extractors.syntax import (
    honorary as _honorary,
)
from extractors.syntax import (
    phrase as _phrase,
)
from extractors.syntax import (
    post_nominal as _post_nominal,
)
from extractors.syntax import (
    studied_in as _studied_in,
)
from extractors.titles import acknowledged
from extractors.verb_triggers import VerbTriggers
from extractors.vocabulary import (
    DEGREE_NOUNS,
    JOB_NOUNS,
    MOVE_NOUNS,
    ROLE_NOUNS,
    SEQUENCE_WORDS,
    SPAN_NOUNS,
    SPELL_ADVERBS,
    STUDENT_NOUNS,
    STUDY_VERBS,
    UNIT_WORDS,
    coarse,
)

_ALL_OF = frozenset({"all", "both", "each"})  # "A, B and C, all of X"
# Prepositions whose plural role noun names other people: "works with engineers at X".
_OTHERS_PREPS = frozenset("with among to from for by".split())


class Triggers(VerbTriggers):
    """A sentence's trigger words read as careers; the sentence gives `org_of`."""

    def _classify(self, trigger: Token, dep: str, path: list[Token]) -> Link | None:
        """The trigger `path` ends in (the organisation's anchor first, `dep` the first step's) read as a career,
        by what kind of word it is: a person, a verb, or a noun."""
        if trigger.ent_type_ == "PERSON":  # "Alice Wu of MIT", "Alice Wu (MIT)"
            return self._person_link(trigger, dep, path)
        if coarse(trigger) in ("VERB", "AUX") or (coarse(trigger) == "ADJ" and trigger.lower_ in STUDY_VERBS):
            return self._verb_link(trigger, dep, path)
        return self._noun_link(trigger, dep, path)

    def _person_link(self, trigger: Token, dep: str, path: list[Token]) -> Link | None:
        """"Alice Wu of MIT", "Leila Ahmadi, now at Google", "Jane Doe, a PhD student in X": the organisation
        qualifies the person named."""
        via = path[-2].lower_ if len(path) >= 2 else ""
        if dep in ("compound", "nmod") and titled(trigger, path[-2]):
            people = self._persons(trigger)  # "UN Special Envoy Martti Ahtisaari": both hang on the name
            return self._with_partners(Link("WORKS_AT", trigger, path, 0.8, people)) if people else None
        if via in ("at", "with", "of") and dep == "prep" and any(
                c.dep_ == "advmod" and c.lower_ in SPELL_ADVERBS for c in path[-2].children):
            people = [self._person_at(trigger)]  # "Leila Ahmadi, now at Google", "A, formerly of X"
            return Link("WORKS_AT", trigger, path, 0.75, people) if people[0] else None
        if (via in ("of", "from") or dep == "appos") and (trigger.dep_ not in ("pobj", "dobj")
                                                          or acknowledged(trigger)):
            if dep == "appos" and _post_nominal(self.org_of.get(path[0].i)):
                return None  # "Trevor Brooking, CBE", "Albert Armstrong, DPM": honours and degrees
            people = self._persons(trigger)
            if len(people) > 1:
                # "A of X and B of Y", "Prof. A (X) and Prof. B (Y)": each their own; "A and B of X" shares X
                own = {self._person_at(t) for t in self.doc[trigger.sent.start: trigger.sent.end]
                       if t.ent_type_ == "PERSON" and t.i != trigger.i and any(
                           c.dep_ == "prep" and c.lower_ in ("of", "from")
                           or c.dep_ == "appos" and c.i in self.org_of for c in t.children)}
                people = [p for p in people if p == self._person_at(trigger) or p not in own]
                org = self.org_of.get(path[0].i)
                if dep == "appos" and org is not None and org.start > 0 and self.doc[org.start - 1].text == "(":
                    # "A (TTIC) and B, who ...": a bracket after a name is that name's alone, not the names after it
                    later = {self._person_at(t) for t in self.doc[org.end: trigger.sent.end] if t.ent_type_ == "PERSON"}
                    people = [p for p in people if p == self._person_at(trigger) or p not in later]
            if any(t.lower_ in _ALL_OF for t in path[1:-1]):
                # "A, B and C, all of ETH Zurich": the parser makes B an apposition of A and C B's conjunct
                people += [p for c in trigger.children if c.dep_ == "appos" and c.i < path[0].i
                           for p in self._persons(c) if p not in people]
            # "Jane Doe, a PhD student in X", "Jane Doe (PhD 2007, X)"
            studied = schooling_on(path) or degree_beside(trigger, self.org_of.get(path[0].i))
            if studied is not None:
                degree = _degree_label(degree_in(_phrase(studied)))
                return Link("STUDIED_AT", trigger, path, 0.75, people, degree=degree) if people else None
            return Link("WORKS_AT", trigger, path, 0.7, people) if people else None
        return None

    def _noun_link(self, trigger: Token, dep: str, path: list[Token]) -> Link | None:
        """A noun the organisation hangs on: a degree or a student ("a PhD from X"), a role or a job ("a
        professor at X"), a stint ("a fellowship at X"), a move ("her move from X to Y"), a unit ("Keller's
        group at X")."""
        lower = trigger.lower_
        via = path[-2].lower_ if len(path) >= 2 else ""
        org = self.org_of.get(path[0].i)
        if via == "in" and (lower in DEGREE_NOUNS or lower in STUDENT_NOUNS) and not student_in_school(path, org) \
                and not (lower in DEGREE_NOUNS and path[1].lower_ == "from"):
            # "a PhD in Electrical and Computer Engineering": a field, not a place; but in "the Ph.D. degree in
            # computer science from X" the parser hangs "from X" on the field, and X is where the degree is from
            return None
        if lower in MOVE_NOUNS and via in ("from", "to") and any(c.dep_ == "poss" for c in trigger.children):
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "Isabel Romero's move from X to Y"
        if lower in UNIT_WORDS and via in ("at", "in") and dep == "prep" and any(
                c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ == "whose") for c in trigger.children):
            # "Keller's research group at the University of Amsterdam", "X, whose lab at MIT builds robots"
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))
        if lower == "leave" and via == "from" and trigger.head.lower_ == "on":
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "currently on leave from X"
        if via == "at" and dep == "prep" and trigger.dep_ == "dobj" and coarse(trigger.head) == "VERB":
            stint, role = stint_object(trigger.head, via)  # "held a research fellowship at X": "at" on the stint
            if stint:
                path.append(trigger.head)
                return self._with_subject(Link("WORKS_AT", trigger.head, path, 0.8, role=stint_role(trigger, role)))
        if via == "at" and dep == "prep" and trigger.dep_ == "pobj" and trigger.head.lower_ in SEQUENCE_WORDS:
            stint, role = stint_noun(trigger)  # "joins as X after a postdoctoral fellowship at AI2": a stint there
            if stint:
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role=stint_role(trigger, role)))
            if lower in SPAN_NOUNS and trigger.head.lower_ != "before":
                # "After eight years at DeepMind, she left to found ...", "after a career at X": spent there, a job
                return self._with_subject(Link("WORKS_AT", trigger, path + [trigger.head.head], 0.75))
        if lower == "studies" and not (via == "at" and trigger.is_lower):
            return None  # "began her studies at X"; not "Population Studies of X", "studies and leadership of X"
        if lower in DEGREE_NOUNS or lower in STUDENT_NOUNS:
            if _honorary(trigger):
                return None
            degree = _degree_label(degree_in(_phrase(trigger)))
            link = Link("STUDIED_AT", trigger, path, 0.85, degree=degree)
            return self._with_subject(link)
        if trigger.tag_ == "NNS" and trigger.dep_ == "pobj" and trigger.head.lower_ in _OTHERS_PREPS \
                and lower in ROLE_NOUNS:
            return None  # "collaborates with researchers at X", "a gift to scientists at Y": other people's jobs
        if lower in ROLE_NOUNS or lower in JOB_NOUNS or lower.removesuffix("s") in JOB_NOUNS or staff_member(trigger):
            return self._role_link(trigger, dep, path, via, org)
        return None

    def _role_link(self, trigger: Token, dep: str, path: list[Token], via: str, org: Span | None) -> Link | None:
        """"a professor at X", "an engineer with Y", "staff at Z": a job there, with the role; not a field
        ("researcher in Machine Learning"), an honour ("a fellow of the ACM") or a named chair."""
        lower = trigger.lower_
        if lower in ("faculty", "school") and via == "of" and _studied_in(trigger):
            return None  # "studied in the Law faculty of X": climb on to the verb
        if via in ("in", "for") and not (path[0].ent_type_ and self._known(path[0])) and not (
                via == "in" and org is not None and any(t.lower_ in UNIT_WORDS for t in org)):
            return None  # "researcher in Machine Learning", "area chair for NeurIPS"; not "in the Vision Lab"
        if via == "of" and not self._known(path[0]) and any(
                c.dep_ == "prep" and c.lower_ == "at" and any(g.i in self.org_of for g in c.children)
                for c in trigger.children):
            return None  # "professor of Computer Science at X": a field; X is where the job is
        if of_the_year(trigger) or award_title(trigger, dep) or (via == "to" and lower in DELEGATES) \
                or honorary_fellow(trigger, via, org):
            # "UEFA manager of the year", "Fulbright scholar", "a fellow of the ACM": honours; "ambassador to X"
            return None
        if dep == "compound" and lower in ("professor", "chair", "professorship") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
            return None  # "the Freshfields Professor of Commercial Law": a named chair, not an employer
        role = role_phrase(trigger, self.org_of) if lower in ROLE_NOUNS or staff_member(trigger) else None
        if role and role.lower().startswith(("former ", "ex-")):
            role = role.split(" ", 1)[1]
        link = Link("WORKS_AT", trigger, path, 0.85, role=role)
        if lower.startswith("postdoc"):
            link.role = "postdoc"
        elif lower.startswith("internship"):
            link.role = "intern"  # "completed research internships at X"
        return self._with_subject(link)

    def _known(self, token: Token) -> bool:
        org = self.org_of.get(token.i)
        return org is not None and (bool(org._.kg) or is_unit(org))
