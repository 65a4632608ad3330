"""Who a word in a sentence stands for: the person named there, a pronoun's referent, the page's "I".

The career rules reach a token (a clause subject, a possessor, an apposition) and need the full names
of the people it refers to, with everyone coordinated with them. `Referents` answers that for one
sentence; the career rules of that sentence build on it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.narrator import FIRST_PERSON, quoted_speaker
from extractors.subjects import ambiguous_relative, coordinated, pronoun_referent, who_antecedent
from extractors.vocabulary import BE, PRONOUNS, coarse, first_conjunct


_GENDERS = {**dict.fromkeys(("she", "her", "hers", "herself"), "f"),
            **dict.fromkeys(("he", "him", "his", "himself"), "m")}


class Referents:
    """The people of one sentence, for the rules that read it."""

    def __init__(self, sent: Span, people: dict[int, str], ents: list[Span], carried: str | None,
                 narrator: str | None = None, genders: dict[str, str] | None = None, third: str | None = None):
        self.sent, self.people, self.ents = sent, people, ents
        self.carried = carried  # the person an earlier sentence was about
        # the last such person other than the narrator: a letter's "she" is the candidate, never the "I" who signs
        self.third = third
        self.narrator = narrator  # who "I" is on this page, when the page says so
        # person -> "f"/"m" as the text's pronouns have called them, the last called last (shared by a doc's
        # sentences): "Adesanya-Cole joins the Gates Foundation ... Deshmukh-Iyer ...; he joined AI2" is not her
        self.genders = genders if genders is not None else {}

    def _subject_of(self, token: Token, clause: Token | None = None) -> list[str]:
        if token.ent_type_ == "PERSON":
            return self._persons(token)
        lower = token.lower_
        if lower in FIRST_PERSON:  # "I", "my": the page's writer, when the page named them
            return [self.narrator] if self.narrator and not quoted_speaker(token, self.sent) else []
        if lower in PRONOUNS:  # "X earned a PhD at Y, after which he joined Z": X, not the last sentence's
            named = pronoun_referent(token, self.sent, self.people, self.ents) or self._carried_as(lower)
            if named:
                self._called(named, lower)
            return [named] if named else []
        known = self._known_name(token)
        if known:
            return [known]
        if lower in ("who", "that", "whom") and clause is not None and clause.dep_ == "relcl":
            antecedent = who_antecedent(clause) if lower == "who" else clause.head
            if antecedent.i != clause.head.i:
                # "A, B and C, a partner at X who previously worked at Y": the clause inside C's apposition is C's
                own = self._person_at(antecedent)
                return [own] if own else []
            if ambiguous_relative(antecedent):
                return []  # "Richard Roe, the child of David Roe, who ...": either of them
            found = self._subject_of(antecedent)
            # "A, who completed a PhD at X, and B, a staff engineer": the clause ends before B and is A's alone
            # ("A and B, who both joined X" is theirs)
            later = {self._person_at(t) for t in coordinated(first_conjunct(antecedent)) if t.i > clause.right_edge.i}
            found = [p for p in found if p not in later or p == self._person_at(antecedent)]
            if len(found) > 1 and _singular_clause(clause):
                # "A (TTIC) and B, who moves from X to Y": a verb in the singular is the name's just before it, B's,
                # wherever the parser hung the clause ("Jane Doe and John Roe, who is a professor at MIT, founded")
                nearest = max((t for t in coordinated(first_conjunct(antecedent)) if t.i < clause.i
                               and self._person_at(t) in found), key=lambda t: t.i, default=None)
                if nearest is not None:
                    found = [self._person_at(nearest)]
            if not found and antecedent.dep_ in ("attr", "appos"):
                # "Fastow is a businessman who was the CFO of Enron": the businessman is Fastow
                above = antecedent.head
                subjects = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = self._subject_of(above) if antecedent.dep_ == "appos" else (
                    self._subject_of(subjects[0]) if subjects else [])
            return self._within_item(found, clause)
        named = self._named_by_apposition(token)
        if not named and clause is not None and clause.lower_ in BE and token.dep_ == "nsubj":
            # "The current president of X is Jane Doe": the person is what the role is
            named = [p for c in clause.children if c.dep_ == "attr" for p in self._persons(c)]
        return named

    def _within_item(self, found: list[str], clause: Token) -> list[str]:
        """"Among them: A, who comes from X; B, a former quant who studied at Y; and C, who completed her MSc at Z":
        semicolons part a list's items, so a clause in one item is not the people of the items before it."""
        if len(found) < 2:
            return found
        named = [(t.i, self._person_at(t)) for t in self.sent if t.ent_type_ == "PERSON"]
        ahead = {p for i, p in named if i < clause.i}
        kept = [p for p in found if p in ahead]  # nor the people of the items after it
        cut = max((t.i for t in self.sent if t.text == ";" and t.i < clause.i), default=None)
        if cut is not None:
            item = {p for i, p in named if cut < i < clause.i}
            kept = [p for p in kept if p in item]
        return kept or found

    def _carried_as(self, pronoun: str) -> str | None:
        """The carried person, unless the text has called them by the other gender's pronoun: then the person
        it last called by this one, or no one."""
        gender = _GENDERS.get(pronoun)
        carried = self.third if self.carried is not None and self.carried == self.narrator else self.carried
        known = self.genders.get(carried) if carried else None
        if gender is None or known is None or known == gender:
            return carried
        return next((p for p in reversed(self.genders) if self.genders[p] == gender), None)

    def _called(self, person: str, pronoun: str) -> None:
        gender = _GENDERS.get(pronoun)
        if gender is not None and self.genders.get(person, gender) == gender:
            self.genders.pop(person, None)
            self.genders[person] = gender  # last called last

    def _named_by_apposition(self, token: Token) -> list[str]:
        """"His wife, Lea Weingarten, worked at ...", "Microsoft's chief scientist, Jaime Teevan, said"."""
        return [p for child in token.children if child.dep_ == "appos" for p in self._persons(child)]

    def _people_in(self, token: Token) -> list[str]:
        return self._persons(token) or self._named_by_apposition(token)

    def _known_name(self, token: Token) -> str | None:
        """A bare surname NER missed ("Lund is a graduate of ...") naming someone already met."""
        if not token.text[:1].isupper() or coarse(token) not in ("PROPN", "NOUN"):
            return None
        for name in dict.fromkeys(self.people.values()):
            # "ZHAO Xinyue" ... "Zhao, 41, was ...": a family name written in capitals is the same word
            words = [w.title() if w.isupper() and len(w) > 1 else w for w in name.split()]
            if token.text in words[1:] or (token.text == words[0] and len(words) > 1):
                return name
        return None

    def _persons(self, token: Token) -> list[str]:
        """The person a token belongs to, with everyone coordinated with them."""
        names = [self._person_at(t) for t in coordinated(first_conjunct(token))]
        names = [n for n in names if n]
        own = self._person_at(token)
        return names if own in names else ([own] if own else [])

    def _person_at(self, token: Token) -> str | None:
        if token.ent_type_ != "PERSON":
            return None
        for ent in self.ents:
            if ent.start <= token.i < ent.end and ent.label_ == "PERSON":
                return self.people.get(ent.start)
        return None


_SINGULAR_BE = frozenset({"is", "was", "has", "'s", "’s"})


def _singular_clause(clause: Token) -> bool:
    """The relative clause's verb is in the singular ("who moves", "who is", "who was", "who has led"); a
    past tense ("who joined") could be anyone's."""
    return clause.tag_ == "VBZ" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_BE for c in clause.children) or (
        clause.lower_ in _SINGULAR_BE)
