"""STUDIED_AT, WORKS_AT and PART_OF from sentences, read off the dependency parse.

For each organisation in a sentence we climb the parse from the organisation to the word that says what
it is to someone (its trigger): a verb ("joined", "graduated from", "received a PhD from"), a role or degree
noun ("a professor at", "a PhD from", "a Google researcher") or a person it qualifies ("Alice Wu of MIT").
From the trigger we find the person: the clause subject, an apposition ("Alice, a professor at X"), a
relative clause ("X, who earned ..."), a possessive ("Her PhD from X"), or the person of an earlier sentence
when the subject is a pronoun or missing ("She then joined ..."). Coordinated people share the relation.
The climb lives here; what a trigger means is read in `extractors/triggers.py`, and whom it is about in
`extractors/trigger_subjects.py`.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.antecedents import DescribedOrgs
from extractors.arrivals import arrivals, host_of
from extractors.campus import move_after_studies, student_context, studied_where
from extractors.chronology import complete_years, note_spell
from extractors.credits import credit_lines
from extractors.cvlines import read_cv_lines
from extractors.dating import closing_verb, relation_years
from extractors.definites import named_by_kind
from extractors.durations import Duration, find_durations, spell_length
from extractors.groups import group_members
from extractors.institutions import (
    containers_of,
    generic,
    linkable_org,
    names_person,
    owners_of,
    unit_entity,
)
from extractors.links import Link
from extractors.members import about_topic
from extractors.mentors import mentors_at
from extractors.milestones import announced_start, read_events
from extractors.narrator import interviewee, page_name, self_introduction, speaks_as_narrator
from extractors.orgmentions import repair_organisations
from extractors.programmes import presenters
from extractors.referents import Referents
from extractors.relations import (
    add_relation,
    hedged,
    init_doc,
    org_entity,
    person_entity,
    sentences,
)
from extractors.respectively import coordinated, respective
from extractors.roles import staff_member, work_between
from extractors.rosters import read_rosters
from extractors.schooling import bracketed_degrees, shared_degrees
from extractors.subjects import canonical_people, repair_people, subject_after
from extractors.syntax import (
    MAX_CLIMB,
    degree_in,
    degree_label,
    degree_near,
    own_phrase,
)
from extractors.syntax import (
    anchor as _anchor,
)
from extractors.syntax import (
    listed_after as _listed_after,
)
from extractors.syntax import (
    post_nominal as _post_nominal,
)
from extractors.syntax import (
    role_after as _role_after,
)
from extractors.syntax import (
    teachers as _teachers,
)
from extractors.titles import bracketed_affiliation, misparsed_of, singular_role, title_before_name
from extractors.triggers import Triggers
from extractors.vocabulary import (
    DOBJ_WORK_VERBS,
    FOUNDING_VERBS,
    HIRE_NOUNS,
    HIRE_VERBS,
    INSTITUTION_WORDS,
    ORG_KIND_NOUNS,
    ROLE_NOUNS,
    TEACHER_WORDS,
    UNIT_WORDS,
    coarse,
    named_degree,
)
from extractors.years import YearMention, find_years, latest_year, lifespan
from kg.model import student_degree


@Language.factory(
    "kg_careers",
    requires=["doc.ents", "doc.sents", "token.dep", "span._.kg"],
    assigns=["doc._.kg_relations"],
)
def make_careers(nlp: Language, name: str) -> "Careers":
    return Careers()


# Where an organisation works beside its units: "worked at Google's Accra office".
_SITES = frozenset("office offices headquarters campus branch arm".split())
_BOARDS = frozenset({"board", "boards"})
_BOARD_MEMBERS = frozenset({"directors", "governors", "trustees"})


class Careers:
    """Education and employment of people named in the text, with years and evidence."""

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        repair_people(doc)
        told = repair_organisations(doc)  # NER's own entities, given back to the later components at the end
        people = canonical_people(doc)
        carried: str | None = None
        anchor: int | None = None
        topic: Span | None = None
        host: Span | None = None
        genders: dict[str, str] = {}  # how the text's pronouns have called its people (extractors/referents.py)
        opening: str | None = None  # whom a bio is about: the person its first sentence is about
        ents = list(doc.ents)  # Span.ents re-reads every entity of the doc: group them once
        ent_starts = [ent.start for ent in ents]  # in text order, as doc.ents keeps them
        # who "I" is: a page's bare-name heading or title, else the page's "I am Jane Doe" once it comes
        narrator = page_name(doc, people, ents) or doc._.kg_title_person or interviewee(doc, people, ents)
        described = DescribedOrgs(doc, ents, people)  # "She left the company", "At Halle, he lectured"
        for number, sent in enumerate(sentences(doc)):
            # a lifespan by a name ("Olu Bankole (1948-2023)") dates no job, nor anchors "two years later"
            years = [m for m in find_years(sent.text, offset=sent.start_char, anchor=anchor) if not lifespan(m, doc)]
            in_sent = ents[bisect_left(ent_starts, sent.start):bisect_left(ent_starts, sent.end)]
            orgs = [ent for ent in in_sent if linkable_org(ent, ents)]
            if number == 0:
                topic = next((o for o in orgs if o.root.dep_ in ("nsubj", "nsubjpass")), None)
                host = host_of(sent, orgs)  # "X welcomes four new faculty members": where "A joins as ..." is
            about_topic(doc, sent, topic, people, in_sent, ents)  # member lists, "It ... were employed as"
            named_by_kind(doc, sent, people, in_sent, described)  # "University President Jane Doe"
            presenters(doc, sent, people, ents)  # "a talk show hosted by Jane Doe on CNN"
            narrator = narrator or self_introduction(people, in_sent)
            if narrator and speaks_as_narrator(sent):
                carried = narrator  # "I am Jane Doe. ... I joined X in 2019. * 2016: Intern, Y"
            orgs = described.add_to(number, sent, orgs, in_sent)
            credited = _credit(doc, sent, people, in_sent)  # "Speakers: A, Professor of X, Y University; B, ..."
            if credited:
                orgs = [o for o in orgs if id(o) not in credited]
            if orgs:
                lengths = find_durations(sent.text, offset=sent.start_char)  # "spent six years at X"
                _Sentence(doc, sent, orgs, years, people, carried, in_sent, narrator, lengths, genders).extract()
            # "She retired in 2008", "She will take up the post in 2024": years of a job named elsewhere
            referents = Referents(sent, people, in_sent, carried, narrator, genders)
            read_events(doc, sent, years, referents._subject_of, list(people.values()), orgs=orgs)
            if host is not None and number > 0:
                arrivals(doc, sent, host, referents._subject_of)
            carried = subject_after(sent, people, in_sent) or carried
            if number == 0 and in_sent and in_sent[0].start == 0 and in_sent[0].label_ == "PERSON" \
                    and in_sent[0].root.head.lower_ in _BIO_OPENINGS:
                # "Jane Doe is ...", "Jane Doe (PhD 2007, X) received ...": a bio. A news lede ("Jane Doe
                # announced the hires: ...") is about an event, and the list below it about others.
                opening = people.get(0)
            anchor = latest_year(years) or anchor
        read_cv_lines(doc, narrator or opening, ents)  # "2018 - 2020: Research Scientist, Google Brain"
        complete_years(doc)  # years the story gives across sentences: lengths, "Before that", a retirement
        read_rosters(doc, ents)  # a "People" page: "PhD students: A, B (since 2021). Alumni: C (PhD 2020, ...)"
        doc.ents = told
        return doc


# The verbs a bio opens with, as written (the pipeline has no lemmatizer).
_BIO_OPENINGS = frozenset("is was has received obtained earned joined leads led heads headed works worked serves "
                          "served holds held graduated completed born".split())


def _credit(doc: Doc, sent: Span, people: dict[int, str], in_sent: list[Span]) -> set[int]:
    """The jobs of the sentence's credit lines, made here; the ids of the organisations (and of the titles NER
    took for organisations) they account for, which the career rules then leave alone."""
    claimed: set[int] = set()
    for credit in credit_lines(sent, people, in_sent):
        add_relation(doc, type="WORKS_AT", head=person_entity(credit.person), tail=org_entity(credit.org),
                     sentence=sent, confidence=0.8, role=credit.role)
        claimed |= {id(credit.org)} | {id(e) for e in credit.title_ents}
    return claimed


def _own_degree(orgs: list[Span], org: Span, trigger: Token) -> str | None:
    """The degree written between another organisation of the verb and this one ("her Ph.D. from TU Delft and
    her M.Sc. in 2010 from X"): the second school's, though the parser hangs both on the verb, whose object
    is the first degree."""
    before = [o for o in orgs if trigger.i < o.start and o.end <= org.start]
    if not before:
        return None
    words = [t for t in org.doc[before[-1].end: org.start] if named_degree(t.lower_)]
    return degree_label(degree_in(words[-1].text)) if words else None


class _Sentence(Triggers):
    def __init__(self, doc: Doc, sent: Span, orgs: list[Span], years: list[YearMention],
                 people: dict[int, str], carried: str | None, ents: list[Span], narrator: str | None,
                 lengths: list[Duration], genders: dict[str, str]):
        super().__init__(sent, people, ents, carried, narrator, genders)
        self.doc, self.orgs, self.years, self.lengths = doc, orgs, years, lengths
        self.org_of = {t.i: org for org in orgs for t in org}

    def extract(self) -> None:
        containers = containers_of(self.orgs, self.org_of)
        owners = owners_of(self.orgs, self.org_of)
        contained = {id(c) for c in containers.values()}
        previous: tuple[Span, Link] | None = None
        for org in self.orgs:
            if id(org) in contained:
                continue  # its relation is made through the unit it contains
            container = containers.get(id(org))
            if container is not None:
                tail = org_entity(container)
                add_relation(self.doc, type="PART_OF", head=unit_entity(org, tail), tail=tail,
                             sentence=self.sent, confidence=0.8)
            owner = None
            if container is None and id(org) in owners:
                owner = org_entity(owners[id(org)])
                tail = unit_entity(org, owner)
                add_relation(self.doc, type="PART_OF", head=tail, tail=owner, sentence=self.sent, confidence=0.85)
            elif container is None:
                tail = org_entity(org)
            link = self._link(org)
            if link is not None and link.type == "WORKS_AT" and student_context(link.trigger, link.path, org):
                link.type, link.role, link.confidence = "STUDIED_AT", None, 0.7  # a student's office, a school move
            elif link is not None and link.type == "WORKS_AT" and move_after_studies(link.trigger, org):
                link = None  # "studied at X and moved to Stanford": to study or to work there is not said
            elif link is not None and link.type == "WORKS_AT" and studied_where(link.trigger, org):
                link = None  # "moved to Oxford, where she completed her PhD": the "where" clause says it
            if link is None and previous is not None and _listed_after(previous[0], org) \
                    and not names_person(org, self.people) and org.root.dep_ not in ("nsubj", "nsubjpass"):
                link = previous[1]  # "worked at Google (2010-2012), Meta (2012-2015) and Amazon"
            if link is None or hedged(link.path) and not announced_start(link.trigger, self.years, link.path) \
                    or not link.people:
                previous = None
                continue
            previous = (org, link)
            # the unit's own institution claims no year from it: "in the Department of X at Princeton (2023-present)",
            # "(2008-2012) at IBM's Thomas J. Watson Research Center"
            rivals = [o for o in self.orgs if o is not container and o is not owners.get(id(org))]
            start, end = relation_years(self.years, org, rivals, link.trigger, link.type, link.path) \
                if link.dated else (None, None)
            length = spell_length(self.lengths, org, self.orgs, link.trigger) if link.dated else None
            degree = link.degree
            if degree is None and link.type == "STUDIED_AT" and (closing := closing_verb(link.trigger, self.orgs)):
                degree = degree_label(degree_near(closing))  # "a graduate student at X, receiving his PhD in 2006"
            # "B.S. and M.S. from A and B in 2010 and 2012, respectively", "A (B.S. 2001, M.S. 2003)": degrees
            # listed with their years; the relation takes the last, and each earlier one is a relation of its own
            listed = (respective(self.sent, self.orgs, org) or bracketed_degrees(org) or coordinated(org)) \
                if link.type == "STUDIED_AT" else None
            if listed:
                degree = listed[-1][0] or degree
                start, end = (None, listed[-1][1]) if listed[-1][1] else (start, end)
            elif link.type == "STUDIED_AT" and (own := _own_degree(self.orgs, org, link.trigger)):
                degree = own  # "her Ph.D. in 2014 from TU Delft and her M.Sc. in 2010 from X": the M.Sc. is X's
            # "director of ARPA's Information Processing Techniques Office": the unit and ARPA
            for name in dict.fromkeys(link.people):
                for place in (tail, owner) if owner else (tail,):
                    add_relation(self.doc, type=link.type, head=person_entity(name), tail=place, sentence=self.sent,
                                 confidence=link.confidence, start=start, end=end, degree=degree,
                                 role=singular_role(link.roles.get(name, link.role)))
                    note_spell(self.doc, self.doc._.kg_relations[-1], tail_name=place["name"], trigger=link.trigger,
                               sent=self.sent, length=length)
            for earlier, year in listed[:-1] if listed else ():
                for name in dict.fromkeys(link.people):
                    add_relation(self.doc, type="STUDIED_AT", head=person_entity(name), tail=tail, sentence=self.sent,
                                 confidence=link.confidence, degree=earlier, end=year)
            # not in a listed sentence, whose pairing reads the degrees and their years itself
            for shared in shared_degrees(link.trigger, org) if link.type == "STUDIED_AT" and not listed else ():
                for name in dict.fromkeys(link.people):  # its years, if any, may be the other degree's alone
                    add_relation(self.doc, type="STUDIED_AT", head=person_entity(name), tail=tail, sentence=self.sent,
                                 confidence=link.confidence,
                                 degree=degree_label(degree_in(" ".join(t.text for t in own_phrase(shared)))))
            if link.type == "STUDIED_AT" and any(t.lower_ in INSTITUTION_WORDS for t in org):
                for name, role in _teachers(self.sent, link.people, self._persons):
                    add_relation(self.doc, type="WORKS_AT", head=person_entity(name), tail=tail,
                                 sentence=self.sent, confidence=0.6, role=role)
        mentors_at(self.doc, self.sent, self.org_of, self._persons)  # "an associate of X at Y"

    def _subject_of(self, token: Token, clause: Token | None = None) -> list[str]:
        # "A and B moved to X, while C joined Y. All three had joined Z in 2017": the people just listed
        return super()._subject_of(token, clause) or group_members(token, self.people)

    # --- from organisation to trigger to person ------------------------------------------------

    def _appointment_announced(self, verb: Token) -> Link | None:
        """"The Vector Institute today announced the appointment of Dr. X as Research Director": the subject
        that announces an appointment (its object) is the employer, with the post named after "as", unless the
        post names an organisation of its own."""
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lower_ not in HIRE_NOUNS:
                continue
            people = self._appointed(noun)
            posts = [g for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ == "pobj"]
            if any(t.i in self.org_of for g in posts for t in g.subtree):
                return None  # "as director of the Stanford AI Lab": the post's own organisation is the employer
            if people:
                role = next((" ".join(t.text for t in g.subtree if t.i <= g.i and t.dep_ != "det") for g in posts
                             if g.lower_ in ROLE_NOUNS), None)
                return Link("WORKS_AT", verb, [verb, noun], 0.85, people, role=role)
        return None

    def _link(self, org: Span) -> Link | None:
        token = _anchor(org)
        path: list[Token] = [token]
        if names_person(org, self.people):
            return None  # NER took "Klaus Wagner" for an organisation
        beside = bracketed_affiliation(org, self.people, self.ents)
        if beside is not None and not _post_nominal(org):  # "Rosa Mendes (University of Porto)"; not "(KCMG)"
            return Link("WORKS_AT", beside.root, [token, beside.root], 0.7, [self.people[beside.start]])
        misparsed = misparsed_of(org, self.people, self.ents)
        if misparsed is not None:  # "A of X and B of Y", B made X's conjunct by the parser
            return Link("WORKS_AT", misparsed.root, [token, misparsed.root], 0.7, [self.people[misparsed.start]])
        titled = title_before_name(org, self.people, self.ents)
        degree = student_degree(titled.role) if titled is not None else None
        if degree is not None:  # "MIT graduate student Dev Patel"
            return Link("STUDIED_AT", titled.person.root, [token, titled.person.root], 0.85, titled.names,
                        degree=None if degree == "unknown" else degree, dated=False)
        if titled is not None:  # "MIT economist Harriet Lowell", "Oxford's Nadia Okafor": read off the words
            link = Link("WORKS_AT", titled.person.root, [token, titled.person.root], 0.85, titled.names,
                        role=titled.role, dated=False)
            return self._with_partners(link, titled.person) if len(titled.names) == 1 else link
        if token.dep_ == "nsubj" and token.head.tag_ == "VBG" and token.head.dep_ == "pcomp" \
                and token.head.head.lower_ in ("at", "for", "with") and token.i < token.head.i:
            token = token.head  # "spent four years at Apple working on Siri": the parser makes Apple the subject
            path.append(token)
        if token.dep_ in ("nsubj", "nsubjpass"):
            # "Acme hired Jane", "Bloomberg launched X and has recruited two journalists, A and B"
            verbs = [token.head] + [c for c in token.head.children if c.dep_ == "conj" and coarse(c) == "VERB"
                                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
            for verb in verbs:
                announced = self._appointment_announced(verb)
                if announced is not None:
                    return announced
                if verb.lower_ not in HIRE_VERBS:
                    continue
                hired = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                people = [p for c in hired for p in self._people_in(c)]
                role = _role_after(verb)
                if not people:  # "has named Jane Doe dean of its Faculty": the parse makes the name the post's
                    posts = [c for c in verb.children if c.dep_ == "oprd" and c.lower_ in ROLE_NOUNS]
                    people = list(dict.fromkeys(name for c in posts for t in c.lefts
                                                if (name := self._person_at(t)) is not None))
                    role = role or next((c.lower_ for c in posts), None)
                return Link("WORKS_AT", verb, [verb], 0.85, people, role=role) if people else None
            founded = self._founders(token)
            if founded is not None:
                return founded
        for _ in range(MAX_CLIMB):
            dep, head = token.dep_, token.head
            if head.i == token.i:
                return None
            path.append(head)
            if head.lower_ in TEACHER_WORDS:
                return None  # "under the supervision of X", "studied under X": a teacher, not a school
            if work_between(head, token):
                return None  # "producer of eight series of X": X is a programme, not an employer
            if token.lower_ == "of" and (head.lower_ in _BOARDS and head.is_lower or head.lower_ in _BOARD_MEMBERS
                                         and head.dep_ == "pobj" and head.head.head.lower_ in _BOARDS):
                return None  # "serves on the advisory board of X", "is on the board of directors of X": a seat
            if head.lower_ in ("member", "members") and not staff_member(head):
                return None  # "a member of the City Council": a seat or a membership, not a job
            if dep == "advmod" and token.lower_ == "where" and coarse(head) in ("VERB", "AUX"):
                return self._classify(head, "prep", path)  # "the University of Tokyo, where he obtained his PhD"
            if dep == "prep" and head.lower_ == "away" and coarse(head.head) == "VERB":
                path.append(head.head)  # "hired Priya Anand away from X", "lured him away from Y": the verb's "from"
                return self._classify(head.head, "prep", path)
            if dep == "conj" and coarse(token) == "PROPN" and coarse(head) in ("VERB", "AUX") \
                    and (earlier := self._misjoined_to_verb(token, org)) is not None:
                token = earlier  # "holds degrees from A (BSc, 2005) and B (DPhil, 2010)", B parsed as the verb's
                continue
            if dep == "conj" and coarse(token) == "ADP" and token.lower_ != "in" and coarse(head) in ("VERB", "AUX"):
                # "moved from A to B in 2018, and then to C in 2021": the gapped verb's "to"; "served in a church
                # in Colima and then in Dolores" names towns
                dep = "prep"
            elif dep == "conj" or dep in ("pobj", "pcomp") or (dep == "prep" and coarse(head) == "ADP"):
                token = head
                continue
            if dep == "prep" and token.lower_ == "of" and coarse(head) == "NOUN" and head.dep_ == "appos" \
                    and head.head.i in self.org_of:
                return None  # "was at King, the maker of Candy Crush": what describes the employer
            if dep == "prep" and self._other_org(head, org):
                return None  # "chairman of the Committee on Expenditures in the Department of Labor"
            if dep == "appos" and (head.i in self.org_of or (head.lower_ in ORG_KIND_NOUNS and head.is_lower)):
                token = head  # "Upper Canada College, the University of Toronto"; "the newspaper The Guardian"
                continue
            if dep == "compound" and coarse(head) == "PROPN" and head.ent_type_ != "PERSON" \
                    and head.lower_ not in ROLE_NOUNS:
                token = head  # NER cut the name short: "Columbia University | School of Journalism"
                continue
            if dep == "poss" and (head.lower_ in UNIT_WORDS or head.lower_ in _SITES) and head.dep_ in ("pobj", "dobj") \
                    and head.head.lower_ != "of":
                token = head  # "worked at Google's AI lab", "heads Google's robotics lab": the owner employs
                continue
            if dep not in ("prep", "agent", "dobj", "attr", "compound", "poss", "appos", "npadvmod", "nmod",
                           "nsubjpass", "dative", "oprd", "amod"):  # "amod": "Telkom(JJ) chairperson Jane Doe"
                return None
            link = self._classify(head, dep, path)
            if link is not None:
                return link
            if coarse(head) in ("VERB", "AUX"):
                return self._joined_which(org)  # "ran the vision group at Panasonic, which he joined in 2005"
            if dep in ("dobj", "compound", "poss", "appos", "amod"):
                return None
            token = head  # an unknown noun on the way up: "professor of economics at X"
        return None

    def _misjoined_to_verb(self, token: Token, org: Span) -> Token | None:
        """The organisation the parser should have coordinated `org` (at `token`, a conjunct of a verb) with:
        the last one before it under the same verb, with the verb's "and" between them."""
        verb = token.head
        ands = [c.i for c in verb.children if c.dep_ == "cc" and c.i < token.i]
        earlier = [o for o in dict.fromkeys(self.org_of.values()) if o.end <= org.start
                   and verb.left_edge.i <= o.start and any(o.end <= i for i in ands)]
        return _anchor(earlier[-1]) if earlier else None

    def _founders(self, subject: Token) -> Link | None:
        """"X was founded in 2022 by A and B", "Founded in 2023 by A and B, the company serves ...": the people
        after "by" founded the organisation the verb is said of (its passive subject, or the subject of the
        clause the participle opens)."""
        verb = subject.head
        candidates = [verb] if subject.dep_ == "nsubjpass" else []
        candidates += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < subject.i]
        for founding in candidates:
            if founding.lower_ not in FOUNDING_VERBS:
                continue
            agents = [g for c in founding.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            people = [p for g in agents for p in self._people_in(g)]
            if people:
                return Link("WORKS_AT", founding, [founding], 0.8, people, role="founder")
        return None

    def _joined_which(self, org: Span) -> Link | None:
        """"Panasonic, which he joined in 2005": the organisation is what its relative clause's verb took."""
        for verb in org.root.children:
            if verb.dep_ == "relcl" and verb.lower_ in DOBJ_WORK_VERBS and any(
                    c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
                return self._classify(verb, "dobj", [_anchor(org), verb])
        return None

    def _other_org(self, token: Token, org: Span) -> bool:
        """The word a preposition hangs on is inside an organisation dropped as no employer (a committee,
        a party): the role is there, not at the organisation below it."""
        def dropped(t: Token) -> bool:
            return t.i not in self.org_of and any(ent.start <= t.i < ent.end and ent.label_ == "ORG"
                                                  and ent.start != org.start and generic(ent) for ent in self.ents)
        if dropped(token):
            return True
        # "chairman of the Committee on Expenditures in the Department of Labor": the "in" says the committee's remit
        return org.root.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and dropped(g) for g in c.children) for c in token.children)
