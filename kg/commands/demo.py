"""`kg demo`: load the example corpus into the graph and print the answers to the core questions."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import typer
from rich.console import Console

from kg import queries
from kg.commands.output import Format, print_rows
from kg.rejects import RejectLog
from kg.settings import get_settings
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TSINGHUA, PKU = "ror:03cve4549", "ror:02v51f717"
MEI, SONG, ELEANOR = "orcid:0000-0000-0000-1012", "orcid:0000-0000-0000-1055", "orcid:0000-0000-0000-1047"

QUESTIONS = (
    ("Who studied or worked at Tsinghua, left for the US, and came back to China?",
     "boomerang_careers", {"org_id": TSINGHUA, "abroad": "US", "limit": 10}),
    ("... and from Peking University?", "boomerang_careers", {"org_id": PKU, "abroad": "US", "limit": 10}),
    ("The shortest co-author path from Song Weiran to Eleanor Whitcombe",
     "collaboration_path", {"from_id": SONG, "to_id": ELEANOR}),
    ("Mei Lanqiu's co-author network, two hops", "coauthor_network", {"person_id": MEI, "depth": 2, "limit": 20}),
    ("Who studied or worked at Tsinghua University, by year", "org_people", {"org_id": TSINGHUA, "limit": 20}),
    ("Moves between countries, by year", "country_flows", {}),
)


def register(app: typer.Typer) -> None:
    app.command(name="demo")(demo)


def demo(
    examples: Path = typer.Option(EXAMPLES, help="folder with openalex_works.jsonl and articles/"),
    serve: bool = typer.Option(False, "--serve", help="then serve the HTTP API on 127.0.0.1"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="the API's port with --serve"),
) -> None:
    """Ingest the fictional example corpus (real institutions) and answer the core questions."""
    from extractors.orglink import AffiliationLinker
    from extractors.papers import read_papers
    from kg.loader import load_papers

    console = Console()
    settings = get_settings()
    with open_store(settings) as store:
        console.rule("[bold]loading examples/openalex_works.jsonl")
        with RejectLog(settings.data_dir / "rejects" / "demo-papers.jsonl") as log:
            summary = load_papers(store, read_papers(examples / "openalex_works.jsonl"), rejects=log,
                                  link_org=AffiliationLinker(), progress=False)
        for line in summary.lines():
            console.print(line)
        articles = examples / "articles"
        if articles.is_dir() and importlib.util.find_spec("kg.documents"):
            from extractors.articles import read_articles
            from kg.documents import ingest_articles

            console.rule("[bold]extracting examples/articles/")
            with RejectLog(settings.data_dir / "rejects" / "demo-articles.jsonl") as log:
                lines = ingest_articles(store, read_articles([articles]), rejects=log, progress=False).lines()
            for line in lines:
                console.print(line)
            from kg.merge import resolve_people

            console.rule("[bold]one node per person: merging article mentions into paper identities")
            resolved = resolve_people(store)
            console.print(f"{resolved.people} people -> {resolved.clusters}; merged {len(resolved.merges)} "
                          "(`kg resolve undo MERGE_ID` reverses one)")
        for title, name, params in QUESTIONS:
            console.rule(f"[bold]{title}")
            console.print(f"[dim]kg query {name} " + " ".join(f"-p {k}={v}" for k, v in params.items()))
            rows = queries.run(store, name, **params)
            print_rows(rows, Format.table, columns=list(queries.load(name).returns))
        if store.server:
            console.rule()
            console.print(f"graph: {store.server.url} (Studio {store.server.studio_url}); `kg db stop` stops it")
    if serve:
        from kg.commands.serve import serve as run_server

        run_server(host="127.0.0.1", port=port, workers=None, log_level="info")


