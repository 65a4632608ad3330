"""Student life read as a job: an office in a student body ("While at Auburn, she served as
president of a student organization") and a move in the middle of one's studies ("began his
studies at X but moved to Y University") say the person studied there, not worked there.

The career rules find these through their work triggers ("served", "moved", "president");
`student_context` tells them the place is a school the person attended.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.syntax import role_after
from extractors.vocabulary import INSTITUTION_WORDS, MOVE_VERBS, ROLE_NOUNS, coarse

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
# Verbs that say someone studied somewhere, in progress or done.
_STUDIED = _STUDYING | frozenset("study studied studies attend attended attends graduate graduated graduates "
                                 "major majored".split())
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
    elsewhere and naming no job. Whether the person went on to study or to work there is not said, so
    neither is recorded ("moved to Stanford as a postdoc" names the job; "began his studies at X but
    moved to Y University" is `student_context`'s)."""
    if verb.lower_ not in MOVE_VERBS or role_after(verb) or not _school(org):
        return False
    partners = [verb.head] if verb.dep_ == "conj" else []
    partners += [c for c in verb.children if c.dep_ == "conj"]
    return any(p.lower_ in _STUDIED for p in partners)


def _school(org: Span) -> bool:
    """The organisation is a school or a university by its name as written or as resolved."""
    known = org._.kg or {}
    words = {t.lower_ for t in org} | set((known.get("name") or "").lower().split())
    return bool(words & INSTITUTION_WORDS) or known.get("type") in ("education", "University")


def _move_within_studies(verb: Token, org_words: set[str]) -> bool:
    """"began his studies at X but moved from there to Y University": a school changed mid-study.
    Only towards an institution, and only without a job named ("moved to Y University as a lecturer")."""
    if verb.lower_ not in MOVE_VERBS or not org_words & INSTITUTION_WORDS or role_after(verb):
        return False
    partners = [verb.head] if verb.dep_ == "conj" else []
    partners += [c for c in verb.children if c.dep_ == "conj"]
    return any(p.lower_ in _STUDYING or (p.lower_ in _BEGIN and any(
        c.dep_ == "dobj" and c.lower_ in _STUDY_OBJECTS for c in p.children)) for p in partners)
