"""`kg db start|stop|status|migrate`: the graph server's life cycle and schema."""

from __future__ import annotations

import signal
import threading

import typer

from kg import embedded, queries, schema
from kg.errors import ConfigError
from kg.settings import get_settings
from kg.store import open_store, redact

db_app = typer.Typer(help="Start, stop and inspect the graph; apply the schema.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")


def _require_embedded() -> None:
    settings = get_settings()
    if not settings.is_embedded:
        raise ConfigError(
            f"KG_GRAPH_URL is {redact(settings.graph_url)}: that server is run elsewhere (docker compose, a service); "
            "only the embedded graph is started and stopped by kg"
        )


@db_app.command()
def start(detach: bool = typer.Option(False, "--detach", "-d", help="return once the server answers")) -> None:
    """Start the embedded graph server (or reuse the running one)."""
    _require_embedded()
    settings = get_settings()
    state = embedded.ensure_running(settings.data_dir, bolt_port=settings.bolt_port, http_port=settings.http_port)
    with open_store(settings) as store:
        applied = schema.migrate(store)
    typer.echo(f"embedded graph running: {state.url} (pid {state.pid}), database {embedded.DATABASE}")
    typer.echo(f"studio: {state.studio_url}  user {embedded.USER}, password in {settings.data_dir / '.root_password'}")
    if applied:
        typer.echo(f"schema migrations applied: {', '.join(applied)}")
    if detach:
        return
    typer.echo("press Ctrl-C to stop")
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        done.wait()
    except KeyboardInterrupt:
        pass
    embedded.stop(settings.data_dir)
    typer.echo("embedded graph stopped")


@db_app.command()
def stop() -> None:
    """Stop the embedded graph server."""
    _require_embedded()
    state = embedded.stop(get_settings().data_dir)
    typer.echo(f"embedded graph stopped (pid {state.pid})" if state else "embedded graph was not running")


@db_app.command()
def status() -> None:
    """Where the graph is, what serves it, and how much it holds. Exits 3 when it is not running."""
    settings = get_settings()
    if settings.is_embedded:
        state = embedded.read_state(settings.data_dir.resolve())
        if state is None:
            typer.echo(f"embedded graph: stopped (data in {settings.data_dir.resolve()}); `kg db start` starts it")
            raise typer.Exit(3)
    with open_store(settings) as store:
        counts = queries.run(store, "count_graph")[0]
        typer.echo(f"url:           {redact(store.url)}")
        if store.server:
            typer.echo(f"pid:           {store.server.pid}")
            typer.echo(f"studio:        {store.server.studio_url}")
        typer.echo(f"backend:       {store.backend} ({store.agent})")
        typer.echo(f"database:      {store.database or '(server default)'}")
        typer.echo(f"nodes:         {counts['nodes']}")
        typer.echo(f"relationships: {counts['relationships']}")


@db_app.command()
def migrate() -> None:
    """Apply pending schema migrations (a no-op when there are none)."""
    with open_store() as store:
        applied = schema.migrate(store)
    typer.echo(f"applied: {', '.join(applied)}" if applied else "schema up to date")
