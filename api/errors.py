"""Error class -> HTTP status, answered as `application/problem+json` (RFC 9457).

This is the one place that decides what a client sees when something fails. Bodies carry
our own messages for client mistakes (4xx) and a fixed sentence for server-side failures:
never Cypher text, driver messages, URLs or passwords.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import (
    ConfigError,
    GraphError,
    GraphUnavailable,
    InputError,
    KGError,
    NotFound,
    NothingLoaded,
    QueryParamError,
)

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("api")


class AuthRequired(KGError):
    """The request carries no API key."""


class AuthRejected(KGError):
    """The request carries an API key that is not the server's."""


class IngestDisabled(KGError):
    """The server has no KG_API_KEY, so nothing may write through the API."""


class BodyTooLarge(InputError):
    """The upload is larger than KG_API_MAX_BODY."""


class QueryTimedOut(KGError):
    """A query ran past the time limit (KG_QUERY_TIMEOUT)."""


class NotAvailable(KGError):
    """A feature this server does not provide (yet)."""


# First match wins: subclasses before their parents.
STATUS: tuple[tuple[type[KGError], int, str], ...] = (
    (NotFound, 404, "not found"),
    (BodyTooLarge, 413, "request body too large"),
    (QueryParamError, 422, "invalid parameters"),
    (InputError, 422, "invalid input"),
    (AuthRequired, 401, "API key required"),
    (AuthRejected, 403, "API key rejected"),
    (IngestDisabled, 403, "ingestion disabled"),
    (NotAvailable, 501, "not implemented"),
    (QueryTimedOut, 504, "query timed out"),
    (GraphUnavailable, 503, "graph unavailable"),
    (GraphError, 500, "graph error"),
    (ConfigError, 500, "server misconfigured"),
    (KGError, 500, "internal error"),
)

# What a client is told when the failure is ours, not theirs.
SERVER_DETAIL = {
    503: "the graph database cannot be reached; try again later",
    504: "the query took longer than the server's time limit",
    500: "the server failed to answer; the error is logged",
}


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_JSON


class FieldProblem(BaseModel):
    loc: list[str] = Field(description="where: the part of the request (query, path, body) and the field")
    msg: str


class Problem(BaseModel):
    """What every error answers (RFC 9457), as `application/problem+json`."""

    type: str = "about:blank"
    title: str = Field(description="the kind of failure, e.g. 'not found', 'invalid parameters'")
    status: int
    detail: str = Field(description="what went wrong, for a person to read")
    instance: str | None = Field(default=None, description="the request path")
    errors: list[FieldProblem] | None = Field(default=None, description="each invalid field (request validation)")
    reject_reasons: dict[str, int] | None = Field(
        default=None, description="an upload of which no record loaded: how many records were rejected for each reason")


def problem(status: int, title: str, detail: str, *, instance: str | None = None, **extra) -> ProblemResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra)
    headers = {"WWW-Authenticate": 'ApiKey header="X-API-Key"'} if status == 401 else None
    return ProblemResponse(body, status_code=status, headers=headers)


def status_of(exc: KGError) -> tuple[int, str]:
    if isinstance(exc, GraphError) and _timed_out(exc):
        return 504, "query timed out"
    for cls, status, title in STATUS:
        if isinstance(exc, cls):
            return status, title
    return 500, "internal error"


def _timed_out(exc: GraphError) -> bool:
    code = str(getattr(exc.__cause__, "code", "") or "")
    return "timeout" in code.lower() or "timedout" in code.lower()


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into a problem document, and say so in the OpenAPI."""
    _document_problems(app)

    @app.exception_handler(KGError)
    async def _kg_error(request: Request, exc: KGError) -> ProblemResponse:
        status, title = status_of(exc)
        if status == 500:
            log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        elif status > 500:
            log.warning("%s %s: %s", request.method, request.url.path, exc)
        detail = str(exc) if status < 500 or status == 501 else SERVER_DETAIL[status]
        extra = {"reject_reasons": exc.reasons} if isinstance(exc, NothingLoaded) else {}
        return problem(status, title, detail, instance=request.url.path, **extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> ProblemResponse:
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", "")} for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
        return problem(422, "invalid parameters", detail, instance=request.url.path, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> ProblemResponse:
        titles = {404: "not found", 405: "method not allowed"}
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        response = problem(exc.status_code, titles.get(exc.status_code, "request failed"), detail,
                           instance=request.url.path)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> ProblemResponse:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return problem(500, "internal error", SERVER_DETAIL[500], instance=request.url.path)


def _document_problems(app: FastAPI) -> None:
    """Every error response in /openapi.json as a `Problem` in `application/problem+json`: FastAPI documents
    422 as its own `HTTPValidationError` JSON (a list `detail`) and others with no body, so a client
    generated from the spec could not read the errors these handlers send."""
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = generate()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(problem_schema.pop("$defs", {}))
        schemas["Problem"] = problem_schema
        for operation in (op for path in spec.get("paths", {}).values() for op in path.values()):
            for status, response in operation.get("responses", {}).items():
                if status[0] in "45":
                    response["content"] = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        return spec

    app.openapi = openapi
