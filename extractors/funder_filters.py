"""Which organisations named in a funding statement are not its funders.

A funding statement names more organisations than it thanks for money: the people or units
that received the grant ("a grant from X to SC"), the projects and programmes it paid for
("the DCOMM project", "Grant-in-Aid for Scientific Research"), hosts thanked for hospitality,
organisations in a disclaimer ("do not reflect the views of NSF") and people's initials
("SCS and RSS thank"). Each test here takes a candidate span and says whether to drop it.

Recipients and initials are read in `extractors/funding_recipients.py`, and a funder's acronym spelled by
the name before it in `extractors/funder_acronyms.py`; the word lists here (`BODY_WORDS`, `GRANT_KINDS`,
`THANK`, `NOT_FUNDING_BY`) serve every funder module.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.relations import doc_text
from extractors.vocabulary import acronym

_GRANT_IN_AID = re.compile(r"(?:(?:grants?[- ]?in[- ]?|grantin-)aid|aid for)\b", re.I)
# "X by Y" where Y runs, hosts or oversees something rather than paying for it.
NOT_FUNDING_BY = frozenset("""operated monitored administered managed hosted led established coordinated organized
    organised overseen oversight conducted performed carried implemented""".split())
BODY_WORDS = frozenset("""foundation foundations council agency ministry fund funds trust society office academy
    university commission department administration association institute institutes organization organisation
    government union bureau authority center centre service services state corporation company inc ltd
    laboratory laboratories labs school college hospital""".split())
GRANT_KINDS = frozenset("""grant grants award awards fellowship fellowships scholarship scholarships studentship
    studentships chair prize professorship professorships""".split())
_PROJECT_WORDS = frozenset("""project projects programme programmes program programs consortium network
    initiative study studies action scheme survey""".split())
_DISCLAIMER = re.compile(r"necessarily (?:reflect|represent)|views (?:of|expressed)|official (?:policies|endorsement)"
                         r"|opinions, findings|no role in", re.I)
# A token of an award id: digits mixed with letters or joined by "-", "/", "_" ("RTI2018-096903").
_CODE = re.compile(r"^(?=(?:\D*\d){3})(?:(?=.*[A-Za-z_])|(?=.*[-/]))[\w./-]{6,}$|^\d{5,}$")
# Head words of programmes, projects and the like: what was funded, or how, not who funded it.
_NOT_FUNDER_HEADS = frozenset("""program programme programs programmes project projects study studies
    scheme schemes award awards grant grants contract contracts cohort trial plan plans
    fellowship fellowships scholarship scholarships studentship studentships prize professorship
    professorships fellow scholar""".split())
_PROGRAMME_FRONTS = _NOT_FUNDER_HEADS | {"open", "intramural"}  # "Project of the X Foundation", "Open Fellowship"
_LOCAL_GOVERNMENTS = frozenset({"municipal", "provincial", "municipality", "province", "prefectural", "regional"})
_DEGREES = frozenset("phd dphil msc mphil bsc md mba".split())
THANK = frozenset({"thank", "thanks", "acknowledge", "acknowledges", "acknowledged", "grateful", "gratefully",
                   "indebted", "thankful", "obliged", "appreciate", "appreciates", "gratitude", "due"})


def not_a_funder(candidate: Span) -> bool:
    words = [t for t in candidate if t.is_alpha]
    if not words:
        return True
    if len(candidate) == 1 and len(candidate.text) <= 2:
        return True  # "US", "AI", initials
    if len(words) == 1 and words[0].lower_ in ("ref", "nr", "round", "no"):
        return True  # "(Round 9, Ref: 13)": the label of a number
    if len(words) == 1 and words[0].lower_.replace(".", "") in _DEGREES:
        return True  # "a PhD Scholarship from X": the degree, not who paid
    if not candidate._.kg and candidate.label_ != "FUNDER" and in_code(candidate):
        return True  # "DAAD-315-PRO-fo-ab", "H2020-ICT-645403-ROBDREAM": letters of an award id
    if not candidate._.kg and candidate.label_ != "FUNDER" and len(words) == 1 and candidate.start > 0 \
            and sum(c.isdigit() for c in candidate.doc[candidate.start - 1].text) >= 2:
        return True  # "CE09 MEANING", "CRETP2-166734 FELICITY": a project named after its award code
    if any(_CODE.match(t.text) for t in candidate):
        return True  # "MC_UU_12024/2 to PJM", "Project RTI2018-096903-B-I00": an award id, not a name
    doc = candidate.doc
    after = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
    position = candidate.start - 1
    while position > 0 and doc[position].lower_ in ("the", "a", "an", "its", "their", "our", "this"):
        position -= 1
    before = doc[position].lower_ if position >= 0 else ""
    if before in _PROJECT_WORDS or before in ('"', "“", "'", "‘") and not _quoted_body(candidate, words):
        return True  # "the 'X Programme'"; but a quoted "National Council of X" (CNPq) is a body
    if before in ("grant", "grants") and len(candidate) == 1 and candidate.start - position == 1:
        return True  # "ERC grant HIGHZ", "the DLR grant SADOS": the grant's own name
    unknown = not candidate._.kg and candidate.label_ != "FUNDER" and not ({t.lower_ for t in words} & BODY_WORDS)
    if unknown and (after in _PROJECT_WORDS and not _names_its_project(candidate) or after in GRANT_KINDS
                    and len(words) > 1 and (not any(acronym(t) for t in words) or _acronyms_scheme(words))):
        # "the DCOMM project", "a Merit Review Award", "a VICI grant"; but "the NIH Roadmap program",
        # "NSF grant", "a Wellcome Trust fellowship" keep their funder
        return True
    if unknown and after in (",", "and") and _listed_before_project(candidate):
        return True  # "the NASA GTE and ACMAP programs": GTE is a programme too
    if words[0].lower_ in ("program", "programme", "project", "projects", "programs"):
        return True  # "Program of Shanghai Academic Research Leader"
    if _GRANT_IN_AID.match(candidate.text):
        return True  # Japan's "Grant-in-Aid for Scientific Research" is a grant, not its funder
    head = words[-1].lower_
    if head in ("consortium", "network") and len(words) == 2:
        return True  # "the HiGHmed Consortium": a project's partners; "the X Sea Grant Consortium" pays
    if head in ("program", "programme", "project") and government_scheme(words):
        return False  # "National Basic Research Program (of China)": a government funding body
    return head in _NOT_FUNDER_HEADS


def _acronyms_scheme(words: list[Token]) -> bool:
    """"an NHMRC Emerging Leadership Investigator Grant", "an NSF Graduate Research Fellowship": a body's
    acronym, then the scheme's own capitalised words (no body word, no second acronym) before the grant word.
    One word after the acronym may name the award for a person ("MRC Milstein award"): left as written."""
    return len(words[0]) >= 3 and acronym(words[0]) and len(words) >= 2 and all(
        t.is_title and not acronym(t) and t.lower_ not in BODY_WORDS for t in words[1:])


def government_scheme(words: list[Token]) -> bool:
    """A government's funding body, named by its scheme: "National Basic Research Program", "Shanghai Municipal
    Science and Technology Major Project", "Guangdong Provincial Key R&D Program"."""
    return bool(words) and (words[0].lower_ in ("national", "state", "federal", "key")
                            or bool({t.lower_ for t in words[1:3]} & _LOCAL_GOVERNMENTS))


def _quoted_body(candidate: Span, words: list[Token]) -> bool:
    """A quoted name that is a body's: it has a body word, an acronym in brackets follows the closing quote
    ("Coordenação de Aperfeiçoamento ..." (CAPES)), or it is an acronym the quote goes on after (a motto)."""
    if {t.lower_ for t in words} & BODY_WORDS:
        return True
    doc = candidate.doc
    following = doc[candidate.end] if candidate.end < len(doc) else None
    if len(words) == 1 and acronym(words[0]) and following is not None and following.is_title and following.is_alpha \
            and following.lower_ not in _PROJECT_WORDS | GRANT_KINDS:
        return True  # ""ERDF A way of making Europe"", ""ESF Investing in your future"": a fund and its motto
    after = [t.text for t in doc[candidate.end: min(len(doc), candidate.end + 4)]]
    return len(after) == 4 and after[0] in ('"', "”", "'", "’") and after[1] == "(" and after[3] == ")" \
        and acronym(doc[candidate.end + 2])


def funder_within(candidate: Span) -> Span | None:
    """The body named at the front of a programme: "NATO Postdoctoral Science Fellowship",
    "University of Tasmania's Visiting Scholar Program", "a Wellcome Trust Research Leave
    Fellowship", "a BBSRC Industry Interchange Program" were each paid for by their first words."""
    words = [t for t in candidate if t.is_alpha]
    if words and len(candidate) >= 3 and words[0].lower_ in _PROGRAMME_FRONTS:
        return _body_after(candidate)  # "Project of the X Foundation for Y", "Programme ... in the Z Council"
    doc = candidate.doc
    if words and len(candidate) >= 2 and candidate.end < len(doc) and doc[candidate.end].lower_ in GRANT_KINDS \
            and _acronyms_scheme(words):
        return Span(doc, candidate.start, candidate.start + 1, label=candidate.label_)  # "NHMRC ... | Grant"
    if not words or words[-1].lower_ not in _NOT_FUNDER_HEADS or len(candidate) < 2:
        return None
    if _eponymous(candidate):
        return Span(candidate.doc, candidate.start, candidate.start + 1, label=candidate.label_)
    doc = candidate.doc
    end = None
    for token in candidate[:-1]:
        if token.text in ("'s", "’s"):
            end = token.i
            break
        if token.lower_ in BODY_WORDS:
            end = token.i + 1
            if end + 1 < candidate.end and doc[end].lower_ == "of" and doc[end + 1].is_title:
                end += 2  # "University of Leeds PhD Research Scholarship"
    if end is None and acronym(candidate[0]) and len(candidate[0]) >= 3:
        end = candidate.start + 1
    if end is None or end <= candidate.start or end >= candidate.end:
        return None
    inner = Span(doc, candidate.start, end, label=candidate.label_)
    return None if not_a_funder(inner) else inner


# Words that say what kind of fellowship it is, not whose: "a Research Fellowship", "a Doctoral Scholarship".
_KINDS_OF_AWARD = frozenset("""research postdoctoral doctoral predoctoral graduate undergraduate senior junior career
    early visiting young international national open future discovery distinguished faculty travel summer teaching
    investigator leadership clinical medical presidential university college merit honorary memorial excellence
    innovation talent global new""".split())
_EPONYMOUS_KINDS = frozenset({"fellowship", "fellowships", "scholarship", "scholarships", "studentship"})


def _eponymous(candidate: Span) -> bool:
    """"a Sloan Fellowship", "a Packard Fellowship", "a Sloan Research Fellowship": a fellowship named after the
    one word of its giver (and the kind of fellowship), when no giver is named after it ("a Newton Fellowship
    from the Royal Society" is the Society's)."""
    if len(candidate) < 2 or candidate[-1].lower_ not in _EPONYMOUS_KINDS \
            or any(t.lower_ not in _KINDS_OF_AWARD for t in candidate[1:-1]):
        return False
    name = candidate[0]
    if not (name.is_alpha and name.is_title and len(name) >= 3) or name.lower_ in _KINDS_OF_AWARD \
            or name.lower_ in BODY_WORDS or name.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "ORDINAL"):
        return False
    doc = candidate.doc
    return candidate.end >= len(doc) or doc[candidate.end].lower_ not in ("from", "of", "by", "to", "at", "in")


def _body_after(candidate: Span) -> Span | None:
    """The body a programme's name ends on: the last "of", "in" or "from" whose rest names a body
    ("Program for Promotion of X Studies of the National Institute of Y" -> "National Institute of Y")."""
    doc = candidate.doc
    for token in reversed(candidate[1:-1]):
        if token.lower_ not in ("of", "in", "from", "at"):
            continue
        start = token.i + 1 + (doc[token.i + 1].lower_ == "the")
        rest = [t.lower_ for t in doc[start: candidate.end]]
        if start < candidate.end and doc[start].is_title and set(rest) & BODY_WORDS \
                and not set(rest) & _NOT_FUNDER_HEADS:
            inner = Span(doc, start, candidate.end, label=candidate.label_)
            return None if not_a_funder(inner) else inner
    return None


def _listed_before_project(candidate: Span) -> bool:
    """Names joined by "and" or commas up to a plural project word: "GTE and ACMAP programs"."""
    doc = candidate.doc
    for token in doc[candidate.end: min(len(doc), candidate.end + 8)]:
        if token.lower_ in ("programs", "programmes", "projects", "grants", "awards", "fellowships"):
            return True
        if not (token.text == "," or token.lower_ == "and" or token.is_upper and token.is_alpha):
            return False
    return False


def _names_its_project(candidate: Span) -> bool:
    """"the ANR project NORMA": a project word followed by the project's own name leaves the
    acronym before it as the body that runs the scheme; "the DCOMM project" is the project."""
    doc = candidate.doc
    if candidate.end + 1 >= len(doc) or not acronym(candidate[-1]):
        return False
    name = doc[candidate.end + 1]
    return name.is_alpha and (name.is_upper and len(name) >= 3 or name.is_title) and name.ent_type_ != "PERSON"


def in_code(candidate: Span) -> bool:
    """Glued by "-" or "/" to digits in one unbroken string: part of an award id, not a name."""
    text = doc_text(candidate.doc)
    lo, hi = candidate.start_char, candidate.end_char
    glued = lo > 0 and text[lo - 1] in "-/" or hi < len(text) and text[hi] in "-/"
    if not glued:
        return False
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    if "/10.13039/" in text[lo:hi] and text[hi - 1].isdigit():
        return False  # "MCIN/AEI/10.13039/501100011033": funders named with their Funder Registry DOI
    return sum(c.isdigit() for c in text[lo:hi]) >= 2


def in_disclaimer(candidate: Span) -> bool:
    """"... do not necessarily reflect the views of the National Science Foundation"."""
    return bool(_DISCLAIMER.search(candidate.sent.text))


def after_grant_in_aid(candidate: Span) -> bool:
    """"Grant-in-Aid for Scientific Research", "Grant-in-Aid for JSPS Fellows": what follows
    "aid for" names the grant's category, not who paid it (that comes after "from")."""
    doc = candidate.doc
    start = candidate.start
    if not (start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ == "aid"):
        return False
    if not (candidate._.kg or candidate.label_ == "FUNDER"):
        return True
    # "a Grant-in-Aid for JSPS Fellows (22J12345)": with no giver named after it, the known funder in the
    # category is who gives it
    for token in doc[candidate.end: min(len(doc), candidate.end + 12)]:
        if token.text in (";", ".") or token.lower_ in ("and", "or") and token.i > candidate.end + 1:
            return False
        if token.lower_ in ("from", "by"):
            return True
    return False


_PLACE_TYPES = frozenset({"GPE", "LOC"})
_COUNTRY_CODES = frozenset({"USA", "UK", "US", "UAE", "PRC", "ROC"})


def place_only(candidate: Span) -> bool:
    """"Varian Medical Systems, Palo Alto, CA, USA": a place in a funder's address is not a funder."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    doc = candidate.doc
    if len(candidate) != 1 or candidate.start == 0 or doc[candidate.start - 1].text != ",":
        return False  # a place that ends an address; "Generalitat Valenciana" may well fund
    words = [t for t in candidate if t.is_alpha]
    # NER calls many funders' acronyms places ("UJF", "MoD"): only a country's own short name counts
    return bool(words) and all(t.ent_type_ in _PLACE_TYPES and (not acronym(t) or t.text in _COUNTRY_CODES)
                               for t in words)


def in_award_citation(candidate: Span) -> bool:
    """"(No. 2019-0-00075, Artificial Intelligence Graduate School Program (KAIST))": after an award's number in
    its bracket, the award's title and the host named in it, not another funder ("(grant 123, from the X
    Foundation)" names its giver)."""
    doc = candidate.doc
    opens, depth = [], 0
    for token in reversed(doc[max(0, candidate.start - 30): candidate.start]):
        if token.text in (")", "]"):
            depth += 1
        elif token.text in ("(", "["):
            if depth == 0:
                opens.append(token.i)
            depth = max(0, depth - 1)
        if len(opens) == 2 or token.text == ";":
            break
    if not opens:
        return False
    before = doc[candidate.start - 1 - (doc[candidate.start - 1].lower_ == "the")]
    after = doc[candidate.end] if candidate.end < len(doc) else None
    if before.lower_ in ("from", "by") or before.text == "/" or after is not None and sum(
            c.isdigit() for c in after.text) >= 3:
        return False  # "(NIH R01 ..., NSF 1234567)", "(..., NIH/NIGMS 1R43...)": a funder with its own award
    if not candidate._.kg and candidate.label_ != "FUNDER" and _numbered_first(doc[opens[0] + 1: candidate.start]):
        return True
    alone = opens[0] == candidate.start - 1 and candidate.end < len(doc) and doc[candidate.end].text in (")", "]")
    return alone and len(opens) == 2 and _numbered_first(doc[opens[1] + 1: opens[0]])


def _numbered_first(inside: Span) -> bool:
    """An award's number, then a comma: "No. 2019-0-00075, ..."."""
    numbered = False
    for token in inside:
        if sum(c.isdigit() for c in token.text) >= 3:
            numbered = True
        elif token.text == ",":
            return numbered
    return False
