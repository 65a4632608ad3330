"""Verbs the small model took for plural nouns after a name: "Dr Jane Doe joins as Chief Scientist".

en_core_web_sm tags a present-tense career verb after a name at a sentence's start as NNS at times and
makes it the root with the name as its compound, so the sentence has no subject and "She ..." after it
refers to no one. When the root is such a verb form and a person's name ends right before it, the verb is
given back its tag and the name becomes its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.vocabulary import END_VERBS, JOIN_VERBS, LEAD_VERBS, MOVE_VERBS, WORK_VERBS

_PRESENT = frozenset(w for w in END_VERBS | JOIN_VERBS | LEAD_VERBS | MOVE_VERBS | WORK_VERBS if w.endswith("s")) | {
    "becomes"}


def mend_noun_verbs(doc: Doc, ents: list[Span]) -> None:
    """Retag each misread verb VBZ and make the name before it its subject."""
    ends = {ent.end: ent for ent in ents if ent.label_ == "PERSON"}
    for sent in doc.sents:
        root = sent.root
        name = ends.get(root.i)
        if root.tag_ != "NNS" or root.lower_ not in _PRESENT or name is None or name.root.head.i != root.i:
            continue
        root.tag_ = "VBZ"
        name.root.dep_ = "nsubj"
