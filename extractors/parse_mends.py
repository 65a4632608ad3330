"""Parses the small model gets wrong in career sentences, mended before the career rules read them.

* A present-tense career verb after a name, tagged NNS: "Dr Jane Doe joins as Chief Scientist" (the verb made the
  root with the name as its compound, so the sentence has no subject and "She ..." after it refers to no one).
  The verb is given back its tag and the name becomes its subject.
* An organisation after "to" read as an infinitive verb: "I moved to Spotify in Stockholm" ("to" an auxiliary,
  "Spotify" a VB under "moved"). "to" becomes the preposition it is and the organisation its object.
* A subject named in apposition to "another" or "one": "Another, Tiago Lima, moved from X to Y" (the name an
  apposition of the determiner). The name becomes the subject, so every reader of subjects sees a person.
* The place of a stint hung on the verb: "came to Toronto in 2016 from a postdoc at Microsoft Research Asia" ("at"
  under "came", so the arrival's year started MSRA). An "at" right after the noun a "from" or "after" holds is
  that noun's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.vocabulary import END_VERBS, JOIN_VERBS, LEAD_VERBS, MOVE_VERBS, WORK_VERBS

_PRESENT = frozenset(w for w in END_VERBS | JOIN_VERBS | LEAD_VERBS | MOVE_VERBS | WORK_VERBS if w.endswith("s")) | {
    "becomes"}


def mend_parses(doc: Doc, ents: list[Span]) -> None:
    """Apply each mend of this module (see the module docstring)."""
    _mend_noun_verbs(doc, ents)
    _mend_verb_names(ents)
    _mend_stint_places(doc)
    _mend_named_subjects(doc)


def _mend_noun_verbs(doc: Doc, ents: list[Span]) -> None:
    ends = {ent.end: ent for ent in ents if ent.label_ == "PERSON"}
    for sent in doc.sents:
        root = sent.root
        name = ends.get(root.i)
        if root.tag_ != "NNS" or root.lower_ not in _PRESENT or name is None or name.root.head.i != root.i:
            continue
        root.tag_ = "VBZ"
        name.root.dep_ = "nsubj"


def _mend_verb_names(ents: list[Span]) -> None:
    for ent in ents:
        name = ent.root
        if ent.label_ != "ORG" or not name.tag_.startswith("VB") or name.dep_ != "xcomp" or ent.start == 0:
            continue
        to = ent.doc[ent.start - 1]
        if to.lower_ != "to" or to.head.i != name.i or to.dep_ != "aux":
            continue
        verb = name.head
        to.head, to.dep_, to.tag_ = verb, "prep", "IN"
        name.head, name.dep_, name.tag_ = to, "pobj", "NNP"


def _mend_stint_places(doc: Doc) -> None:
    for at in doc:
        if at.lower_ != "at" or at.dep_ != "prep" or at.i == 0:
            continue
        stint = doc[at.i - 1]
        if stint.dep_ == "pobj" and stint.tag_ in ("NN", "NNS") and stint.head.lower_ in ("from", "after") \
                and stint.head.head.i == at.head.i != stint.i:
            at.head = stint


def _mend_named_subjects(doc: Doc) -> None:
    for word in doc:
        if word.tag_ not in ("DT", "CD") or word.dep_ not in ("nsubj", "nsubjpass"):
            continue
        name = next((c for c in word.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
        if name is not None:
            verb, dep = word.head, word.dep_
            name.head, name.dep_ = verb, dep
            word.head, word.dep_ = name, "dep"
