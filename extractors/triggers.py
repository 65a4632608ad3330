"""From the word an organisation hangs on (its trigger) to a Link: what the organisation is to someone.

`Triggers._classify` reads the trigger: a verb ("joined", "graduated from", "received a PhD from"), a role
or degree noun ("a professor at", "a PhD from", "a Google researcher") or a person it qualifies ("Alice Wu
of MIT"), and says whether it gives a STUDIED_AT or a WORKS_AT, with degree or role. `_with_subject` then
finds the person the trigger is about: the clause subject, an apposition, a relative clause, a possessive,
or the person of an earlier sentence (`extractors/trigger_subjects.py`). The climb from organisation to
trigger is `extractors/climb.py`'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.campus import study_aim
from extractors.institutions import is_unit, organisation_like
from extractors.links import Link
from extractors.roles import (
    DELEGATES,
    award_title,
    enlisted,
    fronted_duty,
    honorary_fellow,
    of_the_year,
    represents,
    role_attribute,
    seated,
    staff_member,
    stint_noun,
    stint_object,
    stint_role,
    titled,
)
from extractors.schooling import (
    bracketed_degrees,
    degree_beside,
    degree_object,
    schooling_on,
    student_in_school,
    studies_left,
)
from extractors.syntax import (
    degree_in,
    field_after_degree,
    misread_post,
    role_phrase,
    steps_down,
)
from extractors.syntax import (
    college_sport as _college_sport,
)
from extractors.syntax import (
    degree_label as _degree_label,
)
from extractors.syntax import (
    degree_near as _degree_near,
)
from extractors.syntax import (
    honorary as _honorary,
)
from extractors.syntax import (
    phrase as _phrase,
)
from extractors.syntax import (
    played_for_team as _played_for_team,
)
from extractors.syntax import (
    post_nominal as _post_nominal,
)
from extractors.syntax import (
    role_after as _role_after,
)
from extractors.syntax import (
    studied_in as _studied_in,
)
from extractors.titles import acknowledged
from extractors.trigger_subjects import TriggerSubjects
from extractors.verb_objects import (
    DID,
    company_started,
    deal_of,
    held_noun,
    joined_later,
    own_unit,
    part_led,
    research_done,
    topic_worked_on,
)
from extractors.vocabulary import (
    BE,
    CHAIR_VERBS,
    DEGREE_NOUNS,
    DEGREE_VERBS,
    DOBJ_WORK_VERBS,
    DROP_VERBS,
    END_VERBS,
    FOUNDING_VERBS,
    INSTITUTION_WORDS,
    JOB_NOUNS,
    LAUNCH_VERBS,
    LEAD_VERBS,
    MOVE_NOUNS,
    MOVE_VERBS,
    PLAY_VERBS,
    ROLE_NOUNS,
    RUN_VERBS,
    SEQUENCE_WORDS,
    SPAN_NOUNS,
    SPELL_ADVERBS,
    SPELL_PREPS,
    STUDENT_NOUNS,
    STUDY_VERBS,
    UNIT_WORDS,
    WORK_VERBS,
    coarse,
    degree_word,
    promotion,
)

_GO = frozenset("go went gone goes going".split())
_ALL_OF = frozenset({"all", "both", "each"})  # "A, B and C, all of X"
# "start" and "begin" are degree verbs ("started her PhD at MIT"); with no degree, at a place, they begin a job.
_START_VERBS = frozenset("start started starts starting begin began begun begins beginning".split())
# What one starts at an employer: "started her career at IBM", "began work at Google".
_CAREER_OBJECTS = frozenset("career work employment".split())
# "trained at X" alone may be a residency or a postdoc; with a degree in brackets after X it is schooling.
_TRAINED = frozenset("train trained trains".split())
# Prepositions whose plural role noun names other people: "works with engineers at X".
_OTHERS_PREPS = frozenset("with among to from for by".split())


def _next_step(verb: Token) -> bool:
    """"then went to X", "later went to X": the verb tells the next step of a career, not a trip."""
    return any(c.dep_ == "advmod" and c.lower_ in ("then", "later", "subsequently", "afterwards", "eventually")
               for c in verb.children)


def _led_role(verb: Token, org: Span | None) -> str | None:
    """"heads the robotics division at X", "has led Google's robotics lab", "runs Acme": the head of a unit there,
    or of the organisation."""
    if verb.lower_ not in LEAD_VERBS:
        return None
    led = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.lower_ in UNIT_WORDS or org is not None and org.start <= c.i < org.end for c in led):
        return "head"
    return None


class Triggers(TriggerSubjects):
    """A sentence's trigger words read as careers; the sentence gives `org_of`."""

    org_of: dict[int, Span]

    def _classify(self, trigger: Token, dep: str, path: list[Token]) -> Link | None:
        lower = trigger.lower_
        if trigger.ent_type_ == "PERSON":  # "Alice Wu of MIT", "Alice Wu (MIT)"
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
                if via in ("of", "from") and len(people) > 1:
                    # "A of X and B of Y": each their own; "A and B of X" shares X
                    own = {self._person_at(t) for t in self.doc[trigger.sent.start: trigger.sent.end]
                           if t.ent_type_ == "PERSON" and t.i != trigger.i and any(
                               c.dep_ == "prep" and c.lower_ in ("of", "from") for c in t.children)}
                    people = [p for p in people if p == self._person_at(trigger) or p not in own]
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
        if coarse(trigger) in ("VERB", "AUX") or (coarse(trigger) == "ADJ" and lower in STUDY_VERBS):
            via = path[-2].lower_ if len(path) >= 2 else ""
            org = self.org_of.get(path[0].i)
            if represents(trigger, path) or seated(trigger, path, org) or enlisted(trigger):
                return None  # sent there ("Representative of Poland to the EU"); a seat; a soldier's rank
            if lower in DROP_VERBS and via == "out" and path[-3].lower_ == "of":
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.8))  # "dropped out of Stanford in 2012"
            if joined_later(path, org):  # "Prior to Anthropic, she was at OpenAI": no years of its own
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.7, dated=False))
            if via in ("before", "after", "since", "until") and dep == "prep" and len(path) == 3:
                return None  # "Before Google, he studied at Bologna": a time told by a place, not where he studied
            spent = next((g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("after", "following")
                          for g in c.children if g.dep_ == "pobj" and g.lower_ in SPAN_NOUNS
                          and g.right_edge.i + 1 == path[-2].i), None) if via == "at" and dep == "prep" else None
            if spent is not None:
                # "returned to Chile in 2019 after twelve years at Microsoft", the parser hanging "at" on the verb:
                # the years were spent at Microsoft
                return self._classify(spent, "prep", path[:-1] + [spent])
            if via == "where" and (done := degree_object(trigger)) is not None:  # "X, where I did my PhD"
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.8,
                                               degree=_degree_label(degree_in(_phrase(done)))))
            in_unit = via == "in" and org is not None and any(t.lower_ in UNIT_WORDS for t in org)  # "in the X Lab"
            if lower in BE and (via in ("at", "where") or in_unit) and dep == "prep" \
                    and (held := held_noun(trigger)) is not None \
                    and (via == "where" or path[-2].i > held.i) and not any(
                        c.dep_ == "prep" and c.lower_ in ("of", "at") and any(
                            g.dep_ == "pobj" and (g.ent_type_ or coarse(g) == "PROPN") for g in c.children)
                        for c in held.children):
                # "I was a postdoc at X" (the parser hangs "at" on the verb), "X, where he is a principal engineer"
                # or "an associate professor of statistics" (a field); not "At X, he was president of the Rowing
                # Union": a role of something else
                return self._classify(held, "prep", path[:-1] + [held])
            if via == "where" and lower.startswith("work") and any(
                    c.dep_ == "prep" and c.lower_ == "with" and any(g.ent_type_ == "PERSON" for g in c.children)
                    for c in trigger.children):
                return None  # "a PhD student at X, where she worked with P": whom she worked with, not a job
            stint, role = stint_object(trigger, via) if dep == "prep" else (False, None)
            if stint:  # "completed research internships at X", "did a postdoc at Y"
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role=role))
            if (lower in MOVE_VERBS or lower in _GO) and via == "to" and (role := _role_after(trigger)):
                # "went straight to Booking.com as a data scientist": a role makes the place an employer
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75, role=role))
            if lower in MOVE_VERBS and not organisation_like(org) and not self._between_orgs(trigger):
                # "moved to Danbury", "returned to Santiago del Estero": a town; but "moved from Bosch to Siemens"
                return None
            # "moved to Harvard in 2015 for his PhD", "moved to the US for graduate school at Georgia Tech"
            if via in ("to", "for", "at") and (aim := study_aim(trigger)):
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.8, degree=_degree_label(aim)))
            if lower in _GO:
                if via == "to" and org is not None and any(t.lower_ in INSTITUTION_WORDS for t in org):
                    return self._with_subject(Link("STUDIED_AT", trigger, path, 0.75))  # "went to McGill University"
                if via == "to" and org is not None and (org._.kg or {}).get("type") == "company" \
                        and _next_step(trigger) and not (org.end < len(org.doc) and org.doc[org.end].tag_ == "POS") \
                        and not any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("xcomp", "advcl") and any(
                            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in trigger.children):
                    # "I was at Google 2016-2019, then went to Uber AI Labs": a company one goes to next is an
                    # employer; not "went to Google for a meeting", "went to Google to give a talk"
                    return self._with_subject(Link("WORKS_AT", trigger, path, 0.7))
                return None
            if lower in PLAY_VERBS and any(t.lower_ in ("for", "at") for t in path) and _college_sport(trigger):
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.75))  # "played college football for X"
            if lower in PLAY_VERBS and _played_for_team(trigger, path):
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75, role="player"))  # "played for X"
            if lower == "been" and via == "at" and dep == "prep" and any(
                    c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children):
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "has been at Imperial since 2010"
            if lower in BE and via == "with" and dep == "prep":
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "has been with IBM since 2005"
            if fronted_duty(trigger, path):  # "At Halle, he gave lectures", "At Acme, she was chief scientist"
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75, role=role_attribute(trigger)))
            if lower in DID and any(t.lower_ == "at" for t in path) and research_done(trigger):
                # "did most of his work at the Vienna University of Technology", "did research at Bell Labs"
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))
            if lower in BE and via == "at" and dep == "prep" and any(
                    c.dep_ == "advmod" and c.lower_ in SPELL_ADVERBS or c.dep_ == "prep" and c.lower_ in SPELL_PREPS
                    for c in trigger.children):
                # "He was previously at Bosch", "Before that she was at Google", "was at IBM from 2001 to 2005"
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))
            if lower in BE and via == "at" and dep == "prep" and org is not None and any(
                    c.ent_type_ == "DATE" and c.like_num for c in org.root.children):
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "I was at Google Brain 2016-2019"
            if (lower in STUDY_VERBS or lower in DEGREE_VERBS) and field_after_degree(path):
                return None  # "received a PhD in Electrical and Computer Engineering from X": a field
            if lower in _TRAINED and via in ("at", "in") and org is not None and bracketed_degrees(org):
                # "who trained at X (PhD, 2014)": the bracket says what the training was
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.8))
            if lower in STUDY_VERBS:
                if via in ("with", "under") and len(path) >= 3 and org is not None and org.start <= path[-3].i < org.end:
                    return None  # "studied with Charles-Marie Widor": a teacher NER took for a school; not
                    # "graduated with honours from McGill"
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.9, degree=_degree_near(trigger)))
            if lower in LAUNCH_VERBS and dep == "dobj" and company_started(path, org):
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role="founder"))  # "started Lumen AI"
            if lower in DEGREE_VERBS:
                degree = _degree_near(trigger)
                if degree is None and lower in _START_VERBS and via in ("at", "with") and dep == "prep":
                    return self._started_at(trigger, path)  # "starts at Microsoft in February 2025"
                if degree is None or _honorary(trigger):
                    return None
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.9, degree=_degree_label(degree)))
            # Chairing a department or school is a post there; chairing a committee, a conference or a session is
            # not (only an organisation named with a unit word counts)
            if dep == "dobj" and lower in CHAIR_VERBS and org is not None and any(t.lower_ in UNIT_WORDS for t in org):
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role="chair"))  # "chaired the Department"
            if dep == "dobj" and lower not in DOBJ_WORK_VERBS:
                return None  # "serves the community", "taught a course": no employer named
            if steps_down(trigger) and via in ("at", "from") and dep == "prep" \
                    and (role := _role_after(trigger)) is not None:
                # "stepped down as head of research at Mistral AI": the post held there (its year ends it)
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role=role))
            # "ran a workshop at NeurIPS", "chaired a panel at Google", "ran for a seat at X" name no employer; "runs
            # the robotics group at Amazon", "chaired the computer science department at X", "ran Acme" do
            ran_it = lower in RUN_VERBS and dep == "dobj" and org is not None and org.start <= path[-2].i < org.end
            if (lower in RUN_VERBS or lower in CHAIR_VERBS) and not part_led(trigger, path, org, dep) and not ran_it:
                return None
            if promotion(trigger) and not any(c.dep_ == "prep" and c.lower_ in ("to", "as") and any(
                    g.dep_ == "pobj" and g.lower_ in ROLE_NOUNS for g in c.children) or misread_post(c)
                                                      for c in trigger.children):
                return None  # "promoted to director at SAP"; not "promoted to the Premier League with Leeds"
            if dep == "dobj" and deal_of(path, org):
                return None  # "led the investment in Mistral AI", "led the acquisition of X": a deal, not a job
            if lower.startswith("work") and (via == "on" or via == "with" and any(
                    c.dep_ == "prep" and c.lower_ == "on" for c in trigger.children)):
                # "worked on the telephone networks of X": a project, not an employer; "works with Google on the
                # project": a collaboration
                return None
            if via == "on" and dep == "prep" and topic_worked_on(trigger, path):
                return None  # "led work on Alexa", "did research on X": what the work was about
            if lower in FOUNDING_VERBS and any(t.lower_ == "with" for t in path):
                return None  # "founded a clinic with the Gates Foundation": a partner, not an employer
            if lower in WORK_VERBS or lower in END_VERBS:
                confidence = 0.7 if lower in END_VERBS else 0.85
                left_post = lower in END_VERBS and path[-2].lower_ in ("at", "with") and any(
                    c.dep_ == "dobj" and c.lower_ in JOB_NOUNS for c in trigger.children)  # "left her post at X"
                if lower in END_VERBS and path[-2].lower_ not in ("for", "to", "from") and dep != "dobj" \
                        and not left_post:
                    return None  # "left in 2019", "retired from politics": no place of work named
                if lower in END_VERBS and dep != "dobj" and not left_post and any(
                        c.dep_ == "dobj" and c.i not in self.org_of for c in trigger.children):
                    return None  # "left a bequest to X": something given; not "left ByteDance for X"
                studies = studies_left(path, org, dep) if lower in END_VERBS else None
                if studies is not None:  # "left X, where he had finished a master's", "left for a PhD place at Y"
                    return self._with_subject(Link("STUDIED_AT", trigger, path, 0.75,
                                                   degree=_degree_label(degree_in(studies.text))))
                role = _role_after(trigger) or ("founder" if dep == "dobj" and lower in FOUNDING_VERBS else None) \
                    or ("intern" if lower.startswith("intern") else None) or _led_role(trigger, org)
                link = self._with_subject(Link("WORKS_AT", trigger, path, confidence, role=role))
                if link is not None and dep == "dobj" and lower in FOUNDING_VERBS:
                    # "co-founded Lumion Robotics with a former colleague, Aylin Demir": she founded it too
                    link.people += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                                    for g in c.children if g.dep_ == "pobj" for p in self._people_in(g)
                                    if p not in link.people]
                return link
            return None
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
        return None

    def _started_at(self, verb: Token, path: list[Token]) -> Link | None:
        """"starts at Microsoft in February 2025", "started her career at IBM": a job begun there (its year the
        start). As a student ("started at Stanford as a PhD student") it is schooling; with any other object
        ("started a project at X", "started the race at X") nothing is said of a job."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lower_ not in _CAREER_OBJECTS and o.lower_.removesuffix("s") not in JOB_NOUNS
               and not own_unit(o) for o in objects):
            return None
        held = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for o in c.children if o.dep_ == "pobj"), None)
        if held is not None and (held.lower_ in STUDENT_NOUNS or degree_word(held.lower_)):
            degree = _degree_label(degree_in(_phrase(held)))
            return self._with_subject(Link("STUDIED_AT", verb, path, 0.8, degree=degree))
        return self._with_subject(Link("WORKS_AT", verb, path, 0.8, role=_role_after(verb)))

    def _known(self, token: Token) -> bool:
        org = self.org_of.get(token.i)
        return org is not None and (bool(org._.kg) or is_unit(org))

    def _between_orgs(self, verb: Token) -> bool:
        """"moved from Bosch to Siemens", "came to Siemens from Bosch": the verb goes from one organisation
        to another (NER's names, though the gazetteer knows neither)."""
        ends = {prep.lower_ for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("from", "to")
                and any(obj.i in self.org_of for obj in prep.children if obj.dep_ == "pobj")}
        return ends == {"from", "to"}
