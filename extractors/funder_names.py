"""The names a funding statement offers as funders, before anyone asks whether they fund.

Organisation entities (gazetteer and NER) cut free of the award ids NER runs into them
("NSF Grant CCR89-10707" -> "NSF"); capitalised runs NER missed ("Marvin Weil Epilepsy Research
Fund", "CNPq", "Consiglio Nazionale delle Ricerche"); and bare capitalised words that only a
funding list makes names ("Janssen, Pfizer, Takeda").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from extractors.awards import ACTIVITY_CODE
from extractors.funder_acronyms import abbreviates
from extractors.funder_extents import made_whole
from extractors.funder_filters import government_scheme
from extractors.vocabulary import acronym, coarse

# Words that make a capitalised run an organisation's name, in the languages acknowledgements use.
_ORG_WORDS = frozenset(
    """foundation council agency institute institutes ministry fund funds trust society office academy university
    commission department administration association center centre organization organisation corporation inc
    ltd laboratory board bureau union service authority initiative program programme fellowship research
    science sciences health charity consortium network government republic agency cassa stiftung fonds
    fondation fundación fundação fondazione fundacion company labs lab laboratories inc corp corporation gmbh
    plc llc pharmaceuticals pharma industries group bank
    zentrum gemeinschaft forschungsgemeinschaft akademie ministerium bundesministerium verein gesellschaft
    agence centre conseil ministère ministere institut fondo consiglio istituto ministero centro consejo
    conselho ministerio fundación instituto agencia universidad universidade università universität
    université stichting fonden rådet""".split()
)
# Last words of what was paid, not who paid: "Merit Review Award", "Graduate Scholarship".
_NOT_FUNDER_WORDS = frozenset("""program programme programs programmes project projects award awards grant grants
    fellowship fellowships scholarship scholarships studentship traineeship prize funds fund research
    study studies area areas fellows""".split())
# Company suffixes and people's titles, capitalised in a list but never a funder on their own.
_NOT_BARE = frozenset("""inc ltd co corp llc gmbh sa ag plc director chair head dean president professor""".split())
# Entity types a bare capitalised word of a funding list must not have: people, places, dates.
_NOT_NAMES = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                        "FAC", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "QUANTITY"})
# Words inside a name, English and not: "Consiglio Nazionale delle Ricerche", "Fundação para a Ciência".
CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "für", "&", "-", "in", "on", "'s", "à",
                        "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "der", "voor", "van",
                        "för", "och", "y", "e", "para", "pour", "et", "zur", "zum"})
_NOT_FUNDERS = frozenset({"we", "this", "the", "these", "our", "dr", "prof", "acknowledgments", "acknowledgements",
                          "funding", "grant", "grants", "award", "project", "no", "nos", "acknowledgment",
                          "contract", "contracts", "phd", "support", "supported", "ref", "nr"})


def candidates(span: Span) -> Iterator[Span]:
    taken: set[int] = set()
    people: set[int] = set()
    for ent in span.ents:
        if ent.label_ == "PERSON" and not any(t.lower_ in _CUT_WORDS or _has_digit(t) for t in ent) \
                and not _names_a_body(ent):
            # not a person: "Grant MDA904-96-1-0111", "NSA Grant MDA904"
            people.update(range(ent.start, ent.end))
    for ent in _joined(list(span.ents)):
        named_like_org = ent.label_ == "PERSON" and len(ent) > 1 and {t.lower_ for t in ent} & _ORG_WORDS
        if (ent.label_ in ("ORG", "FUNDER") or named_like_org) and any(t.is_alpha for t in ent) and _plausible(ent):
            taken.update(range(ent.start, ent.end))
            for part in (p for piece in _bracket_parts(ent) for p in _listed_parts(piece)):
                trimmed = _trim(part)
                if not (len(trimmed) == 1 and not trimmed._.kg and acronym(trimmed[0]) and _code_like(trimmed)):
                    whole = made_whole(_across_dash(_with_scheme_word(trimmed)))
                    taken.update(range(whole.start, whole.end))
                    yield whole  # "DBI 0638536", "FKZ: 01ZZ1801A": the letters are part of the award id
    for run in _capitalised_runs(span):
        run = made_whole(_trim(run))
        if not (set(range(run.start, run.end)) & (taken | people)):
            taken.update(range(run.start, run.end))
            yield run
    for government in _governments(span):
        if not set(range(government.start, government.end)) & taken:
            yield government


_SCHEME_WORDS = frozenset({"program", "programme", "project"})


def _with_scheme_word(ent: Span) -> Span:
    """"Shanghai Municipal Science and Technology Major | Project": NER left out the scheme word that makes
    a government's programme whole (and a funder: `funder_filters.government_scheme`)."""
    doc = ent.doc
    if ent._.kg or ent.end >= len(doc) or doc[ent.end].lower_ not in _SCHEME_WORDS or not doc[ent.end].is_title \
            or not government_scheme([t for t in ent if t.is_alpha]):
        return ent
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


_DASHES = frozenset({"–", "—", "-"})


def _across_dash(ent: Span) -> Span:
    """"Research Foundation – Flanders (FWO)", "Fonds de la Recherche Scientifique – FNRS": a name NER ended at
    a spaced dash goes on to the words after it, up to a bracket or a comma, when they are no name of their own."""
    doc = ent.doc
    if ent._.kg or ent.label_ == "FUNDER" or ent.end + 1 >= len(doc) or doc[ent.end].text not in _DASHES \
            or not doc[ent.end - 1].whitespace_ or not doc[ent.end].whitespace_:
        return ent
    end = ent.end + 1
    while end < len(doc) and end - ent.end <= 5 and (capital(doc[end]) or doc[end].lower_ in _JOINERS | {"et", "and"}
                                                     and end > ent.end + 1):
        if doc[end].ent_type_ in ("ORG", "FUNDER", "PERSON"):
            return ent  # "NIH – National Cancer Institute": two names
        end += 1
    if end == ent.end + 1 or not capital(doc[end - 1]) or end < len(doc) and doc[end].text not in ("(", "[", ",", ";", ")", "."):
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def _governments(span: Span) -> Iterator[Span]:
    """"the Spanish government", "the Belgium government": a country's government written in
    lower case, which no capitalised run takes."""
    doc = span.doc
    for token in span:
        if token.lower_ not in ("government", "governments") or not token.is_lower:
            continue
        start = token.i
        while start > span.start and doc[start - 1].is_title and doc[start - 1].ent_type_ in ("NORP", "GPE"):
            start -= 1
        if start < token.i:
            yield Span(doc, start, token.i + 1, label="ORG")


# Words that join two halves NER cut one name into: "Fondation | pour la | Recherche Médicale".
_JOINERS = frozenset({"of", "for", "the", "de", "du", "des", "la", "für", "à", "del", "della", "delle", "dei", "di",
                      "da", "do", "dos", "das", "der", "voor", "van", "för", "para", "pour", "zur", "zum"})


def _joined(ents: list[Span]) -> list[Span]:
    """Organisations NER split at a lower-case connector become one: the second half of
    "Fondation pour la Recherche Médicale", "Ministry of Education of Ruritania", "Australian Centre
    for International Agricultural Research" (or NER kept the "for": "United States Agency for")."""
    out: list[Span] = []
    for ent in ents:
        if out and out[-1].label_ in ("ORG", "FUNDER") and ent.label_ in ("ORG", "FUNDER") and not ent._.kg \
                and not out[-1]._.kg:
            gap = ent.doc[out[-1].end: ent.start]
            dangling = not gap and out[-1][-1].lower_ in _JOINERS and out[-1][-1].is_lower  # "Agency for | X"
            if (1 <= len(gap) <= 3 and all(t.lower_ in _JOINERS and t.is_lower for t in gap) or dangling) and all(
                    t.is_alpha or t.is_punct for t in list(out[-1]) + list(ent)):
                out[-1] = Span(ent.doc, out[-1].start, ent.end, label=out[-1].label_)
                continue
        out.append(ent)
    return out


def _names_a_body(person: Span) -> bool:
    """"Patrick and Catherine Weldon Donaghue Medical Research Foundation", "Bill & Melinda Gates
    Foundation": people's names that open an organisation's name are part of it."""
    doc = person.doc
    i = person.end
    while i < len(doc) and i < person.end + 8 and (capital(doc[i]) or doc[i].lower_ in ("and", "&", "of")):
        if doc[i].lower_ in _ORG_WORDS:
            return True
        i += 1
    return False


def _bracket_parts(ent: Span) -> list[Span]:
    """NER runs a name into the one its open bracket starts: "ZETA Centre of Excellence (Academy of
    Ruritania" is two names. A closed bracket ("University of X (Y)") is left to the trim."""
    opening = [t.i for t in ent if t.text in ("(", "[")]
    if ent._.kg or len(opening) != 1 or any(t.text in (")", "]") for t in ent):
        return [ent]
    cut = opening[0]
    parts = [Span(ent.doc, ent.start, cut, label=ent.label_), Span(ent.doc, cut + 1, ent.end, label=ent.label_)]
    return [p for p in parts if len(p) and any(t.is_alpha for t in p)]


def _listed_parts(ent: Span) -> list[Span]:
    """NER sometimes runs a list into one organisation: "Canada Foundation for Innovation, Eshelman
    Institute for Innovation, Genome Canada". Split at commas when two or more parts are named
    like organisations; "University of California, Berkeley" stays one name. When the gazetteer
    linked the whole run, the link stays with the part it names and the others go unlinked."""
    if not any(t.text == "," for t in ent):
        return [ent]
    parts, start = [], ent.start
    for token in list(ent) + [None]:
        if token is None or token.text == ",":
            end = token.i if token is not None else ent.end
            if end > start:
                parts.append(Span(ent.doc, start, end, label=ent.label_))
            start = end + 1
    named = [p for p in parts if {t.lower_ for t in p} & _ORG_WORDS or any(acronym(t) for t in p)]
    if len(named) < 2:
        return [ent]
    if ent._.kg:
        known = {str(ent._.kg.get(key) or "").lower() for key in ("name", "alias")} - {""}
        linked = [p for p in named if p.text.lower() in known]
        if len(linked) != 1:
            return [ent]
        narrow_entity(ent, linked[0])
    return named


def narrow_entity(whole: Span, part: Span) -> None:
    """The linked entity NER found becomes `part` of it, with the link ("ARC Future Fellowship" -> "ARC", one
    name of a list NER ran together), so the mention the document reports is the funder's own name."""
    doc = whole.doc
    if not whole._.kg or not any((e.start, e.end) == (whole.start, whole.end) for e in doc.ents):
        return
    part._.kg = whole._.kg
    doc.ents = [part if (e.start, e.end) == (whole.start, whole.end) else e for e in doc.ents]


def bare_names(span: Span, occupied: set[int]) -> Iterator[Span]:
    """Capitalised names with no organisation word that no other rule proposed: the companies
    of "supported by Janssen, Pfizer, Takeda and Merck". Only a funding parse keeps them."""
    doc = span.doc
    i = span.start + 1
    while i < span.end:
        j = i
        while j < span.end and doc[j].is_alpha and doc[j].is_title and j not in occupied and (
                doc[j].ent_type_ not in _NOT_NAMES or doc[j].ent_type_ == "PERSON" and _lone(doc[j])) and j - i < 4:
            j += 1
        if j > i and doc[i].lower_ not in _NOT_FUNDERS and _whole_name(doc[i:j]):
            yield doc[i:j]
        i = j + 1


def _lone(token: Token) -> bool:
    """A one-word "person" between commas is a company more often than not: "Janssen, Pfizer"."""
    doc = token.doc
    return (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in (",", ";", "and")
            and doc[token.i - 1].lower_ in (",", "and", "by", "from")
            and token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"))


def _whole_name(run: Span) -> bool:
    """Not a piece of a longer name or a sentence's first word: "Pfizer" in "by Pfizer, Takeda",
    not "Aid" in "Grant-in-Aid" nor "Research" in "Office of Naval Research"."""
    doc = run.doc
    before = doc[run.start - 1]
    after = doc[run.end] if run.end < len(doc) else None
    if before.text in (".", ":", "-", "–", "—", "/", "'s", "’s") or capital(before) or before.lower_ in CONNECTORS:
        return False
    if after is not None and (after.text in ("-", "/") or capital(after) or after.lower_ in CONNECTORS
                              and after.lower_ not in ("and", "&") or after.is_alpha and after.is_lower
                              and coarse(after) in ("NOUN", "ADJ", "PROPN")):
        return False  # "Major achievements Transformation Project": a word of a title, not a name
    words = {t.lower_ for t in run}
    return len(run.text) >= 3 and run[-1].lower_ not in _NOT_FUNDER_WORDS and not words & _NOT_BARE


def _has_digit(token: Token) -> bool:
    return any(c.isdigit() for c in token.text)


def _capitalised_runs(span: Span) -> Iterator[Span]:
    """Title-case names NER missed: "Marvin Weil Epilepsy Research Fund", "CNPq"."""
    doc = span.doc
    i = span.start
    while i < span.end:
        if not capital(doc[i]) or doc[i].i == span.start:
            i += 1
            continue
        j = i
        while j + 1 < span.end and (capital(doc[j + 1]) or (
                doc[j + 1].lower_ in CONNECTORS and j + 2 < span.end and capital(doc[j + 2])
                and not _joins_two_names(doc[j], doc[j + 1], doc[j + 2]))):
            j += 1
        run = doc[i: j + 1]
        words = {t.lower_ for t in run}
        if len(run) == 1 and _code_like(run):
            i = j + 1
            continue
        if (words & _ORG_WORDS and len(run) >= 2) or any(acronym(t) and len(t) >= 3 for t in run):
            if run[0].lower_ not in _NOT_FUNDERS:
                yield run
        i = j + 1


def _joins_two_names(left: Token, connector: Token, right: Token) -> bool:
    """"CNPq and FAPESP", "NSF & DARPA": an acronym beside "and" is a whole name, so the
    connector lists two funders; "Research and Development Center" is one name."""
    return connector.lower_ in ("and", "&") and (acronym(left) or acronym(right))


def _code_like(run: Span) -> bool:
    """A lone acronym in brackets names a project or a person's initials ("(BrainScales)", "(SBE)"),
    and one followed by digits is part of an award id ("DAAH 049510494")."""
    doc = run.doc
    before = doc[run.start - 1].text if run.start > 0 else ""
    after = doc[run.end] if run.end < len(doc) else None
    if before in ("(", "[") and after is not None and after.text in (")", "]", ";", ",") and not abbreviates(run):
        return True
    if after is not None and after.text in (":", "#", "-", "No", "no", "No.", "no.") and run.end + 1 < len(doc):
        after = doc[run.end + 1]
    if before.lower() in ("by", "from") and run[0].is_upper and len(run[0]) >= 3:
        return False  # "supported by NIMH 5R01MH054636": the agency, then its award
    if after is not None and ACTIVITY_CODE.match(after.text) and run[0].is_upper and len(run[0]) >= 3 \
            and after.i + 1 < len(doc) and _has_digit(doc[after.i + 1]) and before.lower() not in ("the", "a", "an"):
        return False  # "and NINDS R01 NS38082": an agency, then an activity code and a serial number;
        # "the CCSG P30 CA016672" names the grant
    return after is not None and any(c.isdigit() for c in after.text)


def capital(token: Token) -> bool:
    return token.is_alpha and (token.is_title or acronym(token)) or token.text in ("&",)


def _plausible(ent: Span) -> bool:
    first = ent[0].lower_
    return first not in ("grant", "grants", "no", "nos") and not all(t.like_num or not t.is_alpha for t in ent)


# Words that end an organisation's name where its award begins: "NSF Grant CCR89-10707".
_TRAILING_WORDS = frozenset({"grant", "grants", "award", "awards", "'s", "’s", "no", "nos", "number", "and", "of",
                             "under", "contract", "contracts", "project", "the"})
_CUT_WORDS = frozenset({"grant", "grants", "award", "awards", "number", "no", "no.", "nos", "nos.", "under",
                        "contract", "contracts", "(", "[", "#"})


def trim_entities(doc: Doc) -> None:
    """NER runs organisations into their awards ("NSF Grant CCR89-10707"): cut the entity itself,
    so the funder's mention (and the name the document reports) is the organisation alone."""
    ents, changed = [], False
    for ent in doc.ents:
        trimmed = _trim(ent) if ent.label_ in ("ORG", "FUNDER") else ent
        changed = changed or trimmed is not ent
        ents.append(trimmed)
    if changed:
        doc.ents = ents


_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in _QUOTES):
        start += 1  # "the", and the quote of "'Research Program for X'"
    for i in range(start + 1, end):  # "NSF Grants IRI9306580", "NIH under Award Number U01HG008226"
        following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if (doc[i].lower_ in _CUT_WORDS and following not in _ORG_WORDS or any(c.isdigit() for c in doc[i].text)
                or doc[i].lower_ == "under"):  # "Department of Defense under Office of Naval Research"
            end = i  # but "W. T. Grant Foundation" is a name
            break
    while end > start and (doc[end - 1].lower_ in _TRAILING_WORDS or any(c.isdigit() for c in doc[end - 1].text)
                           or doc[end - 1].is_punct or _stray_letter(doc[end - 1], start)):
        end -= 1
    if (start, end) == (span.start, span.end) or end <= start:
        return span
    trimmed = Span(doc, start, end, label=span.label_)
    if span._.kg is not None:  # a bare run must not wipe the entity it overlaps
        trimmed._.kg = span._.kg
    return trimmed


def _stray_letter(token: Token, start: int) -> bool:
    """"NSF C grant 10828103": a lone capital after a name is part of the award, not the name."""
    return token.i > start and len(token.text) == 1 and token.is_upper and acronym(token.doc[token.i - 1])


def with_slashed(candidate: Span) -> Span:
    """"NIH/NCI", "NSF/NASA", "NIH-NICHD", "EU-FEDER": a funder and its institute or partner,
    named together as one word."""
    doc = candidate.doc
    end = candidate.end
    while end + 1 < len(doc) and doc[end].text in ("/", "-") and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_ and capital(doc[end + 1]) and not _has_digit(doc[end + 1]) \
            and doc[end + 1].lower_ not in _CUT_WORDS:
        end += 2
    if end == candidate.end:
        return candidate
    return Span(doc, candidate.start, end, label=candidate.label_)
