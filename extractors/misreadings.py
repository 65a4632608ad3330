"""Entity spans NER got wrong in ways that make a career relation between the wrong things.

* An organisation tagged PERSON: "Kungliga Hovkapellet is a Swedish orchestra" (the subject of
  "is a/an <organisation noun>" is no person).
* A person's name taken for an organisation inside a longer title: "editor of the Richard
  Diebenkorn Catalogue Raisonné" ("the Richard Diebenkorn" tagged ORG).
* A company tagged PERSON: "Sakana AI", "CEO of Aleph Alpha".
* A field taken for an organisation: "head of AI", "vice president of AGI".
* A programme or a book tagged PERSON: "Jane Roe Tonight is a talk show".
* A job title taken for an organisation: "served as the Assistant Corporation Counsel".
* An organisation NER missed next to one it found: "at Princeton University and the Sorbonne".
* A family taken for an organisation: "the House of Yi, the Korean royal family".
* An organisation name cut short: "the Circuit Court of | Cook County", "the Committee on
  Juvenile Delinquency and | Youth Crime".

`repair_misreadings` rewrites `doc.ents` for the career rules only (they run between
`repair_organisations`, which keeps NER's own entities, and the restore at the end). It reads the
shape of the sentence, never a list of names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.roles import DELEGATES
from extractors.vocabulary import (
    BE,
    COMPANY_NAME_WORDS,
    COMPANY_POSTS,
    GENERIC_ORG_WORDS,
    MISTITLED_LABELS,
    ORG_KIND_NOUNS,
    ORG_WORDS,
    ROLE_NOUNS,
    UNIT_WORDS,
    coarse,
    degree_word,
)
from extractors.wordfinder import find

# What the subject of "X is a/an ..." is when X is an organisation: ORG_KIND_NOUNS and a few more.
_ORG_KINDS = ORG_KIND_NOUNS | frozenset(
    "band bands choir ensemble troupe orchestra franchise conglomerate manufacturer retailer airline "
    "chain brand corporation enterprise subsidiary cooperative co-operative consortium".split())
# Words that open a job title ("Assistant Corporation Counsel", "Deputy Attorney General").
_TITLE_OPENERS = frozenset("assistant deputy chief vice associate senior junior acting interim principal "
                           "lieutenant under co permanent special honorary executive general high".split())
# Words that close a job title, beyond ROLE_NOUNS.
_TITLE_ENDINGS = ROLE_NOUNS | DELEGATES | frozenset(
    "counsel secretary solicitor clerk commissioner inspector auditor comptroller controller registrar "
    "minister prosecutor advocate attorney-general general marshal sheriff governor administrator "
    "superintendent".split())
# Words that join the parts of one organisation's name: "Court of", "Committee on", "Energy and".
_CONNECTORS = frozenset({"of", "for", "and", "on", "&", "the", "de", "des", "du", "la"})
_ENT_ORG = frozenset({"ORG", "FUNDER"})
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON", "ORG", "FUNDER"})


def repair_misreadings(doc: Doc) -> None:
    """Apply each repair of this module to `doc.ents` (see the module docstring)."""
    ents = list(doc.ents)
    changed = False
    named = {_bare(ent): "ORG" for ent in ents if ent.label_ == "PERSON" and _organisation_subject(ent)}
    named |= {_bare(ent): "ORG" for ent in ents if ent.label_ == "PERSON" and _company_name(ent)}
    named |= {_bare(ent): "WORK_OF_ART" for ent in ents if ent.label_ == "PERSON" and _subject_is(ent, _WORKS)}
    for k, ent in enumerate(ents):
        if ent.label_ in MISTITLED_LABELS and _firm_named(ent):  # "started Lumen Robotics" as a WORK_OF_ART
            ents[k] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
        elif ent.label_ == "PERSON" and _bare(ent) in named:  # every mention of it: "X is one of the ..."
            ents[k] = Span(doc, ent.start, ent.end, label=named[_bare(ent)])
            changed = True
    for ai in find(doc, _AI):
        named_ai = _named_ai(ai)
        if named_ai is not None:  # "started his own company, Lumen AI" with "Lumen" a place
            ents = [e for e in ents if not (e.start < named_ai.end and named_ai.start < e.end)] + [named_ai]
            changed = True
    # "holds a B.E. in Electronics", "B.S." tagged a place: a degree, not an organisation (the degree rules read it)
    fields = [ent for ent in ents if _field_of_a_post(ent) or len(ent) == 1 and "." in ent.text
              and ent.label_ in _NAME_LABELS and degree_word(ent.text.lower()) or _owned_unit_name(ent)]
    if fields:  # "head of AI policy", "vice president of AGI": what the post is about, not an organisation
        ents = [ent for ent in ents if ent not in fields]
        changed = True
    kept: list[Span] = []
    for ent in list(ents):
        if ent.label_ in _ENT_ORG:
            extra = _untagged_partner(ent)
            if extra is not None:
                ents.append(extra)
                changed = True
    for ent in ents:
        if ent.label_ not in _ENT_ORG or ent._.kg:
            kept.append(ent)
            continue
        fixed = None if _family(ent) else _repaired_org(ent)
        changed |= fixed is not ent
        if fixed is not None:
            kept.append(fixed)
    if changed:
        spans = sorted(kept, key=lambda e: (e.start, -e.end))
        result: list[Span] = []
        for span in spans:  # a widened name swallows what it now covers
            if result and span.start < result[-1].end:
                if span.label_ in _ENT_ORG and span.end > result[-1].end:
                    result[-1] = span
                continue
            result.append(span)
        doc.ents = result


def _bare(ent: Span) -> str:
    return ent.text.removeprefix("The ").removeprefix("the ")


# What a programme, a record or a book is: "Larry Roe Live is an American talk show".
_WORKS = frozenset("show shows programme program series sitcom drama documentary film movie album song single "
                   "novel book play musical opera magazine".split())


def _subject_is(ent: Span, kinds: frozenset[str]) -> bool:
    """The subject of "is a/an <kind>": "Jane Roe Tonight is a talk show" names no person."""
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lower_ in BE and any(
        c.dep_ == "attr" and c.lower_ in kinds and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in root.head.children)


# A name NER called a person after "president of" is a firm's too; a word it left untagged there may be a field
# ("Vice President of Generative AI"), which is why COMPANY_POSTS leaves "president" out.
_PERSON_NAMED_POSTS = COMPANY_POSTS | {"president"}
# Last words of an institution's name that end no person's.
_INSTITUTION_ENDINGS = frozenset("center centre institute laboratory laboratories labs university college "
                                 "hospital foundation academy".split())


# Last words of a firm's name and of no title, product or building's: "Lumen Robotics", "Acme Technologies".
_FIRM_ENDINGS = COMPANY_NAME_WORDS | frozenset("robotics therapeutics analytics dynamics networks labs".split())


def _firm_named(ent: Span) -> bool:
    words = [t for t in ent if not t.is_punct]
    return len(words) >= 2 and not ent._.kg and (words[-1].text == "AI" or words[-1].text.istitle()
                                                 and words[-1].lower_ in _FIRM_ENDINGS)


_AI = frozenset({"ai"})
_NAMED_BEFORE_AI = frozenset({"GPE", "LOC", "PERSON"})


def _named_ai(ai: Token) -> Span | None:
    """"Lumen AI" with "Lumen" a place or a person and "AI" left untagged: a firm. Only a one-word name before a
    closing "AI" ("Chinese AI startups", "Responsible AI" name none)."""
    doc = ai.doc
    if ai.text != "AI" or ai.ent_type_ or ai.dep_ == "compound" or ai.i == 0:
        return None
    name = doc[ai.i - 1]
    if name.dep_ != "compound" or name.head.i != ai.i or name.ent_type_ not in _NAMED_BEFORE_AI \
            or name.ent_iob_ != "B" or doc[ai.i - 1: ai.i + 1].text.count(" ") != 1:
        return None
    return Span(doc, name.i, ai.i + 1, label="ORG")


def _owned_unit_name(ent: Span) -> bool:
    """"leads Alibaba's Qwen team" with "Qwen" tagged PERSON: one word naming an organisation's team or lab
    is the unit's (or its product's) name, not a person's."""
    root = ent.root
    return ent.label_ == "PERSON" and len(ent) == 1 and root.dep_ == "compound" and root.head.lower_ in UNIT_WORDS \
        and any(c.dep_ == "poss" and c.ent_type_ in _ENT_ORG for c in root.head.children)


def _company_name(ent: Span) -> bool:
    """An organisation NER called a person: a name ending in "AI" ("Sakana AI", "Moonshot AI") or in
    "Center", "Institute", "Robotics", "Technologies" ... (no person's name ends so), or the "of" of a post only a company has ("CEO of Aleph Alpha", "co-founder of X")."""
    words = [t for t in ent if not t.is_punct]
    if _firm_named(ent) or len(words) >= 2 and words[-1].text.istitle() and words[-1].lower_ in _INSTITUTION_ENDINGS:
        return True  # nor in "Center": "IBM's Thomas J. Watson Research Center", tagged PERSON after the possessive
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PERSON_NAMED_POSTS


# Fields written as acronyms, which NER takes for organisations or places after a post's "of".
_FIELD_ACRONYMS = frozenset("AI AGI ML NLP HCI RL LLM GenAI".split())


def _field_of_a_post(ent: Span) -> bool:
    """"AI" in "head of AI (policy)": a field acronym as (the start of) the "of" phrase of a role noun; or
    inside the title itself, "chief AI officer", "senior ML engineer": the post's field, no employer.
    ("an IBM researcher" keeps its organisation: IBM is no field.)"""
    if ent.label_ in _ENT_ORG and not ent._.kg and _field_or_post(ent):
        return True
    if ent.text not in _FIELD_ACRONYMS:
        return False
    token = ent.root
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head  # "AI policy", "AI officer"
        if token.lower_ in _TITLE_ENDINGS and token.i > ent.root.i and token.is_lower:
            return True  # "chief AI officer"
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _TITLE_ENDINGS


# Words of the fields a post is of ("Director of Applied Science", "head of Product") and of the posts
# themselves ("Postdoctoral Fellow", tagged ORG), none of them an employer's name on its own.
_FIELD_WORDS = frozenset("research science sciences applied engineering computer computing data technology product "
                         "products design operations strategy policy analytics intelligence learning machine "
                         "artificial statistics mathematics informatics robotics software infrastructure security "
                         "platform pathology biology medicine health finance".split())
_POST_WORDS = ROLE_NOUNS | frozenset("postdoctoral senior junior associate assistant visiting principal".split())


def _field_or_post(ent: Span) -> bool:
    """"MSc by Research" (NER's ORG "Research"), "Director of Applied Science", "a Postdoctoral Fellow with X":
    a field on its own or after a post's "of", or a post, tagged ORG."""
    words = [t.lower_ for t in ent if not t.is_punct and t.lower_ != "the"]
    if not words:
        return False
    if all(w in _POST_WORDS for w in words):
        return True
    root = ent.root
    if _named_as(root) and any(t.lower_ in ROLE_NOUNS and t.i + 1 < ent.end and t.nbor().lower_ == "of"
                               for t in ent):
        return True  # "appointed X as Global Head of Computational Pathology": the post, named whole
    if len(words) > 1 and (words[-1] in _FIELD_WORDS or words[-1].upper() in _FIELD_ACRONYMS) \
            and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ROLE_NOUNS \
            and _named_as(root.head.head):
        return True  # "as Vice President of Clinical AI": the post's field
    if not all(w in _FIELD_WORDS for w in words):
        return False
    return len(words) == 1 or (root.dep_ == "pobj" and root.head.lower_ == "of"
                               and root.head.head.lower_ in _TITLE_ENDINGS | _TITLE_OPENERS)


def _named_as(token: Token) -> bool:
    """A post one is appointed, named or serves "as"."""
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def _organisation_subject(ent: Span) -> bool:
    """"Kungliga Hovkapellet ( ... ) is a Swedish orchestra", "X was the law school of Y", "X is one of the
    oldest orchestras": the subject of "is a/an/the <organisation noun>" or "is one of the <organisations>"."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lower_ not in BE:
        return False
    for attr in (c for c in root.head.children if c.dep_ == "attr"):
        if attr.lower_ == "one":  # "one of the oldest orchestras"
            attr = next((g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), attr)
            if attr.lower_.removesuffix("s") in _ORG_KINDS or attr.lower_ in _ORG_KINDS:
                return True
        if attr.lower_ in _ORG_KINDS and attr.tag_ in ("NN", "NNS") and any(
                d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in attr.children):
            return True
    return False


def _repaired_org(ent: Span) -> Span | None:
    """The organisation `ent` names (itself, a wider span) or None when it names none."""
    words = [t for t in ent if t.is_alpha and t.lower_ not in ("the", "a", "an")]
    if not words:
        return ent
    if _job_title(words):
        return None
    if ent[-1].lower_ in _CONNECTORS:
        return _run_on(ent)
    root = _root(ent)
    if root.dep_ == "compound" and root.head.i >= ent.end:
        return _inside_title(ent, root, words)
    if root.dep_ == "conj" and ent.start >= 1 and ent.doc[ent.start - 1].lower_ in ("and", "&"):
        return _whole_conjunction(ent)
    return ent


_FAMILIES = frozenset("family families dynasty dynasties clan clans".split())


def _family(ent: Span) -> bool:
    """"the House of Yi, the Korean royal family": a family named right after the name, no organisation."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    for token in doc[ent.end + 1: min(ent.end + 7, len(doc))]:
        if token.lower_ in _FAMILIES and token.is_lower and coarse(token) == "NOUN":
            return token.dep_ == "appos" or token.head.i < ent.end
        if token.dep_ not in ("det", "amod", "compound", "poss", "case") or token.ent_type_ in _ENT_ORG:
            return False
    return False


def _untagged_partner(ent: Span) -> Span | None:
    """"at Princeton University and the Sorbonne": a proper noun with "the", coordinated with an
    organisation and tagged as nothing, is an organisation too."""
    for token in ent.root.children:
        if token.dep_ != "conj" or token.tag_ != "NNP" or token.ent_type_ or not token.is_title:
            continue
        left = [c for c in token.lefts]
        if not left or left[0].lower_ != "the" or any(c.ent_type_ or c.tag_ not in ("NNP", "DT") for c in left):
            return None
        return Span(ent.doc, left[0].i + 1, token.i + 1, label="ORG")
    return None


def _root(ent: Span) -> Token:
    """The span's root among its words: "the" of "the Richard Diebenkorn" may hang outside it."""
    outside = [t for t in ent if t.dep_ not in ("det", "punct") and not ent.start <= t.head.i < ent.end]
    return outside[-1] if outside else ent.root


def _job_title(words: list[Token]) -> bool:
    """"the Assistant Corporation Counsel", "Deputy Attorney General": a title, not an employer."""
    # an organisation word inside says whose office it is ("Corporation Counsel"), no employer
    return len(words) >= 2 and words[0].lower_ in _TITLE_OPENERS and words[-1].lower_ in _TITLE_ENDINGS


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, NER's or not; not a title ("President" of "President John Doe")."""
    return (token.is_title or token.is_upper) and any(c.isalpha() for c in token.text) and \
        coarse(token) in ("PROPN", "NOUN", "ADJ") and (not token.ent_type_ or token.ent_type_ in _NAME_LABELS)


def _run_on(ent: Span) -> Span | None:
    """"the Circuit Court of" + "Cook County": the name goes on over the capitalised words after it."""
    doc = ent.doc
    end = ent.end
    i = end
    while i < len(doc) and (_name_word(doc[i]) or doc[i].lower_ in _CONNECTORS - {"and", "&"}):
        if _name_word(doc[i]):
            end = i + 1
        i += 1
    if end == ent.end:
        return None  # "the University of" and nothing named after it: no name to give
    return Span(doc, ent.start, end, label=ent.label_)


def _inside_title(ent: Span, root: Token, words: list[Token]) -> Span | None:
    """"the Richard Diebenkorn | Catalogue Raisonné": the parse hangs the name on capitalised words
    after it. When they end in an organisation word ("the Bill Smith | Foundation") the name goes on;
    when the span alone looks like a person's name, it names the subject of a title, no organisation."""
    doc = ent.doc
    head = root.head
    if not _name_word(head) or any(not _name_word(t) for t in doc[ent.end: head.i + 1]):
        return ent
    # "the Bill Smith | Foundation", "Hewlett Packard | Enterprise"
    if head.lower_ in ORG_WORDS or head.lower_ in GENERIC_ORG_WORDS or head.lower_ in COMPANY_NAME_WORDS:
        return Span(doc, ent.start, head.i + 1, label=ent.label_)
    person_shaped = 2 <= len(words) <= 3 and all(
        t.is_title and coarse(t) == "PROPN" and t.lower_ not in ORG_KIND_NOUNS | GENERIC_ORG_WORDS | ROLE_NOUNS
        for t in words)
    return None if person_shaped else ent


def _whole_conjunction(ent: Span) -> Span | None:
    """"the Committee on Juvenile Delinquency and Youth Crime" with only "Youth Crime" tagged: the last
    conjunct of a longer name. Walk left over capitalised words and connectors to the organisation word
    the name starts with; a list of separate organisations ("Google and Meta") has an entity of its own
    before the "and" and stays as it is."""
    doc = ent.doc
    i = ent.start - 2  # before the "and"
    start = None
    while i >= 0 and (_name_word(doc[i]) or doc[i].lower_ in _CONNECTORS - {"and", "&"}):
        if doc[i].ent_type_ in _ENT_ORG or doc[i].ent_type_ in ("GPE", "LOC", "FAC"):
            return ent  # "Google and Meta", "IBM and Acme Corp": a list
        if doc[i].lower_ in ORG_WORDS or doc[i].lower_ in GENERIC_ORG_WORDS:
            start = i
            break
        i -= 1
    if start is None or start == ent.start - 2 or _root(ent).head.i < start:
        return ent
    if doc[start - 1].lower_ == "the" if start > 0 else False:
        start -= 1
    return Span(doc, start, ent.end, label=ent.label_)
