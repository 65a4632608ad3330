"""What else an organisation named in a funding statement may be, besides its funder.

`funder_filters` drops projects and disclaimers, `funding_recipients` recipients and initials; these tests read a
little more of the sentence around a candidate: the grant a name stands for ("a VICI grant
... from the NWO"), the thing the money went to ("Funding for the X Archive"), who operates a
facility ("operated by X under contract with Y"), a person's name ("M.T. Nunes"), and what
a host is thanked for ("and X for hospitality").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.funder_filters import BODY_WORDS, GRANT_KINDS, THANK
from extractors.relations import doc_text

_GIVERS = frozenset({"from", "of", "by"})
_GRANT_LABELS = GRANT_KINDS | {"number", "no"}  # "Grant 53932", "No. 12" taken for a person's name
# Money a body gives out under a name of its own: "a Research Fund of the University of X".
_POTS = frozenset({"fund", "funds", "endowment", "endowments"})
_GIVEN = frozenset({"provided", "awarded", "funded", "given", "granted", "sponsored", "administered", "supported"})


def names_a_grant(candidate: Span, others: list[Span]) -> bool:
    """"a VICI grant ... from the NWO", "an RRF grant from the University of X", "a DOC Fellowship of
    the Y Academy", "a MEXT scholarship provided by Z": a name before a grant word whose giver is
    named after it names the grant, not the funder."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    doc = candidate.doc
    last = candidate[-1]
    if last.lower_ in GRANT_KINDS:
        grant = last
    elif candidate.end < len(doc) and doc[candidate.end].lower_ in GRANT_KINDS:
        grant = doc[candidate.end]
    elif last.lower_ in _POTS and not {t.lower_ for t in candidate[:-1]} & BODY_WORDS:
        grant = last  # "Research Funds from the County of X", "an Endowment Fund from Y University"
    else:
        return False
    givers = [c for c in grant.children if c.dep_ == "prep" and c.lower_ in _GIVERS]
    givers += [a for c in grant.children if c.dep_ == "acl" and c.lower_ in _GIVEN
               for a in c.children if a.dep_ == "agent"]
    for giver in givers:
        for obj in giver.children:
            if obj.dep_ == "pobj" and any(o.start <= obj.i < o.end and o.start != candidate.start for o in others):
                return True
    # the parse may hang "from" elsewhere: "a VICI grant to D.W., from the NWO"
    # and through a list of grants: "a RTOG grant U10 CA21661, CCOP grant U10 CA37422 ... from the NCI"
    starts = {o.start for o in others if o.start != candidate.start}
    for token in doc[grant.i + 1: min(len(doc), grant.i + 25)]:
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else token
        if token.text in (";", ".", "(") or token.lower_ in THANK or (
                token.lower_ in ("and", "or") and not (nxt.is_title or nxt.is_upper) or following == "by"):
            return False
        if token.lower_ in ("from", "by") and (token.i + 1 in starts or token.i + 2 in starts
                                              and doc[token.i + 1].lower_ == "the"):
            return True
    return False


_FUNDING_VERBS = frozenset("""fund funds funded support supports supported sponsor sponsors sponsored finance
    finances financed""".split())
_FUNDING_NOUNS = frozenset("funding support grant grants sponsorship financing".split())


def funded_thing(candidate: Span) -> bool:
    """What the money went to: "Funding for the X Archive has been provided by ...", "Health Canada
    funded Cycle 6 of the X Survey", "The Y Trust funds OBH"."""
    if _described_as_funded(candidate):
        return True
    token = candidate.root
    for _ in range(4):
        if token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ("dobj", "pobj"):
            token = token.head.head  # "Cycle 6 of the X Survey"
        else:
            break
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("on", "in") and head.head.lower_ in GRANT_KINDS:
        return True  # "a research grant on Tissue Engineering (H17-014)": the grant's subject
    if token.dep_ == "dobj" and head.lower_ in _FUNDING_VERBS:
        return not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    return token.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in _FUNDING_NOUNS


def _described_as_funded(candidate: Span) -> bool:
    """"NCCR Catalysis, a National Centre of Competence in Research funded by the SNSF", "a National Project
    funded by the X Administration": a kind of thing, with an article, that someone else funds."""
    if candidate._.kg or candidate.label_ == "FUNDER" or candidate.start == 0 \
            or candidate.doc[candidate.start - 1].lower_ not in ("a", "an"):
        return False
    return any(c.dep_ == "acl" and c.lower_ in _FUNDING_VERBS and c.tag_ == "VBN"
               and any(a.dep_ == "agent" for a in c.children) for t in candidate for c in t.children)


_OPERATE = frozenset("operate operates operated operating manage manages managed run runs".split())


def operator(candidate: Span) -> bool:
    """"NED, which is operated by the Jet Propulsion Laboratory, California Institute of Technology,
    under contract with NASA": who runs a facility, and under whose contract, is not who paid for the work."""
    token = candidate.root
    for _ in range(6):
        if token.head.i == token.i or token.dep_ not in ("pobj", "prep", "agent", "conj", "appos", "compound",
                                                         "nsubj", "dobj", "npadvmod"):
            return False
        token = token.head
        if token.lower_ in _OPERATE:
            return True
        if token.tag_.startswith("VB"):
            return False  # "operated by X and supported by Y": Y hangs off its own verb
    return False


_PERSON_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.?-[A-Z]\.$|^[A-Z]$")
_PLACE_INITIALS = frozenset({"US", "UK", "EU", "UN", "USA"})


def person_shaped(candidate: Span) -> bool:
    """"M.T. Nunes", "E Dubremetz", "S. Chitty": initials before a surname name a person."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    doc = candidate.doc
    if len(candidate) == 1 and candidate[0].is_title and candidate.start > 0 \
            and _PERSON_INITIAL.match(doc[candidate.start - 1].text) and "." in doc[candidate.start - 1].text:
        return True  # "(to N. Fierer and C. McCain)": a surname after its initial
    if len(candidate) < 2:
        return False
    first = candidate[0].text
    rest = [t for t in candidate[1:] if t.text != "."]
    return bool(_PERSON_INITIAL.match(first)) and first.replace(".", "") not in _PLACE_INITIALS \
        and 1 <= len(rest) <= 2 and all(t.is_title and t.is_alpha and t.lower_ not in BODY_WORDS for t in rest)


# What a host or a colleague is thanked for when it is not money.
_HELP = frozenset("""hospitality technical facilities facility access use providing provision allowing
    assistance help data samples sample material materials reagents equipment computing computational
    logistical logistic administrative editorial field laboratory clinical statistical writing""".split())
_PAID = frozenset("""financial financially finance monetary funding funds grant grants fellowship scholarship
    sponsorship financing supporting""".split())


def thanked_for_help(candidate: Span) -> bool:
    """"... and CERN Theory Division for hospitality": the first "for" after a name says what it
    is thanked for; hospitality, data or facilities are not funding."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    doc = candidate.doc
    sent = candidate.sent
    if not any(t.lower_ in THANK for t in doc[sent.start: candidate.start]):
        return False  # "received funding from X for sample testing": what the money paid for
    window = thanked_for(doc, candidate.end, min(sent.end, candidate.end + 25), limit=len(doc), width=4)
    return window is not None and bool(window & _HELP) and not window & _PAID


def thanked_for(doc, start: int, stop: int, *, limit: int, width: int) -> set[str] | None:
    """The `width` words (before `limit`) after the first "for" outside brackets in `doc[start:stop]`:
    what a name is thanked for. None when a ";", "." or another thanks comes first, or no "for"."""
    depth = 0
    for token in doc[start:stop]:
        depth += (token.text in ("(", "[")) - (token.text in (")", "]"))
        if depth > 0:
            continue
        if token.text in (";", ".") or token.lower_ in THANK:
            return None
        if token.lower_ == "for":
            return {t.lower_ for t in doc[token.i + 1: min(limit, token.i + 1 + width)]}
    return None


_MONEY_WORDS = re.compile(r"^(support\w*|fund\w*|financ\w*|grants?|sponsor\w*|fellowships?|scholarships?|"
                          r"awards?|contributions?|donations?)$", re.I)


_HELPED_IN = frozenset({"in", "with", "on"})


def thanked_for_what(candidate: Span) -> bool:
    """"... and Smita Sampath for high-resolution inner-volume MRI": what someone is thanked for,
    when no funding word stands between it and the "for"."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    doc = candidate.doc
    own = thanked_for(doc, candidate.end, min(len(doc), candidate.end + 4), limit=len(doc), width=3)
    if own and own & _PAID:
        return False  # "..., as well as the X Society for funding": thanked for money itself
    token = candidate.root
    for _ in range(7):
        if token.head.i == token.i or token.dep_ not in ("pobj", "dobj", "compound", "amod", "nmod", "conj",
                                                         "pcomp", "poss", "prep"):
            return False
        came_from, token = token, token.head
        if _MONEY_WORDS.match(token.text) and not (came_from.dep_ == "prep" and came_from.lower_ in _HELPED_IN):
            return False  # "for support of the X Center"; but "for support in scoring ... of TMAs" is help
        if token.lower_ == "for" and token.dep_ == "prep":
            above = token.head
            return above.lower_ in THANK or above.head.lower_ in THANK
    return False


_POLITE = frozenset({"like", "love", "wish", "wishes", "want", "express"})


def clause_path(candidate: Span) -> list[Token]:
    """The words from a candidate up to its clause's verb: where a negation or a hedge would sit."""
    path, token = [], candidate.root
    for _ in range(6):
        if token.head.i == token.i:
            break
        token = token.head
        if token.lower_ in THANK or token.lower_ in _POLITE:
            break  # "We would like to thank X": thanks are stated, whatever the politeness
        if token.tag_.startswith("VB"):  # only verbs: "Mobility plans", "Emergency Plan" are names
            path.append(token)
            if token.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "acl"):
                break
    return path


_MINISTRY = frozenset("""ministry minister department secretariat ministerio ministère ministere ministero
    bundesministerium ministerium""".split())


def without_ministry_portfolios(funders: list[tuple[Span, float]]) -> list[tuple[Span, float]]:
    """"Ministry of Health, Labour and Welfare", "Ministry of Science, ICT and Future Planning": the
    portfolios listed after a ministry's first one are its name, not more funders."""
    kept: list[tuple[Span, float]] = []
    for candidate, confidence in funders:
        if kept and not candidate._.kg and candidate.label_ != "FUNDER":
            previous = kept[-1][0]
            gap = candidate.doc[previous.end: candidate.start]
            words = {t.lower_ for t in previous}
            if [t.text for t in gap] == [","] and previous[0].lower_ in _MINISTRY and "of" in words \
                    and not {t.lower_ for t in candidate} & BODY_WORDS:
                continue
        kept.append((candidate, confidence))
    return kept


# An award code as one word: digits with letters or joiners ("ANR-10-LABX-43", "101088331").
_CODE_WORD = re.compile(r"^(?=(?:\D*\d){3})[\w./-]+$")
_CODE_OWNER = re.compile(r"^([A-Z]{2,6})[-_/]")


def glossed_by_award(candidate: Span, others: list[Span]) -> bool:
    """A project named beside an award id that carries the acronym of another funder of the
    statement: "LabEX BRAIN (ANR-10-LABX-43 to D.C.)", "ANR-14-JPCD-0005 (JPND CrossSeeds)"
    when the ANR is named too. A known funder, or a name with a body word, keeps its place;
    "SGR2017-1383 (Generalitat de Catalunya)" names who gave that award."""
    if candidate._.kg or candidate.label_ == "FUNDER" or {t.lower_ for t in candidate} & BODY_WORDS:
        return False
    doc = candidate.doc
    start, end = candidate.start, candidate.end
    code = None
    if end + 1 < len(doc) and doc[end].text in ("(", "["):
        code = word_at(doc, doc[end + 1].idx, forward=True)
    elif start >= 2 and doc[start - 1].text in ("(", "[") and end < len(doc) and doc[end].text in (")", "]", ","):
        code = word_at(doc, doc[start - 2].idx + len(doc[start - 2].text), forward=False)
    owner = _CODE_OWNER.match(code) if code and _CODE_WORD.match(code) else None
    if owner is None or owner.group(1) in candidate.text:
        return False
    return any(owner.group(1) in name_acronyms(other) for other in others if other.start != start)


def word_at(doc, at: int, *, forward: bool) -> str:
    """The whitespace-delimited word that starts (or ends) at character `at`: the tokenizer
    cuts "ANR-10-LABX-43" into pieces."""
    text = doc_text(doc)
    if forward:
        stop = at
        while stop < len(text) and not text[stop].isspace() and text[stop] not in ")];,":
            stop += 1
        return text[at:stop]
    begin = at
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in "([;,":
        begin -= 1
    return text[begin:at]


def name_acronyms(span: Span) -> set[str]:
    """The acronyms a name goes by: its upper-case words and its capitals' initials
    ("Agence Nationale de la Recherche" -> ANR)."""
    found = {t.text for t in span if t.is_upper and t.is_alpha and len(t) >= 2}
    found.add("".join(t.text[0] for t in span if t.is_alpha and t.text[0].isupper()))
    return found


_DEGREE_TITLES = frozenset("phd ph.d. md m.d. bsc msc ms ma mba dphil cmpp rn mph pharmd dvm".split())


def persons_employer(candidate: Span) -> bool:
    """Where a thanked or helping person works: "Dr. Cui Tao from Mayo Clinic", "writing support was
    provided by David Cope, PhD, of Engage Scientific Solutions". A grant's recipient ("a fellowship
    to Ann Lee from the X Foundation") leaves the name after "from" as its funder."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    doc = candidate.doc
    position = candidate.start - 1
    if position > 0 and doc[position].lower_ == "the":
        position -= 1
    if position < 1 or doc[position].lower_ not in ("of", "from", "at"):
        return False
    before = doc[position - 1]
    if before.text == "," and position >= 2 and doc[position - 2].lower_ in _DEGREE_TITLES:
        return True
    if before.ent_type_ != "PERSON" or not before.is_title:
        return False
    first = before.i
    while first > 0 and doc[first - 1].ent_type_ == "PERSON" and doc[first - 1].ent_iob_ != "O":
        first -= 1
    person = doc[first: before.i + 1]
    if any(not t.is_alpha and t.text != "." or t.lower_ in _GRANT_LABELS for t in person) \
            or first > 0 and any(c.isdigit() for c in doc[first - 1].text):
        return False  # "Grant 53932 from the X Institute": NER took the grant for a person
    return not any(t.lower_ == "to" for t in doc[max(0, first - 3): first])


_FRAMES = frozenset({"framework", "auspices", "frame", "context"})


def in_a_framework(candidate: Span) -> bool:
    """"... in the framework of the University of X's IdEx programme", "under the auspices of the Y
    Programme": the scheme the money came through, not who paid it."""
    if candidate._.kg or candidate.label_ == "FUNDER":
        return False
    doc = candidate.doc
    position = candidate.start - 1
    while position > 0 and doc[position].lower_ in ("the", "a", "an"):
        position -= 1
    return position > 0 and doc[position].lower_ == "of" and doc[position - 1].lower_ in _FRAMES


_SCHEMES = frozenset({"programme", "program", "programmes", "programs", "framework", "scheme", "initiative",
                      "strategy"})
_OWNERS = frozenset({"poss", "nmod", "compound", "conj", "amod", "appos"})


def others_scheme(candidate: Span, offered: list[Span]) -> bool:
    """"funding from the ERC under the European Union's Horizon 2020 programme", "by the DFG under
    Germany's Excellence Strategy": after a known funder already named, the body "under" which the money
    came owns the scheme it came through, not the grant."""
    token = candidate.root
    for _ in range(4):
        if token.dep_ not in _OWNERS or token.head.i == token.i:
            break
        token = token.head
    doc = candidate.doc
    funding_kind = any(c.lower_ == "funding" and c.dep_ in ("compound", "amod", "nmod") for c in token.children) \
        or candidate.end < len(doc) and doc[candidate.end].lower_ == "funding"
    if token.lower_ not in _SCHEMES and not funding_kind or token.dep_ != "pobj" or token.head.lower_ != "under":
        return False  # "under the UK government's Horizon Europe funding guarantee": a funding kind is a scheme
    # only after a known funder: "the Firstrun project funded under the EC's Horizon 2020 programme" is the EC's
    return any(o.end <= token.head.i and o.start != candidate.start and (o._.kg or o.label_ == "FUNDER")
               for o in offered)


def modifier_of_next(candidate: Span) -> bool:
    """"the French Agence Nationale de la Recherche": a one-word adjective NER took for an organisation,
    modifying the name after it."""
    root = candidate.root
    return len(candidate) == 1 and root.dep_ == "amod" and root.head.i >= candidate.end \
        and root.head.ent_type_ != ""
