"""Awards two funders share: "grant PID2021-1 funded by MCIN/AEI and by ERDF", "12/RC/2289_P2, the latter
co-funded by the European Regional Development Fund". Whoever else the id goes to (the funder named before
it, or the first "funded by"), the funders named after it as co-funders, or in a chain of "and by", pay it too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Words that point back at the id just written: ", the latter co-funded by", ", which is co-funded by".
_POINTERS = frozenset({",", "the", "latter", "which", "that", "is", "was", "itself", "also", "in", "part", "partly"})
_CO = frozenset({"co-funded", "cofunded", "co-financed", "cofinanced", "jointly"})
_PAID = frozenset({"funded", "financed", "supported", "sponsored"})
_OPENERS = frozenset({"the", '"', "“", "'", "‘"})
_CHAIN_WINDOW = 8  # tokens after a funder's name (its DOI, a slogan) in which "and by" may come


def cofunders(doc: Doc, end: int, funders: list[tuple[Span, float]]) -> list[Span]:
    """The funders after the id that ends at token `end` that share it: the co-funder named after it
    ("the latter co-funded by X") and each funder of a chain "funded by A and by B" after the first."""
    i = end
    while i < len(doc) and doc[i].lower_ in _POINTERS:
        i += 1
    co = False
    if i + 2 < len(doc) and doc[i].lower_ == "co" and doc[i + 1].text == "-" and doc[i + 2].lower_ in _PAID:
        co, i = True, i + 3  # the tokenizer cuts "co-funded"
    elif i < len(doc) and doc[i].lower_ in _CO:
        co = True
        i += 1 + (doc[i].lower_ == "jointly" and i + 1 < len(doc) and doc[i + 1].lower_ in _PAID)
    elif i < len(doc) and doc[i].lower_ in _PAID and i == end:
        i += 1  # "grant X funded by A and by B": A is the id's own giver, B shares it
    else:
        return []
    if i >= len(doc) or doc[i].lower_ != "by":
        return []
    first = _funder_at(doc, i + 1, funders)
    if first is None:
        return []
    shared = [first] if co else []
    current = first
    while True:
        following = _and_by(doc, current.end, funders)
        if following is None:
            return shared
        shared.append(following)
        current = following


def _funder_at(doc: Doc, i: int, funders: list[tuple[Span, float]]) -> Span | None:
    while i < len(doc) and doc[i].lower_ in _OPENERS:
        i += 1
    return next((f for f, _ in funders if f.start == i), None)


def _and_by(doc: Doc, start: int, funders: list[tuple[Span, float]]) -> Span | None:
    """The funder of the next "and by" after a name: "MCIN/AEI/10.13039/501100011033 and by "ERDF ..."";
    none when a sentence stop comes first or the "by" names no funder ("and by grant TED2021-...")."""
    for i in range(start, min(len(doc) - 1, start + _CHAIN_WINDOW)):
        if doc[i].text in (";", "."):
            return None
        if doc[i].lower_ == "and" and doc[i + 1].lower_ == "by":
            return _funder_at(doc, i + 2, funders)
    return None
