"""`POST /ingest/papers` and `POST /ingest/articles`: uploads into the graph, behind the API key.

The upload (multipart field `file`, or the raw request body) is streamed to a temporary file
with the size capped at `KG_API_MAX_BODY`, then handed to the same readers and loader as
`kg ingest`. One ingestion runs at a time per server: writes to the same nodes would
otherwise conflict. The readers are given the upload's name (its multipart file name without
any directory part, else `upload` or `upload.<type>`), so what is stored, rejected and
reported names it, never the server's temporary file.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path, PurePath
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.formparsers import MultiPartException, MultiPartParser

from api.deps import holder, require_api_key
from api.errors import BodyTooLarge, NotAvailable
from api.models import IngestSummary
from kg.errors import InputError, NothingLoaded
from kg.rejects import RejectLog

router = APIRouter(prefix="/ingest", tags=["ingest"], dependencies=[Depends(require_api_key)])
_one_at_a_time = threading.Lock()
_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {"type": "object", "required": ["file"],
                           "properties": {"file": {"type": "string", "format": "binary"}}},
            },
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    }
}
AUTH = {401: {"description": "no API key"}, 403: {"description": "wrong key, or ingestion disabled"},
        413: {"description": "upload too large"}}
Format = Annotated[str | None, Query(alias="format", pattern="^(openalex|papercopilot|plain)$",
                                     description="paper format; detected from the content when left out")]

ArticleKind = Annotated[Literal["txt", "md", "html", "jsonl"] | None, Query(
    alias="type", description="how to read the upload: one article (txt, md, html) or JSON Lines of documents "
    "(jsonl, one {id?, title?, url?, published?, text} per line); default: from the upload's file name "
    "(.md, .html, .jsonl ...), else txt")]


@router.post("/papers", response_model=IngestSummary, openapi_extra=_UPLOAD_BODY, responses=AUTH)
async def ingest_papers(request: Request, fmt: Format = None) -> IngestSummary:
    """Load one paper file (OpenAlex JSON/JSONL, Paper Copilot JSON, plain JSONL; gzip allowed)."""
    upload, name = await _save_upload(request, unnamed="upload")
    try:
        return await run_in_threadpool(_load_papers, request, upload, name, fmt)
    finally:
        upload.unlink(missing_ok=True)


@router.post("/articles", response_model=IngestSummary, openapi_extra=_UPLOAD_BODY,
             responses={**AUTH, 501: {"description": "article loading is not available on this server"}})
async def ingest_articles(request: Request, kind: ArticleKind = None) -> IngestSummary:
    """Load one article (plain text, Markdown or HTML) or a JSON Lines file of them: the people,
    organisations, moves and funders they state."""
    try:
        from kg.documents import ingest_articles as load_articles
    except ImportError:
        raise NotAvailable("article ingestion is not available on this server (kg.documents is missing)") from None
    upload, name = await _save_upload(request, unnamed=f"upload.{kind or 'txt'}")
    try:
        upload = _read_as(upload, _article_suffix(kind, name))
        return await run_in_threadpool(_load_articles, request, upload, name, load_articles)
    finally:
        upload.unlink(missing_ok=True)


async def _save_upload(request: Request, *, unnamed: str) -> tuple[Path, str]:
    """The upload in a temporary file, and the name to record it under (`unnamed` for a raw body)."""
    limit = holder(request).settings.api_max_body
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"the upload is larger than {limit} bytes (KG_API_MAX_BODY)")
    body = _capped(request, limit)
    handle = tempfile.NamedTemporaryFile(prefix="kg-upload-", delete=False)
    path = Path(handle.name)
    filename = None
    try:
        with handle:
            if request.headers.get("content-type", "").startswith("multipart/form-data"):
                filename = await _write_multipart(request, body, handle)
            else:
                async for chunk in body:
                    handle.write(chunk)
        name = upload_name(filename, unnamed)
        if path.stat().st_size == 0:
            raise InputError("the upload is empty: send the file as the body or as the multipart field `file`",
                             file=name)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path, name


def _article_suffix(kind: str | None, name: str) -> str:
    """The suffix the article reader goes by: the `type` asked for, else the upload's own when the reader
    knows it (a directory walk's rule), else `.txt`."""
    from extractors.articles import SUFFIXES

    if kind:
        return f".{kind}"
    suffix = PurePath(name).suffix.lower()
    return suffix if suffix in SUFFIXES else ".txt"


def _read_as(path: Path, suffix: str) -> Path:
    """The temporary file renamed to end in `suffix`, since the reader chooses by suffix."""
    return path if path.suffix == suffix else path.rename(path.with_suffix(suffix))


def upload_name(filename: str | None, unnamed: str) -> str:
    """The client's file name without any directory part (a client's path says nothing about the server,
    and may say too much about the client), else `unnamed`."""
    base = PurePath((filename or "").replace("\\", "/")).name.strip()[:200]
    return base or unnamed


async def _capped(request: Request, limit: int) -> AsyncIterator[bytes]:
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise BodyTooLarge(f"the upload is larger than {limit} bytes (KG_API_MAX_BODY)")
        yield chunk


async def _write_multipart(request: Request, body: AsyncIterator[bytes], handle) -> str | None:
    """Copy the `file` field into `handle`; the file name the client gave."""
    try:
        form = await MultiPartParser(request.headers, body, max_files=1, max_fields=5).parse()
    except MultiPartException as exc:
        raise InputError(f"bad multipart body: {exc.message}") from None
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise InputError("the multipart body needs a file field named `file`")
    try:
        while chunk := await upload.read(1 << 20):
            handle.write(chunk)
    finally:
        await form.close()
    return upload.filename


def _load_papers(request: Request, path: Path, name: str, fmt: str | None) -> IngestSummary:
    from extractors.orglink import AffiliationLinker
    from extractors.papers import read_papers
    from kg.loader import load_papers

    graph = holder(request)
    store = graph.get()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    rejects_file = graph.settings.data_dir / "rejects" / f"api-papers-{stamp}.jsonl"
    with _one_at_a_time:
        linker = getattr(request.app.state, "linker", None)
        if linker is None:
            linker = request.app.state.linker = AffiliationLinker()
        with RejectLog(rejects_file) as log:
            summary = load_papers(store, read_papers(path, format=fmt, name=name), rejects=log, link_org=linker,
                                  progress=False)
            reasons = dict(log.reasons)
    if not summary.loaded:
        raise NothingLoaded(name, reasons)  # as `kg ingest` fails; the server's rejects path is not the client's
    return IngestSummary(
        kind="papers", read=summary.read, loaded=summary.loaded, rejected=summary.rejected,
        reject_reasons=reasons, spells=summary.spells, nodes_created=summary.counters["nodes_created"],
        relationships_created=summary.counters["relationships_created"],
        relationships_updated=summary.relationships_updated, seconds=round(summary.seconds, 3),
    )


def _load_articles(request: Request, path: Path, name: str, load_articles) -> IngestSummary:
    from extractors.articles import read_article_file

    graph = holder(request)
    store = graph.get()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    rejects_file = graph.settings.data_dir / "rejects" / f"api-articles-{stamp}.jsonl"
    with _one_at_a_time, RejectLog(rejects_file) as log:
        summary = load_articles(store, read_article_file(path, name=name), rejects=log, progress=False)
        reasons = dict(log.reasons)
    if not summary.loaded:
        raise NothingLoaded(name, reasons)
    return IngestSummary(
        kind="articles", read=summary.read, loaded=summary.loaded, rejected=summary.rejected,
        reject_reasons=reasons, nodes_created=summary.counters["nodes_created"],
        relationships_created=summary.counters["relationships_created"],
        relationships_updated=summary.relationships_updated, seconds=round(summary.seconds, 3),
    )
