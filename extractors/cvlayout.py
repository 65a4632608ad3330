"""How a CV page is laid out: section headings, list items, labelled lines and the name line it opens with.

The CV-line reader (`extractors/cvlines.py`) reads one line at a time; whether that line is a heading, an item
of a list or wrapped prose, and whose page it is, depends on the lines around it, which are read here. Regexes
over the text: the layout is in the characters (bullets, rules, colons), not in the parse.
"""

from __future__ import annotations

import re

from extractors.cvwords import OTHER, STUDY, WORK, degree_alone, words
from extractors.narrator import title_name
from extractors.vocabulary import COMPANY_NAME_WORDS, ORG_WORDS
from extractors.years import DATE, YEAR

# Heading words, checked in this order: "Teaching experience" is teaching, "PhD students" are others'.
_HEADING_KINDS = (
    (OTHER, "award awards honor honors honour honours prize prizes talk talks presentations teaching service "
            "services publications publication news skills reviewer reviewing committee committees organizers "
            "supervision co-supervision mentoring students grants funding projects patents activities contact "
            "interests hobbies courses membership memberships leadership advisors advisor relations conflicts "
            "coauthors co-authors collaborators expertise references referees investments investors portfolio "
            "boards advisory"),
    (STUDY, "education educations educational schooling degrees"),
    (WORK, "experience experiences employment appointments appointment positions position career work working "
           "internships internship jobs industry professional"),
)
_HEADING_WORD = {word: kind for kind, listed in _HEADING_KINDS for word in listed.split()}
_MARKUP = re.compile(r"^[\s#*=_>|-]+|[\s#*=_:：|-]+$")
BULLETS = "*+•·–—-"  # what opens a list item, as CVs and press pages write it
BULLET = re.compile(rf"^\s*(?:[{BULLETS}]|\d{{1,2}}[.)])\s+")
RULE = re.compile(r"^[\s=_*#-]*$")  # "=====", "------": a heading's underline

_OPENS_WITH_DATE = re.compile(rf"^\s*(?:[{BULLETS}]\s+)?(?:(?:since|from)\s+)?{DATE}", re.I)
_HEADING_CHARS = 80  # a contact line under a CV's name is no longer


# "Education: ...", "Experience: ...", "Previously: ...": a label heading the items on its own line.
_LABEL = re.compile(rf"^\s*(?:(?:[{BULLETS}]|\d{{1,2}}[.)])\s+)?([A-Za-z][A-Za-z &/]{{2,30}}?)\s*[:：]\s+(?=\S)")
# Where one item of a labelled line ends: "B.Tech (IIT Bombay, 2007), M.S. (...)", "A, X (2014-2017); B, Y".
_ITEM_END = re.compile(r"(?<=\))\s*[,;]\s+|\s*;\s+")


def labelled_items(line: str) -> tuple[str | None, list[tuple[int, str]]]:
    """STUDY or WORK and the items (offset, text) of a line a study or work label heads; else (None, the whole
    line). "Previously:" labels jobs (as a heading word it would make "As previously announced" a section)."""
    match = _LABEL.match(line)
    label = match.group(1) if match is not None else ""
    kind = WORK if label.lower() == "previously" else heading_kind(label) if label else None
    if match is None or kind not in (STUDY, WORK):
        return None, [(0, line)]
    items, at = [], match.end()
    for end in _ITEM_END.finditer(line, at):
        items.append((at, line[at:end.start()]))
        at = end.end()
    items.append((at, line[at:]))
    return kind, [part for at, item in items if item.strip() for part in degree_by_degree(at, item)]


def degree_by_degree(at: int, item: str) -> list[tuple[int, str]]:
    """"BSc, University of Oslo, 2010, MSc, University of Bergen, 2012": a new degree after a comma starts the
    next item."""
    cuts = [m.start() for m in re.finditer(r",\s+", item)
            if (following := words(item[m.end():m.end() + 12])) and degree_alone(following[0])
            and any(degree_alone(w) for w in words(item[:m.start()]))]
    bounds = [0, *(c for c in cuts if c > 0)]
    parts = []
    for lo, hi in zip(bounds, [*bounds[1:], len(item)]):
        piece = item[lo:hi]
        skip = len(piece) - len(piece.lstrip(", "))
        parts.append((at + lo + skip, piece[skip:]))
    return parts


def under_name(lines: list[str], number: int, person: str) -> bool:
    """The line right below a page's name line: a profile's post ("Dr. Jane Doe" above "Associate Professor,
    Department of X, University of Y"). Not a headline ("Engineer at X | ex-Y | Z alum"): the sentence rules
    read that."""
    if number != 1 or re.search(r"\s(?:at|@)\s|\|", lines[1]):
        return False
    return title_name(_MARKUP.sub("", lines[0])) == person


_CONTACT_LINES = 3  # "Bengaluru, India | jane@example.com", "Pronouns: she/her", "Emails: ****@ed.ac.uk"
# What a contact line has and a headline's next line ("Posted by the press office") has not: an address, a site or
# a number (a bare ":" or "|" would let "Apply: ..." through).
_CONTACT = re.compile(r"\S@\S|https?://|www\.|\+?\d[\d\s().-]{6,}\d|\.(?:com|org|edu|ai|io|net)\b")
# Words a firm's page or a job advert opens with, and no person's name has.
_NO_OWNER = ORG_WORDS | COMPANY_NAME_WORDS | frozenset(
    "hiring open positions careers jobs now join apply team robotics analytics technologies systems solutions software "
    "ventures capital dynamics intelligence networks".split())


def cv_owner(text: str) -> str | None:
    """The name a CV page opens with when NER did not tag it ("Pavel Routledge" read as a publisher,
    "PRIYANKA CHAKRABORTY-LEE" in capitals): a first line shaped like a bare name, above a study or work heading
    ("Positions", "EXPERIENCE", "Career & Education History") with at most a few short contact lines between."""
    lines = [line for line in text.split("\n", 8)[:8] if line.strip() and not RULE.match(line.strip())]
    heading = next((n for n, line in enumerate(lines[1:_CONTACT_LINES + 2], 1) if heading_kind(line) in (STUDY, WORK)),
                   None)
    between = lines[1:heading]
    if heading is None or any(len(line) > _HEADING_CHARS for line in between) or between and not any(
            _CONTACT.search(line) for line in between):
        return None
    first = _MARKUP.sub("", lines[0]).strip()
    name = title_name(first.title() if first.isupper() else first)
    if name is None or any(word.lower() in _NO_OWNER for word in name.split()):
        return None  # "ACME ROBOTICS", "OPEN POSITIONS", "Hiring Now": a firm's page or a job advert
    return name


def heading_kind(line: str) -> str | None:
    """STUDY, WORK or OTHER for a section heading, None for any other line. A heading is short, has
    no year and is no bullet."""
    if BULLET.match(line) or re.search(YEAR, line):
        return None
    core = _MARKUP.sub("", line).strip()
    said = [w.lower().strip(".'’") for w in re.split(r"[\s/&,]+", core) if w]
    if not said or len(said) > 5 or core.endswith("."):
        return None
    for word in said:
        kind = _HEADING_WORD.get(word)
        if kind is not None:
            return kind
    return None


def is_list_item(lines: list[str], number: int, section: str | None) -> bool:
    """The line is an item of a list, not a line of wrapped prose: a bullet, a line that opens with a
    date, a line under a study or work heading, a line that is its own paragraph, or the next line of
    an item that ends with a comma ("Assistant Professor," above "University of X")."""
    line = lines[number]
    if BULLET.match(line) or _OPENS_WITH_DATE.match(line) or section in (STUDY, WORK):
        return True
    before = lines[number - 1].strip() if number else ""
    after = lines[number + 1].strip() if number + 1 < len(lines) else ""
    if before.endswith(",") and len(before.split()) <= 8 and len(line.split()) <= 12:
        return True
    alone_before = not before or bool(RULE.match(before)) or heading_kind(before) is not None
    alone_after = not after or bool(RULE.match(after))
    return alone_before and (alone_after or line.rstrip().endswith(","))
