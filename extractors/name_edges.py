"""Where NER starts or ends a name wrongly, mended before the gazetteer reads the doc's entities.

Every relation is keyed on a name as NER cut it, so a cut in the wrong place is a wrong person or a wrong
employer: a Korean given name split off ("Seo-yeon | Kim"), a name run on into its verb ("Bao Nguyen joined
Cohere"), honorifics taken into a name ("Emeritus Viktor Orlov"), a CV line's post read as a name or an
employer ("Research Lead, NAVER CLOVA"), a list's bullet before it. The gazetteer component
(`extractors/gazetteer.py`) runs this first, being the first component after NER.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.names import EAST_ASIAN_FAMILY, title_length
from extractors.vocabulary import ROLE_NOUNS


def mend_name_edges(doc: Doc) -> None:
    """Where NER starts or ends a name wrongly, before the gazetteer reads it: a Korean given name the tokenizer
    split is put back ("Seo-yeon | Kim"); a name run on into its verb ends before it ("Bao Nguyen joined Cohere");
    a person's name loses the honorifics and ranks NER took into it ("Professor Emeritus Viktor Orlov" is tagged
    "Emeritus Viktor Orlov", and every relation would be keyed on that; the words stay in the text for the role
    readers); a list's bullet before a name is dropped ("• Zhou Yiran")."""
    ents, changed = list(doc.ents), False
    for position, ent in enumerate(ents):
        if _hyphenated_given_name(doc, ent.start) and len(ent) == 1 and (
                ent.label_ == "PERSON" or ent.text.lower() in EAST_ASIAN_FAMILY):
            # "Seo-yeon Kim": NER tags the family name alone (a Korean one at times as a firm or a place); a
            # name NER tagged whole keeps what comes before it ("Co-lead Kim Min-jun")
            ents[position] = ent = Span(doc, ent.start - 3, ent.end, label="PERSON")
            changed = True
        if ent.label_ in ("PERSON", "ORG") and _only_a_post(ent):
            # "Research Lead, NAVER CLOVA", "Software Engineer, Samsung": a CV line's post is no one's name and
            # no employer; its words stay in the text for the role readers
            ents[position] = None
            changed = True
            continue
        if ent.label_ == "PERSON" and _cut_after_hyphen(doc, ent.end):
            # "Baek Hyun | -woo", "Alejandro Ruiz | -Tagle Montt": NER ended the name inside a hyphenated word
            ents[position] = ent = Span(doc, ent.start, ent.end + 2, label="PERSON")
            changed = True
        verb = next((t for t in ent[1:] if t.tag_.startswith("VB") and t.is_lower), None)
        if verb is not None and ent.label_ in ("PERSON", "ORG") and verb.i - ent.start >= 2:
            # "Bao Nguyen joined Cohere" tagged as one name: the name ends before its verb
            ents[position] = ent = Span(doc, ent.start, verb.i, label=ent.label_)
            changed = True
        given = ents[position - 1] if position else None
        if ent.label_ == "PERSON" and given is not None and given.end == ent.start and len(given) == 1 \
                and given.label_ in ("GPE", "LOC") and given[0].is_title and given[0].whitespace_ \
                and (given.start == 0 or "\n" in doc[given.start - 1].text):
            # "Ananya | Krishnamurthy-Rao" opening a line: a given name NER read as a place, before the family name
            ents[position - 1:position + 1] = [None, Span(doc, given.start, ent.end, label="PERSON")]
            ent = ents[position]
            changed = True
        lead = next((t.i for t in ent if any(c.isalnum() for c in t.text)), ent.end) - ent.start
        if 0 < lead < len(ent) and ent.label_ in ("PERSON", "ORG"):
            # "• Zhou Yiran", "– Mila": a list's bullet is no part of the name
            ents[position] = ent = Span(doc, ent.start + lead, ent.end, label=ent.label_, kb_id=ent.kb_id_)
            changed = True
        if ent.label_ != "PERSON":
            continue
        cut = title_length([token.text for token in ent])
        if cut and ent[cut].is_alpha and ent[cut].is_title:
            ents[position] = Span(doc, ent.start + cut, ent.end, label=ent.label_, kb_id=ent.kb_id_)
            changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _hyphenated_given_name(doc: Doc, start: int) -> bool:
    """"Ji-woo" before `start`: a capitalised and a lower-case syllable joined by a hyphen, untagged, as the
    tokenizer splits Korean given names."""
    if start < 3 or any(doc[i].ent_type_ for i in range(start - 3, start)):
        return False
    first, hyphen, second = doc[start - 3], doc[start - 2], doc[start - 1]
    return hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ and bool(second.whitespace_) \
        and first.is_alpha and first.is_title and second.is_alpha and second.is_lower and len(second) <= 4


# Words that qualify a post ("Staff ML Engineer", "Co-Founder & CEO") and are no one's name.
_POST_QUALIFIERS = frozenset(
    """research senior staff junior software hardware ml ai data machine learning applied product program project
    technical founding managing executive general deputy vice distinguished visiting assistant associate adjunct
    co-founder cofounder founder &""".split())


def _only_a_post(ent: Span) -> bool:
    """Every word of the entity is a post or what qualifies one, and it ends in a post: "Research Lead"."""
    words = [t.lower_ for t in ent if not t.is_space and t.text not in ",-"]
    return len(words) >= 2 and words[-1] in ROLE_NOUNS and all(
        w in ROLE_NOUNS or w in _POST_QUALIFIERS for w in words)


# What a lower-case word after a name and a hyphen says when it is no part of the name ("Smith-led", "Kim-style")
_NAME_SUFFIXES = frozenset("like style era type born based led run owned backed founded funded authored".split())


def _cut_after_hyphen(doc: Doc, end: int) -> bool:
    """A name ending at `end` inside a word: "-woo" or "-Tagle" follows with no space, and is no entity of its own."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    after = doc[end + 1]
    if not after.is_alpha or after.ent_type_ or after.lower_ in _NAME_SUFFIXES or after.lower_.endswith("ed"):
        return False
    # a lower-case syllable only after a short one, as a Korean given name ("Hyun-woo"): not "Hassabis-fans"
    return after.is_title or len(after) <= 4 and len(doc[end - 1]) <= 4 and doc[end - 1].is_title
