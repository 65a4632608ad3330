"""Organisation names NER cut short, made whole again before any reader sees them.

The small model ends a name where its words stop looking like one, and every relation is then
keyed on the stump. Each rule reads the words around an ORG span, never a list of organisations:

* a campus after "at": "the University of Texas | at Austin", "University of Wisconsin | at Madison"
  (the place is part of the name; "the University of Toronto in Canada" is left alone);
* a nationality or a faith and a kind, then "in" and a place: "the American University | in Cairo",
  "the German University | in Cairo" (such a name alone names no one university; "Stanford University
  in California" is left alone);
* a number word opening a company's name: "Two | Sigma", "Three | Arrows Capital" (NER reads the number
  as a quantity); only mid-sentence and capitalised, so "Two Google researchers left" is untouched;
* a lab word after a company: "Yahoo! | Research", "Adobe | Labs", and no capitalised word after it
  ("the NSF Research Traineeship" is another name);
* a school's long name after its short one and a spaced dash: "Technion | – Israel Institute of Technology".

Spans the gazetteer knows are extended only by the lab word (the lab keeps the company's id, as
"Google Research" does); a place or a number is added to unknown names only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Words that head a university's name.
_SCHOOL_HEADS = frozenset("university college institute polytechnic school".split())
# A nationality or a faith: "the American University", "the Hebrew University" name no one place alone.
_NATIONALITIES = frozenset(
    """american british english german french italian spanish portuguese dutch swiss austrian belgian irish
    scottish canadian australian european african asian arab arabian egyptian lebanese turkish russian
    ukrainian polish czech hungarian greek chinese japanese korean indian pakistani iranian israeli hebrew
    islamic catholic christian jewish""".split()
)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve hundred thousand".split())
# What a company calls its research arm: "Yahoo! Research", "Adobe Labs".
_LAB_WORDS = frozenset({"Research", "Labs", "Lab", "Laboratories", "AI"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_MAX_NAME_WORDS = 3  # words of an untagged name after a number word


def complete_organisations(doc: Doc) -> None:
    """Rewrite `doc.ents` with the organisation names NER cut short made whole (see the module docstring)."""
    ents = list(doc.ents)
    known: dict[tuple[int, int], dict] = {}  # what a grown known name carries over
    for position, ent in enumerate(ents):
        if ent.label_ != "ORG":
            continue
        grown = _with_campus(ent, ents) or _with_number(ent, ents) or _with_lab(ent) or _with_long_name(ent, ents)
        if grown is not None:
            ents[position] = grown
            if ent._.kg:
                known[grown.start, grown.end] = dict(ent._.kg, alias=grown.text)
    added = _numbered_names(doc, ents)
    if not known and len(added) == 0 and all(a is b for a, b in zip(ents, doc.ents)):
        return
    doc.ents = _without_overlaps(ents + added)
    for ent in doc.ents:
        if (ent.start, ent.end) in known:
            ent._.kg = known[ent.start, ent.end]


def _without_overlaps(ents: list[Span]) -> list[Span]:
    """Longer spans win; a grown name swallows the place or number NER tagged apart."""
    taken: set[int] = set()
    kept = []
    for ent in sorted(ents, key=lambda e: (e.start - e.end, e.start)):
        if not taken & set(range(ent.start, ent.end)):
            kept.append(ent)
            taken.update(range(ent.start, ent.end))
    return sorted(kept, key=lambda e: e.start)


def _grown(ent: Span, start: int, end: int, *, keep_id: bool = False) -> Span:
    return Span(ent.doc, start, end, label=ent.label_, kb_id=ent.kb_id_ if keep_id else "")


def _with_campus(ent: Span, ents: list[Span]) -> Span | None:
    """"the University of Texas" + "at Austin"; "the American University" + "in Cairo"."""
    doc = ent.doc
    if ent._.kg or ent.end + 1 >= len(doc):
        return None
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    joint = doc[ent.end].lower_
    if joint == "at":
        fits = "of" in words and words[0] in _SCHOOL_HEADS  # "University of X at Y"
    elif joint == "in":
        fits = len(words) == 2 and words[0] in _NATIONALITIES and words[1] in _SCHOOL_HEADS
    else:
        return None
    place = next((e for e in ents if e.start == ent.end + 1 and e.label_ in _PLACE_LABELS), None)
    if not fits or place is None or not _name_ends(doc, place.end):
        return None
    return _grown(ent, ent.start, place.end)


def _with_number(ent: Span, ents: list[Span]) -> Span | None:
    """"Three" (CARDINAL) + "Arrows Capital" (ORG): one company."""
    if ent._.kg or ent.start < 1:
        return None
    number = ent.doc[ent.start - 1]
    if not _number_word(number) or not any(e.end == ent.start and e.label_ == "CARDINAL" and len(e) == 1
                                           for e in ents):
        return None
    return _grown(ent, number.i, ent.end)


def _numbered_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"joined Two Sigma" with "Two" a CARDINAL and "Sigma" untagged: the number opens the name."""
    tagged = {i for e in ents if e.label_ != "CARDINAL" for i in range(e.start, e.end)}
    found = []
    for ent in ents:
        if ent.label_ != "CARDINAL" or len(ent) != 1 or not _number_word(ent[0]):
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < _MAX_NAME_WORDS and end not in tagged and _proper_noun_word(doc[end]):
            end += 1
        if end > ent.end and _name_ends(doc, end) and doc[ent.start - 1].is_lower:
            found.append(Span(doc, ent.start, end, label="ORG"))
    return found


def _with_lab(ent: Span) -> Span | None:
    """"Yahoo!" + "Research": the company's lab, not a word after its name."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text not in _LAB_WORDS or not _name_ends(doc, ent.end + 1):
        return None
    if any(t.lower_ in _SCHOOL_HEADS or t.text in _LAB_WORDS for t in ent):
        return None  # "the Institute | Research ...", "IBM Research | AI": not a company's name
    if doc[ent.end - 1].whitespace_ == "":
        return None
    return _grown(ent, ent.start, ent.end + 1, keep_id=True)


_DASHES = frozenset({"–", "—", "-"})
_MAX_LONG_NAME = 8


def _with_long_name(ent: Span, ents: list[Span]) -> Span | None:
    """"Technion" + "–" + "Israel Institute of Technology", "ETH – Swiss Federal Institute of Technology": a
    short name and, after a spaced dash, the long one of the same school, which NER tags apart."""
    doc = ent.doc
    dash = ent.end
    if len(ent) > 2 or dash + 1 >= len(doc) or doc[dash].text not in _DASHES or not doc[dash - 1].whitespace_ \
            or not doc[dash].whitespace_:
        return None
    tail = next((e for e in ents if e.label_ == "ORG" and dash < e.start <= dash + 3
                 and any(t.lower_ in _SCHOOL_HEADS for t in e)), None)
    if tail is None or tail.end - dash > _MAX_LONG_NAME or not _name_ends(doc, tail.end):
        return None
    if tail._.kg and (tail._.kg or {}).get("id") != (ent._.kg or {}).get("id"):
        return None  # "left Google – Stanford University hired her": another organisation the gazetteer knows
    between = doc[dash + 1: tail.start]
    if not all(t.is_title and t.is_alpha for t in between):
        return None  # "Google – and later Meta": no name between
    return _grown(ent, ent.start, tail.end, keep_id=True)


def _number_word(token: Token) -> bool:
    """A capitalised number word inside a sentence: "Two" in "joined Two Sigma", not "Two people left"."""
    return token.lower_ in _NUMBER_WORDS and token.is_title and not token.is_sent_start and token.i > 0


def _proper_noun_word(token: Token) -> bool:
    """A capitalised proper-noun word that may go on an organisation's name (name_mentions' `_name_word` also
    vets person names)."""
    return token.tag_ in ("NNP", "NNPS") and token.is_title and token.is_alpha


def _name_ends(doc: Doc, end: int) -> bool:
    """No capitalised word goes on after `end`: the name stops there."""
    return end >= len(doc) or not (doc[end].is_title and doc[end].is_alpha)
