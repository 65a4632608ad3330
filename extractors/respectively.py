"""Lists paired in order: "B.S. and M.S. from A and B, respectively", "M.S. and Ph.D. degrees from X
in 2016 and 2019, respectively".

The parse coordinates the degrees, the organisations and the years, but nothing in it says that the
first degree goes with the first organisation. "respectively" says so: the k-th degree is from the
k-th organisation and ends in the k-th year. With one organisation and several degrees, the
organisation gets them all, each with its year: "the M.S. and Ph.D. degrees from X in 2011 and 2015,
respectively" is a Master's ending 2011 and a PhD ending 2015 at X. Without "respectively" only that
last shape pairs, and only inside one phrase (`coordinated`): "her B.E. and M.E. degrees from Kyoto
University in 2012 and 2014", the degrees coordinated in the object and the years in one "in".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.syntax import degree_in, degree_label
from extractors.vocabulary import named_degree
from extractors.wordfinder import find
from extractors.years import DATE_POINT, YEAR_WORD

_RESPECTIVELY = frozenset({"respectively"})


def respective(sent: Span, orgs: list[Span], org: Span) -> list[tuple[str | None, int | None]] | None:
    """(degree, end year) of each degree from `org` in a "respectively" sentence, in the order listed; None
    when the sentence pairs nothing. Only what comes before "respectively" is paired: "..., in 2010 and 2013,
    respectively, and the Ph.D. degree from Y in 2018" lists two degrees and two years."""
    found = find(sent.doc, _RESPECTIVELY, sent.start, sent.end)  # per link: the doc's word index, not a scan
    if not found:
        return None
    end = found[0].i
    degrees = [t for t in sent if named_degree(t.lower_) and t.i < end and not org.start <= t.i < org.end]
    if len(degrees) < 2:
        return None
    listed = [o for o in orgs if degrees[0].i < o.start and o.end <= end]
    if not listed:  # "the B.S. and M.S. degrees in 2010 and 2012, respectively, from X": all from the next one
        listed = [o for o in orgs if o.start > end][:1]
    if org not in listed:
        return None
    years: list[int | None] = [int(y) for y in DATE_POINT.findall(sent.doc[degrees[0].i:end].text)]
    if len(years) != len(degrees):
        years = [None] * len(degrees)
    if all(d.i < listed[0].start for d in degrees):
        if len(listed) == len(degrees):  # "B.S. and M.S. from A and B": the k-th from the k-th
            k = listed.index(org)
            return [(degree_label(degree_in(degrees[k].text)), years[k])]
        if len(listed) == 1:  # "the M.S. and Ph.D. degrees from X in 2011 and 2015"
            return [(degree_label(degree_in(d.text)), year) for d, year in zip(degrees, years, strict=True)]
        return None
    # interleaved: "the B.S. degree from A and the Ph.D. degree from B, in 2011 and 2016", "the B.S. degree from A in
    # 2011, and the M.S. and Ph.D. degrees from B in 2013 and 2017": each degree is from the next organisation
    pairs = [(degree_label(degree_in(d.text)), year) for d, year in zip(degrees, years, strict=True)
             if next((o for o in listed if o.start > d.i), None) is org]
    return pairs or None


def coordinated(org: Span) -> list[tuple[str | None, int | None]]:
    """"received her B.E. and M.E. degrees from X in 2012 and 2014": (degree, end year) of each degree
    coordinated in the object the organisation's "from" belongs to, paired in order with as many years
    coordinated under one "in" after the organisation; nothing when the counts differ."""
    prep = org.root.head
    if org.root.dep_ != "pobj" or prep.lower_ not in ("from", "at"):
        return []
    heads = [prep.head] + ([prep.head.head] if prep.head.dep_ in ("dobj", "conj") else [])
    objects = [t for h in heads for t in (h, *h.children) if t.dep_ in ("dobj", "conj") and t.i < org.start]
    degrees = [t for o in objects for t in o.subtree
               if t.i < org.start and named_degree(t.lower_)]
    years = next((y for h in heads for y in _years_in(h) if y and y[0].i >= org.end), [])
    if len(degrees) < 2 or len(years) != len(degrees):
        return []
    return [(degree_label(degree_in(d.text)), int(y.text)) for d, y in zip(degrees, years, strict=True)]


def _years_in(head: Token) -> list[list[Token]]:
    """The years under each "in" that `head` governs, a year and its conjuncts ("in 2012 and 2014")."""
    found = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for year in prep.children:
                if year.dep_ == "pobj" and YEAR_WORD.match(year.text):
                    listed = [year, *(c for c in year.conjuncts if YEAR_WORD.match(c.text))]
                    found.append(sorted(listed, key=lambda t: t.i))
    return found
