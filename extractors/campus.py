"""Student life read as a job: an office in a student body ("While at Auburn, she served as
president of a student organization") and a move in the middle of one's studies ("began his
studies at X but moved to Y University") say the person studied there, not worked there.

The career rules find these through their work triggers ("served", "moved", "president");
`student_context` tells them the place is a school the person attended, `study_aim` that a move was made
to study ("moved to Harvard for his PhD").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.institutions import school
from extractors.syntax import FUNDING_NOUNS, degree_in, role_after
from extractors.vocabulary import (
    DEGREE_VERBS,
    INSTITUTION_WORDS,
    MOVE_VERBS,
    ROLE_NOUNS,
    coarse,
    degree_word,
    first_conjunct,
)

# Words that make a body a students' one: "a student organization", "the undergraduate council".
_STUDENT_MARKERS = frozenset("student students student's students' undergraduate undergraduates".split())
# What students run ("student union", "student government"); not "student services", "student
# affairs": offices of the school's own staff.
_BODIES = frozenset("organization organisation organizations organisations union council government body "
                    "association senate club society newspaper paper fraternity sorority chapter federation "
                    "assembly guild parliament".split())
# Verbs of study in progress: a move coordinated with them continues the studies. "studied at X and
# moved to Y" does not say the studies went on at Y (see `move_after_studies`); "graduated", "completed"
# end them, so a move after those may be a first job.
_STUDYING = frozenset("studying attending enrol enroll enrolled enrolls enrols enrolling matriculate "
                      "matriculated majoring".split())
# Verbs that say someone studied somewhere without saying the studies ended.
_STUDIED = _STUDYING | frozenset("study studied studies attend attended attends major majored".split())
# Verbs that end studies ("graduated from X", "received a PhD from X"): what follows them is a next step,
# a job as likely as more study.
_COMPLETED = DEGREE_VERBS | frozenset("graduate graduated graduates graduating".split())
# A return is a career move ("graduated from X and returned to Y"): a job unless said to be for study.
_RETURNS = frozenset("return returned returns returning".split())
# Verbs a move's purpose clause studies with: "moved to X to pursue a PhD".
_AIM_VERBS = frozenset("pursue do study complete undertake begin start earn obtain get take".split())
# Nouns that are a course of study when a degree word qualifies them: "doctoral studies", "a master's degree".
_STUDY_HEADS = frozenset("studies study education degree program programme school training work".split())
_LEVELS = frozenset("graduate postgraduate undergraduate doctoral".split())
_STUDY_OBJECTS = frozenset("studies study education schooling training".split())
_BEGIN = frozenset("begin began begun begins beginning start started starts starting continue continued "
                   "continues continuing pursue pursued pursuing".split())


def student_context(trigger: Token, path: list[Token], org: Span) -> bool:
    """True when a work trigger (a verb or a role noun) speaks of student life at `org`."""
    return _student_office(trigger, path) or _move_within_studies(trigger, {t.lower_ for t in org})


def _student_office(trigger: Token, path: list[Token]) -> bool:
    """"served as president of a student organization", "the student council president"."""
    roles = [trigger] if trigger.lower_ in ROLE_NOUNS else []
    if coarse(trigger) in ("VERB", "AUX"):
        roles += [obj for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as"
                  for obj in c.children if obj.dep_ == "pobj"]
        roles += [c for c in trigger.children if c.dep_ in ("attr", "oprd") and c.lower_ in ROLE_NOUNS]
    bodies = [t for t in path if t.lower_ in _BODIES]
    for role in roles:
        bodies += [obj for c in role.children if c.dep_ == "prep" and c.lower_ == "of"
                   for obj in c.children if obj.dep_ == "pobj" and obj.lower_ in _BODIES]
        bodies += [c for c in role.children if c.dep_ == "compound" and c.lower_ in _BODIES]
    return any(m.lower_ in _STUDENT_MARKERS for b in bodies for m in b.children
               if m.dep_ in ("compound", "amod", "poss", "nmod"))


def move_after_studies(verb: Token, org: Span) -> bool:
    """"Shen studied at SJTU and moved to Stanford in 2016": a move to a school, coordinated with studies
    elsewhere that are not said to have ended, naming no job. Whether the person went on to study or to
    work there is not said, so neither is recorded ("moved to Stanford as a postdoc" names the job; "began
    his studies at X but moved to Y University" is `student_context`'s). Not after a graduation ("graduated
    from X and moved to Y": a next step) nor for a return ("returned to KAIST": a career move)."""
    if verb.lower_ not in MOVE_VERBS or verb.lower_ in _RETURNS or role_after(verb) or not school(org):
        return False
    clause = _conjuncts(verb)
    if any(p.lower_ in _COMPLETED for p in clause):
        return False
    return any(p.lower_ in _STUDIED for p in clause if p.i != verb.i)


def studied_where(verb: Token, org: Span) -> bool:
    """"moved to Oxford University, where she completed her PhD in 2015": the "where" after the school says
    what the move was for, a degree, and names no job ("where she became a lecturer" would)."""
    if verb.lower_ not in MOVE_VERBS or role_after(verb) or not school(org):
        return False
    doc = org.doc
    at = org.end + (org.end < len(doc) and doc[org.end].text == ",")
    if at >= len(doc) or doc[at].lower_ != "where":
        return False
    clause = doc[at].head
    return clause.lower_ in _STUDIED or clause.lower_ in DEGREE_VERBS and any(
        degree_word(t.lower_) for c in clause.children if c.dep_ == "dobj" for t in c.subtree)


def study_aim(verb: Token) -> str | None:
    """The degree a move was made for, "degree" when none is named, None for a move not said to be for
    study: "moved to Harvard for his PhD" (PhD), "returned to X for doctoral studies" (PhD), "moved to X
    to pursue a master's" (Master). Not "moved to X for a postdoc" nor "for a PhD scholarship"."""
    if verb.lower_ not in MOVE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            aims = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("advcl", "xcomp") and child.lower_ in _AIM_VERBS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            aims = [g for g in child.children if g.dep_ == "dobj"]
        else:
            continue
        for aim in aims:
            if _course_of_study(aim):
                return degree_in(" ".join(t.text for t in aim.subtree))
    return None


def _course_of_study(noun: Token) -> bool:
    """"his PhD", "a master's degree", "doctoral studies", "graduate school"; not "a PhD scholarship"."""
    if noun.lower_ in FUNDING_NOUNS:
        return False
    if degree_word(noun.lower_):
        return True
    return noun.lower_ in _STUDY_HEADS and any(
        degree_word(t.lower_) or t.lower_ in _LEVELS for t in noun.subtree if t.i != noun.i)


def _conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated with `verb`, itself included: "studied at X, worked at Y and moved to Z"."""
    first = first_conjunct(verb)
    found, todo = [], [first]
    while todo:
        token = todo.pop()
        found.append(token)
        todo += [c for c in token.children if c.dep_ == "conj"]
    return found


def _move_within_studies(verb: Token, org_words: set[str]) -> bool:
    """"began his studies at X but moved from there to Y University": a school changed mid-study.
    Only towards an institution, and only without a job named ("moved to Y University as a lecturer")."""
    if verb.lower_ not in MOVE_VERBS or not org_words & INSTITUTION_WORDS or role_after(verb):
        return False
    partners = [verb.head] if verb.dep_ == "conj" else []
    partners += [c for c in verb.children if c.dep_ == "conj"]
    return any(p.lower_ in _STUDYING or (p.lower_ in _BEGIN and any(
        c.dep_ == "dobj" and c.lower_ in _STUDY_OBJECTS for c in p.children)) for p in partners)
