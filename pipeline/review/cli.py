"""``warta review``: serve the review app over a store."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Optional

import typer

from .security import LOCAL_HOSTS


def register(app: typer.Typer) -> None:
    @app.command()
    def review(
        db: Path = typer.Option(Path("warta.db"), "--db", help="SQLite store file."),
        host: str = typer.Option("127.0.0.1", "--host",
                                 help="Address to bind; anything but localhost needs --public."),
        port: int = typer.Option(8765, "--port", help="Port to listen on (0: any free port)."),
        analyst: Optional[str] = typer.Option(None, "--analyst",
                                              help="Sign every decision with this name."),
        public: bool = typer.Option(False, "--public",
                                    help="Allow binding beyond this machine (needs a token)."),
        token: Optional[str] = typer.Option(None, "--token", envvar="WARTA_REVIEW_TOKEN",
                                            help="Access token for --public (default: a new one)."),
    ):
        """Review records in a local web app: accept, reject or correct them.

        Example: warta review --db warta.db --analyst Sari
        """
        from .app import create_app
        if not db.exists():
            typer.echo(f"warta: error: {db}: no such store (run `warta process` first)", err=True)
            raise typer.Exit(2)
        if host not in LOCAL_HOSTS and not public:
            typer.echo(f"warta: error: --host {host} would expose the review app beyond this "
                       "machine; add --public (a token is then required)", err=True)
            raise typer.Exit(2)
        if not 0 <= port <= 65535:
            typer.echo(f"warta: error: --port {port} is not a port (0-65535; 0 picks a free one)",
                       err=True)
            raise typer.Exit(2)
        if host not in LOCAL_HOSTS:
            token = token or secrets.token_urlsafe(24)
        application = create_app(db, analyst=analyst, token=token)
        import waitress  # a production WSGI server: threads, timeouts, no debugger
        try:
            server = waitress.create_server(application, host=host, port=port, threads=8,
                                            ident="warta")
        except OSError as error:  # bound before anything says it is running
            typer.echo(f"warta: error: cannot listen on {host}:{port}: "
                       f"{error.strerror or error}", err=True)
            raise typer.Exit(3)
        port = server.effective_port
        shown = f"[{host}]" if ":" in host else host
        where = "only from this machine" if host in LOCAL_HOSTS else "FROM OTHER MACHINES"
        typer.echo(f"Warta review on http://{shown}:{port}/ (reachable {where}); Ctrl-C stops it.",
                   err=True)
        if token:
            typer.echo(f"Open http://{shown}:{port}/?token={token}", err=True)
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
