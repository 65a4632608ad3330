"""Which sentences of a text state funding: the funding statements `extractors.funding` reads.

A statement is a sentence with a funding word ("supported", "grant", "fellowship"), or any
sentence under a "Funding" heading. The parser cuts some sentences short ("Grant No." then the
number, "(NIHR) Health Technology Assessment programme (...)"): those are glued back. A competing
interests section or sentence speaks of money too ("reports grants from X outside the submitted
work", "consulting fees from Y"), but of the authors' other dealings, not of what paid for the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from extractors.funding_links import TRIGGER
from extractors.relations import doc_text, sentences
from extractors.vocabulary import degree_word

# A sentence the splitter cut at "Grant No.": it goes on in the next one.
_CUT = re.compile(r"(\b(?:no|nos|grant|grants|contract|award)\.?|\bNo\.)\s*$", re.I)
# A section heading that says what follows is funding: "Funding", "Funding information", "Financial support".
_FUNDING_HEADING = re.compile(r"^(?:\d+\.?\s*)?(?:funding(?:\s+(?:information|sources|statement|details))?|sources?\s+of\s+"
                              r"funding|financial\s+support|grant\s+support)\s*:?$", re.I)
# A heading of the authors' own interests: what follows names companies and grants that did not fund the work.
_INTERESTS_HEADING = re.compile(r"^(?:\d+\.?\s*)?(?:(?:declaration|disclosure|statement)s?\s+of\s+(?:competing\s+)?"
                                r"interests?|(?:competing|conflicting)\s+(?:financial\s+)?interests?|conflicts?\s+of\s+"
                                r"interests?|(?:financial\s+)?disclosures?|duality\s+of\s+interest)\s*:?$", re.I)
# How a disclosure says the money it names did not pay for this work (ICMJE's form).
_INTERESTS = re.compile(r"\boutside\s+(?:of\s+)?the\s+submitted\s+work\b", re.I)
# "grants from the NIH during the conduct of the study": a disclosure of this work's own funding.
_THIS_STUDY = re.compile(r"\bduring\s+the\s+conduct\s+of\s+the\s+(?:study|work|trial)\b", re.I)
_SENTENCE_END = frozenset({".", "!", "?", ":", ";"})


def funding_statements(doc: Doc) -> Iterator[Span]:
    sents = sentences(doc)
    i = 0
    section = None  # "funding": every sentence states funding; "interests": none does
    while i < len(sents):
        start = sents[i].start
        end = sents[i].end
        while i + 1 < len(sents) and (_CUT.search(doc[start:end].text) or _continues(sents[i + 1])
                                      or _cut_short(doc[start:end], sents[i + 1])):
            i += 1
            end = sents[i].end
        span = doc[start:end]
        text = span.text.strip()
        if _FUNDING_HEADING.match(text):
            section = "funding"
        elif _INTERESTS_HEADING.match(text):
            section = "interests"
        elif section and _heading(span):
            section = None
        elif _THIS_STUDY.search(span.text) or section != "interests" and not _INTERESTS.search(span.text) and (
                section == "funding" or TRIGGER.search(span.text) and not _degree_awarded(span)):
            yield span
        i += 1


_AWARDING = frozenset("award awards awarded granted conferred".split())


def _degree_awarded(span: Span) -> bool:
    """The sentence's only funding word gives a degree: "a PhD from X, awarded in 2001", "was awarded her
    doctorate by X". A bio, not an acknowledgement ("awarded a PhD scholarship by X" stays one)."""
    words = [t for t in span if TRIGGER.fullmatch(t.text)]
    return bool(words) and all(t.lower_ in _AWARDING and (
        t.dep_ in ("acl", "relcl") and degree_word(t.head.lower_)
        or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "dative") and degree_word(c.lower_) for c in t.children))
        for t in words)


def _heading(span: Span) -> bool:
    """A short line with no sentence end ("Acknowledgements", "Competing interests"): the next section."""
    words = [t for t in span if not t.is_space]
    return 0 < len(words) <= 4 and words[-1].text not in (".", "!", "?") and not any(
        t.ent_type_ or any(c.isdigit() for c in t.text) for t in words)


def _continues(sent: Span) -> bool:
    """The parser cut a sentence short: the next one opens with a number, a lower-case word or a
    bracket ("... Directorate (RERAD) [SCR/908/03, SCR/842/04].")."""
    first = sent[0]
    return first.is_digit or first.is_lower and first.is_alpha or first.text in ("(", "[")


def _cut_short(span: Span, following: Span) -> bool:
    """"funded by the National Institute for Health and Care Research (NIHR) | Health Technology Assessment
    programme (project reference 17/94/12).": a sentence with no end of its own, on the same line as the next,
    goes on in it. A heading stands on its own line."""
    words = [t for t in span if not t.is_space]
    if not words or words[-1].text in _SENTENCE_END or len(words) < 5:
        return False
    between = doc_text(span.doc)[words[-1].idx + len(words[-1].text): following.start_char]
    return "\n" not in between
