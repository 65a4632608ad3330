"""`kg browser-guide [--out DIR]`: the named read queries as Neo4j Browser favourites and guide."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command(name="browser-guide")(browser_guide)


def browser_guide(
    out: Path = typer.Option(Path("browser-guide"), "--out", help="folder to write into (created)"),
) -> None:
    """Write the named read queries as Neo4j Browser favourites (with :param blocks), a Browser guide,
    and ArcadeDB HTTP request bodies for the embedded graph."""
    from kg.guide import write_guide

    counts = write_guide(out)
    typer.echo(f"wrote {counts['favorites']} favourites to {out / 'favorites'}, "
               f"{counts['arcadedb']} ArcadeDB bodies to {out / 'arcadedb'}, and {out / 'guide.html'}")
    typer.echo("Neo4j Browser: drag favorites/*.cypher into the Favorites drawer, or serve the folder "
               f"(python -m http.server 8001 -d {out}) and run :play http://localhost:8001/guide.html")
