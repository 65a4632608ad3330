"""Where a year mention attaches in the parse: the year said of a verb, the one nearest an organisation.

`verb_year` finds the lone year said of a verb ("left X in 2023", "joined in September 2024");
`nearest_mention` the mention nearest an organisation in its trigger's clause, unless another organisation,
an "after"/"before" clause or a coordinated verb with an organisation of its own claims it. The rest read a
clause's other years: the year the parser made the root ("The following year he joined X"), an "until"
after the organisation, the "since" of its relative clause, the last year of an "after" clause. Whether a
year is a relation's start or its end is `extractors/dating.py`'s.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.relations import doc_text, org_entity
from extractors.syntax import clause
from extractors.vocabulary import SEQUENCE_WORDS, coarse
from extractors.years import YearMention


def within_mention(phrase: Token, mention: YearMention) -> bool:
    """The year is written inside the phrase headed by `phrase` ("after graduating from Y in 1998")."""
    lo, hi = _reach(phrase)
    return lo <= mention.start_char < hi


def fronted_year(years: list[YearMention], verb: Token) -> YearMention | None:
    """"The following year he joined X": the parser made the year the root and the clause its relative."""
    if verb.dep_ != "relcl":
        return None
    head = verb.head  # also "worked at X until 2014, when he returned": the "when" clause happened that year
    found = next((m for m in years if m.start_char <= head.idx < m.end_char), None)
    if found is None:
        return None
    # "from 2012 to 2016, when she moved to X": the "when" clause hangs on the span's last year
    year = found.last if found.kind == "until" or found.kind == "range" and head.text == str(found.last) \
        else found.first
    return YearMention(found.start_char, found.end_char, "point", year, year, found.relative) if year else None


def until(years: list[YearMention], org: Span, verb: Token, mention: YearMention | None) -> YearMention | None:
    """An "until" year after the organisation in the trigger's clause: "... and remained there until 2001"."""
    lo, hi = _reach(verb)
    return next((m for m in years if m.kind == "until" and lo <= m.start_char and m.end_char <= hi
                 and m.start_char >= org.end_char and m is not mention), None)


# What may stand between an organisation and the bracketed years of its stay: "Amazon in Edinburgh (2015–2019)".
_TO_BRACKET = re.compile(r"^(?:,?\s+(?:in|at)\s+(?:[A-Z][\w.'’-]*\s?){1,3})?\s*\($")


def bracketed_stay(years: list[YearMention], org: Span) -> YearMention | None:
    """The range in brackets right after the organisation, or after it and its town: "four years at Amazon in
    Edinburgh (2015–2019)" are Amazon's years wherever the parser hung the bracket."""
    text = doc_text(org.doc)
    for mention in years:
        if mention.kind == "range" and org.end_char <= mention.start_char < org.end_char + 40 \
                and _TO_BRACKET.match(text[org.end_char:mention.start_char]) \
                and text[mention.end_char:mention.end_char + 1] == ")":
            return mention
    return None


def nearest_mention(mentions: list, org: Span, orgs: list[Span], trigger: Token):
    """The mention (anything with `start_char`/`end_char`: a year, a length) nearest the organisation in
    its trigger's clause, unless it is nearer another organisation."""
    return nearest_year(mentions, org, orgs, clause(trigger))


def nearest_year(years: list[YearMention], org: Span, orgs: list[Span], verb: Token) -> YearMention | None:
    def distance(mention: YearMention, span: Span) -> int:
        if mention.end_char <= span.start_char:
            return span.start_char - mention.end_char
        return max(0, mention.start_char - span.end_char)

    lo, hi = _reach(verb)
    # another organisation claims a year only from inside the clause: not the announcer of "X will join the
    # RIKEN Center ... in April 2025, RIKEN said"
    # nor from a clause before a semicolon, whose years are read apart
    apart = [_reach(c) for c in verb.children if _semicolon_clause(c)]
    rivals = [o for o in orgs if o is not org and not _restated(org, o) and lo <= o.start_char and o.end_char <= hi
              and not any(a <= o.start_char and o.end_char <= b for a, b in apart)]
    inside = [m for m in years if lo <= m.start_char and m.end_char <= hi]
    # a rival claims only the year nearest to it: in "X, earning a bachelor's degree in 2007, and received a
    # Ph.D. from Princeton University in 2012", 2012 is Princeton's and 2007 stays X's
    claimed = {id(min(inside, key=lambda m: distance(m, other))) for other in rivals} if inside else set()
    aside = _sequence_phrases(verb, org)
    for other in orgs:
        if other is not org and _relative_to(org, other) and not other[0].head.i == verb.i:
            aside.append(_reach(other[0].head))  # "a Ph.D. from X, where he was a fellow from 2019 to 2021"
    best = None
    for mention in inside:
        if any(lo_ <= mention.start_char and mention.end_char <= hi_ for lo_, hi_ in aside):
            continue  # "After working at X from 2007 to 2010, he joined Y": X's years, not Y's
        own = distance(mention, org)
        if own > 120 or id(mention) in claimed and any(distance(mention, other) < own for other in rivals):
            continue
        if best is None or own < distance(best, org):
            best = mention
    return best


def _sequence_phrases(verb: Token, org: Span) -> list[tuple[int, int]]:
    """Character ranges of the verb's "after"/"before" clauses, of the verbs coordinated with it that name
    an organisation of their own, and of its subject's apposition or relative clause, not holding the
    organisation: what happened before, after or beside the verb, with its own years."""
    found = _person_brackets(verb, org)
    for child in verb.children:
        if _clause_after(child, SEQUENCE_WORDS) or child.dep_ == "conj" and coarse(child) == "VERB" \
                and _own_organisation(child) or _semicolon_clause(child) and _own_organisation(child):
            # "completed her PhD at X and spent 2014-2016 as a postdoc at Y": the coordinated verb's own years
            lo, hi = _reach(child)
            if not (lo <= org.start_char and org.end_char <= hi):
                found.append((lo, hi))
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        lo, hi = _reach(subject)
        if lo <= org.start_char and org.end_char <= hi:
            continue  # "Lena Fisch (PhD 2007, Halden University) is ...": the organisation is the subject's own
        # "A, who ..., and B, a staff engineer there since 2020, founded X": each listed subject's asides
        members = [subject, *(t for t in subject.subtree if t.dep_ == "conj" and t.head.i != t.i)]
        for aside in (c for member in members for c in member.children if c.dep_ in ("appos", "relcl")):
            # "Tom Hale, the company's CTO since 2019, previously worked at X": the apposition's own years
            lo, hi = _reach(aside)
            if not (lo <= org.start_char and org.end_char <= hi):
                found.append((lo, hi))
    return found


def _person_brackets(verb: Token, org: Span) -> list[tuple[int, int]]:
    """Brackets on a person's name in the verb's reach, not holding the organisation: "Sofia Rossi (MSc 2020),
    now at DeepMind" graduated in 2020; the bracket does not date the job."""
    doc = verb.doc
    found = []
    for token in doc[verb.left_edge.i: verb.right_edge.i + 1]:
        if token.text == "(" and token.head.ent_type_ == "PERSON" and token.head.i < token.i:
            close = next((t for t in doc[token.i + 1: token.i + 12] if t.text == ")"), None)
            if close is not None and not (token.idx <= org.start_char and org.end_char <= close.idx):
                found.append((token.idx, close.idx + 1))
    return found


def _semicolon_clause(child: Token) -> bool:
    """A clause before a semicolon the parser hung on the verb after it: "Before 2010 she was at Intel; since 2010
    she has been at Google" (two sentences, each with its years)."""
    verb = child.head
    return child.dep_ in ("ccomp", "parataxis") and child.i < verb.i and any(
        t.text == ";" and child.i < t.i < verb.i for t in verb.children)


def _own_organisation(verb: Token) -> bool:
    """The verb names an organisation of its own in its subtree, apart from its conjuncts."""
    return any(t.ent_type_ == "ORG" for c in verb.children if c.dep_ != "conj" for t in c.subtree)


def after_years(years: list[YearMention], verb: Token) -> int | None:
    """The last year of the verb's "after" clause: "After working at X from 2007 to 2010, he joined Y" began
    Y in 2010."""
    for prep in verb.children:
        if _clause_after(prep, ("after", "following")):
            lo, hi = _reach(prep)
            inside = [m for m in years if lo <= m.start_char and m.end_char <= hi and m.kind in ("range", "point")]
            if inside:
                return inside[-1].last or inside[-1].first
    return None


def _clause_after(token: Token, words) -> bool:
    """`token` is one of `words` heading a clause of its own ("after working at X"), not a noun ("after 2010")."""
    return token.dep_ == "prep" and token.lower_ in words and any(c.dep_ == "pcomp" for c in token.children)


def _reach(token: Token) -> tuple[int, int]:
    """The character offsets the token's subtree spans."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def since_spans(years: list[YearMention], doc) -> list[tuple[YearMention, Span]]:
    """The "since" mentions among `years`, each with the tokens it covers ("since 2014")."""
    spans = ((m, doc.char_span(m.start_char, m.end_char, alignment_mode="expand")) for m in years if m.kind == "since")
    return [(m, span) for m, span in spans if span is not None]


def since_of(years: list[YearMention], verb: Token) -> YearMention | None:
    """The "since" year said of the verb: "has taught at X since 2009"."""
    return next((m for m, span in since_spans(years, verb.doc)
                 if span[0].lower_ == "since" and span[0].head.i == verb.i), None)


def relative_since(years: list[YearMention], org: Span) -> int | None:
    """The "since" year of the organisation's own relative clause: "X, where she has worked since 2014"."""
    for mention, span in since_spans(years, org.doc):
        token = span.root
        for _ in range(4):
            if token.dep_ == "relcl" and org.start <= token.head.i < org.end:
                return mention.first
            if token.head.i == token.i:
                break
            token = token.head
    return None


def _restated(org: Span, other: Span) -> bool:
    """One names the other again beside it: "the National Institute of ... (AIST)", "the Department of
    Computer Engineering, Chulalongkorn University": a year near either is the one organisation's."""
    def on(a: Span, b: Span) -> bool:
        return a.root.dep_ == "appos" and b.start <= a.root.head.i < b.end
    return on(org, other) or on(other, org) or _relative_to(org, other)


def _relative_to(org: Span, other: Span) -> bool:
    """`other` is a relative word standing for `org`: "a Ph.D. from X in 2019, where he was a fellow"."""
    return other._.kg_referent is not None and len(other) == 1 and other[0].lower_ in ("where", "which", "that") \
        and org_entity(org)["id"] == other._.kg_referent["id"]


def verb_year(years: list[YearMention], verb: Token) -> YearMention | None:
    """The lone year said of the verb itself ("left X in 2023", "joined 2019"), not of one of its nouns."""
    doc = verb.doc
    for mention in years:
        if mention.kind != "point":
            continue
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None:
            continue
        year = _date_root(span.root)  # "September 2024": the month carries the year
        if year.head.i == verb.i or year.head.dep_ == "prep" and year.head.head.i == verb.i:
            return mention
    return None


# Nouns that put a date inside a stretch of time: "at the end of March 2025", "from the start of 2019".
_PART_OF_TIME = frozenset("end beginning start middle close turn".split())


def _date_root(token: Token) -> Token:
    """The word a date hangs on the sentence by: the month of "January 1, 2024" (the parser may hang the
    year on it), the "end" of "at the end of March 2025"."""
    if token.head.i != token.i and token.head.ent_type_ == "DATE" and token.head.tag_ == "NNP" \
            and token.dep_ in ("nummod", "npadvmod", "appos", "pobj"):
        token = token.head
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _PART_OF_TIME and of.head.dep_ == "pobj":
        return of.head
    return token
