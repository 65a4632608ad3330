"""Award ids in a funding statement, and which funder each belongs to.

An award id is a code-like run with at least two digits ("61772345", "R01-ES015339",
"EP/N014162/1"); a short capitalised code written just before it belongs to it ("R01 AI42399",
"DBI 0638536", an NIH activity code "1R01 AR987654") unless that code is a funder's name or
acronym. Line breaks inside an id are undone ("BB/ L02022X/1", "ANR-10- LABX-62"); periods
("FP7/2007-2013"), ordinals and programme numbers ("the 863 Program") are not awards. Each id
goes to the nearest funder before it, else the first after it, so one sentence can name several
funders with several awards each; "respectively" pairs as many ids as funders in order.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractors.cofunding import cofunders
from extractors.funder_roles import name_acronyms
from extractors.relations import doc_text
from extractors.years import PERIOD, YEAR_WORD

# A line break may leave a space after a hyphen: "ANR-10- LABX-62-IBEID" is one id.
# An underscore joins parts too: the SNSF writes "200021_184543". A number glued to a name by an apostrophe
# is the name's ("the Grid'5000 testbed").
# A bracketed part glued between two parts belongs to the id: CSIR's "09/086(1412)/2019-EMR-I".
_AWARD = re.compile(r"(?<![\w/.'’-])(?=[A-Za-z0-9./_()-]*\d[A-Za-z0-9./_()-]*\d)[A-Za-z0-9]+"
                    r"(?:(?:-[ ](?=[A-Z0-9][\w-]*\d)|[-/._]|\([A-Za-z0-9]+\)[-/._])[A-Za-z0-9]+)*(?![\w])")
# A bracket holding only one id written in pieces: "(ETH-41 22-1)", "(2022 FI_B 00456)". Pieces are upper-case
# codes; a letters-only word ("(NIH R01 ...)") names a funder, and two long numbers are two ids.
_ONE_ID_BRACKET = re.compile(r"(?<=\()(?:[A-Z0-9][A-Z0-9./_-]*[ ])+[A-Z0-9][A-Z0-9./_-]*(?=\))")
# The Crossref Funder Registry's DOI prefix: "MCIN/AEI/10.13039/501100011033" identifies the funder, not an award.
_FUNDER_DOI = "10.13039/"
# A currency sign right before a number, or before its first digits: an amount ("$50,000", "€1.2 million").
_MONEY = re.compile(r"[$€£¥]\s?[\d,.]*$")
# The letters before a number that belong to the award id: NIH activity codes, NSF division codes.
_AWARD_PREFIX = re.compile(r"^(?:[A-Z]\d{2}|[A-Z]{2,5})$")
# An NIH activity code, with its application type and the "O" typed for a zero: "R01", "1R43", "RO1", "5P30",
# and the two-letter ones: "RF1", "UH3", "DP2", "KL2" (not the EU's framework programmes "FP7").
ACTIVITY_CODE = re.compile(r"^\d?(?:[A-Z][0-9O]\d|(?!FP)[A-Z]{2}\d)$")
# Words that label the number after them: "grant no. 2019", "award number 1234".
NUMBER_WORDS = frozenset({"no", "no.", "number", "#", "nos", "nos."})
# A number run into its label: "No.51075192", "no.1050602".
_NUMBER_LABEL = re.compile(r"^(?:No|no|NO|Nr|nr)\.(?=\w)")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# Words that label the number after them when joined to the word before: "Project-ID 390727645", "Grant-No 12".
# Standing alone the label is written as part of the id ("(ID 1010536)" in the GROBID gold).
_LABELS = frozenset({"ID", "NO", "NR"})
# Words after a number that make it a programme's name: "the 863 Program", "973 Project".
_NAMED = frozenset({"program", "programme", "project", "plan"})
# Research-council prefixes cut off by a line break: "BB/ L02022X/1", "EP/ M002527/1".
_CUT_PREFIX = re.compile(r"(?<![\w/])([A-Z]{1,5}/)\s+$")


def awards_by_funder(span: Span, funders: list[tuple[Span, float]]) -> dict[int, list[str]]:
    """Award ids keyed by the start token of the funder each belongs to."""
    doc = span.doc
    names = {t.i for f, _ in funders for t in f}
    known = {i for ent in span.ents if ent._.kg or ent.label_ == "FUNDER" for i in range(ent.start, ent.end)}
    found: dict[int, list[str]] = {}
    acronyms = {a for f, _ in funders for a in name_acronyms(f)}
    matches = _matches(span.text)
    listed: list[tuple[int, str]] = []  # (token, id) of each award, in order
    ends: list[int] = []  # the token after each award
    for index, (match_start, match_end, written, whole) in enumerate(matches):
        written = written.rstrip(".")
        text = _NUMBER_LABEL.sub("", written)
        start_char = span.start_char + match_start + len(written) - len(text)
        token = doc.char_span(start_char, start_char + len(text), alignment_mode="expand")
        text = re.sub(r"(?<=-) ", "", text) if whole else text.replace(" ", "")  # "ANR-10- LABX-62": a line break
        if token is None or token.start in names or _FUNDER_DOI in text:
            continue
        previous = doc[token.start - 1].lower_ if token.start > 0 else ""
        following = doc[token.end].lower_ if token.end < len(doc) else ""
        if YEAR_WORD.match(text) and previous not in NUMBER_WORDS and previous != "grant":
            continue
        if _MONEY.search(doc_text(doc)[max(0, start_char - 12): start_char]):
            continue  # "a gift of $50,000": an amount, not an award
        if sum(c.isdigit() for c in text) < 3 or PERIOD.search(text) \
                or _ORDINAL.match(text) or text.isdigit() and len(text) == 3 and following in _NAMED:
            continue
        if ACTIVITY_CODE.match(text) and index + 1 < len(matches) \
                and span.text[match_end: matches[index + 1][0]] == " ":
            continue  # "1R01 AR062581": the activity code opens the next number
        prefix = doc[token.start - 1] if token.start > span.start and not whole else None
        if (prefix is not None and prefix.i not in names and (_AWARD_PREFIX.match(prefix.text)
                or ACTIVITY_CODE.match(prefix.text)) and prefix.whitespace_ and prefix.i not in known
                and prefix.text not in acronyms  # "FRM DEQ2018...": the funder's acronym, then its award
                and not _joined_label(prefix)):
            text = prefix.text + " " + text  # "R01 AI42399", "DBI 0638536", "NCR 89-04590"
        cut = _CUT_PREFIX.search(doc_text(doc)[max(0, start_char - 8): start_char])
        if cut and not text.startswith(cut.group(1)):
            text = cut.group(1) + text  # "BB/ L02022X/1"
        listed.append((token.start, text))
        ends.append(token.end)
    for index in reversed(range(len(listed))):
        if _names_its_project(doc, listed, index):
            del listed[index], ends[index]
    owners = _respective(span, funders, listed) or [
        _grant_owner(doc[position], funders) or _giver_after(doc, end, funders) or _owner(position, funders)
        for (position, _), end in zip(listed, ends)]
    for owner, (_, text), end in zip(owners, listed, ends):
        sharing = [owner] if owner is not None else []
        sharing += [f for f in cofunders(doc, end, funders) if f not in sharing]
        for funder in sharing:
            found.setdefault(funder.start, []).append(text)
    return found


# A scheme's number: the DFG's clusters and centres "EXC-2123", "SFB 1227", "TRR 181".
_SCHEME_CODE = re.compile(r"^[A-Z]{2,4}[- ]?\d{3,4}$")
_PROJECT_NUMBER = re.compile(r"^\d{6,}$")
_PROJECT_GAP = 10  # tokens between a scheme's number and its project's


def _names_its_project(doc, listed: list[tuple[int, str]], index: int) -> bool:
    """"Excellence Strategy – EXC-2123 QuantumFrontiers – 390837967", "SFB 1227 (DQ-mat), project-ID 274200144":
    a scheme's short number followed, in the same phrase, by the long number of the project it funds: the
    project number is the award; the scheme's number only says which scheme."""
    if index + 1 >= len(listed) or not _SCHEME_CODE.match(listed[index][1]):
        return False
    position, following = listed[index][0], listed[index + 1]
    between = doc[position + 1: following[0]]
    return bool(_PROJECT_NUMBER.match(following[1])) and len(between) <= _PROJECT_GAP and not any(
        t.lower_ in ("and", "&") or t.text == ";" for t in between)


def _matches(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, written whole) of each award-like run; a bracket holding one id in pieces is one run."""
    whole = [m for m in _ONE_ID_BRACKET.finditer(text) if _one_id(m.group(0))]
    runs = [(m.start(), m.end(), m.group(0), False) for m in _AWARD.finditer(text)
            if not any(w.start() <= m.start() < w.end() for w in whole)]
    return sorted(runs + [(m.start(), m.end(), m.group(0), True) for m in whole])


def _one_id(written: str) -> bool:
    """"ETH-41 22-1", "2022 FI_B 00456": pieces of one id; not "R01 AI42399" (the prefix rule's) when a
    piece is letters alone, nor "61772012 62076010" (two ids)."""
    pieces = written.split()
    digits = [sum(c.isdigit() for c in piece) for piece in pieces]
    return sum(digits) >= 5 and sum(d >= 5 for d in digits) <= 1 and not any(
        d == 0 and "_" not in piece for piece, d in zip(pieces, digits)) and not any(
        ACTIVITY_CODE.match(piece) for piece in pieces)


def _joined_label(token) -> bool:
    """"Project-ID", "Grant-No": a label hyphenated to its noun, not the start of the id after it."""
    doc = token.doc
    return token.text.upper() in _LABELS and token.i > 0 and doc[token.i - 1].text in ("-", "–") \
        and not doc[token.i - 1].whitespace_


def _respective(span: Span, funders: list[tuple[Span, float]], listed: list[tuple[int, str]]) -> list[Span] | None:
    """"the SNSF and the DFG under grants 200021_1 and 390740016, respectively": as many ids as funders, all
    after the last funder, go to them in order; None when the statement pairs nothing."""
    if len(funders) < 2 or len(listed) != len(funders) or not any(t.lower_ == "respectively" for t in span):
        return None
    names = sorted((f for f, _ in funders), key=lambda f: f.start)
    if any(position < names[-1].end for position, _ in listed):
        return None
    return names


_GRANT_WORDS = frozenset({"grant", "grants", "award", "awards", "contract", "project"})


def _grant_owner(award, funders: list[tuple[Span, float]]) -> Span | None:
    """"the NRF grant funded by the Korea government (MSIT) (No. 2021R1A2C1012345)": the parse hangs the
    number on the grant, and the grant is its own body's, not the one funding it named in between."""
    grant = award.head
    for _ in range(2):
        if grant.lower_ in _GRANT_WORDS or grant.head.i == grant.i:
            break
        grant = grant.head  # "No. 123" hangs the number on "No."
    if grant.lower_ not in _GRANT_WORDS or grant.i > award.i:
        return None
    return next((f for f, _ in funders if f.end <= grant.i and f.root.head.i == grant.i
                 and f.root.dep_ in ("nmod", "compound", "poss")), None)


_GIVEN = frozenset({"awarded", "provided", "funded", "given", "granted", "made"})


def _giver_after(doc, end: int, funders: list[tuple[Span, float]]) -> Span | None:
    """"Grant 2019-1234 from the X Foundation and award SES-1947654 from the Y": an id named before its
    funder says who gave it right after it ("from", "by", "awarded by"), whatever funder came before."""
    i = end
    if i < len(doc) and doc[i].lower_ in _GIVEN:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("from", "by"):
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    return next((f for f, _ in funders if f.start == i), None)


def _owner(position: int, funders: list[tuple[Span, float]]) -> Span | None:
    before = [f for f, _ in funders if f.end <= position]
    if before:
        return max(before, key=lambda f: f.end)
    after = [f for f, _ in funders if f.start > position]
    return min(after, key=lambda f: f.start) if after else None
