"""The words the relation components look for, as written (the pipeline runs without a lemmatizer).

Kept apart from the rules so a reader can check and extend the lists in one place.
"""

from __future__ import annotations

import re


def _forms(*stems: str) -> frozenset[str]:
    """Each entry is 'base past pastparticiple gerund third': all forms we accept."""
    return frozenset(word for stem in stems for word in stem.split())


STUDY_VERBS = _forms(
    "study studied studies studying", "graduate graduated graduates graduating", "attend attended attends attending",
    "educate educated", "enrol enroll enrolled enrols enrolls enrolling", "matriculate matriculated matriculating matriculates",
    "major majored majoring", "read",
)
# Verbs that make a study relation only with a degree as object: "received a PhD from".
DEGREE_VERBS = _forms(
    "receive received receives receiving", "earn earned earns earning earnt", "obtain obtained obtains obtaining",
    "complete completed completes completing", "get got gotten gets getting", "hold held holds holding",
    "take took taken takes", "finish finished finishes finishing", "do did done doing",
    "pursue pursued pursues pursuing",
    "gain gained gains gaining", "acquire acquired", "award awarded", "defend defended defending",
    "begin began begun",
    "start started starts", "have has had having",
)
# Verbs of founding an organisation: "founded DeepMind", "was co-founded by A and B".
FOUNDING_VERBS = _forms("found founded founds founding", "co-found co-founded co-founds co-founding",
                        "cofound cofounded cofounds cofounding", "establish established")
# Chairing and running are jobs only of an organisation or a part of it: "chaired the department at X", "runs
# the robotics group at Amazon"; not "chaired a panel at X", "ran a workshop at Y".
CHAIR_VERBS = _forms("chair chaired chairs chairing")
SPEND_VERBS = _forms("spend spent spends spending")
# What one spends somewhere, or after which one moved on: "spent her career at CERN", "after eight years at X".
SPAN_NOUNS = frozenset("career years decade decades months".split())
RUN_VERBS = _forms("run ran runs running")
# Moving in one leap: "jumped ship to X", "decamped to Y" (both a move and a work verb).
_LEAP_VERBS = _forms("jump jumped jumps jumping", "decamp decamped decamps")
# Verbs of leading a unit or an organisation: "heads the robotics division at X", "runs Zalando's forecasting group".
LEAD_VERBS = _forms("lead led leads leading", "head headed heads heading", "direct directed directs directing",
                    "manage managed manages managing") | RUN_VERBS
WORK_VERBS = _forms(
    "join joined joins joining", "rejoin rejoined rejoins", "work worked works working",
    "serve served serves serving", "employ employed employs", "hire hired", "teach taught teaches teaching",
    "lead led leads leading", "head headed heads heading", "direct directed directs directing",
    "lecture lectured lectures",
    "move moved moves moving", "return returned returns returning", "spend spent spends",
    "intern interned interning", "recruit recruited", "appoint appointed", "name named", "promote promoted promotes",
    "become became",
    "research researched researching", "manage managed manages", "stay stayed",
    "remain remained remains", "poach poached",
    "relocate relocated", "transfer transferred", "switch switched", "land landed", "defect defected",
    "come came comes coming",
) | FOUNDING_VERBS | CHAIR_VERBS | RUN_VERBS | _LEAP_VERBS
# Leaving says the person was there: a relation with its end year.
END_VERBS = _forms("leave left leaves leaving", "depart departed", "retire retired", "quit", "resign resigned")
START_VERBS = _forms("enter entered", "enrol enroll enrolled", "begin began", "start started", "join joined")
# What one starts or launches that makes one its founder: "left Meta to start his own company, Lumen AI".
LAUNCH_VERBS = _forms("start started starts starting", "launch launched launches launching")
# "dropped out of Stanford in 2012": study there that ended then.
DROP_VERBS = _forms("drop dropped drops dropping")
HIRE_VERBS = _forms("hire hired hires hiring", "appoint appointed", "recruit recruited recruits", "employ employed",
                    "poach poached", "name named", "tap tapped", "welcome welcomed", "lure lured lures",
                    "snag snagged", "promote promoted promotes")
# Labels NER gives an organisation's name at times: a building, a title, a product ("worked at Mercado Libre" as
# FAC, "started Lumen Robotics" as a WORK_OF_ART).
MISTITLED_LABELS = frozenset({"FAC", "WORK_OF_ART", "PRODUCT"})
# Verbs of denying what was reported: "denied reports that it had hired X".
DENIALS = frozenset("deny denies denied denying refute refutes refuted".split())
# What one starts, launches or joins as a company: "launched a startup, X", "will join the company as CFO".
VENTURE_NOUNS = frozenset("company companies startup start-up firm venture business".split())


def promotion(token) -> bool:
    """"promoted", "promotes", "promotion": a step up in a post already held."""
    return token.lower_.startswith("promot")


# Words that place one event before or after another: "after a postdoc at X", "before joining Y".
SEQUENCE_WORDS = frozenset({"after", "before", "following"})
# Nouns of hiring whose "of" names the one hired: "the appointment of X as Dean of Y".
HIRE_NOUNS = frozenset("appointment appointments hiring recruitment promotion".split())
BE = _forms("be is was were are been being 's")
PLAY_VERBS = _forms("play played plays playing")

DEGREE_NOUNS = frozenset(
    """phd ph.d ph.d. ph. d. doctorate doctoral dphil d.phil d.phil. master masters master's msc m.sc m.sc. ms m.s.
    ma m.a. mba m.b.a. mphil m.phil meng m.eng mres bachelor bachelors bachelor's ba b.a. bs b.s. bsc b.sc b.sc.
    beng b.eng btech b.tech mtech m.tech degree degrees diploma jd j.d. llb ll.b. llm ll.m. md m.d. education
    bfa b.f.a. mfa m.f.a. bba b.b.a. mpa m.p.a. mph m.p.h. edd ed.d. dds d.d.s. dvm pharmd mdiv m.div. dsc d.sc.
    habilitation undergraduate postgraduate graduate-degree licentiate baccalaureate b.e. m.e.""".split()
)
# Degrees written with inner dots that spaCy's English exceptions lack: their last "." is split off and
# ends the sentence for the parser ("holds an M.Sc. | from the University of Tokyo"); the pipeline keeps
# them one word (schooling.keep_dotted_degrees), so they are degree nouns as written.
DOTTED_DEGREES = ("M.Sc.", "B.Sc.", "M.Eng.", "B.Eng.", "D.Phil.", "M.Phil.", "M.Tech.", "B.Tech.", "D.Sc.",
                  "M.Res.", "D.Eng.", "Dr.Eng.")
DEGREE_NOUNS = DEGREE_NOUNS | {degree.lower() for degree in DOTTED_DEGREES}


def degree_word(word: str) -> bool:
    """A degree noun, written with or without its dots: "phd", "ph.d.", "m.sc", "b.s" (`word` in lower case)."""
    return word in DEGREE_NOUNS or word.replace(".", "") in DEGREE_NOUNS


_GENERIC_DEGREES = frozenset({"degree", "degrees", "education", "diploma"})


def named_degree(word: str) -> bool:
    """A degree word that names which degree ("m.s.", "phd"), not "degree" or "education" (lower case)."""
    return word not in _GENERIC_DEGREES and degree_word(word)


STUDENT_NOUNS = frozenset(
    "student students alumnus alumna alumni graduate graduates undergrad undergraduate undergraduates "
    "candidate doctorand grad studies".split()
)
ROLE_NOUNS = frozenset(
    """professor professors prof. lecturer lecturers researcher researchers scientist scientists engineer
    engineers director directors head chair chairman chairwoman chairperson dean provost president vice-president
    vp ceo cto cfo coo cso founder co-founder cofounder fellow fellows postdoc postdocs postdoctoral post-doc
    intern interns affiliate affiliates employee professorship professorships employees staff faculty manager lead principal partner analyst economist developer
    architect officer consultant chief executive associate instructor teacher reader chancellor rector editor
    correspondent reporter columnist journalist investigator scholar advisor adviser leader member-of-staff
    programmer physicist chemist mathematician statistician biologist technologist strategist evangelist
    presenter presenters producer producers anchor curator curators librarian surgeon surgeons physician
    physicians attorney lawyer judge coach academician envoy conductor treasurer faculties quant quants trader
    traders""".split()
)
# "an offer from Google" counts only when accepted: `relations.hedged` drops any other offer.
JOB_NOUNS = frozenset("position positions job jobs career tenure stint appointment post role internship offer".split())
# Where an organisation works beside its units: "worked at Google's Accra office", "heads the research arm of X".
SITE_WORDS = frozenset("office offices headquarters campus branch branches arm arms wing".split())
UNIT_WORDS = frozenset(
    "department dept. school faculty institute laboratory lab labs center centre college division group team "
    "unit program programme academy".split()
)
PRONOUNS = frozenset("he she they him her his hers their them".split())
# Forms of address, which no post begins with ("Dr. Jane Doe", not "Associate Professor").
HONORIFICS = frozenset("dr doctor mr mrs ms mx sir dame".split())
# Honorifics and the academic ranks written with them before a name: title, never name ("Professor Emeritus
# Viktor Orlov", "Distinguished Professor Li Na").
TITLES = HONORIFICS | frozenset("prof professor emeritus emerita distinguished adjunct visiting "
                   "associate assistant assoc asst honorary pd priv.-doz".split()
                   # a party's name in a court filing: "Defendant Jane Doe was employed by ..."
                   + "defendant plaintiff petitioner respondent appellant appellee claimant".split())

_DEGREES = (
    (re.compile(r"\b(ph\.?\s?d\.?|doctor(ate|al)?|d\.?\s?phil|d\.?\s?sc)\b", re.I), "PhD"),
    (re.compile(r"\b(master'?s?|m\.?f\.?a\.?|m\.?p\.?[ah]\.?|m\.?div|m\.?sc|m\.?s\.|m\.?a\.|m\.?b\.?a\.?|m\.?phil|m\.?eng|m\.?res|m\.?tech|ms|ma|mba|llm)\b", re.I),
     "Master"),
    (re.compile(r"\b(bachelor'?s?|b\.?f\.?a\.?|b\.?b\.?a\.?|b\.?sc|b\.?s\.|b\.?a\.|b\.?eng|b\.?tech|bs|ba|undergrad\w*|baccalaureate|llb)\b", re.I),
     "Bachelor"),
    (re.compile(r"\bpost-?doc", re.I), "postdoc"),
)


def degree_of(text: str) -> str:
    """'PhD student' -> 'PhD', 'bachelor of commerce degree' -> 'Bachelor', 'law degree' -> 'degree'."""
    for pattern, degree in _DEGREES:
        if pattern.search(text):
            return degree
    return "degree"

# Organisation "names" made only of these words name no particular organisation.
GENERIC_ORG_WORDS = frozenset(
    """board congress parliament senate assembly committee commission cabinet government court council army navy
    party house office ministry department university college school institute company group team club
    academy society union league agency bureau commerce finance treasury defence defense justice labor labour
    interior health education agriculture state foreign affairs trade industry energy transport""".split()
)
# Verbs whose direct object is the organisation: "joined Google", "founded DeepMind", "left Baidu".
DOBJ_WORK_VERBS = _forms(
    "join joined joins joining", "rejoin rejoined rejoins", "lead led leads leading", "head headed heads heading",
    "direct directed directs directing", "establish established",
    "manage managed manages", "leave left leaves leaving", "quit", "depart departed", "attend attended attends",
    "start started starts",
) | FOUNDING_VERBS | CHAIR_VERBS | RUN_VERBS


def keep_hyphenated_words(tokenizer) -> None:
    """"co-founded", "co-founder" stay one word: split at the hyphen, the parser made "co" the sentence's verb
    and the founder founded nothing, or "founder" a noun of its own. The tagger reads the whole words well. (Keeping
    "Vice-Chancellor" whole was tried: "Pro-Vice-Chancellor" then split worse and NER took the post for a name.)"""
    for word in DOBJ_WORK_VERBS | ROLE_NOUNS | {"co-founders"}:
        if word.startswith("co-"):
            for form in (word, word.capitalize()):
                tokenizer.add_special_case(form, [{"ORTH": form}])


# Names with these words are events, publications, legislatures, parties and armed forces: a
# seat, a membership or a service, not a job or a school the talent graph tracks.
NOT_EMPLOYERS = frozenset(
    """conference conferences symposium workshop journal transactions proceedings letters meeting summit honorary
    senate parliament parliamentary congress assembly legislature legislative representatives committee party army navy
    fleet legion regiment militia magistrate superintendent correspondent force forces marines knight knights
    order""".split()
)

# Coarse parts of speech from the tagger's fine tags: the pipeline leaves out the attribute
# ruler that would set `token.pos_` (about a tenth of the model's time) and reads `tag_` instead.
_COARSE = {
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX",
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "IN": "ADP", "TO": "ADP", "RP": "ADP",
    "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ",
}
# The fine tags `coarse` can call PROPN (a tag it does not map is its own coarse tag): a rule that reads only proper
# nouns finds these (`wordfinder.find_tagged`) instead of walking every token.
PROPER_TAGS = frozenset({tag for tag, pos in _COARSE.items() if pos == "PROPN"} | {"PROPN"})


# Nouns the small tagger takes for verbs at times: "a University of Toronto alumna" (VBP), "Anthropic co-founder
# Priya Shah" (VB).
_ALWAYS_NOUNS = frozenset("alumnus alumna alumni alumnae co-founder co-founders".split())


def coarse(token) -> str:
    """VERB, AUX, NOUN, PROPN, ADP or ADJ (else the fine tag) for a token tagged by the tagger."""
    if token.lower_ in _ALWAYS_NOUNS:
        return "NOUN"
    return _COARSE.get(token.tag_, token.tag_)


def first_conjunct(token):
    """The head of the coordination `token` is in: "Intel" for "Nvidia" in "at Intel and Nvidia"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def list_partners(root):
    """The words `root` is listed with ("and", ","); none in a firm's name joined by "&" ("Johnson & Johnson",
    "Simon & Schuster": a firm named after people)."""
    if any(c.lower_ == "&" for c in root.children) or (root.dep_ == "conj" and any(
            c.lower_ == "&" for c in root.head.children)):
        return []
    return ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]


def acronym(token) -> bool:
    """"NSFC", "IISc", "KAUST": two or more capitals in one short word of letters, the first a capital."""
    text = token.text
    return 2 <= len(text) <= 10 and text.isalpha() and sum(c.isupper() for c in text) >= 2 and text[0].isupper()

# "University" in the languages of university names.
UNIVERSITY_WORDS = frozenset("university universität université universidad universidade università universiteit "
                             "universitat uniwersytet".split())
# Words that make a place-or-facility entity an institution ("Paris Conservatoire", "Eton College").
INSTITUTION_WORDS = UNIVERSITY_WORDS | frozenset(
    """college collège colegio escuela école scuola hochschule school conservatory conservatoire academy institute
    institut polytechnic seminary gymnasium lycée""".split()
)

# Nouns of a move between employers, said of the one who moved: "her move from Apple to Meta".
MOVE_NOUNS = frozenset("move departure defection switch jump".split())
# Adverbs that make "<name>, now at X" a job held there, now or before.
SPELL_ADVERBS = frozenset("now previously formerly currently later once recently until".split())
# Prepositions that make a stay somewhere a spell of one's career: "Before that she was at Google", "was with
# Accenture from 2001".
SPELL_PREPS = frozenset("before until till from since between".split())
# Posts only a company has: "chief executive of X", "CEO of Aleph Alpha" name a company, whatever NER says.
COMPANY_POSTS = frozenset("executive officer ceo cto cfo coo cso founder co-founder cofounder chairman chairwoman "
                          "chairperson employee employees".split())
# "moved to X", "returned to X" name a workplace only when X reads as an organisation, not a town.
MOVE_VERBS = _forms("move moved moves moving", "return returned returns returning", "relocate relocated relocates relocating",
                    "transfer transferred transfers transferring", "switch switched switches switching", "go went gone goes going",
                    "come came comes coming") | _LEAP_VERBS
# Words that make an unlinked name an organisation rather than a place ("Acme Corp", "Bell Labs").
# The legal form a company's name ends with: "Acme Corp.", "Siemens AG".
COMPANY_SUFFIXES = frozenset(
    """inc inc. corp corp. corporation company co co. ltd ltd. llc l.l.c. lp l.p. llp l.l.p. plc gmbh ag s.a. n.v. b.v.
    s.p.a. pty""".split()
)
# Last words of company names beyond their legal form: "Hewlett Packard Enterprise", "Acme Holdings".
COMPANY_NAME_WORDS = frozenset(
    """enterprise enterprises ventures partners capital holdings industries systems technologies media entertainment
    pictures productions publishing publishers communications consulting solutions international global motors
    airlines airways pharmaceuticals software brothers sons""".split()
)
# The last word of a start-up's or a lab's name that no person's name has: "Sarvam AI", "Lumen Robotics".
BRAND_WORDS = frozenset("ai labs robotics technologies systems dynamics analytics".split())
ORG_WORDS = INSTITUTION_WORDS | UNIT_WORDS | COMPANY_SUFFIXES | frozenset(
    """group labs laboratories bank
    foundation fund agency hospital clinic ministry bureau commission council society association press
    times post journal network studios records orchestra philharmonic ensemble quartet theatre theater
    museum library church diocese court party union""".split()
)
# Common nouns that say what kind of organisation a name is: "at the newspaper The Guardian".
ORG_KIND_NOUNS = ORG_WORDS | frozenset(
    """newspaper newspapers magazine weekly daily firm startup start-up publisher broadcaster channel station
    label club charity nonprofit non-profit organisation organization institution outlet paper""".split()
)
# Prepositions that put a person under someone, not at an organisation: "under the supervision of".
TEACHER_WORDS = frozenset("under supervision guidance advisory tutelage supervisor supervisors advisor".split())

# Who presents a programme: "the programme's presenters are ...".
PRESENTER_NOUNS = frozenset("presenter presenters host hosts co-host co-hosts anchor anchors newsreader "
                            "newsreaders".split())
# "joined Yandex", "rejoined Google": the verbs of joining an organisation, in every form.
JOIN_VERBS = frozenset("join joined joins joining rejoin rejoined rejoins".split())
# Words no personal name is made of: an organisation, a role or an honorific ("Meta spokesperson", "Dr").
NOT_NAME_WORDS = ORG_WORDS | GENERIC_ORG_WORDS | ROLE_NOUNS | TITLES
