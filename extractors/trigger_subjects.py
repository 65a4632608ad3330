"""Whom a career trigger is about: the clause subject, an apposition, a relative clause, a possessive, the
one an appointment or a hiring names, or the person of an earlier sentence; and the further people a news
title names beside the first ("Eskom chairperson A and chief executive B").

`TriggerSubjects` fills in the people of a `Link` that `extractors/triggers.py` has read off its trigger.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.links import Link
from extractors.narrator import FIRST_PERSON
from extractors.referents import Referents
from extractors.roles import titled_partners
from extractors.syntax import MAX_CLIMB
from extractors.vocabulary import HIRE_NOUNS, HIRE_VERBS, PRONOUNS, ROLE_NOUNS, UNIT_WORDS, coarse
from extractors.years import YearMention

_REFERRING = PRONOUNS | FIRST_PERSON  # subjects that stand for a person named elsewhere
# How a verbless sentence that goes on with the person's story opens: "Previously a researcher at X from 2015
# to 2021.", "Currently at Amazon (2021-present).", "Former staff engineer at Tesla." (profile summaries, team pages).
_SEQUEL_OPENERS = frozenset("previously currently formerly earlier now later before prior recently then former".split())


class TriggerSubjects(Referents):
    """The people a sentence's triggers are about; the sentence gives `years`."""

    years: list[YearMention]

    def _dated_within(self, token: Token) -> bool:
        """A year is written inside the phrase `token` heads."""
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        return any(start <= year.start_char and year.end_char <= end for year in self.years)

    def _with_subject(self, link: Link) -> Link | None:
        token = link.trigger
        if token.dep_ == "compound" and self._person_at(token.head):
            link.people = [self._person_at(token.head)]  # "IBM CEO Arvind Krishna", "Google researcher Jane Doe"
            return self._with_partners(link)
        for _ in range(MAX_CLIMB):
            # "a postdoctoral fellow in Professor Kim's lab at X", "joined Smith's group at Y": the lab's head is
            # not who is in it (but "Keller's group at X published ..." is Keller's)
            if token.lower_ in _KIN and any(c.dep_ == "poss" for c in token.children):
                return None  # "Her husband, an engineer at Microsoft": an unnamed relative, not the one named before
            joined_unit = token.lower_ in UNIT_WORDS and token.dep_ in ("pobj", "dobj")
            for child in token.children:
                if child.dep_ == "poss" and coarse(token) in ("NOUN", "PROPN") and not joined_unit \
                        and self._subject_of(child):
                    link.people = self._subject_of(child)
                    return link
            if token.lower_ in HIRE_NOUNS and coarse(token) == "NOUN":
                # "NUS announced the appointment of X as Dean of its School of Computing": the one appointed
                named = self._appointed(token)
                if named:
                    link.path.append(token)
                    governed = token
                    for _ in range(MAX_CLIMB):  # up to the verb, which may hedge: "denied reports of the appointment"
                        if governed.head.i == governed.i or coarse(governed) in ("VERB", "AUX"):
                            break
                        governed = governed.head
                        link.path.append(governed)
                    link.people = named
                    # "as Dean of Y": the role the appointment names, on the path from Y
                    link.role = link.role or next((t.text for t in link.path if t.lower_ in ROLE_NOUNS), None)
                    return link
            if token.lower_ in HIRE_VERBS and coarse(token) == "VERB":
                # "Grant appointed Wallace as a judge of X": the one appointed, not who appointed
                hired = [p for c in token.children if c.dep_ == "dobj" for p in self._people_in(c)]
                if hired:
                    link.path.append(token)
                    governed = token
                    while governed.dep_ in ("xcomp", "ccomp") and governed.head.i != governed.i:
                        governed = governed.head  # "declined to hire X": the hedge governs the hire
                        link.path.append(governed)
                    link.people = hired
                    return link
            subjects = sorted((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")),
                              key=lambda c: c.ent_type_ != "PERSON" and c.lower_ not in _REFERRING)
            if subjects:
                # "The son of an actor, he is a graduate of ...": the parser may give a clause two subjects
                link.path.append(token)
                link.people = next((found for found in (self._subject_of(c, clause=token) for c in subjects)
                                    if found), [])
                return link
            if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "ROOT" \
                    and not self._person_at(token.head) and (known := self._known_name(token.head)):
                # "Mensah, who holds a PhD from X, previously taught at Y": the parser hangs the verb on a surname
                # NER left out, leaving the sentence verbless
                link.people = [known]
                return link
            if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "ROOT" and coarse(token.head) == "NOUN" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and (named := [
                        p for c in token.head.children if c.dep_ == "appos" and c.i < token.i
                        and (p := self._person_at(c))]):
                # "The paper's first author, Luo Jing, interned at X": the parser hangs the verb on the role
                link.people = named[:1]
                return link
            if token.dep_ in ("relcl", "acl", "appos") and self._person_at(token.head):
                link.people = self._subject_of(token.head)
                if any(c.dep_ == "conj" and c.i > token.i for c in token.head.children) or (
                        token.head.dep_ == "conj" and not any(t.lower_ in ("both", "all") for t in token.subtree)):
                    # "A, a professor at X, and B": the apposition sits between A and B and is A's alone; in "A, ...,
                    # and B, a researcher at Y" B's is B's ("A and B, both former X researchers" is theirs)
                    link.people = [self._person_at(token.head)]
                if token.dep_ == "appos":  # "A and B, both former X researchers, founded Y in 2020": Y's year
                    link.dated = self._dated_within(token)
                return link
            if token.dep_ == "ROOT" or token.head.i == token.i:
                break
            if token.dep_ == "pcomp" and token.head.lower_ in ("on", "about", "over", "regarding", "concerning") \
                    and coarse(token.head.head) in ("NOUN", "PROPN"):
                return None  # "the referendum on joining the EMU": an event, no one's job
            if token.dep_ == "pcomp" and token.head.lower_ in ("for", "on") and token.head.head.lower_ in _PRAISE \
                    and token.lower_ in _TAKING_UP and (praised := [c for c in token.head.head.children
                                                                    if c.dep_ == "dobj"]):
                # "Congratulate X for starting a new position as ...": who is praised did it, not who praises
                # ("She congratulated the team on joining X"); "declined to congratulate X on ..." stays hedged
                link.path += [token.head, token.head.head]
                link.people = [p for c in praised for p in self._persons(c)]
                return link if link.people else None
            link.path.append(token.head)
            token = token.head
        # No subject in the sentence ("After graduating from MIT ...", CV lines): the person of the text.
        link.people = [self.carried] if self.carried and (coarse(token) in ("VERB", "AUX") or _sequel(token)) else []
        link.confidence = min(link.confidence, 0.75)
        return link

    def _appointed(self, noun: Token) -> list[str]:
        """Whom "the appointment of X" (any of HIRE_NOUNS) names."""
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" for p in self._people_in(g)]

    def _with_partners(self, link: Link, name: Span | None = None) -> Link:
        """"Eskom chairperson A and chief executive B": B, titled like A, works there too. `name` is A
        when the caller knows it, else the first person after the trigger."""
        if name is None:
            name = next((e for e in self.ents if e.start in self.people and e.start > link.trigger.i), None)
        link.roles = titled_partners(name, self.people, self.ents) if name is not None else {}
        link.people += [p for p in link.roles if p not in link.people]
        return link


# What one is congratulated on that is a post: "on joining X", "for starting a new position as ..."
_TAKING_UP = frozenset("joining starting accepting taking becoming".split())

# Relatives a text leaves unnamed: "her husband, an engineer at X", "his father, a professor at Y" (with their
# possessive). Not "partner": "Tom Hughes, her partner at Sequoia Capital" is a colleague.
_KIN = frozenset("""husband husbands wife wives spouse spouses father mother parents parent son sons daughter
    daughters brother brothers sister sisters fiance fiancé fiancee fiancée uncle aunt cousin grandfather grandmother
    grandson granddaughter""".split())

# Verbs whose object did what their "for"/"on" clause says: "congratulate X on joining Y".
# Not "thank": "We thank Dr. X for coming to Google to present her work" is a visit.
_PRAISE = frozenset(f"{stem}{ending}" for stem in "congratulat celebrat welcom".split()
                    for ending in ("e", "es", "ed", "ing"))


def _sequel(root: Token) -> bool:
    """A verbless sentence that carries the story on: opened by "Previously", "Currently", "Before that"."""
    sent = root.sent
    words = [t for t in sent if not t.is_punct]
    if words and words[0].lower_ == "former" and (root.tag_ not in ("NN", "NNP") or sent.text.rstrip().endswith(":")):
        return False  # "Former Postdocs at MIT:", "Former employees at Uber.": a list's heading, not one post
    return bool(words) and words[0].lower_ in _SEQUEL_OPENERS and not any(coarse(t) in ("VERB", "AUX") for t in sent)

