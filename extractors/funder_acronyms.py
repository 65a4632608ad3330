"""A funder's acronym in brackets after its name: "Fonds de recherche du Québec – Nature et technologies
(FRQNT)". Spelled by the initials of the words before the bracket, the acronym is that name's, not a
project's name or a person's initials.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.vocabulary import acronym

# Small words inside a name, which its acronym skips: "Fonds de recherche du Québec – Santé (FRQS)".
_NAME_JOINERS = frozenset("""of for and the in on a à 's de du des la le et für zur zum der di del della da do dos
    das e y para pour voor van en och""".split())
# A name ending on one of these is a programme's, and so is its acronym: "Synthesis and Modeling Program (SMP)".
_SCHEME_ENDS = frozenset("""program programme programs programmes project projects study initiative network consortium
    fellowship scholarship award grant prize""".split())


def abbreviates(run: Span) -> bool:
    """"Fonds de recherche du Québec – Nature et technologies (FRQNT)": a bracketed acronym whose letters are
    the initials of the words before the bracket is that name's, not a project's or a person's, even where
    the name is written in lower case and no other rule took it."""
    doc = run.doc
    letters = run[0].text
    if len(run) != 1 or not acronym(run[0]) or len(letters) < 3 or run.start < 2 \
            or doc[run.start - 2].lower_ in _SCHEME_ENDS:
        return False
    initials: list[str] = []
    for token in reversed(doc[max(0, run.start - 2 * len(letters) - 4): run.start - 1]):
        if token.lower_ in _NAME_JOINERS or token.text in ("–", "—", "-", "&", ","):
            continue
        if not token.is_alpha or token.ent_type_ == "PERSON" and len(letters) <= 3:
            break  # "John D. Carter (JDC)": a person's initials
        initials.insert(0, token.text[0].upper())
        if len(initials) == len(letters):
            break
    return "".join(initials) == letters.upper()
