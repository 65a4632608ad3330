"""STUDIED_AT, WORKS_AT and PART_OF from sentences, read off the dependency parse.

For each organisation in a sentence we climb the parse from the organisation to the word that says what
it is to someone (its trigger): a verb ("joined", "graduated from", "received a PhD from"), a role or degree
noun ("a professor at", "a PhD from", "a Google researcher") or a person it qualifies ("Alice Wu of MIT").
From the trigger we find the person: the clause subject, an apposition ("Alice, a professor at X"), a
relative clause ("X, who earned ..."), a possessive ("Her PhD from X"), or the person of an earlier sentence
when the subject is a pronoun or missing ("She then joined ..."). Coordinated people share the relation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.antecedents import DescribedOrgs
from extractors.campus import move_after_studies, student_context, study_aim
from extractors.institutions import (
    containers_of, generic, is_unit, linkable_org, names_person, organisation_like, owners_of, unit_entity,
)
from extractors.members import about_topic
from extractors.mentors import mentors_at
from extractors.cvlines import read_cv_lines
from extractors.definites import named_by_kind
from extractors.programmes import presenters
from extractors.narrator import FIRST_PERSON, page_name, self_introduction, speaks_as_narrator
from extractors.relations import add_relation, hedged, init_doc, org_entity, person_entity, sentences
from extractors.orgmentions import repair_organisations
from extractors.roles import (
    DELEGATES, award_title, enlisted, fronted_duty, of_the_year, represents, role_attribute, seated, staff_member,
    stint_object, titled, titled_partners, work_between,
)
from extractors.referents import Referents
from extractors.respectively import respective
from extractors.schooling import degree_beside, schooling_on, student_in_school
from extractors.subjects import canonical_people, repair_people, subject_after
from extractors.titles import acknowledged, bracketed_affiliation, singular_role, title_before_name
from extractors.syntax import (
    MAX_CLIMB, anchor as _anchor, college_sport as _college_sport, degree_label as _degree_label, honorary as _honorary,
    degree_in, degree_near as _degree_near, field_after_degree, listed_after as _listed_after, phrase as _phrase, played_for_team as _played_for_team,
    post_nominal as _post_nominal, role_after as _role_after, role_phrase, studied_in as _studied_in,
    teachers as _teachers,
)
from extractors.vocabulary import (
    BE, DEGREE_NOUNS, DEGREE_VERBS, DOBJ_WORK_VERBS, END_VERBS, HIRE_VERBS, INSTITUTION_WORDS, JOB_NOUNS,
    MOVE_NOUNS, MOVE_VERBS, ORG_KIND_NOUNS, PLAY_VERBS, PRONOUNS, ROLE_NOUNS, SPELL_ADVERBS, STUDENT_NOUNS, STUDY_VERBS,
    TEACHER_WORDS, WORK_VERBS, coarse,
)
from extractors.years import YearMention, find_years, latest_year, relation_years

_REFERRING = PRONOUNS | FIRST_PERSON  # subjects that stand for a person named elsewhere


@dataclass
class Link:
    """How an organisation hangs off its trigger."""

    type: str  # STUDIED_AT | WORKS_AT
    trigger: Token
    path: list[Token]
    confidence: float
    people: list[str] = field(default_factory=list)
    degree: str | None = None
    role: str | None = None
    roles: dict[str, str] = field(default_factory=dict)  # a person's own role: "A and chief executive B"
    dated: bool = True  # False for a title by a name: the clause's years are not the title's


@Language.factory(
    "kg_careers",
    requires=["doc.ents", "doc.sents", "token.dep", "span._.kg"],
    assigns=["doc._.kg_relations"],
)
def make_careers(nlp: Language, name: str) -> "Careers":
    return Careers()


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
        opening: str | None = None  # whom a bio is about: the person its first sentence is about
        ents = list(doc.ents)  # Span.ents re-reads every entity of the doc: group them once
        # who "I" is: a page's bare-name heading or title, else the page's "I am Jane Doe" once it comes
        narrator = page_name(doc, people, ents) or doc._.kg_title_person
        described = DescribedOrgs(doc, ents, people)  # "She left the company", "At Halle, he lectured"
        for number, sent in enumerate(sentences(doc)):
            years = find_years(sent.text, offset=sent.start_char, anchor=anchor)
            in_sent = [ent for ent in ents if sent.start <= ent.start < sent.end]
            orgs = [ent for ent in in_sent if linkable_org(ent, ents)]
            if number == 0:
                topic = next((o for o in orgs if o.root.dep_ in ("nsubj", "nsubjpass")), None)
            about_topic(doc, sent, topic, people, in_sent, ents)  # member lists, "It ... were employed as"
            named_by_kind(doc, sent, people, in_sent, described)  # "University President Jane Doe"
            presenters(doc, sent, people, ents)  # "a talk show hosted by Jane Doe on CNN"
            narrator = narrator or self_introduction(people, in_sent)
            if narrator and speaks_as_narrator(sent):
                carried = narrator  # "I am Jane Doe. ... I joined X in 2019. * 2016: Intern, Y"
            orgs = described.add_to(number, sent, orgs, in_sent)
            if orgs:
                _Sentence(doc, sent, orgs, years, people, carried, in_sent, narrator).extract()
            carried = subject_after(sent, people, in_sent) or carried
            if number == 0 and in_sent and in_sent[0].start == 0 and in_sent[0].label_ == "PERSON" \
                    and in_sent[0].root.head.lower_ in _BIO_OPENINGS:
                # "Jane Doe is ...", "Jane Doe (PhD 2007, X) received ...": a bio. A news lede ("Jane Doe
                # announced the hires: ...") is about an event, and the list below it about others.
                opening = people.get(0)
            anchor = latest_year(years) or anchor
        read_cv_lines(doc, narrator or opening, ents)  # "2018 - 2020: Research Scientist, Google Brain"
        doc.ents = told
        return doc


# The verbs a bio opens with, as written (the pipeline has no lemmatizer).
_BIO_OPENINGS = frozenset("is was has received obtained earned joined leads led heads headed works worked serves "
                          "served holds held graduated completed born".split())


class _Sentence(Referents):
    def __init__(self, doc: Doc, sent: Span, orgs: list[Span], years: list[YearMention],
                 people: dict[int, str], carried: str | None, ents: list[Span], narrator: str | None):
        super().__init__(sent, people, ents, carried, narrator)
        self.doc, self.orgs, self.years = doc, orgs, years
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
            if link is None and previous is not None and _listed_after(previous[0], org) \
                    and not names_person(org, self.people) and org.root.dep_ not in ("nsubj", "nsubjpass"):
                link = previous[1]  # "worked at Google (2010-2012), Meta (2012-2015) and Amazon"
            if link is None or hedged(link.path) or not link.people:
                previous = None
                continue
            previous = (org, link)
            start, end = relation_years(self.years, org, self.orgs, link.trigger, link.type, link.path) \
                if link.dated else (None, None)
            degree = link.degree
            paired = respective(self.sent, self.orgs, org) if link.type == "STUDIED_AT" else None
            if paired is not None:  # "B.S. and M.S. from A and B in 2010 and 2012, respectively"
                degree = paired[0] or degree
                start, end = (None, paired[1]) if paired[1] else (start, end)
            # "director of ARPA's Information Processing Techniques Office": the unit and ARPA
            for name in dict.fromkeys(link.people):
                for place in (tail, owner) if owner else (tail,):
                    add_relation(self.doc, type=link.type, head=person_entity(name), tail=place, sentence=self.sent,
                                 confidence=link.confidence, start=start, end=end, degree=degree,
                                 role=singular_role(link.roles.get(name, link.role)))
            if link.type == "STUDIED_AT" and any(t.lower_ in INSTITUTION_WORDS for t in org):
                for name, role in _teachers(self.sent, link.people, self._persons):
                    add_relation(self.doc, type="WORKS_AT", head=person_entity(name), tail=tail,
                                 sentence=self.sent, confidence=0.6, role=role)
        mentors_at(self.doc, self.sent, self.org_of, self._persons)  # "an associate of X at Y"

    # --- from organisation to trigger to person ------------------------------------------------

    def _link(self, org: Span) -> Link | None:
        token = _anchor(org)
        path: list[Token] = [token]
        if names_person(org, self.people):
            return None  # NER took "Klaus Wagner" for an organisation
        beside = bracketed_affiliation(org, self.people, self.ents)
        if beside is not None and not _post_nominal(org):  # "Rosa Mendes (University of Porto)"; not "(KCMG)"
            return Link("WORKS_AT", beside.root, [token, beside.root], 0.7, [self.people[beside.start]])
        titled = title_before_name(org, self.people, self.ents)
        if titled is not None:  # "MIT economist Harriet Lowell", "Oxford's Nadia Okafor": read off the words
            link = Link("WORKS_AT", titled.person.root, [token, titled.person.root], 0.85, titled.names,
                        role=titled.role, dated=False)
            if len(titled.names) == 1:
                link.roles = titled_partners(titled.person, self.people, self.ents)
                link.people += [p for p in link.roles if p not in link.people]
            return link
        if token.dep_ in ("nsubj", "nsubjpass"):
            # "Acme hired Jane", "Bloomberg launched X and has recruited two journalists, A and B"
            verbs = [token.head] + [c for c in token.head.children if c.dep_ == "conj" and coarse(c) == "VERB"
                                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
            for verb in verbs:
                if verb.lower_ not in HIRE_VERBS:
                    continue
                hired = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                people = [p for c in hired for p in self._people_in(c)]
                return Link("WORKS_AT", verb, [verb], 0.85, people, role=_role_after(verb)) if people else None
        for _ in range(MAX_CLIMB):
            dep, head = token.dep_, token.head
            if head.i == token.i:
                return None
            path.append(head)
            if head.lower_ in TEACHER_WORDS:
                return None  # "under the supervision of X", "studied under X": a teacher, not a school
            if work_between(head, token):
                return None  # "producer of eight series of X": X is a programme, not an employer
            if head.lower_ in ("member", "members") and not staff_member(head):
                return None  # "a member of the City Council": a seat or a membership, not a job
            if dep == "advmod" and token.lower_ == "where" and coarse(head) in ("VERB", "AUX"):
                return self._classify(head, "prep", path)  # "the University of Tokyo, where he obtained his PhD"
            if dep == "prep" and head.lower_ == "away" and coarse(head.head) == "VERB":
                path.append(head.head)  # "hired Priya Anand away from X", "lured him away from Y": the verb's "from"
                return self._classify(head.head, "prep", path)
            if dep == "conj" or dep in ("pobj", "pcomp") or (dep == "prep" and coarse(head) == "ADP"):
                token = head
                continue
            if dep == "prep" and self._other_org(head, org):
                return None  # "chairman of the Committee on Expenditures in the Department of Labor"
            if dep == "appos" and (head.i in self.org_of or (head.lower_ in ORG_KIND_NOUNS and head.is_lower)):
                token = head  # "Upper Canada College, the University of Toronto"; "the newspaper The Guardian"
                continue
            if dep == "compound" and coarse(head) == "PROPN" and head.ent_type_ != "PERSON" \
                    and head.lower_ not in ROLE_NOUNS:
                token = head  # NER cut the name short: "Columbia University | School of Journalism"
                continue
            if dep not in ("prep", "agent", "dobj", "attr", "compound", "poss", "appos", "npadvmod", "nmod",
                           "nsubjpass", "dative", "oprd", "amod"):  # "amod": "Telkom(JJ) chairperson Jane Doe"
                return None
            link = self._classify(head, dep, path)
            if link is not None:
                return link
            if coarse(head) in ("VERB", "AUX") or dep in ("dobj", "compound", "poss", "appos", "amod"):
                return None
            token = head  # an unknown noun on the way up: "professor of economics at X"
        return None

    def _classify(self, trigger: Token, dep: str, path: list[Token]) -> Link | None:
        lower = trigger.lower_
        if trigger.ent_type_ == "PERSON":  # "Alice Wu of MIT", "Alice Wu (MIT)"
            via = path[-2].lower_ if len(path) >= 2 else ""
            if dep in ("compound", "nmod") and titled(trigger, path[-2]):
                people = self._persons(trigger)  # "UN Special Envoy Martti Ahtisaari": both hang on the name
                return self._with_partners(Link("WORKS_AT", trigger, path, 0.8, people)) if people else None
            if via in ("at", "with") and dep == "prep" and any(
                    c.dep_ == "advmod" and c.lower_ in SPELL_ADVERBS for c in path[-2].children):
                people = [self._person_at(trigger)]  # "Leila Ahmadi, now at Google", "A, previously at X"
                return Link("WORKS_AT", trigger, path, 0.75, people) if people[0] else None
            if (via in ("of", "from") or dep == "appos") and (trigger.dep_ not in ("pobj", "dobj")
                                                              or acknowledged(trigger)):
                if dep == "appos" and _post_nominal(self.org_of.get(path[0].i)):
                    return None  # "Trevor Brooking, CBE", "Albert Armstrong, DPM": honours and degrees
                people = self._persons(trigger)
                # "Jane Doe, a PhD student in X", "Jane Doe (PhD 2007, X)"
                studied = schooling_on(path) or degree_beside(trigger, self.org_of.get(path[0].i))
                if studied is not None:
                    degree = _degree_label(degree_in(_phrase(studied)))
                    return Link("STUDIED_AT", trigger, path, 0.75, people, degree=degree) if people else None
                return Link("WORKS_AT", trigger, path, 0.7, people) if people else None
            return None
        if coarse(trigger) in ("VERB", "AUX") or (coarse(trigger) == "ADJ" and lower in STUDY_VERBS):
            via = path[-2].lower_ if len(path) >= 2 else ""
            org = self.org_of.get(path[0].i)
            if represents(trigger, path) or seated(trigger, path, org) or enlisted(trigger):
                return None  # sent there ("Representative of Poland to the EU"); a seat; a soldier's rank
            stint, role = stint_object(trigger, via) if dep == "prep" else (False, None)
            if stint:  # "completed research internships at X", "did a postdoc at Y"
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.8, role=role))
            if lower in MOVE_VERBS and not organisation_like(org):
                return None  # "moved to Danbury", "returned to Santiago del Estero": a town
            if via == "to" and (aim := study_aim(trigger)):  # "moved to Harvard in 2015 for his PhD"
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.8, degree=_degree_label(aim)))
            if lower in ("go", "went", "gone", "goes", "going"):
                if via == "to" and org is not None and any(t.lower_ in INSTITUTION_WORDS for t in org):
                    return self._with_subject(Link("STUDIED_AT", trigger, path, 0.75))  # "went to McGill University"
                return None
            if lower in PLAY_VERBS and any(t.lower_ in ("for", "at") for t in path) and _college_sport(trigger):
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.75))  # "played college football for X"
            if lower in PLAY_VERBS and _played_for_team(trigger, path):
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75, role="player"))  # "played for X"
            if lower in BE and via == "with" and dep == "prep":
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "has been with IBM since 2005"
            if fronted_duty(trigger, path):  # "At Halle, he gave lectures", "At Acme, she was chief scientist"
                return self._with_subject(Link("WORKS_AT", trigger, path, 0.75, role=role_attribute(trigger)))
            if (lower in STUDY_VERBS or lower in DEGREE_VERBS) and field_after_degree(path):
                return None  # "received a PhD in Electrical and Computer Engineering from X": a field
            if lower in STUDY_VERBS:
                if via in ("with", "under"):
                    return None  # "studied with Charles-Marie Widor": a teacher NER took for a school
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.9, degree=_degree_near(trigger)))
            if lower in DEGREE_VERBS:
                degree = _degree_near(trigger)
                if degree is None or _honorary(trigger):
                    return None
                return self._with_subject(Link("STUDIED_AT", trigger, path, 0.9, degree=_degree_label(degree)))
            if dep == "dobj" and lower not in DOBJ_WORK_VERBS:
                return None  # "serves the community", "taught a course": no employer named
            if lower.startswith("work") and via == "on":
                return None  # "worked on the telephone networks of X": a project, not an employer
            if lower in WORK_VERBS or lower in END_VERBS:
                confidence = 0.7 if lower in END_VERBS else 0.85
                left_post = lower in END_VERBS and path[-2].lower_ in ("at", "with") and any(
                    c.dep_ == "dobj" and c.lower_ in JOB_NOUNS for c in trigger.children)  # "left her post at X"
                if lower in END_VERBS and path[-2].lower_ not in ("for", "to", "from") and dep != "dobj" \
                        and not left_post:
                    return None  # "left in 2019", "retired from politics": no place of work named
                if lower in END_VERBS and dep != "dobj" and not left_post and any(
                        c.dep_ == "dobj" and c.i not in self.org_of for c in trigger.children):
                    return None  # "left a bequest to X": something given; not "left ByteDance for X"
                return self._with_subject(Link("WORKS_AT", trigger, path, confidence, role=_role_after(trigger)))
            return None
        via = path[-2].lower_ if len(path) >= 2 else ""
        org = self.org_of.get(path[0].i)
        if via == "in" and (lower in DEGREE_NOUNS or lower in STUDENT_NOUNS) and not student_in_school(path, org):
            return None  # "a PhD in Electrical and Computer Engineering": a field, not a place
        if lower in MOVE_NOUNS and via in ("from", "to") and any(c.dep_ == "poss" for c in trigger.children):
            return self._with_subject(Link("WORKS_AT", trigger, path, 0.75))  # "Isabel Romero's move from X to Y"
        if lower == "studies" and not (via == "at" and trigger.is_lower):
            return None  # "began her studies at X"; not "Population Studies of X", "studies and leadership of X"
        if lower in DEGREE_NOUNS or lower in STUDENT_NOUNS:
            if _honorary(trigger):
                return None
            degree = _degree_label(degree_in(_phrase(trigger)))
            link = Link("STUDIED_AT", trigger, path, 0.85, degree=degree)
            return self._with_subject(link)
        if lower in ROLE_NOUNS or lower in JOB_NOUNS or lower.removesuffix("s") in JOB_NOUNS or staff_member(trigger):
            if lower in ("faculty", "school") and via == "of" and _studied_in(trigger):
                return None  # "studied in the Law faculty of X": climb on to the verb
            if via in ("in", "for") and not (path[0].ent_type_ and self._known(path[0])):
                return None  # "researcher in Machine Learning", "area chair for NeurIPS"
            if via == "of" and not self._known(path[0]) and any(
                    c.dep_ == "prep" and c.lower_ == "at" and any(g.i in self.org_of for g in c.children)
                    for c in trigger.children):
                return None  # "professor of Computer Science at X": a field; X is where the job is
            if of_the_year(trigger) or award_title(trigger, dep) or (via == "to" and lower in DELEGATES):
                return None  # "UEFA manager of the year", "Fulbright scholar": awards; "ambassador to X": sent
            if dep == "compound" and lower in ("professor", "chair", "professorship") and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
                return None  # "the Freshfields Professor of Commercial Law": a named chair, not an employer
            role = role_phrase(trigger, self.org_of) if lower in ROLE_NOUNS or staff_member(trigger) else None
            if role and role.lower().startswith(("former ", "ex-")):
                role = role.split(" ", 1)[1]
            link = Link("WORKS_AT", trigger, path, 0.85, role=role)
            if lower.startswith("postdoc"):
                link.role = "postdoc"
            elif lower.startswith("internship"):
                link.role = "intern"  # "completed research internships at X"
            return self._with_subject(link)
        return None

    def _dated_within(self, token: Token) -> bool:
        """A year is written inside the phrase `token` heads."""
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        return any(start <= year.start_char and year.end_char <= end for year in self.years)

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

    def _known(self, token: Token) -> bool:
        org = self.org_of.get(token.i)
        return org is not None and (bool(org._.kg) or is_unit(org))

    def _with_subject(self, link: Link) -> Link | None:
        token = link.trigger
        if token.dep_ == "compound" and self._person_at(token.head):
            link.people = [self._person_at(token.head)]  # "IBM CEO Arvind Krishna", "Google researcher Jane Doe"
            return self._with_partners(link)
        for _ in range(MAX_CLIMB):
            for child in token.children:
                if child.dep_ == "poss" and coarse(token) in ("NOUN", "PROPN") and self._subject_of(child):
                    link.people = self._subject_of(child)
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
            if token.dep_ in ("relcl", "acl", "appos") and self._person_at(token.head):
                link.people = self._subject_of(token.head)
                if any(c.dep_ == "conj" and c.i > token.i for c in token.head.children):
                    # "A, a professor at X, and B": the apposition sits between A and B and is A's alone
                    link.people = [self._person_at(token.head)]
                if token.dep_ == "appos":  # "A and B, both former X researchers, founded Y in 2020": Y's year
                    link.dated = self._dated_within(token)
                return link
            if token.dep_ == "ROOT" or token.head.i == token.i:
                break
            if token.dep_ == "pcomp" and token.head.lower_ in ("on", "about", "over", "regarding", "concerning") \
                    and coarse(token.head.head) in ("NOUN", "PROPN"):
                return None  # "the referendum on joining the EMU": an event, no one's job
            link.path.append(token.head)
            token = token.head
        # No subject in the sentence ("After graduating from MIT ...", CV lines): the person of the text.
        link.people = [self.carried] if self.carried and coarse(token) in ("VERB", "AUX") else []
        link.confidence = min(link.confidence, 0.75)
        return link

    def _with_partners(self, link: Link) -> Link:
        """"Eskom chairperson A and chief executive B": B, titled like A, works there too."""
        name = next((e for e in self.ents if e.start in self.people and e.start > link.trigger.i), None)
        link.roles = titled_partners(name, self.people, self.ents) if name is not None else {}
        link.people += [p for p in link.roles if p not in link.people]
        return link
