"""A verb an organisation hangs on read as a career: "joined", "graduated from", "moved to", "left", "was at".

`VerbTriggers._verb_link` says whether the verb (or an adjective that says the same: "was enrolled at") gives a
STUDIED_AT or a WORKS_AT, with degree or role, or says nothing of a career ("moved to Danbury", "ran a
workshop at NeurIPS"). The checks run in order and the first that answers decides. Nouns and people are
`extractors/triggers.py`'s, which hands verbs here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.campus import study_aim
from extractors.institutions import organisation_like
from extractors.links import Link
from extractors.roles import enlisted, fronted_duty, represents, role_attribute, seated, stint_object
from extractors.schooling import bracketed_degrees, degree_object, studies_left
from extractors.syntax import degree_in, field_after_degree, misread_post, steps_down
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
    role_after as _role_after,
)
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
    DEGREE_VERBS,
    DOBJ_WORK_VERBS,
    DROP_VERBS,
    END_VERBS,
    FOUNDING_VERBS,
    INSTITUTION_WORDS,
    JOB_NOUNS,
    LAUNCH_VERBS,
    LEAD_VERBS,
    MOVE_VERBS,
    PLAY_VERBS,
    ROLE_NOUNS,
    RUN_VERBS,
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

_SECONDED = frozenset({"seconded"})  # sent to another body for a time, "as" a role there (not "assigned" to a client)
_GO = frozenset("go went gone goes going".split())
# "start" and "begin" are degree verbs ("started her PhD at MIT"); with no degree, at a place, they begin a job.
_START_VERBS = frozenset("start started starts starting begin began begun begins beginning".split())
# What one starts at an employer: "started her career at IBM", "began work at Google".
_CAREER_OBJECTS = frozenset("career work employment".split())
# "trained at X" alone may be a residency or a postdoc; with a degree in brackets after X it is schooling.
_TRAINED = frozenset("train trained trains".split())


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


def _years_spent_at(verb: Token, path: list[Token]) -> Token | None:
    """"returned to Chile in 2019 after twelve years at Microsoft" with "at" hung on the verb: the span noun
    ("years") that "at X" follows."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following")
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in SPAN_NOUNS
                 and g.right_edge.i + 1 == path[-2].i), None)


def _post_held_there(verb: Token, via: str, dep: str, path: list[Token], org: Span | None) -> Token | None:
    """"I was a postdoc at X", "X, where he is a principal engineer", "was a researcher in the X Lab": the post
    a form of "be" says one held at the organisation."""
    in_unit = via == "in" and org is not None and any(t.lower_ in UNIT_WORDS for t in org)  # "in the X Lab"
    if verb.lower_ not in BE or not (via in ("at", "where") or in_unit) or dep != "prep":
        return None
    held = held_noun(verb)
    if held is None or not (via == "where" or path[-2].i > held.i):
        return None
    # "an associate professor of statistics" (a field) is held there; not "At X, he was president of the Rowing
    # Union": a role of something else
    if any(c.dep_ == "prep" and c.lower_ in ("of", "at") and any(
            g.dep_ == "pobj" and (g.ent_type_ or coarse(g) == "PROPN") for g in c.children)
           for c in held.children):
        return None
    return held


class VerbTriggers(TriggerSubjects):
    """A sentence's trigger verbs read as careers; the sentence gives `org_of`."""

    org_of: dict[int, Span]

    def _classify(self, trigger: Token, dep: str, path: list[Token]) -> Link | None:
        """Any trigger read as a career (`Triggers._classify`): a verb hands on the noun it hangs on ("twelve
        years at X", "was a postdoc at X")."""
        raise NotImplementedError

    def _verb_link(self, trigger: Token, dep: str, path: list[Token]) -> Link | None:
        """The verb `trigger` read as a career, or None where it says nothing of one (the module's docstring)."""
        lower = trigger.lower_
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
        spent = _years_spent_at(trigger, path) if via == "at" and dep == "prep" else None
        if spent is not None:
            # "returned to Chile in 2019 after twelve years at Microsoft", the parser hanging "at" on the verb:
            # the years were spent at Microsoft
            return self._classify(spent, "prep", path[:-1] + [spent])
        if via == "where" and (done := degree_object(trigger)) is not None:  # "X, where I did my PhD"
            return self._with_subject(Link("STUDIED_AT", trigger, path, 0.8,
                                           degree=_degree_label(degree_in(_phrase(done)))))
        held = _post_held_there(trigger, via, dep, path, org)
        if held is not None:
            # "I was a postdoc at X", the parser hanging "at" on the verb: the post is what is held at X
            return self._classify(held, "prep", path[:-1] + [held])
        if via == "where" and lower.startswith("work") and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(g.ent_type_ == "PERSON" for g in c.children)
                for c in trigger.children):
            return None  # "a PhD student at X, where she worked with P": whom she worked with, not a job
        stint, role = stint_object(trigger, via) if dep == "prep" else (False, None)
        if stint:  # "completed research internships at X", "did a postdoc at Y"
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role=role))
        if (lower in MOVE_VERBS or lower in _GO or lower in _SECONDED) and via == "to" \
                and (role := _role_after(trigger)):
            # "went straight to Booking.com as a data scientist", "was seconded to the Ministry as a scientific
            # advisor": a role makes the place an employer
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.75, role=role))
        if lower in MOVE_VERBS and not organisation_like(org) and not self._between_orgs(trigger):
            # "moved to Danbury", "returned to Santiago del Estero": a town; but "moved from Bosch to Siemens"
            return None
        # "moved to Harvard in 2015 for his PhD", "moved to the US for graduate school at Georgia Tech"
        if via in ("to", "for", "at") and (aim := study_aim(trigger)):
            return self._with_subject(Link("STUDIED_AT", trigger, path, 0.8, degree=_degree_label(aim)))
        if lower in _GO:
            return self._went_to(trigger, path, via, org)
        if lower in PLAY_VERBS and any(t.lower_ in ("for", "at") for t in path) and _college_sport(trigger):
            return self._with_subject(Link("STUDIED_AT", trigger, path, 0.75))  # "played college football for X"
        if lower in PLAY_VERBS and _played_for_team(trigger, path):
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.75, role="player"))  # "played for X"
        if lower == "been" and via == "at" and dep == "prep" and any(
                c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "advmod" and c.lower_ == "since"
                and (len(path) == 3 or len(path) == 4 and path[0].dep_ == "poss" and path[0].head.i == path[1].i)
                and not any(a.dep_ == "attr" for a in trigger.children) for c in trigger.children):
            # "ever since": only the organisation right after "at", or its owner ("at Apple's ML group"); "at odds
            # with X ever since" is no post
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "has been at Imperial since 2010", "ever since"
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
            return self._studied(trigger, path, via, org)
        if lower in LAUNCH_VERBS and dep == "dobj" and company_started(path, org):
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role="founder"))  # "started Lumen AI"
        if lower in DEGREE_VERBS:
            return self._degree_taken(trigger, dep, path, via)
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
            return self._worked_or_left(trigger, dep, path, org)
        return None

    def _went_to(self, verb: Token, path: list[Token], via: str, org: Span | None) -> Link | None:
        """"went to McGill University": schooling; "then went to Uber AI Labs": the next employer; any other
        going is a trip."""
        if via == "to" and org is not None and any(t.lower_ in INSTITUTION_WORDS for t in org):
            return self._with_subject(Link("STUDIED_AT", verb, path, 0.75))  # "went to McGill University"
        if via == "to" and org is not None and (org._.kg or {}).get("type") == "company" \
                and _next_step(verb) and not (org.end < len(org.doc) and org.doc[org.end].tag_ == "POS") \
                and not any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("xcomp", "advcl") and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
            # "I was at Google 2016-2019, then went to Uber AI Labs": a company one goes to next is an
            # employer; not "went to Google for a meeting", "went to Google to give a talk"
            return self._with_subject(Link("WORKS_AT", verb, path, 0.7))
        return None

    def _studied(self, verb: Token, path: list[Token], via: str, org: Span | None) -> Link | None:
        """"studied at X", "graduated from Y", "enrolled at Z": schooling, with the degree written near."""
        if via in ("with", "under") and len(path) >= 3 and org is not None and org.start <= path[-3].i < org.end:
            return None  # "studied with Charles-Marie Widor": a teacher NER took for a school; not
            # "graduated with honours from McGill"
        return self._with_subject(Link("STUDIED_AT", verb, path, 0.9, degree=_degree_near(verb)))

    def _degree_taken(self, verb: Token, dep: str, path: list[Token], via: str) -> Link | None:
        """"received a PhD from X", "started her PhD at MIT": schooling when a degree is named (and not an
        honorary one); "started at X" with none may begin a job (`_started_at`)."""
        degree = _degree_near(verb)
        if degree is None and verb.lower_ in _START_VERBS and via in ("at", "with") and dep == "prep":
            return self._started_at(verb, path)  # "starts at Microsoft in February 2025"
        if degree is None or _honorary(verb):
            return None
        return self._with_subject(Link("STUDIED_AT", verb, path, 0.9, degree=_degree_label(degree)))

    def _worked_or_left(self, verb: Token, dep: str, path: list[Token], org: Span | None) -> Link | None:
        """"worked at X", "founded Y", "left Z for W": a job there (a leaving names it with less confidence), or
        the studies one left for ("left for a PhD place at Y")."""
        lower = verb.lower_
        confidence = 0.7 if lower in END_VERBS else 0.85
        left_post = lower in END_VERBS and path[-2].lower_ in ("at", "with") and any(
            c.dep_ == "dobj" and c.lower_ in JOB_NOUNS for c in verb.children)  # "left her post at X"
        if lower in END_VERBS and path[-2].lower_ not in ("for", "to", "from") and dep != "dobj" \
                and not left_post:
            return None  # "left in 2019", "retired from politics": no place of work named
        if lower in END_VERBS and dep != "dobj" and not left_post and any(
                c.dep_ == "dobj" and c.i not in self.org_of for c in verb.children):
            return None  # "left a bequest to X": something given; not "left ByteDance for X"
        studies = studies_left(path, org, dep) if lower in END_VERBS else None
        if studies is not None:  # "left X, where he had finished a master's", "left for a PhD place at Y"
            return self._with_subject(Link("STUDIED_AT", verb, path, 0.75,
                                           degree=_degree_label(degree_in(studies.text))))
        role = _role_after(verb) or ("founder" if dep == "dobj" and lower in FOUNDING_VERBS else None) \
            or ("intern" if lower.startswith("intern") else None) or _led_role(verb, org)
        link = self._with_subject(Link("WORKS_AT", verb, path, confidence, role=role))
        if link is not None and dep == "dobj" and lower in FOUNDING_VERBS:
            # "co-founded Lumion Robotics with a former colleague, Aylin Demir": she founded it too
            link.people += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                            for g in c.children if g.dep_ == "pobj" for p in self._people_in(g)
                            if p not in link.people]
        return link

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

    def _between_orgs(self, verb: Token) -> bool:
        """"moved from Bosch to Siemens", "came to Siemens from Bosch": the verb goes from one organisation
        to another (NER's names, though the gazetteer knows neither)."""
        ends = {prep.lower_ for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("from", "to")
                and any(obj.i in self.org_of for obj in prep.children if obj.dep_ == "pobj")}
        return ends == {"from", "to"}
