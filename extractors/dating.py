"""Which of a sentence's years a career relation gets, and whether each is its start or its end.

The career components attach the year mention nearest an organisation in the trigger's clause to the
relation about it; what a single year means depends on the verb it is said of. "joined X in 2019" starts
X; "received a PhD from X in 2011", "left X in 2019" end it; "studied at X, graduating in 1957" and
"spent eight years at X, leaving in 2023" end it by the other verb; "joined Y in 2016 after a postdoc at
X", "spent five years at X before joining Y in 2018" and "joined Y in 2015 from X" end X when Y began. A
purpose ("returned in 2021 to lead X") takes its governing verb's year as its start; "left A for B in
2022" ends A and starts B; "The following year he joined X" (the parser made the year the root) and
"worked at A until 2014, when he joined B" date the clause hanging on the year. "came to Stanford in 2016
from X, where he had taught" ends X by the arrival; "X, where she has worked since 2014" starts X whatever
the clause's verb; "spent 2018 at X" and "was a visiting researcher at X in 2018" are that year only; a
date inside a stretch ("at the end of March 2025") or written "January 1, 2024" is its verb's.

Where a year mention hangs in the parse (the year said of a verb, the one nearest an organisation) is read in
`extractors/year_attachment.py`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.relations import doc_text
from extractors.syntax import clause, steps_down
from extractors.vocabulary import (
    BE,
    DEGREE_NOUNS,
    DEGREE_VERBS,
    DROP_VERBS,
    END_VERBS,
    HIRE_VERBS,
    LAUNCH_VERBS,
    MOVE_VERBS,
    SPEND_VERBS,
    START_VERBS,
    coarse,
    promotion,
)
from extractors.year_attachment import (
    after_years,
    bracketed_stay,
    fronted_year,
    nearest_year,
    relative_since,
    since_of,
    until,
    verb_year,
    within_mention,
)
from extractors.years import YearMention


def _ever_since(verb: Token) -> bool:
    """"has been at X ever since", "has worked there since then": "since" with no year of its own."""
    return any(c.lower_ == "since" and c.dep_ in ("advmod", "prep") and all(
        g.lower_ in ("then", "ever") for g in c.children) for c in verb.children)


def relation_years(years: list[YearMention], org: Span, orgs: list[Span], trigger: Token, rel_type: str,
                   path: list[Token]) -> tuple[int | None, int | None]:
    """(start, end) of a relation from the year mention nearest its organisation in the trigger's
    clause. A lone year is an end for degrees and for leaving ("left X in 2019"), else a start; a year
    said of another verb of the clause reads by that verb ("studied at X, graduating in 1957")."""
    verb = clause(trigger)
    years = [m for m in years if not _attributive(m, trigger.doc)]
    own = bracketed_stay(years, org)
    if own is not None and rel_type == "WORKS_AT":
        return own.first, own.last
    # another organisation's bracketed years are not this one's nearest, but may still end what came before
    claimed = {id(bracketed_stay(years, other)) for other in orgs if other is not org}
    free = [m for m in years if id(m) not in claimed]
    if org.root.lower_ == "where" and verb.dep_ == "relcl":
        # "joined UW in 2012, where she is a professor": the place's years are what its own clause says (the
        # arrival's relation has the 2012); "before joining UW in 2012, where ..." does not end UW
        low, high = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        free = [m for m in free if low <= m.start_char < high]
    mention = nearest_year(free, org, orgs, verb) or fronted_year(free, verb)
    if mention is None and not any(other is not org and _within(other, verb) for other in orgs):
        mention = verb_year(years, verb)  # "joined X in 2001; eight years later she moved to Y": Y's own verb's year
    if mention is None and rel_type == "WORKS_AT" and _ever_since(verb):
        # "finished his PhD in 2018 and has been at Apple ever since": since the year told before it
        told = [m for m in years if m.start_char < verb.idx]
        if told:
            return told[-1].last, None
    if rel_type == "WORKS_AT" and trigger.lower_ in END_VERBS and _moves_on(trigger, orgs):
        # "left ByteDance for Alibaba Cloud in 2022": the leaving's year ends the one job and starts the next
        mention = verb_year(years, trigger) or mention
    if rel_type == "WORKS_AT" and (_hired_away(trigger) or _hired_from(verb)):
        # "Google hired X away from OpenAI in 2022", "Meta poached X from Google in 2022": the hiring's year
        # starts the job at the hirer and ends the one they were taken from
        found = verb_year(years, verb)
        if found is not None:
            taken_from = any(t.lower_ in ("away", "from") for t in path)
            return (None, found.first) if taken_from else (found.first, None)
    if rel_type == "WORKS_AT" or trigger.lower_.startswith("graduat"):
        after = _after_what(trigger, path, years)
        # The year may be the later verb's, outside the "after" phrase: "joined the faculty in 2021 after
        # three years as a postdoc at X" ends X in 2021 (and its length starts it in 2018).
        if after is not None and (mention is None or not within_mention(after, mention)):
            after = after.head
            # "joined X in 2016 after a postdoc at Y": the job before ends when the next one began;
            # "joined X in 1998 after graduating from Y": the graduation was then. Not a degree held ("joined X
            # in 2020 after her PhD at Y", "after receiving his PhD"): it may have been awarded the year before
            found = verb_year(years, after) or since_of(years, after)
            return (None, found.first) if found is not None else (None, None)
    arrival = _arrival(org)
    if mention is None and arrival is not None:
        # "joined Amazon in 2015 from X": the year is nearer Amazon, yet ends X; "came to Stanford in 2016
        # from X, where he had taught for nine years": the arrival's year ends X whatever its own verb
        found = verb_year(years, arrival)
        if found is not None:
            return None, found.first
    if mention is None and rel_type == "WORKS_AT" and trigger.lower_ in _ARRIVALS and _also_from(trigger, org, orgs):
        # "joined TUM from Bosch in 2019", "moved to Google from Bosch in 2019": the year nearer the place left
        # ends that job (above) and starts this one
        found = verb_year(years, trigger)
        if found is not None:
            return found.first, None
    if mention is None and rel_type == "WORKS_AT" and (trigger.lower_ in _BEGINNINGS or trigger.lower_ in SPEND_VERBS) \
            and (begun := after_years(years, trigger)) is not None:
        return begun, None  # also "spent six years at X after finishing a PhD in 2019": X from 2019
    if mention is None and rel_type == "WORKS_AT":
        following = _before_what(verb)
        found = verb_year(years, following) if following is not None else None
        if found is not None:
            return None, found.first  # "spent five years at X before joining Y in 2018": X until 2018
    start, end = _read_mention(mention, org, trigger, rel_type, path, years) if mention is not None else (None, None)
    if start is None and rel_type == "WORKS_AT":
        since = relative_since(years, org)  # "In 2023 she left Siemens, where she had worked since 2014"
        if since is not None and (end is None or since <= end):
            start = since
    if end is None and start is not None and mention is not None and mention.kind == "since" \
            and trigger.lower_ in END_VERBS:
        found = verb_year(years, trigger)  # "left Siemens, where she had worked since 2014, in 2023"
        if found is not None and found.first >= start:
            end = found.first
    if start is None and mention is not None and mention.kind == "until":
        found = verb_year(years, verb)  # "In 1979 she joined X, and remained there until her retirement in 2001"
        if found is not None and found.first <= (end or found.first):
            start = found.first
    if start is None and purpose(verb):
        # "returned to Beijing in 2021 to lead Tencent's AI Lab", "Two years later he moved ... to study at X":
        # a purpose starts when its verb happened
        found = verb_year(years, verb.head) or fronted_year(years, verb.head)
        if found is not None and (end is None or found.first <= end):
            start = found.first
    if end is None and (start is not None or mention is None):
        closing = until(years, org, verb, mention)
        if closing is not None and (start is None or closing.last >= start):
            end = closing.last  # "joined X in 1979, and he remained there until his retirement in 2001"
    if end is None and start is not None and arrival is not None and arrival.i != verb.i:
        # "joined Google in 2015 from Microsoft, where she had worked since 2010": the arrival ends Microsoft
        found = verb_year(years, arrival)
        if found is not None and found.first >= start:
            end = found.first
    return start, end


def promotion_year(years: list[YearMention], path: list[Token]) -> int | None:
    """The year of a promotion the link passes through: "joined the faculty of X, where he was promoted to full
    professor in 2006" says a new post in 2006, not when the spell at X began."""
    promoted = next((t for t in path if promotion(t)), None)
    found = verb_year(years, promoted) if promoted is not None else None
    return found.first if found is not None else None


def _attributive(mention: YearMention, doc) -> bool:
    """A year that qualifies a thing, not an event: "for a 2014 paper", "the 2022 election"."""
    if mention.kind != "point":
        return False
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ in ("nummod", "compound", "amod") and token.head.i > token.i \
        and token.head.tag_ in ("NN", "NNS") and token.head.ent_type_ != "DATE" \
        and not token.head.lower_.startswith(("graduate", "alumn"))  # "a 2015 graduate of X": the degree's year


# Verbs whose year closes a spell when said beside the trigger: "..., graduating in 1957", "..., leaving in 2023".
_CLOSING = frozenset("complete completed completes completing finish finished finishes finishing earn earned earns "
                     "earning receive received receives receiving obtain obtained obtaining defend defended "
                     "defending".split()) | END_VERBS | DROP_VERBS  # "dropped out of Stanford in 2012"
# Verbs whose year is when something began: what came "after" X or "before" it bounds X there ("joined Y in
# 2016 after a postdoc at X"); not "completed a PhD at Y in 1970 after studying at X", a year the PhD ended.
_BEGINNINGS = START_VERBS | MOVE_VERBS | HIRE_VERBS | frozenset(
    "joins joining become became becomes becoming found founded co-founded cofounded take took taking accept "
    "accepted accepting come came arrive arrived arriving enter entering begin beginning".split()) | LAUNCH_VERBS
# A life's events, not a job's: "Jane Doe (born 1925) is ... at X".
_LIFE = frozenset("born died raised married".split())
# Verbs that come from somewhere: "joined in 2015 from the University of Washington" ends the stay there.
_ARRIVALS = START_VERBS | MOVE_VERBS | frozenset("joins come came comes coming arrive arrived arrives arriving "
                                                 "switched transferred".split())


def _read_mention(mention: YearMention, org: Span, trigger: Token, rel_type: str, path: list[Token],
                  years: list[YearMention]) -> tuple[int | None, int | None]:
    doc = trigger.doc
    if mention.kind == "until" and trigger.lower_ in _BEGINNINGS \
            and doc_text(doc)[mention.start_char:mention.end_char].lower().startswith(("before", "prior")):
        return None, None  # "had joined Microsoft before 2018": it began by then, and may go on
    if mention.kind != "point":
        return mention.first, mention.last
    said_of = _said_of(mention, doc)
    if said_of is not None and said_of.text.lower() == "for" and said_of.dep_ == "prep":
        return mention.first, mention.first  # "a visiting professor for 2024": the one year
    if said_of is not None and _one_year(mention, said_of, trigger):
        return mention.first, mention.first  # "spent 2018 at X", "was a visiting researcher at X in 2018"
    said_of = said_of if said_of is not None and coarse(said_of) in ("VERB", "AUX") else None
    verb = trigger.lower_
    own = clause(trigger)
    if said_of is not None and said_of.i != trigger.i and said_of.i != own.i:
        word = said_of.lower_
        closing = word in END_VERBS or word.startswith("graduat") or rel_type == "STUDIED_AT" and word in _CLOSING \
            or steps_down(said_of)  # "stepping down in 2015"
        if said_of.dep_ == "pcomp" and said_of.head.lower_ == "since" and not _within(org, said_of):
            return mention.first, None  # "Since leaving Twitter in 2022, she has been a fellow at X": X since then
        if word in _LIFE and not _within(org, said_of):
            return None, None  # "Born in 1975 in Kraków, she studied physics at X": her year, not the school's
        if said_of.dep_ in ("relcl", "acl") and not _within(org, said_of) and said_of.head.i not in range(
                org.start, org.end) and (closing or word in _LIFE or word in _CLOSING):
            return None, None  # "Jane, who graduated in 2020, works at Adobe": the year is of her, not of Adobe
        if closing or word in _BEGINNINGS and _hangs_on(said_of, "before"):
            # "studied at X, graduating in 1957"; "worked at X before joining Y in 2015"; "In 1975 she became
            # curator at X, but resigned in 1989": the clause's own year, if any, is the start; "In 1970 he emigrated
            # and joined Bell Labs, leaving in 1984": a verb coordinated with the one dated shares its year
            found = verb_year(years, own) or (verb_year(years, own.head) if own.dep_ == "conj" else None)
            return (found.first if found is not None and found.first <= mention.first else None), mention.first
        found = verb_year(years, own)
        if found is not None and said_of.dep_ == "conj":
            mention = found  # "In 1906 he was named head at X, and four years later received the title of professor"
    if said_of is not None and _came_from(org, said_of):
        return None, mention.first  # "joined in 2015 from the University of Washington"
    ends = rel_type == "STUDIED_AT" and (verb in DEGREE_VERBS or verb in END_VERBS or verb.startswith("graduat")
                                         or verb in DEGREE_NOUNS or verb in DROP_VERBS)
    if rel_type == "WORKS_AT" and verb in END_VERBS:
        # "left for Anthropic" / "left to join X" names where they went, not where they were
        goes = {t.i for t in _with_object(trigger) if t.lower_ in ("for", "to")}
        ends = not any(t.i in goes for t in path)
    if rel_type == "WORKS_AT" and (steps_down(trigger) or steps_down(own)):
        ends = True  # "stepped down as chief executive of Intel in 2021"
    if rel_type == "STUDIED_AT" and trigger.ent_type_ == "PERSON":
        ends = True  # "Jane Doe (PhD 2007, X)": the year by a name is the degree's
    if rel_type == "STUDIED_AT" and said_of is not None and said_of.i == own.i and own.lower_ in _CLOSING:
        ends = True  # "completed her undergraduate studies at X in 2005"
    if rel_type == "STUDIED_AT" and verb in START_VERBS:
        ends = False
    return (None, mention.first) if ends else (mention.first, None)




def _one_year(mention: YearMention, said_of: Token, trigger: Token) -> bool:
    """The spell took the year written and no more: a year spent ("spent 2018 at X"), or a past visit said
    to have been in it ("was a visiting researcher at X in 2018"; not "joined X as a visiting professor in
    2018", when the visit began, nor "is a visiting professor there in 2024", which may go on)."""
    span = trigger.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is not None and said_of.lower_ in SPEND_VERBS and span.root.dep_ == "dobj" and span.root.head.i == said_of.i:
        return True
    visiting = any(c.dep_ in ("amod", "compound") and c.lower_ == "visiting" for c in trigger.children)
    verb = clause(trigger)
    return visiting and verb.lower_ in BE and verb.tag_ == "VBD" and said_of.i in (trigger.i, verb.i)


def closing_verb(trigger: Token, orgs: list[Span]) -> Token | None:
    """The verb beside the trigger that ends a study and names no place of its own: "was a graduate student
    at X, receiving his PhD in 2006" (the degree is X's); not "..., receiving his PhD from Y"."""
    verb = clause(trigger)
    for child in verb.children:
        if child.dep_ in ("advcl", "conj") and child.lower_ in _CLOSING and child.lower_ not in END_VERBS \
                and not any(_within(org, child) for org in orgs):
            return child
    return None


def _said_of(mention: YearMention, doc) -> Token | None:
    """The word a year hangs on: the verb of "joined in 2016", the "for" of "for 2024", "later"'s verb."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ in ("in", "by", "during", "around", "of") and head.head.i != head.i:
        return head.head
    return head


def _within(org: Span, token: Token) -> bool:
    return token.left_edge.i <= org.start and org.end - 1 <= token.right_edge.i


def _hangs_on(verb: Token, word: str) -> bool:
    """"before joining Y", "after leaving X": the verb is what a "before"/"after" governs."""
    if word == "before" and verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lower_ == "prior":
        return True  # "prior to joining Y"
    return verb.dep_ in ("pcomp", "pobj", "advcl") and verb.head.lower_ == word or any(
        c.dep_ == "mark" and c.lower_ == word for c in verb.children)


def _came_from(org: Span, verb: Token) -> bool:
    """The organisation is where the verb came from: "joined in 2015 from X", "moved from X to Y in 2010"."""
    arrival = _arrival(org)
    return arrival is not None and arrival.i == verb.i


def _arrival(org: Span) -> Token | None:
    """The verb of arriving the organisation is where someone came from: "came to Stanford from X"."""
    token = org.root
    for _ in range(4):
        if token.head.i == token.i:
            return None
        if token.lower_ == "from" and token.head.lower_ in _ARRIVALS:
            return token.head
        token = token.head
    return None


def _also_from(verb: Token, org: Span, orgs: list[Span]) -> bool:
    """`verb` also says where from: a "from" of its own naming another of the sentence's organisations."""
    return any(prep.dep_ == "prep" and prep.lower_ == "from" and any(
        other is not org and other.start <= obj.i < other.end for obj in prep.children for other in orgs)
        for prep in verb.children)


def _after_what(trigger: Token, path: list[Token], years: list[YearMention]) -> Token | None:
    """The "after" on the way to the trigger, when it hangs on a beginning or an ending: "joined X in 2016 after
    a postdoc at Y" (trigger "postdoc"), "joined in 1998 after graduating from Y" (trigger "graduating"), "After
    eight years at DeepMind, she left in 2020", "has taught at X since 2009, after a postdoc at Y". Its head is
    the verb."""
    for token in [trigger] + [t for t in path if t.i != trigger.i]:
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "after" and coarse(token.head.head) == "VERB":
            verb = token.head.head
            begins = verb.lower_ in _BEGINNINGS or since_of(years, verb) is not None
            return token.head if begins or verb.lower_ in END_VERBS or steps_down(verb) else None
    return None


def _before_what(verb: Token) -> Token | None:
    """The beginning a "before" phrase of the clause names: "spent five years at X before joining Y", "Prior
    to joining Y in 2015, she worked at X"."""
    for child in verb.children:
        preps = [child] if child.dep_ == "prep" and child.lower_ == "before" else [
            c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"] if child.lower_ == "prior" else []
        for prep in preps:
            found = next((c for c in prep.children if c.dep_ == "pcomp" and c.lower_ in _BEGINNINGS), None)
            if found is not None:
                return found
        if child.dep_ == "advcl" and child.lower_ in _BEGINNINGS and _hangs_on(child, "before"):
            return child
    return None


def purpose(verb: Token) -> bool:
    """"to lead X" hanging on another verb ("returned in 2021 to lead X", "left A to join B"): a purpose."""
    # the tagger reads "to found X" as a participle of "find"
    return verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i and verb.tag_ in ("VB", "VBN") and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.lefts)


def _moves_on(verb: Token, orgs: list[Span]) -> bool:
    """"left X for Y", "quit X to Y": the leaving verb names where they went (the parser may hang the "for" on X)."""
    return any(child.dep_ == "prep" and child.lower_ in ("for", "to") and any(
        org.start <= grandchild.i < org.end for grandchild in child.children for org in orgs)
        for child in _with_object(verb))


def _with_object(verb: Token) -> list[Token]:
    """The verb's children and its direct object's: where "left X for Y" may hang its "for"."""
    return [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]


def _hired_from(verb: Token) -> bool:
    """A hiring with a "from" on the verb or on the one hired: "poached X from Google", "was recruited from Y"."""
    if verb.lower_ not in HIRE_VERBS:
        return False
    hired = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "prep" and c.lower_ == "from" for t in hired for c in t.children)


def _hired_away(verb: Token) -> bool:
    return any(child.lower_ == "away" and child.dep_ in ("advmod", "prt", "prep") for child in verb.children)
