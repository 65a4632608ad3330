"""`kg serve`: the HTTP API under uvicorn, on loopback unless told otherwise."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.command(name="serve")(serve)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on; 0.0.0.0 exposes it to the network"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port to listen on"),
    workers: int | None = typer.Option(None, "--workers", min=1, max=16,
                                       help="uvicorn worker processes [default: KG_API_WORKERS, else CPUs up to 4]"),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level"),
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs). Starts the embedded graph when it is not running."""
    import uvicorn

    from kg.settings import get_settings

    settings = get_settings()  # a bad setting fails here, as one line, before uvicorn starts
    workers = workers or settings.api_workers
    typer.echo(f"talent-kg API on http://{host}:{port}/ (docs: http://{host}:{port}/docs), {workers} worker(s)")
    # The embedded graph's JVM runs in its own process, so uvicorn may fork workers safely.
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level=log_level,
                access_log=False)
