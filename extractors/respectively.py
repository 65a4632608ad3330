"""Lists paired in order: "B.S. and M.S. from A and B, respectively", "M.S. and Ph.D. degrees from X
in 2016 and 2019, respectively".

The parse coordinates the degrees, the organisations and the years, but nothing in it says that the
first degree goes with the first organisation. "respectively" says so: the k-th degree is from the
k-th organisation and ends in the k-th year. With one organisation and several degrees, the
organisation gets them all, each with its year: "the M.S. and Ph.D. degrees from X in 2011 and 2015,
respectively" is a Master's ending 2011 and a PhD ending 2015 at X.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.syntax import degree_in, degree_label
from extractors.vocabulary import degree_word
from extractors.wordfinder import find
from extractors.years import DATE_POINT

_GENERIC = frozenset({"degree", "degrees", "education", "diploma"})
_RESPECTIVELY = frozenset({"respectively"})


def respective(sent: Span, orgs: list[Span], org: Span) -> list[tuple[str | None, int | None]] | None:
    """(degree, end year) of each degree from `org` in a "respectively" sentence, in the order listed; None
    when the sentence pairs nothing."""
    if not find(sent.doc, _RESPECTIVELY, sent.start, sent.end):  # per link: the doc's word index, not a scan
        return None
    degrees = [t for t in sent if t.lower_ not in _GENERIC and degree_word(t.lower_) and t.i < org.start]
    if len(degrees) < 2:
        return None
    listed = [o for o in orgs if o.start > degrees[0].i]
    years = [int(y) for y in DATE_POINT.findall(sent.text[degrees[0].idx - sent.start_char:])]
    if len(years) != len(degrees):
        years = [None] * len(degrees)
    if len(listed) == len(degrees) and org in listed:
        k = listed.index(org)
        return [(degree_label(degree_in(degrees[k].text)), years[k])]
    if len(listed) == 1:
        return [(degree_label(degree_in(d.text)), year) for d, year in zip(degrees, years, strict=True)]
    return None
