"""STUDIED_AT, WORKS_AT and PART_OF from sentences, read off the dependency parse.

For each organisation in a sentence we climb the parse from the organisation to the word that says what
it is to someone (its trigger): a verb ("joined", "graduated from", "received a PhD from"), a role or degree
noun ("a professor at", "a PhD from", "a Google researcher") or a person it qualifies ("Alice Wu of MIT").
From the trigger we find the person: the clause subject, an apposition ("Alice, a professor at X"), a
relative clause ("X, who earned ..."), a possessive ("Her PhD from X"), or the person of an earlier sentence
when the subject is a pronoun or missing ("She then joined ..."). Coordinated people share the relation.
Here a sentence's Links become relations, with their years, degrees and roles. The climb lives in
`extractors/climb.py`; what a trigger means is read in `extractors/triggers.py`, and whom it is about in
`extractors/trigger_subjects.py`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.antecedents import DescribedOrgs
from extractors.arrivals import arrivals, host_of
from extractors.campus import move_after_studies, student_context, studied_where
from extractors.chronology import complete_years
from extractors.climb import Climb
from extractors.credits import credit_lines
from extractors.affiliation_lines import read_affiliation_lines, read_marked_bylines
from extractors.cvlines import read_cv_lines
from extractors.cvsentences import read_cv_sentence
from extractors.dating import closing_verb, promotion_year, relation_years
from extractors.definites import named_by_kind
from extractors.directory import directory_posts, welcomed_posts
from extractors.durations import Duration, find_durations, spell_length
from extractors.groups import group_members
from extractors.institutions import (
    containers_of,
    linkable_org,
    names_person,
    owners_of,
    unit_entity,
)
from extractors.links import Link
from extractors.members import about_topic
from extractors.mentors import mentors_at
from extractors.milestones import announced_start, read_events
from extractors.narrator import (
    closing_author,
    interviewee,
    page_name,
    self_introduction,
    signed_author,
    speaks_as_narrator,
)
from extractors.names import title_length
from extractors.orgmentions import repair_organisations
from extractors.parse_mends import mend_parses
from extractors.person_repairs import repair_people
from extractors.programmes import presenters
from extractors.referents import Referents
from extractors.relations import (
    add_relation,
    hedged,
    init_doc,
    org_entity,
    person_entity,
    sentences,
    span_text,
)
from extractors.respectively import coordinated, respective
from extractors.rosters import read_rosters
from extractors.schooling import bracketed_degrees, shared_degrees
from extractors.speakers import speaker_turns
from extractors.text_spells import note_spell
from extractors.subjects import canonical_people, subject_after
from extractors.syntax import (
    clause,
    degree_in,
    degree_label,
    degree_near,
    has_verb,
    own_phrase,
)
from extractors.syntax import (
    listed_after as _listed_after,
)
from extractors.syntax import (
    teachers as _teachers,
)
from extractors.titles import singular_role
from extractors.vocabulary import DENIALS, END_VERBS, HIRE_VERBS, INSTITUTION_WORDS, JOIN_VERBS, named_degree
from extractors.years import YearMention, find_years, latest_year, lifespan


@Language.factory(
    "kg_careers",
    requires=["doc.ents", "doc.sents", "token.dep", "span._.kg"],
    assigns=["doc._.kg_relations", "token.tag", "token.dep", "token.head"],  # the parses it mends (parse_mends)
)
def make_careers(nlp: Language, name: str) -> "Careers":
    return Careers()


class Careers:
    """Education and employment of people named in the text, with years and evidence."""

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        mend_parses(doc, list(doc.ents))  # "Dr Jane Doe joins as ...", "moved to Spotify": verbs and names misread
        repair_people(doc)
        told = repair_organisations(doc)  # NER's own entities, given back to the later components at the end
        people = canonical_people(doc)
        carried: str | None = None
        third: str | None = None  # the last person carried who is not the text's "I"
        spoken = False
        voice: str | None = None
        anchor: int | None = None
        topic: Span | None = None
        host: Span | None = None
        genders: dict[str, str] = {}  # how the text's pronouns have called its people (extractors/referents.py)
        opening: str | None = None  # whom a bio is about: the person its first sentence is about
        first_prose = True  # no sentence yet but headings ("Curriculum Vitae", "Biography")
        orgless = True  # no organisation yet: after a title line ("Welcome, new faculty!") the host may speak next
        ents = list(doc.ents)  # Span.ents re-reads every entity of the doc: group them once
        ent_starts = [ent.start for ent in ents]  # in text order, as doc.ents keeps them
        ent_starts_char = [ent.start_char for ent in ents]
        # who "I" is: a page's bare-name heading or title, else the page's "I am Jane Doe" once it comes
        narrator = page_name(doc, people, ents) or doc._.kg_title_person or interviewee(doc, people, ents) \
            or closing_author(doc, people, ents) or signed_author(doc, people, ents)
        described = DescribedOrgs(doc, ents, people)  # "She left the company", "At Halle, he lectured"
        as_of = doc._.kg_as_of  # the day of writing, and where a dateline ("BERLIN, 3 May 2022 —") ends
        lead_end = as_of.lead_end if as_of is not None else 0
        turns = speaker_turns(doc, people, ents)  # a transcript or a chat: each turn (a line) speaks as its speaker
        turn_starts = [start for start, _, _ in turns]
        voices = [speaker for _, _, speaker in turns]
        for number, sent in enumerate(sentences(doc)):
            # a lifespan by a name ("Olu Bankole (1948-2023)") dates no job, nor anchors "two years later"
            text = span_text(sent)
            years = [m for m in find_years(text, offset=sent.start_char, anchor=anchor, as_of=as_of)
                     if not lifespan(m, doc) and m.start_char >= lead_end]
            in_sent = ents[bisect_left(ent_starts, sent.start):bisect_left(ent_starts, sent.end)]
            orgs = [ent for ent in in_sent if linkable_org(ent, ents) and ent.start_char >= lead_end]
            if number == 0:
                topic = next((o for o in orgs if o.root.dep_ in ("nsubj", "nsubjpass")), None)
            if number <= 2 and host is None and orgless:
                host = host_of(sent, orgs)  # "X welcomes four new faculty members": where "A joins as ..." is
            orgless = orgless and not orgs
            about_topic(doc, sent, topic, people, in_sent, ents)  # member lists, "It ... were employed as"
            named_by_kind(doc, sent, people, in_sent, described)  # "University President Jane Doe"
            presenters(doc, sent, people, ents)  # "a talk show hosted by Jane Doe on CNN"
            turn = bisect_right(turn_starts, sent.start_char) - 1
            if turn >= 0 and sent.start_char < turns[turn][1]:
                voices[turn] = voices[turn] or self_introduction(people, in_sent)  # "MODERATOR: ... I'm Jane Doe"
                voice = voices[turn]
            else:  # before the first turn, or under a turn's line: the writer's own text
                narrator = voice = narrator or self_introduction(people, in_sent)
            if voice and speaks_as_narrator(sent):
                carried = voice  # "I am Jane Doe. ... I joined X in 2019. * 2016: Intern, Y"
                spoken = True  # the text's "I" speaks: its "she" is someone else (a CV's third-person "she" is not)
            orgs = described.add_to(number, sent, orgs, in_sent)
            credited = _credit(doc, sent, people, in_sent)  # "Speakers: A, Professor of X, Y University; B, ..."
            if credited:
                orgs = [o for o in orgs if id(o) not in credited]
            if orgs:
                lengths = find_durations(text, offset=sent.start_char)  # "spent six years at X"
                _Sentence(doc, sent, orgs, years, people, carried, in_sent, voice, lengths, genders,
                          third if spoken else carried).extract()
            # "She retired in 2008", "She will take up the post in 2024": years of a job named elsewhere
            referents = Referents(sent, people, in_sent, carried, voice, genders, third if spoken else carried)
            read_events(doc, sent, years, referents._subject_of, list(people.values()), orgs=orgs)
            if host is not None and number > 0:
                arrivals(doc, sent, host, referents._subject_of)
            if carried and orgs and not has_verb(sent):
                # "X, Staff Engineer. ... PhD, Aalborg University."
                read_cv_sentence(doc, sent, carried, ents, ent_starts_char, page_person=carried == voice)
            carried = subject_after(sent, people, in_sent) or carried
            if carried is not None and carried != voice:
                third = carried
            if first_prose and in_sent and _opens_bio(sent, in_sent[0]):
                # "Jane Doe is ...", "Dr. Jane Doe (PhD 2007, X) received ...": a bio, under a heading or not. A news
                # lede ("Jane Doe announced the hires: ...") is about an event, and the list below it about others.
                opening = people.get(in_sent[0].start)
            first_prose = first_prose and _heading_line(sent)
            anchor = latest_year(years) or anchor
        read_cv_lines(doc, narrator or opening, ents)  # "2018 - 2020: Research Scientist, Google Brain"
        read_affiliation_lines(doc, ents)  # "Google DeepMind, London, UK: A, B & C"
        read_marked_bylines(doc, ents)  # "Ana Ruiz¹*, Ben Cho²⏎¹Google DeepMind ²University of Toronto"
        complete_years(doc)  # years the story gives across sentences: lengths, "Before that", a retirement
        read_rosters(doc, ents)  # a "People" page: "PhD students: A, B (since 2021). Alumni: C (PhD 2020, ...)"
        directory_posts(doc, people, list(doc.ents))  # "Dr. Tan Wei Ling⏎Associate Professor, Department of X"
        if host is not None:
            welcomed_posts(doc, host, people, list(doc.ents))  # "• Amara Reid, Assistant Professor. PhD, MIT (2023)"
        doc.ents = told
        return doc


def _opens_bio(sent: Span, first: Span) -> bool:
    """The sentence opens with a person, after titles only ("Dr. Jane Doe is ..."), and a bio's verb follows."""
    titles = first.start - sent.start
    return first.label_ == "PERSON" and first.root.head.lower_ in _BIO_OPENINGS and title_length(
        [t.text for t in sent.doc[sent.start:first.start + 1]]) == titles


def _heading_line(sent: Span) -> bool:
    """A short line without a verb: "Curriculum Vitae", "About me", "Biography"."""
    return len(sent) <= 8 and "\n" not in sent.text.strip() and not has_verb(sent)


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


def _left_object(link: Link, org: Span) -> bool:
    """The organisation is what a leaving verb leaves ("leave Baidu") or where a hire or a move is from ("in talks
    to hire X from Anthropic", "rumoured to be joining Meta from Google"), read through any hedge on it: the one
    hedged is whether they go, not where they are."""
    anchor, trigger = link.path[0], link.trigger
    if not org.start <= anchor.i < org.end:
        return False
    if trigger.lower_ in END_VERBS and anchor.dep_ == "dobj" and anchor.head.i == trigger.i:
        return True
    # a denied report may be wrong in all it says: "denied reports that it had hired X from OpenAI"
    return anchor.dep_ == "pobj" and anchor.head.lower_ == "from" and anchor.head.head.i == trigger.i \
        and (trigger.lower_ in HIRE_VERBS or trigger.lower_ in JOIN_VERBS) \
        and not any(t.lower_ in DENIALS for t in trigger.ancestors)


_REPLACING = frozenset("replace replaces replacing replaced succeed succeeds succeeding succeeded".split())


def _predecessors(link: Link, persons) -> list[str]:
    """Whom the hire or the join replaces: "appointed X as its CFO, replacing Peter Oey", "X joins as director,
    succeeding Y". Not a replacement only planned or denied ("will replace", "did not replace")."""
    verb = clause(link.trigger)
    found = []
    for step in (c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lower_ in _REPLACING):
        if any(c.dep_ in ("aux", "neg") for c in step.children):
            continue
        found += [name for c in step.children if c.dep_ == "dobj" for name in persons(c)
                  if name not in link.people]
    return found


def _own_degree(orgs: list[Span], org: Span, trigger: Token) -> str | None:
    """The degree written between another organisation of the verb and this one ("her Ph.D. from TU Delft and
    her M.Sc. in 2010 from X"): the second school's, though the parser hangs both on the verb, whose object
    is the first degree."""
    before = [o for o in orgs if trigger.i < o.start and o.end <= org.start]
    if not before:
        return None
    words = [t for t in org.doc[before[-1].end: org.start] if named_degree(t.lower_)]
    return degree_label(degree_in(words[-1].text)) if words else None


class _Sentence(Climb):
    def __init__(self, doc: Doc, sent: Span, orgs: list[Span], years: list[YearMention],
                 people: dict[int, str], carried: str | None, ents: list[Span], narrator: str | None,
                 lengths: list[Duration], genders: dict[str, str], third: str | None = None):
        super().__init__(sent, people, ents, carried, narrator, genders, third)
        self.doc, self.orgs, self.years, self.lengths = doc, orgs, years, lengths
        self.org_of = {t.i: org for org in orgs for t in org}

    def extract(self) -> None:
        containers = containers_of(self.orgs, self.org_of)
        owners = owners_of(self.orgs, self.org_of)
        contained = {id(c) for c in containers.values()}
        named_orgs = sum(1 for e in self.ents if e.label_ == "ORG")  # what chronology asks of a spell's sentence
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
            hedge = link is not None and hedged(link.path)
            if link is not None and link.people and link.type == "WORKS_AT" and hedge and _left_object(link, org):
                link.dated = False  # "may leave Baidu for ByteDance", "never left Baidu": there now, whatever follows
            elif link is None or hedge and not announced_start(link.trigger, self.years, link.path) \
                    or not link.people:
                previous = None
                continue
            previous = (org, link)
            # the unit's own institution claims no year from it: "in the Department of X at Princeton (2023-present)",
            # "(2008-2012) at IBM's Thomas J. Watson Research Center"
            rivals = [o for o in self.orgs if o is not container and o is not owners.get(id(org))]
            start, end = relation_years(self.years, org, rivals, link.trigger, link.type, link.path) \
                if link.dated else (None, None)
            if start is not None and start == promotion_year(self.years, link.path):
                start = None  # "where he was promoted to full professor in 2006": a new post, not the spell's start
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
                               sent=self.sent, length=length, orgs=named_orgs)
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
            for name in _predecessors(link, self._persons) if link.type == "WORKS_AT" else ():
                # "appointed X as its CFO, replacing Peter Oey": Oey held the post there until X took it
                add_relation(self.doc, type="WORKS_AT", head=person_entity(name), tail=tail, sentence=self.sent,
                             confidence=0.6, end=start, role=singular_role(link.role))
            if link.type == "STUDIED_AT" and any(t.lower_ in INSTITUTION_WORDS for t in org):
                elsewhere = frozenset(t.i for other in self.orgs if other is not org for t in other)
                for name, role in _teachers(self.sent, link.people, self._persons, elsewhere):
                    add_relation(self.doc, type="WORKS_AT", head=person_entity(name), tail=tail,
                                 sentence=self.sent, confidence=0.6, role=role)
        mentors_at(self.doc, self.sent, self.org_of, self._persons)  # "an associate of X at Y"

    def _subject_of(self, token: Token, clause: Token | None = None) -> list[str]:
        # "A and B moved to X, while C joined Y. All three had joined Z in 2017": the people just listed
        return super()._subject_of(token, clause) or group_members(token, self.people)

