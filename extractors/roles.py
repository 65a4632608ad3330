"""What a role word says about the organisation next to it: a job there ("a faculty member of X",
"X chairperson Jane Doe"), or no job at all (an award title, a delegate sent to it); and the
further people a news title names ("Acme chairperson A and chief executive B")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.vocabulary import ROLE_NOUNS


def staff_member(noun: Token) -> bool:
    """"a faculty member of X", "staff members at Y", "a member of technical staff at Z": a job; a bare "member of
    X" is a membership."""
    return noun.lower_ in ("member", "members") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("faculty", "staff")
        or c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in ("staff", "faculty")
                                                         for g in c.children)
        for c in noun.children)


# Roles that represent someone at an organisation ("envoy to the UN"), not a job there.
DELEGATES = frozenset("ambassador ambassadors envoy envoys representative representatives delegate delegates "
                      "observer observers emissary emissaries legate legates nuncio consul consuls attaché attache "
                      "plenipotentiary minister ministers commissioner commissioners liaison".split())


def represents(verb: Token, path: list[Token]) -> bool:
    """A verb reached from an organisation through a delegate's "to": "served as ambassador to X" (the path
    climbs over "ambassador"), "was appointed Permanent Representative of Poland to the European Union" (the
    "to" hangs on the verb, the post is its object). Sent to the organisation, not employed by it."""
    if any(t.lower_ in DELEGATES and path[k - 1].lower_ == "to" for k, t in enumerate(path) if k):
        return True
    if len(path) < 2 or path[-2].lower_ != "to":
        return False
    posts = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj", "npadvmod")]
    posts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(p.lower_ in DELEGATES for p in posts)
# Role nouns that, after a name, title an award or a grant ("Fulbright scholar", "Marshall fellow").
AWARD_TITLES = frozenset("scholar scholars fellow fellows".split())


def titled(person: Token, org_word: Token) -> bool:
    """A role noun between an organisation and a name, all hung on the name: "Eskom chairperson Ben Ngubane"."""
    return any(t.lower_ in ROLE_NOUNS and t.dep_ == "compound" for t in person.doc[org_word.i + 1: person.i])


def of_the_year(role: Token) -> bool:
    """"coach of the year", "Manager of the Year": the title of an award."""
    return any(child.dep_ == "prep" and child.lower_ == "of" and any(
        g.lower_ in ("year", "season", "decade", "month") for g in child.children if g.dep_ == "pobj")
        for child in role.children)


def award_title(role: Token, dep: str) -> bool:
    """"Fulbright scholar Jane Doe", "a Rhodes Scholar": a scholarship named before "scholar", not an employer.
    ("IBM Fellow" is a rank at IBM, so fellows are left to the other rules; "a Research Scholar" is a post.)"""
    return role.lower_ in ("scholar", "scholars") and (dep == "compound" or any(
        c.dep_ == "compound" and c.tag_ == "NNP" and c.lower_ not in _POST_MODIFIERS for c in role.children))


# Words before "Scholar" that make a post of it, not a scholarship's name.
_POST_MODIFIERS = frozenset("research senior junior visiting postdoctoral doctoral graduate principal".split())


# Verbs that confer an honour: "was elected a fellow of the ACM", "named a Fellow of the IEEE".
_CONFERRING = frozenset("elected elect elects named inducted made".split())
# Words of the learned societies whose fellowships are honours: "the Royal Society", "AAAI", "ACM".
_SOCIETIES = frozenset("society association academy acm ieee aaai aaas siam ams iapr bcs iet ellis".split())


def honorary_fellow(role: Token, via: str, org: Span | None) -> bool:
    """"elected a fellow of the ACM", "a Fellow of the Royal Society", "an associate of the Indian Academy of
    Sciences": a society's honour, not a job there.
    ("a research fellow at X", "a fellow of Trinity College" stay jobs.)"""
    if role.lower_ not in ("fellow", "fellows", "member", "members", "associate", "associates") or via != "of":
        return False
    # the whole "of" list: "a Fellow of IEEE and IAPR" makes IAPR's fellowship an honour too
    listed = [t for c in role.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return role.head.lower_ in _CONFERRING or any(t.lower_ in _SOCIETIES for t in listed) or (
        org is not None and any(t.lower_ in _SOCIETIES for t in org))


def titled_partners(name: Span, people: dict[int, str], ents: list[Span]) -> dict[str, str]:
    """Everyone named after `name` in "A and chief executive B", "A, finance director B and press officer C":
    each titled the same way, so each works for the organisation the first title names. Person name ->
    their own role. Stops at anything else: another organisation ("and Acme CEO B"), a relative ("and his
    wife B"), a bare name ("and B")."""
    doc = name.doc
    found: dict[str, str] = {}
    i = name.end
    by_start = {e.start: e for e in ents if e.label_ == "PERSON"}
    while i < len(doc) and doc[i].lower_ in (",", "and"):
        i += 1 + (doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and")
        title = i
        while i < len(doc) and not doc[i].ent_type_ and (doc[i].is_lower or doc[i].lower_ in ROLE_NOUNS) \
                and doc[i].is_alpha:
            i += 1
        if i == title or doc[i - 1].lower_ not in ROLE_NOUNS or i not in by_start or by_start[i].start not in people:
            break
        person = by_start[i]
        found[people[person.start]] = " ".join(t.text for t in doc[title:i])
        i = person.end
    return found


# A stint named as the object of any verb: "completed research internships at X", "did a postdoc at Y".
_STINTS = {"internship": "intern", "internships": "intern", "postdoc": "postdoc", "post-doc": "postdoc",
           "postdocs": "postdoc", "residency": None, "fellowship": "fellow", "sabbatical": None,
           "placement": None, "position": None, "positions": None, "job": None, "stint": None,
           "lectureship": "lecturer", "professorship": "professor", "readership": "reader",
           "stay": None, "secondment": None}  # "after a postdoctoral stay at X" (postdoc)


def stint_noun(noun: Token) -> tuple[bool, str | None]:
    """(True, role) when the noun is a stint: "a postdoctoral fellowship" (postdoc), "an internship" (intern)."""
    if noun.lower_ not in _STINTS:
        return False, None
    if any(c.lower_ in ("postdoctoral", "post-doctoral") for c in noun.children):
        return True, "postdoc"
    return True, _STINTS[noun.lower_]


def stint_object(verb: Token, via: str) -> tuple[bool, str | None]:
    """(True, role) when the verb's object is a stint and the organisation hangs on the verb by "at",
    "with" or "in": "completed research internships at X" (intern), "did a postdoc at Y", "held a
    position at Z". Hedges and refusals ("turned down a position at X") are dropped by the caller."""
    if via not in ("at", "with", "in"):
        return False, None
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _STINTS:
            if child.lower_ == "fellowship" and via != "at":
                return False, None  # "a fellowship in physics": a grant, not a place
            return True, _STINTS[child.lower_]
    return False, None


def stint_role(stint: Token, role: str | None) -> str | None:
    """"a research fellowship" -> "research fellow": the stint's own words before its role."""
    words = [c.lower_ for c in stint.children if c.dep_ == "compound" and c.i < stint.i and c.is_lower]
    return " ".join(words + [role]) if role and words else role


# Bodies one sits on rather than works for: "appointed to a Royal Commission", "elected to the Council".
_BODIES = frozenset("commission commissions committee committees council councils panel panels board boards "
                    "tribunal tribunals inquiry jury juries taskforce delegation".split())
_SEATING = frozenset("appointed appoint appoints named elected elect elects nominated nominate co-opted "
                     "seconded".split())


def seated(verb: Token, path: list[Token], org: Span | None) -> bool:
    """"were appointed to a Royal Commission to investigate ...", "was elected to the Regional Council":
    a seat on a body, not a job there ("appointed to the faculty of X" names no body and stays a job)."""
    if verb.lower_ not in _SEATING or len(path) < 2 or path[-2].lower_ != "to" or org is None:
        return False
    words = [t.lower_ for t in org if t.is_alpha]
    return bool(words) and words[-1] in _BODIES


# Military ranks: "served as a private in the 20th Engineers" is military service, not a job the graph tracks.
_RANKS = frozenset("private corporal sergeant lance-corporal lieutenant second-lieutenant captain major colonel "
                   "lieutenant-colonel brigadier ensign midshipman seaman airman gunner rifleman trooper "
                   "infantryman paratrooper sapper chaplain surgeon-general".split())


def enlisted(verb: Token) -> bool:
    """The verb's "as" names a military rank: "served as a private in X", "served as a captain in the Y"."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ == "pobj" and g.lower_ in _RANKS for g in c.children) for c in verb.children)


# What a producer or a writer makes: "producer of eight series of X", "three seasons of X's show".
WORK_NOUNS = frozenset("series season seasons episode episodes album albums".split())


def work_between(noun: Token, via: Token) -> bool:
    """An organisation hung by "of" on a lower-case work noun ("eight series of Spitting Image"): the
    organisation is a programme or a record, the person made it; no employer is named."""
    return noun.lower_ in WORK_NOUNS and noun.is_lower and via.lower_ == "of"


# What a clause opening with "At <organisation>," says one did there: "gave lectures", "held the chair".
_DUTIES = frozenset("give gave given gives giving hold held holds holding deliver delivered delivers "
                    "conduct conducted conducts".split())
_DUTY_OBJECTS = frozenset("lecture lectures course courses seminar seminars class classes lessons chair "
                          "professorship position post research".split())


def fronted_duty(verb: Token, path: list[Token]) -> bool:
    """"At Halle, he gave lectures on medicine", "At Acme, she was chief scientist": a clause opening with
    "At <organisation>," whose verb is a duty done there or whose "be" names a role. The organisation is
    where the person worked. A role of something else named after it ("At Oxford, he was president of the
    Union") is not a job at the organisation."""
    at = path[-2] if len(path) >= 2 else None
    if at is None or at.lower_ != "at" or at.head.i != verb.i or at.i > verb.i:
        return False
    doc = verb.doc
    after = at.right_edge.i + 1
    if after >= len(doc) or doc[after].text != "," or not (at.i == at.sent.start or doc[at.i - 1].text == ","):
        return False  # "At Acme, ..." or "In 2001, at Acme, ..."; not "At the time Acme ..."
    if verb.lower_ in _DUTIES:
        return any(c.dep_ == "dobj" and c.lower_ in _DUTY_OBJECTS for c in verb.children)
    if verb.lower_ not in ("was", "is", "were", "became", "becomes", "become"):
        return False
    roles = [c for c in verb.children if c.dep_ in ("attr", "oprd") and c.lower_ in ROLE_NOUNS]
    return bool(roles) and not any(g.ent_type_ or g.tag_ in ("NNP", "NNPS") for role in roles
                                   for c in role.children if c.dep_ == "prep" for g in c.subtree)


def role_attribute(verb: Token) -> str | None:
    """The role a "be" names: "was chief scientist" -> "chief scientist"."""
    for child in verb.children:
        if child.dep_ in ("attr", "oprd") and child.lower_ in ROLE_NOUNS:
            words = [t for t in child.lefts if t.dep_ in ("amod", "compound") and t.is_lower] + [child]
            return " ".join(t.text for t in sorted(words, key=lambda t: t.i)).lower()
    return None
