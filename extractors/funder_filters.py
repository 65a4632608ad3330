"""Which organisations named in a funding statement are not its funders.

A funding statement names more organisations than it thanks for money: the people or units
that received the grant ("a grant from X to SC"), the projects and programmes it paid for
("the DCOMM project", "Grant-in-Aid for Scientific Research"), hosts thanked for hospitality,
organisations in a disclaimer ("do not reflect the views of NSF") and people's initials
("SCS and RSS thank"). Each test here takes a candidate span and says whether to drop it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_GRANT_IN_AID = re.compile(r"(?:(?:grants?[- ]?in[- ]?|grantin-)aid|aid for)\b", re.I)
# "X by Y" where Y runs, hosts or oversees something rather than paying for it.
_NOT_FUNDING_BY = frozenset("""operated monitored administered managed hosted led established coordinated organized
    organised overseen oversight conducted performed carried implemented""".split())
_BODY_WORDS = frozenset("""foundation foundations council agency ministry fund funds trust society office academy
    university commission department administration association institute institutes organization organisation
    government union bureau authority center centre service services state corporation company inc ltd
    laboratory laboratories labs""".split())
_GRANT_KINDS = frozenset("""grant grants award awards fellowship fellowships scholarship scholarships studentship
    studentships chair prize""".split())
_PROJECT_WORDS = frozenset("""project projects programme programmes program programs consortium network
    initiative study studies action scheme survey""".split())
_DISCLAIMER = re.compile(r"necessarily (?:reflect|represent)|views (?:of|expressed)|official (?:policies|endorsement)"
                         r"|opinions, findings|no role in", re.I)
# A token of an award id: digits mixed with letters or joined by "-", "/", "_" ("RTI2018-096903").
_CODE = re.compile(r"^(?=(?:\D*\d){3})(?:(?=.*[A-Za-z_])|(?=.*[-/]))[\w./-]{6,}$|^\d{5,}$")
_RECEIVE = frozenset({"received", "receives", "receive", "holds", "held", "acknowledge", "acknowledges"})
# Head words of programmes, projects and the like: what was funded, or how, not who funded it.
_NOT_FUNDER_HEADS = frozenset("""program programme programs programmes project projects study studies
    scheme schemes award awards grant grants contract contracts network cohort consortium trial plan plans
    fellowship fellowships scholarship scholarships studentship studentships prize""".split())
THANK = frozenset({"thank", "thanks", "acknowledge", "acknowledges", "acknowledged", "grateful", "gratefully",
                   "indebted", "thankful", "obliged", "appreciate", "appreciates", "gratitude", "due"})


def recipient(candidate: Span) -> bool:
    """"a grant from X to SC", "CH and EJ were supported by": who received, not who gave."""
    doc = candidate.doc
    position = candidate.start - 1
    while position > 0 and doc[position].lower_ in ("the", "a", "an", "its", "their"):
        position -= 1
    before = doc[position].lower_ if position >= 0 else ""
    if before == "to" and position > 0:
        # "grateful to X", "thanks are extended to X", "our appreciation to X" name the funder
        return not any(t.lower_ in THANK or t.lower_ == "appreciation" for t in doc[max(0, position - 3): position])
    if before in ("at", "in"):
        return True  # "a grant to ITAMP at the Harvard-Smithsonian Center": the host, not the funder
    if before == "by" and doc[position].head.lower_ in _NOT_FUNDING_BY:
        return True  # "operated by", "monitored by", "administered by"
    root = candidate.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "compound":
        root = root.head
    # "X is acknowledged for funding" names the funder; "CH and EJ were supported by" the funded.
    return root.dep_ == "nsubjpass" and root.head.lower_ not in THANK and root.head.lower_ != "thanked"


def not_a_funder(candidate: Span) -> bool:
    words = [t for t in candidate if t.is_alpha]
    if not words:
        return True
    if len(candidate) == 1 and len(candidate.text) <= 2:
        return True  # "US", "AI", initials
    if any(_CODE.match(t.text) for t in candidate):
        return True  # "MC_UU_12024/2 to PJM", "Project RTI2018-096903-B-I00": an award id, not a name
    doc = candidate.doc
    after = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
    position = candidate.start - 1
    while position > 0 and doc[position].lower_ in ("the", "a", "an", "its", "their", "our", "this"):
        position -= 1
    before = doc[position].lower_ if position >= 0 else ""
    if before in _PROJECT_WORDS or before in ('"', "“", "'", "‘"):
        return True
    if before in ("grant", "grants") and len(candidate) == 1 and candidate.start - position == 1:
        return True  # "ERC grant HIGHZ", "the DLR grant SADOS": the grant's own name
    unknown = not candidate._.kg and candidate.label_ != "FUNDER" and not ({t.lower_ for t in words} & _BODY_WORDS)
    if unknown and (after in _PROJECT_WORDS and not _names_its_project(candidate) or after in _GRANT_KINDS
                    and len(words) > 1 and not any(acronym(t) for t in words)):
        # "the DCOMM project", "a Merit Review Award", "a VICI grant"; but "the NIH Roadmap program",
        # "NSF grant", "a Wellcome Trust fellowship" keep their funder
        return True
    if words[0].lower_ in ("program", "programme", "project", "projects", "programs"):
        return True  # "Program of Shanghai Academic Research Leader"
    if _GRANT_IN_AID.match(candidate.text):
        return True  # Japan's "Grant-in-Aid for Scientific Research" is a grant, not its funder
    head = words[-1].lower_
    if head in ("program", "programme", "project") and words[0].lower_ in ("national", "state", "federal", "key"):
        return False  # "National Basic Research Program (of China)": a government funding body
    return head in _NOT_FUNDER_HEADS


def funder_within(candidate: Span) -> Span | None:
    """The body named at the front of a programme: "NATO Postdoctoral Science Fellowship",
    "University of Tasmania's Visiting Scholar Program", "a Wellcome Trust Research Leave
    Fellowship", "a BBSRC Industry Interchange Program" were each paid for by their first words."""
    words = [t for t in candidate if t.is_alpha]
    if not words or words[-1].lower_ not in _NOT_FUNDER_HEADS or len(candidate) < 2:
        return None
    doc = candidate.doc
    end = None
    for token in candidate[:-1]:
        if token.text in ("'s", "’s"):
            end = token.i
            break
        if token.lower_ in _BODY_WORDS:
            end = token.i + 1
            if end + 1 < candidate.end and doc[end].lower_ == "of" and doc[end + 1].is_title:
                end += 2  # "University of Leeds PhD Research Scholarship"
    if end is None and acronym(candidate[0]) and len(candidate[0]) >= 3:
        end = candidate.start + 1
    if end is None or end <= candidate.start or end >= candidate.end:
        return None
    inner = Span(doc, candidate.start, end, label=candidate.label_)
    return None if not_a_funder(inner) else inner


def _names_its_project(candidate: Span) -> bool:
    """"the ANR project NORMA": a project word followed by the project's own name leaves the
    acronym before it as the body that runs the scheme; "the DCOMM project" is the project."""
    doc = candidate.doc
    if candidate.end + 1 >= len(doc) or not acronym(candidate[-1]):
        return False
    name = doc[candidate.end + 1]
    return name.is_alpha and (name.is_upper and len(name) >= 3 or name.is_title) and name.ent_type_ != "PERSON"


def in_disclaimer(candidate: Span) -> bool:
    """"... do not necessarily reflect the views of the National Science Foundation"."""
    return bool(_DISCLAIMER.search(candidate.sent.text))


def initials(candidate: Span) -> bool:
    """People's initials: "(LEN and CMC)", "SCS and RSS thank ...", "JDC acknowledges support"."""
    if candidate._.kg or candidate.label_ == "FUNDER" or len(candidate) != 1:
        return False
    token = candidate[0]
    if not (token.is_upper and token.is_alpha and 2 <= len(token) <= 4):
        return False
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in THANK | _RECEIVE:
        return True
    doc = candidate.doc
    before = doc[candidate.start - 1].text if candidate.start else ""
    after = doc[candidate.end].text if candidate.end < len(doc) else ""
    if before in (";", ":") and after == ",":
        return True  # "the following support: JJM, NIH grant ...; RHG, the ...": whom each grant went to
    position = candidate.start - 1
    while position > 0 and (doc[position].text in (",", "and") or _initials_like(doc[position])):
        position -= 1
    if position < candidate.start - 1 and doc[position].lower_ == "to":
        return True  # "grant CA142642 to PPC, DKB, APK": the later names of the recipients' list
    return before in ("(", "and", ",", ";", "to") and after in (")", "and", ",", ";") and (
        before != "," or after == ")") and any(t.text == "(" for t in doc[max(0, candidate.start - 4): candidate.start])


def acronym(token: Token) -> bool:
    text = token.text
    return 2 <= len(text) <= 10 and text.isalpha() and sum(c.isupper() for c in text) >= 2 and text[0].isupper()


def _initials_like(token: Token) -> bool:
    return token.is_upper and token.is_alpha and 2 <= len(token) <= 4


def after_grant_in_aid(candidate: Span) -> bool:
    """"Grant-in-Aid for Scientific Research", "Grant-in-Aid for JSPS Fellows": what follows
    "aid for" names the grant's category, not who paid it (that comes after "from")."""
    doc = candidate.doc
    start = candidate.start
    return start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ == "aid"


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
