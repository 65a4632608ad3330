"""Records that flow from readers and extractors into the loader, and the id scheme.

Readers build these; `kg.loader` writes them. Nothing here touches the graph.
Ids follow DESIGN.md: `orcid:…`, `openalex:A…`, `openreview:~…`, else `person:<slug>--<slug of the first
organisation>` (so a common name alone never joins two people; `person:<slug>` only with none known);
`ror:…` else `org:<slug>`; `doi:…` else `openalex:W…` else `paper:<slug>`.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from functools import lru_cache

import orjson
from anyascii import anyascii
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

MAX_FIELD = 2_000  # characters; longer strings are a sign of broken input, not a real name or title


class NodeLabel(str, enum.Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    FUNDER = "Funder"
    POLICY = "Policy"
    PAPER = "Paper"
    DOCUMENT = "Document"
    COUNTRY = "Country"


class OrgKind(str, enum.Enum):
    """Extra label an Organization carries, chosen from its ROR/OpenAlex type."""

    UNIVERSITY = "University"
    COMPANY = "Company"
    LAB = "Lab"
    GOVERNMENT = "Government"

    @classmethod
    def from_type(cls, org_type: str | None) -> "OrgKind | None":
        return _ORG_TYPE_KIND.get((org_type or "").lower())


_ORG_TYPE_KIND = {
    "education": OrgKind.UNIVERSITY,
    "university": OrgKind.UNIVERSITY,
    "company": OrgKind.COMPANY,
    "lab": OrgKind.LAB,
    "facility": OrgKind.LAB,
    "government": OrgKind.GOVERNMENT,
}


class RelType(str, enum.Enum):
    STUDIED_AT = "STUDIED_AT"
    WORKS_AT = "WORKS_AT"
    CO_AUTHORED = "CO_AUTHORED"
    FUNDED_BY = "FUNDED_BY"
    AUTHORED = "AUTHORED"
    PART_OF = "PART_OF"
    LOCATED_IN = "LOCATED_IN"
    MENTIONS = "MENTIONS"
    APPLIES_TO = "APPLIES_TO"


class PolicyKind(str, enum.Enum):
    VISA = "visa"
    TALENT_PROGRAM = "talent_program"
    EXPORT_CONTROL = "export_control"
    FUNDING = "funding"
    REGULATION = "regulation"


class _Record(BaseModel):
    # Checked in pydantic's core: a Python validator on every field ran 2.3M times in a 45k-paper load.
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, str_max_length=MAX_FIELD)


class Affiliation(_Record):
    """One institution an author gave on one paper."""

    name: str | None = None
    ror: str | None = None
    org_id: str | None = None
    country: str | None = None
    type: str | None = None
    raw: str | None = None  # the string as printed, when `name` is the resolved canonical name
    parents: list[str] = Field(default_factory=list)  # ids this organisation is PART_OF
    score: float | None = None  # resolver score (0-100) when resolved by name
    resolved: bool | None = None  # False: a strong string that matched no known organisation
    role: str | None = None  # the author's role at this institution ("PhD student", "Intern"), when the byline says

    @field_validator("ror")
    @classmethod
    def _bare_ror(cls, value: str | None) -> str | None:
        return ror_suffix(value) if value else None

    @field_validator("country")
    @classmethod
    def _iso2(cls, value: str | None) -> str | None:
        if not value:
            return None
        value = value.strip().upper()
        return value if len(value) == 2 and value.isascii() and value.isalpha() else None

    def canonical_id(self) -> str | None:
        if self.org_id:
            return self.org_id
        if self.ror:
            return f"ror:{self.ror}"
        if self.name:
            return org_id(self.name)
        return None


class Author(_Record):
    """One author of one paper, in byline order (position 0 is first)."""

    name: str = Field(min_length=1)
    position: int = Field(ge=0)
    orcid: str | None = None
    openalex: str | None = None
    openreview: str | None = None
    email_domain: str | None = None
    role: str | None = None
    affiliations: list[Affiliation] = Field(default_factory=list)

    @field_validator("orcid")
    @classmethod
    def _bare_orcid(cls, value: str | None) -> str | None:
        if not value:
            return None
        match = re.search(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dX])", value)
        return match.group(1) if match else None

    @field_validator("openalex")
    @classmethod
    def _bare_openalex(cls, value: str | None) -> str | None:
        return value.rstrip("/").rsplit("/", 1)[-1] if value else None

    @property
    def person_id(self) -> str:
        return person_id(
            name=self.name,
            orcid=self.orcid,
            openalex=self.openalex,
            openreview=self.openreview,
            first_affiliation=self.affiliations[0].name if self.affiliations else None,
        )

    @property
    def degree(self) -> str | None:
        """The degree being studied for, when the byline says the author is a student."""
        return student_degree(self.role)


class Funding(_Record):
    """A funder of a paper, with the award id when one is given."""

    funder: str = Field(min_length=1)
    funder_id: str | None = None
    award_id: str | None = None
    country: str | None = None

    @property
    def canonical_id(self) -> str:
        return self.funder_id or f"funder:{slug(self.funder)}"


class Paper(_Record):
    """One paper with its byline and funders, as every paper reader yields it."""

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    year: int | None = Field(default=None, ge=1900, le=2100)
    venue: str | None = None
    doi: str | None = None
    authors: list[Author] = Field(default_factory=list)
    funders: list[Funding] = Field(default_factory=list)
    source: str | None = None
    method: str = "papers"  # provenance of the facts read from it: openalex, papercopilot, papers


class Entity(_Record):
    """A thing found in text, resolved to a canonical id where possible."""

    id: str
    label: NodeLabel
    name: str
    text: str | None = None
    country: str | None = None
    type: str | None = None
    year: int | None = None
    kind: str | None = None
    score: float | None = None
    alias: str | None = None


class Relation(_Record):
    """A relationship found in text, with the sentence that says it."""

    type: RelType
    head: str
    tail: str
    start: int | None = None
    end: int | None = None
    degree: str | None = None
    role: str | None = None
    award_id: str | None = None
    evidence: str | None = Field(default=None, max_length=MAX_FIELD)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    method: str = "text"


class Document(_Record):
    """One article or bio, its entities (with mention counts) and relations."""

    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    entities: list[Entity] = Field(default_factory=list)
    mentions: dict[str, int] = Field(default_factory=dict)
    relations: list[Relation] = Field(default_factory=list)
    # The text it was read from, kept out of dumps: reading it again takes back the sentences it gave
    # (kg/documents.py).
    _text: str | None = PrivateAttr(default=None)

    @property
    def text(self) -> str | None:
        return self._text

    def reading(self) -> str:
        """A fingerprint of what was read from the text (entities, mentions, relations): the same text read
        the same way again changes nothing, read differently (a better extractor) replaces the old reading."""
        read = self.model_dump(mode="json", include={"entities", "mentions", "relations"})
        return hashlib.blake2b(orjson.dumps(read, option=orjson.OPT_SORT_KEYS), digest_size=16).hexdigest()


class KnownEntity(_Record):
    """An organisation, funder or policy we know by name: one gazetteer entry.

    The curated list in `extractors/data/` and a ROR import both produce these;
    the gazetteer and the organisation resolver read them.
    """

    id: str
    label: NodeLabel
    name: str
    aliases: list[str] = Field(default_factory=list)
    acronyms: list[str] = Field(default_factory=list)
    country: str | None = None
    city: str | None = None
    type: str | None = None
    parents: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    funder_ids: list[str] = Field(default_factory=list)
    year: int | None = None
    kind: str | None = None


class Reject(BaseModel):
    """A record set aside, with where it came from and why."""

    file: str
    line: int | None = None
    reason: str


# --- ids -------------------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)  # names and affiliations recur paper after paper; bounded, so memory stays flat
def slug(text: str) -> str:
    """ASCII, lower case, words joined by '-': stable across accents and scripts."""
    ascii_text = anyascii(unicodedata.normalize("NFKC", text)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:120] or "x"


def ror_suffix(value: str) -> str:
    return value.strip().rstrip("/").rsplit("/", 1)[-1].lower()


def org_id(name: str) -> str:
    return f"org:{slug(name)}"


def person_id(
    *,
    name: str,
    orcid: str | None = None,
    openalex: str | None = None,
    openreview: str | None = None,
    first_affiliation: str | None = None,
) -> str:
    if orcid:
        return f"orcid:{orcid}"
    if openalex:
        return f"openalex:{openalex}"
    if openreview:
        return f"openreview:{openreview}"
    base = slug(name)
    return f"person:{base}--{slug(first_affiliation)}" if first_affiliation else f"person:{base}"


def paper_id(*, doi: str | None = None, openalex: str | None = None, fallback: str | None = None) -> str:
    """A paper's graph id, derived the same way by every reader so that one work is one node.

    The first of: `doi:<doi>`; `openalex:W…` from `openalex` (the work's URL, `openalex:W…` or a
    bare `W…`); then `fallback`, a source's own key. A fallback that is itself a DOI or an OpenAlex
    work id (a record's `id` field often is) gives that id; `paper:KEY` keeps KEY; any other key
    becomes `paper:<slug>`.
    """
    if doi:
        return f"doi:{normalise_doi(doi)}"
    if fallback and (fallback_doi := doi_in(fallback)):
        return f"doi:{fallback_doi}"
    if work := openalex_work_id(openalex) or openalex_work_id(fallback):
        return f"openalex:{work}"
    if fallback:
        key = fallback.strip()
        # A key the source already wrote as ours is kept as written: two users' "paper:ABC_123" and
        # "paper:abc-123" are two papers.
        return key if key.startswith("paper:") and len(key) > len("paper:") else f"paper:{slug(key)}"
    raise ValueError("a paper needs a doi, an OpenAlex work id or a fallback key")


_OPENALEX_WORK = re.compile(r"^(?:https?://(?:api\.)?openalex\.org/(?:works/)?|openalex:)?(W\d+)/?$", re.I)
# "10.1/x", "doi:10.1/x", "doi: 10.1/x", "DOI 10.1/x", "https://doi.org/10.1/x", "http://dx.doi.org/...",
# "www.doi.org/...", the ACM's old resolver "http://doi.acm.org/10.1145/..."
_DOI_PREFIX = re.compile(r"^\s*(?:(?:https?://)?(?:(?:dx|www)\.)?doi(?:\.acm)?\.org/|doi(?::\s*|\s+))", re.I)
_DOI_FORM = re.compile(r"^10\.\d{4,9}/\S+$")


def openalex_work_id(value: str | None) -> str | None:
    """'https://openalex.org/W123', 'openalex:W123' or 'W123' -> 'W123'; None for anything else."""
    match = _OPENALEX_WORK.match(value.strip()) if value else None
    return match.group(1).upper() if match else None


def doi_in(value: str | None) -> str | None:
    """The normalised DOI when `value` is one ('10.1000/x', 'doi:10.1000/x', a doi.org URL), else None."""
    return normalise_doi(value) if value and _DOI_FORM.match(normalise_doi(value)) else None


def normalise_doi(doi: str) -> str:
    """The bare lower-case DOI, whichever way it was written (DOIs are case-insensitive)."""
    return _DOI_PREFIX.sub("", doi.strip()).strip().rstrip("/").lower()


def document_id(text: str) -> str:
    normalised = " ".join(unicodedata.normalize("NFKC", text).split())
    return "doc:" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()


_STUDENT = (
    (re.compile(r"\b(ph\.?\s?d|doctoral)\b", re.I), "PhD"),
    (re.compile(r"\b(master|msc|m\.s\.|ms\b)", re.I), "Master"),  # Paper Copilot says "MS student"
    (re.compile(r"\b(undergrad|bachelor|bsc|b\.s\.)", re.I), "Bachelor"),
)


def student_degree(role: str | None) -> str | None:
    """'PhD student' -> 'PhD'; None for anyone not described as a student."""
    if not role or "student" not in role.lower() and "candidate" not in role.lower():
        return None
    for pattern, degree in _STUDENT:
        if pattern.search(role):
            return degree
    return "unknown"
