"""The crawler's HTTP transport: httpx's own, over plain asyncio sockets.

httpx (through httpcore) reaches the network through anyio by default. That costs
more CPU per request than the crawler's own work on a fast site: every read is
wrapped in an anyio cancel scope, and choosing a pooled connection asks each idle
one for its socket through a fresh attribute table (``getpeername`` included). This
backend implements httpcore's small network-backend interface on ``asyncio``
streams instead; HTTP itself (h11, the pool, keep-alive, exceptions) stays httpx's.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from typing import Any, Iterable

import httpcore
import httpx
from httpcore._utils import is_socket_readable

_READ_ERRORS = {TimeoutError: httpcore.ReadTimeout, OSError: httpcore.ReadError}
_WRITE_ERRORS = {TimeoutError: httpcore.WriteTimeout, OSError: httpcore.WriteError}
_CONNECT_ERRORS = {TimeoutError: httpcore.ConnectTimeout, OSError: httpcore.ConnectError,
                   ssl.SSLError: httpcore.ConnectError}


def _mapped(error: BaseException, table: dict) -> BaseException:
    for kind, mapped in table.items():
        if isinstance(error, kind):
            return mapped(str(error) or type(error).__name__)
    return error


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One TCP (or TLS) connection as httpcore sees it."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self._reader = reader
        self._writer = writer
        self._socket = writer.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except (TimeoutError, OSError) as error:
            raise _mapped(error, _READ_ERRORS) from error

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            self._writer.write(buffer)
            async with asyncio.timeout(timeout):
                await self._writer.drain()
        except (TimeoutError, OSError) as error:
            raise _mapped(error, _WRITE_ERRORS) from error

    async def aclose(self) -> None:
        self._writer.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except (TimeoutError, OSError) as error:
            self._writer.close()
            raise _mapped(error, _CONNECT_ERRORS) from error
        return AsyncioStream(self._reader, self._writer)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self._socket is not None and is_socket_readable(self._socket)
        if info == "socket":
            return self._socket
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend on ``asyncio.open_connection``."""

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable | None = None) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, local_addr=(local_address, 0) if local_address else None)
        except (TimeoutError, OSError) as error:
            raise _mapped(error, _CONNECT_ERRORS) from error
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for option in socket_options or ():
                sock.setsockopt(*option)
        return AsyncioStream(reader, writer)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable | None = None
                                  ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_unix_connection(path)
        except (TimeoutError, OSError) as error:
            raise _mapped(error, _CONNECT_ERRORS) from error
        return AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class _Pool(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` whose connection pool runs on :class:`AsyncioBackend`."""

    def __init__(self, limits: httpx.Limits, ssl_context: ssl.SSLContext):
        super().__init__(limits=limits, verify=ssl_context)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True, http2=False,
            network_backend=AsyncioBackend())


class CrawlTransport(httpx.AsyncBaseTransport):
    """One small connection pool per origin, each on :class:`AsyncioBackend`.

    The crawler talks to each host one request at a time, to many hosts at once; one
    shared pool would look over every host's idle connection on every request.
    ``limits`` apply per origin.
    """

    def __init__(self, limits: httpx.Limits, verify: bool | ssl.SSLContext = True):
        self._limits = limits
        self._ssl_context = (verify if isinstance(verify, ssl.SSLContext)
                             else httpx.create_ssl_context(verify=verify))
        self._pools: dict[tuple, _Pool] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.scheme, url.host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = _Pool(self._limits, self._ssl_context)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()
