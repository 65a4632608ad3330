"""`kg extract FILE`: what the article pipeline finds in a text, shown and not written.

An analyst checks a text before ingesting it: every entity with its canonical id, every
relation with its years, degree or role, award id, confidence and evidence sentence.
`--format json` prints JSON Lines, always: one line per document,
`{"document": {"id", "title", "source"}, "entities": [...], "relations": [...], "policies": [...]}`,
whether FILE is one article, a JSON Lines file of several or a folder, so other tools
read every run the same way (`jq`, `pandas.read_json(lines=True)`).
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Any

import orjson
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.errors import InputError
from kg.model import Document, NodeLabel, Reject


class Format(str, enum.Enum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    file: Path = typer.Argument(..., help="a .txt, .md, .html file, a folder of them, or JSON Lines of "
                                "{id?, title?, url?, published?, text}"),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table (for reading) or json: JSON Lines, one "
                               "object per document, {document: {id, title, source}, entities, relations, "
                               "policies}"),
) -> None:
    """Print the entities and relations the pipeline would write for FILE, with evidence; writes nothing.

    --format json always prints JSON Lines, one object per document (a single article is one line).
    Tables fit the terminal; piped, they are printed at full width so ids are never clipped.
    """
    from extractors.articles import read_article_files
    from extractors.pipeline import extract_documents
    from kg.commands.ingest import article_inputs
    from kg.commands.output import table_console

    # An unsupported file type, a missing path or a folder without articles is an InputError here.
    results = list(extract_documents(read_article_files(article_inputs([file])), n_process=1))
    documents = [r for r in results if isinstance(r, Document)]
    rejects = [r for r in results if isinstance(r, Reject)]
    if not documents:
        first = rejects[0] if rejects else None
        raise InputError(first.reason if first else "no document", file=str(file), line=first.line if first else None)
    views = [document_view(doc) for doc in documents]
    if fmt is Format.json:
        for view in views:
            sys.stdout.write(orjson.dumps(view).decode() + "\n")
    else:
        console = table_console()
        for doc, view in zip(documents, views):
            _print_tables(console, doc, view)
    for reject in rejects:
        where = f"{reject.file}:{reject.line}" if reject.line else reject.file
        typer.echo(f"rejected {where}: {reject.reason}", err=True)


def document_view(doc: Document) -> dict[str, Any]:
    """The JSON shape of one document's findings."""
    names = {e.id: e.name for e in doc.entities}
    names[doc.id] = doc.title or "this document"
    entities = [{"text": e.text, "type": e.label.value, "id": e.id, "name": e.name, "country": e.country,
                 "mentions": doc.mentions.get(e.id, 0), "score": e.score, "alias": e.alias}
                for e in doc.entities]
    relations = [{"type": r.type.value, "head": {"id": r.head, "name": names.get(r.head)},
                  "tail": {"id": r.tail, "name": names.get(r.tail)}, "start": r.start, "end": r.end,
                  "degree": r.degree, "role": r.role, "award_id": r.award_id, "evidence": r.evidence,
                  "confidence": r.confidence}
                 for r in doc.relations]
    policies = [{"id": e.id, "name": e.name, "country": e.country, "year": e.year, "kind": e.kind}
                for e in doc.entities if e.label is NodeLabel.POLICY]
    return {"document": {"id": doc.id, "title": doc.title, "source": doc.source},
            "entities": entities, "relations": relations, "policies": policies}


def _print_tables(console: Console, doc: Document, view: dict[str, Any]) -> None:
    console.print(f"[bold]{doc.title or doc.source or doc.id}[/bold]  {doc.id}")
    entities = Table(title="entities", show_lines=False)
    for column in ("type", "text", "id", "name", "country", "mentions", "score"):
        entities.add_column(column, overflow="fold")  # an id cut short with '…' would be a wrong id
    for e in view["entities"]:
        entities.add_row(e["type"], escape(e["text"] or ""), e["id"], escape(e["name"]), e["country"] or "",
                         str(e["mentions"]),
                         "" if e["score"] is None else f"{e['score']:.0f}")
    console.print(entities)
    relations = Table(title="relations", show_lines=True)
    for column in ("type", "head", "tail", "years", "detail", "conf", "evidence"):
        relations.add_column(column, overflow="fold")
    for r in view["relations"]:
        years = "" if r["start"] is None and r["end"] is None else f"{r['start'] or '?'}–{r['end'] or ''}"
        detail = r["degree"] or r["role"] or r["award_id"] or ""
        relations.add_row(r["type"], escape(r["head"]["name"] or r["head"]["id"]),
                          escape(r["tail"]["name"] or r["tail"]["id"]), years, escape(detail),
                          f"{r['confidence']:.2f}", escape(r["evidence"] or ""))
    console.print(relations)
