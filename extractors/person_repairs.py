"""Person entities made right before the career rules read who a text is about.

NER's slips on names cost a biography its relations: a school or a firm named like a person, the subject
of the opening sentence missed or called an organisation, a person's name cut short or called an
organisation where the sentence says what only a person does. `repair_people` fixes them in place on
the doc, so `extractors/subjects.py` and every later rule see the corrected entities.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.personclues import clue_people
from extractors.personhood import (
    MISREAD,
    misread_person,
    name_words,
    named_elsewhere,
    unlabelled_people,
)
from extractors.titles import titled_name_spans
from extractors.vocabulary import (
    BE,
    COMPANY_SUFFIXES,
    GENERIC_ORG_WORDS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PRESENTER_NOUNS,
    ROLE_NOUNS,
    TEACHER_WORDS,
    TITLES,
    first_conjunct,
    list_partners,
)
from extractors.wordfinder import find

# Last words that make a name NER called a person a school: "he attended Arnold School".
_SCHOOL_ENDINGS = frozenset("school college university academy institute conservatory conservatoire seminary "
                            "polytechnic gymnasium".split())
# Last words no person's name ends with: "Arnold School", "Hemlock Labs", "Korvex Technologies".
_ORG_ENDINGS = _SCHOOL_ENDINGS | COMPANY_SUFFIXES | frozenset(
    "labs laboratories laboratory technologies systems ventures holdings industries".split())
# "( born ...", "( 5 April 1815 in Paris - ...": a biography's opening bracket after the name.
_BORN = frozenset({"born", "née", "nee", "b."})


def repair_people(doc: Doc) -> None:
    """Fix the NER slips that cost a biography its relations: a school or a firm named like a person
    ("Arnold School", "Hemlock Labs" as PERSON), the subject of the opening sentence missed or called an
    organisation ("Georg Jochmann ( 11 October 1874 ... ) was a German internist"), and a person
    called an organisation where the sentence says what only a person does (extractors/personhood.py)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _ORG_ENDINGS and ent[-1].is_title:
            ents[k] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
    if any(_page_words(ent) for ent in ents):
        ents = [ent for ent in ents if not _page_words(ent)]  # "Faculty Directory", "Alumni News": a page's title
        changed = True
    for k, ent in enumerate(ents):
        if _person_in_a_list_of_people(ent, ents):
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    for k, ent in enumerate(ents):
        if _role_holder(ent):
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    widened = _whole_names(ents)
    if widened is not ents:
        ents, changed = widened, True
    for k, ent in enumerate(ents):
        if misread_person(ent):  # "WANG Xiaoming received his PhD", "Eleanor Whitcombe joined the University of X"
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    clued = clue_people(doc, ents)  # "Lukas Brandtner ... Brandtner completed his PhD", "Dr Okafor Chidi, a fellow"
    if clued is not ents:
        ents, changed = clued, True
    people = name_words([e for e in ents if e.label_ == "PERSON"])
    for k, ent in enumerate(ents):
        if named_elsewhere(ent, people):  # "Okonkwo-Reid received her PhD" after "Amara Okonkwo-Reid"
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    widened = _whole_names(ents)  # names the clues made people: "Arash Karimzadeh-Tehrani", tagged ORG from "Karim..."
    if widened is not ents:
        ents, changed = widened, True
    for name in unlabelled_people(doc):  # "- Qian Lei joined Peking University": NER missed the name
        ents = sorted([e for e in ents if e.end <= name.start or e.start >= name.end] + [name], key=lambda e: e.start)
        changed = True
    for name in _titled_names(doc, ents) + titled_name_spans(doc, ents):
        ents = [e for e in ents if e.end <= name.start or e.start >= name.end] + [name]
        changed = True
    topic = _opening_name(doc)
    if topic is not None:
        start, end = topic
        kept = [e for e in ents if e.end <= start or e.start >= end]
        if not any(e.start == start and e.end == end and e.label_ == "PERSON" for e in ents):
            ents = sorted(kept + [Span(doc, start, end, label="PERSON")], key=lambda e: e.start)
            changed = True
    if changed:
        doc.ents = ents


# Words of a page's or a section's title that NER may take for a name.
_PAGE_WORDS = frozenset("directory page pages newsletter bulletin blog news announcement announcements update updates "
                        "profile profiles roster alumni people members list lists overview career careers education "
                        "biography experience publications awards honors honours contact".split())


def _page_words(ent: Span) -> bool:
    """A PERSON made only of a page's words and posts or organisation words ("Faculty Directory"), one of them a
    page's word: no name has none of its own."""
    words = [t.lower_ for t in ent if t.is_alpha]
    if ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in _TITLED:
        return False  # "Professor List", "Dr. Page": a titled surname
    return ent.label_ == "PERSON" and bool(words) and words[0] not in _TITLED and any(
        w in _PAGE_WORDS for w in words) and all(w in _PAGE_WORDS or w in NOT_NAME_WORDS for w in words)


# What stands before a surname, never before a page's title: "Dean Page", "President Page".
_TITLED = TITLES | frozenset("dean president judge chancellor provost director chair senator governor".split())


def _whole_names(ents: list[Span]) -> list[Span]:
    """`ents` with each person's name NER cut short made whole: "Tie-Yan Liu" tagged from "Yan", "Natalia
    Ivanovna Sokolova" from "Ivanovna" (the given name tagged GPE), "Tomás Echeverría Ruiz" to "Echeverría".
    The same list when nothing changed."""
    if not any(e.label_ == "PERSON" for e in ents):
        return ents
    doc = ents[0].doc
    widened: dict[int, Span] = {}
    for k, ent in enumerate(ents):
        hyphenated = _hyphenated_start(ent)
        start = hyphenated if hyphenated is not None else _given_name_start(ent)
        end = _family_name_end(ent)
        if start is not None or end is not None:
            widened[k] = Span(doc, ent.start if start is None else start, ent.end if end is None else end,
                              label="PERSON")
    if not widened:
        return ents
    covered = {i for span in widened.values() for i in range(span.start, span.end)}
    return [widened.get(k, ent) for k, ent in enumerate(ents)
            if k in widened or not any(i in covered for i in range(ent.start, ent.end))]


# What a given name NER read as a place or a people may be tagged: "Natalia" GPE before "Ivanovna Sokolova".
_GIVEN_NAME_MISREADS = frozenset({"GPE", "NORP", "LOC"})


def _hyphenated_start(ent: Span) -> int | None:
    """"Tie-Yan Liu" tagged from "Yan": a capitalised word joined by a hyphen without spaces to the
    start of a person's name is its first half."""
    doc, start = ent.doc, ent.start
    if ent.label_ != "PERSON" or start < 2 or doc[start - 1].text not in ("-", "‐") or doc[start - 1].whitespace_:
        return None
    first = doc[start - 2]
    if first.whitespace_ or not (first.is_title and first.is_alpha) or first.ent_type_:
        return None
    return start - 2


def _given_name_start(ent: Span) -> int | None:
    """"Elif Demir, 34, ...", "Beatriz Lopes, previously at X" tagged from the family name: a capitalised
    proper noun NER left untagged, hung on the name as its first part, with no title, role or
    organisation word in it, is the given name."""
    doc, start = ent.doc, ent.start
    if ent.label_ != "PERSON" or start < 1:
        return None
    first = doc[start - 1]
    # tagged on its own as a place or a people ("Natalia" GPE) it is a given name all the same
    misread = first.ent_type_ in _GIVEN_NAME_MISREADS and first.ent_iob_ == "B" and len(ent) <= 3
    if (first.ent_type_ and not misread) or first.tag_ != "NNP" or not (first.is_title and first.is_alpha) \
            or first.dep_ != "compound" or not ent.start <= first.head.i < ent.end:
        return None
    if first.lower_ in NOT_NAME_WORDS or first.lower_.rstrip(".") in TITLES:
        return None
    return start - 1


def _family_name_end(ent: Span) -> int | None:
    """"named Tomás Echeverría Ruiz a senior fellow" tagged "Tomás Echeverría": the untagged capitalised proper
    noun right after a person's name that the name's words hang on is its last part."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or end >= len(doc) or len(ent) > 3:
        return None
    last = doc[end]
    if last.ent_type_ or last.tag_ != "NNP" or not (last.is_title and last.is_alpha) or not ent[-1].whitespace_ \
            or ent.root.dep_ != "compound" or ent.root.head.i != last.i:
        return None
    if last.lower_ in NOT_NAME_WORDS or last.lower_.rstrip(".") in TITLES or last.lower_ in ORG_WORDS:
        return None
    return end + 1


# Predicates only a person takes: "Jane Roe is professor of ...", "... is a senior researcher at ...".
_PERSON_ROLES = frozenset("professor lecturer researcher scientist postdoc student candidate engineer "
                          "mathematician statistician physicist economist".split())


# "is", "was", and "become" in any tense: "Oxford's Nadia Okafor will become chief scientist".
_COPULAS = frozenset("is was become became becomes".split())


def _role_holder(ent: Span) -> bool:
    """"Nicolò Cesa-Bianchi is professor of Computer Science at X" with the name tagged ORG: a subject of
    "is"/"was" whose predicate is a person's job cannot be an organisation, when it is two to four
    capitalised words unknown to the gazetteer with no organisation word among them."""
    if ent.label_ not in MISREAD or ent._.kg:
        return False
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.is_title and t.tag_ == "NNP" for t in words):
        return False
    if any(t.lower_ in ORG_WORDS or t.lower_ in GENERIC_ORG_WORDS or t.lower_ in ROLE_NOUNS for t in words):
        return False
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lower_ not in _COPULAS:
        return False
    return any(c.dep_ == "attr" and c.lower_ in _PERSON_ROLES for c in root.head.children)


# NER labels a name like "Klaus Wagner" is sometimes given: never an organisation word inside.
_MENTORING = TEACHER_WORDS | frozenset({"direction", "advisors", "mentorship", "students", "student"})


def _person_in_a_list_of_people(ent: Span, ents: list[Span]) -> bool:
    """"under the supervision of Klaus Wagner and Karl Dörge" with the first tagged ORG: a name of two or
    three capitalised words, unknown to the gazetteer and without an organisation word, coordinated
    ("and", ",", not "&") with a person's name of two words or more in a list of teachers or of presenters,
    names a person too.
    Elsewhere ("backed by Morgan Stanley and Karl Brandt") the label stands."""
    if ent.label_ not in MISREAD or ent._.kg or not 2 <= len(ent) <= 3:
        return False
    if not all(t.is_title and t.is_alpha and t.tag_ == "NNP" for t in ent):
        return False
    if any(t.lower_ in ORG_WORDS or t.lower_ in GENERIC_ORG_WORDS or t.lower_ in ROLE_NOUNS for t in ent):
        return False
    root = ent.root
    partners = list_partners(root)
    if not any(other.label_ == "PERSON" and len(other) >= 2 and other.root.i == partner.i
               for partner in partners for other in ents):
        return False
    top = first_conjunct(root)
    # Only where the list is of teachers ("under X and Y", "under the supervision of X and Y") or of a
    # programme's presenters ("the programme's presenters are X and Y")
    if top.dep_ == "pobj":
        return top.head.lower_ in ("under", "with") or top.head.head.lower_ in _MENTORING
    return top.dep_ == "attr" and top.head.lower_ in BE and any(
        c.dep_ == "nsubj" and c.lower_ in PRESENTER_NOUNS for c in top.head.children)


def _titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"OpenAI's chief scientist, Ilya Sutskever, said" with the name missed or called an organisation:
    two or three capitalised proper nouns in apposition to a role noun, without an organisation or
    role word and unknown to the gazetteer, name the person holding the role."""
    found: list[Span] = []
    for role in find(doc, ROLE_NOUNS):
        for appos in (c for c in role.children if c.dep_ == "appos"):
            words = [t for t in appos.subtree if not t.is_punct]
            if not 2 <= len(words) <= 3 or words[-1].i - words[0].i != len(words) - 1:
                continue
            if not all(t.tag_ == "NNP" and t.is_title and t.is_alpha and t.ent_type_ in MISREAD | {"", "PERSON"}
                       and t.lower_ not in NOT_NAME_WORDS for t in words):
                continue
            name = Span(doc, words[0].i, words[-1].i + 1, label="PERSON")
            covering = [e for e in ents if e.start < name.end and name.start < e.end]
            if any(e._.kg for e in covering) or any(e.start == name.start and e.end == name.end
                                                    and e.label_ == "PERSON" for e in covering):
                continue
            if all(e.start >= name.start and e.end <= name.end for e in covering):
                found.append(name)
    return found


def _opening_name(doc: Doc) -> tuple[int, int] | None:
    """The capitalised words that open the text when a bracket with "born" or a date follows them."""
    end = 0
    while end < min(len(doc), 10) and (doc[end].is_title or doc[end].text in (".", "'", "’", '"', "“", "”")) \
            and not doc[end].is_space:  # 'Elizabeth Tipton "Tippy" Walker ( born ...'
        end += 1
    if end < 2 or end >= len(doc) or not doc[end].text.startswith("("):  # "(", "(;"
        return None
    bracket = doc[end + 1: min(len(doc), end + 12)]
    dated = any(t.lower_ in _BORN for t in bracket[:2]) or (
        any(t.ent_type_ == "DATE" for t in bracket[:4]) and any(t.like_num for t in bracket[:4]))
    name = doc[0:end]
    if not dated or any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in name):
        return None
    if any(t.lower_ in _SCHOOL_ENDINGS or t.lower_ in ROLE_NOUNS for t in name):
        return None  # "Hollins University ( founded 1842 )": an organisation's own page
    return 0, end

