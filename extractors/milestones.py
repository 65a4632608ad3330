"""Career events a sentence tells of a job it does not name: "Stolz-Halvorsen retired in 2008", "She will take
up the post in September 2024", "She will leave it at the end of March 2025", "She joined the faculty in
2021", "She spent six years there"; and a future leaving of a named job ("will leave Kyoto University in
March 2025"), which no career rule reads, since "will" hedges the relation. A future start announced with
its date ("will join RIKEN as a team leader in April 2025") is a relation after all (`announced_start`).

Each is kept on the document as a `Milestone`; `extractors/chronology.py` dates the job it is about once
the whole story is read.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from extractors.durations import find_durations
from extractors.relations import hedged, org_entity
from extractors.syntax import steps_down
from extractors.vocabulary import (
    END_VERBS,
    JOB_NOUNS,
    ORG_KIND_NOUNS,
    STUDENT_NOUNS,
    UNIT_WORDS,
    coarse,
)
from extractors.wordfinder import find
from extractors.year_attachment import verb_year
from extractors.years import YearMention

MILESTONES = "kg_spell_events"


class Milestone(NamedTuple):
    """What a sentence said happened to a person's job. `kind`: "ends", "starts" (a future start), "joined"
    (a past start of the job told before), "since" (the same said as "has been there since"), "length"
    (`value` years, not a year); `target` the organisation
    id when the sentence names it."""

    kind: str
    person: str
    value: int
    at: int  # the sentence's first token: what was told before it
    target: str | None = None


_RETIRE = frozenset("retire retired retires retiring".split())
# A job's end said without naming it: "retired in 2008", "left in 2011", "left the company in 1999".
_ENDING = _RETIRE | END_VERBS | frozenset({"step down"})
# Staying said of a place named before: "She spent six years there", "he remained there for two decades".
_STAYING = frozenset("spent spend spends stayed stay stays remained remain remains worked served taught "
                     "been".split())
# Objects and prepositions that leave a verb about the job told before: "took up the post", "left the company".
_GENERIC = JOB_NOUNS | ORG_KIND_NOUNS | UNIT_WORDS | frozenset(
    {"in", "on", "after", "before", "until", "since", "for", "at", "there", "year", "years", "decade", "decades"})
_BEGIN = frozenset("take takes start starts begin begins join joins assume assumes commence commences".split())
_JOINED = frozenset({"joined"})
# The bare kinds "joined the ..." may name an academic job told before: "joined the faculty in 2021"; not
# "joined the company", which a job at a university told before is not.
_KINDS = frozenset("faculty department school university college institute".split())
_EVENT_WORDS = _ENDING | _BEGIN | _STAYING | _JOINED
_DOWN = frozenset({"down"})


def read_events(doc: Doc, sent: Span, years: list[YearMention], subject_of, names: list[str], *,
                orgs: list[Span] = ()) -> None:
    """Events of a sentence that name no organisation: "Stolz-Halvorsen retired in 2008", "She will take
    up the post in September 2024", "She will leave it at the end of March 2025", "She joined the faculty
    in 2021". `subject_of(token, clause)` gives the people a subject stands for; `names` are the people of
    the text, for a surname the NER did not take for a person; `orgs` the sentence's organisation
    mentions, descriptions ("the company") included."""
    lengths = None
    for token in _event_verbs(sent):
        lower = "step down" if steps_down(token) else token.lower_
        if coarse(token) != "VERB" or not (lower in _ENDING or lower in _BEGIN or lower in _STAYING
                                           or lower in _JOINED):
            continue
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in token.children)
        named = [c for c in token.children if c.dep_ in ("dobj", "prep", "dative") and not _unnamed(c, lower, orgs)]
        # "She will leave Kyoto University at the end of March 2025": no rule reads a future leaving but this
        target = _place(named[0], orgs) if future and lower in _ENDING and len(named) == 1 else None
        if named and target is None or any(c.dep_ == "neg" for c in token.children):
            continue  # "retired from IBM", "took a job at X", "left Germany": the career rules read those
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.dep_ == "conj":
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "joined X and left in 2011"
        people = (subject_of(subjects[0], token) or _named(subjects[0], names)) if subjects else []
        if len(people) != 1:
            continue  # "Both will start in January 2025": whose job is which, the rules do not know
        if lower in _STAYING:
            if not future and any(c.lower_ == "there" and c.dep_ == "advmod" for c in token.children):
                lengths = find_durations(sent.text, offset=sent.start_char) if lengths is None else lengths
                said = [d for d in lengths if token.left_edge.idx <= d.start_char < token.right_edge.idx + 1]
                since = [m for m in years if m.kind == "since"
                         and token.left_edge.idx <= m.start_char < token.right_edge.idx + 1]
                if len(said) == 1:
                    doc.user_data.setdefault(MILESTONES, []).append(Milestone("length", people[0], said[0].years,
                                                                               sent.start))
                elif len(since) == 1:  # "She has been there since 2015": the job told before began then
                    doc.user_data.setdefault(MILESTONES, []).append(Milestone("since", people[0], since[0].first,
                                                                               sent.start))
            continue
        if lower in _JOINED:
            if future or not _joined_kind(token, orgs):
                continue
            kind = "joined"  # "She joined the faculty in 2021": the job told before, undated, began then
        elif lower in _BEGIN and not future:
            continue  # a future start dates the post announced; a past "started in 2019" names nothing
        else:  # "retired in 2008", "will leave it at the end of March 2025": the current job ends
            kind = "ends" if lower in _ENDING else "starts"
        found = verb_year(years, token)
        if found is not None and found.first is not None:
            doc.user_data.setdefault(MILESTONES, []).append(Milestone(kind, people[0], found.first, sent.start, target))


def _event_verbs(sent: Span) -> list[Token]:
    """The sentence's words that can tell an event, in order: one of the verbs above, or one "down" hangs on
    ("stepped down"). Found through the doc's word index: `read_events` runs on every sentence."""
    doc, start, end = sent.doc, sent.start, sent.end
    words = find(doc, _EVENT_WORDS, start, end)
    stepped = [down.head for down in find(doc, _DOWN, start, end)
               if start <= down.head.i < end and steps_down(down.head)]
    if not stepped:
        return words
    return [doc[i] for i in sorted({t.i for t in words} | {t.i for t in stepped})]


def _place(child: Token, orgs: list[Span]) -> str | None:
    """The id of the organisation a verb's object or "from" phrase names: "leave Kyoto University"."""
    words = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] \
        if child.dep_ == "prep" and child.lower_ == "from" else []
    found = [o for o in orgs for w in words if o.start <= w.i < o.end]
    return org_entity(found[0])["id"] if len(found) == 1 else None


def _unnamed(child: Token, verb: str, orgs: list[Span]) -> bool:
    """The verb's object or phrase names no place: "left the company", "will leave it", "retired from the
    university" (a description no mention resolved); not "retired from IBM", "took a job at X"."""
    if any(o.start <= child.i < o.end for o in orgs):
        return False  # "left Kyoto University": named, though "university" is a kind
    if child.lower_ in _GENERIC:
        return True
    if child.dep_ == "dobj" and child.lower_ == "it" and verb in _ENDING:
        return True
    if child.dep_ == "prep" and child.lower_ == "from" and verb in _ENDING:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        return bool(objects) and all(g.lower_ in _GENERIC and not any(o.start <= g.i < o.end for o in orgs)
                                     for g in objects)
    return False


def _joined_kind(verb: Token, orgs: list[Span]) -> bool:
    """"joined the faculty", "joined the company": the object is a bare kind of organisation that no
    mention of the sentence resolved; not "joined the faculty as a PhD student"."""
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in STUDENT_NOUNS for g in c.subtree)
           for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _KINDS and not any(o.start <= child.i < o.end for o in orgs):
            return any(d.dep_ == "det" and d.lower_ == "the" for d in child.children) and not any(
                c.dep_ in ("prep", "compound", "amod") for c in child.children)
    return False


def _named(subject: Token, names: list[str]) -> list[str]:
    """"Stolz-Halvorsen retired": a subject written as a known person's surname (tagged ORG or nothing)."""
    phrase = subject.doc[subject.left_edge.i: subject.i + 1].text
    if not phrase[:1].isupper():
        return []
    found = [name for name in dict.fromkeys(names) if name == phrase or name.endswith(" " + phrase)]
    return found if len(found) == 1 else []


# Verbs a dated future start is said with: "will join X in April 2025", "will start at Y on 1 March 2025".
_FUTURE_STARTS = frozenset("join start begin become joining starting beginning becoming".split())  # "will be joining"
# What may announce it: "CMU announced today that Dr. X will join ..."; not "Sources say that X will join".
_ANNOUNCING = frozenset("announce announced announces confirm confirmed confirms".split())


def announced_start(trigger: Token, years: list[YearMention], path: list[Token]) -> bool:
    """"Yamamoto will join RIKEN as a team leader in April 2025": a start announced with its date is a fact
    to record, though "will" hedges other futures ("will join X" alone, "may join", "is expected to join")."""
    if trigger.dep_ in ("attr", "oprd") and trigger.head.lower_ in _FUTURE_STARTS \
            or trigger.dep_ == "dobj" and _taking_up(trigger.head):
        trigger = trigger.head  # "will become director of X in October 2025": the role's verb
    if trigger.lower_ not in _FUTURE_STARTS and not _taking_up(trigger) or verb_year(years, trigger) is None and not _role_year(years, trigger) \
            and not _effective(trigger):
        return False
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") or c.lower_ in _NOT]
    if [c.lower_ for c in auxes if c.lower_ != "be"] not in (["will"], ["shall"], ["'ll"]):
        return False  # "will not join", "will reportedly join", "will soon join"; "will be joining" is a start
    if trigger.dep_ == "ccomp" and not _announcer(trigger.head):
        return False  # "Sources say that X will join Google in 2025"
    if trigger.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in trigger.children):
        return False  # "I will join X in Fall 2023": a homepage's plan, often a student's, not an announcement
    return not hedged([t for t in path if t.i != trigger.i] + ([trigger.head] if trigger.dep_ == "ccomp" else []))


def _taking_up(verb: Token) -> bool:
    """"will take up a professorship at EPFL in 2024", "will take up the chair": a post's start."""
    return verb.lower_ in ("take", "taking") and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _effective(verb: Token) -> bool:
    """"Effective March 1, X will become provost of Y", "..., effective immediately": the wording of a decision
    announced, dated though the year goes unsaid."""
    return any(t.lower_ == "effective" and verb.i in (t.head.i, t.head.head.i) for t in verb.subtree)


_NOT = frozenset({"never", "not", "n't"})
_SAYING = frozenset("said says".split())


def own_announcement(verb: Token) -> bool:
    """"Anthropic announced that X has joined the company as CFO": an organisation announcing its own hire. (Taking
    its undated "will join" as a fact too was tried: one more true and one more false relation on a held-out
    probe.)"""
    return verb.dep_ == "ccomp" and verb.head.lower_ in _ANNOUNCING and any(
        c.dep_ == "nsubj" and c.ent_type_ in ("ORG", "FUNDER") for c in verb.head.children)


def _announcer(verb: Token) -> bool:
    """"CMU announced that ...", "..., RIKEN said on Tuesday", "..., the company said": an announcement, or an
    organisation's word."""
    return verb.lower_ in _ANNOUNCING or verb.lower_ in _SAYING and any(
        c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or c.lower_ in ORG_KIND_NOUNS and any(
            d.lower_ == "the" for d in c.children)) for c in verb.children)


def _role_year(years: list[YearMention], verb: Token) -> bool:
    """"will join X as a team leader in April 2025": the date hangs on the role the verb names."""
    roles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(verb_year(years, role) is not None for role in roles)
