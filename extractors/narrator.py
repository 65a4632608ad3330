"""Who "I" is on a page: homepages and speaker bios written in the first person.

A personal page says who it is about once ("Hi! I am Jane Doe, a PhD student at ...", "My name is
Jane Doe") and then speaks as "I" and "my". The career rules bind those words to that name. A page
may name its writer only in a heading that is their bare name ("# Jane Doe", "Jane Doe - Homepage") or
in its source's title (`page_name`, `title_name`). A page that never names its writer binds them to no
one: the subject is never guessed (from a repository, a file name, a URL or a forked page), so such
pages give no first-person relations. In a third-person text
a quoted "I" names no one either, unless the text introduced its narrator this way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.docdate import FULL_DATE
from extractors.names import title_length
from extractors.relations import doc_text, text_lines
from extractors.resolver import OrgResolver
from extractors.vocabulary import BRAND_WORDS, COMPANY_NAME_WORDS, NOT_NAME_WORDS, ROLE_NOUNS, TITLES

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
_AM = frozenset({"am", "'m", "’m", "is"})


def self_introduction(people: dict[int, str], ents: list[Span]) -> str | None:
    """The name in "I am Jane Doe", "I'm Jane Doe, a ...", "My name is Jane Doe"; else None."""
    for ent in ents:
        root = ent.root  # the parse first: it rules out nearly every entity, and reading a name is dearer
        if root.dep_ != "attr" or root.head.lower_ not in _AM:
            continue
        name = people.get(ent.start) if ent.label_ == "PERSON" else _untagged_name(ent)
        if name is None:
            continue
        subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.lower_ == "i" and root.head.lower_ != "is":
            return name
        if subject.lower_ == "name" and any(c.lower_ == "my" for c in subject.children):
            return name
    return None


def _untagged_name(ent: Span) -> str | None:
    """A name NER took for an organisation ("I'm Nadia Feroze" tagged ORG): name-shaped, and no
    organisation the gazetteer knows. Only a self-introduction's "I am X" makes it a person."""
    if ent.label_ != "ORG" or ent._.kg:
        return None
    return title_name(ent.text.strip())


_QUOTATION = re.compile(r'"[^"]*"?|“[^”]*”?')


def quoted_speaker(token: Token, sent: Span) -> bool:
    """The token is inside a quotation that the sentence attributes to someone ("\"I joined X in 2021,\"
    said Jane Doe"): the quoted speaker's "I", not the page's writer's, whoever the page says that is."""
    before = sent.text[:token.idx - sent.start_char]
    if before.count('"') % 2 == 0 and before.rfind("“") <= before.rfind("”"):
        return False
    return any(c.isalpha() for c in _QUOTATION.sub(" ", sent.text))


def speaks_as_narrator(sent: Span) -> bool:
    """The sentence's main clause has "I" for subject ("Previously, I worked at ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in sent.root.children)


# --- an interview: the person its lead introduces answers as "I" -----------------------------------

# How an interview's lead introduces the one answering: "This week we talk to X", "Ten minutes with X",
# "In conversation with X", "Q&A with X", "We sat down with X".
_INTERVIEW_LEAD = re.compile(
    r"(?:\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|chat|chats|chatted|sit|sat)\s+(?:down\s+)?"
    r"(?:to|with)|\b(?:conversation|interview|minutes|questions|q\s?&\s?a)\s+(?:with|for))\s*$", re.I)
_LEAD_CHARS = 300
# Where an answer or a question begins, in transcripts that mark them: "Q:", "A:".
_TURN = re.compile(r"(?:^|\s)[QA]\s*[:.]\s", re.M)


def interviewee(doc: Doc, people: dict[int, str], ents: list[Span]) -> str | None:
    """The person an interview's lead introduces ("This week we talk to Jane Doe, who teaches ...", "Ten
    minutes with Jane Doe."), when the text goes on in the first person; else None. Their "I" and "my" are
    the answers'."""
    text = doc_text(doc)
    # NER may tag the interviewee's name an organisation ("An interview with Lindiwe Dlamini-Mokoena"); the
    # lead's wording makes a name-shaped one a person, as "I am X" does
    lead = [e for e in ents if e.start_char < _LEAD_CHARS and (
        e.label_ == "PERSON" and e.start in people or e.label_ == "ORG" and _interviewed_name(e))]
    if not lead:
        return None
    first = next((e for e in lead if _INTERVIEW_LEAD.search(text[max(0, e.start_char - 40):e.start_char])), None)
    if first is None or any(e.label_ == "PERSON" for e in lead if e.start < first.start):
        return None
    if not any(t.lower_ == "i" and t.dep_ in ("nsubj", "nsubjpass") for t in doc[first.end:]) \
            and not _TURN.search(text):
        return None
    return people.get(first.start) or _interviewed_name(first)


# Words of a firm's or an outlet's name that no person's name has: "Lumen Robotics", "Brightline Health".
_FIRM_WORDS = NOT_NAME_WORDS | COMPANY_NAME_WORDS | BRAND_WORDS | frozenset(
    "health energy bio therapeutics capital fund funds studio studios".split())


def _interviewed_name(ent: Span) -> str | None:
    """An organisation NER tagged that is a person's name after all: name-shaped, no firm's word in it, not a
    possessive ("Brightwave Energy's Jane Doe") and not followed by a post or another name ("Blackwood Partners
    founder Maria Garcia")."""
    if any(t.lower_ in _FIRM_WORDS or t.lower_ in ("'s", "’s") for t in ent):
        return None
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and (after.lower_ in ("'s", "’s") or after.ent_type_ == "PERSON"
                              or after.lower_ in ROLE_NOUNS or after.lower_ in TITLES):
        return None
    return _untagged_name(ent)


_BIO_ARTICLES = frozenset({"a", "an"})  # a writer's tagline: "X is an associate professor", not "X is the CEO of Y"


def closing_author(doc: Doc, people: dict[int, str], ents: list[Span]) -> str | None:
    """The writer a column names in its closing line, after writing in the first person ("... I said no.⏎Jane
    Doe is an associate professor of computer science at X."): the last sentence's subject, in the present ("was"
    closes an obituary or a memoir about someone else), called "a"/"an" something, and named nowhere before it
    (a recommendation letter ends on the candidate it named at the start)."""
    last = next((sent for sent in reversed(list(doc.sents)) if any(not t.is_space for t in sent)), None)
    if last is None or "\n" not in doc_text(doc)[:last.start_char]:
        return None  # a closing line stands on its own, under the column
    if not any(t.lower_ == "i" and t.dep_ in ("nsubj", "nsubjpass") for t in doc[:last.start]):
        return None
    subject = next((e for e in ents if e.start == last.start and e.label_ == "PERSON" and e.start in people
                    and e.root.dep_ == "nsubj" and e.root.head.lower_ == "is" and any(
                        c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ in _BIO_ARTICLES for d in c.children)
                        for c in e.root.head.children)), None)
    if subject is None:
        return None
    name = people[subject.start]
    if any(people.get(e.start) == name or e.text in name.split() for e in ents
           if e.label_ == "PERSON" and e.start < last.start):
        return None
    return name


# --- a letter or an email: the name it is signed with, or its "From:" line -------------------------------

# A letter's closing word or phrase on its own line above the signature: "Best,", "Kind regards,", "Amitiés,".
_VALEDICTION = re.compile(
    r"^(?:(?:with\s+)?(?:best|kind|warm|warmest|many|all\s+the\s+best)(?:\s+(?:wishes|regards))?|regards|cheers|thanks|"
    r"thank\s+you|many\s+thanks|sincerely|yours(?:\s+(?:sincerely|truly|faithfully))?|(?:yours\s+)?faithfully|"
    r"respectfully|warmly|love|ciao|amiti[ée]s|cordialement|bien\s+[àa]\s+vous|gr[üu](?:ß|ss)e|viele\s+gr[üu](?:ß|ss)e|"
    r"mit\s+freundlichen\s+gr[üu](?:ß|ss)en|saludos|un\s+abrazo|hälsningar|groeten)\s*[,.!]?\s*$", re.I)
# What may follow a signature's name on its line: a place ("Arvid Nordström, Stockholm"), a post and
# employer in brackets ("Jane Doe (Research Scientist, BCAI)"), a post's handle and date ("(@jdoe) · Feb 1, 2024",
# a date only: "Tom Lee · 2h ago" signs a comment, "Sam Patel · Unsplash" a photo), or nothing.
_SIGNATURE_TAIL = re.compile(r"^\s*(?:,\s*[^,()]{1,40}|\([^()]{1,80}\))?\s*(?:[·|]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
                             r"\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*)?$")
_FROM_LINE = re.compile(r"^\s*from\s*:\s*", re.I)
_HEADER_LINES = 6


def signed_author(doc: Doc, people: dict[int, str], ents: list[Span]) -> str | None:
    """Who wrote a letter, an email or an acknowledgements page in the first person: the name it is signed
    with near its end (under "Best,", "Cheers,", or on its own after a closed paragraph, perhaps above a line or two
    of post and affiliation), named nowhere before; else the person of the "From:" line in the email's own header.
    The first person must be the text's own, outside quotations: a news story's byline under a quoted "I" signs
    nothing. An interview's transcript ends on no signature."""
    text = doc_text(doc)
    unquoted = _QUOTATION.sub(" ", text)
    if not _OWN_FIRST_PERSON.search(unquoted) or _TURN.search(text):
        return None
    people_ents = [e for e in ents if e.label_ == "PERSON" and e.start in people]
    return _signature(doc, people, people_ents) or _from_line(text, people, people_ents)


_OWN_FIRST_PERSON = re.compile(r"\b(?:I|my|My|me)\b")
_BLOCK_LINES = 3  # the name and at most two lines under it: "Professor of X⏎ETH Zurich"


def _signature(doc: Doc, people: dict[int, str], people_ents: list[Span]) -> str | None:
    text = doc_text(doc)
    lines = [(start, line) for start, line in text_lines(doc) if line.strip()]
    for back in range(1, min(_BLOCK_LINES, len(lines) - 1) + 1):
        start, line = lines[-back]
        under = [below for _, below in lines[len(lines) - back + 1:]]
        if any(len(below.split()) > 10 or below.rstrip().endswith(".") for below in under) or any(
                e.start_char > start + len(line) for e in people_ents):
            return None  # prose or another name under it: not a signature's post and affiliation
        name = _signed_name(text, start, line, lines[-back - 1][1].strip(), people, people_ents)
        if name is not None:
            return name
    return None


def _signed_name(text: str, start: int, line: str, above: str, people: dict[int, str],
                 people_ents: list[Span]) -> str | None:
    dashed = line.lstrip()[:1] in "-–—"
    line_start = start + len(line) - len(line.lstrip(" \t-–—"))
    name_ent = next((e for e in people_ents if e.start_char == line_start), None)
    if name_ent is None:
        return None
    tail = text[name_ent.end_char:start + len(line)]
    if not _SIGNATURE_TAIL.match(tail) or any(start <= e.start_char < start + len(line) and len(e) > 1
                                               for e in people_ents if e is not name_ent):
        return None  # "Jane Doe, John Roe": several signatories, or a place that is someone
    if above[-1:] in "\"”'’":
        return None  # "— Alan Kay" under a quotation attributes it
    if not (_VALEDICTION.match(above) or above[-1:] in ".!?" or dashed):
        return None  # a list's last entry, "Joint work with:", "Image credit:"
    name = people[name_ent.start]
    if any(people.get(e.start) == name or e.text in name.split() for e in people_ents
           if e.start_char < start):
        return None  # a text about someone ends on their name: "... said Jane Doe"
    return name


# A line of an email's header: "Date: Mon, 7 Oct 2024", "Subject: ...", "To: All staff".
_HEADER = re.compile(r"^\s*(?:from|to|cc|bcc|date|sent|subject|re|reply-to)\s*:", re.I)


def _from_line(text: str, people: dict[int, str], people_ents: list[Span]) -> str | None:
    """The sender in the header the text opens with; a "From:" below the text's first prose line is a quoted or
    forwarded message's, and "X on behalf of Y" names no one writer."""
    offset = 0
    for line in text.split("\n")[:_HEADER_LINES]:
        if line.strip() and not _HEADER.match(line):
            return None
        header = _FROM_LINE.match(line)
        if header:
            if "behalf" in line.lower():
                return None
            name_ent = next((e for e in people_ents if e.start_char == offset + header.end()), None)
            return people[name_ent.start] if name_ent is not None else None
        offset += len(line) + 1
    return None


# --- a page that names its writer only in a heading or its title ---------------------------------

if not Doc.has_extension("kg_title_person"):
    # The person the source's title names (JSON Lines `title`, HTML <title>), when it is just a name.
    Doc.set_extension("kg_title_person", default=None)

# What a heading adds around a name: "Jane Doe - Homepage", "Jane Doe's Homepage", "About Jane Doe".
_DECORATION = re.compile(
    r"^(?:about|welcome to|homepage of|home page of|the homepage of|website of)\s+|"
    r"^(?:curriculum vitae|cv|r[ée]sum[ée])\s*(?:of\s+|[-–—|:·]\s*)|"
    r"(?:['’]s)?\s*(?:[-–—|:·]\s*)?(?:personal\s+)?(?:home\s?page|web\s?site|web\s?page|site|page|home|cv|"
    r"curriculum vitae|r[ée]sum[ée]|blog)\s*$",
    re.I,
)
_DATE_LINE = re.compile(rf"\s*[-–—|:·•,]\s*(?:posted\s+(?:on\s+)?)?(?:{FULL_DATE.pattern})\s*$", re.I)
_MARKUP = re.compile(r"^[\s#*=_>]+|[\s#*=_]+$")
_HANDLE = re.compile(r"\s@[\w.-]+\w")  # a social account's handle after its display name
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.(?:-?[A-Z]\.)?)$")
# Capitalised words a title or heading has that no name has.
_NOT_NAMES = frozenset(
    """about home homepage welcome biography bio news publications research education experience projects
    teaching contact curriculum vitae resume machine learning deep artificial intelligence data science
    computer vision lab group team university institute school department center centre college page site
    blog notes the and of for my our in on at to with a an professor dr prof""".split()
)


def _bare_name(line: str) -> str | None:
    core = _MARKUP.sub("", line).strip()
    core = _DATE_LINE.sub("", core)  # a post's "Jane Doe · 3 February 2025"
    core = _DECORATION.sub("", core).strip(" -–—|:·,")
    words = core.split()
    return " ".join(words[title_length(words):]) or None  # "Dr. Jane Doe": NER leaves the title out


_HEADING_CHARS = 80  # longer than any "Jane Q. Doe - Personal Homepage"
_FIRST_LINE = re.compile(r"\s*([^\n]*)")


def page_name(doc: Doc, people: dict[int, str], ents: list[Span]) -> str | None:
    """The person whose bare name is the page's first line ("# Jane Doe", "Jane Doe - Homepage").
    None when a later line is another bare name too: a list of speakers, each with their own bio."""
    names = []
    text = doc_text(doc)
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start not in people:
            continue
        begin = text.rfind("\n", 0, ent.start_char) + 1
        end = text.find("\n", ent.start_char)
        if (end if end >= 0 else len(text)) - begin > _HEADING_CHARS:
            continue  # a paragraph, not a heading: the regexes below need not read it
        bare = _bare_name(ent.text)  # NER may take "Jane Doe - Homepage" whole
        if bare and _bare_name(text[begin:end if end >= 0 else len(text)]) == bare:
            names.append((begin, people[ent.start] if bare == ent.text.strip() else bare))
    first_line = text.rfind("\n", 0, len(text) - len(text.lstrip())) + 1  # where it begins, indented or not
    if not names or names[0][0] != first_line or len({name for _, name in names}) > 1:
        return None
    return names[0][1]


def title_name(title: str | None) -> str | None:
    """The name in a source title that is just a person's name: "Jane Doe", "Jane Q. Doe - Homepage"."""
    if not title:
        return None
    core = _bare_name(title)
    words = core.split() if core else []
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if any(w.lower().strip(".") in _NOT_NAMES for w in words) or words[-1].endswith("."):
        return None  # "Machine Learning Lab", "J. D.": a topic, a group or bare initials
    return core


def title_person(nlp: Language, title: str | None) -> str | None:
    """`title_name`, confirmed by the pipeline's NER tagging the whole of it as one PERSON: a headline
    in title case ("Google Hires Researchers", "Deep Thoughts") is not a name however it is written."""
    name = title_name(title)
    ner = _standalone_ner(nlp)
    if name is None or ner is None:
        return None
    ents = ner(nlp.make_doc(name)).ents
    return name if len(ents) == 1 and ents[0].label_ == "PERSON" and ents[0].text == name else None


def heading_person(nlp: Language, text: str) -> str | None:
    """The name a page's first line gives in capitals ("CURRICULUM VITAE — YOON SEUNG-HYUN"), which NER does
    not read as a name: written in title case, it must pass `title_person`; so must a post's byline with its
    date ("Ananya Krishnamurthy · 3 February 2025"). Another first line in mixed case is left to `page_name`,
    which reads it with its context."""
    line = _FIRST_LINE.match(text).group(1)  # not text.split(): that copies the whole document
    if len(line) > _HEADING_CHARS:
        return None
    if not line.isupper():
        # a post's byline, "Ananya Krishnamurthy · 3 February 2025": the name on its own is read as a title is
        if not _DATE_LINE.search(line):
            return None
        handle = _HANDLE.search(line)
        name = _bare_name(_HANDLE.sub("", line))
        # "Quách Thùy Linh @quachlinh.bsky.social · Jan 14, 2025": a name NER does not know, before an account's
        # handle, is the display name of whoever posts (a firm's would not pass `title_name`: "Google DeepMind")
        named = title_person(nlp, name) or (title_name(name) if handle else None)
        # a firm's account writes as "I" too ("Hugging Face @huggingface · ...")
        found = OrgResolver.default().resolve(named) if named else None
        return None if found is not None and found.resolved else named
    core = _bare_name(line)
    return title_person(nlp, core.title()) if core else None


@lru_cache(maxsize=4)  # asked once per document: the answer depends on the pipeline only
def _standalone_ner(nlp: Language):
    """The NER component when it can run on a bare Doc (the small model's has its own tok2vec); None
    when there is none, or it listens to a shared tok2vec or transformer: titles then name no one."""
    if "ner" not in nlp.pipe_names:
        return None
    shared = any("ner" in (getattr(pipe, "listening_components", None) or []) for _, pipe in nlp.pipeline)
    return None if shared else nlp.get_pipe("ner")
