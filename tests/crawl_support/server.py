"""A scriptable HTTP server on 127.0.0.1 for the crawler's tests.

``site.route(path, body, ...)`` serves a fixed response; ``site.raw(path, fn)`` lets
``fn(handler)`` write whatever it likes (resets, slow bodies, bombs). Every request
is logged with its time, path and headers.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Logged:
    at: float
    path: str
    headers: dict


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # before the headers
    sequence: list | None = None  # [(status, headers, body), ...] served in turn, then the route


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # resets and aborted clients are what the tests are about


class FakeSite:
    def __init__(self):
        self.routes: dict[str, Route | Callable] = {}
        self.log: list[Logged] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                with site._lock:
                    site.log.append(Logged(time.monotonic(), self.path, dict(self.headers)))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if route is None:
                    return self._send(404, {"Content-Type": "text/plain"}, b"not found")
                if callable(route):
                    return route(self)
                if route.sequence:
                    status, headers, body = route.sequence.pop(0)
                    return self._send(status, headers, body)
                if route.delay:
                    time.sleep(route.delay)
                etag = route.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    return self._send(304, route.headers, b"")
                self._send(route.status, route.headers, route.body)

            def _send(self, status, headers, body):
                self.send_response(status)
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def route(self, path: str, body: bytes | str = b"", status: int = 200, **kwargs) -> Route:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body=body, status=status, **kwargs)
        return self.routes[path]

    def raw(self, path: str, fn: Callable) -> None:
        self.routes[path] = fn

    def requests(self, path: str) -> list[Logged]:
        return [entry for entry in self.log if entry.path == path]

    def __enter__(self) -> "FakeSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def reset_connection(handler) -> None:
    """Close the socket with RST (SO_LINGER 0): the client sees a connection reset."""
    handler.wfile.flush()
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True
